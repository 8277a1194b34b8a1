"""The stages tab: add after the selection, edit, reorder, delete after asking, refusals shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from kpidesk.services.database import Database
from kpidesk.services.reference import list_stages
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
