"""Working back from a revenue target and ramping to it: fixtures computed by hand."""

from __future__ import annotations

from fractions import Fraction

import pytest

from kpidesk.core.planner import (
    MonthPresence,
    NotEnoughHistory,
    Rate,
    Rates,
    ramp_to,
    revenue_from_leads,
    share_weights,
    split,
    step_up,
    work_back,
)

# 10 won deals worth € 50,000 together (€ 5,000 each); 12 of 20 qualified leads reached the
# intake (60 %), 10 of 20 intakes the proposal (50 %), 10 of 25 proposals were won (40 %);
# 3,000 activity points: 300 per won deal.
RATES = Rates(10, 5_000_000, Rate(12, 20), Rate(10, 20), Rate(10, 25), 3_000)
FULL = MonthPresence(21, 21)


def test_work_back_from_200000_euros() -> None:
    needed = work_back(20_000_000, RATES)
    # 200,000 / 5,000 = 40 won; / 40 % = 100 proposals; / 50 % = 200 intakes;
    # / 60 % = 333.3 → 334 leads; 40 × 300 = 12,000 points.
    assert (needed.won_deals, needed.proposals, needed.intakes) == (40, 100, 200)
    assert (needed.qualified_leads, needed.activity_points) == (334, 12_000)
    # 334 × 0.6 × 0.5 × 0.4 × 5,000 = 200,400 ≥ 200,000.
    assert revenue_from_leads(334, RATES) == Fraction(20_040_000)


def test_every_step_rounds_up_and_the_result_reproduces_the_target() -> None:
    needed = work_back(20_100_000, RATES)
    # 40.2 → 41 won; 102.5 → 103 proposals; 206 intakes; 343.3 → 344 leads.
    assert (needed.won_deals, needed.proposals, needed.intakes) == (41, 103, 206)
    assert needed.qualified_leads == 344
    for cents in (1, 499_999, 20_100_000, 123_456_789):
        assert revenue_from_leads(work_back(cents, RATES).qualified_leads, RATES) >= cents
        assert (work_back(cents, RATES).won_deals - 1) * 500_000 < cents  # whole deals, no more


def test_without_history_there_is_nothing_to_work_back_through() -> None:
    empty = Rates(0, 0, Rate(0, 0), Rate(0, 0), Rate(0, 0), 0)
    assert empty.missing() == ["average", "lead_to_intake", "intake_to_proposal", "proposal_to_won"]
    with pytest.raises(NotEnoughHistory):
        work_back(10_000, empty)


def test_step_up_is_15_percent_and_at_least_one() -> None:
    assert step_up(10, 15) == 12  # 11.5 rounds up
    assert step_up(12, 15) == 14  # 13.8
    assert step_up(14, 15) == 16  # 16.1
    assert step_up(2, 15) == 3  # 2.3: one more at least
    assert step_up(0, 15) == 1


def test_ramp_rises_to_the_lowest_level_that_reaches_the_need() -> None:
    # From 10 a month: at most 12, 14, 16.  36 → 12 each month; 42 → 12, 14, 16.
    assert ramp_to(10, 36, [FULL] * 3).values == (12, 12, 12)
    plan = ramp_to(10, 42, [FULL] * 3)
    assert plan.values == (12, 14, 16) and plan.reachable


def test_ramp_says_when_the_pace_cannot_reach_the_need() -> None:
    plan = ramp_to(10, 50, [FULL] * 3)
    assert plan.values == (12, 14, 16) and not plan.reachable and plan.total == 42


def test_a_rep_already_above_the_need_keeps_last_quarters_level() -> None:
    plan = ramp_to(20, 30, [FULL] * 3)
    assert plan.values == (20, 20, 20) and plan.reachable


def test_a_new_rep_who_starts_mid_month_gets_an_even_level_pro_rata() -> None:
    # 10 of 20 working days in the first month: L/2 + L + L ≥ 30 → 12 (6 + 12 + 12).
    months = [MonthPresence(10, 20), MonthPresence(20, 20), MonthPresence(20, 20)]
    plan = ramp_to(0, 30, months)
    assert plan.values == (12, 12, 12) and plan.reachable
    # Not in the team in the last month: no target there.
    gone = ramp_to(0, 30, [MonthPresence(20, 20), MonthPresence(20, 20), MonthPresence(0, 20)])
    assert gone.values == (15, 15, None)


def test_shares_follow_last_quarter_and_new_reps_weigh_as_the_average() -> None:
    weights = share_weights(
        {1: 30, 2: 10, 3: 0}, {1: Fraction(1), 2: Fraction(1), 3: Fraction(1, 2)}
    )
    # Rep 3 is new: the average of 30 and 10 (20), in the team half the period: 10.
    assert weights == {1: 30, 2: 10, 3: 10}
    assert split(100, weights) == {1: 60, 2: 20, 3: 20}
    assert split(10, {1: Fraction(2), 2: Fraction(1)}) == {1: 7, 2: 3}  # 6.67, 3.33
    assert sum(split(7, {1: Fraction(1), 2: Fraction(1), 3: Fraction(1)}).values()) == 7
