"""Opening a KPIDesk database: location, safety checks, engine set-up and migrations.

A database is opened through :func:`open_database`, which
1. refuses files that are not KPIDesk databases or that a newer KPIDesk wrote, without
   touching them (they are inspected read-only first);
2. copies an existing file to a backup before any migration;
3. runs the Alembic migrations shipped in ``kpidesk/data/migrations``.

Alembic is imported only when a migration is due: the schema revision is read with one plain
query, and the revisions this KPIDesk knows are the migration files' numbers (``0007_….py`` is
revision ``0007``; tests/data/test_database.py checks that Alembic sees the same chain), so that
an ordinary start and every command pay nothing for it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, time
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, make_url, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, ProgrammingError
from sqlalchemy.exc import DatabaseError as SADatabaseError

from kpidesk.core.i18n import tr
from kpidesk.data.errors import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseLocation,
    NewerDatabaseError,
    NotADatabaseError,
    ServerUnreachable,
)
from kpidesk.data.locations import data_dir
from kpidesk.data.server import translate_write_error
from kpidesk.data.sqlite_file import (
    BUSY_TIMEOUT_MS,
    MIGRATIONS,
    head_revision,
    is_not_a_database,
    known_revisions,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

DB_FILE_NAME = "kpidesk.db"
SQLITE_MAGIC = b"SQLite format 3\x00"
CONNECT_TIMEOUT_S = 5  # a team server that does not answer: say so soon, do not hang


def default_database_path() -> Path:
    return data_dir() / DB_FILE_NAME


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


@dataclass
class Database:
    """An open database: the engine plus read and write session factories."""

    url: URL
    engine: Engine
    path: Path | None = None
    # PostgreSQL: the server process ids of this database's own connections, so that change
    # notices caused by this app itself can be told from another team member's.
    own_pids: set[int] = field(default_factory=set)
    # The ORM session factories, made on first use: a command that reads through
    # read_connection (kpis) never imports sqlalchemy.orm.
    _makers: tuple[sessionmaker[Session], sessionmaker[Session]] | None = field(
        default=None, init=False, repr=False
    )

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def _sessions(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        """The read and the write session factory."""
        if self._makers is None:
            from sqlalchemy.orm import sessionmaker

            writing = self.engine.execution_options(kpidesk_write=True)
            self._makers = (
                sessionmaker(self.engine, expire_on_commit=False),
                sessionmaker(writing, expire_on_commit=False),
            )
        return self._makers

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; it never writes."""
        with self._sessions()[0]() as session:  # closing detaches objects with their state
            yield session

    @contextmanager
    def read_connection(self) -> Iterator[Connection]:
        """A Core connection for reading (the KPI queries, kpidesk.data.reading); it never
        writes.  Its transaction starts at the first statement and is rolled back at the end,
        as a read session's is."""
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: committed once at the end, rolled back on any error.

        On SQLite the transaction starts with ``BEGIN IMMEDIATE`` so that a second writer waits
        its turn (busy timeout) instead of failing half-way.
        """
        makers = self._sessions()
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with makers[1].begin() as session:
                yield session
        except (DBAPIError, StaleDataError) as exc:
            translated = translate_write_error(exc)
            if translated is None:
                raise
            raise translated from exc

    def describe(self) -> str:
        """What the status bar shows: the file path, or the server URL without password."""
        if self.path is not None:
            return str(self.path)
        return self.url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def _json_default(value: Any) -> str:
    """Dates and times in JSON columns (an import's undo data) as ISO text."""
    if isinstance(value, (date, time)):  # a datetime is a date too
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} cannot be stored as JSON")


# The JSON columns' serializer: json.dumps calls the hook only for the few dates among the
# values, where converting every value first cost a 100k-row import 0.4 s.
dumps_json = partial(json.dumps, default=_json_default)


def _sqlite_engine(path: Path) -> Engine:
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        json_serializer=dumps_json,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event decide how transactions start (see SQLAlchemy's
        # pysqlite notes on transactional behaviour).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get("kpidesk_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")

    return engine


def _inspect_sqlite_file(path: Path) -> str | None:
    """Read the schema revision of an existing file without changing a byte of it.

    Returns None for an empty file (a new database). Raises for foreign or newer files.
    """
    if path.stat().st_size == 0:
        return None
    # Only SQLite reads the file: closing a Python handle on it would drop every POSIX lock
    # this process holds on it, and another KPIDesk could then delete the write-ahead log
    # under an open connection of ours (see SQLite's "How To Corrupt" page, section 2.2).
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise NotADatabaseError(
                        tr(
                            "{file} is a database, but not one of KPIDesk. Choose another file."
                        ).format(file=path)
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_not_a_database(exc):
            raise NotADatabaseError(
                tr(
                    "{file} is not a KPIDesk database. Choose another file, or start a new "
                    "database with --db and a new file name."
                ).format(file=path)
            ) from exc
        from kpidesk.data.integrity import damaged_message

        raise DamagedDatabaseError(damaged_message(path, str(exc))) from exc
    revision = row[0] if row else None
    _check_revision(revision, str(path))
    return revision


def _check_revision(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(
            tr(
                "{file} was saved by a newer version of KPIDesk. Update KPIDesk to open it; "
                "the file has not been changed."
            ).format(file=where)
        )


def resolve_target(target: str | Path | None) -> tuple[URL, Path | None]:
    """Turn ``--db`` (a path, a SQLAlchemy URL or nothing) into a URL and, for files, a path."""
    if target is None:
        path = default_database_path()
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        return URL.create("sqlite+pysqlite", database=str(path)), path
    text = str(target)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise DatabaseLocation(
                tr("'{url}' is not a database address KPIDesk understands.").format(url=text)
            ) from exc
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                raise DatabaseLocation(tr("KPIDesk needs a database file, not a memory database."))
            return resolve_target(Path(url.database))
        if url.get_backend_name() != "postgresql":
            raise DatabaseLocation(
                tr(
                    "KPIDesk opens a database file or a PostgreSQL team database "
                    "(postgresql+psycopg://user@server/database), not {url}."
                ).format(url=url.render_as_string(hide_password=True))
            )
        return url, None
    path = Path(text).expanduser()
    if path.is_dir():
        raise DatabaseLocation(
            tr(
                "{path} is a folder. Give the name of a database file, for example {example}."
            ).format(path=path, example=path / DB_FILE_NAME)
        )
    if not path.parent.is_dir():
        raise DatabaseLocation(
            tr(
                "The folder {folder} does not exist. Create it first, or choose another place "
                "for the database."
            ).format(folder=path.parent)
        )
    return URL.create("sqlite+pysqlite", database=str(path.resolve())), path.resolve()


def open_database(target: str | Path | None = None, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the database named by *target*.

    Raises:
        DatabaseError: with a message for the user; the file is then left as it was.
    """
    url, path = resolve_target(target)
    if path is not None:
        return _open_sqlite(path, migrate=migrate)
    return _open_server(url, migrate=migrate)


def _open_sqlite(path: Path, *, migrate: bool) -> Database:
    existed = path.exists()
    revision = _inspect_sqlite_file(path) if existed else None
    if revision is not None:
        from kpidesk.data.integrity import check_at_open

        check_at_open(path)  # a damaged file is refused before anything writes to it
    if not os.access(path.parent, os.W_OK) or (existed and not os.access(path, os.W_OK)):
        raise DatabaseLocation(
            tr(
                "KPIDesk may not write to {path}. Check the file's permissions or choose "
                "another place."
            ).format(path=path)
        )
    if not existed:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    db = Database(
        url=URL.create("sqlite+pysqlite", database=str(path)),
        engine=_sqlite_engine(path),
        path=path,
    )
    if migrate and revision != head_revision():
        if revision is not None:
            from kpidesk.data.backup import BEFORE_UPGRADE, make_backup

            make_backup(path, BEFORE_UPGRADE, keep=None)
        _upgrade(db)
    return db


def _open_server(url: URL, *, migrate: bool) -> Database:
    connect_args: dict[str, Any] = {}
    if url.get_backend_name() == "postgresql" and "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = CONNECT_TIMEOUT_S
    try:
        engine = create_engine(
            url, pool_pre_ping=True, connect_args=connect_args, json_serializer=dumps_json
        )
        with engine.connect() as conn:
            revision = _read_revision(conn)
    except ModuleNotFoundError as exc:
        raise DatabaseLocation(
            tr(
                "KPIDesk has no driver ({driver}) for {url}. For a team database, write the "
                "address as postgresql+psycopg://user@server/database."
            ).format(
                driver=exc.name or url.drivername, url=url.render_as_string(hide_password=True)
            )
        ) from exc
    except (OperationalError, SADatabaseError) as exc:
        raise ServerUnreachable(
            tr(
                "Cannot reach the team database at {url}. Check the address and that the "
                "server is running."
            ).format(url=url.render_as_string(hide_password=True))
        ) from exc
    _check_revision(revision, url.render_as_string(hide_password=True))
    db = Database(url=url, engine=engine)
    if url.get_backend_name() == "postgresql":
        _track_backend_pids(db)
    if migrate and revision != head_revision():
        _upgrade(db)
    return db


def _track_backend_pids(db: Database) -> None:
    """Keep ``db.own_pids`` up to date as the pool opens and closes connections."""
    engine = db.engine
    engine.pool.dispose()  # the connection that read the revision predates the tracking

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        pid = int(dbapi_connection.info.backend_pid)
        record.info["backend_pid"] = pid
        db.own_pids.add(pid)

    def _forget(_dbapi_connection: Any, record: Any, *_args: Any) -> None:
        db.own_pids.discard(record.info.pop("backend_pid", -1))

    event.listen(engine, "close", _forget)
    event.listen(engine, "invalidate", _forget)


def _read_revision(conn: Connection) -> str | None:
    """The schema revision in ``alembic_version``; None for a database without one (new)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    try:
        return conn.execute(sql_text("SELECT version_num FROM alembic_version")).scalar()
    except ProgrammingError:  # no right to read it: not a KPIDesk database we may open
        return None


def _upgrade(db: Database, revision: str = "head") -> None:
    from alembic import command
    from alembic.util.exc import CommandError

    config = alembic_config()
    try:
        with db.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    except (CommandError, SADatabaseError) as exc:
        raise DatabaseError(
            tr("Could not upgrade the database {db}: {reason}").format(db=db.describe(), reason=exc)
        ) from exc


def upgrade_to(db: Database, revision: str) -> None:
    """Migrate to a given revision (tests and tools use this)."""
    _upgrade(db, revision)


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return _read_revision(conn)


def table_names(db: Database) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def holds_data(db: Database) -> bool:
    """True when the database has any team, lead, deal, activity or customer."""
    from kpidesk.data.models import Activity, Customer, Deal, Lead, TeamMember

    with db.read() as session:
        return any(
            session.execute(select(model.id).limit(1)).first() is not None
            for model in (TeamMember, Lead, Deal, Activity, Customer)
        )
