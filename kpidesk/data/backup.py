"""Backups of a SQLite database file: making, listing, pruning and restoring them.

Every copy goes through SQLite's online backup API, so a copy taken while another program
writes is still consistent.  A copy is written to a hidden temporary name and renamed into
place only when complete, so that a crash never leaves half a backup that looks whole.

Restoring also goes through the backup API, *into* the live file: SQLite writes the pages in
one transaction (through the write-ahead log), so a crash half-way leaves the old database,
and another KPIDesk that has the file open sees the restored data on its next read.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kpidesk.core.i18n import tr
from kpidesk.data.errors import DatabaseError, NewerDatabaseError, NotADatabaseError
from kpidesk.data.integrity import check_file
from kpidesk.data.locations import backup_dir_for
from kpidesk.data.sqlite_file import BUSY_TIMEOUT_MS, is_not_a_database, known_revisions

# Why a copy was made; part of the file name so that the list explains itself.
AUTO = "auto"
MANUAL = "manual"
BEFORE_UPGRADE = "before-upgrade"
BEFORE_IMPORT = "before-import"
BEFORE_RESTORE = "before-restore"
REASONS = (AUTO, MANUAL, BEFORE_UPGRADE, BEFORE_IMPORT, BEFORE_RESTORE)
DEFAULT_KEEP = 10
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupFile:
    """One backup in the backup folder."""

    path: Path
    reason: str
    created: datetime  # UTC, from the file name
    size: int


def _name_pattern(stem: str) -> re.Pattern[str]:
    reasons = "|".join(re.escape(r) for r in REASONS)
    return re.compile(rf"^{re.escape(stem)}-({reasons})-(\d{{8}}-\d{{6}})(?:-(\d+))?\.db$")


def _make_private_dir(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)


def copy_database(source: Path, target: Path) -> Path:
    """Copy *source* to *target* with the online backup API; *target* appears only when whole.

    The copy is readable by the user alone.  Raises sqlite3.DatabaseError when *source* cannot
    be read as a database, and OSError when *target* cannot be written (full disk, read-only
    folder); in both cases no *target* is left behind.
    """
    _make_private_dir(target.parent)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
    try:
        src = sqlite3.connect(
            f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # A backup is read, rarely written: keep it a single self-contained file.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return target


def backup_path(database: Path, reason: str, now: datetime | None = None) -> Path:
    """A new file name in the backup folder of *database*, sorting after every earlier one."""
    stamp = (now or datetime.now(UTC)).strftime(STAMP)
    folder = backup_dir_for(database)
    same_second = [
        int(match.group(3) or 1)
        for item in (folder.iterdir() if folder.is_dir() else ())
        if (match := _name_pattern(database.stem).match(item.name)) and match.group(2) == stamp
    ]
    if not same_second:
        return folder / f"{database.stem}-{reason}-{stamp}.db"
    return folder / f"{database.stem}-{reason}-{stamp}-{max(same_second) + 1}.db"


def make_backup(database: Path, reason: str, *, keep: int | None = DEFAULT_KEEP) -> BackupFile:
    """Back up *database* into its backup folder, then keep only the newest *keep* backups.

    With *keep* None nothing is pruned (the migration backup: the team's own setting is not
    readable before the upgrade, so pruning waits for the next start).
    """
    if reason not in REASONS:
        raise ValueError(reason)
    now = datetime.now(UTC).replace(microsecond=0)
    try:
        target = copy_database(database, backup_path(database, reason, now))
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            tr("Could not back up {file}: {reason}").format(file=database, reason=exc)
        ) from exc
    except OSError as exc:
        raise DatabaseError(
            tr(
                "Could not write a backup to {folder}: {reason}. Free some disk space or check "
                "the folder's permissions."
            ).format(folder=target_folder(database), reason=exc.strerror or exc)
        ) from exc
    if keep is not None:
        prune_backups(database, keep)
    return BackupFile(target, reason, now, target.stat().st_size)


def target_folder(database: Path) -> Path:
    return backup_dir_for(database)


def list_backups(database: Path) -> list[BackupFile]:
    """The backups of *database*, newest first."""
    folder = backup_dir_for(database)
    if not folder.is_dir():
        return []
    pattern = _name_pattern(database.stem)
    found: list[tuple[datetime, int, BackupFile]] = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match is None or not entry.is_file():
            continue
        created = datetime.strptime(match.group(2), STAMP).replace(tzinfo=UTC)
        number = int(match.group(3) or 1)
        found.append(
            (created, number, BackupFile(entry, match.group(1), created, entry.stat().st_size))
        )
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    return [item[2] for item in found]


def prune_backups(database: Path, keep: int) -> list[Path]:
    """Delete all but the newest *keep* backups (at least one is always kept)."""
    removed = []
    for old in list_backups(database)[max(1, keep) :]:
        try:
            old.path.unlink()
        except OSError:
            continue  # a backup we cannot delete does no harm; try again next time
        removed.append(old.path)
    return removed


def latest_backup(database: Path, reason: str | None = None) -> BackupFile | None:
    for item in list_backups(database):
        if reason is None or item.reason == reason:
            return item
    return None


def validate_backup(candidate: Path) -> str:
    """Check that *candidate* is a whole KPIDesk database that this version can open.

    Returns its schema revision.  Raises NotADatabaseError, NewerDatabaseError or
    DamagedDatabaseError (from the full integrity check) with a message for the user.
    """
    if not candidate.is_file():
        raise NotADatabaseError(tr("{file} does not exist.").format(file=candidate))
    try:
        conn = sqlite3.connect(f"{candidate.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            row = (
                conn.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        row = None
        tables = set()
        if not is_not_a_database(exc):
            check_file(candidate, full=True)  # explains the damage, or falls through
    if row is None or "deals" not in tables:
        raise NotADatabaseError(
            tr("{file} is not a KPIDesk database, so it cannot be restored.").format(file=candidate)
        )
    revision = str(row[0])
    if revision not in known_revisions():
        raise NewerDatabaseError(
            tr(
                "{file} was saved by a newer version of KPIDesk. Update KPIDesk to restore it; "
                "nothing has been changed."
            ).format(file=candidate)
        )
    check_file(candidate, full=True)
    return revision


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    previous_copy: Path | None  # the copy of the database as it was before the restore


def restore_backup(database: Path, candidate: Path, *, keep: int = DEFAULT_KEEP) -> RestoreResult:
    """Replace the contents of *database* by those of the backup *candidate*.

    The caller must have closed its own engine on *database*.  The candidate is checked first;
    then the current database is copied to a ``before-restore`` backup, and only then replaced.
    """
    database = database.resolve()
    candidate = candidate.resolve()
    if candidate == database:
        raise DatabaseError(tr("This is the database itself; choose a backup to restore."))
    validate_backup(candidate)
    previous = _keep_current(database, keep) if database.exists() else None
    try:
        _restore_into_live(candidate, database)
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(
                tr(
                    "The database is in use by another KPIDesk. Close it there, then restore "
                    "again. Nothing has been changed."
                )
            ) from exc
        _replace_file(candidate, database)
    except sqlite3.DatabaseError:
        # The current file is too damaged to write into page by page: replace it whole.
        _replace_file(candidate, database)
    return RestoreResult(candidate, previous)


def _keep_current(database: Path, keep: int) -> Path:
    """Copy the current database aside before it is overwritten, even when it is damaged."""
    target = backup_path(database, BEFORE_RESTORE)
    try:
        copy_database(database, target)
    except sqlite3.DatabaseError:
        # Unreadable for SQLite: keep the raw bytes, they may still be rescued by hand.
        _make_private_dir(target.parent)
        partial = target.with_name(f".{target.name}.partial")
        shutil.copyfile(database, partial)
        os.chmod(partial, 0o600)
        os.replace(partial, target)
    except OSError as exc:
        raise DatabaseError(
            tr(
                "Could not keep a copy of the current database in {folder}: {reason}. Nothing "
                "has been restored."
            ).format(folder=target.parent, reason=exc.strerror or exc)
        ) from exc
    prune_backups(database, max(keep, 1) + 1)  # never prune the copy just made
    return target


def _restore_into_live(candidate: Path, database: Path) -> None:
    src = sqlite3.connect(f"{candidate.as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            dst.close()
    finally:
        src.close()


def _replace_file(candidate: Path, database: Path) -> None:
    """Swap in a fresh copy of *candidate* under the database's name, atomically."""
    fresh = database.with_name(f".{database.name}.restoring")
    copy_database(candidate, fresh)
    for stale in ("-wal", "-shm", "-journal"):
        # An old write-ahead log belongs to the old file; applied to the new one it would
        # damage it.
        Path(f"{database}{stale}").unlink(missing_ok=True)
    os.replace(fresh, database)
