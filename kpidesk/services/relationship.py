"""Relationship KPIs (KPI 5): active customers, retention, relationship length, at risk, upsells.

The database groups the customers by (customer since, churned on) and counts them; the exact
definitions (``kpidesk.core.relationship``) then run over those few groups, so one small query
serves a whole 12-month trend and the cohort table, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median
from typing import Any

from sqlalchemy import case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from kpidesk.core import relationship as rel
from kpidesk.core.periods import add_months, last_months
from kpidesk.data.database import Database
from kpidesk.data.models import (
    LEAD_NEW,
    LEAD_QUALIFIED,
    STAGE_WON,
    Activity,
    Customer,
    Deal,
    Lead,
    Organisation,
    Stage,
    TeamMember,
)
from kpidesk.services.customers import at_risk_days


def _groups(session: Session, rep_id: int | None) -> list[rel.Group]:
    query = (
        select(Customer.customer_since, Customer.churned_at, func.count())
        .where(Customer.deleted_at.is_(None))
        .group_by(Customer.customer_since, Customer.churned_at)
    )
    if rep_id is not None:
        query = query.where(Customer.owner_id == rep_id)
    return [(since, churned, int(n)) for since, churned, n in session.execute(query)]


def count_at_risk(session: Session, day: date, days: int, rep_id: int | None = None) -> int:
    """Customers active at *day* with no activity at their organisation in the *days* before."""
    contacted = exists().where(
        Activity.organisation_id == Customer.organisation_id,
        Activity.date > day - timedelta(days=days),
        Activity.date <= day,
        Activity.deleted_at.is_(None),
    )
    query = select(func.count(Customer.id)).where(
        Customer.deleted_at.is_(None),
        Customer.customer_since <= day,
        or_(Customer.churned_at.is_(None), Customer.churned_at > day),
        ~contacted,
    )
    if rep_id is not None:
        query = query.where(Customer.owner_id == rep_id)
    return int(session.scalar(query) or 0)


def _upsells(session: Session, start: date, end: date, rep_id: int | None) -> tuple[int, int]:
    """(count, value) of won deals in the period for an organisation that already was a customer.

    The customer started on or before the close date and had not churned before it; the deal
    that created the customer (``source_deal_id``) is not an upsell.
    """
    already = exists().where(
        Customer.organisation_id == Deal.organisation_id,
        Customer.deleted_at.is_(None),
        Customer.customer_since <= Deal.closed_date,
        or_(Customer.churned_at.is_(None), Customer.churned_at >= Deal.closed_date),
        or_(Customer.source_deal_id.is_(None), Customer.source_deal_id != Deal.id),
    )
    query = (
        select(func.count(Deal.id), func.coalesce(func.sum(Deal.value_cents), 0))
        .join(Stage, Deal.stage_id == Stage.id)
        .where(
            Stage.kind == STAGE_WON,
            Deal.closed_date.between(start, end),
            Deal.deleted_at.is_(None),
            Deal.organisation_id.is_not(None),
            already,
        )
    )
    if rep_id is not None:
        query = query.where(Deal.owner_id == rep_id)
    count, value = session.execute(query).one()
    return int(count), int(value)


@dataclass(frozen=True)
class RelationshipKpis:
    start: date
    end: date
    active_customers: int
    retention_rate: float | None
    avg_relationship_days: float | None
    new_customers: int
    at_risk_customers: int
    upsells: int
    upsell_value_cents: int
    at_risk_days: int


def relationship_kpis(
    db: Database, start: date, end: date, *, rep_id: int | None = None
) -> RelationshipKpis:
    """The relationship figures of one period (both days inclusive), as the KPI issue defines."""
    with db.read() as session:
        groups = _groups(session, rep_id)
        days = at_risk_days(session)
        at_risk = count_at_risk(session, end, days, rep_id)
        upsells, upsell_value = _upsells(session, start, end, rep_id)
    return RelationshipKpis(
        start,
        end,
        rel.active_count(groups, end),
        rel.retention_rate(groups, start, end),
        rel.avg_relationship_days(groups, end),
        rel.new_count(groups, start, end),
        at_risk,
        upsells,
        upsell_value,
        days,
    )


@dataclass(frozen=True)
class MonthFigures:
    """One month of the relationship trend."""

    month: date  # first day
    end: date  # last day: the figures are measured at its end
    active_customers: int
    retention_rate: float | None  # over the 12 months that end with this month
    avg_relationship_days: float | None
    new_customers: int
    churned: int


def relationship_trend(
    db: Database, end: date, *, months: int = 12, rep_id: int | None = None
) -> list[MonthFigures]:
    """Active customers, 12-month retention and average relationship length per month."""
    with db.read() as session:
        groups = _groups(session, rep_id)
    result = []
    for period in last_months(end, months):
        day = min(period.end, end)
        year_start = add_months(day, -12) + timedelta(days=1)
        churned = sum(n for _s, c, n in groups if c is not None and period.start <= c <= period.end)
        result.append(
            MonthFigures(
                period.start,
                day,
                rel.active_count(groups, day),
                rel.retention_rate(groups, year_start, day),
                rel.avg_relationship_days(groups, day),
                rel.new_count(groups, period.start, day),
                churned,
            )
        )
    return result


def cohort_table(
    db: Database, *, today: date | None = None, rep_id: int | None = None, horizons: int = 3
) -> list[rel.Cohort]:
    """Per starting year: how many customers started, how many are still active."""
    with db.read() as session:
        groups = _groups(session, rep_id)
    return rel.cohorts(groups, today or date.today(), horizons)


# Lookalike prospects ------------------------------------------------------------------------------
# A small ranking of our own until the leads view's lookalike score (kpidesk/core/lookalike.py)
# is available: it compares industry, size band and region with the best customers. Swapping it
# for the shared score only needs a new ``_similarity``.

LOOKALIKE_WEIGHTS = {"industry": 50, "size": 30, "region": 20}
LONG_STANDING_DAYS = 365


@dataclass(frozen=True)
class LookalikeProspect:
    lead_id: int
    company: str
    industry: str | None
    size_band: str | None
    region: str | None
    city: str | None
    owner: str | None
    status: str
    score: int  # 0–100: how much the lead resembles the best customers
    matches: tuple[str, ...]  # which of industry, size, region matched the best customers


@dataclass(frozen=True)
class BestCustomerProfile:
    customers: int
    industry: dict[str, float]  # share of the best customers per value
    size: dict[str, float]
    region: dict[str, float]


def _size_band_sql() -> Any:
    employees = Organisation.employees
    return case(
        (employees.is_(None), None),
        (employees < 10, "1-9"),
        (employees < 50, "10-49"),
        (employees < 250, "50-249"),
        else_="250+",
    )


def best_customer_profile(session: Session, today: date) -> BestCustomerProfile:
    """Active customers of at least a year whose yearly value is at least the median."""
    active = (
        Customer.deleted_at.is_(None),
        Customer.customer_since <= today,
        or_(Customer.churned_at.is_(None), Customer.churned_at > today),
    )
    values = [
        int(v) for v in session.scalars(select(Customer.recurring_value_cents).where(*active))
    ]
    if not values:
        return BestCustomerProfile(0, {}, {}, {})
    threshold = median(values)
    long_standing = Customer.customer_since <= today - timedelta(days=LONG_STANDING_DAYS)
    band = _size_band_sql()
    query = (
        select(Organisation.industry, band, Organisation.region, func.count())
        .select_from(Customer)
        .join(Organisation, Customer.organisation_id == Organisation.id)
        .where(*active, Customer.recurring_value_cents >= threshold)
        .group_by(Organisation.industry, band, Organisation.region)
    )
    rows = session.execute(query.where(long_standing)).all()
    if not rows:  # a young customer base: take the valuable ones, however new
        rows = session.execute(query).all()
    total = sum(int(r[3]) for r in rows)
    shares: list[dict[str, float]] = [{}, {}, {}]
    for row in rows:
        for i in range(3):
            if row[i]:
                shares[i][row[i]] = shares[i].get(row[i], 0.0) + int(row[3]) / total
    return BestCustomerProfile(total, *shares)


def _similarity(
    profile: BestCustomerProfile, industry: str | None, band: str | None, region: str | None
) -> tuple[int, tuple[str, ...]]:
    """0–100: the weighted share of best customers alike in each respect, scaled to the mode."""
    score = 0.0
    matches = []
    for key, value, shares in (
        ("industry", industry, profile.industry),
        ("size", band, profile.size),
        ("region", region, profile.region),
    ):
        if value is None or not shares:
            continue
        share = shares.get(value, 0.0)
        if share > 0:
            matches.append(key)
        # Relative to the most common value, so a lead like the typical customer scores full.
        score += LOOKALIKE_WEIGHTS[key] * share / max(shares.values())
    return round(score), tuple(matches)


def lookalike_prospects(
    db: Database, *, today: date | None = None, limit: int = 15
) -> list[LookalikeProspect]:
    """The open leads (new or qualified) most like the best customers, best first."""
    day = today or date.today()
    band = _size_band_sql()
    open_lead = (
        Lead.deleted_at.is_(None),
        Lead.status.in_((LEAD_NEW, LEAD_QUALIFIED)),
        ~exists().where(
            Customer.organisation_id == Lead.organisation_id, Customer.deleted_at.is_(None)
        ),
    )
    with db.read() as session:
        profile = best_customer_profile(session, day)
        if not profile.customers:
            return []
        # The same score as _similarity, in SQL, so the database ranks the leads in one pass.
        score = (
            _points_sql(Organisation.industry, profile.industry, LOOKALIKE_WEIGHTS["industry"])
            + _points_sql(band, profile.size, LOOKALIKE_WEIGHTS["size"])
            + _points_sql(Organisation.region, profile.region, LOOKALIKE_WEIGHTS["region"])
        )
        rows = session.execute(
            select(
                Lead.id,
                Organisation.name,
                Organisation.industry,
                band,
                Organisation.region,
                Organisation.city,
                TeamMember.name,
                Lead.status,
            )
            .join(Organisation, Lead.organisation_id == Organisation.id)
            .outerjoin(TeamMember, Lead.owner_id == TeamMember.id)
            .where(*open_lead)
            .order_by(
                score.desc(), Lead.fit_score.desc().nulls_last(), Lead.created_date.desc(), Lead.id
            )
            .limit(limit)
        ).all()
    result = []
    for lead_id, company, industry, size, region, city, owner, status in rows:
        points, matches = _similarity(profile, industry, size, region)
        if not matches:
            continue  # resembles the best customers in nothing: no lookalike
        result.append(
            LookalikeProspect(
                lead_id, company, industry, size, region, city, owner, status, points, matches
            )
        )
    return result


def _points_sql(column: Any, shares: dict[str, float], weight: int) -> Any:
    """The points a lead earns for *column*: weight × share relative to the commonest value."""
    if not shares:
        return literal(0.0)
    top = max(shares.values())
    return case(
        {value: weight * share / top for value, share in shares.items()}, value=column, else_=0.0
    )


def _equal_or_null(column: Any, value: Any) -> Any:
    return column.is_(None) if value is None else column == value
