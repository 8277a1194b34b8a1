"""The team tab in Settings: add reps and the manager, rename, change role, set inactive."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.reference import (
    TeamMemberInfo,
    add_team_member,
    list_team,
    update_team_member,
)
from kpidesk.ui.context import AppContext
from kpidesk.ui.icons import icon
from kpidesk.ui.operations import perform
from kpidesk.ui.widgets.table_model import CENTER, RIGHT, ROW_ROLE, Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView

ROLE_TEXT = {"rep": tr_noop("Rep"), "manager": tr_noop("Manager")}

COLUMNS: list[Column[TeamMemberInfo]] = [
    Column("name", tr_noop("Name"), lambda m: m.name),
    Column("email", tr_noop("E-mail"), lambda m: m.email or ""),
    Column("role", tr_noop("Role"), lambda m: tr(ROLE_TEXT.get(m.role, m.role))),
    Column("active", tr_noop("Active"), lambda m: "✓" if m.active else "", CENTER),
    Column("start", tr_noop("Start date"), lambda m: format_date(m.start_date), RIGHT),
]


class TeamMemberDialog(QDialog):
    """Name, e-mail, role and active flag of one team member."""

    def __init__(self, member: TeamMemberInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit team member") if member else tr("New team member"))
        form = QFormLayout(self)
        self.name = QLineEdit(member.name if member else "")
        self.email = QLineEdit(member.email or "" if member else "")
        self.role = QComboBox()
        for key, text in ROLE_TEXT.items():
            self.role.addItem(tr(text), key)
        self.role.setCurrentIndex(max(self.role.findData(member.role if member else "rep"), 0))
        self.active = QCheckBox(tr("Still in the team"))
        self.active.setChecked(member.active if member else True)
        self.active.setToolTip(
            tr("Inactive members keep their history but no longer appear in pickers and goals.")
        )
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("E-mail"), self.email)
        form.addRow(tr("Role"), self.role)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(420, self.sizeHint().height())


class TeamTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), tr("Add team member…"))
        self.edit_button = QPushButton(tr("Edit…"))
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = StaticTableModel(COLUMNS, lambda: list_team(ctx.db), self)
        self.table = DataTableView()
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

    def refresh(self) -> None:
        self.model.reload()
        self.table.fit_columns()

    def add_member(self) -> None:
        dialog = TeamMemberDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        perform(
            self.ctx,
            self,
            lambda: add_team_member(
                self.ctx.db,
                dialog.name.text(),
                email=dialog.email.text() or None,
                role=dialog.role.currentData(),
            ),
        )

    def edit_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        member: TeamMemberInfo = self.model.data(rows[0], ROW_ROLE)
        dialog = TeamMemberDialog(member, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        perform(
            self.ctx,
            self,
            lambda: update_team_member(
                self.ctx.db,
                member.id,
                name=dialog.name.text(),
                email=dialog.email.text(),
                role=dialog.role.currentData(),
                active=dialog.active.isChecked(),
            ),
        )
