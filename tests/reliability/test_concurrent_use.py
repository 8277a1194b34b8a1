"""Two KPIDesk processes on one file: writers wait their turn and nothing is lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kpidesk.data.database import open_database
from kpidesk.services.activities.records import log_activity
from tests import factories as f
from tests.reliability.conftest import ROOT, start

PER_WRITER = 120


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


@pytest.mark.slow
def test_two_writer_processes_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    open_database(path).dispose()
    first = start(path, "log", str(PER_WRITER), "first")
    second = start(path, "log", str(PER_WRITER), "second")
    for process in (first, second):
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert out.strip() == "done"
    assert count(path, "SELECT count(*) FROM activities WHERE note LIKE 'first %'") == PER_WRITER
    assert count(path, "SELECT count(*) FROM activities WHERE note LIKE 'second %'") == PER_WRITER
    assert count(path, "SELECT count(*) FROM activities") == 2 * PER_WRITER
    assert count(path, "SELECT count(DISTINCT note) FROM activities") == 2 * PER_WRITER


@pytest.mark.slow
def test_writer_waits_for_a_held_write_lock(tmp_path: Path) -> None:
    """Another process holds the write lock for a second; our write waits, then succeeds."""
    path = tmp_path / "shared.db"
    db = open_database(path)
    type_id = f.type_id(db, "Phone call")
    holder = start(path, "hold", "1.5")
    log_activity(db, type_id, None, date(2026, 3, 2), note="waited")
    _out, err = holder.communicate(timeout=60)
    assert holder.returncode == 0, err
    db.dispose()
    assert count(path, "SELECT count(*) FROM activities WHERE note = 'waited'") == 1
    assert count(path, "SELECT count(*) FROM organisations WHERE name = 'Held'") == 1


@pytest.mark.slow
def test_command_line_backup_while_another_process_writes(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    open_database(path).dispose()
    writer = start(path, "log", "200", "busy")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "backup", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )
    _out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert result.returncode == 0, result.stderr
    assert "Integrity check: ok." in result.stdout
    copies = list(tmp_path.glob("shared-*.db"))
    assert len(copies) == 1
    assert 0 <= count(copies[0], "SELECT count(*) FROM activities") <= 200
    assert count(path, "SELECT count(*) FROM activities") == 200


@pytest.mark.slow
def test_opening_the_file_twice_keeps_the_write_ahead_log_safe(tmp_path: Path) -> None:
    """Regression: reading the file with Python's open() dropped this process's SQLite locks,
    so another process deleted the write-ahead log under our open connection, and later
    writes of ours went to a deleted file."""
    path = tmp_path / "shared.db"
    db = open_database(path)
    type_id = f.type_id(db, "Phone call")
    log_activity(db, type_id, None, date(2026, 3, 2), note="before")
    open_database(path).dispose()  # e.g. the window reopening the same file
    worker = start(path, "log", "2", "other")
    _out, err = worker.communicate(timeout=60)
    assert worker.returncode == 0, err
    assert Path(f"{path}-wal").exists()  # the other process did not think it was the last
    log_activity(db, type_id, None, date(2026, 3, 3), note="after")
    db.dispose()
    assert count(path, "SELECT count(*) FROM activities") == 4
    assert count(path, "SELECT count(*) FROM activities WHERE note = 'after'") == 1
