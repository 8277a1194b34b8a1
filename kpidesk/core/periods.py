"""Reporting periods: a month, a quarter, a year or any from–to range (both days inclusive)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum


class PeriodKind(Enum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


class PeriodError(ValueError):
    """A period text that cannot be read."""


@dataclass(frozen=True, order=True)
class Period:
    """A closed range of days ``start`` … ``end``."""

    start: date
    end: date
    kind: PeriodKind = PeriodKind.CUSTOM

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError(f"period ends ({self.end}) before it starts ({self.start})")

    # construction -------------------------------------------------------------------------
    @classmethod
    def month(cls, year: int, month: int) -> Period:
        start = date(year, month, 1)
        return cls(start, add_months(start, 1) - timedelta(days=1), PeriodKind.MONTH)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        start = date(year, 3 * (quarter - 1) + 1, 1)
        return cls(start, add_months(start, 3) - timedelta(days=1), PeriodKind.QUARTER)

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), PeriodKind.YEAR)

    @classmethod
    def containing(cls, day: date, kind: PeriodKind) -> Period:
        if kind is PeriodKind.MONTH:
            return cls.month(day.year, day.month)
        if kind is PeriodKind.QUARTER:
            return cls.quarter(day.year, (day.month - 1) // 3 + 1)
        if kind is PeriodKind.YEAR:
            return cls.year(day.year)
        return cls(day, day)

    # navigation ---------------------------------------------------------------------------
    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period just before this one: the previous month/quarter/year, or same length."""
        if self.kind is PeriodKind.CUSTOM:
            end = self.start - timedelta(days=1)
            return Period(end - timedelta(days=self.days - 1), end)
        return Period.containing(self.start - timedelta(days=1), self.kind)

    def next(self) -> Period:
        if self.kind is PeriodKind.CUSTOM:
            start = self.end + timedelta(days=1)
            return Period(start, start + timedelta(days=self.days - 1))
        return Period.containing(self.end + timedelta(days=1), self.kind)

    def months(self) -> Iterator[Period]:
        """The calendar months this period touches, clipped to the period."""
        cursor = date(self.start.year, self.start.month, 1)
        while cursor <= self.end:
            month = Period.month(cursor.year, cursor.month)
            yield Period(
                max(month.start, self.start),
                min(month.end, self.end),
                PeriodKind.MONTH
                if month.start >= self.start and month.end <= self.end
                else PeriodKind.CUSTOM,
            )
            cursor = add_months(cursor, 1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def label(self) -> str:
        """A short stable label: 2026-10, 2026-Q3, 2026 or 2026-01-05..2026-02-01."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.start:%Y-%m}"
        if self.kind is PeriodKind.QUARTER:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_period(text: str) -> Period:
    """Read '2026-10', '2026-Q3' or '2026' into a period."""
    value = text.strip()
    try:
        if m := _MONTH.match(value):
            return Period.month(int(m[1]), int(m[2]))
        if m := _QUARTER.match(value):
            return Period.quarter(int(m[1]), int(m[2]))
        if m := _YEAR.match(value):
            return Period.year(int(m[1]))
    except ValueError as exc:
        raise PeriodError(str(exc)) from exc
    raise PeriodError(f"not a period: {text!r} (use 2026-10, 2026-Q3 or 2026)")


def add_months(day: date, months: int) -> date:
    """The same day *months* later, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def month_start(day: date) -> date:
    return date(day.year, day.month, 1)


def week_start(day: date) -> date:
    """Monday of the ISO week holding *day*."""
    return day - timedelta(days=day.weekday())


def last_months(end: date, count: int) -> list[Period]:
    """The *count* calendar months ending with the month of *end*, oldest first."""
    first = add_months(month_start(end), -(count - 1))
    return [
        Period.month(add_months(first, i).year, add_months(first, i).month) for i in range(count)
    ]
