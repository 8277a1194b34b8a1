"""Activities (contact moments) and their points: which ones count (base KPI 2)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_

from kpidesk.data.models import Activity

# The day a contact moment counts on.
DAY = Activity.date


def counted_in(start: date, end: date) -> ColumnElement[bool]:
    """A contact moment that counts in ``start``–``end``: on a day in it, not in the trash."""
    return and_(DAY.between(start, end), Activity.deleted_at.is_(None))


def counted_up_to(day: date) -> ColumnElement[bool]:
    """A contact moment that has counted by the end of *day* (the last contact before it)."""
    return and_(day >= DAY, Activity.deleted_at.is_(None))
