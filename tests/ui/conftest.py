"""Window fixtures: a main window over a given database, with private preferences."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from kpidesk.services.store.database import Database
from kpidesk.ui.context import AppContext, ChangeBus
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.preferences import Preferences


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_ctx(qapp: object, prefs: Preferences) -> Callable[[Database], AppContext]:
    def build(db: Database) -> AppContext:
        return AppContext(db=db, bus=ChangeBus(), undo_stack=QUndoStack(), prefs=prefs)

    return build


@pytest.fixture
def make_window(
    qtbot: object, make_ctx: Callable[[Database], AppContext]
) -> Iterator[Callable[..., MainWindow]]:
    windows: list[MainWindow] = []

    def build(db: Database, view: str | None = None) -> MainWindow:
        window = MainWindow(make_ctx(db), view=view)
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.close()


@pytest.fixture
def open_tab(qtbot: object, make_ctx: Callable[[Database], AppContext]) -> Callable[..., Any]:
    """A settings tab over a database, refreshed on every change as the Settings view does."""

    def build(tab_class: Callable[[AppContext], Any], db: Database) -> Any:
        ctx = make_ctx(db)
        tab = tab_class(ctx)
        qtbot.addWidget(tab)  # type: ignore[attr-defined]
        ctx.bus.changed.connect(lambda _c: tab.refresh())
        tab.refresh()
        return tab

    return build
