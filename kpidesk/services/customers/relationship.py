"""Relationship KPIs (KPI 5): active customers, retention, relationship length, at risk, upsells.

The database groups the customers by (customer since, churned on) and counts them; the exact
definitions (``kpidesk.core.relationship``) then run over those few groups, so one small query
serves a whole 12-month trend and the cohort table, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from kpidesk.core import relationship as rel
from kpidesk.core.lookalike import size_band_label
from kpidesk.core.periods import add_months, last_months
from kpidesk.data.database import Database
from kpidesk.data.definitions import customers as customer_rules
from kpidesk.data.definitions import deals
from kpidesk.data.definitions.customers import at_risk_days
from kpidesk.data.models import (
    LEAD_NEW,
    LEAD_QUALIFIED,
    Customer,
    Deal,
    Lead,
    Organisation,
    TeamMember,
)
from kpidesk.services.leads.lookalike import (
    current_profile,
    score_column,
    segment_columns,
    segment_of,
)


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
    """Customers at risk on *day*: active, with no contact moment in the *days* before."""
    at_risk = customer_rules.at_risk_query(day, days, rep_id).subquery()
    return int(session.scalar(select(func.count()).select_from(at_risk)) or 0)


def _upsells(session: Session, start: date, end: date, rep_id: int | None) -> tuple[int, int]:
    """(count, value) of the won deals in the period that are upsells."""
    query = deals.with_stage(
        select(func.count(Deal.id), func.coalesce(func.sum(Deal.value_cents), 0))
    ).where(deals.won_in(start, end), customer_rules.upsell())
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
# The same Lijkt-op-score as the leads view (kpidesk.core.lookalike, profile and score in
# kpidesk.services.leads.lookalike), so a prospect scores the same number everywhere.


@dataclass(frozen=True)
class LookalikeProspect:
    lead_id: int
    company: str
    industry: str | None
    size: str | None  # the employee band, as the leads view shows it
    region: str | None
    city: str | None
    owner: str | None
    status: str
    score: int  # 0–100: how much the lead resembles the good customers
    matches: tuple[str, ...]  # the attributes it shares with them (industry, size, …)
    explanation: str  # "Resembles 12 customers: same industry, 10–49 employees"


def lookalike_prospects(
    db: Database, *, today: date | None = None, limit: int = 15
) -> list[LookalikeProspect]:
    """The open leads (new or qualified) most like the good customers, best first."""
    segment = segment_columns()
    open_lead = (
        Lead.deleted_at.is_(None),
        Lead.status.in_((LEAD_NEW, LEAD_QUALIFIED)),
        ~exists().where(
            Customer.organisation_id == Lead.organisation_id, Customer.deleted_at.is_(None)
        ),
    )
    with db.read() as session:
        profile = current_profile(session, db, today or date.today())
        if profile.total == 0:
            return []
        score = score_column(session, profile)
        best = list(
            session.scalars(
                select(Lead.id)
                .join(Organisation, Lead.organisation_id == Organisation.id)
                .where(*open_lead, score > 0)
                .order_by(
                    score.desc(),
                    Lead.fit_score.desc().nulls_last(),
                    Lead.created_date.desc(),
                    Lead.id,
                )
                .limit(limit)
            )
        )
        shown = {
            row[0]: row
            for row in session.execute(
                select(
                    Lead.id,
                    Organisation.name,
                    Organisation.industry,
                    Organisation.region,
                    Organisation.city,
                    TeamMember.name,
                    Lead.status,
                    *segment.values(),
                )
                .join(Organisation, Lead.organisation_id == Organisation.id)
                .outerjoin(TeamMember, Lead.owner_id == TeamMember.id)
                .where(Lead.id.in_(best))
            )
        }
    rows = [shown[lead_id] for lead_id in best]
    result = []
    for row in rows:
        lead_id, company, industry, region, city, owner, status = row[:7]
        seg = segment_of(tuple(row[7:11]))
        match = profile.match(seg)
        result.append(
            LookalikeProspect(
                lead_id,
                company,
                industry,
                size_band_label(seg.size) if seg.size is not None else None,
                region,
                city,
                owner,
                status,
                match.score,
                match.matched,
                match.explain(),
            )
        )
    return result
