"""Starting the window as a user does: the frame first, then the database, then the first page."""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kpidesk.services.store.database import Database, open_database
from kpidesk.ui.app import StartUpChores

ROOT = Path(__file__).resolve().parents[2]


def start(tmp_path: Path, *args: str, data_dir: Path | None = None) -> tuple[list[str], str]:
    """Run ``python main.py ARGS`` until its first page is up; the milestones and stderr."""
    trace = tmp_path / "trace.txt"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "KPIDESK_DATA_DIR": str(data_dir or tmp_path / "data"),
        "KPIDESK_STARTUP_TRACE": str(trace),
        "KPIDESK_STARTUP_QUIT": "1",
    }
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "nl", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return [line.split()[0] for line in trace.read_text().splitlines()], done.stderr


@pytest.mark.slow
def test_first_start_on_an_empty_data_folder_shows_the_welcome_page(tmp_path: Path) -> None:
    data = tmp_path / "data"
    marks, stderr = start(tmp_path, data_dir=data)
    assert marks == ["mapped", "opened", "attached", "welcome"]
    assert "Traceback" not in stderr
    assert (data / "kpidesk.db").stat().st_size > 0  # a usable, migrated database


@pytest.mark.slow
def test_the_frame_is_on_screen_before_the_database_opens(
    demo_db: Database, tmp_path: Path
) -> None:
    path = demo_db.path
    assert path is not None
    demo_db.dispose()
    marks, stderr = start(tmp_path, "--db", str(path), "--view", "dashboard")
    assert marks == ["mapped", "opened", "attached", "tiles"]
    assert "Traceback" not in stderr


def test_the_frame_needs_no_sqlalchemy(tmp_path: Path) -> None:
    # What is on screen first must not wait for SQLAlchemy (a quarter of a second to import).
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from kpidesk.ui.app import application\n"
        "from kpidesk.ui.main_window import MainWindow\n"
        "from kpidesk.ui.preferences import Preferences\n"
        "app = application()\n"
        f"prefs = Preferences(QSettings({str(tmp_path / 'p.ini')!r}, QSettings.Format.IniFormat))\n"
        "window = MainWindow(prefs=prefs)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', "
        "'pyqtgraph', 'openpyxl'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_start_up_chores_back_up_after_the_window_and_close_waits(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(tmp_path / "team.db")
    monkeypatch.setattr(StartUpChores, "DELAY_MS", 0)
    chores = StartUpChores()
    chores.start_later(db, lambda _db: True)
    backups = tmp_path / "kpidesk-backups"
    qtbot.waitUntil(lambda: chores._thread is not None, timeout=5000)  # type: ignore[attr-defined]
    chores.wait()
    # The window has started: what it made is frozen for the collector (core/collector.py).
    assert gc.get_freeze_count() > 0
    gc.unfreeze()
    made = list(backups.glob("team-auto-*.db"))
    assert len(made) == 1
    with sqlite3.connect(made[0]) as copy:  # a whole database, not a partial copy
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    db.dispose()


def test_start_up_chores_skip_a_database_that_is_no_longer_open(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(tmp_path / "old.db")
    monkeypatch.setattr(StartUpChores, "DELAY_MS", 0)
    chores = StartUpChores()
    chores.start_later(db, lambda _db: False)  # the user switched to another file meanwhile
    qtbot.wait(50)  # type: ignore[attr-defined]
    chores.wait()
    assert not (tmp_path / "kpidesk-backups").exists()
    db.dispose()
