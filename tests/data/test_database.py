"""Opening, creating, upgrading and refusing databases."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select

from kpidesk.data.database import (
    current_revision,
    head_revision,
    open_database,
    table_names,
    upgrade_to,
)
from kpidesk.data.errors import DatabaseLocation, NewerDatabaseError, NotADatabaseError
from kpidesk.data.models import Stage


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_and_configured(db_path: Path) -> None:
    db = open_database(db_path)
    assert current_revision(db) == head_revision()
    assert {"deals", "deal_stage_history", "activities", "targets"} <= table_names(db)
    with db.read() as session:
        kinds = [s.kind for s in session.scalars(select(Stage).order_by(Stage.position))]
    assert kinds == ["open"] * 5 + ["won", "lost"]
    db.dispose()
    assert db_path.stat().st_mode & 0o777 == 0o600


def test_sqlite_pragmas(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.dispose()


def test_upgrade_from_first_migration_keeps_data_and_backs_up(db_path: Path) -> None:
    db = open_database(db_path, migrate=False)
    upgrade_to(db, "0001")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO team_members (name, role, active) VALUES ('Bram de Vries', 'rep', 1)"
        )
    db.dispose()
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM stages").fetchone() == (0,)

    upgraded = open_database(db_path)
    assert current_revision(upgraded) == head_revision()
    with upgraded.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM team_members").scalar() == "Bram de Vries"
        assert conn.exec_driver_sql("SELECT count(*) FROM stages").scalar() == 7
    upgraded.dispose()
    backups = list((db_path.parent / "kpidesk-backups").glob("*before-upgrade*.db"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    old.close()


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).dispose()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(NewerDatabaseError, match="newer version of KPIDesk"):
        open_database(db_path)
    assert digest(db_path) == before
    assert not (db_path.parent / "kpidesk-backups").exists()


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Dit is geen database\n")
    with pytest.raises(NotADatabaseError, match="not a KPIDesk database"):
        open_database(path)
    assert path.read_text() == "Dit is geen database\n"


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADatabaseError, match="not one of KPIDesk"):
        open_database(path)


def test_missing_folder_and_folder_as_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseLocation, match="does not exist"):
        open_database(tmp_path / "nope" / "x.db")
    with pytest.raises(DatabaseLocation, match="is a folder"):
        open_database(tmp_path)


def test_url_and_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    db = open_database(f"sqlite:///{empty}")
    assert db.path == empty.resolve()
    assert current_revision(db) == head_revision()
    db.dispose()


def test_default_location_uses_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KPIDESK_DATA_DIR", str(tmp_path / "userdata"))
    db = open_database(None)
    assert db.path == tmp_path / "userdata" / "kpidesk.db"
    db.dispose()


def test_missing_driver_says_which_address_to_write() -> None:
    # psycopg 3 is a dependency (SQLAlchemy's default for postgresql://); psycopg2 is not.
    import importlib.util

    if importlib.util.find_spec("psycopg2") is not None:
        pytest.skip("psycopg2 is installed here")
    with pytest.raises(DatabaseLocation, match=r"no driver \(psycopg2\).*postgresql\+psycopg://"):
        open_database("postgresql+psycopg2://someone@localhost/kpidesk")


def test_other_database_servers_are_refused_by_name() -> None:
    with pytest.raises(DatabaseLocation, match=r"PostgreSQL team database.*not mysql://x@h/k"):
        open_database("mysql://x@h/k")


def test_revisions_read_from_file_names_are_alembics_chain() -> None:
    # The start reads revisions from the migration files' numbers to spare importing Alembic;
    # that only holds while every migration is named after its revision, in one line.
    from alembic.script import ScriptDirectory

    from kpidesk.data.database import alembic_config
    from kpidesk.data.sqlite_file import known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert known_revisions() == chain
    assert script.get_heads() == [head_revision()]


def test_opening_a_current_database_does_not_import_alembic(db_path: Path) -> None:
    import subprocess
    import sys

    open_database(db_path).dispose()
    code = (
        "import sys; from kpidesk.data.database import open_database; "
        f"open_database({str(db_path)!r}).dispose(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
