"""The stages tab: add after the selection, edit, reorder, delete after asking, refusals shown;
every change one step on the undo stack."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from kpidesk.core.periods import Period
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.reference import list_stages
from kpidesk.services.store.database import Database
from kpidesk.ui.settings.stages import StageDialog, StagesTab
from tests import factories as f


def _names(db: Database) -> list[str]:
    return [s.name_en for s in list_stages(db)]


@pytest.fixture
def tab(db: Database, open_tab: Callable[..., StagesTab]) -> StagesTab:
    return open_tab(StagesTab, db)


def _accept_with(monkeypatch: pytest.MonkeyPatch, fill: Callable[[StageDialog], None]) -> None:
    def exec_(dialog: StageDialog) -> int:
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(StageDialog, "exec", exec_)


def test_buttons_change_the_stages(
    tab: StagesTab, db: Database, qtmodeltester, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtmodeltester.check(tab.model)
    start = _names(db)
    assert tab.selected() is None
    tab.move_selected(1)  # nothing selected: nothing happens
    assert _names(db) == start
    # Added after the selected open stage, and the selection survives the refresh.
    tab.select(f.stage_id(db, "Intake"))
    _accept_with(monkeypatch, lambda d: (d.name_nl.setText("Demo"), d.name_en.setText("Demo")))
    tab.add_button.click()
    names = _names(db)
    assert names[names.index("Intake") + 1] == "Demo"
    assert tab.selected() is not None and tab.selected().name_en == "Intake"
    tab.select(f.stage_id(db, "Demo"))
    tab.later_button.click()
    names = _names(db)
    assert names.index("Demo") == names.index("Proposal") + 1
    tab.earlier_button.click()
    assert _names(db).index("Demo") == names.index("Proposal")
    _accept_with(monkeypatch, lambda d: (d.name_en.setText("Demo 2"), d.probability.setValue(55)))
    tab.edit_button.click()
    demo = next(s for s in list_stages(db) if s.name_en == "Demo 2")
    assert demo.probability == 55 and tab.selected() is not None
    asked: list[str] = []

    def question(_parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    tab.delete_button.click()
    assert asked == ["Delete stage: Delete the stage Demo 2?"] and "Demo 2" in _names(db)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    tab.delete_button.click()
    assert _names(db) == start


def test_refusals_are_shown_and_change_nothing(
    tab: StagesTab, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    f.deal(db, "d", stage="Intake", closed=None, first_contact=date(2026, 1, 5))
    start = _names(db)
    tab.select(f.stage_id(db, "Intake"))
    tab.delete_selected()
    tab.select(f.stage_id(db, "Won"))
    tab.move_selected(-1)
    assert len(problems) == 2 and "Intake" in problems[0] and "Won" in problems[1]
    assert _names(db) == start


def _rows(db: Database) -> list[tuple[str, str, int, str, int, int | None]]:
    """Every stage as the tab shows it, without its id."""
    return [
        (s.name_nl, s.name_en, s.position, s.kind, s.probability, s.rotting_days)
        for s in list_stages(db)
    ]


def test_every_change_is_one_undoable_step(
    tab: StagesTab, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack = tab.ctx.undo_stack
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    start = _rows(db)
    # Add after the selection: undo deletes it, redo puts it back in the same place.
    tab.select(f.stage_id(db, "Intake"))
    _accept_with(
        monkeypatch,
        lambda d: (d.name_nl.setText("Demo nl"), d.name_en.setText("Demo"), d.rotting.setValue(5)),
    )
    tab.add_button.click()
    added = _rows(db)
    assert (stack.count(), stack.undoText()) == (1, "Add stage")
    stack.undo()
    assert _rows(db) == start
    stack.redo()
    assert _rows(db) == added
    # Edit: undo brings the previous names and numbers back, redo the new ones.
    tab.select(f.stage_id(db, "Demo"))
    _accept_with(monkeypatch, lambda d: (d.name_en.setText("Demo 2"), d.probability.setValue(55)))
    tab.edit_button.click()
    edited = _rows(db)
    assert stack.undoText() == "Edit stage" and edited[3][:2] == ("Demo nl", "Demo 2")
    stack.undo()
    assert _rows(db) == added
    stack.redo()
    assert _rows(db) == edited
    # Move: one step per click; undo restores every position.
    tab.select(f.stage_id(db, "Demo 2"))
    tab.later_button.click()
    moved = _rows(db)
    assert stack.undoText() == "Reorder stages" and moved != edited
    stack.undo()
    assert _rows(db) == edited
    stack.redo()
    assert _rows(db) == moved
    # Delete: undo re-creates it in its place with its values, redo deletes it again.
    tab.select(f.stage_id(db, "Demo 2"))
    tab.delete_button.click()
    assert stack.undoText() == "Delete stage" and "Demo 2" not in _names(db)
    stack.undo()
    assert _rows(db) == moved
    stack.redo()
    assert "Demo 2" not in _names(db)
    # All the way back, through the re-created ids, and all the way forward again.
    assert stack.count() == 4
    while stack.canUndo():
        stack.undo()
    assert _rows(db) == start and stack.count() == 4
    while stack.canRedo():
        stack.redo()
    assert "Demo 2" not in _names(db) and stack.count() == 4


def test_steps_before_a_re_added_stage_still_undo(
    tab: StagesTab, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undoing a delete brings the stage back; older steps on that stage still work."""
    stack = tab.ctx.undo_stack
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    start = _rows(db)
    tab.select(f.stage_id(db, "Contact made"))
    _accept_with(monkeypatch, lambda d: d.name_en.setText("Contacted"))
    tab.edit_button.click()
    tab.earlier_button.click()
    tab.later_button.click()
    tab.later_button.click()
    tab.delete_button.click()
    assert "Contacted" not in _names(db) and stack.count() == 5
    while stack.canUndo():
        stack.undo()
    assert _rows(db) == start and stack.count() == 5
    while stack.canRedo():
        stack.redo()
    assert "Contacted" not in _names(db) and stack.count() == 5
    while stack.canUndo():
        stack.undo()
    assert _rows(db) == start


def test_a_move_at_the_edge_or_a_refusal_leaves_no_step(
    tab: StagesTab, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    start = _rows(db)
    tab.select(f.stage_id(db, "Lead in"))
    tab.earlier_button.click()  # already first: nothing to undo, nothing to say
    tab.select(f.stage_id(db, "Won"))
    tab.later_button.click()  # refused, shown
    assert tab.ctx.undo_stack.count() == 0 and _rows(db) == start and len(problems) == 1


def test_undoing_a_reorder_gives_identical_stage_flow_figures(tab: StagesTab, db: Database) -> None:
    history = [
        ("Lead in", "Contact made", f.at(date(2026, 3, 2))),
        ("Contact made", "Intake", f.at(date(2026, 3, 9))),
        ("Intake", "Contact made", f.at(date(2026, 3, 16))),  # back: not passed until reordered
        ("Contact made", "Proposal", f.at(date(2026, 3, 23))),
    ]
    for n in range(3):
        f.deal(db, f"d{n}", stage="Proposal", first_contact=date(2026, 3, 1), history=history[n:])
    f.deal(db, "won", stage="Won", first_contact=date(2026, 3, 1), closed=date(2026, 3, 27),
           history=[*history, ("Proposal", "Won", f.at(date(2026, 3, 27)))])  # fmt: skip
    period = Period.month(2026, 3)

    def figures() -> object:
        return compute_kpis(db, period, today=date(2026, 3, 31)).insight.stage_conversion

    before, rows = figures(), _rows(db)
    tab.select(f.stage_id(db, "Intake"))
    tab.earlier_button.click()
    tab.earlier_button.click()
    assert figures() != before  # the order feeds the figures
    tab.ctx.undo_stack.undo()
    tab.ctx.undo_stack.undo()
    assert figures() == before and _rows(db) == rows
    tab.ctx.undo_stack.redo()
    tab.ctx.undo_stack.redo()
    assert figures() != before
    tab.ctx.undo_stack.undo()
    tab.ctx.undo_stack.undo()
    assert figures() == before and _rows(db) == rows
