"""Old database files upgrade to exactly the schema a new database gets, with their data.

``tests/resources/schema/kpidesk-NNNN.db`` are files left by each schema revision (made by
``tools/make_schema_fixtures.py``, with a small team's rows from June 2026).  Each is upgraded
to the current schema and compared with a database made from scratch: the same tables, columns,
indexes and triggers, no difference from the models, exact roll-ups and the same figures.
"""

from __future__ import annotations

import ast
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from kpidesk.core.periods import Period
from kpidesk.data import rollups
from kpidesk.data.database import current_revision, head_revision, known_revisions, open_database
from kpidesk.data.models import Base
from kpidesk.services.kpis.figures import compute_kpis

FIXTURES = Path(__file__).resolve().parents[1] / "resources" / "schema"
VERSIONS = Path(__file__).resolve().parents[2] / "kpidesk" / "data" / "migrations" / "versions"


def schema(path: Path) -> dict[str, object]:
    """What defines a SQLite schema: objects with their SQL, and every table's columns."""
    conn = sqlite3.connect(path)
    objects = {
        (kind, name): " ".join((sql or "").split())
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        )
        if kind in ("index", "trigger")
    }
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    columns = {
        table: sorted(
            (name, kind, notnull, default, pk)
            for _cid, name, kind, notnull, default, pk in conn.execute(
                f"PRAGMA table_info('{table}')"
            )
        )
        for table in tables
        if not table.startswith("sqlite_")
    }
    conn.close()
    return {"objects": objects, "columns": columns}


def test_there_is_a_file_for_every_revision() -> None:
    assert sorted(p.stem.removeprefix("kpidesk-") for p in FIXTURES.glob("*.db")) == (
        known_revisions()
    )


@pytest.mark.parametrize("revision", known_revisions())
def test_an_old_file_upgrades_to_the_new_schema(revision: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"
    open_database(fresh).dispose()
    old = tmp_path / "old" / "kpidesk.db"
    old.parent.mkdir()
    shutil.copy(FIXTURES / f"kpidesk-{revision}.db", old)
    db = open_database(old)
    try:
        assert current_revision(db) == head_revision()
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            assert [s for s in rollups.check(conn) if s.wrong] == []
        if revision >= "0002":
            report = compute_kpis(db, Period.month(2026, 6), today=date(2026, 6, 30))
            assert report.action.activities == 5
            assert report.result.qualified_leads == 1
            assert (report.result.won_deals, report.result.won_value_cents) == (1, 500000)
            assert report.velocity.won_deals == 1
            assert report.relationship.active_customers == 1
    finally:
        db.dispose()
    assert schema(old) == schema(fresh)


def test_migrations_hold_their_own_sql() -> None:
    """A migration that imports live code would change what it creates when that code changes."""
    for path in sorted(VERSIONS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            assert not [n for n in names if n.split(".")[0] == "kpidesk"], path.name
