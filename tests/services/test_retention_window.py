"""One retention figure for one window: the 12 months up to the period's end, everywhere."""

from __future__ import annotations

from datetime import date

from kpidesk.core.periods import Period, PeriodKind
from kpidesk.core.relationship import retention_start
from kpidesk.services.customers.relationship import relationship_kpis
from kpidesk.services.kpis.figures import compute_kpis, compute_series
from kpidesk.services.kpis.workbook import build_kpi_workbook
from kpidesk.services.store.database import Database
from tests import factories as f

TODAY = date(2026, 12, 5)


def _customers(db: Database) -> None:
    # Four customers from 2024; one churned in March 2026 (inside the 12 months, outside
    # December), one in December: the month alone would say 75 %, the year 50 %.
    for i, churned in enumerate((None, None, date(2026, 3, 10), date(2026, 12, 2))):
        f.customer(db, f.org(db, f"Klant {i}"), date(2024, 5, 1), churned=churned)
    # A customer since 20 December 2025 who left in June: inside the twelve months to
    # 31 December (that window would say 2 of 5, 40 %), not in the twelve months to today.
    f.customer(db, f.org(db, "Klant 5"), date(2025, 12, 20), churned=date(2026, 6, 1))


def test_retention_window_is_twelve_months() -> None:
    assert retention_start(date(2026, 12, 31)) == date(2026, 1, 1)
    assert retention_start(date(2026, 12, 5)) == date(2025, 12, 6)


def test_month_year_customers_view_and_series_agree(db: Database) -> None:
    _customers(db)
    month = compute_kpis(db, Period.containing(TODAY, PeriodKind.MONTH), today=TODAY)
    year = compute_kpis(db, Period.containing(TODAY, PeriodKind.YEAR), today=TODAY)
    view = relationship_kpis(db, retention_start(TODAY), TODAY)
    assert month.relationship.retention_rate == 0.5
    assert year.relationship.retention_rate == 0.5
    assert view.retention_rate == 0.5
    series = compute_series(db, Period.containing(TODAY, PeriodKind.MONTH), today=TODAY)
    # December's point of the chart: the same 12 months, to today as on the tiles.
    assert series.retention_rate[-1] == 0.5
    full = compute_kpis(db, Period.containing(TODAY, PeriodKind.MONTH), today=TODAY).series
    assert full is not None and full.retention_rate[-1] == 0.5
    # November's point: the twelve months to 30 November, a finished month (3 of 4).
    assert series.retention_rate[-2] == full.retention_rate[-2] == 0.75


def test_workbook_names_the_window(db: Database) -> None:
    _customers(db)
    book = build_kpi_workbook(db, Period.containing(TODAY, PeriodKind.MONTH), None, "en", TODAY)
    lines = [line for group in book.groups for line in group.lines]
    retention = [line for line in lines if line.label == "Retention (12 months)"]
    assert retention and all(line.value == 0.5 for line in retention if line.is_team)


def test_running_period_reads_the_relationship_today_not_at_its_end(db: Database) -> None:
    """At risk and relationship length of a running period are as on the Customers view."""
    org = f.org(db, "Klant met contact")
    f.customer(db, org, date(2024, 5, 1))
    f.customer(db, f.org(db, "Klant zonder contact"), date(2024, 5, 1))
    # 76 days before today: not at risk today; on 31 December it would be 102 days.
    f.activity(db, "Phone call", date(2026, 9, 20), organisation_id=org)
    view = relationship_kpis(db, retention_start(TODAY), TODAY)
    assert view.at_risk_customers == 1
    assert view.avg_relationship_days == (TODAY - date(2024, 5, 1)).days  # 948, not 974
    for kind in (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR):
        rel = compute_kpis(db, Period.containing(TODAY, kind), today=TODAY).relationship
        assert rel.at_risk_customers == view.at_risk_customers, kind
        assert rel.avg_relationship_days == view.avg_relationship_days, kind
        assert rel.active_customers == view.active_customers == 2, kind
    # A finished period keeps its own end: on 30 November the quiet one was at risk too.
    november = compute_kpis(db, Period.month(2026, 11), today=TODAY).relationship
    assert november.at_risk_customers == 1
    assert november.avg_relationship_days == (date(2026, 11, 30) - date(2024, 5, 1)).days
