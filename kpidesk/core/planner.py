"""Working back from a revenue target: the funnel it needs, and ramps that reach it (stdlib only).

**Working back.**  With the team's own rates — the average won deal, the share of qualified
leads that reach the intake, of intakes that reach the proposal, of proposals that are won, and
the activity points spent per won deal — a revenue target needs

    won deals   = ⌈revenue ÷ average won deal⌉
    proposals   = ⌈won deals ÷ proposal → won⌉
    intakes     = ⌈proposals ÷ intake → proposal⌉
    leads       = ⌈intakes ÷ qualified lead → intake⌉
    points      = ⌈won deals × points per won deal⌉

Every step rounds up to whole units, so multiplying back (leads × each rate × average won deal)
gives at least the revenue target.  The rates are fractions of counts, so nothing is lost to
floating point on the way.

**Ramps.**  A rep's monthly targets start from their own monthly level of last quarter and rise
step by step: each month at most ``step_percent`` above the month before (and at least one
unit, so that a small figure can rise at all), never below that level, and no higher than
needed.  The level is the lowest that makes the month targets — counted pro rata for the days
the rep is in the team, as every target is read (:mod:`kpidesk.core.pace`) — add up to the rep's
share.  When even the steepest allowed ramp falls short, the ramp says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import ceil

DEFAULT_STEP_PERCENT = 15


@dataclass(frozen=True)
class Rate:
    """A share counted from history: *passed* of *total*."""

    passed: int
    total: int

    @property
    def value(self) -> Fraction | None:
        """passed ÷ total, or None without history (or when nothing passed)."""
        if self.total <= 0 or self.passed <= 0:
            return None
        return Fraction(self.passed, self.total)


@dataclass(frozen=True)
class Rates:
    """The team's own rates the planner works back through."""

    won_deals: int  # won deals behind the average and the points per won deal
    won_cents: int  # their value together
    lead_to_intake: Rate
    intake_to_proposal: Rate
    proposal_to_won: Rate
    activity_points: int  # done activity points in the same window

    @property
    def avg_won_cents(self) -> Fraction | None:
        return (
            Fraction(self.won_cents, self.won_deals) if self.won_deals and self.won_cents else None
        )

    @property
    def points_per_won(self) -> Fraction | None:
        return Fraction(self.activity_points, self.won_deals) if self.won_deals else None

    def missing(self) -> list[str]:
        """The names of the rates without history ('average', 'lead_to_intake', …)."""
        names = []
        if self.avg_won_cents is None:
            names.append("average")
        for name in ("lead_to_intake", "intake_to_proposal", "proposal_to_won"):
            if getattr(self, name).value is None:
                names.append(name)
        return names


@dataclass(frozen=True)
class Needed:
    """What a revenue target needs, in whole units."""

    revenue_cents: int
    won_deals: int
    proposals: int
    intakes: int
    qualified_leads: int
    activity_points: int


class NotEnoughHistory(ValueError):
    """A rate is missing: there is nothing to work back through."""


def _up(value: Fraction) -> int:
    return ceil(value)


def work_back(revenue_cents: int, rates: Rates) -> Needed:
    """The qualified leads, intakes, proposals, won deals and points *revenue_cents* needs."""
    if revenue_cents < 0:
        raise ValueError("a revenue target cannot be negative")
    avg = rates.avg_won_cents
    l2i, i2p, p2w = (
        rates.lead_to_intake.value,
        rates.intake_to_proposal.value,
        rates.proposal_to_won.value,
    )
    per_won = rates.points_per_won
    if avg is None or l2i is None or i2p is None or p2w is None or per_won is None:
        raise NotEnoughHistory(", ".join(rates.missing()))
    won = _up(revenue_cents / avg)
    proposals = _up(won / p2w)
    intakes = _up(proposals / i2p)
    leads = _up(intakes / l2i)
    return Needed(revenue_cents, won, proposals, intakes, leads, _up(won * per_won))


def revenue_from_leads(leads: int, rates: Rates) -> Fraction:
    """Multiplying back: the revenue *leads* qualified leads bring at the rates (exact)."""
    avg = rates.avg_won_cents
    l2i, i2p, p2w = (
        rates.lead_to_intake.value,
        rates.intake_to_proposal.value,
        rates.proposal_to_won.value,
    )
    if avg is None or l2i is None or i2p is None or p2w is None:
        raise NotEnoughHistory(", ".join(rates.missing()))
    return leads * l2i * i2p * p2w * avg


# -- sharing over reps ----------------------------------------------------------------------


def share_weights(
    actuals: Mapping[int, int], presence: Mapping[int, Fraction]
) -> dict[int, Fraction]:
    """Each rep's weight: last quarter's actual × the share of the period they are in the team.

    A rep without actuals (new, or away last quarter) weighs as the average rep with actuals;
    when nobody has actuals, everyone weighs the same.
    """
    known = [v for v in actuals.values() if v > 0]
    average = Fraction(sum(known), len(known)) if known else Fraction(1)
    return {
        rep: (Fraction(actuals.get(rep, 0)) or average) * share
        for rep, share in presence.items()
        if share > 0
    }


def split(total: int, weights: Mapping[int, Fraction]) -> dict[int, int]:
    """*total* in whole units over the weights, largest remainder first: sums to *total*."""
    whole = sum(weights.values(), Fraction(0))
    if not weights:
        return {}
    if whole <= 0:
        weights = {rep: Fraction(1) for rep in weights}
        whole = Fraction(len(weights))
    exact = {rep: total * w / whole for rep, w in weights.items()}
    result = {rep: int(value) for rep, value in exact.items()}
    left = total - sum(result.values())
    order = sorted(exact, key=lambda rep: (-(exact[rep] - result[rep]), rep))
    for rep in order[:left]:
        result[rep] += 1
    return result


# -- ramps ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthPresence:
    """A month of the plan for one rep: working days they are in the team, of the month's."""

    present: int
    working: int

    def effective(self, value: int) -> int:
        """A stored month target as it counts, pro rata by working days (rounded half up)."""
        if self.present >= self.working or self.working <= 0:
            return value if self.present > 0 or self.working <= 0 else 0
        return (2 * value * self.present + self.working) // (2 * self.working)


@dataclass(frozen=True)
class RampPlan:
    """One rep's month targets for one figure, and whether they reach the need."""

    base: int  # the monthly level of last quarter (rounded up)
    need: int  # what the months must add up to, pro rata
    values: tuple[int | None, ...]  # None: not in the team that month
    reachable: bool
    counted: int = 0  # the values as they count, pro rata by presence

    @property
    def total(self) -> int:
        return sum(v for v in self.values if v is not None)


def step_up(value: int, step_percent: int) -> int:
    """The most a month target may be after *value*: +step %, and at least one more."""
    raised = (2 * value * (100 + step_percent) + 100) // 200
    return max(value + 1, raised)


def ramp_to(
    base: int,
    need: int,
    months: Sequence[MonthPresence],
    step_percent: int = DEFAULT_STEP_PERCENT,
) -> RampPlan:
    """Month targets from *base* up, at most *step_percent* a month, that add up to *need*.

    *base* is the rep's level of last quarter per month; a target is never below it.  A rep
    without a level (0) has nothing to ramp from and gets the even level from the first month.
    """
    if base < 0 or need < 0 or step_percent < 0:
        raise ValueError("a ramp starts from zero or more")
    if not any(m.present for m in months):
        return RampPlan(base, need, tuple(None for _ in months), need == 0, 0)
    caps: list[int | None] = []
    cap = base
    for _month in months:
        if base > 0:
            cap = step_up(cap, step_percent)
            caps.append(cap)
        else:
            caps.append(None)

    def values(level: int) -> list[int | None]:
        out: list[int | None] = []
        for month, limit in zip(months, caps, strict=True):
            if not month.present:
                out.append(None)
                continue
            value = level if limit is None else min(level, limit)
            out.append(max(base, value))
        return out

    def counted(level: int) -> int:
        return sum(
            m.effective(v) for m, v in zip(months, values(level), strict=True) if v is not None
        )

    highest = max((c for c in caps if c is not None), default=None)
    # Nothing to ramp from: an even level high enough even for pro-rata months.
    top = need * max(m.working for m in months) + 1 if highest is None else highest
    if counted(top) < need:
        return RampPlan(base, need, tuple(values(top)), False, counted(top))
    low, high = base, top
    while low < high:
        middle = (low + high) // 2
        if counted(middle) >= need:
            high = middle
        else:
            low = middle + 1
    return RampPlan(base, need, tuple(values(low)), True, counted(low))
