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
