"""The activity types tab: every change is undoable and the dialog warns about re-weighting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QDialog, QMessageBox

from kpidesk.services.activities.goals import team_points
from kpidesk.services.activities.types import TypeValues
from kpidesk.services.reference import list_activity_types
from kpidesk.services.store.database import Database
from kpidesk.ui.settings.activity_types import ActivityTypeDialog, ActivityTypesTab
from tests import factories as f


def test_points_change_reweights_and_undoes(
    qtbot, qtmodeltester, db: Database, open_tab: Callable[..., ActivityTypesTab]
) -> None:
    tab = open_tab(ActivityTypesTab, db)
    ctx = tab.ctx
    qtmodeltester.check(tab.model)
    f.activity(db, "Voicemail", date(2026, 1, 5))
    f.activity(db, "Voicemail", date(2026, 2, 5))
    voicemail = next(t for t in list_activity_types(db) if t.name_en == "Voicemail")
    dialog = ActivityTypeDialog(voicemail, 2)
    qtbot.addWidget(dialog)
    assert "re-weights" in dialog.warning.text()
    dialog.points.setValue(2)
    assert (
        "2 logged activities" in dialog.warning.text() and "instead of 1" in dialog.warning.text()
    )
    assert tab.apply_edit(voicemail.id, TypeValues("Voicemail", "Voicemail", 2))
    assert team_points(db, date(2026, 1, 1), date(2026, 12, 31)).points == 4
    ctx.undo_stack.undo()
    assert team_points(db, date(2026, 1, 1), date(2026, 12, 31)).points == 2
    # Moving and undoing restores the order.
    before = [t.id for t in list_activity_types(db)]
    tab.select(before[3])
    tab.move_selected(-1)
    assert [t.id for t in list_activity_types(db)][2] == before[3]
    ctx.undo_stack.undo()
    assert [t.id for t in list_activity_types(db)] == before


def test_settings_has_the_editor_tab(db: Database, make_window) -> None:
    window = make_window(db, "settings")
    view = window.views["settings"]
    view.refresh()
    assert view.tabs.widget(2) is view.activity_types
    assert view.activity_types.model.rowCount() == 7


def test_add_and_remove_are_undoable_and_refusals_shown(
    db: Database, open_tab: Callable[..., ActivityTypesTab], monkeypatch
) -> None:
    tab = open_tab(ActivityTypesTab, db)
    ctx = tab.ctx
    start = [t.name_en for t in list_activity_types(db)]

    def exec_(dialog: ActivityTypeDialog) -> int:
        dialog.name_nl.setText("Beurs")
        dialog.name_en.setText("Fair")
        dialog.points.setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ActivityTypeDialog, "exec", exec_)
    tab.select(f.type_id(db, "Voicemail"))
    tab.add_button.click()
    assert [t.name_en for t in list_activity_types(db)] == [*start, "Fair"]
    assert ctx.undo_stack.undoText() == "Add activity type"
    assert tab.selected() is not None and tab.selected().name_en == "Voicemail"
    tab.select(f.type_id(db, "Fair"))
    tab.delete_button.click()
    assert [t.name_en for t in list_activity_types(db)] == start
    ctx.undo_stack.undo()  # the removed type comes back, and can be removed again by redo
    assert [t.name_en for t in list_activity_types(db)] == [*start, "Fair"]
    ctx.undo_stack.redo()
    assert [t.name_en for t in list_activity_types(db)] == start
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    f.activity(db, "Voicemail", date(2026, 1, 5))
    tab.select(f.type_id(db, "Voicemail"))
    tab.delete_button.click()
    assert len(problems) == 1 and "Voicemail" in problems[0]
    assert [t.name_en for t in list_activity_types(db)] == start


def test_older_steps_still_apply_after_an_undone_removal(
    db: Database, open_tab: Callable[..., ActivityTypesTab], monkeypatch
) -> None:
    """Edit a type, remove it, then undo both: the type is back with its first values."""
    tab = open_tab(ActivityTypesTab, db)
    stack = tab.ctx.undo_stack
    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: problems.append(text))
    voicemail = f.type_id(db, "Voicemail")
    first = next(t for t in list_activity_types(db) if t.id == voicemail)
    order = [t.name_en for t in list_activity_types(db)]
    assert tab.apply_edit(voicemail, TypeValues("Ingesproken bericht", "Voice message", 2, True))
    tab.select(voicemail)
    tab.delete_button.click()
    assert "Voice message" not in [t.name_en for t in list_activity_types(db)]
    stack.undo()  # the removal
    stack.undo()  # the edit, on the type that came back
    back = next(t for t in list_activity_types(db) if t.id == voicemail)
    assert (back.name_en, back.points, back.position) == (
        first.name_en,
        first.points,
        first.position,
    )
    assert [t.name_en for t in list_activity_types(db)] == order
    stack.redo()
    stack.redo()
    assert "Voice message" not in [t.name_en for t in list_activity_types(db)]
    assert not problems
