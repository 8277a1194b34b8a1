"""The previous period's tile figures: read from the series or computed alone, always the same."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.core.periods import Period, PeriodKind
from kpidesk.services.kpis.figures import Headline, compute_kpis, headline
from kpidesk.services.store.database import Database
from tests import factories as f

TODAY = date(2026, 11, 20)


def _data(db: Database) -> tuple[int, int]:
    bram, anna = f.rep(db, "Bram"), f.rep(db, "Anna")
    o = f.org(db, "Acme")
    for month in range(1, 12):
        day = date(2026, month, 10)
        f.activity(db, "Intake meeting", day, rep_id=bram, organisation_id=o)
        f.activity(db, "Phone call", day, rep_id=anna if month % 2 else bram)
        f.lead(db, o, owner_id=anna, status="qualified", qualified_at=day)
        f.deal(
            db,
            f"w{month}",
            stage="Won",
            owner_id=bram,
            value=month * 1000_00,
            first_contact=date(2025, 12, month),
            closed=day,
        )
        f.deal(db, f"o{month}", stage="Intake", owner_id=anna, value=500_00, first_contact=day)
        if month % 3 == 0:
            f.deal(
                db,
                f"l{month}",
                stage="Lost",
                owner_id=anna,
                first_contact=date(2026, 1, 2),
                closed=date(2026, month, 28),
            )
            f.customer(
                db,
                f.org(db, f"C{month}"),
                date(2026, month, 1),
                owner_id=bram,
                churned=date(2026, month + 2, 1) if month < 9 else None,
            )
    # The year before, so that a year's previous period (outside the series) has figures.
    f.activity(db, "Intake meeting", date(2025, 6, 3), rep_id=bram, organisation_id=o)
    f.lead(db, o, owner_id=anna, status="qualified", qualified_at=date(2025, 5, 7))
    for n, (contact, closed) in enumerate(
        [(date(2025, 3, 1), date(2025, 6, 20)), (date(2025, 8, 30), date(2025, 9, 2))]
    ):
        f.deal(
            db, f"old{n}", stage="Won", owner_id=bram, value=700_00,
            first_contact=contact, closed=closed,
        )  # fmt: skip
    return bram, anna


@pytest.mark.parametrize("kind", [PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR])
def test_previous_figures_equal_a_full_report_of_the_previous_period(
    db: Database, kind: PeriodKind
) -> None:
    bram, anna = _data(db)
    period = Period.containing(date(2026, 10, 15), kind)
    for rep in (None, bram, anna):
        report = compute_kpis(db, period, rep, today=TODAY)
        assert report.comparison is not None
        compared = report.comparison.previous
        full = compute_kpis(db, compared, rep, today=TODAY, series=False)
        expected = Headline(
            full.result.qualified_leads,
            full.action.activity_points,
            full.pipeline.open_value_cents,
            full.velocity.avg_days_to_win,
            full.relationship.active_customers,
        )
        assert report.previous == expected
        assert headline(db, compared, rep) == expected
        # Something to compare: the fixture gives the previous period real figures.
        if rep != anna:
            assert expected.activity_points > 0 and expected.avg_days_to_win is not None
        if rep != bram:
            assert expected.qualified_leads > 0


def test_a_running_period_is_compared_with_the_same_working_days() -> None:
    # Fri 20 Nov 2026 in Q4: October's 22 working days and 2-20 November's 15 make 37; Q3
    # has July's 23, so its 37th working day is August's 14th: Thu 20 Aug.  October is over.
    from kpidesk.core.pace import compare_with_previous

    quarter = compare_with_previous(Period.quarter(2026, 4), TODAY)
    assert quarter.running and quarter.previous == Period(date(2026, 7, 1), date(2026, 8, 20))
    october = compare_with_previous(Period.month(2026, 10), TODAY)
    assert not october.running and october.previous == Period.month(2026, 9)


def test_without_series_no_previous_unless_asked(db: Database) -> None:
    _data(db)
    period = Period.month(2026, 10)
    assert compute_kpis(db, period, today=TODAY, series=False).previous is None
    alone = compute_kpis(db, period, today=TODAY, series=False, previous=True).previous
    assert alone == compute_kpis(db, period, today=TODAY).previous
    assert alone is not None and alone.qualified_leads == 1 and alone.activity_points > 0
