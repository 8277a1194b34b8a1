"""Type-ahead search for what an activity is about: a lead, an open deal or a customer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, or_, select

from kpidesk.data.database import Database
from kpidesk.data.models import (
    LEAD_DISQUALIFIED,
    STAGE_OPEN,
    Customer,
    Deal,
    Lead,
    Organisation,
    Stage,
)
from kpidesk.services.listing import like_pattern

LINK_LEAD = "lead"
LINK_DEAL = "deal"
LINK_CUSTOMER = "customer"


@dataclass(frozen=True)
class LinkHit:
    kind: str  # LINK_LEAD, LINK_DEAL or LINK_CUSTOMER
    id: int
    title: str  # the deal title or the organisation name
    organisation: str


def search_links(db: Database, text: str, *, limit: int = 12) -> list[LinkHit]:
    """Open deals, active customers and open leads whose name contains *text*.

    Names that start with the text come first; at most *limit* hits, spread over the kinds so
    that one long list of deals does not hide the customer the rep is after.
    """
    if not text.strip() or limit <= 0:
        return []
    pattern = like_pattern(text)
    prefix = pattern[1:]  # "text%": names starting with the text sort first, in SQL too

    def first(column: Any) -> Any:
        return case((column.ilike(prefix, escape="\\"), 0), else_=1)

    deals = (
        select(Deal.id, Deal.title, Organisation.name)
        .join(Stage, Deal.stage_id == Stage.id)
        .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
        .where(
            Stage.kind == STAGE_OPEN,
            Deal.deleted_at.is_(None),
            or_(
                Deal.title.ilike(pattern, escape="\\"),
                Organisation.name.ilike(pattern, escape="\\"),
            ),
        )
        .order_by(first(Deal.title), Deal.title)
        .limit(limit)
    )
    customers = (
        select(Customer.id, Organisation.name)
        .join(Organisation, Customer.organisation_id == Organisation.id)
        .where(
            Customer.deleted_at.is_(None),
            Customer.churned_at.is_(None),
            Organisation.name.ilike(pattern, escape="\\"),
        )
        .order_by(first(Organisation.name), Organisation.name)
        .limit(limit)
    )
    leads = (
        select(Lead.id, Organisation.name)
        .join(Organisation, Lead.organisation_id == Organisation.id)
        .where(
            Lead.deleted_at.is_(None),
            Lead.status != LEAD_DISQUALIFIED,
            Organisation.name.ilike(pattern, escape="\\"),
        )
        .order_by(first(Organisation.name), Organisation.name)
        .limit(limit)
    )
    with db.read() as session:
        groups = [
            [LinkHit(LINK_DEAL, i, t, o or "") for i, t, o in session.execute(deals)],
            [LinkHit(LINK_CUSTOMER, i, o, o) for i, o in session.execute(customers)],
            [LinkHit(LINK_LEAD, i, o, o) for i, o in session.execute(leads)],
        ]
    needle = text.strip().casefold()

    def starts(hit: LinkHit) -> bool:
        return hit.title.casefold().startswith(needle) or hit.organisation.casefold().startswith(
            needle
        )

    for group in groups:
        group.sort(key=lambda h: (not starts(h), h.title.casefold()))
    # Round-robin over the kinds keeps each represented, then sort the best matches up.
    picked: list[LinkHit] = []
    index = 0
    while len(picked) < limit and any(index < len(g) for g in groups):
        for group in groups:
            if index < len(group) and len(picked) < limit:
                picked.append(group[index])
        index += 1
    order = {LINK_DEAL: 0, LINK_CUSTOMER: 1, LINK_LEAD: 2}
    picked.sort(key=lambda h: (not starts(h), order[h.kind], h.title.casefold()))
    return picked
