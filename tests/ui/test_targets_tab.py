"""The targets tab: the grid model, editing a cell, undo, the team sum and the ramp dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QSpinBox

from kpidesk.services.kpis.target_grid import TargetCell, set_targets, target_grid
from kpidesk.services.store.database import Database
from kpidesk.ui.context import AppContext
from kpidesk.ui.settings.ramp import EVERY_REP, RampDialog
from kpidesk.ui.settings.target_model import FIRST_MONTH_COLUMN, TEAM_ROW, TOTAL_COLUMN
from kpidesk.ui.settings.targets import TargetsTab
from tests import factories as f

JAN = date(2026, 1, 1)


def make_tab(qtbot, ctx: AppContext) -> TargetsTab:
    tab = TargetsTab(ctx, today=date(2026, 5, 4))
    qtbot.addWidget(tab)
    return tab


def test_model_passes_the_model_tester(
    qtbot, qtmodeltester, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    f.rep(db, "Bram")
    f.rep(db, "Anna")
    tab = make_tab(qtbot, make_ctx(db))
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 3
    assert tab.model.columnCount() == TOTAL_COLUMN + 1


def test_team_row_shows_the_sum_in_italics_until_it_has_its_own(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    bram, anna = f.rep(db, "Bram"), f.rep(db, "Anna")
    set_targets(
        db,
        [
            TargetCell(bram, "qualified_leads", JAN, 10),
            TargetCell(anna, "qualified_leads", JAN, 5),
            TargetCell(None, "qualified_leads", date(2026, 2, 1), 30),
        ],
    )
    tab = make_tab(qtbot, make_ctx(db))
    model = tab.model
    jan = model.index(TEAM_ROW, FIRST_MONTH_COLUMN)
    feb = model.index(TEAM_ROW, FIRST_MONTH_COLUMN + 1)
    assert jan.data() == "15"
    assert jan.data(Qt.ItemDataRole.FontRole).italic()
    assert "sum of the reps" in jan.data(Qt.ItemDataRole.ToolTipRole)
    assert feb.data() == "30"
    assert feb.data(Qt.ItemDataRole.FontRole) is None
    assert model.index(TEAM_ROW, TOTAL_COLUMN).data() == "45"
    # Rows after the team follow the names in order.
    assert model.index(1, 0).data() == "Anna"


def test_editing_a_cell_and_undo(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    bram = f.rep(db, "Bram")
    ctx = make_ctx(db)
    tab = make_tab(qtbot, ctx)
    tab.kpi.setCurrentIndex(tab.kpi.findData("new_revenue"))
    march = tab.model.index(1, FIRST_MONTH_COLUMN + 2)
    # Through the delegate, as a user would: the spin box holds euros, storage gets cents.
    tab.table.setCurrentIndex(march)
    tab.table.edit(march)
    editor = tab.table.focusWidget()
    assert isinstance(editor, QSpinBox)
    editor.setValue(12_500)
    tab.table.commitData(editor)
    tab.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
    grid = target_grid(db, "new_revenue", JAN, 12)
    assert grid.rep_values[0][2] == 1_250_000
    qtbot.waitUntil(lambda: "12" in tab.model.index(1, FIRST_MONTH_COLUMN + 2).data())
    assert "12.500" in march.data() or "12,500" in march.data()
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert target_grid(db, "new_revenue", JAN, 12).rep_values[0][2] is None
    qtbot.waitUntil(lambda: tab.model.index(1, FIRST_MONTH_COLUMN + 2).data() == "")
    ctx.undo_stack.redo()
    assert target_grid(db, "new_revenue", JAN, 12).rep_values[0][2] == 1_250_000
    assert bram == grid.rep_ids[0]


def test_clear_selected_cells_is_undoable(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    bram = f.rep(db, "Bram")
    set_targets(db, [TargetCell(bram, "qualified_leads", JAN, 10)])
    ctx = make_ctx(db)
    tab = make_tab(qtbot, ctx)
    tab.table.selectionModel().select(
        tab.model.index(1, FIRST_MONTH_COLUMN), tab.table.selectionModel().SelectionFlag.Select
    )
    tab.clear_button.click()
    assert target_grid(db, "qualified_leads", JAN, 1).rep_values == ((None,),)
    ctx.undo_stack.undo()
    assert target_grid(db, "qualified_leads", JAN, 1).rep_values == ((10,),)


def test_ramp_dialog_previews_and_writes_for_every_rep(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    f.rep(db, "Bram")
    f.rep(db, "Anna")
    ctx = make_ctx(db)
    tab = make_tab(qtbot, ctx)
    grid = tab.model.grid
    assert grid is not None
    dialog = RampDialog(
        "qualified_leads",
        "Qualified leads",
        False,
        list(zip(grid.rep_ids, grid.rep_names, strict=True)),
        JAN,
        None,
        tab,
    )
    qtbot.addWidget(dialog)
    dialog.start.setValue(20)
    dialog.step.setValue(10)
    dialog.every.setCurrentIndex(dialog.every.findData(3))
    dialog.cap.setValue(24)
    assert [v for _m, v in dialog.preview_values()] == [
        20,
        20,
        20,
        22,
        22,
        22,
        24,
        24,
        24,
        24,
        24,
        24,
    ]
    assert "<b>22</b>" in dialog.preview.text()
    # The preview follows the inputs live.
    dialog.use_cap.setChecked(False)
    assert [v for _m, v in dialog.preview_values()][-1] == 27
    dialog.use_cap.setChecked(True)
    dialog.cap.setValue(10)
    assert dialog.problem.text() and not dialog.buttons.buttons()[0].isEnabled()
    dialog.cap.setValue(24)
    dialog.scope.setCurrentIndex(dialog.scope.findData(EVERY_REP))
    assert tab.write_ramp(dialog)
    after = target_grid(db, "qualified_leads", JAN, 12)
    assert after.rep_values[0] == after.rep_values[1]
    assert after.rep_values[0][3] == 22
    assert after.team_effective[3] == 44
    ctx.undo_stack.undo()
    assert target_grid(db, "qualified_leads", JAN, 12).rep_values[0] == (None,) * 12


def test_settings_has_the_targets_tab(db: Database, make_window) -> None:
    window = make_window(db, "settings")
    view = window.views["settings"]
    view.refresh()
    index = view.tabs.indexOf(view.targets)
    assert index >= 0  # the General tab (language, appearance) comes after it
    assert view.tabs.tabText(index) == "Targets"
