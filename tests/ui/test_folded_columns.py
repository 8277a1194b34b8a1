"""Columns a manager rarely needs fold away at 1280 px and come back from the header menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from kpidesk.services.store.database import Database
from kpidesk.ui.context import AppContext
from kpidesk.ui.leads.view import LeadsView


def _shown(view: LeadsView) -> list[str]:
    table = view.page.table
    return [
        column.key
        for number, column in enumerate(view.model.columns)
        if not table.isColumnHidden(number)
    ]


def test_leads_details_fold_away_and_the_choice_is_remembered(
    qtbot, make_ctx: Callable[[Database], AppContext], demo_db: Database
) -> None:
    ctx = make_ctx(demo_db)
    view = LeadsView(ctx)
    qtbot.addWidget(view)
    view.resize(1090, 760)
    view.show()
    view.refresh()
    assert _shown(view) == ["company", "status", "owner", "created", "fit_score", "lookalike"]
    table = view.page.table
    assert table.horizontalScrollBar().maximum() == 0

    menu = table.column_menu()
    titles = {action.data(): action for action in menu.actions() if action.data()}
    assert not titles["city"].isChecked()
    assert not titles["company"].isEnabled()  # what the row is never folds away
    titles["city"].setChecked(True)
    titles["owner"].setChecked(False)
    assert "city" in _shown(view) and "owner" not in _shown(view)

    again = LeadsView(ctx)  # a new window over the same preferences
    qtbot.addWidget(again)
    again.refresh()
    assert "city" in _shown(again) and "owner" not in _shown(again)
    view.model.reload()  # a reload keeps the choice
    QApplication.processEvents()
    assert "owner" not in _shown(view)

    again.page.table.reset_columns()
    assert _shown(again) == ["company", "status", "owner", "created", "fit_score", "lookalike"]


def test_showing_every_column_is_remembered_too(
    qtbot, make_ctx: Callable[[Database], AppContext], demo_db: Database
) -> None:
    ctx = make_ctx(demo_db)
    view = LeadsView(ctx)
    qtbot.addWidget(view)
    view.refresh()
    for action in view.page.table.column_menu().actions():
        if action.isCheckable() and not action.isChecked():
            action.setChecked(True)
    again = LeadsView(ctx)
    qtbot.addWidget(again)
    assert len(_shown(again)) == len(again.model.columns)
