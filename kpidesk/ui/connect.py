"""Opening the database without freezing the window, and a way out when the server is away."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from kpidesk.core.i18n import tr
from kpidesk.services.store.database import (
    Database,
    DatabaseError,
    ServerUnreachable,
    open_database,
)

SHOW_AFTER_MS = 300  # a quick open shows no dialog at all


class _Opened(QObject):
    done = Signal()


def open_in_background(target: str | None, parent: QWidget | None = None) -> Database:
    """Open *target* in a worker thread while Qt keeps painting; raises DatabaseError."""
    outcome: dict[str, object] = {}
    signal = _Opened()
    loop = QEventLoop()
    signal.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def work() -> None:
        try:
            outcome["db"] = open_database(target)
        except DatabaseError as exc:
            outcome["error"] = exc
        except Exception as exc:  # reported on the GUI thread like any other problem
            outcome["error"] = exc
        signal.done.emit()

    busy = QProgressDialog(tr("Connecting to the database…"), "", 0, 0, parent)
    busy.setWindowTitle("KPIDesk")
    busy.setCancelButton(None)
    busy.setMinimumDuration(SHOW_AFTER_MS)
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    worker = threading.Thread(target=work, name="kpidesk-open", daemon=True)
    worker.start()
    if not outcome:  # a late "done" still reaches the loop: it is queued
        loop.exec()
    worker.join()
    busy.reset()
    busy.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    database = outcome["db"]
    assert isinstance(database, Database)
    return database


def _choose_file(parent: QWidget | None) -> str | None:
    path, _f = QFileDialog.getOpenFileName(
        parent, tr("Open database"), "", tr("KPIDesk databases (*.db *.sqlite);;All files (*)")
    )
    return path or None


def open_or_choose(target: str | None, parent: QWidget | None = None) -> Database | None:
    """Open the database; on a problem explain it and offer a way on (None: the user quits).

    A team server that does not answer gets Retry, Open a local file and Quit; other problems
    offer another file.
    """
    while True:
        try:
            return open_in_background(target, parent)
        except ServerUnreachable as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning, tr("Team database not reachable"), str(exc), parent=parent
            )
            box.setInformativeText(
                tr("Try again when the server is back, or work in a local file for now.")
            )
            retry = box.addButton(tr("Retry"), QMessageBox.ButtonRole.AcceptRole)
            local = box.addButton(tr("Open a local file…"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(retry)
            box.exec()
            if box.clickedButton() is retry:
                continue
            if box.clickedButton() is not local:
                return None
            target = _choose_file(parent)
            if target is None:
                return None
        except DatabaseError as exc:
            box = QMessageBox(
                QMessageBox.Icon.Warning, tr("Cannot open the database"), str(exc), parent=parent
            )
            from kpidesk.ui.backups import damaged_database_file, restore_with_dialog

            damaged = damaged_database_file(target, exc)  # a backup is the way out
            restore = None
            if damaged is not None:
                restore = box.addButton(tr("Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
            choose = box.addButton(tr("Open another file…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if damaged is not None and restore is not None and box.clickedButton() is restore:
                restore_with_dialog(damaged, parent)
                continue
            if box.clickedButton() is not choose:
                return None
            target = _choose_file(parent)
            if target is None:
                return None
