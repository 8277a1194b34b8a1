"""Desktop finish: the error dialog, shortcuts, remembered filters, language tab, About box."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton

from kpidesk import __version__
from kpidesk.core.i18n import current_language, set_language
from kpidesk.services.store.database import Database, setup_logging
from kpidesk.ui import error_dialog
from kpidesk.ui.about import AboutDialog
from kpidesk.ui.error_dialog import ErrorDialog, report_exception
from tests.factories import rep


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_the_dialog_and_the_app_keeps_running(
    qtbot, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("KPIDESK_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", report_exception)
    broken, working = QPushButton("broken"), QPushButton("working")
    qtbot.addWidget(broken)
    qtbot.addWidget(working)
    clicks: list[bool] = []

    def fail() -> None:
        raise ZeroDivisionError("the slot failed")

    broken.clicked.connect(fail)
    working.clicked.connect(lambda: clicks.append(True))
    broken.show()
    broken.click()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialog = dialogs[0]
    assert str(tmp_path / "logs" / "kpidesk.log") in dialog.log_label.text()
    broken.click()  # a second error joins the open dialog instead of stacking dialogs
    assert len([w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog)]) == 1
    assert dialog.count_label.isVisibleTo(dialog)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "ZeroDivisionError: the slot failed" in copied and "KPIDesk" in copied
    working.click()
    assert clicks == [True]  # the event loop and the widgets still work
    dialog.close()
    assert not error_dialog._open_dialog


def test_errors_are_logged_to_a_rotating_file(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KPIDESK_DATA_DIR", str(tmp_path))
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    for handler in before:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
    try:
        path = setup_logging()
        assert path == tmp_path / "logs" / "kpidesk.log"
        assert path.stat().st_mode & 0o077 == 0  # only the user can read it
        line = "x" * 1000
        for _ in range(2600):  # about 2.6 MB: more than two files of 1 MB
            logging.getLogger("kpidesk.test").info(line)
        names = sorted(p.name for p in path.parent.iterdir())
        assert names[:3] == ["kpidesk.log", "kpidesk.log.1", "kpidesk.log.2"]
        assert all(p.stat().st_size <= 1_000_000 for p in path.parent.iterdir())
    finally:
        for handler in list(root.handlers):
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        for handler in before:
            if handler not in root.handlers:
                root.addHandler(handler)
        root.setLevel(level)


def test_ctrl_n_and_ctrl_f_act_on_the_current_view(make_window, db: Database, qtbot) -> None:
    rep(db, "Sanne de Vries")
    window = make_window(db, "pipeline")
    window.show()
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.find_action.trigger()
    assert window.focusWidget() is window.views["pipeline"].search
    window.show_view("dashboard")
    assert not window.new_action.isEnabled()  # nothing to create on the dashboard
    window.show_view("activities")
    assert window.new_action.isEnabled()
    window.new_action.trigger()
    focused = window.focusWidget()
    assert isinstance(focused, QLineEdit) and focused is window.views["activities"].quick.note


def test_filters_are_remembered_between_sessions(make_window, db: Database, qtbot) -> None:
    sanne = rep(db, "Sanne de Vries")
    window = make_window(db, "pipeline")
    window.show()
    board = window.views["pipeline"]
    board.search.setText("Bakker")
    board.sleeping.setChecked(True)
    board.owner.setCurrentIndex(board.owner.findData(sanne))
    window.close()
    again = make_window(db, "pipeline")
    again.show()
    board = again.views["pipeline"]
    assert board.search.text() == "Bakker"
    assert board.sleeping.isChecked()
    assert board.owner.currentData() == sanne
    # A view not opened in a session keeps what was saved before.
    customers = again.views["customers"]
    assert customers.filter_memory is not None and not customers.filter_memory.restored


def test_general_tab_switches_language_and_theme(make_window, db: Database, qtbot, prefs) -> None:
    rep(db, "Sanne de Vries")
    window = make_window(db, "settings")
    window.show()
    general = window.views["settings"].general
    previous = current_language()
    try:
        set_language("en")
        general.language.setCurrentIndex(general.language.findData("nl"))
        assert prefs.get("language") == "nl"
        assert general.apply_language.isEnabled()
        with qtbot.waitSignal(window.language_requested) as signal:
            general.apply_language.click()
        assert signal.args == ["nl"]
        general.theme.setCurrentIndex(general.theme.findData("dark"))
        assert prefs.get("theme") == "dark"
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 128
    finally:
        general.theme.setCurrentIndex(general.theme.findData("light"))
        set_language(previous)


def test_about_shows_version_locations_and_licence(qtbot, tmp_path: Path) -> None:
    db_file = tmp_path / "kpi.db"
    about = AboutDialog(str(db_file), db_file, tmp_path / "logs" / "kpidesk.log")
    qtbot.addWidget(about)
    texts = " ".join(label.text() for label in about.findChildren(QLabel))
    assert __version__ in texts
    assert str(db_file) in texts and "kpidesk.log" in texts and "MIT" in texts
