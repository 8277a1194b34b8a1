"""Fisher's exact test and the Wilson interval against values worked out by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.core.stats import beyond_chance, fisher_exact, median, percentile, wilson


def test_the_lady_tasting_tea() -> None:
    # Fisher's own example: 3 of 4 cups right.  Tables with the same margins and a top-left of
    # 0..4 have 1, 16, 36, 16, 1 ways in 70; "3 or more" is 17/70, "as unlikely as 3" 34/70.
    assert fisher_exact(3, 1, 1, 3, "greater") == pytest.approx(17 / 70)
    assert fisher_exact(3, 1, 1, 3) == pytest.approx(34 / 70)
    assert fisher_exact(3, 1, 1, 3, "less") == pytest.approx(69 / 70)


def test_a_clear_difference() -> None:
    # [[1, 9], [11, 3]]: margins 10/14 and 12/12 of 24.  P(top-left <= 1) =
    # (C(10,0)C(14,12) + C(10,1)C(14,11)) / C(24,12) = (91 + 3640) / 2704156.
    assert fisher_exact(1, 9, 11, 3, "less") == pytest.approx(3731 / 2704156)
    # The other tail as unlikely: top-left 10 and 9 (C(14,2)=91 and 10·C(14,3)=3640) and 8
    # (45·1001 = 45045 > 3640 is more likely, so not counted).  Both tails: 2·3731/2704156.
    assert fisher_exact(1, 9, 11, 3) == pytest.approx(2 * 3731 / 2704156)


def test_bonferroni_shares_the_level() -> None:
    assert beyond_chance(0.03)
    assert not beyond_chance(0.03, comparisons=6)  # 0.05 / 6 = 0.0083
    assert beyond_chance(0.008, comparisons=6)


def test_wilson_interval_of_5_in_22() -> None:
    low, high = wilson(5, 22) or (0.0, 0.0)
    # p = 0.2273; centre (p + z²/2n)/(1 + z²/n) = 0.3146/1.1746 = 0.2678; half 0.1666.
    assert low == pytest.approx(0.1012, abs=5e-4)
    assert high == pytest.approx(0.4344, abs=5e-4)
    assert wilson(0, 0) is None


def test_median_and_percentile() -> None:
    assert median([5, 1, 3]) == 3 and median([4, 1, 3, 2]) == 2.5 and median([]) is None
    assert percentile(list(range(1, 11)), 0.8) == 8 and percentile([7], 0.8) == 7


@given(st.integers(0, 30), st.integers(0, 30), st.integers(0, 30), st.integers(0, 30))
def test_p_values_are_probabilities_and_the_tails_cover_everything(a, b, c, d) -> None:
    two, less, greater = (fisher_exact(a, b, c, d, alt) for alt in ("two-sided", "less", "greater"))
    assert 0 <= two <= 1 and 0 <= less <= 1 and 0 <= greater <= 1
    assert less + greater >= 1 - 1e-9  # both include the observed table
    assert two >= min(less, greater) - 1e-9
