"""Customers: listing and the relationship intents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpidesk.data.database import Database
from kpidesk.data.models import Customer, Deal, Organisation, TeamMember
from kpidesk.services.common import Page
from kpidesk.services.listing import PAGE_SIZE, fetch_page, like_pattern


@dataclass(frozen=True)
class CustomerRow:
    id: int
    organisation: str
    owner: str | None
    customer_since: date
    churned_at: date | None
    recurring_value_cents: int
    last_contact: date | None


_SORT = {
    "organisation": Organisation.name,
    "owner": TeamMember.name,
    "customer_since": Customer.customer_since,
    "churned_at": Customer.churned_at,
    "recurring_value": Customer.recurring_value_cents,
    "last_contact": Customer.last_contact_date,
}


def list_customers(
    db: Database,
    *,
    search: str = "",
    include_churned: bool = True,
    sort: str | None = "organisation",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> Page[CustomerRow]:
    query = (
        select(
            Customer.id,
            Organisation.name,
            TeamMember.name,
            Customer.customer_since,
            Customer.churned_at,
            Customer.recurring_value_cents,
            Customer.last_contact_date,
        )
        .join(Organisation, Customer.organisation_id == Organisation.id)
        .outerjoin(TeamMember, Customer.owner_id == TeamMember.id)
        .where(Customer.deleted_at.is_(None))
    )
    if search.strip():
        query = query.where(Organisation.name.ilike(like_pattern(search), escape="\\"))
    if not include_churned:
        query = query.where(Customer.churned_at.is_(None))
    with db.read() as session:
        rows, total = fetch_page(
            session, query, _SORT, sort, descending, Customer.id, offset, limit
        )
    return Page([CustomerRow(*row) for row in rows], total)


def on_deal_won(session: Session, deal: Deal, won_on: date) -> int | None:
    """Make the deal's organisation a customer when it is not one yet (inside the move).

    Returns the id of the customer created, so that undoing the move can remove it again; None
    when the organisation already was a customer (the won deal is then an upsell) or the deal
    has no organisation.
    """
    if deal.organisation_id is None:
        return None
    existing = session.scalar(
        select(Customer.id).where(Customer.organisation_id == deal.organisation_id)
    )
    if existing is not None:
        return None
    customer = Customer(
        organisation_id=deal.organisation_id,
        customer_since=won_on,
        owner_id=deal.owner_id,
        recurring_value_cents=0,
        last_contact_date=deal.last_activity_date,
        source_deal_id=deal.id,
    )
    session.add(customer)
    session.flush()
    return customer.id
