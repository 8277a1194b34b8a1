"""Facts about a KPIDesk database file that need no engine: its schema revisions, how long to
wait for a lock, and how to tell a foreign file from a damaged one.

The database, the backups and the integrity check all read these, so they live apart from
each of them (no import cycle between ``database``, ``backup`` and ``integrity``).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 15_000


def known_revisions() -> list[str]:
    """The schema revisions this KPIDesk can open, oldest first: its migration files' numbers."""
    names = (path.name for path in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return sorted(name[:4] for name in names)


def head_revision() -> str:
    return known_revisions()[-1]


def is_not_a_database(exc: sqlite3.DatabaseError) -> bool:
    """True when SQLite found no database header at all (a foreign file), not mere damage."""
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB" or (
        "file is not a database" in str(exc)
    )
