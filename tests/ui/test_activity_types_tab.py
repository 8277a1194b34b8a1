"""The activity types tab: edits are undoable and the dialog warns about re-weighting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kpidesk.services.activity_types import TypeValues
from kpidesk.services.database import Database
from kpidesk.services.goals import team_points
from kpidesk.services.reference import list_activity_types
from kpidesk.ui.context import AppContext
from kpidesk.ui.settings.activity_types import ActivityTypeDialog, ActivityTypesTab
from tests import factories as f


def test_points_change_reweights_and_undoes(
    qtbot, qtmodeltester, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    ctx = make_ctx(db)
    tab = ActivityTypesTab(ctx)
    qtbot.addWidget(tab)
    ctx.bus.changed.connect(lambda _c: tab.refresh())
    tab.refresh()
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
