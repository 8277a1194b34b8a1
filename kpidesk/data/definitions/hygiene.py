"""Pipeline hygiene: which open deals need attention and why, each flag defined once in SQL.

A deal open now (:func:`deals.open_now`, which needs the stage joined) carries a flag when:

- its expected close date lies in the past;
- it has no planned next step (:func:`activities.planned` on the deal);
- its expected close date moved later ``SLIP_LIMIT`` times or more (``deal_close_changes``;
  a move from or to no date is no move later);
- it has no value;
- it is sleeping (:func:`deals.sleeping`, the rule the KPIs and the board use).

The words for each flag live in :mod:`kpidesk.core.hygiene`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, false, func, or_, select

from kpidesk.core.hygiene import (
    CLOSE_PASSED,
    CLOSE_SLIPPED,
    FLAGS,
    NO_NEXT_STEP,
    NO_VALUE,
    SLEEPING,
    SLIP_LIMIT,
)
from kpidesk.data import tables as t
from kpidesk.data.definitions import activities, deals
from kpidesk.data.reading import Reader
from kpidesk.data.tables import STAGE_OPEN


def rotting_limits(session: Reader) -> dict[int, int]:
    """The open stages that have a sleeping limit, with their days."""
    return {
        int(i): int(d or 0)
        for i, d in session.execute(
            select(t.stages.c.id, t.stages.c.rotting_days).where(
                t.stages.c.kind == STAGE_OPEN, t.stages.c.rotting_days.is_not(None)
            )
        )
    }


def moved_later() -> ColumnElement[bool]:
    """A change of the expected close date to a later one (both dates known)."""
    return and_(
        t.deal_close_changes.c.old_date.is_not(None),
        t.deal_close_changes.c.new_date.is_not(None),
        t.deal_close_changes.c.new_date > t.deal_close_changes.c.old_date,
    )


def later_moves() -> Any:
    """How often the deal's expected close date moved later, as a column over the deals."""
    return (
        select(func.count())
        .select_from(t.deal_close_changes)
        .where(t.deal_close_changes.c.deal_id == t.deals.c.id, moved_later())
        .correlate(t.deals)
        .scalar_subquery()
    )


def has_next_step() -> Any:
    """The deal has a planned, not-done activity (overdue or not)."""
    return (
        exists()
        .where(t.activities.c.deal_id == t.deals.c.id, activities.planned())
        .correlate(t.deals)
    )


def conditions(today: date, rotting: dict[int, int]) -> dict[str, ColumnElement[bool]]:
    """Each flag as a condition on an open deal, in the order of :data:`FLAGS`."""
    asleep = deals.sleeping(today, rotting)
    found: dict[str, ColumnElement[bool]] = {
        CLOSE_PASSED: and_(t.deals.c.expected_close.is_not(None), t.deals.c.expected_close < today),
        NO_NEXT_STEP: ~has_next_step(),
        CLOSE_SLIPPED: later_moves() >= SLIP_LIMIT,
        NO_VALUE: t.deals.c.value_cents <= 0,
        SLEEPING: asleep if asleep is not None else false(),
    }
    return {flag: found[flag] for flag in FLAGS}


def flag_columns(today: date, rotting: dict[int, int]) -> list[Any]:
    """One 0/1 column per flag (in the order of :data:`FLAGS`), portable to every database."""
    return [
        case((condition, 1), else_=0).label(f"flag_{flag}")
        for flag, condition in conditions(today, rotting).items()
    ]


def needs_attention(today: date, rotting: dict[int, int]) -> ColumnElement[bool]:
    """An open deal that carries at least one flag."""
    return or_(*conditions(today, rotting).values())


def flags_of(row: Any, start: int) -> tuple[str, ...]:
    """The flags set in a result row whose :func:`flag_columns` begin at *start*."""
    return tuple(flag for i, flag in enumerate(FLAGS) if row[start + i])
