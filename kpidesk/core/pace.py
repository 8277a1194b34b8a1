"""Fair comparisons: a running period against the same stretch of working days, pace, pro rata.

Rules (the README's KPI section says the same for managers):

- **Working days** are Monday to Friday, as in the goal rule of :mod:`kpidesk.core.points`
  (:func:`~kpidesk.core.points.working_days`); public holidays are not taken out.
- **Running period** (today inside it, with a working day still to come): "vs previous period"
  compares the elapsed stretch (the period's first day up to today) with the previous period's
  first day up to its N-th working day, N being the working days elapsed so far.  On Saturday
  5 December 2026 (4 working days: Tue 1 – Fri 4) that is 1–5 November (Mon 2 – Thu 5).  When
  the previous period has fewer working days than N, its whole is the stretch.  While no working
  day has passed yet (a month that starts on a weekend, seen on that weekend), the stretch is
  the same number of calendar days.
- **Finished period** (today after it, or on or after its last working day), and a period
  still to come: whole with whole.
- **Pace**: where a figure with a target should be today, the goal rule applied to the period's
  first day up to today: each month's target × its working days so far ÷ its working days.
- **Pro rata for a team member**: a rep's target for a month counts only the working days they
  are in the team (from ``start_date``, up to and including ``end_date``): target × those days ÷
  the month's working days, rounded half up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from kpidesk.core.periods import Period
from kpidesk.core.points import goal_for, working_days


@dataclass(frozen=True)
class Comparison:
    """What a period's figures are compared with.

    ``current`` is the stretch that has passed (the whole period when it is not running);
    ``previous`` the stretch of the previous period it is compared with.
    """

    period: Period
    current: Period
    previous: Period
    working_days: int  # working days in ``current``
    running: bool  # True: the same stretch of working days; False: whole with whole


def nth_working_day(start: date, n: int) -> date:
    """The day of the *n*-th working day from *start* on (*start* counts as the first); n ≥ 1."""
    day = start
    seen = 0
    while True:
        if day.weekday() < 5:
            seen += 1
            if seen == n:
                return day
        day += timedelta(days=1)


def is_running(period: Period, today: date) -> bool:
    """True while *today* lies in *period* and a working day of it is still to come."""
    if not period.contains(today):
        return False
    return working_days(today + timedelta(days=1), period.end) > 0


def compare_with_previous(period: Period, today: date) -> Comparison:
    """The elapsed stretch of *period* on *today* and the matching stretch of the one before."""
    before = period.previous()
    if not is_running(period, today):
        return Comparison(period, period, before, working_days(period.start, period.end), False)
    current = Period(period.start, today)
    elapsed = working_days(period.start, today)
    if elapsed == 0:
        # Only weekend days so far: as many calendar days of the previous period.
        end = min(before.start + timedelta(days=current.days - 1), before.end)
    elif elapsed >= working_days(before.start, before.end):
        end = before.end
    else:
        end = nth_working_day(before.start, elapsed)
    return Comparison(period, current, Period(before.start, end), elapsed, True)


def clip_to_presence(
    start: date, end: date, present_from: date | None, present_to: date | None
) -> tuple[date, date]:
    """*start*…*end* narrowed to the days a member is in the team (may come out empty)."""
    return (
        max(start, present_from) if present_from else start,
        min(end, present_to) if present_to else end,
    )


def span_goal(
    start: date,
    end: date,
    monthly: Callable[[date], int | None],
    present_from: date | None = None,
    present_to: date | None = None,
) -> int:
    """The goal rule over *start*…*end* for a member present from…to (0 when never present).

    Each month's target counts the working days of the span inside that month *and* inside the
    member's time in the team, over all the month's working days: a rep who starts on Tuesday
    15 December 2026 has 13 of December's 23 working days, so 13/23 of the month's target.
    """
    first, last = clip_to_presence(start, end, present_from, present_to)
    if last < first:
        return 0
    return goal_for(first, last, monthly)


def pace_goal(
    period: Period,
    today: date,
    monthly: Callable[[date], int | None],
    present_from: date | None = None,
    present_to: date | None = None,
) -> int:
    """Where a figure should be by the end of *today*: the goal of the period's days so far.

    Month by month, each rounded as a month's target is (so that once the period is over the
    pace is exactly the period's target, the sum of its months); 0 before the period starts.
    """
    total = 0
    for month in period.months():
        if month.start > today:
            break
        total += span_goal(month.start, min(today, month.end), monthly, present_from, present_to)
    return total


def on_pace(value: float, pace: int | None, *, lower_is_better: bool = False) -> bool | None:
    """True when *value* is where it should be by today (None without a target)."""
    if pace is None:
        return None
    return value <= pace if lower_is_better else value >= pace
