"""Agreed actions of one-on-ones: add, edit, done and undone, trash, and what a pack carries."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from kpidesk.data.models import AgreedAction
from kpidesk.services.coaching.actions import (
    ActionInput,
    add_action,
    delete_actions,
    get_action,
    list_actions,
    pack_actions,
    restore_actions,
    restore_done,
    set_done,
    update_action,
)
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.imports.sheet import ImportRefused, import_sheet, undo_import
from kpidesk.services.store.database import Database
from tests import factories as f

TODAY = date.today()


def test_add_edit_and_undo_the_edit(db: Database) -> None:
    bram = f.rep(db, "Bram de Vries")
    agreed = TODAY - timedelta(days=7)
    action_id, changes = add_action(
        db, bram, ActionInput("  Intake vóór elke offerte  ", agreed, agreed + timedelta(days=14))
    )
    assert changes.touches("actions") and changes.ids == (action_id,)
    row = get_action(db, action_id)
    assert (row.text, row.agreed_on, row.due_on, row.done) == (
        "Intake vóór elke offerte",
        agreed,
        agreed + timedelta(days=14),
        False,
    )
    before, _c = update_action(db, action_id, ActionInput("Twee intakes per week", agreed, None))
    assert get_action(db, action_id).text == "Twee intakes per week"
    assert get_action(db, action_id).due_on is None
    update_action(db, action_id, before)  # the undo
    assert get_action(db, action_id).values == before


def test_bad_input_is_refused_with_a_reason(db: Database) -> None:
    bram = f.rep(db, "Bram de Vries")
    with pytest.raises(Refused, match="agreed"):
        add_action(db, bram, ActionInput("   ", TODAY))
    with pytest.raises(Refused, match="due date"):
        add_action(db, bram, ActionInput("Bellen", TODAY, TODAY - timedelta(days=1)))
    with pytest.raises(Refused, match="1000"):
        add_action(db, bram, ActionInput("x" * 1001, TODAY))
    with pytest.raises(NotFound):
        add_action(db, 999, ActionInput("Bellen", TODAY))
    assert list_actions(db, bram) == []


def test_done_and_undone_keep_what_the_undo_needs(db: Database) -> None:
    bram = f.rep(db, "Bram de Vries")
    agreed = TODAY - timedelta(days=10)
    first, _c = add_action(db, bram, ActionInput("Offertes nabellen", agreed))
    second, _c = add_action(db, bram, ActionInput("Demo inplannen", agreed))
    marked = set_done(db, [first, second], day=TODAY - timedelta(days=2))
    assert {s.id for s in marked.before} == {first, second}
    assert all(s.done_on is None for s in marked.before)
    assert get_action(db, first).done_on == TODAY - timedelta(days=2)
    # Marking done again moves nothing: the done day stays.
    again = set_done(db, [first])
    assert again.before == [] and get_action(db, first).done_on == TODAY - timedelta(days=2)
    restore_done(db, marked.before)  # the undo
    assert not get_action(db, first).done and not get_action(db, second).done
    set_done(db, [first])
    undone = set_done(db, [first], done=False)
    assert undone.before[0].done_on == TODAY and not get_action(db, first).done
    with pytest.raises(Refused, match="after today"):
        set_done(db, [first], day=TODAY + timedelta(days=1))
    # Done "before it was agreed" is the day it was agreed.
    set_done(db, [second], day=agreed - timedelta(days=3))
    assert get_action(db, second).done_on == agreed


def test_delete_and_restore(db: Database) -> None:
    bram = f.rep(db, "Bram de Vries")
    action_id, _c = add_action(db, bram, ActionInput("Bellen", TODAY))
    delete_actions(db, [action_id])
    assert list_actions(db, bram) == []
    with pytest.raises(NotFound):
        get_action(db, action_id)
    with pytest.raises(NotFound):
        set_done(db, [action_id])
    restore_actions(db, [action_id])
    assert [a.id for a in list_actions(db, bram)] == [action_id]
    with pytest.raises(Refused):
        delete_actions(db, [])


def test_list_order_and_what_a_pack_carries(db: Database) -> None:
    bram, eva = f.rep(db, "Bram de Vries"), f.rep(db, "Eva Jansen")
    old = TODAY - timedelta(days=120)
    due_late, _c = add_action(db, bram, ActionInput("Later", old, TODAY + timedelta(days=30)))
    due_soon, _c = add_action(db, bram, ActionInput("Soon", old, TODAY + timedelta(days=1)))
    no_due, _c = add_action(db, bram, ActionInput("Whenever", old))
    recent, _c = add_action(db, bram, ActionInput("Recent", old))
    long_ago, _c = add_action(db, bram, ActionInput("Long ago", old))
    add_action(db, eva, ActionInput("Eva's own", old))
    set_done(db, [recent], day=TODAY - timedelta(days=5))
    set_done(db, [long_ago], day=TODAY - timedelta(days=90))
    listed = [a.id for a in list_actions(db, bram)]
    assert listed == [due_soon, due_late, no_due, recent, long_ago]
    carried = [a.id for a in pack_actions(db, bram, TODAY)]
    assert carried == [due_soon, due_late, no_due, recent]
    overdue = add_action(db, bram, ActionInput("Te laat", old, TODAY - timedelta(days=1)))[0]
    assert get_action(db, overdue).overdue(TODAY)
    assert not get_action(db, due_soon).overdue(TODAY)


def test_an_action_goes_with_its_rep(db: Database) -> None:
    """Removing a team member removes their actions (nothing is left pointing nowhere)."""
    from kpidesk.data.models import TeamMember

    bram = f.rep(db, "Bram de Vries")
    add_action(db, bram, ActionInput("Bellen", TODAY))
    with db.write() as s:
        s.delete(s.get(TeamMember, bram))
    with db.read() as s:
        assert s.query(AgreedAction).count() == 0


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_reports_every_bad_row_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    f.rep(db, "Bram de Vries")
    tomorrow = (TODAY + timedelta(days=1)).isoformat()
    path = _csv(
        tmp_path / "afspraken.csv",
        [
            "rep,agreed_on,text,due,done",
            "Bram de Vries,2026-03-02,Intake vóór offerte,2026-03-01,",
            f"Bram de Vries,2026-03-02,Nabellen,,{tomorrow}",
            "Bram de Vries,2026-03-02,Demo,,2026-03-01",
            "Nobody Here,2026-03-02,Bellen,,",
            "Bram de Vries,,Zonder datum,,",
        ],
    )
    with pytest.raises(ImportRefused) as refused:
        import_sheet(db, "actions", path)
    found = {(p.row, p.column) for p in refused.value.problems}
    assert found == {(2, "due"), (3, "done"), (4, "done"), (5, "rep"), (6, "agreed_on")}
    with db.read() as s:
        assert s.query(AgreedAction).count() == 0


def test_import_marks_done_updates_and_undoes(db: Database, tmp_path: Path) -> None:
    bram = f.rep(db, "Bram de Vries")
    action_id, _c = add_action(db, bram, ActionInput("Intake vóór offerte", date(2026, 3, 2)))
    path = _csv(
        tmp_path / "afspraken.csv",
        [
            "Verkoper;Afgesproken op;Afspraak;Uiterlijk;Gedaan op",
            "bram de vries;02-03-2026;intake vóór offerte;;10-03-2026",
            "Bram de Vries;02-03-2026;Twee demo's per week;31-03-2026;",
        ],
    )
    summary = import_sheet(db, "actions", path)
    assert (summary.created, summary.updated, summary.unchanged) == (1, 1, 0)
    assert summary.changes.touches("actions")
    done = get_action(db, action_id)
    assert done.done_on == date(2026, 3, 10)
    assert done.text == "intake vóór offerte"  # the file's spelling wins, as for other kinds
    assert len(list_actions(db, bram)) == 2
    assert summary.run_id is not None
    undo_import(db, summary.run_id)
    assert [a.id for a in list_actions(db, bram)] == [action_id]
    assert get_action(db, action_id).done_on is None
    assert get_action(db, action_id).text == "Intake vóór offerte"
