"""Noticing that another program changed a SQLite database, with ``PRAGMA data_version``.

SQLite changes a connection's ``data_version`` whenever *another* connection commits, and
that includes this program's own pooled connections.  To tell the two apart, every write
transaction of this program notes the value just after ``BEGIN IMMEDIATE`` (while it holds
the write lock, so nobody else can commit) and again when its connection goes back to the
pool after the commit.  A change that these own steps do not explain came from elsewhere.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from sqlalchemy import event

from kpidesk.data.database import Database

_MAX_STEPS = 1000  # own writes remembered between two polls; beyond that, assume outside


class DataVersionWatch:
    """Polls a dedicated connection; :meth:`poll` says whether someone else wrote."""

    def __init__(self, db: Database) -> None:
        if db.path is None:
            raise ValueError("data_version works on SQLite files only")
        self._db = db
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            f"{db.path.resolve().as_uri()}?mode=ro",
            uri=True,
            check_same_thread=False,
            isolation_level=None,
        )
        self._seen = self._version()
        self._steps: list[tuple[int, int]] = []  # (before, after) of each own commit
        self._overflow = False
        event.listen(db.engine, "begin", self._on_begin)
        event.listen(db.engine.pool, "checkin", self._on_checkin)

    def _version(self) -> int:
        with self._lock:
            if self._conn is None:
                return 0
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def _on_begin(self, connection: Any) -> None:
        if connection.get_execution_options().get("kpidesk_write"):
            connection.connection.info["kpidesk_version_before"] = self._version()

    def _on_checkin(self, _dbapi_connection: Any, record: Any) -> None:
        if record is None:
            return
        before = record.info.pop("kpidesk_version_before", None)
        if before is None:
            return
        after = self._version()
        with self._lock:
            if len(self._steps) >= _MAX_STEPS:
                self._overflow = True
            else:
                self._steps.append((before, after))

    def poll(self) -> bool:
        """True when another program committed since the last poll."""
        now = self._version()
        with self._lock:
            steps, self._steps = self._steps, []
            overflow, self._overflow = self._overflow, False
        current = self._seen
        outside = overflow
        for before, after in steps:
            if before != current:
                outside = True  # something changed between our own writes
            current = after
        if current != now:
            outside = True
        self._seen = now
        return outside

    def close(self) -> None:
        if event.contains(self._db.engine, "begin", self._on_begin):
            event.remove(self._db.engine, "begin", self._on_begin)
        if event.contains(self._db.engine.pool, "checkin", self._on_checkin):
            event.remove(self._db.engine.pool, "checkin", self._on_checkin)
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
