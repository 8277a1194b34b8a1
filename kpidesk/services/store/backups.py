"""Backups for the window and the command line: automatic, on request, listed and restored."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.data import backup as files
from kpidesk.data.database import Database, resolve_target
from kpidesk.data.errors import DatabaseError
from kpidesk.data.integrity import problems
from kpidesk.data.models import Setting
from kpidesk.services.errors import Refused

log = logging.getLogger(__name__)

KEEP_SETTING = "backup_keep"
IMPORT_BACKUP_ROWS = 1000  # imports above this many rows are backed up first
AUTO_INTERVAL = timedelta(days=1)

REASON_TEXTS = {
    files.AUTO: tr_noop("Automatic (at start)"),
    files.MANUAL: tr_noop("Made by hand"),
    files.BEFORE_UPGRADE: tr_noop("Before an upgrade"),
    files.BEFORE_IMPORT: tr_noop("Before an import"),
    files.BEFORE_RESTORE: tr_noop("Before a restore"),
}


@dataclass(frozen=True)
class BackupRow:
    """One backup, as the Backups dialog and ``kpidesk backup`` show it."""

    path: Path
    reason: str  # one of kpidesk.data.backup.REASONS
    created: datetime  # UTC
    size: int

    @property
    def reason_text(self) -> str:
        return tr(REASON_TEXTS.get(self.reason, self.reason))


@dataclass(frozen=True)
class BackupMade:
    backup: BackupRow
    problems: tuple[str, ...]  # from the full integrity check; empty when whole


def _row(item: files.BackupFile) -> BackupRow:
    return BackupRow(item.path, item.reason, item.created, item.size)


def _file_of(db: Database) -> Path:
    if db.path is None:
        raise Refused(
            tr("Backups of a team database on a server are made by the server's administrator.")
        )
    return db.path


def database_file(target: str | None) -> Path | None:
    """The file that ``--db`` names (without opening it), or None for a server URL."""
    return resolve_target(target)[1]


def backup_keep(db: Database) -> int:
    """How many backups to keep (the team setting ``backup_keep``, 10 unless changed)."""
    with db.read() as session:
        row = session.scalar(select(Setting.value).where(Setting.key == KEEP_SETTING))
    try:
        return max(1, int(row)) if row is not None else files.DEFAULT_KEEP
    except (TypeError, ValueError):
        return files.DEFAULT_KEEP


def set_backup_keep(db: Database, keep: int) -> None:
    if keep < 1:
        raise Refused(tr("Keep at least one backup."))
    with db.write() as session:
        row = session.get(Setting, KEEP_SETTING)
        if row is None:
            session.add(Setting(key=KEEP_SETTING, value=keep))
        else:
            row.value = keep


def list_backups(db: Database) -> list[BackupRow]:
    """The backups of this database, newest first."""
    if db.path is None:
        return []
    return [_row(item) for item in files.list_backups(db.path)]


def list_backups_of(path: Path) -> list[BackupRow]:
    """The backups of a database file that may not open (damaged): for the way out."""
    return [_row(item) for item in files.list_backups(path)]


def backup_folder(db: Database) -> Path:
    return files.target_folder(_file_of(db))


def backup_folder_of(path: Path) -> Path:
    """Where the backups of the database file *path* are kept."""
    return files.target_folder(path)


def _make(db: Database, reason: str) -> BackupRow:
    try:
        return _row(files.make_backup(_file_of(db), reason, keep=backup_keep(db)))
    except DatabaseError as exc:
        raise Refused(str(exc)) from exc


def backup_now(db: Database, out: Path | None = None) -> BackupMade:
    """Back up on request, into the backup folder or to *out*; the copy gets the full check."""
    if out is None:
        made = _make(db, files.MANUAL)
    else:
        out = out.expanduser()
        if out.is_dir():
            out = out / f"{_file_of(db).stem}-{datetime.now(UTC):%Y%m%d-%H%M%S}.db"
        if out.exists():
            raise Refused(tr("{file} already exists. Choose a new file name.").format(file=out))
        if not out.parent.is_dir():
            raise Refused(tr("The folder {folder} does not exist.").format(folder=out.parent))
        try:
            files.copy_database(_file_of(db), out)
        except OSError as exc:
            raise Refused(
                tr("Could not write {file}: {reason}").format(file=out, reason=exc.strerror or exc)
            ) from exc
        made = BackupRow(out, files.MANUAL, datetime.now(UTC), out.stat().st_size)
    return BackupMade(made, tuple(problems(made.path, full=True)))


def backup_at_start(db: Database, now: datetime | None = None) -> BackupRow | None:
    """The daily automatic backup: made when the newest backup is a day old or more."""
    if db.path is None:
        return None
    latest = files.latest_backup(db.path)
    moment = now or datetime.now(UTC)
    if latest is not None and moment - latest.created < AUTO_INTERVAL:
        return None
    return _make(db, files.AUTO)


def backup_before_import(db: Database, rows: int | None = None) -> BackupRow | None:
    """Back up before an import of more than 1,000 rows (call with the row count).

    Returns the backup, or None when the import is small or the database is on a server.
    """
    if db.path is None or (rows is not None and rows <= IMPORT_BACKUP_ROWS):
        return None
    return _make(db, files.BEFORE_IMPORT)


@dataclass(frozen=True)
class Restored:
    restored_from: Path
    previous_copy: Path | None


def restore_backup(database: Path, backup_file: Path, keep: int | None = None) -> Restored:
    """Put *backup_file* in place of the database file *database*.

    The caller closes its own connections first (``db.dispose()``) and opens the database
    again afterwards.  The backup is checked (a KPIDesk database, a known version, whole);
    the current database is kept as a ``before-restore`` backup.
    """
    try:
        result = files.restore_backup(
            database, backup_file.expanduser(), keep=keep or files.DEFAULT_KEEP
        )
    except DatabaseError as exc:
        raise Refused(str(exc)) from exc
    except OSError as exc:
        raise Refused(
            tr("Could not restore {file}: {reason}. Nothing has been changed.").format(
                file=backup_file, reason=exc.strerror or exc
            )
        ) from exc
    log.info(
        "restored %s from %s (previous kept at %s)", database, backup_file, result.previous_copy
    )
    return Restored(result.restored_from, result.previous_copy)
