"""A bulk load (the demo team): the roll-ups rebuilt once at the end, exact as row by row."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import Connection, func, insert, select

from kpidesk.data import rollups
from kpidesk.data import tables as t
from kpidesk.services.store.database import Database
from tests import factories as f

DAY = date(2026, 3, 2)


def _seed(db: Database) -> dict[str, Any]:
    """A rep and two deals, written as usual (the factories use their own transactions)."""
    anna = f.rep(db, "Anna")
    return {
        "anna": anna,
        "types": (f.type_id(db, "Phone call"), f.type_id(db, "Intake meeting")),
        "deals": [
            f.deal(db, f"d{i}", stage="Intake", owner_id=anna, first_contact=date(2026, 2, 20))
            for i in range(2)
        ],
        "stages": [f.stage_id(db, name) for name in ("Lead in", "Contact made", "Intake")],
    }


def _load(conn: Connection, seed: dict[str, Any]) -> None:
    """Activities and the deals' stage changes, written as a bulk load writes them."""
    anna, (call, intake), deals = seed["anna"], seed["types"], seed["deals"]
    lead_in, contact, meeting = seed["stages"]
    conn.execute(
        insert(t.activities),
        [
            {"type_id": kind, "rep_id": rep, "date": DAY, "done": True}
            for kind, rep in ((call, anna), (call, anna), (intake, None))
        ],
    )
    conn.execute(
        insert(t.deal_stage_history),
        [
            {"deal_id": deal, "from_stage_id": old, "to_stage_id": new, "moved_at": f.at(day)}
            for deal in deals
            for old, new, day in (
                (lead_in, contact, date(2026, 3, 1)),
                (contact, meeting, date(2026, 3, 9)),
            )
        ],
    )


def test_a_bulk_load_leaves_every_rollup_exact_and_the_triggers_on(
    db: Database, backend: str
) -> None:
    seed = _seed(db)
    with db.engine.begin() as conn:
        with rollups.bulk_load(conn) as switched:
            _load(conn, seed)
            cells = conn.execute(select(func.count()).select_from(t.activity_day_totals))
            during = cells.scalar_one()
        assert switched == (backend == "postgresql")  # SQLite's triggers are cheap: kept on
        # On the server the triggers were off while the rows went in; the rebuild made the
        # cells afterwards.
        assert during == (0 if switched else 2)
    with db.engine.connect() as conn:
        assert rollups.missing_triggers(conn) == []
        assert {state.table: state.wrong for state in rollups.check(conn)} == {
            "activity_day_totals": 0,
            "deal_stage_history": 0,
            "stage_entry_months": 0,
            "stage_exit_months": 0,
        }
        entries = select(func.sum(t.stage_entry_months.c.entries))
        assert conn.execute(entries).scalar_one() == 4
        assert conn.execute(select(func.count()).select_from(t.activity_day_totals)).scalar() == 2


def test_a_failed_bulk_load_writes_nothing_and_switches_nothing_off(db: Database) -> None:
    seed = _seed(db)
    with pytest.raises(RuntimeError), db.engine.begin() as conn, rollups.bulk_load(conn):
        _load(conn, seed)
        raise RuntimeError("the user pressed Cancel")
    with db.engine.connect() as conn:
        assert rollups.missing_triggers(conn) == []
        assert conn.execute(select(func.count()).select_from(t.activities)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(t.deal_stage_history)).scalar() == 0
