"""The demo's days: working days, Dutch holidays, season and growth, and save moments."""

from __future__ import annotations

import bisect
import random
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate

from kpidesk.services.demo.sizes import WARM_UP


class Calendar:
    """Days as indices 0…last (today), with working days, season and growth weights.

    Day 0 lies WARM_UP days before the history starts (at ``origin``): deals that were running
    when the team started logging begin there, so that the first months are not empty.
    """

    def __init__(self, start: date, today: date) -> None:
        begin = start - timedelta(days=WARM_UP)
        self.start, self.today, self.origin = start, today, WARM_UP
        self.last = (today - begin).days
        self.days = [begin + timedelta(days=i) for i in range(self.last + 1)]
        holidays = _holidays(range(begin.year, today.year + 1))
        season = [_season(d, holidays) for d in self.days]
        self.open = [i for i, s in enumerate(season) if s > 0]
        self.logged = [i for i in self.open if i >= self.origin]
        # The team grows: volume rises from 80% to 120% of the average over the history.
        span = max(self.last - self.origin, 1)
        self.weight = [
            0.0 if i < self.origin else s * (0.8 + 0.4 * (i - self.origin) / span)
            for i, s in enumerate(season)
        ]
        self.cum = list(accumulate(self.weight))
        self.month = [(d.year - start.year) * 12 + d.month - start.month for d in self.days]
        self.summer = [d.month in (7, 8) for d in self.days]
        # When a row of that day was saved: late afternoon; today's rows at midnight UTC, so that
        # nothing lies in the future and the same day always gives the same database.
        self.stamps = [datetime.combine(d, time(16, 30), UTC) for d in self.days]
        self.stamps[-1] = datetime.combine(today, time(0, 0), UTC)

    def moment(self, rng: random.Random, day: int) -> datetime:
        """A stage move during office hours (UTC), or today's midnight stamp."""
        at = time(rng.randint(7, 15), rng.choice((0, 15, 30, 45)))
        return self.stamps[day] if day == self.last else datetime.combine(self.days[day], at, UTC)

    def next_open(self, day: int) -> int:
        """The first working day on or after *day*; any day after today when there is none."""
        k = bisect.bisect_left(self.open, day)
        return self.open[k] if k < len(self.open) else max(day, self.last + 1)

    def pick(self, rng: random.Random, lo: int, hi: int) -> int | None:
        """A random working day in lo…hi, or None when there is none."""
        a, b = bisect.bisect_left(self.open, lo), bisect.bisect_right(self.open, hi)
        return self.open[rng.randrange(a, b)] if a < b else None

    def sample(self, rng: random.Random, n: int) -> list[int]:
        """*n* sorted days of the history, drawn by season and growth."""
        return sorted(rng.choices(range(self.last + 1), cum_weights=self.cum, k=n))

    def future(self, days: int) -> date:
        """A weekday at least *days* (and at least one day) after today."""
        day = self.today + timedelta(days=max(days, 1))
        return day + timedelta(days=7 - day.weekday()) if day.weekday() >= 5 else day


def _easter(year: int) -> date:
    """Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    h = (19 * a + b - d - (8 * b + 13) // 25 + 15) % 30
    i, k = divmod(c, 4)
    j = (32 + 2 * e + 2 * i - h - k) % 7
    month, day = divmod(h + j - 7 * ((a + 11 * h + 22 * j) // 451) + 114, 31)
    return date(year, month, day + 1)


def _holidays(years: Iterable[int]) -> set[date]:
    """Dutch public holidays, on which nobody sells."""
    result: set[date] = set()
    for year in years:
        easter, kings = _easter(year), date(year, 4, 27)
        result |= {
            date(year, 1, 1),
            date(year, 12, 25),
            date(year, 12, 26),
            easter + timedelta(days=1),
            easter + timedelta(days=39),
            easter + timedelta(days=50),
            kings - timedelta(days=1) if kings.weekday() == 6 else kings,
        }
    return result


def _season(day: date, holidays: set[date]) -> float:
    """How busy a day is: 0 on weekends and holidays, quiet in the summer and around Christmas."""
    if day.weekday() >= 5 or day in holidays:
        return 0.0
    factor = 0.85 if day.weekday() == 4 else 1.0
    if day.month == 12 and day.day >= 24:
        return 0.25 * factor
    if day.month == 7 or (day.month == 8 and day.day <= 20):
        return (0.7 if day.month == 7 else 0.55) * factor
    return factor
