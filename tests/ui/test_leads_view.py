"""The leads view, its qualification panel and the checklist editor (pytest-qt)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt

from kpidesk.services.leads.checklist import load_checklist
from kpidesk.services.leads.qualification import set_checklist_answers
from kpidesk.services.leads.records import LeadInput, create_lead, get_lead, list_leads
from kpidesk.services.reference import list_criteria
from kpidesk.services.store.database import Database
from kpidesk.ui.context import AppContext
from kpidesk.ui.leads import commands
from kpidesk.ui.leads.panel import ChecklistModel, QualificationPanel
from kpidesk.ui.leads.view import LeadsView, period_range
from kpidesk.ui.settings.checklist import ChecklistEditor, CriteriaModel
from tests import factories as f

CHECKED = Qt.CheckState.Checked.value


def _tick(panel: QualificationPanel, *rows: int) -> None:
    for row in rows:
        index = panel.model.index(row, 0)
        assert panel.model.setData(index, CHECKED, Qt.ItemDataRole.CheckStateRole)


def test_ticking_enables_qualify_only_when_it_should(qtbot, db: Database) -> None:
    lead_id, _ = create_lead(db, LeadInput("Bakker Bouw", created=date(2026, 1, 5)))
    panel = QualificationPanel()
    qtbot.addWidget(panel)
    panel.set_lead(get_lead(db, lead_id), list_criteria(db), 60)
    assert not panel.qualify_button.isEnabled()
    # Rows 0, 2, 4, 5, 6: all but one must-have (row 1, "20 or more employees"); 81 %.
    _tick(panel, 0, 2, 3, 4, 5, 6)
    assert panel.result().score == 88 and not panel.qualify_button.isEnabled()
    assert "20 or more employees" in panel.missing_label.text()
    _tick(panel, 1)
    assert panel.qualify_button.isEnabled()
    # Untick the two nice-to-haves and one heavy: all must-haves, but 69 % < 70 %.
    panel.set_lead(get_lead(db, lead_id), list_criteria(db), 70)
    _tick(panel, 0, 1, 3, 4)
    assert panel.result().score == 69 and not panel.qualify_button.isEnabled()
    assert "below the threshold" in panel.missing_label.text()
    _tick(panel, 6)  # +1 weight: 12/16 = 75 %
    assert panel.qualify_button.isEnabled()
    assert "Fit score 75%" in panel.score_label.text()


def test_ticks_are_reported_with_the_previous_answers(qtbot, db: Database) -> None:
    lead_id, _ = create_lead(db, LeadInput("Bakker Bouw"))
    set_checklist_answers(db, lead_id, {3: True})
    panel = QualificationPanel()
    qtbot.addWidget(panel)
    panel.set_lead(get_lead(db, lead_id), list_criteria(db), 60)
    with qtbot.waitSignal(panel.answers_edited) as blocker:
        _tick(panel, 0)
    lead, new, previous = blocker.args
    assert lead == lead_id and previous == {3: True}
    assert new[1] is True and new[3] is True and new[2] is False


def test_checklist_model_passes_modeltester(qtmodeltester, db: Database) -> None:
    model = ChecklistModel()
    model.set_checklist(list_criteria(db), {1: True})
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.CheckStateRole) == CHECKED


def test_criteria_model_passes_modeltester(qtmodeltester, db: Database) -> None:
    model = CriteriaModel()
    model.set_criteria(load_checklist(db).criteria)
    qtmodeltester.check(model)
    row = model.add()
    assert model.setData(model.index(row, 1), "Gebruikt Excel")
    assert model.move(row, -1) == row - 1
    assert model.criteria()[row - 1].text_nl == "Gebruikt Excel"
    qtmodeltester.check(model)


def test_checklist_editor_saves_with_undo(
    qtbot, make_ctx: Callable[[Database], AppContext], db: Database
) -> None:
    ctx = make_ctx(db)
    editor = ChecklistEditor(ctx)
    qtbot.addWidget(editor)
    editor.reload()
    assert not editor.save_button.isEnabled()
    editor.threshold.setValue(75)
    editor.model.remove(6)
    assert editor.save_button.isEnabled()
    assert editor.save()
    saved = load_checklist(db)
    assert saved.threshold == 75 and len(saved.criteria) == 6
    ctx.undo_stack.undo()
    restored = load_checklist(db)
    assert restored.threshold == 60 and len(restored.criteria) == 7


def test_leads_view_lists_filters_and_undoes(
    qtbot, make_ctx: Callable[[Database], AppContext], db: Database
) -> None:
    anna = f.rep(db, "Anna")
    ctx = make_ctx(db)
    first, _ = create_lead(db, LeadInput("Bakker Bouw", owner_id=anna, source="Beurs"))
    create_lead(db, LeadInput("Visser ICT", source="Website"))
    view = LeadsView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.model.total == 2
    assert view.source.count() == 3  # all sources + 2
    view.owner.setCurrentIndex(view.owner.findData(anna))
    assert [r.id for r in view.model.rows()] == [first]
    view.owner.setCurrentIndex(0)
    # Select, tick through the undo stack, and undo.
    view.open_lead(first, "Bakker Bouw")
    assert view.panel.detail is not None and view.panel.detail.id == first
    _tick(view.panel, 0)
    assert get_lead(db, first).answers == {1: True}
    assert view.panel.detail is not None and view.panel.detail.id == first  # kept selected
    ctx.undo_stack.undo()
    assert get_lead(db, first).answers == {}
    # Delete with undo.
    view.page.table.selectRow(0)
    view.delete_leads()
    assert list_leads(db).total == 1 and view.model.total == 1
    ctx.undo_stack.undo()
    assert view.model.total == 2


def test_qualify_and_convert_commands_undo(
    qtbot, make_ctx: Callable[[Database], AppContext], db: Database
) -> None:
    ctx = make_ctx(db)
    lead_id, _ = create_lead(db, LeadInput("Bakker Bouw", created=date(2026, 1, 5)))
    set_checklist_answers(db, lead_id, {1: True, 2: True, 4: True, 5: True})
    ctx.undo_stack.push(commands.qualify_command(ctx, lead_id, date(2026, 2, 1)))
    assert get_lead(db, lead_id).qualified_at == date(2026, 2, 1)
    ctx.undo_stack.push(
        commands.convert_command(ctx, lead_id, "Bakker deal", 5_000_00, date(2026, 1, 5))
    )
    assert get_lead(db, lead_id).deal_id is not None
    ctx.undo_stack.undo()
    assert get_lead(db, lead_id).deal_id is None
    ctx.undo_stack.undo()
    assert get_lead(db, lead_id).status == "new"
    ctx.undo_stack.redo()
    assert get_lead(db, lead_id).status == "qualified"


def test_period_choices() -> None:
    today = date(2026, 5, 20)
    assert period_range("this_month", today) == (date(2026, 5, 1), date(2026, 5, 31))
    assert period_range("last_month", today) == (date(2026, 4, 1), date(2026, 4, 30))
    assert period_range("this_quarter", today) == (date(2026, 4, 1), date(2026, 6, 30))
    assert period_range("last_12", today) == (date(2025, 6, 1), today)
    assert period_range("all", today) == (None, None)
