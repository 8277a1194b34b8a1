"""Day differences and month keys give the same answer on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Date, func, literal, select, text
from sqlalchemy.orm import aliased

from kpidesk.core.periods import last_months
from kpidesk.data.kpi_queries import bucket_case
from kpidesk.data.models import Deal, DealStageHistory
from kpidesk.data.sqlfuncs import day_number, days_between, month_key
from kpidesk.services.store.database import Database
from tests import factories as f


def test_days_between_and_month_key(db: Database) -> None:
    f.deal(db, "a", first_contact=date(2026, 1, 30), closed=date(2026, 3, 2), stage="Won")
    f.deal(db, "b", first_contact=date(2025, 12, 31), closed=date(2026, 1, 1), stage="Won")
    with db.read() as s:
        rows = s.execute(
            select(
                Deal.title,
                days_between(Deal.first_contact, Deal.closed_date),
                month_key(Deal.closed_date),
            ).order_by(Deal.title)
        ).all()
        per_month = s.execute(
            select(
                month_key(Deal.first_contact).label("m"),
                days_between(Deal.first_contact, Deal.closed_date),
            ).where(month_key(Deal.first_contact) == "2026-01")
        ).all()
    assert [tuple(r) for r in rows] == [("a", 31, "2026-03"), ("b", 1, "2026-01")]
    assert [tuple(r) for r in per_month] == [("2026-01", 31)]


def test_days_between_moments_count_utc_days(db: Database, backend: str) -> None:
    """Moments near midnight count by their UTC day, whatever the session's time zone."""
    deal = f.deal(db, "a", first_contact=date(2026, 3, 9), stage="Lead in")
    late = datetime(2026, 3, 9, 23, 59, 30, tzinfo=UTC)
    early = datetime(2026, 3, 10, 0, 0, 30, tzinfo=UTC)
    f.move(db, deal, "Lead in", "Contact made", late)
    f.move(db, deal, "Contact made", "Intake", early)
    f.move(db, deal, "Intake", "Proposal", datetime(2026, 3, 31, 23, 0, tzinfo=UTC))
    prev = aliased(DealStageHistory)
    entered = (
        select(func.max(prev.moved_at))
        .where(prev.deal_id == DealStageHistory.deal_id, prev.moved_at < DealStageHistory.moved_at)
        .scalar_subquery()
    )
    moved = DealStageHistory.moved_at
    with db.read() as s:
        if backend == "postgresql":
            # Amsterdam is ahead of UTC: a plain cast to date would move 23:59 UTC a day on.
            s.execute(text("SET LOCAL TIME ZONE 'Europe/Amsterdam'"))
        rows = s.execute(
            select(
                days_between(entered, moved),
                days_between(Deal.first_contact, moved),
                day_number(moved)
                - func.coalesce(day_number(entered), day_number(Deal.first_contact)),
            )
            .join(Deal, Deal.id == DealStageHistory.deal_id)
            .order_by(moved)
        ).all()
    assert [tuple(r) for r in rows] == [(None, 0, 0), (1, 1, 1), (21, 22, 21)]


def test_bucket_case_by_halves_places_each_day_as_the_flat_case(db: Database) -> None:
    """Back-to-back months are searched by halves; every day lands where the flat CASE puts it."""
    months = [(m.start, m.end) for m in last_months(date(2026, 12, 31), 12)]
    gap = [months[0], months[2], months[5]]  # not back to back: the flat CASE
    days = [date(2025, 12, 30) + timedelta(days=i) for i in range(0, 370, 3)]
    days += [date(2026, 1, 31), date(2026, 2, 1), date(2026, 12, 31), date(2027, 1, 1)]
    with db.read() as s:
        for day in days:
            value = literal(day, Date())
            halves, flat = s.execute(
                select(bucket_case(value, months), bucket_case(value, gap))
            ).one()
            expected = next((i for i, (a, b) in enumerate(months) if a <= day <= b), None)
            assert halves == expected, day
            assert flat == next((i for i, (a, b) in enumerate(gap) if a <= day <= b), None), day
