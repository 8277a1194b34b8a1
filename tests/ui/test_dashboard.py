"""The dashboard: tiles, charts, per-rep table, coaching and refreshing on changes."""

from __future__ import annotations

from datetime import date

from kpidesk.core.periods import Period
from kpidesk.services.common import DEALS, Changes
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.store.database import Database
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


def test_coaching_marks_slow_stages_and_explains_cells(db: Database) -> None:
    from PySide6.QtCore import Qt

    anna, bram = f.rep(db, "Anna"), f.rep(db, "Bram")
    for i in range(5):
        for owner, days in ((anna, 2), (bram, 20)):
            f.deal(
                db,
                f"{owner}-{i}",
                stage="Contact made",
                owner_id=owner,
                first_contact=date(2026, 3, 1),
                history=[("Lead in", "Contact made", f.at(date(2026, 3, 1 + days)))],
            )
    report = compute_kpis(db, Period.month(2026, 3), today=TODAY)
    rows, _sentences, _left_out = coaching_rows(report)
    model = CoachingModel()
    model.set_rows(rows)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    days_col = headers.index("Days in\nLead in")
    step_col = headers.index("Contact made\n→ Intake")
    names = [r.name for r in rows]
    team, anna_row, bram_row = (names.index(n) for n in ("Team", "Anna", "Bram"))

    def cell(row: int, col: int, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(row, col), role)

    assert (cell(team, days_col), cell(anna_row, days_col), cell(bram_row, days_col)) == (
        "11.0",
        "2.0",
        "20.0",
    )
    # Twenty days against the team's eleven is slow; two days is not, nor is the team itself.
    slow = Qt.ItemDataRole.ForegroundRole
    assert cell(bram_row, days_col, slow) is not None
    assert cell(anna_row, days_col, slow) is None and cell(team, days_col, slow) is None
    tip = str(cell(bram_row, days_col, Qt.ItemDataRole.ToolTipRole))
    assert "Over 5 deals that left Lead in" in tip and "1.5 times as long" in tip
    assert cell(anna_row, step_col) == "0%"
    assert cell(anna_row, step_col, Qt.ItemDataRole.ToolTipRole) == (
        "0 of the 5 deals that entered Contact made moved on"
    )
