"""Speed of the customers view's figures: ``python bench/relationship.py DB [repeats]``.

Prints the time of each service call and, as the baseline measured in the same run, a
straightforward pandas computation of the same 12-month trend and at-risk count over the
customers and activities tables read whole.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from kpidesk.core.periods import add_months, last_months
from kpidesk.services.customers.detail import customer_detail
from kpidesk.services.customers.records import CustomerFilter, list_customers
from kpidesk.services.customers.relationship import (
    cohort_table,
    lookalike_prospects,
    relationship_kpis,
    relationship_trend,
)
from kpidesk.services.store.database import open_database


def best_ms(fn: Callable[[], Any], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000


def pandas_baseline(path: str, today: date) -> tuple[list[int], int]:
    """Active customers per month and the at-risk count, the plain pandas way."""
    import pandas as pd

    con = sqlite3.connect(path)
    customers = pd.read_sql(
        "SELECT id, organisation_id, customer_since, churned_at FROM customers "
        "WHERE deleted_at IS NULL",
        con,
        parse_dates=["customer_since", "churned_at"],
    )
    activities = pd.read_sql(
        "SELECT organisation_id, date FROM activities WHERE deleted_at IS NULL",
        con,
        parse_dates=["date"],
    )
    con.close()
    active = []
    for period in last_months(today, 12):
        day = pd.Timestamp(min(period.end, today))
        mask = (customers.customer_since <= day) & (
            customers.churned_at.isna() | (customers.churned_at > day)
        )
        active.append(int(mask.sum()))
        _ = (day - customers.customer_since[mask]).dt.days.mean()
        start = pd.Timestamp(add_months(day.date(), -12) + timedelta(days=1))
        base = (customers.customer_since < start) & (
            customers.churned_at.isna() | (customers.churned_at > start)
        )
        _ = (base & (customers.churned_at.isna() | (customers.churned_at > day))).sum()
    now = pd.Timestamp(today)
    recent = activities[(activities.date > now - pd.Timedelta(days=90)) & (activities.date <= now)]
    live = customers[
        (customers.customer_since <= now)
        & (customers.churned_at.isna() | (customers.churned_at > now))
    ]
    at_risk = int((~live.organisation_id.isin(recent.organisation_id)).sum())
    return active, at_risk


class expression_only:
    """Within this block the queries compute the lookalike score instead of reading it."""

    def __enter__(self) -> None:
        from kpidesk.services.customers import relationship
        from kpidesk.services.leads import lookalike

        self._saved = relationship.score_column
        relationship.score_column = lambda _session, profile: lookalike.score_expression(profile)

    def __exit__(self, *_exc: object) -> None:
        from kpidesk.services.customers import relationship

        relationship.score_column = self._saved


def main() -> int:
    path = sys.argv[1]
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    db = open_database(path)
    today = date.today()
    first_id = list_customers(db).rows[0].id
    year_ago = add_months(today, -12) + timedelta(days=1)
    cases: dict[str, Callable[[], Any]] = {
        "customer list, first page": lambda: list_customers(db, CustomerFilter()),
        "customer list, sorted by days since contact": lambda: list_customers(
            db, sort="days_since_contact"
        ),
        "at-risk list by value": lambda: list_customers(
            db, CustomerFilter(status="at_risk"), sort="recurring_value", descending=True
        ),
        "relationship KPIs (12 months)": lambda: relationship_kpis(db, year_ago, today),
        "12-month trend": lambda: relationship_trend(db, today),
        "cohort table": lambda: cohort_table(db),
        "lookalike prospects": lambda: lookalike_prospects(db),
        "customer detail with timeline": lambda: customer_detail(db, first_id),
    }
    total = 0.0
    for name, fn in cases.items():
        ms = best_ms(fn, repeats)
        total += ms
        print(f"{name:45s} {ms:8.1f} ms")
    ours = best_ms(
        lambda: (relationship_trend(db, today), relationship_kpis(db, year_ago, today)), repeats
    )
    baseline = best_ms(lambda: pandas_baseline(path, today), repeats)
    active, at_risk = pandas_baseline(path, today)
    trend = relationship_trend(db, today)
    assert active == [m.active_customers for m in trend], "baseline disagrees"
    assert at_risk == relationship_kpis(db, year_ago, today).at_risk_customers
    print(f"{'whole view refresh (sum of the above)':45s} {total:8.1f} ms")
    stored = best_ms(lambda: lookalike_prospects(db), repeats)
    from_store = lookalike_prospects(db)
    with expression_only():
        computed = best_ms(lambda: lookalike_prospects(db), repeats)
        assert lookalike_prospects(db) == from_store, "stored and computed scores disagree"
    print(
        f"lookalike prospects: stored scores {stored:.1f} ms; the score expression over every "
        f"open lead (as before migration 0014) {computed:.1f} ms; ratio {computed / stored:.1f}x"
    )
    print(
        f"trend + KPIs: {ours:.1f} ms; pandas baseline (same figures): {baseline:.1f} ms; "
        f"ratio {baseline / ours:.1f}x"
    )
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
