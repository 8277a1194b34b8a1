"""Migration 0013: a database of revision 0012 gets an empty close-date history it can write."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from kpidesk.data.database import current_revision, open_database

FIXTURES = Path(__file__).resolve().parents[1] / "resources" / "schema"


def test_a_0012_file_gets_the_close_date_history(tmp_path: Path) -> None:
    path = tmp_path / "kpidesk.db"
    shutil.copy(FIXTURES / "kpidesk-0012.db", path)
    db = open_database(path)
    try:
        assert current_revision(db) >= "0013"
    finally:
        db.dispose()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM deal_close_changes").fetchone() == (0,)
        indexes = {r[1] for r in conn.execute("PRAGMA index_list('deal_close_changes')")}
        assert "ix_deal_close_changes_deal_changed" in indexes
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(
            "INSERT INTO deal_close_changes (deal_id, old_date, new_date, changed_at) "
            "VALUES (3, '2026-06-30', '2026-07-31', '2026-06-20 10:00:00')"
        )
        conn.execute("DELETE FROM deals WHERE id = 3")  # the history goes with its deal
        assert conn.execute("SELECT count(*) FROM deal_close_changes").fetchone() == (0,)
    finally:
        conn.close()
