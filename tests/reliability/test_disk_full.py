"""A full disk (simulated with a file-size limit): backups and writes fail cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kpidesk.data.database import open_database
from tests import factories as f
from tests.reliability.conftest import ROOT

SCRIPT = textwrap.dedent(
    """
    import resource, signal, sys
    from datetime import date
    from kpidesk.data import backup as files
    from kpidesk.data.database import open_database
    from kpidesk.data.errors import DatabaseError
    from kpidesk.services.activities.records import log_activity

    path = sys.argv[1]
    db = open_database(path)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
    limit = int(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        files.make_backup(db.path, files.MANUAL)
        print("backup made")
    except DatabaseError as exc:
        print("backup refused:", exc)
    try:
        with db.write() as s:
            pass
        for n in range(3000):
            log_activity(db, 1, None, date(2026, 3, 2), note="x" * 2000)
        print("writes done")
    except Exception as exc:
        print("write failed:", type(exc).__name__)
    db.dispose()
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("room", ["less than the database", "a little more"])
def test_full_disk_leaves_no_half_backup_and_a_whole_database(db_path: Path, room: str) -> None:
    db = open_database(db_path)
    org = f.org(db, "Bakkerij Vos")
    for n in range(300):
        f.deal(db, f"Deal {n} " + "x" * 200, organisation_id=org)
    db.dispose()
    size = db_path.stat().st_size
    limit = size // 2 if room == "less than the database" else size + 64 * 1024
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db_path), str(limit)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "write failed" in result.stdout, result.stdout
    expected = "backup refused" if room == "less than the database" else "backup made"
    assert expected in result.stdout, result.stdout
    # The backup either fit whole or was refused; never half a file under a backup name.
    folder = db_path.parent / "kpidesk-backups"
    leftovers = [p.name for p in folder.iterdir()] if folder.exists() else []
    assert not [name for name in leftovers if name.startswith(".")]
    import sqlite3

    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    logged = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    conn.close()
    assert 0 <= logged < 3000
    for backup in folder.glob("*.db") if folder.exists() else []:
        conn = sqlite3.connect(backup)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
