"""The forecast's arithmetic, small and explained: chances from the team's own history, and a
range from simulation.

**Chance of winning from history.**  For a deal that has been *a* days in stage *S*, look at the
team's closed deals that were once in *S* for at least as long as the age band *a* falls in
(0–14, 15–30, 31–60, 61+ days): the share of them that was won is the chance.  A deal that has
sat in a stage for long is then less likely to be won than a fresh one, as the team's history
shows.  With fewer than :data:`MIN_HISTORY` such deals the stage's own probability is used, and
the forecast says so.

**Days to close.**  The middle (median) number of days from entering *S* to the close, over the
team's won deals that were in *S*.

**The range.**  Each open deal is won or not with its chance, independently, in
:data:`DRAWS` simulated futures (a fixed seed, so the same data gives the same range); the
forecast's range is the 10th to the 90th percentile of the simulated won value: in eight of ten
simulated futures the value lies between the two.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

AGE_BANDS = (0, 15, 31, 61)  # lower bounds of the bands, in whole days in the stage
MIN_HISTORY = 10
DRAWS = 4000
SEED = 20261206


def band_of(age_days: int) -> int:
    """The index of the age band *age_days* falls in."""
    return max(0, bisect_right(AGE_BANDS, max(0, age_days)) - 1)


@dataclass(frozen=True)
class Stay:
    """A closed deal's time in one open stage, and whether the deal was won in the end."""

    stage_id: int
    days: int
    won: bool


@dataclass(frozen=True)
class Chance:
    won: int
    deals: int

    @property
    def rate(self) -> float | None:
        return self.won / self.deals if self.deals else None


class ChanceTable:
    """Won share per (stage, age band) over closed deals that stayed at least that long."""

    def __init__(self, counts: dict[tuple[int, int], Chance]) -> None:
        self._counts = counts

    @classmethod
    def from_stays(cls, stays: Iterable[Stay]) -> ChanceTable:
        counts: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
        for stay in stays:
            for band, low in enumerate(AGE_BANDS):
                if stay.days >= low:
                    cell = counts[stay.stage_id, band]
                    cell[0] += 1 if stay.won else 0
                    cell[1] += 1
        return cls({key: Chance(won, n) for key, (won, n) in counts.items()})

    def chance(self, stage_id: int, age_days: int) -> Chance:
        return self._counts.get((stage_id, band_of(age_days)), Chance(0, 0))

    def probability(self, stage_id: int, age_days: int, fallback: float) -> tuple[float, bool]:
        """The history's chance, or *fallback* (and False) when the history is too thin."""
        chance = self.chance(stage_id, age_days)
        if chance.deals >= MIN_HISTORY and chance.rate is not None:
            return chance.rate, True
        return fallback, False


@dataclass(frozen=True)
class Range:
    low: int  # P10, cents
    middle: int  # P50
    high: int  # P90


def simulate(groups: Sequence[Sequence[tuple[int, float]]], seed: int = SEED) -> list[Range]:
    """The P10/P50/P90 of the won value of each group of (value in cents, chance) deals."""
    rng = np.random.default_rng(seed)
    result = []
    for deals in groups:
        if not deals:
            result.append(Range(0, 0, 0))
            continue
        values = np.array([v for v, _p in deals], dtype=np.float64)
        chances = np.array([p for _v, p in deals], dtype=np.float64)
        won = rng.random((DRAWS, len(deals))) < chances
        totals = won.astype(np.float64) @ values
        low, middle, high = np.percentile(totals, [10, 50, 90])
        result.append(Range(round(low), round(middle), round(high)))
    return result


def median_days(values: Sequence[int]) -> int | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) // 2
