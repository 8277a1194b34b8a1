"""The maths of the ongoing customer relationship (KPI 5): pure functions over plain dates.

The definitions follow the KPI issue exactly:

* a customer is *active at* a day when its customer-since date is on or before that day and it
  has not churned on or before that day;
* *retention* over ``start``…``end``: of the customers active on ``start`` (customer since
  before ``start``, not churned on or before ``start``), the share still active at ``end``;
* *average relationship days*: the mean of (``end`` − customer since) over the customers active
  at ``end``.

Services hand these functions small ``(customer since, churned on, count)`` groups that the
database aggregated with GROUP BY, so a large customer base never reaches Python row by row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kpidesk.core.periods import add_months

# (customer since, churned on or None, number of customers with exactly these dates)
Group = tuple[date, date | None, int]

STATUS_ACTIVE = "active"
STATUS_AT_RISK = "at_risk"
STATUS_CHURNED = "churned"


@dataclass(frozen=True)
class Length:
    """A relationship length in whole years and months."""

    years: int
    months: int

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months


def months_between(start: date, end: date) -> int:
    """Whole calendar months from *start* to *end* (0 when *end* is not later)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(months, 0)


def relationship_length(since: date, churned: date | None, today: date) -> Length:
    """How long a relationship lasted: until it churned, or until *today*."""
    end = churned if churned is not None and churned < today else today
    years, months = divmod(months_between(since, end), 12)
    return Length(years, months)


def is_active(since: date, churned: date | None, day: date) -> bool:
    """Customer since on or before *day*, and not churned on or before *day*."""
    return since <= day and (churned is None or churned > day)


def active_count(groups: Iterable[Group], day: date) -> int:
    return sum(n for since, churned, n in groups if is_active(since, churned, day))


RETENTION_MONTHS = 12


def retention_start(end: date) -> date:
    """The first day of the one retention window KPIDesk shows: the 12 months up to *end*.

    Tiles, the Customers view, the workbook and ``kpis`` all measure retention over this window,
    so that one name ("Retention, 12 months") always carries one figure.
    """
    return add_months(end, -RETENTION_MONTHS) + timedelta(days=1)


def retention_rate(groups: Iterable[Group], start: date, end: date) -> float | None:
    """The share of the customers active on *start* that are still active at *end*."""
    base = retained = 0
    for since, churned, n in groups:
        if since < start and (churned is None or churned > start):
            base += n
            if churned is None or churned > end:
                retained += n
    return retained / base if base else None


def avg_relationship_days(groups: Iterable[Group], day: date) -> float | None:
    """The mean of (*day* − customer since) over the customers active at *day*."""
    total_days = count = 0
    for since, churned, n in groups:
        if is_active(since, churned, day):
            total_days += (day - since).days * n
            count += n
    return total_days / count if count else None


def new_count(groups: Iterable[Group], start: date, end: date) -> int:
    """Customers whose customer-since date falls in *start*…*end*."""
    return sum(n for since, _churned, n in groups if start <= since <= end)


@dataclass(frozen=True)
class Cohort:
    """The customers who started in one year, and how many of them stayed."""

    year: int
    customers: int
    active_now: int
    # Share still active n years after their start, for n = 1, 2, 3…; None while no customer
    # of the cohort has reached that anniversary yet.
    after_years: tuple[float | None, ...]

    @property
    def share_active(self) -> float | None:
        return self.active_now / self.customers if self.customers else None


def anniversary(since: date, years: int) -> date:
    """The same day *years* later (29 February falls back to 28 February)."""
    try:
        return since.replace(year=since.year + years)
    except ValueError:
        return since.replace(year=since.year + years, day=28)


def cohorts(groups: Sequence[Group], today: date, horizons: int = 3) -> list[Cohort]:
    """One row per starting year (oldest first): size, active today, share after 1…n years."""
    by_year: dict[int, list[Group]] = {}
    for group in groups:
        if group[0] <= today:
            by_year.setdefault(group[0].year, []).append(group)
    result = []
    for year in sorted(by_year):
        members = by_year[year]
        shares: list[float | None] = []
        for n in range(1, horizons + 1):
            reached = stayed = 0
            for since, churned, count in members:
                mark = anniversary(since, n)
                if mark <= today:
                    reached += count
                    if is_active(since, churned, mark):
                        stayed += count
            shares.append(stayed / reached if reached else None)
        result.append(
            Cohort(
                year,
                sum(g[2] for g in members),
                active_count(members, today),
                tuple(shares),
            )
        )
    return result
