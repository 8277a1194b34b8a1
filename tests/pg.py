"""PostgreSQL test databases: one migrated template per test session, a fresh copy per test.

Names carry the process id, so that several test runs can share one server. Without a reachable
server the PostgreSQL side is skipped locally, but fails in CI (``CI=true``), where it must run.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Engine, make_url

SERVER = os.environ.get("KPIDESK_TEST_PG", "postgresql+psycopg://postgres@localhost/postgres")
_counter = itertools.count(1)


def server_url(database: str) -> URL:
    return make_url(SERVER).set(database=database)


def _admin() -> Engine:
    return create_engine(
        server_url(make_url(SERVER).database or "postgres"),
        isolation_level="AUTOCOMMIT",
        connect_args={"connect_timeout": 3},
    )


def server_available() -> str | None:
    """None when the server answers, else why not."""
    try:
        engine = _admin()
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure means: no server for the tests
        return str(exc).splitlines()[0]
    return None


def skip_or_fail(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL is required in CI but not reachable: {reason}")
    pytest.skip(f"no PostgreSQL server: {reason}")


def drop_database(name: str) -> None:
    engine = _admin()
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


def create_database(name: str, template: str | None = None) -> URL:
    engine = _admin()
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        suffix = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{suffix}'))
    engine.dispose()
    return server_url(name)


def new_name(kind: str) -> str:
    return f"kpidesk_{kind}_{os.getpid()}_{next(_counter)}"


@contextmanager
def fresh_database(template: str | None) -> Iterator[URL]:
    """A new database (a copy of *template* when given), dropped afterwards."""
    name = new_name("t")
    url = create_database(name, template)
    try:
        yield url
    finally:
        drop_database(name)
