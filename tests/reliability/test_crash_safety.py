"""kill -9 at random moments during a large import-like write and during stage moves.

Afterwards the file passes ``PRAGMA integrity_check`` and holds all of the operation or none.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

import pytest

from kpidesk.data.database import open_database
from tests import factories as f
from tests.reliability.conftest import copy_db, kill, start

BULK_ROWS = 20_000
DEALS = 25


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)  # a normal connection: it replays the write-ahead log
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def scalar(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def base(tmp_path: Path) -> Path:
    """A database with a rep, some earlier data and open deals (no stage history yet)."""
    path = tmp_path / "template.db"
    db = open_database(path)
    rep = f.rep(db, "Sanne Jansen")
    org = f.org(db, "Bakkerij Vos")
    f.lead(db, org, owner_id=rep)
    for n in range(DEALS):
        f.deal(db, f"Deal {n}", owner_id=rep, organisation_id=org)
    db.dispose()
    return path


@pytest.mark.slow
def test_kill_during_bulk_import_is_all_or_nothing(base: Path, tmp_path: Path) -> None:
    rng = random.Random(11)
    # Early, middle and late in the write, and once after the commit (the process is then
    # killed while it exits).
    points = [rng.uniform(0.05, 0.8), rng.uniform(1.0, 2.0), None]
    outcomes = []
    for number, point in enumerate(points):
        path = copy_db(base, tmp_path / f"bulk-{number}.db")
        process = start(path, "bulk", str(BULK_ROWS))
        if point is None:
            assert process.stdout is not None
            assert process.stdout.readline().strip() == "done"
        else:
            time.sleep(point)
        kill(process)
        assert integrity(path) == "ok"
        leads = scalar(path, "SELECT count(*) FROM leads WHERE source = 'bulk-import'")
        activities = scalar(path, "SELECT count(*) FROM activities WHERE note = 'bulk-import'")
        orgs = scalar(path, "SELECT count(*) FROM organisations WHERE name LIKE 'Bulk %'")
        assert (leads, activities, orgs) in {(0, 0, 0), (BULK_ROWS,) * 3}, (point, leads)
        assert scalar(path, "SELECT count(*) FROM deals") == DEALS  # earlier data intact
        outcomes.append(leads)
        # And KPIDesk opens it as usual afterwards.
        open_database(path).dispose()
    assert outcomes[-1] == BULK_ROWS
    assert 0 in outcomes  # at least one kill landed inside the transaction


@pytest.mark.slow
def test_kill_during_stage_moves_is_all_or_nothing(base: Path, tmp_path: Path) -> None:
    rng = random.Random(5)
    total_moves = 0
    for number in range(3):
        path = copy_db(base, tmp_path / f"moves-{number}.db")
        process = start(path, "moves")
        time.sleep(rng.uniform(0.05, 1.5))
        kill(process)
        assert integrity(path) == "ok"
        stages = scalar(path, "SELECT count(DISTINCT stage_id) FROM deals")
        history = scalar(path, "SELECT count(*) FROM deal_stage_history")
        entered = scalar(path, "SELECT count(DISTINCT stage_entered_at) FROM deals")
        # Each move_deals call moves all deals and writes one history row per deal, or nothing.
        assert stages == 1
        assert history % DEALS == 0
        assert entered == 1
        moves = history // DEALS
        first_stage = scalar(path, "SELECT min(id) FROM stages")
        on_stage = scalar(path, "SELECT stage_id FROM deals LIMIT 1")
        assert (on_stage == first_stage) == (moves % 2 == 0)
        total_moves += moves
    assert total_moves > 0  # the kills landed while deals were moving
