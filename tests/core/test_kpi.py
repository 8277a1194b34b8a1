"""The pure KPI maths: ratios, averages, growth, team targets, ramps and coaching gaps."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kpidesk.core.kpi import (
    Ramp,
    growth,
    mean,
    median,
    progress,
    ramp_months,
    ratio,
    team_target,
    weighted_cents,
)


def test_null_cases() -> None:
    assert ratio(3, 0) is None
    assert mean([]) is None
    assert median([]) is None
    assert growth(100, 0) is None
    assert progress(5, None) is None
    assert progress(5, 0) is None


def test_values() -> None:
    assert ratio(1, 4) == 0.25
    assert mean([1, 2, 6]) == 3
    assert median([5, 1, 3, 10]) == 4.0
    assert growth(150, 100) == 0.5
    assert growth(50, 100) == -0.5
    assert weighted_cents(1001, 50) == 501  # 500.5 rounds half up


def test_team_target_is_own_or_sum() -> None:
    assert team_target(None, []) is None
    assert team_target(None, [3, 4]) == 7
    assert team_target(10, [3, 4]) == 10
    assert team_target(0, [3, 4]) == 0


def test_ramp_example_from_the_method() -> None:
    ramp = Ramp(start=20, step_percent=10, every_months=3, cap=40)
    values = [v for _m, v in ramp_months(ramp, date(2026, 1, 15), 30)]
    assert values[:3] == [20, 20, 20]
    assert values[3:6] == [22, 22, 22]
    assert values[6] == 24  # 20 × 1.1² = 24.2
    assert max(values) == 40 and values[-1] == 40
    assert ramp_months(ramp, date(2026, 1, 15), 2)[1][0] == date(2026, 2, 1)


@given(st.integers(0, 500), st.floats(0, 50), st.integers(1, 12), st.integers(1, 36))
def test_ramps_never_go_down(start: int, step: float, every: int, months: int) -> None:
    values = [v for _m, v in ramp_months(Ramp(start, step, every, None), date(2026, 1, 1), months)]
    assert values == sorted(values)
    assert values[0] == start
