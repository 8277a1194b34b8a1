"""Small builders for hand-computed fixtures, writing straight to a test database."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select

from kpidesk.core.names import organisation_key
from kpidesk.data.database import Database
from kpidesk.data.models import (
    Activity,
    ActivityType,
    Customer,
    Deal,
    DealStageHistory,
    Lead,
    Organisation,
    Stage,
    Target,
    TeamMember,
    scope_key,
)


def stage_id(db: Database, name_en: str) -> int:
    with db.read() as s:
        return int(s.scalar(select(Stage.id).where(Stage.name_en == name_en)))


def type_id(db: Database, name_en: str) -> int:
    with db.read() as s:
        return int(s.scalar(select(ActivityType.id).where(ActivityType.name_en == name_en)))


def rep(
    db: Database,
    name: str,
    role: str = "rep",
    *,
    start: date | None = date(2020, 1, 1),
    end: date | None = None,
) -> int:
    with db.write() as s:
        member = TeamMember(name=name, role=role, active=True, start_date=start, end_date=end)
        s.add(member)
        s.flush()
        return member.id


def org(db: Database, name: str, **fields: Any) -> int:
    with db.write() as s:
        row = Organisation(name=name, name_key=organisation_key(name), **fields)
        s.add(row)
        s.flush()
        return row.id


def lead(
    db: Database,
    organisation_id: int,
    *,
    owner_id: int | None = None,
    created: date = date(2026, 1, 5),
    status: str = "new",
    qualified_at: date | None = None,
    **fields: Any,
) -> int:
    with db.write() as s:
        row = Lead(
            organisation_id=organisation_id,
            owner_id=owner_id,
            created_date=created,
            status=status,
            qualified_at=qualified_at,
            checklist={},
            **fields,
        )
        s.add(row)
        s.flush()
        return row.id


def deal(
    db: Database,
    title: str,
    *,
    stage: str = "Lead in",
    owner_id: int | None = None,
    organisation_id: int | None = None,
    value: int = 1000_00,
    first_contact: date | None = date(2026, 1, 5),
    closed: date | None = None,
    history: list[tuple[str | None, str, datetime]] | None = None,
    **fields: Any,
) -> int:
    """A deal; *history* is a list of (from stage, to stage, moment) by English stage name."""
    sid = stage_id(db, stage)
    with db.write() as s:
        row = Deal(
            title=title,
            stage_id=sid,
            owner_id=owner_id,
            organisation_id=organisation_id,
            value_cents=value,
            first_contact=first_contact,
            closed_date=closed,
            stage_entered_at=first_contact,
            **fields,
        )
        s.add(row)
        s.flush()
        deal_id = row.id
    for from_name, to_name, moment in history or []:
        move(db, deal_id, from_name, to_name, moment)
    return deal_id


def move(db: Database, deal_id: int, from_name: str | None, to_name: str, moment: datetime) -> None:
    from_id = stage_id(db, from_name) if from_name else None
    to_id = stage_id(db, to_name)
    with db.write() as s:
        s.add(
            DealStageHistory(
                deal_id=deal_id, from_stage_id=from_id, to_stage_id=to_id, moved_at=moment
            )
        )


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


def activity(
    db: Database, type_name: str, day: date, *, rep_id: int | None = None, **fields: Any
) -> int:
    tid = type_id(db, type_name)
    with db.write() as s:
        row = Activity(type_id=tid, rep_id=rep_id, date=day, **fields)
        s.add(row)
        s.flush()
        return row.id


def customer(
    db: Database,
    organisation_id: int,
    since: date,
    *,
    churned: date | None = None,
    owner_id: int | None = None,
    value: int = 0,
    **fields: Any,
) -> int:
    with db.write() as s:
        row = Customer(
            organisation_id=organisation_id,
            customer_since=since,
            churned_at=churned,
            owner_id=owner_id,
            recurring_value_cents=value,
            **fields,
        )
        s.add(row)
        s.flush()
        return row.id


def target(db: Database, kpi: str, month: date, value: int, rep_id: int | None = None) -> None:
    with db.write() as s:
        s.add(Target(rep_id=rep_id, scope_key=scope_key(rep_id), kpi=kpi, month=month, value=value))
