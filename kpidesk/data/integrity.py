"""Checking a database file for damage, with a message that shows the way out.

What runs when, measured with ``bench/integrity_check.py`` on a 219 MB file with 1,000,000
activities (warm cache, shared 2-core machine): reading the file 0.12 s, ``quick_check`` 1.0 s
(8x the read), ``integrity_check`` 24.7 s (200x: it checks every index against its table).

* At start, SQLite's ``PRAGMA quick_check`` runs on files up to :data:`QUICK_CHECK_MAX_BYTES`.
  It checks every page's structure but not the indexes against the tables, and on the small
  demo it costs milliseconds, at the 64 MB limit about 0.3 s.  Bigger files skip it at
  start: the quick check reads the whole file, about 1.4 s for 300 MB warm and more from a
  cold disk, and SQLite still notices a damaged page the moment it reads one.
* The ``backup`` command and every restore run the full ``PRAGMA integrity_check``: a backup
  that is damaged is worth knowing about before it is needed, and a restore must never replace
  a database with a damaged copy.

The checks open the file read-only (``mode=ro``): a damaged file is never changed by looking.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kpidesk.core.i18n import tr
from kpidesk.data.errors import DamagedDatabaseError
from kpidesk.data.locations import backup_dir_for

QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
MAX_REPORTED_PROBLEMS = 5


def problems(path: Path, *, full: bool) -> list[str]:
    """SQLite's own findings for *path*: an empty list when the file is whole."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = conn.execute(f"PRAGMA {pragma}({MAX_REPORTED_PROBLEMS})").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    # One problem per line; SQLite prefixes a "*** in database main ***" heading.
    found = [
        line.strip()
        for row in rows
        for line in str(row[0]).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return [] if found == ["ok"] else found


def damaged_message(path: Path, detail: str) -> str:
    """What to tell the user about a damaged file: what happened and how to get the data back."""
    return tr(
        "{file} is damaged ({detail}). KPIDesk has not changed it. Restore a backup: in the "
        "window choose Restore a backup…, or on the command line run 'kpidesk restore FILE' "
        "with a file from {folder}."
    ).format(file=path, detail=detail, folder=backup_dir_for(path))


def check_file(path: Path, *, full: bool) -> None:
    """Raise DamagedDatabaseError when *path* fails the quick (or, with *full*, the full) check."""
    found = problems(path, full=full)
    if found:
        raise DamagedDatabaseError(damaged_message(path, found[0]))


def check_at_open(path: Path) -> None:
    """The check that runs each time a file is opened: quick, and only on files of modest size."""
    if path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
        check_file(path, full=False)
