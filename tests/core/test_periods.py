from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.core.periods import (
    Period,
    PeriodError,
    PeriodKind,
    add_months,
    last_months,
    parse_period,
    week_start,
)


def test_parse_month_quarter_year() -> None:
    assert parse_period("2026-10") == Period(
        date(2026, 10, 1), date(2026, 10, 31), PeriodKind.MONTH
    )
    assert parse_period("2026-Q3") == Period(
        date(2026, 7, 1), date(2026, 9, 30), PeriodKind.QUARTER
    )
    assert parse_period("2024") == Period(date(2024, 1, 1), date(2024, 12, 31), PeriodKind.YEAR)
    assert parse_period("2024-02").end == date(2024, 2, 29)


@pytest.mark.parametrize("text", ["2026-13", "2026-Q5", "26-10", "oktober", ""])
def test_parse_rejects_nonsense(text: str) -> None:
    with pytest.raises(PeriodError):
        parse_period(text)


def test_previous_and_next() -> None:
    q3 = parse_period("2026-Q3")
    assert q3.previous() == parse_period("2026-Q2")
    assert q3.next() == parse_period("2026-Q4")
    assert parse_period("2026-01").previous() == parse_period("2025-12")
    custom = Period(date(2026, 3, 10), date(2026, 3, 19))
    assert custom.previous() == Period(date(2026, 2, 28), date(2026, 3, 9))


def test_months_clip_to_period() -> None:
    months = list(Period(date(2026, 1, 15), date(2026, 3, 10)).months())
    assert [m.start for m in months] == [date(2026, 1, 15), date(2026, 2, 1), date(2026, 3, 1)]
    assert months[1].kind is PeriodKind.MONTH and months[0].kind is PeriodKind.CUSTOM


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)),
    st.sampled_from([PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR]),
)
def test_periods_tile_without_gaps(day: date, kind: PeriodKind) -> None:
    period = Period.containing(day, kind)
    assert period.contains(day)
    assert period.next().start == period.end + timedelta(days=1)
    assert period.previous().end == period.start - timedelta(days=1)
    assert sum(m.days for m in period.months()) == period.days
    assert parse_period(period.label()) == period


def test_add_months_clamps() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 15), -3) == date(2025, 12, 15)


def test_last_months_and_weeks() -> None:
    months = last_months(date(2026, 2, 14), 3)
    assert [m.label() for m in months] == ["2025-12", "2026-01", "2026-02"]
    assert week_start(date(2026, 11, 26)) == date(2026, 11, 23)
