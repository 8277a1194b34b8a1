"""The dashboard: tiles, charts, per-rep table, coaching and refreshing on changes."""

from __future__ import annotations

from datetime import date

from kpidesk.core.periods import Period
from kpidesk.services.common import DEALS, Changes
from kpidesk.services.store.database import Database
from kpidesk.ui.dashboard.view import DashboardView
from tests import factories as f

TODAY = date(2026, 3, 31)


def _team(db: Database) -> tuple[int, int]:
    bram, anna = f.rep(db, "Bram"), f.rep(db, "Anna")
    o = f.org(db, "Acme")
    for i in range(6):
        f.deal(
            db,
            f"b{i}",
            stage="Won" if i < 1 else "Lost",
            owner_id=bram,
            closed=date(2026, 3, 10 + i),
            first_contact=date(2026, 2, 1),
        )
        f.deal(
            db,
            f"a{i}",
            stage="Won" if i < 4 else "Lost",
            owner_id=anna,
            closed=date(2026, 3, 10 + i),
            first_contact=date(2026, 2, 1),
        )
    f.activity(db, "Phone call", date(2026, 3, 2), rep_id=bram, organisation_id=o)
    f.lead(db, o, owner_id=bram, status="qualified", qualified_at=date(2026, 3, 3))
    return bram, anna


def test_dashboard_shows_figures_and_updates_on_changes(qtbot, make_ctx, db: Database) -> None:
    bram, _anna = _team(db)
    ctx = make_ctx(db)
    view = DashboardView(ctx, today=TODAY)
    qtbot.addWidget(view)
    view.show()
    view.wait_ready()
    assert view.report is not None and view.report.series is not None
    assert view.overview.tiles[0].value.text() == "1"
    assert view.overview.tiles[1].value.text() == "2"
    assert view.overview.rep_model.rowCount() == 2
    assert view.overview.leads.bars.opts["height"][-1] == 1
    f.activity(db, "Intake meeting", date(2026, 3, 5), rep_id=bram)
    ctx.bus.publish(Changes.of(DEALS))  # any watched change recomputes
    view.wait_ready()
    assert view.overview.tiles[1].value.text() == "7"
    # One rep only, and another period.
    view.scope.setCurrentIndex(view.scope.findData(bram))
    view.wait_ready()
    assert view.report.rep_id == bram
    view.set_period(view.period.previous())
    view.wait_ready()
    assert view.report.period == Period.month(2026, 2)
    assert view.period_label.text() == "Feb 2026"


def test_the_coaching_tab_names_a_real_bottleneck_and_opens_its_deals(
    qtbot, qtmodeltester, db: Database, make_ctx
) -> None:
    from PySide6.QtCore import Qt

    from tests.services.test_coaching import TODAY as DECEMBER
    from tests.services.test_coaching import proposals

    bram, anna, eva = f.rep(db, "Bram"), f.rep(db, "Anna"), f.rep(db, "Eva")
    lost = proposals(db, bram, passed=4, lost=16, intake=False)[4:]
    proposals(db, anna, passed=14, lost=6, intake=True, offset=1)
    proposals(db, eva, passed=3, lost=3, intake=True, offset=2)  # 6 deals: too few
    view = DashboardView(make_ctx(db), today=DECEMBER)
    qtbot.addWidget(view)
    view.tabs.setCurrentWidget(view.coaching)  # computed when the tab is shown
    view.wait_ready()
    page = view.coaching
    # The dashboard shows December; coaching reads the last full quarter.
    assert "01-07-2026" in page.window_label.text() or "1 Jul 2026" in page.window_label.text()
    model = page.model
    qtmodeltester.check(model)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["Team", "Anna", "Bram", "Eva"]  # by name, never by a rate
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    step = headers.index("Proposal →\nNegotiation")
    bram_cell = model.index(names.index("Bram"), step)
    assert model.data(bram_cell) == "4 of 20 (20%)"
    assert model.data(bram_cell, Qt.ItemDataRole.ForegroundRole) is not None  # the bottleneck
    assert model.data(model.index(names.index("Eva"), step)) == "too few (6)"
    assert "no clear bottleneck" in page.sentences.text()
    assert "had an intake or demo" in page.sentences.text()

    with qtbot.waitSignal(page.deals_requested) as opened:
        page._open_link(f"deals:{bram}:0")  # the link of the first cause
    assert sorted(opened.args[1]) == sorted(lost)


def test_the_forecast_tab_shows_months_range_and_deals(qtbot, db: Database, make_ctx) -> None:
    from datetime import timedelta

    from tests.services.test_forecast import TODAY as DECEMBER
    from tests.services.test_forecast import history, open_deal

    bram = f.rep(db, "Bram")
    history(db, bram)
    open_deal(db, bram, "Fresh", 3, 10_000, DECEMBER + timedelta(days=10))
    view = DashboardView(make_ctx(db), today=DECEMBER)
    qtbot.addWidget(view)
    view.tabs.setCurrentWidget(view.forecast)
    view.wait_ready()
    page = view.forecast
    assert "Dec 2026: expected €5,000 (between €0 and €10,000)" in page.sentences.text()
    assert page.deal_model.rowCount() == 1
    assert "20 closed deals" in page.method.text()
    assert not page.chart.empty_label.isVisible()
    page.months.setCurrentIndex(page.months.findData(6))
    view.wait_ready()
    assert page.report is not None and len(page.report.months) == 6
