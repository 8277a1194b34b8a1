"""Customers: listing, the detail with its timeline, and the relationship intents.

Every intent that changes a customer returns what it replaced, so the window can undo it
exactly (the ``restore_*`` and ``undo_*`` functions take that result back).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import case, delete, select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.core.relationship import STATUS_ACTIVE, STATUS_AT_RISK, STATUS_CHURNED
from kpidesk.data.database import Database
from kpidesk.data.definitions.customers import at_risk_days, last_contact_column, status_rank
from kpidesk.data.models import (
    Activity,
    Customer,
    Deal,
    Organisation,
    TeamMember,
)
from kpidesk.services.activities.records import log_activity
from kpidesk.services.common import ACTIVITIES, CUSTOMERS, PAGE_SIZE, Changes, Page
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.listing import fetch_page, like_pattern


@dataclass(frozen=True)
class CustomerRow:
    id: int
    organisation: str
    owner: str | None
    customer_since: date
    churned_at: date | None
    recurring_value_cents: int
    last_contact: date | None  # the latest activity at the organisation
    status: str = STATUS_ACTIVE  # active, at_risk or churned (see core.relationship)
    days_since_contact: int | None = None
    owner_id: int | None = None
    organisation_id: int = 0
    churn_reason: str | None = None


@dataclass(frozen=True)
class CustomerFilter:
    search: str = ""
    status: str | None = None  # one of the STATUS_* values, or None for all
    owner_id: int | None = None
    include_churned: bool = True


_STATUS_BY_RANK = {0: STATUS_ACTIVE, 1: STATUS_AT_RISK, 2: STATUS_CHURNED}
_RANK_BY_STATUS = {v: k for k, v in _STATUS_BY_RANK.items()}


def list_customers(
    db: Database,
    flt: CustomerFilter | None = None,
    *,
    search: str = "",
    include_churned: bool = True,
    today: date | None = None,
    sort: str | None = "organisation",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> Page[CustomerRow]:
    """One page of customers (not in the trash) with their status, filtered and sorted in SQL."""
    flt = flt or CustomerFilter(search=search, include_churned=include_churned)
    day = today or date.today()
    last = last_contact_column(day)
    with db.read() as session:
        rank = status_rank(last, day, at_risk_days(session))
        query = (
            select(
                Customer.id,
                Organisation.name,
                TeamMember.name,
                Customer.customer_since,
                Customer.churned_at,
                Customer.recurring_value_cents,
                last,
                rank,
                Customer.owner_id,
                Customer.organisation_id,
                Customer.churn_reason,
            )
            .join(Organisation, Customer.organisation_id == Organisation.id)
            .outerjoin(TeamMember, Customer.owner_id == TeamMember.id)
            .where(Customer.deleted_at.is_(None))
        )
        if flt.search.strip():
            query = query.where(Organisation.name.ilike(like_pattern(flt.search), escape="\\"))
        if flt.owner_id is not None:
            query = query.where(Customer.owner_id == flt.owner_id)
        if flt.status in _RANK_BY_STATUS:
            query = query.where(rank == _RANK_BY_STATUS[flt.status])
        elif not flt.include_churned:
            query = query.where(rank != 2)
        sorts = {
            "organisation": Organisation.name,
            "owner": TeamMember.name,
            "customer_since": Customer.customer_since,
            "length": Customer.customer_since,
            "churned_at": Customer.churned_at,
            "recurring_value": Customer.recurring_value_cents,
            "last_contact": last,
            # Fewer days since contact means a later contact: sort on the date, reversed.
            "days_since_contact": case((last.is_(None), date(1, 1, 1)), else_=last),
            "status": rank,
        }
        if sort == "days_since_contact" or sort == "length":
            descending = not descending
        rows, total = fetch_page(
            session, query, sorts, sort, descending, Customer.id, offset, limit
        )
    return Page([_row(r, day) for r in rows], total)


def _row(r: tuple[Any, ...], day: date) -> CustomerRow:
    last = r[6]
    return CustomerRow(
        id=r[0],
        organisation=r[1],
        owner=r[2],
        customer_since=r[3],
        churned_at=r[4],
        recurring_value_cents=int(r[5] or 0),
        last_contact=last,
        status=_STATUS_BY_RANK[int(r[7])],
        days_since_contact=(day - last).days if last is not None else None,
        owner_id=r[8],
        organisation_id=r[9],
        churn_reason=r[10],
    )


def get_customer(db: Database, customer_id: int, *, today: date | None = None) -> CustomerRow:
    """One customer as the list shows it."""
    day = today or date.today()
    last = last_contact_column(day)
    with db.read() as session:
        rank = status_rank(last, day, at_risk_days(session))
        row = session.execute(
            select(
                Customer.id,
                Organisation.name,
                TeamMember.name,
                Customer.customer_since,
                Customer.churned_at,
                Customer.recurring_value_cents,
                last,
                rank,
                Customer.owner_id,
                Customer.organisation_id,
                Customer.churn_reason,
            )
            .join(Organisation, Customer.organisation_id == Organisation.id)
            .outerjoin(TeamMember, Customer.owner_id == TeamMember.id)
            .where(Customer.id == customer_id, Customer.deleted_at.is_(None))
        ).first()
    if row is None:
        raise NotFound(tr("This customer no longer exists."))
    return _row(tuple(row), day)


# Intents -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChurnChange:
    """A change of churn state, with the state it replaced (for undo)."""

    customer_id: int
    previous_churned_at: date | None
    previous_reason: str | None
    changes: Changes


def _live(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted_at is not None:
        raise NotFound(tr("This customer no longer exists."))
    return customer


def mark_churned(
    db: Database, customer_id: int, day: date, reason: str, *, today: date | None = None
) -> ChurnChange:
    """Record that the customer left on *day*, and why."""
    with db.write() as session:
        customer = _live(session, customer_id)
        if customer.churned_at is not None:
            raise Refused(
                tr("This customer already churned on {day}. Reactivate it first.").format(
                    day=customer.churned_at.isoformat()
                )
            )
        if day < customer.customer_since:
            raise Refused(
                tr("The churn date cannot be before the customer-since date ({day}).").format(
                    day=customer.customer_since.isoformat()
                )
            )
        if day > (today or date.today()):
            raise Refused(tr("The churn date cannot be in the future."))
        result = ChurnChange(
            customer_id, None, customer.churn_reason, Changes.of(CUSTOMERS, ids=(customer_id,))
        )
        customer.churned_at = day
        customer.churn_reason = " ".join(reason.split()) or None
        return result


def reactivate(db: Database, customer_id: int) -> ChurnChange:
    """Make a churned customer active again (the churn was wrong, or the customer came back)."""
    with db.write() as session:
        customer = _live(session, customer_id)
        if customer.churned_at is None:
            raise Refused(tr("This customer is active already."))
        result = ChurnChange(
            customer_id,
            customer.churned_at,
            customer.churn_reason,
            Changes.of(CUSTOMERS, ids=(customer_id,)),
        )
        customer.churned_at = None
        customer.churn_reason = None
        return result


def restore_churn(db: Database, change: ChurnChange) -> Changes:
    """Undo :func:`mark_churned` or :func:`reactivate`: put the previous churn state back."""
    with db.write() as session:
        customer = _live(session, change.customer_id)
        customer.churned_at = change.previous_churned_at
        customer.churn_reason = change.previous_reason
    return Changes.of(CUSTOMERS, ids=(change.customer_id,))


@dataclass(frozen=True)
class CustomerEdit:
    customer_id: int
    previous_owner_id: int | None
    previous_value_cents: int
    changes: Changes


def update_customer(
    db: Database, customer_id: int, *, owner_id: int | None, recurring_value_cents: int
) -> CustomerEdit:
    """Set the owner and the recurring yearly value; undo with the previous values."""
    if recurring_value_cents < 0:
        raise Refused(tr("A yearly value cannot be negative."))
    with db.write() as session:
        customer = _live(session, customer_id)
        if owner_id is not None and session.get(TeamMember, owner_id) is None:
            raise NotFound(tr("This team member no longer exists."))
        result = CustomerEdit(
            customer_id,
            customer.owner_id,
            customer.recurring_value_cents,
            Changes.of(CUSTOMERS, ids=(customer_id,)),
        )
        customer.owner_id = owner_id
        customer.recurring_value_cents = recurring_value_cents
        return result


def delete_customer(db: Database, customer_id: int) -> Changes:
    """Move the customer to the trash; :func:`restore_customer` brings it back."""
    with db.write() as session:
        _live(session, customer_id).deleted_at = datetime.now(UTC)
    return Changes.of(CUSTOMERS, ids=(customer_id,))


def restore_customer(db: Database, customer_id: int) -> Changes:
    with db.write() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(tr("This customer no longer exists."))
        customer.deleted_at = None
    return Changes.of(CUSTOMERS, ids=(customer_id,))


@dataclass(frozen=True)
class LoggedActivity:
    activity_id: int
    customer_id: int
    previous_last_contact: date | None
    changes: Changes


def log_customer_activity(
    db: Database,
    customer_id: int,
    type_id: int,
    rep_id: int | None,
    day: date,
    note: str | None = None,
) -> LoggedActivity:
    """Log a contact moment with the customer; undo with :func:`undo_customer_activity`."""
    with db.read() as session:
        previous = _live(session, customer_id).last_contact_date
    activity_id, changes = log_activity(
        db, type_id, rep_id, day, customer_id=customer_id, note=note
    )
    return LoggedActivity(activity_id, customer_id, previous, changes)


def undo_customer_activity(db: Database, logged: LoggedActivity) -> Changes:
    """Remove the logged activity again and put the customer's last contact back."""
    with db.write() as session:
        session.execute(delete(Activity).where(Activity.id == logged.activity_id))
        customer = session.get(Customer, logged.customer_id)
        if customer is not None:
            customer.last_contact_date = logged.previous_last_contact
    return Changes.of(ACTIVITIES, CUSTOMERS, ids=(logged.customer_id,))


# Won deals ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WonBack:
    """A churned customer that a won deal made active again, and how to put the churn back."""

    customer_id: int
    churned_at: date
    churn_reason: str | None


def on_deal_won(session: Session, deal: Deal, won_on: date) -> tuple[int | None, WonBack | None]:
    """What a won deal does to its organisation's customer (inside the move).

    Returns (the id of a customer created, a churned customer made active again), so that
    undoing the move can put things back.  An organisation that is not a customer yet becomes
    one; one whose customer had churned by *won_on* is active again, the same as Reactivate in
    the customers view.  A customer in the trash, one still active (the deal is an upsell) or
    one whose churn lies after the close date is left as it is, as is a deal without an
    organisation.
    """
    if deal.organisation_id is None:
        return None, None
    existing = session.scalar(
        select(Customer).where(Customer.organisation_id == deal.organisation_id)
    )
    if existing is None:
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
        return customer.id, None
    churned = existing.churned_at
    if existing.deleted_at is not None or churned is None or churned > won_on:
        return None, None
    back = WonBack(existing.id, churned, existing.churn_reason)
    existing.churned_at = None
    existing.churn_reason = None
    return None, back


def undo_win_back(session: Session, back: WonBack) -> None:
    """Put the churn back that :func:`on_deal_won` cleared (undoing the move)."""
    customer = session.get(Customer, back.customer_id)
    if customer is not None:
        customer.churned_at = back.churned_at
        customer.churn_reason = back.churn_reason


def remove_created_customer(session: Session, customer_id: int) -> None:
    """Remove, for good, a customer that a won deal created (undoing that move).

    Not the trash: a trashed row would keep the organisation "a customer", so winning the deal
    again would no longer create it.
    """
    session.execute(delete(Customer).where(Customer.id == customer_id))
