"""Days as moments: a day range on a timestamp column is half-open, ``[start, end)`` in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any


def start_moment(day: date) -> datetime:
    """The first moment of *day*."""
    return datetime.combine(day, time(0), tzinfo=UTC)


def end_moment(day: date) -> datetime:
    """The first moment after *day*: ranges on moments are half-open ``[start, end)``."""
    return datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC)


def as_date(value: Any) -> date:
    """A stored day or moment as a date (SQLite returns text, PostgreSQL a date)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
