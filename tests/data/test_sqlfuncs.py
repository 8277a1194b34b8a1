"""Day differences and month keys give the same answer on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from kpidesk.data.models import Deal
from kpidesk.data.sqlfuncs import days_between, month_key
from kpidesk.services.database import Database
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
