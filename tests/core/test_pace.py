"""Fair comparisons, pace and pro-rata targets: hand-computed from the 2026 calendar.

Calendar facts used below (Monday to Friday are working days):
- December 2026 starts on a Tuesday and has 23 working days; November 2026 starts on a Sunday
  and has 21; October 2026 has 22; July 2026 has 23 and August 2026 21 (Q3: 44 by August's end).
- November 2025 starts on a Saturday and has 20 working days; October 2025 (from a Wednesday)
  has 23; December 2025 (from a Monday) has 23.
- 2026 and 2025 have 261 working days each.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from kpidesk.core.formatting import format_day_range
from kpidesk.core.pace import (
    compare_with_previous,
    is_running,
    nth_working_day,
    on_pace,
    pace_goal,
    span_goal,
)
from kpidesk.core.periods import Period


def _goals(values: dict[date, int]) -> Callable[[date], int | None]:
    return values.get


def test_the_5th_of_december_against_the_same_working_days_of_november() -> None:
    # Sat 5 Dec 2026: Tue 1 – Fri 4 are 4 working days; November's 4th is Thu 5 Nov
    # (Sun 1, then Mon 2, Tue 3, Wed 4, Thu 5).
    c = compare_with_previous(Period.month(2026, 12), date(2026, 12, 5))
    assert c.running and c.working_days == 4
    assert (c.current.start, c.current.end) == (date(2026, 12, 1), date(2026, 12, 5))
    assert (c.previous.start, c.previous.end) == (date(2026, 11, 1), date(2026, 11, 5))


def test_the_first_of_the_month() -> None:
    # Tue 1 Dec 2026: one working day; November's first working day is Mon 2 Nov.
    c = compare_with_previous(Period.month(2026, 12), date(2026, 12, 1))
    assert c.working_days == 1 and c.previous == Period(date(2026, 11, 1), date(2026, 11, 2))


def test_a_month_starting_on_a_weekend() -> None:
    # Mon 10 Nov 2025: Sat 1, Sun 2, then Mon 3 – Fri 7 and Mon 10: 6 working days.
    # October 2025 starts on a Wednesday: 1, 2, 3, 6, 7, 8 → up to Wed 8 Oct.
    c = compare_with_previous(Period.month(2025, 11), date(2025, 11, 10))
    assert c.working_days == 6 and c.previous == Period(date(2025, 10, 1), date(2025, 10, 8))
    # On the weekend that opens the month no working day has passed: as many calendar days.
    c = compare_with_previous(Period.month(2025, 11), date(2025, 11, 2))
    assert c.running and c.working_days == 0
    assert c.previous == Period(date(2025, 10, 1), date(2025, 10, 2))


def test_a_month_of_23_working_days_after_one_of_20() -> None:
    # Tue 30 Dec 2025 is December's 22nd working day; November 2025 has only 20: all of it.
    c = compare_with_previous(Period.month(2025, 12), date(2025, 12, 30))
    assert c.running and c.working_days == 22
    assert c.previous == Period(date(2025, 11, 1), date(2025, 11, 30))
    # Fri 19 Dec 2025 is the 15th working day; November's 15th is Fri 21 Nov (3–7, 10–14,
    # 17–21).
    c = compare_with_previous(Period.month(2025, 12), date(2025, 12, 19))
    assert c.working_days == 15 and c.previous.end == date(2025, 11, 21)


def test_a_finished_period_compares_whole_with_whole() -> None:
    dec = Period.month(2026, 12)
    c = compare_with_previous(dec, date(2027, 1, 4))
    assert not c.running and c.current == dec and c.previous == Period.month(2026, 11)
    # On or after the last working day (Thu 31 Dec 2026) there is nothing left to catch up.
    assert not compare_with_previous(dec, date(2026, 12, 31)).running
    # Fri 30 Oct 2026 is October's last working day: the weekend after it changes nothing.
    assert not is_running(Period.month(2026, 10), date(2026, 10, 30))
    assert is_running(Period.month(2026, 10), date(2026, 10, 29))
    # A period still to come is whole against whole too.
    assert not compare_with_previous(dec, date(2026, 11, 20)).running


def test_quarter_and_year() -> None:
    # Q4 2026 on 5 Dec: October 22 + November 21 + 4 = 47 working days; Q3 from Wed 1 Jul:
    # July 23 + August 21 = 44, so the 47th is September's 3rd: Thu 3 Sep.
    c = compare_with_previous(Period.quarter(2026, 4), date(2026, 12, 5))
    assert c.working_days == 47 and c.previous == Period(date(2026, 7, 1), date(2026, 9, 3))
    # 2026 on 5 Dec: 261 − 19 (Mon 7 – Thu 31 Dec) = 242 working days.  2025 also has 261, and
    # 8 – 31 Dec 2025 hold 18 of them, so its 242nd is Thu 4 Dec 2025 (Fri 5 Dec is the 243rd).
    c = compare_with_previous(Period.year(2026), date(2026, 12, 5))
    assert c.working_days == 242 and c.previous == Period(date(2025, 1, 1), date(2025, 12, 4))


def test_nth_working_day() -> None:
    assert nth_working_day(date(2026, 11, 1), 1) == date(2026, 11, 2)  # from a Sunday
    assert nth_working_day(date(2026, 12, 4), 2) == date(2026, 12, 7)  # over a weekend


def test_pace_is_the_goal_of_the_days_so_far() -> None:
    goals = _goals({date(2026, 10, 1): 210, date(2026, 11, 1): 210, date(2026, 12, 1): 230})
    dec = Period.month(2026, 12)
    assert pace_goal(dec, date(2026, 12, 5), goals) == 40  # 230 × 4 / 23
    assert pace_goal(dec, date(2026, 11, 30), goals) == 0  # not begun
    assert pace_goal(dec, date(2027, 1, 2), goals) == 230  # over: the whole target
    # A quarter: October and November whole, then December's 4 of 23 days.
    assert pace_goal(Period.quarter(2026, 4), date(2026, 12, 5), goals) == 210 + 210 + 40
    assert on_pace(40, 40) and not on_pace(39, 40) and on_pace(1, None) is None
    assert on_pace(10.0, 12, lower_is_better=True)


def test_a_rep_who_starts_on_the_15th_has_about_half_a_month() -> None:
    goals = _goals({date(2026, 12, 1): 230})
    # Starts Tue 15 Dec 2026: 15–18 (4), 21–25 (5), 28–31 (4) = 13 of 23 working days:
    # 230 × 13 / 23 = 130 points (a full month would be 230).
    assert span_goal(date(2026, 12, 1), date(2026, 12, 31), goals, date(2026, 12, 15)) == 130
    # By Thu 17 Dec the pace counts only 15–17: 230 × 3 / 23 = 30.
    dec = Period.month(2026, 12)
    assert pace_goal(dec, date(2026, 12, 17), goals, date(2026, 12, 15)) == 30
    assert pace_goal(dec, date(2026, 12, 11), goals, date(2026, 12, 15)) == 0
    # Leaves after Thu 10 Dec: 1–4 (4) and 7–10 (4) = 8 days: 230 × 8 / 23 = 80.
    assert span_goal(dec.start, dec.end, goals, None, date(2026, 12, 10)) == 80
    # Rounded half up: 100 × 13 / 23 = 56.52 → 57.
    assert span_goal(dec.start, dec.end, _goals({dec.start: 100}), date(2026, 12, 15)) == 57
    # Not in the team at all in the span: no goal.
    assert span_goal(dec.start, dec.end, goals, date(2027, 1, 4)) == 0


@pytest.mark.parametrize(
    ("start", "end", "lang", "text"),
    [
        (date(2026, 11, 1), date(2026, 11, 5), "en", "1–5 Nov"),
        (date(2026, 10, 1), date(2026, 10, 8), "nl", "1–8 okt"),
        (date(2026, 7, 1), date(2026, 9, 3), "en", "1 Jul – 3 Sep"),
        (date(2026, 11, 1), date(2026, 11, 1), "nl", "1 nov"),
        (date(2025, 12, 1), date(2026, 1, 2), "en", "1 Dec 2025 – 2 Jan 2026"),
    ],
)
def test_day_ranges(start: date, end: date, lang: str, text: str) -> None:
    assert format_day_range(start, end, lang) == text


def test_day_range_with_year() -> None:
    assert format_day_range(date(2025, 1, 1), date(2025, 12, 4), "nl", with_year=True) == (
        "1 jan – 4 dec 2025"
    )
