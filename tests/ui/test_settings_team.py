"""The team tab adds and edits team members through the services."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from kpidesk.services.reference import list_team
from kpidesk.services.store.database import Database
from kpidesk.ui.settings import team as team_module


def test_add_and_edit_member(make_window, db: Database, qtbot, monkeypatch) -> None:
    window = make_window(db, "settings")
    window.show()
    tab = window.views["settings"].team

    def fill(name: str, role: str = "rep"):
        def exec_(self) -> int:
            self.name.setText(name)
            self.role.setCurrentIndex(self.role.findData(role))
            return QDialog.DialogCode.Accepted

        return exec_

    monkeypatch.setattr(team_module.TeamMemberDialog, "exec", fill("Lotte Visser"))
    tab.add_button.click()
    assert [m.name for m in list_team(db)] == ["Lotte Visser"]
    assert tab.model.rowCount() == 1  # the view refreshed through the change bus
    tab.table.selectRow(0)
    monkeypatch.setattr(team_module.TeamMemberDialog, "exec", fill("Lotte de Visser", "manager"))
    tab.edit_button.click()
    (member,) = list_team(db)
    assert (member.name, member.role) == ("Lotte de Visser", "manager")


def test_a_new_rep_with_a_ramp_is_one_undoable_step(
    make_window, db: Database, qtbot, monkeypatch
) -> None:
    from datetime import date

    from kpidesk.services.kpis.target_grid import target_grid
    from tests import factories as f

    bram = f.rep(db, "Bram")
    f.target(db, "activity_points", date.today().replace(day=1), 230, bram)
    window = make_window(db, "settings")
    window.show()
    tab = window.views["settings"].team
    start = date(2026, 12, 15)

    def fill(self) -> int:
        assert self.ramp_box is not None and self.ramp_box.isChecked()  # Bram's 230 is typical
        assert self.fulls["activity_points"].value() == 230
        self.name.setText("Anna")
        self.start.setDate(start)
        self.fulls["activity_points"].setValue(200)
        self.steps.setText("50, 75 %, 100")
        assert "dec 2026 100" in self.preview.text().lower().replace("\u00a0", " ")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(team_module.TeamMemberDialog, "exec", fill)
    tab.add_button.click()
    (anna,) = [m for m in list_team(db) if m.name == "Anna"]
    assert anna.start_date == start

    def anna_targets() -> tuple[int | None, ...] | None:
        grid = target_grid(db, "activity_points", date(2026, 12, 1), 3)
        ids = list(grid.rep_ids)
        return grid.rep_values[ids.index(anna.id)] if anna.id in ids else None

    assert anna_targets() == (100, 150, 200)
    window.ctx.undo_stack.undo()
    assert [m.name for m in list_team(db)] == ["Bram"] and anna_targets() is None
    window.ctx.undo_stack.redo()
    assert anna_targets() == (100, 150, 200)  # the same id again


def test_editing_sets_the_last_day_in_the_team(
    make_window, db: Database, qtbot, monkeypatch
) -> None:
    from datetime import date

    from tests import factories as f

    f.rep(db, "Bram")
    window = make_window(db, "settings")
    window.show()
    tab = window.views["settings"].team

    def fill(self) -> int:
        self.has_end.setChecked(True)
        self.end.setDate(date(2026, 12, 10))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(team_module.TeamMemberDialog, "exec", fill)
    tab.table.selectRow(0)
    tab.edit_button.click()
    (member,) = list_team(db)
    assert (member.start_date, member.end_date) == (date(2020, 1, 1), date(2026, 12, 10))
