"""Backups, restore, damaged and newer files, and file permissions, on real SQLite files."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kpidesk.data import backup as files
from kpidesk.data.database import open_database
from kpidesk.data.errors import (
    DamagedDatabaseError,
    DatabaseError,
    NewerDatabaseError,
    NotADatabaseError,
)
from kpidesk.data.integrity import check_file, problems
from kpidesk.data.locations import backup_dir_for
from kpidesk.data.models import TeamMember
from tests import factories as f


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names(path: Path) -> list[str]:
    db = open_database(path)
    try:
        with db.read() as s:
            return list(s.scalars(select(TeamMember.name).order_by(TeamMember.name)))
    finally:
        db.dispose()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_backup_and_restore_round_trip(db_path: Path) -> None:
    db = open_database(db_path)
    f.rep(db, "Anna de Boer")
    db.dispose()
    made = files.make_backup(db_path, files.MANUAL)
    assert made.path.parent == backup_dir_for(db_path)
    assert problems(made.path, full=True) == []

    db = open_database(db_path)
    f.rep(db, "Bram Visser")  # entered after the backup
    db.dispose()
    result = files.restore_backup(db_path, made.path)

    assert names(db_path) == ["Anna de Boer"]
    assert result.previous_copy is not None
    assert names(result.previous_copy) == ["Anna de Boer", "Bram Visser"]
    assert problems(db_path, full=True) == []
    # Restoring the kept copy undoes the restore.
    files.restore_backup(db_path, result.previous_copy)
    assert names(db_path) == ["Anna de Boer", "Bram Visser"]


def test_restore_while_another_connection_is_open_sees_the_backup(db_path: Path) -> None:
    """A second KPIDesk with the file open keeps working and reads the restored data."""
    db = open_database(db_path)
    f.rep(db, "Anna de Boer")
    made = files.make_backup(db_path, files.MANUAL)
    f.rep(db, "Bram Visser")
    other = open_database(db_path)  # e.g. a second window
    with other.read() as s:
        assert s.scalar(select(func.count(TeamMember.id))) == 2
    db.dispose()
    files.restore_backup(db_path, made.path)
    with other.read() as s:
        assert s.scalar(select(func.count(TeamMember.id))) == 1
    other.dispose()


def test_restore_refuses_foreign_damaged_and_newer_files(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).dispose()
    before = digest(db_path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    newer = tmp_path / "newer.db"
    files.copy_database(db_path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    damaged = tmp_path / "damaged.db"
    files.copy_database(db_path, damaged)
    garble(damaged)

    for candidate, error in (
        (junk, NotADatabaseError),
        (foreign, NotADatabaseError),
        (newer, NewerDatabaseError),
        (damaged, DamagedDatabaseError),
        (tmp_path / "missing.db", NotADatabaseError),
    ):
        with pytest.raises(error) as caught:
            files.restore_backup(db_path, candidate)
        assert str(candidate.name) in str(caught.value)
    assert digest(db_path) == before
    assert files.list_backups(db_path) == []  # nothing was even copied aside


def garble(path: Path, first_page: int = 2, pages: int = 6) -> None:
    """Overwrite some pages in the middle with random bytes (a bad sector, a bad copy)."""
    with path.open("r+b") as handle:
        handle.seek(4096 * first_page)
        handle.write(os.urandom(4096 * pages))


def damaged_copy(db_path: Path, how: str) -> Path:
    db = open_database(db_path)
    rep = f.rep(db, "Carla Smit")
    org = f.org(db, "Bakkerij Vos")
    for n in range(200):
        f.deal(db, f"Deal {n}", owner_id=rep, organisation_id=org)
    db.dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    if how == "garbage":
        garble(db_path)
    else:
        with db_path.open("r+b") as handle:
            handle.truncate(db_path.stat().st_size // 2)
    return db_path


@pytest.mark.parametrize("how", ["garbage", "truncated"])
def test_damaged_file_is_refused_untouched_with_a_way_out(db_path: Path, how: str) -> None:
    damaged_copy(db_path, how)
    before = digest(db_path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)
    message = str(caught.value)
    assert "damaged" in message and "restore" in message.lower()
    assert str(backup_dir_for(db_path)) in message
    assert digest(db_path) == before


def test_damaged_database_is_replaced_by_restore(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    f.rep(db, "Anna de Boer")
    db.dispose()
    made = files.make_backup(db_path, files.AUTO)
    damaged_copy(db_path, "garbage")
    with pytest.raises(DamagedDatabaseError):
        open_database(db_path).dispose()
    result = files.restore_backup(db_path, made.path)
    assert names(db_path) == ["Anna de Boer"]
    assert result.previous_copy is not None and result.previous_copy.exists()


def test_garbage_header_file_is_replaced_by_restore(db_path: Path) -> None:
    db = open_database(db_path)
    f.rep(db, "Anna de Boer")
    db.dispose()
    made = files.make_backup(db_path, files.AUTO)
    db_path.write_bytes(os.urandom(20_000))
    with pytest.raises(DatabaseError):
        open_database(db_path)
    files.restore_backup(db_path, made.path)
    assert names(db_path) == ["Anna de Boer"]


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_database(db_path)
    assert digest(db_path) == before


def test_keep_only_the_newest_backups(db_path: Path) -> None:
    open_database(db_path).dispose()
    made = [files.make_backup(db_path, files.MANUAL, keep=3) for _ in range(5)]
    kept = files.list_backups(db_path)
    assert [b.path for b in kept] == [m.path for m in reversed(made)][:3]
    assert all(not m.path.exists() for m in made[:2])


def test_files_are_private_to_the_user(db_path: Path, tmp_path: Path) -> None:
    os.umask(0o022)  # a usual umask; KPIDesk must be stricter on its own
    db = open_database(db_path)
    f.rep(db, "Anna de Boer")
    made = files.make_backup(db_path, files.MANUAL)
    assert mode(db_path) == 0o600
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            assert mode(side) & 0o077 == 0
    assert mode(made.path) == 0o600
    assert mode(made.path.parent) == 0o700
    result = files.restore_backup(db_path, made.path)
    assert result.previous_copy is not None and mode(result.previous_copy) == 0o600
    db.dispose()


def test_default_data_folder_and_log_are_private() -> None:
    import logging

    from kpidesk.data.database import default_database_path, resolve_target
    from kpidesk.data.locations import log_file, setup_logging

    os.umask(0o022)
    resolve_target(None)
    assert mode(default_database_path().parent) == 0o700
    path = setup_logging()
    assert path is not None and mode(path) == 0o600 and mode(path.parent) == 0o700
    root = logging.getLogger()
    handler = next(h for h in root.handlers if getattr(h, "baseFilename", None) == str(path))
    handler.doRollover()  # type: ignore[attr-defined]
    assert mode(log_file()) == 0o600
    root.removeHandler(handler)
    handler.close()


def test_backup_to_a_read_only_folder_fails_cleanly(db_path: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root may write to read-only folders")
    open_database(db_path).dispose()
    folder = backup_dir_for(db_path)
    folder.mkdir(mode=0o500)
    try:
        with pytest.raises(DatabaseError, match="Could not write a backup"):
            files.make_backup(db_path, files.MANUAL)
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_full_check_and_quick_check_agree_on_a_whole_file(db_path: Path) -> None:
    open_database(db_path).dispose()
    check_file(db_path, full=True)
    check_file(db_path, full=False)
