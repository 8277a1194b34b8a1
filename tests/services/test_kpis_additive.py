"""Additive KPIs over a quarter equal the sum over its months (Hypothesis)."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpidesk.core.periods import Period
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.store.database import open_database
from tests import factories as f

Q3 = Period.quarter(2026, 3)
days = st.dates(min_value=date(2026, 6, 25), max_value=date(2026, 10, 5))


def additive(r) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    return (
        r.action.activities,
        r.action.activity_points,
        r.result.qualified_leads,
        r.result.won_deals,
        r.result.won_value_cents,
        r.result.new_customers,
        r.result.upsells,
        r.insight.won_deals + r.insight.lost_deals,
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    acts=st.lists(
        st.tuples(days, st.sampled_from(["Phone call", "Intake meeting", "E-mail"]), st.booleans()),
        max_size=12,
    ),
    leads=st.lists(days, max_size=6),
    deals=st.lists(
        st.tuples(days, st.booleans(), st.integers(0, 10_000_00), st.booleans()), max_size=8
    ),
    customers=st.lists(days, max_size=4),
)
def test_quarter_is_sum_of_months(acts, leads, deals, customers) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "h.db")
        try:
            bram = f.rep(db, "Bram")
            orgs = [f.org(db, f"Org {i}") for i in range(3)]
            for day, kind, mine in acts:
                f.activity(db, kind, day, rep_id=bram if mine else None)
            for day in leads:
                f.lead(db, orgs[0], owner_id=bram, status="qualified", qualified_at=day)
            for i, day in enumerate(customers):
                if i < len(orgs):
                    f.customer(db, orgs[i], day)
            for day, won, value, known in deals:
                f.deal(
                    db,
                    "d",
                    stage="Won" if won else "Lost",
                    value=value,
                    closed=day,
                    organisation_id=orgs[1] if known else None,
                    first_contact=day - timedelta(days=3),
                )
            whole = compute_kpis(db, Q3, series=False)
            months = [compute_kpis(db, m, series=False) for m in Q3.months()]
            summed = tuple(sum(values) for values in zip(*map(additive, months), strict=True))
            assert additive(whole) == summed
        finally:
            db.dispose()
