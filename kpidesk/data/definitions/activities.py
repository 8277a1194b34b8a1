"""Activities (contact moments) and their points: which ones count (base KPI 2).

An activity is done (it happened on its date) or planned (it is due on its date).  Only a done
activity that is not in the trash counts: it earns points, is a contact moment, feeds goals and
the leaderboard, and is a deal's or customer's last contact.  A planned one is a next step.
The roll-up ``activity_day_totals`` counts by the same rule (its triggers, migration 0009).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_

from kpidesk.data import tables as t

# The day a contact moment counts on (a done one), or is due on (a planned one).
DAY = t.activities.c.date


def counts() -> ColumnElement[bool]:
    """An activity that counts, on whatever day: done and not in the trash."""
    return and_(t.activities.c.done.is_(True), t.activities.c.deleted_at.is_(None))


def counted_in(start: date, end: date) -> ColumnElement[bool]:
    """A contact moment that counts in ``start``–``end``: done on a day in it, not in the trash."""
    return and_(DAY.between(start, end), counts())


def counted_up_to(day: date) -> ColumnElement[bool]:
    """A contact moment that has counted by the end of *day* (the last contact before it)."""
    return and_(day >= DAY, counts())


def planned() -> ColumnElement[bool]:
    """A next step: planned (not yet done) and not in the trash, overdue or not."""
    return and_(t.activities.c.done.is_(False), t.activities.c.deleted_at.is_(None))


def overdue(today: date) -> ColumnElement[bool]:
    """A planned activity whose day has passed without being marked done."""
    return and_(planned(), today > DAY)
