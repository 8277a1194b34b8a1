"""The deal editor: every field, the stage history and the deal's activities, and logging one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date, format_day_short
from kpidesk.core.i18n import tr
from kpidesk.services.activities.records import ActivityInput
from kpidesk.services.deals import detail as deal_records
from kpidesk.services.deals.detail import DealDetail, DealFields
from kpidesk.services.errors import ServiceError
from kpidesk.services.reference import StageInfo, list_activity_types, list_team
from kpidesk.ui.activities.log_command import log_command
from kpidesk.ui.activities.mark_done import Planned, mark_done
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import push, show_problem
from kpidesk.ui.pipeline import commands
from kpidesk.ui.pipeline.commands import Apply
from kpidesk.ui.pipeline.dialogs import (
    date_edit,
    money_spin,
    pydate,
    qdate,
    set_spin_cents,
    spin_cents,
)

NO_DATE = QDate(2000, 1, 1)


def optional_date(day: date | None) -> QDateEdit:
    """A date field that can be empty (shown as '—')."""
    edit = date_edit(day or date.today())
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    if day is None:
        edit.setDate(NO_DATE)
    return edit


def read_optional(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else pydate(edit.date())


class DealEditor(QDialog):
    """Edit a deal (or create one); Save pushes one undoable command."""

    def __init__(
        self,
        ctx: AppContext,
        stages: list[StageInfo],
        detail: DealDetail | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.setWindowTitle(tr("New deal") if detail is None else detail.fields.title)
        self.resize(900, 560)
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 1)

        form = QFormLayout()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(tr("For example: Yearly maintenance contract"))
        self.organisation = QLineEdit()
        completer = QCompleter(deal_records.organisation_names(ctx.db), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(completer)
        self.owner = QComboBox()
        self.owner.addItem(tr("Nobody"), None)
        for member in list_team(ctx.db):
            if member.active or (detail is not None and member.id == detail.fields.owner_id):
                self.owner.addItem(member.name, member.id)
        self.value = money_spin()
        self.probability = QSpinBox()
        self.probability.setRange(-1, 100)
        self.probability.setSuffix("%")
        self.probability.setSpecialValueText(tr("Stage default"))
        # A new deal follows its stage's win probability; a spin box would start at 0%.
        self.probability.setValue(-1)
        self.first_contact = optional_date(None)
        self.expected_close = optional_date(None)
        self.product = QLineEdit()
        self.stage = QComboBox()
        for stage in stages:
            if stage.kind == "open":
                self.stage.addItem(stage.name, stage.id)
        form.addRow(tr("Title"), self.title_edit)
        form.addRow(tr("Organisation"), self.organisation)
        form.addRow(tr("Owner"), self.owner)
        form.addRow(tr("Value"), self.value)
        form.addRow(tr("Win probability"), self.probability)
        form.addRow(tr("First contact"), self.first_contact)
        form.addRow(tr("Expected close"), self.expected_close)
        form.addRow(tr("Product"), self.product)
        if detail is None:
            form.addRow(tr("Stage"), self.stage)
        else:
            status = detail.stage
            if detail.closed_date:
                status += " · " + format_date(detail.closed_date)
            if detail.lost_reason:
                status += " · " + detail.lost_reason
            form.addRow(tr("Stage"), QLabel(status))
        left.addLayout(form)
        left.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        left.addWidget(self.buttons)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self.activities = QTreeWidget()
        self.activities.setHeaderLabels(
            [tr("Date"), tr("Status"), tr("Activity"), tr("Rep"), tr("Note")]
        )
        self.activities.setRootIsDecorated(False)
        self.activities.itemSelectionChanged.connect(self._update_done_button)
        self.activities.itemDoubleClicked.connect(lambda _item, _col: self.mark_selected_done())
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.setToolTip(tr("Mark the selected planned step done (Ctrl+D)"))
        self.done_button.setShortcut("Ctrl+D")
        self.done_button.clicked.connect(self.mark_selected_done)
        self.done_button.setEnabled(False)
        self.history = QTreeWidget()
        self.history.setHeaderLabels([tr("Moved on"), tr("From"), tr("To"), tr("By")])
        self.history.setRootIsDecorated(False)
        activity_page = QWidget()
        page_layout = QVBoxLayout(activity_page)
        page_layout.addWidget(self._log_box())
        page_layout.addWidget(self.activities, 1)
        done_row = QHBoxLayout()
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        done_row.addWidget(self.next_step, 1)
        done_row.addWidget(self.done_button)
        page_layout.addLayout(done_row)
        self.tabs.addTab(activity_page, tr("Activities"))
        self.tabs.addTab(self.history, tr("Stage history"))
        self.tabs.setEnabled(detail is not None)
        if detail is not None:
            self._fill(detail)
        self.title_edit.setFocus()

    def _log_box(self) -> QGroupBox:
        box = QGroupBox(tr("Log an activity"))
        # Two rows: on one row the note field was squeezed to a few letters.
        rows = QVBoxLayout(box)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(bottom)
        self.log_type = QComboBox()
        self._type_names: dict[int, str] = {}
        for activity_type in list_activity_types(self.ctx.db, include_inactive=False):
            self._type_names[activity_type.id] = activity_type.name
            self.log_type.addItem(
                tr("{name} ({points} pt)").format(
                    name=activity_type.name, points=activity_type.points
                ),
                activity_type.id,
            )
        self.log_date = date_edit(date.today())
        self.log_note = QLineEdit()
        self.log_note.setPlaceholderText(tr("Note"))
        self.log_button = QPushButton(tr("Log"))
        self.log_button.setToolTip(tr("Log a contact moment that happened on this date"))
        self.log_button.clicked.connect(lambda: self.log_now(done=True))
        self.plan_button = QPushButton(tr("Plan"))
        self.plan_button.setToolTip(tr("Plan a next step on this date; it counts once done"))
        self.plan_button.clicked.connect(lambda: self.log_now(done=False))
        self.log_date.dateChanged.connect(lambda _d: self._update_log_buttons())
        top.addWidget(self.log_type, 1)
        top.addWidget(self.log_date)
        bottom.addWidget(self.log_note, 1)
        bottom.addWidget(self.log_button)
        bottom.addWidget(self.plan_button)
        self._update_log_buttons()
        return box

    def _update_log_buttons(self) -> None:
        """Done lies on or before today, planned on or after it."""
        day = pydate(self.log_date.date())
        today = date.today()
        self.log_button.setEnabled(day <= today)
        self.plan_button.setEnabled(day >= today)

    def _planned_selected(self) -> list[Planned]:
        rows = []
        for item in self.activities.selectedItems():
            planned = item.data(0, Qt.ItemDataRole.UserRole)
            if isinstance(planned, Planned):
                rows.append(planned)
        return rows

    def _update_done_button(self) -> None:
        self.done_button.setEnabled(bool(self._planned_selected()))

    def mark_selected_done(self) -> None:
        """Mark the selected planned step done: one undoable step, as in the Activities view."""
        planned = self._planned_selected()
        if self.detail is None or not planned or not mark_done(self.ctx, self, planned):
            return
        self._reload_lists()

    def _fill(self, detail: DealDetail) -> None:
        values = detail.fields
        self.title_edit.setText(values.title)
        self.organisation.setText(values.organisation)
        self.owner.setCurrentIndex(max(0, self.owner.findData(values.owner_id)))
        set_spin_cents(self.value, values.value_cents)
        self.probability.setValue(-1 if values.probability is None else values.probability)
        self.probability.setSpecialValueText(
            tr("Stage default ({percent}%)").format(percent=detail.stage_probability)
        )
        for edit, day in (
            (self.first_contact, values.first_contact),
            (self.expected_close, values.expected_close),
        ):
            edit.setDate(qdate(day) if day else NO_DATE)
        self.product.setText(values.product or "")
        self._fill_lists(detail)

    def _fill_lists(self, detail: DealDetail) -> None:
        self.activities.clear()
        today = date.today()
        # Planned steps first (soonest first), then what happened (newest first).
        planned = sorted((a for a in detail.activities if not a.done), key=lambda a: a.date)
        done = [a for a in detail.activities if a.done]
        for act in planned + done:
            state = (
                tr("Done") if act.done else tr("⚠ Overdue") if act.date < today else tr("Planned")
            )
            item = QTreeWidgetItem(
                self.activities,
                [
                    format_date(act.date),
                    state,
                    act.type_name,
                    act.rep or "",
                    act.note or act.outcome or "",
                ],
            )
            if not act.done:
                item.setData(0, Qt.ItemDataRole.UserRole, Planned(act.id, act.date, act.type_name))
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
        if planned:
            first = planned[0]
            self.next_step.setText(
                tr("Next step: {type} on {day}.").format(
                    type=first.type_name, day=format_day_short(first.date)
                )
                if first.date >= today
                else tr(
                    "The next step ({type}, {day}) is overdue: mark it done or plan anew."
                ).format(type=first.type_name, day=format_day_short(first.date))
            )
        else:
            self.next_step.setText(tr("No next step planned."))
        self._update_done_button()
        self.history.clear()
        for step in detail.history:
            QTreeWidgetItem(
                self.history,
                [
                    format_date(step.moved_at.date()),
                    step.from_stage or "—",
                    step.to_stage,
                    step.moved_by or "",
                ],
            )
        self.tabs.setTabText(0, tr("Activities ({count})").format(count=len(done)))
        for tree in (self.activities, self.history):
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)

    def values(self) -> DealFields:
        probability = self.probability.value()
        owner = self.owner.currentData()
        return DealFields(
            self.title_edit.text(),
            self.organisation.text(),
            owner if isinstance(owner, int) else None,
            spin_cents(self.value),
            None if probability < 0 else probability,
            read_optional(self.first_contact),
            read_optional(self.expected_close),
            self.product.text(),
        )

    def log_now(self, *, done: bool = True) -> None:
        """Log an activity on this deal at once (a done one refreshes the deal's last activity),
        or plan one (``done=False``)."""
        if self.detail is None or self.log_type.currentData() is None:
            return
        owner = self.owner.currentData()
        type_id = int(self.log_type.currentData())
        values = ActivityInput(
            type_id,
            owner if isinstance(owner, int) else None,
            pydate(self.log_date.date()),
            deal_id=self.detail.id,
            note=self.log_note.text().strip() or None,
            done=done,
        )
        # One undoable step, as from the quick-log bar (Ctrl+Z once the editor is closed).
        kind = self._type_names.get(type_id, "")
        if not push(self.ctx, self, log_command(self.ctx, values, kind)):
            return
        self.log_note.clear()
        self._reload_lists()

    def _reload_lists(self) -> None:
        if self.detail is None:
            return
        try:
            self.detail = deal_records.get_deal(self.ctx.db, self.detail.id)
        except ServiceError as exc:
            show_problem(self, str(exc))
            return
        self._fill_lists(self.detail)

    # entry points -------------------------------------------------------------------------
    @classmethod
    def edit(
        cls,
        ctx: AppContext,
        apply: Apply,
        deal_id: int,
        stages: list[StageInfo],
        parent: QWidget | None,
    ) -> bool:
        try:
            detail = deal_records.get_deal(ctx.db, deal_id)
        except ServiceError as exc:
            show_problem(parent, str(exc))
            return False
        dialog = cls(ctx, stages, detail, parent)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            # A logged activity raised the version: edit against what the dialog shows now.
            version = dialog.detail.version if dialog.detail else detail.version
            values = dialog.values()
            if dialog.detail is not None and values == dialog.detail.fields:
                return True
            command = commands.edit_command(ctx, apply, deal_id, values, version)
            if commands.run(ctx, parent, command):
                return True
        return False

    @classmethod
    def create(
        cls, ctx: AppContext, apply: Apply, stages: list[StageInfo], parent: QWidget | None
    ) -> int | None:
        dialog = cls(ctx, stages, None, parent)
        set_spin_cents(dialog.value, 0)
        dialog.first_contact.setDate(qdate(date.today()))
        while dialog.exec() == QDialog.DialogCode.Accepted:
            stage_id = dialog.stage.currentData()
            if stage_id is None:
                return None
            command, state = commands.create_command(ctx, apply, dialog.values(), int(stage_id))
            if commands.run(ctx, parent, command) and state.result is not None:
                return state.result.deal_id
        return None
