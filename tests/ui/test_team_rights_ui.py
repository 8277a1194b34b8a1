"""The window on the team database: who is connected, and no dragging other reps' deals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt

from kpidesk.services.deals.board import board_cards
from kpidesk.services.store.database import Database
from kpidesk.services.team.access import Permissions
from kpidesk.ui import operations
from kpidesk.ui.context import AppContext
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.pipeline.view import PipelineView
from tests import factories as f


def test_a_rep_drags_only_own_deals_and_is_told_why(
    db: Database, make_ctx: Callable[[Database], AppContext], qtbot, monkeypatch
) -> None:
    anna = f.rep(db, "Anna")
    bram = f.rep(db, "Bram")
    own = f.deal(db, "Anna's deal", owner_id=anna, first_contact=date.today())
    theirs = f.deal(db, "Bram's deal", owner_id=bram, first_contact=date.today())
    ctx = make_ctx(db)
    ctx.permissions = Permissions(True, "anna", anna, "Anna", is_manager=False)
    view = PipelineView(ctx)
    qtbot.addWidget(view)
    view.show()
    column = view.columns[f.stage_id(db, "Lead in")]
    flags = {
        column.model.card(row).id: column.model.flags(column.model.index(row))
        for row in range(column.model.rowCount())
    }
    assert flags[own] & Qt.ItemFlag.ItemIsDragEnabled
    assert not flags[theirs] & Qt.ItemFlag.ItemIsDragEnabled
    told: list[str] = []
    monkeypatch.setattr(operations.QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    intake = f.stage_id(db, "Intake")
    assert not view.move([theirs], intake)
    assert told == ["Only Bram and the manager can move this deal."]
    assert view.move([own], intake)
    stages = {c.id: c.stage_id for c in board_cards(db)}
    assert stages == {own: intake, theirs: f.stage_id(db, "Lead in")}


def test_status_bar_shows_who_is_connected(
    make_window, db: Database, make_ctx: Callable[[Database], AppContext], qtbot
) -> None:
    local = make_window(db)
    assert not hasattr(local, "who_label") and local.live is None
    ctx = make_ctx(db)
    ctx.permissions = Permissions(True, "anna", 1, "Anna", is_manager=False)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.who_label.text() == (
        "Connected as Anna (rep: changes own leads, deals and activities)"
    )
    boss = Permissions(True, "mieke", 2, "Mieke", is_manager=True)
    assert boss.describe() == "Connected as Mieke (manager)"
