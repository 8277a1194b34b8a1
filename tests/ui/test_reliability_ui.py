"""The watcher, the Trash dialog (restore with undo) and the Backups dialog."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kpidesk.services.activities.records import log_activity
from kpidesk.services.common import Changes
from kpidesk.services.leads.records import delete_leads
from kpidesk.services.store import backups, trash
from kpidesk.services.store.database import Database, open_database
from kpidesk.ui.backups import BackupsDialog
from kpidesk.ui.context import AppContext
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.trash import TrashDialog
from kpidesk.ui.watcher import DatabaseWatcher
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]


def test_watcher_ignores_own_writes_and_sees_other_processes(
    db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    ctx = make_ctx(db)
    published: list[Changes] = []
    ctx.bus.changed.connect(published.append)
    watcher = DatabaseWatcher(db, ctx.bus)
    type_id = f.type_id(db, "Phone call")
    assert watcher.poll() is False
    log_activity(db, type_id, None, date(2026, 3, 2))  # our own write
    log_activity(db, type_id, None, date(2026, 3, 3))
    assert watcher.poll() is False
    assert published == []

    other = open_database(db.path)  # another program: same file, its own engine
    log_activity(other, type_id, None, date(2026, 3, 4))
    other.dispose()
    assert watcher.poll() is True
    assert published and published[-1].touches("leads", "deals", "activities")
    assert watcher.poll() is False

    assert db.path is not None
    subprocess.run(  # the command line only reads while making a backup: no refresh
        [sys.executable, str(ROOT / "main.py"), "--db", str(db.path), "backup"],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert watcher.poll() is False
    subprocess.run(  # another process that writes: a refresh
        [
            sys.executable,
            str(ROOT / "tests" / "reliability" / "worker.py"),
            str(db.path),
            "log",
            "2",
            "cli",
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert watcher.poll() is True
    watcher.stop()


def test_trash_dialog_restores_with_undo(
    db: Database, make_ctx: Callable[[Database], AppContext], qtbot: object, qtmodeltester: object
) -> None:
    ctx = make_ctx(db)
    org = f.org(db, "Bakkerij Vos")
    lead = f.lead(db, org)
    delete_leads(db, [lead])
    dialog = TrashDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Bakkerij Vos"
    assert dialog.model.index(0, 3).data() == "30 days"
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert trash.list_trash(db) == []
    assert dialog.model.rowCount() == 0 and dialog.empty_label.isVisibleTo(dialog)
    ctx.undo_stack.undo()
    assert [i.id for i in trash.list_trash(db)] == [lead]
    assert dialog.model.rowCount() == 1  # the bus refreshed the open dialog
    ctx.undo_stack.redo()
    assert trash.list_trash(db) == []
    dialog.reject()


def test_empty_trash_asks_first(
    db: Database,
    make_ctx: Callable[[Database], AppContext],
    qtbot: object,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = make_ctx(db)
    delete_leads(db, [f.lead(db, f.org(db, "Bakkerij Vos"))])
    dialog = TrashDialog(ctx)
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    dialog.empty()
    assert len(trash.list_trash(db)) == 1
    dialog.empty()
    assert trash.list_trash(db) == []


def test_backups_dialog_lists_and_chooses_after_confirmation(
    db: Database, qtbot: object, qtmodeltester: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert db.path is not None
    dialog = BackupsDialog(
        db.path, lambda: backups.list_backups(db), backup_now=lambda: backups.backup_now(db)
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.make_backup()
    dialog.make_backup()
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 1).data() == "Made by hand"
    newest = backups.list_backups(db)[0].path
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel
    )
    dialog.restore_selected()
    assert dialog.chosen is None
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    dialog.restore_selected()
    assert dialog.chosen == newest and dialog.result() == BackupsDialog.DialogCode.Accepted


def test_restore_from_the_window_reopens_the_database(
    db: Database, make_window: Callable[..., MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kpidesk.ui.app import restore_and_reopen

    f.rep(db, "Anna de Boer")
    made = backups.backup_now(db)
    f.rep(db, "Bram Visser")
    window = make_window(db)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    reopened = restore_and_reopen(window, made.backup.path)
    assert reopened is not None
    from kpidesk.services.reference import list_team

    assert [m.name for m in list_team(reopened)] == ["Anna de Boer"]
    kept = [b for b in backups.list_backups(reopened) if b.reason == "before-restore"]
    assert len(kept) == 1
    reopened.dispose()


def test_menus_have_backups_and_trash(db: Database, make_window: Callable[..., MainWindow]) -> None:
    window = make_window(db)
    assert window.backups_action.isEnabled()
    assert window.trash_action.text() == "&Trash…"
    assert window.watcher._timer.isActive()
    window.close()
    assert not window.watcher._timer.isActive()
