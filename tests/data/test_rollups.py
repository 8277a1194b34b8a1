"""Checking and rebuilding the KPI totals: a wrong cell is found, a rebuild makes all exact."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from kpidesk.data import rollups
from kpidesk.services.errors import Refused
from kpidesk.services.store.database import Database
from kpidesk.services.store.totals import check_totals, repair_totals
from tests import factories as f

DAY = date(2026, 3, 2)


def _data(db: Database) -> None:
    anna, bram = f.rep(db, "Anna"), f.rep(db, "Bram")
    for i, owner in enumerate((anna, bram, None)):
        f.activity(db, "Phone call", DAY, rep_id=owner)
        f.deal(
            db,
            f"d{i}",
            stage="Intake",
            owner_id=owner,
            first_contact=date(2026, 2, 20),
            history=[
                ("Lead in", "Contact made", f.at(date(2026, 3, 1 + i))),
                ("Contact made", "Intake", f.at(date(2026, 3, 10 + i))),
            ],
        )


def wrong(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {s.table.split(" ")[0]: s.wrong for s in rollups.check(session.connection())}


def test_exact_after_normal_use(db: Database) -> None:
    _data(db)
    assert set(wrong(db).values()) == {0}
    assert check_totals(db).exact


def test_each_kind_of_damage_is_found_and_repaired(db: Database) -> None:
    _data(db)
    with db.write() as session:
        # Written around the triggers' logic: one extra activity, one lost exit cell, and a
        # derived column that lies (its own trigger moves the roll-up cell along with it).
        session.execute(text("UPDATE activity_day_totals SET activities = activities + 1"))
        session.execute(
            text(
                "DELETE FROM stage_exit_months "
                "WHERE stage_id IN (SELECT MIN(stage_id) FROM stage_exit_months)"
            )
        )
        session.execute(
            text(
                "UPDATE deal_stage_history SET passed = NOT passed "
                "WHERE id = (SELECT MIN(id) FROM deal_stage_history)"
            )
        )
    found = wrong(db)
    assert found["activity_day_totals"] == 3  # Anna's, Bram's and the rep-less call
    assert found["stage_exit_months"] >= 1
    assert found["deal_stage_history"] == 1
    assert found["stage_entry_months"] == 1  # the cell that lying row counts in
    before = repair_totals(db)
    assert not before.exact and sum(s.wrong for s in before.states) == sum(found.values())
    assert set(wrong(db).values()) == {0}
    # And the triggers still work after a rebuild.
    f.activity(db, "Phone call", DAY, rep_id=None)
    f.deal(db, "late", history=[("Lead in", "Contact made", f.at(date(2026, 4, 1)))])
    assert set(wrong(db).values()) == {0}


def test_rebuild_keeps_the_kpi_figures(db: Database) -> None:
    from kpidesk.core.periods import Period
    from kpidesk.services.kpis.figures import compute_kpis

    _data(db)
    period = Period.month(2026, 3)
    first = compute_kpis(db, period, today=date(2026, 3, 31)).to_json()
    repair_totals(db)
    assert compute_kpis(db, period, today=date(2026, 3, 31)).to_json() == first


def test_permission_problem_gets_a_clear_message(db: Database, monkeypatch) -> None:
    """A team member without rights on the totals hears who can rebuild them."""
    import pytest
    from sqlalchemy.exc import ProgrammingError

    class Denied(Exception):
        def __str__(self) -> str:
            return "permission denied for table activity_day_totals"

    def refuse(_conn: object) -> None:
        raise ProgrammingError("DELETE", {}, Denied())

    monkeypatch.setattr(rollups, "rebuild", refuse)
    with pytest.raises(Refused, match="owner of the team database"):
        repair_totals(db)


def test_missing_or_switched_off_triggers_are_named(db: Database, backend: str) -> None:
    with db.read() as session:
        assert rollups.missing_triggers(session.connection()) == []
    with db.write() as session:
        if backend == "postgresql":
            session.execute(
                text("ALTER TABLE activities DISABLE TRIGGER kpidesk_activity_day_totals")
            )
        else:
            session.execute(text("DROP TRIGGER stage_flow_deal"))
    expected = "kpidesk_activity_day_totals" if backend == "postgresql" else "stage_flow_deal"
    with db.read() as session:
        assert rollups.missing_triggers(session.connection()) == [expected]
    assert check_totals(db).missing_triggers == (expected,)
