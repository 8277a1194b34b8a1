"""KPI definitions and maths: kinds, ratios, averages, growth and target ramps (stdlib only).

The SQL side (``kpidesk/data/kpi_queries.py``) counts and sums; the small arithmetic that turns
those counts into the figures a manager reads lives here, so that it is tested on its own.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum

from kpidesk.core.i18n import tr_noop
from kpidesk.core.periods import add_months, month_start


class KpiKind(Enum):
    """The three kinds of KPI of the method."""

    ACTION = "action"
    RESULT = "result"
    INSIGHT = "insight"

    @property
    def label_source(self) -> str:
        """The English source of the badge text (translate with ``tr`` where shown)."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    KpiKind.ACTION: tr_noop("Action"),
    KpiKind.RESULT: tr_noop("Result"),
    KpiKind.INSIGHT: tr_noop("Insight"),
}


def ratio(part: float, whole: float) -> float | None:
    """part ÷ whole, or None when the whole is zero (no basis to say anything)."""
    if not whole:
        return None
    return part / whole


def mean(values: Iterable[float]) -> float | None:
    """The arithmetic mean, or None for no values."""
    items = list(values)
    return statistics.fmean(items) if items else None


def median(values: Iterable[float]) -> float | None:
    """The median (mean of the middle two for an even count), or None for no values."""
    items = list(values)
    return float(statistics.median(items)) if items else None


def growth(current: float, previous: float) -> float | None:
    """(current − previous) ÷ previous; None when the previous value is 0."""
    if not previous:
        return None
    return (current - previous) / previous


def progress(value: float, target: float | None) -> float | None:
    """How far a value is towards its target (1.0 = reached); None without a target."""
    if target is None or target <= 0:
        return None
    return value / target


def weighted_cents(value_cents: int, probability_percent: int) -> int:
    """A deal's weighted value in whole cents (value × probability), rounded half up."""
    return (value_cents * probability_percent + 50) // 100


def days_between(start: date, end: date) -> int:
    """Whole days from *start* to *end*."""
    return (end - start).days


# Targets --------------------------------------------------------------------------------------


def team_target(team_own: int | None, rep_values: Sequence[int]) -> int | None:
    """The team's target for one month: its own when set, else the sum of the reps' targets."""
    if team_own is not None:
        return team_own
    if not rep_values:
        return None
    return sum(rep_values)


@dataclass(frozen=True)
class Ramp:
    """A target ramp: start at *start*, raise by *step_percent* every *every_months*, capped."""

    start: int
    step_percent: float
    every_months: int = 3
    cap: int | None = None

    def value_at(self, index: int) -> int:
        """The target of the month *index* months after the first (0 = the first month)."""
        steps = index // max(1, self.every_months)
        value = self.start * (1 + self.step_percent / 100) ** steps
        rounded = int(value + 0.5)
        if self.cap is not None:
            rounded = min(rounded, self.cap)
        return max(rounded, 0)


def ramp_months(ramp: Ramp, first_month: date, count: int) -> list[tuple[date, int]]:
    """The (first day of month, target) pairs of *count* months from *first_month* on."""
    start = month_start(first_month)
    return [(add_months(start, i), ramp.value_at(i)) for i in range(count)]


def ramp_in(full: int, steps_percent: Sequence[int], first_month: date) -> list[tuple[date, int]]:
    """A new team member's targets: *full* × each step's percent, a month a step, rounded half up.

    ``ramp_in(200, (50, 75, 100), date(2026, 12, 15))`` gives December 100, January 150 and
    February 200 (the month they start in is pro rata on top of that, see ``core.pace``).
    """
    start = month_start(first_month)
    return [(add_months(start, i), (full * pct + 50) // 100) for i, pct in enumerate(steps_percent)]


# Coaching -------------------------------------------------------------------------------------
