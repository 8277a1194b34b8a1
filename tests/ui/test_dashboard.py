"""The dashboard: tiles, charts, per-rep table, coaching and refreshing on changes."""

from __future__ import annotations

from datetime import date

from kpidesk.core.periods import Period
from kpidesk.services.common import DEALS, Changes
from kpidesk.services.database import Database
from kpidesk.services.kpis import compute_kpis
from kpidesk.ui.dashboard.coaching import CoachingModel, coaching_rows
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
    assert view.overview.lead_bars.opts["height"][-1] == 1
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


def test_coaching_names_the_biggest_gap_and_leaves_out_small(qtmodeltester, db: Database) -> None:
    _team(db)
    f.rep(db, "Cees")  # no deals at all
    report = compute_kpis(db, Period.month(2026, 3), today=TODAY)
    rows, sentences, left_out = coaching_rows(report)
    assert [r.name for r in rows] == ["Team", "Anna", "Bram"]
    assert left_out == ["Cees"]
    assert any(s.startswith("Bram: Win rate 17% against 42% for the team") for s in sentences)
    model = CoachingModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
