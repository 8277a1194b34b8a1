"""The relationship maths on hand-computed groups, including churn on the period edges."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kpidesk.core import relationship as rel

START, END = date(2026, 1, 1), date(2026, 3, 31)
GROUPS: list[rel.Group] = [
    (date(2025, 6, 1), None, 1),  # active throughout
    (date(2025, 12, 31), date(2026, 1, 1), 1),  # churned on the first day: not in the base
    (date(2025, 10, 1), date(2026, 3, 31), 2),  # churned on the last day: base, not retained
    (date(2026, 1, 1), None, 1),  # started on the first day: new, not in the base
    (date(2026, 3, 31), None, 1),  # started on the last day: new and active
    (date(2026, 4, 1), None, 1),  # after the period
]


def test_active_counts_churn_on_the_day_as_gone() -> None:
    assert rel.active_count(GROUPS, END) == 3
    assert rel.active_count(GROUPS, START) == 4  # 2025-06, 2025-10 ×2, the new one of 01-01
    assert rel.is_active(date(2026, 1, 1), None, date(2026, 1, 1))
    assert not rel.is_active(date(2026, 1, 1), date(2026, 1, 1), date(2026, 1, 1))


def test_retention_base_and_null() -> None:
    assert rel.retention_rate(GROUPS, START, END) == 1 / 3
    assert rel.retention_rate([(date(2026, 1, 1), None, 4)], START, END) is None


def test_average_relationship_days() -> None:
    # 2025-06-01 → 2026-03-31 is 303 days; 2026-01-01 → 89; 2026-03-31 → 0.
    assert rel.avg_relationship_days(GROUPS, END) == (303 + 89 + 0) / 3
    assert rel.avg_relationship_days([], END) is None


def test_new_customers_inclusive_edges() -> None:
    assert rel.new_count(GROUPS, START, END) == 2


def test_relationship_length_in_years_and_months() -> None:
    assert rel.relationship_length(date(2023, 5, 15), None, date(2026, 7, 14)) == rel.Length(3, 1)
    assert rel.relationship_length(date(2023, 5, 15), None, date(2026, 7, 15)) == rel.Length(3, 2)
    # a churned relationship stops growing at its churn date
    assert rel.relationship_length(date(2024, 1, 31), date(2024, 3, 1), date(2026, 1, 1)) == (
        rel.Length(0, 1)
    )
    assert rel.relationship_length(date(2026, 2, 1), None, date(2026, 1, 1)).total_months == 0


def test_cohorts_share_and_anniversaries() -> None:
    groups: list[rel.Group] = [
        (date(2023, 3, 1), None, 2),
        (date(2023, 6, 1), date(2024, 2, 1), 1),  # gone before its first anniversary
        (date(2023, 9, 1), date(2025, 9, 1), 1),  # gone exactly on its second anniversary
        (date(2026, 2, 28), None, 1),
    ]
    old, new = rel.cohorts(groups, date(2026, 5, 1))
    assert (old.year, old.customers, old.active_now) == (2023, 4, 2)
    assert old.share_active == 0.5
    # after 3 years only the two of March 2023 have reached the mark, and both stayed
    assert old.after_years == (3 / 4, 2 / 4, 1.0)
    assert (new.year, new.customers, new.after_years) == (2026, 1, (None, None, None))


days = st.dates(date(2020, 1, 1), date(2027, 12, 31))


@given(
    st.lists(st.tuples(days, st.one_of(st.none(), days), st.integers(1, 5)), max_size=20),
    days,
    days,
)
def test_retention_is_a_share(raw: list[rel.Group], a: date, b: date) -> None:
    start, end = min(a, b), max(a, b)
    groups = [(s, c if c is None or c >= s else s, n) for s, c, n in raw]
    rate = rel.retention_rate(groups, start, end)
    assert rate is None or 0 <= rate <= 1
    # a customer retained to the end was active at the end
    assert rel.active_count(groups, end) >= round(
        (rate or 0) * sum(n for s, c, n in groups if s < start and (c is None or c > start))
    )
