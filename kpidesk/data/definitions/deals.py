"""Deals and their outcome: won and lost in a period, open on a day (base KPIs 3 and 4).

The conditions on a deal's stage expect the query to join :class:`Stage` on the deal's stage;
:func:`with_stage` does that.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, or_, select

from kpidesk.data import tables as t
from kpidesk.data.moments import end_moment
from kpidesk.data.tables import STAGE_LOST, STAGE_OPEN, STAGE_WON

# The day a won or lost deal counts on.
CLOSED_DAY = t.deals.c.closed_date
WON = t.stages.c.kind == STAGE_WON
LOST = t.stages.c.kind == STAGE_LOST


def with_stage(query: Any) -> Any:
    """*query* joined with the deal's stage, which the outcome conditions read."""
    return query.join(t.stages, t.deals.c.stage_id == t.stages.c.id)


def closed_in(start: date, end: date) -> ColumnElement[bool]:
    """A deal won or lost on a day in ``start``–``end``, not in the trash."""
    return and_(
        CLOSED_DAY.between(start, end),
        t.deals.c.deleted_at.is_(None),
        t.stages.c.kind.in_((STAGE_WON, STAGE_LOST)),
    )


def won_in(start: date, end: date) -> ColumnElement[bool]:
    """A deal counts as won in ``start``–``end``: in a won stage, closed on a day in the range,
    not in the trash."""
    return and_(WON, CLOSED_DAY.between(start, end), t.deals.c.deleted_at.is_(None))


def won_deals(start: date, end: date, rep_id: int | None = None, *columns: Any) -> Any:
    """The deals won in the range (their ids, or *columns*), for the team or one rep."""
    query = with_stage(select(*(columns or (t.deals.c.id,))).select_from(t.deals)).where(
        won_in(start, end)
    )
    return query.where(t.deals.c.owner_id == rep_id) if rep_id is not None else query


def open_at(day: date) -> ColumnElement[bool]:
    """Deals open at the end of *day*: begun on or before it and not closed on or before it."""
    begun = or_(
        t.deals.c.first_contact <= day,
        and_(t.deals.c.first_contact.is_(None), t.deals.c.created_at < end_moment(day)),
    )
    not_closed = or_(
        and_(CLOSED_DAY.is_(None), t.stages.c.kind == STAGE_OPEN),
        day < CLOSED_DAY,
    )
    # Implied by not_closed, but as a top-level term it lets the database read two ranges of
    # the closed-date index (never closed, closed after the day) instead of every deal.
    indexed = or_(CLOSED_DAY.is_(None), day < CLOSED_DAY)
    return and_(indexed, begun, not_closed, t.deals.c.deleted_at.is_(None))


def open_now() -> ColumnElement[bool]:
    """A deal open today: in an open stage, never closed, not in the trash."""
    return and_(t.stages.c.kind == STAGE_OPEN, CLOSED_DAY.is_(None), t.deals.c.deleted_at.is_(None))


def sleeping(today: date, rotting: dict[int, int]) -> ColumnElement[bool] | None:
    """A sleeping deal: open now, without a contact moment or stage change for longer than its
    stage allows.  *rotting* maps the open stages that have a limit to their days; None when
    no stage has one (then no deal sleeps).  Needs no join on the stage.
    """
    if not rotting:
        return None
    cutoff = case(
        *[
            (t.deals.c.stage_id == sid, today - timedelta(days=days))
            for sid, days in rotting.items()
        ],
        else_=None,
    )
    quiet_activity = or_(
        t.deals.c.last_activity_date.is_(None), t.deals.c.last_activity_date < cutoff
    )
    quiet_stage = or_(t.deals.c.stage_entered_at.is_(None), t.deals.c.stage_entered_at < cutoff)
    known = or_(
        t.deals.c.last_activity_date.is_not(None),
        t.deals.c.stage_entered_at.is_not(None),
        t.deals.c.first_contact < cutoff,
    )
    return and_(
        t.deals.c.stage_id.in_(list(rotting)),
        CLOSED_DAY.is_(None),
        t.deals.c.deleted_at.is_(None),
        quiet_activity,
        quiet_stage,
        known,
    )
