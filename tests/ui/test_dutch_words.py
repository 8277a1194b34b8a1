"""The Dutch a manager reads: undo in Dutch word order, Qt's own dialogs in Dutch, and the
language setting showing the language the window is in."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kpidesk.core.i18n import current_language, set_language
from kpidesk.services.common import Changes
from kpidesk.services.store.database import Database
from kpidesk.ui.app import install_qt_translations
from kpidesk.ui.context import AppContext
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.operations import ServiceCommand, push
from kpidesk.ui.settings.general import GeneralTab


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    previous = current_language()
    set_language("nl")
    install_qt_translations(qapp, "nl")
    yield
    set_language(previous)
    install_qt_translations(qapp, previous)


def test_undo_reads_in_dutch_word_order(
    dutch: None, db: Database, make_window: Callable[..., MainWindow]
) -> None:
    window = make_window(db)
    ctx = window.ctx
    assert window.undo_action.text() == "&Ongedaan maken"
    assert not window.undo_action.isEnabled()
    command = ServiceCommand.pair(ctx, "Telefoongesprek loggen", Changes, Changes)
    assert push(ctx, window, command)
    assert window.undo_action.text() == "Telefoongesprek loggen &ongedaan maken"
    window.undo_action.trigger()
    assert window.redo_action.text() == "Telefoongesprek loggen &opnieuw doen"
    assert window.redo_action.isEnabled() and not window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Ongedaan maken"


def test_qt_dialog_buttons_are_dutch(dutch: None, qtbot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "x", "y")
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Opslaan", "Annuleren"}


def test_language_setting_shows_the_language_in_use_and_says_nothing_saved(
    dutch: None,
    qtbot,
    make_ctx: Callable[[Database], AppContext],
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("kpidesk.ui.settings.general.system_language", lambda: "en")
    ctx = make_ctx(db)
    ctx.prefs.set("language", "")  # "same as the system"; the window was opened with --lang nl
    tab = GeneralTab(ctx)
    qtbot.addWidget(tab)
    assert tab.language.currentData() == "nl"
    assert tab.language_note.text() == ""
    assert not tab.apply_language.isEnabled()
    assert ctx.prefs.get("language") == ""  # showing is not saving
    tab.language.setCurrentIndex(tab.language.findData("en"))
    assert tab.language_note.text().startswith("Opgeslagen.")
    assert ctx.prefs.get("language") == "en"
