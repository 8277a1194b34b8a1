"""Activity type matching on import and the maths of points goals."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.core.periods import Period
from kpidesk.core.points import (
    DEFAULT_ALIASES,
    TypeName,
    exact_goal,
    expected_by,
    goal_for,
    match_activity_type,
    progress,
    round_points,
    week_of,
    working_days,
)

DEFAULTS = [
    TypeName(1, "Intakegesprek", "Intake meeting"),
    TypeName(2, "Presentatie", "Presentation"),
    TypeName(3, "Offerte verstuurd", "Proposal sent"),
    TypeName(4, "Telefoongesprek", "Phone call"),
    TypeName(5, "Voicemail", "Voicemail"),
    TypeName(6, "E-mail", "E-mail"),
    TypeName(7, "LinkedIn-bericht", "LinkedIn message"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Intakegesprek", 1), ("intake meeting", 1), ("INTAKE", 1),
        ("Presentatie", 2), ("presentation", 2), ("Demo", 2),
        ("Offerte verstuurd", 3), ("proposal sent", 3),
        ("Telefoongesprek", 4), ("Phone call", 4), ("call", 4), ("Gebeld", 4),
        ("voicemail", 5),
        ("E-mail", 6), ("email", 6), ("Mail", 6), ("e mail", 6),
        ("LinkedIn-bericht", 7), ("linkedin message", 7), ("LinkedIn", 7),
        ("Lunch", None), ("", None), ("Calls", None),
    ],
)  # fmt: skip
def test_import_names_match_dutch_and_english_ignoring_case(
    name: str, expected: int | None
) -> None:
    assert match_activity_type(name, DEFAULTS) == expected


def test_aliases_follow_a_reordered_or_renamed_type() -> None:
    types = [TypeName(40, "Bellen", "Phone call"), TypeName(41, "Beurs", "Trade fair")]
    assert match_activity_type("Gebeld", types) == 40
    assert match_activity_type("beurs", types) == 41
    assert match_activity_type("Demo", types) is None  # no presentation type here


@given(
    st.sampled_from([n for group in DEFAULT_ALIASES.values() for n in group]),
    st.lists(st.booleans(), min_size=30, max_size=30),
)
def test_any_casing_of_an_alias_matches(name: str, upper: list[bool]) -> None:
    mixed = "".join(c.upper() if u else c.lower() for c, u in zip(name, upper, strict=False))
    assert match_activity_type(mixed, DEFAULTS) == match_activity_type(name, DEFAULTS) is not None


def test_working_days() -> None:
    assert working_days(date(2026, 11, 2), date(2026, 11, 8)) == 5  # Mon..Sun
    assert working_days(date(2026, 11, 7), date(2026, 11, 8)) == 0  # a weekend
    assert working_days(date(2026, 11, 1), date(2026, 11, 30)) == 21
    assert working_days(date(2026, 11, 9), date(2026, 11, 1)) == 0


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    st.integers(min_value=0, max_value=60),
)
def test_working_days_matches_counting(start: date, length: int) -> None:
    end = start + timedelta(days=length)
    counted = sum(1 for i in range(length + 1) if (start + timedelta(days=i)).weekday() < 5)
    assert working_days(start, end) == counted


def test_weekly_goal_is_pro_rata_by_working_days() -> None:
    goals = {date(2026, 11, 1): 210}  # November 2026: 21 working days → 10 points a day
    week = week_of(date(2026, 11, 11))
    assert (week.start, week.end) == (date(2026, 11, 9), date(2026, 11, 15))
    assert goal_for(week.start, week.end, goals.get) == 50
    assert goal_for(date(2026, 11, 1), date(2026, 11, 30), goals.get) == 210


def test_a_week_across_two_months_takes_a_share_of_each() -> None:
    # Mon 26 Oct .. Sun 1 Nov 2026: all five working days fall in October (22 working days).
    goals = {date(2026, 10, 1): 220, date(2026, 11, 1): 210}  # Oct: 22 working days
    week = week_of(date(2026, 10, 29))
    assert goal_for(week.start, week.end, goals.get) == 50
    # Mon 30 Nov .. Sun 6 Dec: 1 day of November, 4 of December (23 working days, goal 230).
    goals[date(2026, 12, 1)] = 230
    week = week_of(date(2026, 12, 2))
    assert exact_goal(week.start, week.end, goals.get) == Fraction(10) + Fraction(230 * 4, 23)
    assert goal_for(week.start, week.end, goals.get) == 50


@given(
    st.integers(min_value=2000, max_value=2100),
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=0, max_value=100_000),
)
def test_the_weeks_of_a_month_add_up_to_its_goal(year: int, month: int, goal: int) -> None:
    period = Period.month(year, month)
    goals = {period.start: goal}
    total = Fraction(0)
    day = period.start
    while day <= period.end:
        week = week_of(day)
        total += exact_goal(max(week.start, period.start), min(week.end, period.end), goals.get)
        day = week.end + timedelta(days=1)
    assert total == goal


def test_rounding_and_progress() -> None:
    assert round_points(Fraction(3, 2)) == 2 and round_points(Fraction(5, 2)) == 3
    assert round_points(Fraction(149, 100)) == 1
    assert progress(30, 60) == 0.5 and progress(90, 60) == 1.5
    assert progress(5, 0) is None and progress(5, None) is None


def test_expected_pace() -> None:
    start, end = date(2026, 11, 9), date(2026, 11, 15)
    assert expected_by(start, end, date(2026, 11, 8), 50) == 0
    assert expected_by(start, end, date(2026, 11, 10), 50) == 20  # Mon + Tue of 5 days
    assert expected_by(start, end, date(2026, 11, 14), 50) == 50
