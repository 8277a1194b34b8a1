"""Test configuration: offscreen Qt, a private data folder and a real SQLite file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from kpidesk.core.i18n import set_language
from kpidesk.services.store.database import Database, open_database


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As the app does (kpidesk/ui/gc_guard.py): no automatic collection in worker threads,
    where freeing a Qt object can deadlock; the main thread collects between tests."""
    import gc

    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_test() -> Iterator[None]:
    yield
    from kpidesk.ui.gc_guard import collect_if_due

    collect_if_due()


@pytest.fixture(autouse=True)
def _private_folders(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Keep logs, backups and preferences of a test away from the user's own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KPIDESK_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "kpidesk.db"


# The data and service suites run on SQLite and on PostgreSQL; the window tests on SQLite.
BOTH_BACKENDS = ("data", "services")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    parts = Path(str(metafunc.definition.fspath)).parts
    if "backend" in metafunc.fixturenames and any(p in parts for p in BOTH_BACKENDS):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """ "sqlite" or "postgresql": which database server the test's ``db`` lives on."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A PostgreSQL database migrated to head once per session; tests copy it."""
    from tests import pg

    reason = pg.server_available()
    if reason is not None:
        pg.skip_or_fail(reason)
    name = pg.new_name("template")
    database = open_database(pg.create_database(name).render_as_string(hide_password=False))
    database.dispose()
    yield name
    pg.drop_database(name)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """The address of a fresh, migrated PostgreSQL database, dropped after the test."""
    from tests import pg

    template = request.getfixturevalue("pg_template")
    with pg.fresh_database(template) as url:
        yield url.render_as_string(hide_password=False)


@pytest.fixture
def db(db_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh, migrated database with the default configuration (file or server)."""
    target = request.getfixturevalue("pg_url") if backend == "postgresql" else db_path
    database = open_database(target)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo team, built once per session; tests copy it."""
    from kpidesk.services.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path)
    generate_demo(database, size="small", seed=7)
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A private copy of the small demo team."""
    import sqlite3

    target = tmp_path / "demo.db"
    source = sqlite3.connect(demo_template)
    dest = sqlite3.connect(target)
    source.backup(dest)
    source.close()
    dest.close()
    database = open_database(target)
    yield database
    database.dispose()
