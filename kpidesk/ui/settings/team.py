"""The team tab in Settings: add reps and the manager (with a ramp of targets), rename, change
role, the days in the team, set inactive."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date, format_month
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.kpi import ramp_in
from kpidesk.services.reference import (
    TeamMemberInfo,
    list_team,
    update_team_member,
)
from kpidesk.services.team.joining import (
    DEFAULT_STEPS,
    Joined,
    NewMember,
    join_team,
    typical_targets,
    undo_join,
)
from kpidesk.ui.context import AppContext
from kpidesk.ui.icons import icon
from kpidesk.ui.operations import ServiceCommand, perform, push
from kpidesk.ui.pipeline.dialogs import date_edit, money_spin, pydate, set_spin_cents, spin_cents
from kpidesk.ui.settings.target_model import MAX_COUNT, format_target
from kpidesk.ui.widgets.table_model import CENTER, RIGHT, ROW_ROLE, Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView

ROLE_TEXT = {"rep": tr_noop("Rep"), "manager": tr_noop("Manager")}
RAMP_FIELDS = (  # the KPIs of services.team.joining.RAMP_KPIS, as the targets tab names them
    ("activity_points", tr_noop("Activity points")),
    ("qualified_leads", tr_noop("Qualified leads")),
    ("new_revenue", tr_noop("New revenue")),
    ("pipeline_value", tr_noop("Deal value in the pipeline")),
)
MONEY = ("new_revenue", "pipeline_value")

COLUMNS: list[Column[TeamMemberInfo]] = [
    Column("name", tr_noop("Name"), lambda m: m.name),
    Column("email", tr_noop("E-mail"), lambda m: m.email or ""),
    Column("role", tr_noop("Role"), lambda m: tr(ROLE_TEXT.get(m.role, m.role))),
    Column("active", tr_noop("Active"), lambda m: "✓" if m.active else "", CENTER),
    Column("start", tr_noop("Start date"), lambda m: format_date(m.start_date), RIGHT),
    Column("end", tr_noop("Last day"), lambda m: format_date(m.end_date), RIGHT),
]


def parse_steps(text: str) -> tuple[int, ...] | None:
    """'50, 75, 100' (or with % signs, spaces or semicolons) as percentages; None if unreadable."""
    parts = [p.strip().rstrip("%").strip() for p in text.replace(";", ",").split(",")]
    parts = [p for p in parts if p]
    if not parts or not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)


class TeamMemberDialog(QDialog):
    """Name, e-mail, role, the days in the team and the active flag; a new member's ramp."""

    def __init__(
        self,
        member: TeamMemberInfo | None,
        parent: QWidget | None = None,
        typical: dict[str, int] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit team member") if member else tr("New team member"))
        day = today or date.today()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
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
        start = member.start_date if member else day
        self.has_start = QCheckBox()
        self.has_start.setChecked(start is not None)
        self.start = date_edit(start or day)
        self.has_end = QCheckBox()
        end = member.end_date if member else None
        self.has_end.setChecked(end is not None)
        self.end = date_edit(end or day)
        tip = tr(
            "Targets and goals count pro rata by working days for the month someone starts or "
            "leaves in: from the start date up to and including the last day."
        )
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("E-mail"), self.email)
        form.addRow(tr("Role"), self.role)
        form.addRow(tr("Start date"), self._optional(self.has_start, self.start, tip))
        if member is not None:
            form.addRow(tr("Last day"), self._optional(self.has_end, self.end, tip))
            form.addRow("", self.active)
        self.ramp_box: QGroupBox | None = None
        self.fulls: dict[str, QSpinBox | QDoubleSpinBox] = {}
        if member is None:
            self._ramp(layout, typical or {})
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.update_preview()
        self.resize(460, self.sizeHint().height())

    @staticmethod
    def _optional(check: QCheckBox, edit: QDateEdit, tip: str) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(check)
        line.addWidget(edit, 1)
        edit.setEnabled(check.isChecked())
        check.toggled.connect(edit.setEnabled)
        row.setToolTip(tip)
        return row

    def _ramp(self, layout: QVBoxLayout, typical: dict[str, int]) -> None:
        box = QGroupBox(tr("Ramp up the targets"))
        box.setCheckable(True)
        box.setChecked(bool(typical))
        box.setToolTip(
            tr(
                "A new rep rarely reaches a full target at once: the ramp writes their monthly "
                "targets as a share of the full target, a month a step, from the month they "
                "start in."
            )
        )
        form = QFormLayout(box)
        self.steps = QLineEdit(", ".join(str(s) for s in DEFAULT_STEPS))
        self.steps.setToolTip(tr("Percent of the full target per month, for example 50, 75, 100"))
        form.addRow(tr("Steps (% a month)"), self.steps)
        for kpi, label in RAMP_FIELDS:
            spin: QSpinBox | QDoubleSpinBox
            if kpi in MONEY:
                spin = money_spin()
                set_spin_cents(spin, typical.get(kpi, 0))
            else:
                spin = QSpinBox()
                spin.setRange(0, MAX_COUNT)
                spin.setValue(typical.get(kpi, 0))
            spin.setToolTip(tr("The full monthly target; 0 writes no target"))
            form.addRow(tr("Full: {kpi}").format(kpi=tr(label)), spin)
            spin.valueChanged.connect(self.update_preview)
            self.fulls[kpi] = spin
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The whole width, and room for a KPI on two lines each: the dialog does not jump.
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 * len(RAMP_FIELDS))
        form.addRow(QLabel(tr("Writes")))
        form.addRow(self.preview)
        self.steps.textChanged.connect(self.update_preview)
        self.start.dateChanged.connect(self.update_preview)
        box.toggled.connect(self.update_preview)
        self.ramp_box = box
        layout.addWidget(box)

    # values ---------------------------------------------------------------------------------
    def start_date(self) -> date | None:
        return pydate(self.start.date()) if self.has_start.isChecked() else None

    def end_date(self) -> date | None:
        return pydate(self.end.date()) if self.has_end.isChecked() else None

    def full_targets(self) -> dict[str, int]:
        """KPI → full monthly target (cents for money) of the ramp; empty without a ramp."""
        if self.ramp_box is None or not self.ramp_box.isChecked():
            return {}
        values: dict[str, int] = {}
        for kpi, spin in self.fulls.items():
            value = spin_cents(spin) if isinstance(spin, QDoubleSpinBox) else spin.value()
            if value > 0:
                values[kpi] = value
        return values

    def new_member(self) -> NewMember:
        steps = parse_steps(self.steps.text()) if self.ramp_box is not None else None
        return NewMember(
            self.name.text(),
            self.email.text() or None,
            str(self.role.currentData()),
            self.start_date() or date.today(),
            steps or DEFAULT_STEPS,
            self.full_targets(),
        )

    def update_preview(self) -> None:
        if self.ramp_box is None:
            return
        steps = parse_steps(self.steps.text())
        problem = "" if steps else tr("Write the steps as percentages, for example 50, 75, 100.")
        if not self.ramp_box.isChecked():
            problem = ""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        fulls = self.full_targets()
        if not steps or not fulls:
            self.preview.setText(tr("no targets") if self.ramp_box.isChecked() else "")
            return
        start = self.start_date() or date.today()
        lines = []
        for kpi, label in RAMP_FIELDS:
            if kpi in fulls:
                months = ramp_in(fulls[kpi], steps, start)
                cells = " · ".join(f"{format_month(m)} {format_target(kpi, v)}" for m, v in months)
                lines.append(f"{tr(label)}: {cells}")
        self.preview.setText("\n".join(lines))


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
        dialog = TeamMemberDialog(None, self, typical_targets(self.ctx.db, date.today()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.write_new(dialog.new_member())

    def write_new(self, new: NewMember) -> bool:
        """Add *new* with its ramp as one undoable step (a redo keeps the member's id)."""
        db = self.ctx.db

        def do(previous: Joined | None) -> Joined:
            return join_team(db, new, previous.member_id if previous else None)

        command = ServiceCommand(
            self.ctx,
            tr("Add {name}").format(name=" ".join(new.name.split())),
            do,
            lambda joined: undo_join(db, joined),
        )
        return push(self.ctx, self, command)

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
                dates=(dialog.start_date(), dialog.end_date()),
            ),
        )
