"""Activities (contact moments): listing and logging them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import or_, select

from kpidesk.core.i18n import pick, tr
from kpidesk.data.database import Database
from kpidesk.data.models import (
    Activity,
    ActivityType,
    Customer,
    Deal,
    Organisation,
    TeamMember,
)
from kpidesk.services.common import ACTIVITIES, CUSTOMERS, DEALS, Changes, Page
from kpidesk.services.errors import NotFound
from kpidesk.services.listing import PAGE_SIZE, fetch_page, like_pattern


@dataclass(frozen=True)
class ActivityRow:
    id: int
    date: date
    time: time | None
    type_name: str
    points: int
    rep: str | None
    organisation: str | None
    deal: str | None
    note: str | None
    outcome: str | None


@dataclass(frozen=True)
class ActivityFilter:
    search: str = ""
    rep_id: int | None = None
    type_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


_SORT = {
    "date": Activity.date,
    "type": ActivityType.position,
    "points": ActivityType.points,
    "rep": TeamMember.name,
    "organisation": Organisation.name,
}


def list_activities(
    db: Database,
    flt: ActivityFilter = ActivityFilter(),
    *,
    sort: str | None = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> Page[ActivityRow]:
    query = (
        select(
            Activity.id,
            Activity.date,
            Activity.time,
            ActivityType.name_nl,
            ActivityType.name_en,
            ActivityType.points,
            TeamMember.name,
            Organisation.name,
            Deal.title,
            Activity.note,
            Activity.outcome,
        )
        .join(ActivityType, Activity.type_id == ActivityType.id)
        .outerjoin(TeamMember, Activity.rep_id == TeamMember.id)
        .outerjoin(Organisation, Activity.organisation_id == Organisation.id)
        .outerjoin(Deal, Activity.deal_id == Deal.id)
        .where(Activity.deleted_at.is_(None))
    )
    if flt.search.strip():
        pattern = like_pattern(flt.search)
        query = query.where(
            or_(
                Activity.note.ilike(pattern, escape="\\"),
                Organisation.name.ilike(pattern, escape="\\"),
            )
        )
    if flt.rep_id is not None:
        query = query.where(Activity.rep_id == flt.rep_id)
    if flt.type_id is not None:
        query = query.where(Activity.type_id == flt.type_id)
    if flt.date_from:
        query = query.where(Activity.date >= flt.date_from)
    if flt.date_to:
        query = query.where(Activity.date <= flt.date_to)
    with db.read() as session:
        rows, total = fetch_page(
            session, query, _SORT, sort, descending, Activity.id, offset, limit
        )
    return Page([ActivityRow(r[0], r[1], r[2], pick(r[3], r[4]), *r[5:]) for r in rows], total)


def log_activity(
    db: Database,
    type_id: int,
    rep_id: int | None,
    day: date,
    *,
    at: time | None = None,
    organisation_id: int | None = None,
    lead_id: int | None = None,
    deal_id: int | None = None,
    customer_id: int | None = None,
    note: str | None = None,
    outcome: str | None = None,
) -> tuple[int, Changes]:
    """Log one contact moment; it refreshes the last contact of the linked deal or customer."""
    kinds = {ACTIVITIES}
    with db.write() as session:
        if session.get(ActivityType, type_id) is None:
            raise NotFound(tr("This activity type no longer exists."))
        if deal_id is not None:
            deal = session.get(Deal, deal_id)
            if deal is None:
                raise NotFound(tr("This deal no longer exists."))
            organisation_id = organisation_id or deal.organisation_id
            if deal.last_activity_date is None or deal.last_activity_date < day:
                deal.last_activity_date = day
            kinds.add(DEALS)
        if customer_id is not None:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFound(tr("This customer no longer exists."))
            organisation_id = organisation_id or customer.organisation_id
            if customer.last_contact_date is None or customer.last_contact_date < day:
                customer.last_contact_date = day
            kinds.add(CUSTOMERS)
        activity = Activity(
            type_id=type_id,
            rep_id=rep_id,
            date=day,
            time=at,
            organisation_id=organisation_id,
            lead_id=lead_id,
            deal_id=deal_id,
            customer_id=customer_id,
            note=note or None,
            outcome=outcome or None,
        )
        session.add(activity)
        session.flush()
        return activity.id, Changes(frozenset(kinds), (activity.id,))
