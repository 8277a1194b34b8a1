"""Customers and the relationship: who is a customer on a day, and who is at risk (base KPI 5)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select

from kpidesk.data import tables as t
from kpidesk.data.definitions import activities
from kpidesk.data.reading import Reader

AT_RISK_DAYS_KEY = "at_risk_days"
DEFAULT_AT_RISK_DAYS = 90


def at_risk_days(session: Reader) -> int:
    """N of "no contact in N days": the team setting, 90 by default (also when it is unusable)."""
    stored = session.execute(
        select(t.settings.c.value).where(t.settings.c.key == AT_RISK_DAYS_KEY)
    ).first()
    try:
        value = int(stored.value) if stored is not None else DEFAULT_AT_RISK_DAYS
    except (TypeError, ValueError):
        value = DEFAULT_AT_RISK_DAYS
    return value if value > 0 else DEFAULT_AT_RISK_DAYS


def active_at(day: date) -> ColumnElement[bool]:
    """A customer on *day*: became one on or before it, not churned by then, not in the trash."""
    return and_(
        t.customers.c.customer_since <= day,
        or_(t.customers.c.churned_at.is_(None), t.customers.c.churned_at > day),
        t.customers.c.deleted_at.is_(None),
    )


def contacted_between(after: date, day: date) -> Any:
    """There was a contact moment at the customer's organisation after *after*, up to *day*."""
    return exists().where(
        t.activities.c.organisation_id == t.customers.c.organisation_id,
        t.activities.c.date > after,
        activities.counted_up_to(day),
    )


def at_risk_query(day: date, days: int, rep_id: int | None) -> Any:
    """Customers active at *day* without any contact moment at their organisation in the
    *days* before."""
    query = select(t.customers.c.id).where(
        active_at(day), ~contacted_between(day - timedelta(days=days), day)
    )
    return query.where(t.customers.c.owner_id == rep_id) if rep_id is not None else query


def last_contact_column(day: date) -> Any:
    """The day of the latest contact moment at the customer's organisation up to *day*."""
    return (
        select(func.max(t.activities.c.date))
        .where(
            t.activities.c.organisation_id == t.customers.c.organisation_id,
            activities.counted_up_to(day),
        )
        .correlate(t.customers)
        .scalar_subquery()
    )


def status_rank(last_contact: Any, day: date, days: int) -> Any:
    """0 active, 1 at risk, 2 churned on *day*: the rule of :func:`at_risk_query` as a column."""
    churned = and_(t.customers.c.churned_at.is_not(None), t.customers.c.churned_at <= day)
    quiet = or_(last_contact.is_(None), last_contact <= day - timedelta(days=days))
    return case((churned, 2), (quiet, 1), else_=0)


def upsell() -> ColumnElement[bool]:
    """A (won) deal is an upsell: its organisation already was a customer when it closed.

    The customer started on or before the close date and had not churned before it; the deal
    that created the customer (``source_deal_id``) is not an upsell.
    """
    already = exists().where(
        t.customers.c.organisation_id == t.deals.c.organisation_id,
        t.customers.c.deleted_at.is_(None),
        t.customers.c.customer_since <= t.deals.c.closed_date,
        or_(t.customers.c.churned_at.is_(None), t.customers.c.churned_at >= t.deals.c.closed_date),
        or_(t.customers.c.source_deal_id.is_(None), t.customers.c.source_deal_id != t.deals.c.id),
    )
    return and_(t.deals.c.organisation_id.is_not(None), already)
