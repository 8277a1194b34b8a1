"""The customer detail: key facts and a timeline of activities and deals, upsells marked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from kpidesk.core.i18n import pick, tr
from kpidesk.data.database import Database
from kpidesk.data.definitions import activities as activity_rules
from kpidesk.data.models import (
    STAGE_LOST,
    STAGE_WON,
    Activity,
    ActivityType,
    Customer,
    Deal,
    Organisation,
    Stage,
    TeamMember,
)
from kpidesk.services.activities.records import PlannedStep, planned_steps
from kpidesk.services.customers.records import CustomerRow, get_customer

TIMELINE_ACTIVITIES = 300  # the detail shows the most recent contact moments, not all of them


EVENT_ACTIVITY = "activity"
EVENT_WON = "won"
EVENT_UPSELL = "upsell"
EVENT_LOST = "lost"
EVENT_OPEN = "open"
EVENT_STARTED = "started"
EVENT_CHURNED = "churned"


@dataclass(frozen=True)
class TimelineEntry:
    day: date
    kind: str  # one of the EVENT_* values
    title: str  # activity type or deal title
    detail: str | None = None  # note, stage or reason
    value_cents: int | None = None
    person: str | None = None  # the rep or deal owner
    ref_id: int | None = None  # activity or deal id


@dataclass(frozen=True)
class CustomerDetail:
    customer: CustomerRow
    city: str | None
    industry: str | None
    employees: int | None
    region: str | None
    won_value_cents: int
    upsells: int
    open_deals: int
    open_value_cents: int
    timeline: list[TimelineEntry]
    planned: list[PlannedStep]  # next steps at the organisation, soonest (overdue) first


def customer_detail(db: Database, customer_id: int, *, today: date | None = None) -> CustomerDetail:
    """The customer with a timeline of its activities and deals, newest first."""
    row = get_customer(db, customer_id, today=today)
    with db.read() as session:
        org = session.get(Organisation, row.organisation_id)
        source_deal = session.scalar(select(Customer.source_deal_id).where(Customer.id == row.id))
        entries: list[TimelineEntry] = [
            TimelineEntry(row.customer_since, EVENT_STARTED, tr("Became a customer"))
        ]
        if row.churned_at is not None:
            entries.append(
                TimelineEntry(row.churned_at, EVENT_CHURNED, tr("Churned"), row.churn_reason)
            )
        activities = session.execute(
            select(
                Activity.id,
                Activity.date,
                ActivityType.name_nl,
                ActivityType.name_en,
                Activity.note,
                TeamMember.name,
            )
            .join(ActivityType, Activity.type_id == ActivityType.id)
            .outerjoin(TeamMember, Activity.rep_id == TeamMember.id)
            .where(Activity.organisation_id == row.organisation_id, activity_rules.counts())
            .order_by(Activity.date.desc(), Activity.id.desc())
            .limit(TIMELINE_ACTIVITIES)
        )
        for act_id, day, name_nl, name_en, note, rep in activities:
            entries.append(
                TimelineEntry(day, EVENT_ACTIVITY, pick(name_nl, name_en), note, None, rep, act_id)
            )
        won_value = upsells = open_deals = open_value = 0
        deals = session.execute(
            select(
                Deal.id,
                Deal.title,
                Deal.value_cents,
                Deal.first_contact,
                Deal.closed_date,
                Deal.created_at,
                Deal.lost_reason,
                Stage.kind,
                Stage.name_nl,
                Stage.name_en,
                TeamMember.name,
            )
            .join(Stage, Deal.stage_id == Stage.id)
            .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
            .where(Deal.organisation_id == row.organisation_id, Deal.deleted_at.is_(None))
        )
        for d in deals:
            deal_id, title, value, first, closed, created, reason, kind = d[:8]
            stage, owner = pick(d[8], d[9]), d[10]
            if kind == STAGE_WON and closed is not None:
                won_value += value
                upsell = (
                    deal_id != source_deal
                    and row.customer_since <= closed
                    and (row.churned_at is None or row.churned_at >= closed)
                )
                upsells += upsell
                kind_key = EVENT_UPSELL if upsell else EVENT_WON
                entries.append(TimelineEntry(closed, kind_key, title, stage, value, owner, deal_id))
            elif kind == STAGE_LOST and closed is not None:
                entries.append(
                    TimelineEntry(closed, EVENT_LOST, title, reason or stage, value, owner, deal_id)
                )
            else:
                open_deals += 1
                open_value += value
                started = first or created.date()
                entries.append(
                    TimelineEntry(started, EVENT_OPEN, title, stage, value, owner, deal_id)
                )
    order = {EVENT_CHURNED: 0, EVENT_UPSELL: 1, EVENT_WON: 1, EVENT_STARTED: 3}
    entries.sort(key=lambda e: (e.day, -order.get(e.kind, 2)), reverse=True)
    return CustomerDetail(
        row,
        org.city if org else None,
        org.industry if org else None,
        org.employees if org else None,
        org.region if org else None,
        won_value,
        upsells,
        open_deals,
        open_value,
        entries,
        planned_steps(db, organisation_id=row.organisation_id),
    )
