"""Lookalike score on a small profile whose answers are worked out by hand."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kpidesk.core.i18n import set_language
from kpidesk.core.lookalike import (
    SUBSETS,
    CustomerProfile,
    Segment,
    revenue_band,
    revenue_band_label,
    size_band,
    size_band_label,
)

MLN = 100_000_000  # one million euro in cents

# Good customers: 12 construction firms of 50–199 people in Utrecht (revenue 1–5 mln),
# 3 construction firms of 10–49 people in Gelderland, 5 healthcare firms of 50–199 people in
# Utrecht with revenue 5–20 mln.
PROFILE = CustomerProfile(
    [
        (Segment.of("Bouw", 80, "Utrecht", 2 * MLN), 12),
        (Segment.of("bouw ", 20, "Gelderland", 2 * MLN), 3),
        (Segment.of("Zorg", 120, "Utrecht", 8 * MLN), 5),
    ]
)


def test_bands() -> None:
    assert [size_band(n) for n in (None, 0, 1, 9, 10, 49, 50, 199, 200, 499, 500)] == [
        None,
        None,
        0,
        0,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
    ]
    assert [revenue_band(c) for c in (None, 0, MLN - 1, MLN, 5 * MLN, 20 * MLN, 100 * MLN)] == [
        None,
        None,
        0,
        1,
        2,
        3,
        4,
    ]
    assert size_band_label(2) == "50–199" and size_band_label(4) == "500+"
    assert revenue_band_label(1) == "€ 1–5 mln"


def test_a_lead_like_the_twelve_scores_full_marks() -> None:
    result = PROFILE.match(Segment.of("BOUW", 60, "utrecht", 3 * MLN))
    assert (result.score, result.customers) == (100, 12)
    assert result.explain() == (
        "Resembles 12 customers: same industry, 50–199 employees, same region, revenue € 1–5 mln"
    )


def test_industry_size_and_region_without_revenue() -> None:
    # Revenue unknown: industry 40 + size 25 + region 20.
    result = PROFILE.match(Segment.of("Bouw", 150, "Utrecht", None))
    assert (result.score, result.customers) == (85, 12)
    assert (
        result.explain() == "Resembles 12 customers: same industry, 50–199 employees, same region"
    )


def test_industry_and_revenue_shared_by_fifteen() -> None:
    # Other region and size: only industry (40) + revenue (15), shared by 12 + 3 customers.
    result = PROFILE.match(Segment.of("Bouw", 600, "Limburg", 1 * MLN))
    assert (result.score, result.customers, result.matched) == (55, 15, ("industry", "revenue"))


def test_size_and_region_across_industries() -> None:
    # An ICT firm of 100 in Utrecht: size + region (45) is shared by 17 customers.
    result = PROFILE.match(Segment.of("ICT", 100, "Utrecht", None))
    assert (result.score, result.customers, result.matched) == (45, 17, ("size", "region"))


def test_a_single_customer_is_not_enough() -> None:
    profile = CustomerProfile([(Segment.of("Bouw", 80, "Utrecht", MLN), 1)])
    assert profile.match(Segment.of("Bouw", 80, "Utrecht", MLN)).score == 0
    loose = CustomerProfile([(Segment.of("Bouw", 80, "Utrecht", MLN), 1)], min_customers=1)
    assert loose.match(Segment.of("Bouw", 80, "Utrecht", MLN)).score == 100


def test_nothing_in_common_and_an_empty_profile() -> None:
    result = PROFILE.match(Segment.of("Retail", 3, "Friesland", None))
    assert (result.score, result.customers, result.matched) == (0, 0, ())
    assert result.explain() == "Resembles none of your good customers."
    empty = CustomerProfile([]).match(Segment.of("Bouw", 80, "Utrecht", MLN))
    assert empty.score == 0 and "No good customers" in empty.explain()


def test_explanation_in_dutch() -> None:
    set_language("nl")
    try:
        text = PROFILE.match(Segment.of("Bouw", 150, "Utrecht", None)).explain()
    finally:
        set_language("en")
    assert text == "Lijkt op 12 klanten: zelfde branche, 50–199 medewerkers, zelfde regio"


def test_supported_lists_heaviest_sets_first() -> None:
    supported = PROFILE.supported()
    weights = [weight for _attrs, weight, _values in supported]
    assert weights == sorted(weights, reverse=True)
    assert supported[0][0] == ("industry", "size", "region", "revenue")
    # Each of the three groups has at least two customers, so all three combinations count.
    assert len(supported[0][2]) == 3
    strict = CustomerProfile(
        [(Segment.of("Bouw", 80, "Utrecht", MLN), 1), (Segment.of("Zorg", 80, "Utrecht", MLN), 2)]
    )
    assert strict.supported()[0][2] == [("zorg", 2, "utrecht", 1)]


segments = st.builds(
    Segment,
    st.sampled_from([None, "bouw", "zorg", "ict"]),
    st.sampled_from([None, 0, 1, 2]),
    st.sampled_from([None, "utrecht", "limburg"]),
    st.sampled_from([None, 0, 1]),
)


@given(st.lists(st.tuples(segments, st.integers(1, 5)), max_size=8), segments)
def test_score_matches_a_brute_force_count(
    groups: list[tuple[Segment, int]], lead: Segment
) -> None:
    profile = CustomerProfile(groups)
    expected = 0
    for subset in SUBSETS:
        values = [lead.value(a) for a in subset]
        if None in values:
            continue
        count = sum(n for seg, n in groups if [seg.value(a) for a in subset] == values)
        if count >= 2:
            expected = max(
                expected,
                sum({"industry": 40, "size": 25, "region": 20, "revenue": 15}[a] for a in subset),
            )
    assert profile.match(lead).score == expected
