"""What lies behind a KPI figure: the deals, leads, activities or customers that make it up.

A click on a chart bar or point asks for these rows; lists are capped so that a year of a large
team's activities never loads whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from kpidesk.core.i18n import pick
from kpidesk.data.database import Database
from kpidesk.data.definitions import activities, customers, deals, leads
from kpidesk.data.models import (
    Activity,
    ActivityType,
    Customer,
    Deal,
    DealStageHistory,
    Lead,
    Organisation,
    Stage,
    TeamMember,
)
from kpidesk.data.moments import as_date, end_moment, start_moment

LIMIT = 1000

ACTIVITIES = "activities"
QUALIFIED_LEADS = "qualified_leads"
WON_DEALS = "won_deals"
OPEN_DEALS = "open_deals"
ACTIVE_CUSTOMERS = "active_customers"
STAGE_EXITS = "stage_exits"  # deals that left a stage in the range
STAGE_ENTRIES = "stage_entries"  # deals that entered a stage in the range


@dataclass(frozen=True)
class DetailRow:
    """One item behind a figure: its day, what it is, who owns it and its value."""

    id: int
    day: date | None
    title: str
    owner: str | None
    detail: str
    value_cents: int | None


@dataclass(frozen=True)
class Details:
    rows: tuple[DetailRow, ...]
    total_shown_limited: bool


def _owner(query: Any, column: Any, rep_id: int | None) -> Any:
    return query.where(column == rep_id) if rep_id is not None else query


def details(
    db: Database,
    what: str,
    start: date,
    end: date,
    rep_id: int | None = None,
    *,
    stage_id: int | None = None,
    type_id: int | None = None,
) -> Details:
    """The rows behind *what* (one of the module's constants) in the range ``start``–``end``."""
    query: Any
    with db.read() as session:
        if what == ACTIVITIES:
            query = (
                select(
                    Activity.id,
                    Activity.date,
                    ActivityType.name_nl,
                    ActivityType.name_en,
                    TeamMember.name,
                    Organisation.name,
                    ActivityType.points,
                )
                .join(ActivityType, Activity.type_id == ActivityType.id)
                .outerjoin(TeamMember, Activity.rep_id == TeamMember.id)
                .outerjoin(Organisation, Activity.organisation_id == Organisation.id)
                .where(activities.counted_in(start, end))
                .order_by(Activity.date.desc(), Activity.id.desc())
            )
            query = _owner(query, Activity.rep_id, rep_id)
            if type_id is not None:
                query = query.where(Activity.type_id == type_id)
            rows = [
                DetailRow(r[0], r[1], pick(r[2], r[3]), r[4], r[5] or "", None)
                for r in session.execute(query.limit(LIMIT + 1))
            ]
        elif what == QUALIFIED_LEADS:
            query = (
                leads.qualified_leads(
                    start,
                    end,
                    rep_id,
                    Lead.id,
                    leads.QUALIFIED_DAY,
                    Organisation.name,
                    TeamMember.name,
                    Lead.source,
                )
                .join(Organisation, Lead.organisation_id == Organisation.id)
                .outerjoin(TeamMember, Lead.owner_id == TeamMember.id)
                .order_by(leads.QUALIFIED_DAY.desc())
            )
            rows = [
                DetailRow(r[0], r[1], r[2], r[3], r[4] or "", None)
                for r in session.execute(query.limit(LIMIT + 1))
            ]
        elif what in (WON_DEALS, OPEN_DEALS):
            query = (
                select(
                    Deal.id,
                    Deal.closed_date,
                    Deal.first_contact,
                    Deal.title,
                    TeamMember.name,
                    Stage.name_nl,
                    Stage.name_en,
                    Deal.value_cents,
                )
                .join(Stage, Deal.stage_id == Stage.id)
                .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
            )
            if what == WON_DEALS:
                query = query.where(deals.won_in(start, end)).order_by(deals.CLOSED_DAY.desc())
            else:
                query = query.where(deals.open_at(end)).order_by(Deal.value_cents.desc())
            if stage_id is not None:
                query = query.where(Deal.stage_id == stage_id)
            query = _owner(query, Deal.owner_id, rep_id)
            rows = [
                DetailRow(r[0], r[1] or r[2], r[3], r[4], pick(r[5], r[6]), int(r[7]))
                for r in session.execute(query.limit(LIMIT + 1))
            ]
        elif what in (STAGE_EXITS, STAGE_ENTRIES):
            column = (
                DealStageHistory.from_stage_id
                if what == STAGE_EXITS
                else DealStageHistory.to_stage_id
            )
            moved = (
                select(DealStageHistory.deal_id, func.max(DealStageHistory.moved_at).label("at"))
                .where(
                    DealStageHistory.moved_at >= start_moment(start),
                    DealStageHistory.moved_at < end_moment(end),
                )
                .group_by(DealStageHistory.deal_id)
            )
            if stage_id is not None:
                moved = moved.where(column == stage_id)
            sub = moved.subquery()
            query = (
                select(
                    Deal.id,
                    sub.c.at,
                    Deal.title,
                    TeamMember.name,
                    Stage.name_nl,
                    Stage.name_en,
                    Deal.value_cents,
                )
                .join(sub, sub.c.deal_id == Deal.id)
                .join(Stage, Deal.stage_id == Stage.id)
                .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
                .where(Deal.deleted_at.is_(None))
                .order_by(sub.c.at.desc())
            )
            query = _owner(query, Deal.owner_id, rep_id)
            rows = [
                DetailRow(r[0], as_date(r[1]), r[2], r[3], pick(r[4], r[5]), int(r[6]))
                for r in session.execute(query.limit(LIMIT + 1))
            ]
        elif what == ACTIVE_CUSTOMERS:
            query = (
                select(
                    Customer.id,
                    Customer.customer_since,
                    Organisation.name,
                    TeamMember.name,
                    Customer.recurring_value_cents,
                )
                .join(Organisation, Customer.organisation_id == Organisation.id)
                .outerjoin(TeamMember, Customer.owner_id == TeamMember.id)
                .where(customers.active_at(end))
                .order_by(Organisation.name)
            )
            query = _owner(query, Customer.owner_id, rep_id)
            rows = [
                DetailRow(r[0], r[1], r[2], r[3], "", int(r[4]))
                for r in session.execute(query.limit(LIMIT + 1))
            ]
        else:
            raise ValueError(f"unknown detail kind {what!r}")
    return Details(tuple(rows[:LIMIT]), len(rows) > LIMIT)


def deals_by_id(db: Database, deal_ids: Sequence[int]) -> Details:
    """The deals behind a coaching sentence: day (closed, else first contact), title, owner,
    stage (with the lost reason) and value, newest first."""
    wanted = sorted(set(deal_ids))[: LIMIT + 1]
    if not wanted:
        return Details((), False)
    query = (
        select(
            Deal.id,
            Deal.closed_date,
            Deal.first_contact,
            Deal.title,
            TeamMember.name,
            Stage.name_nl,
            Stage.name_en,
            Deal.lost_reason,
            Deal.value_cents,
        )
        .join(Stage, Deal.stage_id == Stage.id)
        .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
        .where(Deal.id.in_(wanted), Deal.deleted_at.is_(None))
    )
    with db.read() as session:
        rows = [
            DetailRow(
                r[0],
                r[1] or r[2],
                r[3],
                r[4],
                " · ".join(x for x in (pick(r[5], r[6]), r[7]) if x),
                int(r[8]),
            )
            for r in session.execute(query)
        ]
    rows.sort(key=lambda row: row.day or date.min, reverse=True)
    return Details(tuple(rows[:LIMIT]), len(set(deal_ids)) > LIMIT)
