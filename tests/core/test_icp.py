"""Checklist scoring, the qualify rule and lead status words."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.core.icp import (
    Criterion,
    LeadStatusError,
    answers_from_json,
    answers_to_json,
    evaluate,
    fit_score,
    parse_lead_status,
)

# The default Dutch checklist: weights 3,2,2,3,3,2,1 (total 16), must-haves 1, 2, 4, 5.
CHECKLIST = [
    Criterion(1, 3, True),
    Criterion(2, 2, True),
    Criterion(3, 2),
    Criterion(4, 3, True),
    Criterion(5, 3, True),
    Criterion(6, 2),
    Criterion(7, 1),
]


def ticked(*ids: int) -> dict[int, bool]:
    return dict.fromkeys(ids, True)


def test_weighted_score_rounds_half_up() -> None:
    assert fit_score(CHECKLIST, {}) == 0
    assert fit_score(CHECKLIST, ticked(1, 2, 3, 4, 5, 6, 7)) == 100
    assert fit_score(CHECKLIST, ticked(7)) == 6  # 1/16 = 6.25 %
    assert fit_score(CHECKLIST, ticked(1, 2, 4, 5)) == 69  # 11/16 = 68.75 %
    assert fit_score([Criterion(1, 1), Criterion(2, 1), Criterion(3, 6)], ticked(1)) == 13  # 12.5


def test_unticked_answers_and_unknown_criteria_do_not_count() -> None:
    assert fit_score(CHECKLIST, {1: False, 99: True}) == 0


def test_empty_checklist_scores_zero() -> None:
    assert fit_score([], ticked(1)) == 0
    assert fit_score([Criterion(1, 0, True)], ticked(1)) == 0


def test_all_must_haves_but_below_threshold_cannot_qualify() -> None:
    result = evaluate(CHECKLIST, ticked(1, 2, 4, 5), threshold=70)
    assert result.score == 69 and result.missing_must_haves == ()
    assert not result.meets_threshold and not result.can_qualify
    assert evaluate(CHECKLIST, ticked(1, 2, 4, 5), threshold=69).can_qualify


def test_high_score_with_a_missing_must_have_cannot_qualify() -> None:
    result = evaluate(CHECKLIST, ticked(1, 3, 4, 5, 6, 7), threshold=60)
    assert result.score == 88 and result.meets_threshold
    assert result.missing_must_haves == (2,)
    assert not result.can_qualify


def test_missing_must_haves_in_checklist_order() -> None:
    assert evaluate(CHECKLIST, ticked(4), 0).missing_must_haves == (1, 2, 5)


def test_threshold_is_clamped() -> None:
    assert evaluate(CHECKLIST, {}, 250).threshold == 100
    assert evaluate([Criterion(1, 1)], {}, -5).can_qualify


def test_answers_round_trip_through_json() -> None:
    stored = answers_to_json({3: True, 1: True, 2: False})
    assert stored == {"1": True, "3": True}
    assert answers_from_json(stored) == {1: True, 3: True}
    assert answers_from_json({"x": True, "4": 0}) == {4: False}


@given(st.dictionaries(st.integers(1, 7), st.booleans()))
def test_score_is_a_percentage_and_monotone(answers: dict[int, bool]) -> None:
    score = fit_score(CHECKLIST, answers)
    assert 0 <= score <= 100
    more = dict(answers) | {1: True}
    assert fit_score(CHECKLIST, more) >= score


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("nieuw", "new"),
        ("New", "new"),
        ("  NIEUW ", "new"),
        ("gekwalificeerd", "qualified"),
        ("Qualified", "qualified"),
        ("gediskwalificeerd", "disqualified"),
        ("Disqualified", "disqualified"),
        ("dis-qualified", "disqualified"),
        ("", "new"),
        (None, "new"),
    ],
)
def test_status_words(text: str | None, status: str) -> None:
    assert parse_lead_status(text) == status


@pytest.mark.parametrize("text", ["won", "gewonnen", "qualify", "42"])
def test_unknown_status_is_refused_with_the_choices(text: str) -> None:
    with pytest.raises(LeadStatusError, match="nieuw/new"):
        parse_lead_status(text)


@given(st.text(max_size=20))
def test_status_parser_never_crashes_otherwise(text: str) -> None:
    with contextlib.suppress(LeadStatusError):
        assert parse_lead_status(text) in ("new", "qualified", "disqualified")
