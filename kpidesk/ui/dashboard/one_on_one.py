"""The Coaching tab's one-on-one section: a rep's agreed actions, and "Prepare 1:1…".

One rep at a time (a picker, reps by name): the actions agreed with that rep, open ones first,
with add, edit, mark done or open and delete, each one undoable step on the window's undo
stack.  "Prepare 1:1…" writes the rep's one-on-one pack for the dashboard's period.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date, format_int, qt_date_format
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.periods import Period
from kpidesk.services.coaching import actions as action_service
from kpidesk.services.coaching.actions import ActionInput, ActionRow
from kpidesk.services.common import ACTIONS, TEAM, Changes
from kpidesk.services.reference import list_team
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand, push, show_problem
from kpidesk.ui.widgets.table_model import ID_ROLE
from kpidesk.ui.widgets.table_view import DataTableView

AnyIndex = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c0392b")
MUTED = QColor("#8a8f98")
COLUMNS = (
    tr_noop("Agreed on"),
    tr_noop("Action"),
    tr_noop("Due"),
    tr_noop("Done on"),
    tr_noop("Status"),
)


def status_text(action: ActionRow, today: date) -> str:
    if action.done:
        return tr("Done")
    return tr("Overdue") if action.overdue(today) else tr("Open")


class ActionsModel(QAbstractTableModel):
    """One rep's agreed actions, in the order the service gives (open first)."""

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ActionRow] = []
        self.today = today or date.today()

    def set_rows(self, rows: list[ActionRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        action = self.rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return action.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                format_date(action.agreed_on),
                action.text.replace("\n", " "),
                format_date(action.due_on),
                format_date(action.done_on),
                status_text(action, self.today),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return action.text
        if role == Qt.ItemDataRole.ForegroundRole:
            if action.done:
                return QBrush(MUTED)
            if action.overdue(self.today) and column in (2, 4):
                return QBrush(OVERDUE)
        return None


class ActionDialog(QDialog):
    """The text and dates of one agreed action."""

    def __init__(
        self, parent: QWidget | None, rep_name: str, values: ActionInput | None = None
    ) -> None:
        super().__init__(parent)
        editing = values is not None
        self.setWindowTitle(
            (tr("Edit agreed action with {name}") if editing else tr("Agree an action with {name}"))
            .format(name=rep_name)
        )  # fmt: skip
        today = date.today()
        start = values or ActionInput("", today)
        form = QFormLayout(self)
        self.text = QPlainTextEdit(start.text)
        self.text.setPlaceholderText(tr("For example: send a proposal only after an intake"))
        self.text.setTabChangesFocus(True)
        self.text.setMinimumWidth(380)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        self.agreed = self._date_edit(start.agreed_on)
        self.has_due = QCheckBox(tr("Due by"))
        self.due = self._date_edit(start.due_on or today)
        self.has_due.setChecked(start.due_on is not None)
        self.due.setEnabled(start.due_on is not None)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form.addRow(tr("Action"), self.text)
        form.addRow(tr("Agreed on"), self.agreed)
        form.addRow(tr("Due"), due_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            tr("Save") if editing else tr("Add")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def _date_edit(day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(qt_date_format())
        return edit

    def values(self) -> ActionInput:
        agreed = self.agreed.date().toPython()
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        assert isinstance(agreed, date) and (due is None or isinstance(due, date))
        return ActionInput(self.text.toPlainText(), agreed, due)

    def _accept(self) -> None:
        if not self.text.toPlainText().strip():
            show_problem(self, tr("Write down what was agreed."))
            return
        self.accept()


class OneOnOnePanel(QWidget):
    """A rep picker, "Prepare 1:1…", and that rep's agreed actions with their buttons."""

    def __init__(
        self,
        ctx: AppContext,
        period: Callable[[], Period],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._period = period
        self.today = today or date.today()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        heading = QLabel("<b>" + escape(tr("One-on-one")) + "</b>")
        layout.addWidget(heading)
        top = QHBoxLayout()
        self.rep = QComboBox()
        self.rep.setMinimumWidth(180)
        self.rep.setToolTip(tr("The rep of the one-on-one"))
        self.prepare = QPushButton(tr("Prepare 1:1…"))
        self.prepare.setToolTip(
            tr(
                "Write the one-on-one pack for the dashboard's period: action KPIs, result "
                "KPIs, the bottleneck, sleeping deals and customers at risk, agreed actions."
            )
        )
        top.addWidget(QLabel(tr("With")))
        top.addWidget(self.rep)
        top.addWidget(self.prepare)
        top.addStretch(1)
        layout.addLayout(top)
        hint = QLabel(
            tr(
                "What you agree with the rep, with a date and a done mark; the next pack carries "
                "the open ones and those done recently."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(hint)
        self.model = ActionsModel(self, self.today)
        self.table = DataTableView()
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        self.table.set_empty_text(tr("No actions agreed with this rep yet: add the first one."))
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add action…"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.done_button = QPushButton(tr("Mark done"))
        self.delete_button = QPushButton(tr("Delete"))
        for button in (self.add_button, self.edit_button, self.done_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: palette(mid);")
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)

        self.rep.currentIndexChanged.connect(lambda _i: self.reload())
        self.add_button.clicked.connect(self.add_action)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.toggle_done)
        self.delete_button.clicked.connect(self.delete_selected)
        self.prepare.clicked.connect(self.prepare_pack)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        ctx.bus.changed.connect(self._on_changes)
        # Filled when first shown: the dashboard is built at start, the Coaching tab later.
        self._filled = False
        self._wanted_rep: int | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._filled:
            self.fill_reps()

    # reps and rows ----------------------------------------------------------------------------
    def rep_id(self) -> int | None:
        value = self.rep.currentData()
        return int(value) if value is not None else None

    def rep_name(self) -> str:
        return self.rep.currentText()

    def select_rep(self, rep_id: int | None) -> None:
        if not self._filled:
            self._wanted_rep = rep_id
            return
        index = self.rep.findData(rep_id)
        if index >= 0:
            self.rep.setCurrentIndex(index)

    def fill_reps(self) -> None:
        self._filled = True
        current = self.rep_id() or self._wanted_rep
        self.rep.blockSignals(True)
        self.rep.clear()
        for member in list_team(self.ctx.db, active_only=True, reps_only=True):
            self.rep.addItem(member.name, member.id)
        self.rep.setCurrentIndex(max(self.rep.findData(current), 0) if current else 0)
        self.rep.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        rep = self.rep_id()
        selected = set(self.table.selected_ids())
        rows = action_service.list_actions(self.ctx.db, rep) if rep is not None else []
        self.model.set_rows(rows)
        for row, action in enumerate(rows):
            if action.id in selected:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.resizeSection(1, max(min(header.sectionSize(1) + 24, 520), 260))
        visible = min(max(len(rows), 3), 10)
        self.table.setFixedHeight(
            header.sizeHint().height()
            + visible * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        open_count = sum(1 for a in rows if not a.done)
        self.count_label.setText(
            tr("{open} open, {done} done").format(
                open=format_int(open_count), done=format_int(len(rows) - open_count)
            )
            if rows
            else ""
        )
        for widget in (self.add_button, self.prepare):
            widget.setEnabled(rep is not None)
        self._update_buttons()

    def _on_changes(self, changes: Changes) -> None:
        if not self._filled:
            return
        if changes.touches(TEAM):
            self.fill_reps()
        elif changes.touches(ACTIONS):
            self.reload()

    def selected(self) -> list[ActionRow]:
        wanted = set(self.table.selected_ids())
        return [a for a in self.model.rows if a.id in wanted]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(len(chosen) == 1)
        self.delete_button.setEnabled(bool(chosen))
        self.done_button.setEnabled(bool(chosen))
        reopen = bool(chosen) and all(a.done for a in chosen)
        self.done_button.setText(tr("Mark open") if reopen else tr("Mark done"))

    # intents ------------------------------------------------------------------------------
    def add_action(self, values: ActionInput | None = None) -> bool:
        """Ask for an action (or take *values*) and add it, as one undoable step."""
        rep = self.rep_id()
        if rep is None:
            return False
        if values is None:
            dialog = ActionDialog(self, self.rep_name())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        db, chosen = self.ctx.db, values

        def do(previous: tuple[int, Changes] | None) -> tuple[int, Changes]:
            if previous is not None:  # redo: the same action back from the trash
                return previous[0], action_service.restore_actions(db, [previous[0]])
            return action_service.add_action(db, rep, chosen)

        command = ServiceCommand(
            self.ctx,
            tr("Agree an action with {name}").format(name=self.rep_name()),
            do,
            lambda result: action_service.delete_actions(db, [result[0]]),
        )
        return push(self.ctx, self, command)

    def edit_selected(self, values: ActionInput | None = None) -> bool:
        chosen = self.selected()
        if len(chosen) != 1:
            return False
        action = chosen[0]
        if values is None:
            dialog = ActionDialog(self, self.rep_name(), action.values)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        db, new = self.ctx.db, values
        command = ServiceCommand(
            self.ctx,
            tr("Edit agreed action"),
            lambda _previous: action_service.update_action(db, action.id, new),
            lambda result: action_service.update_action(db, action.id, result[0])[1],
        )
        return push(self.ctx, self, command)

    def toggle_done(self) -> bool:
        chosen = self.selected()
        if not chosen:
            return False
        done = not all(a.done for a in chosen)
        ids = [a.id for a in chosen]
        db = self.ctx.db
        text = (
            (tr("Mark action done") if done else tr("Mark action open"))
            if len(ids) == 1
            else (tr("Mark {count} actions done") if done else tr("Mark {count} actions open"))
            .format(count=len(ids))
        )  # fmt: skip
        command = ServiceCommand(
            self.ctx,
            text,
            lambda _previous: action_service.set_done(db, ids, done),
            lambda result: action_service.restore_done(db, result.before),
        )
        return push(self.ctx, self, command)

    def delete_selected(self) -> bool:
        ids = [a.id for a in self.selected()]
        if not ids:
            return False
        db = self.ctx.db
        text = (
            tr("Delete agreed action")
            if len(ids) == 1
            else tr("Delete {count} agreed actions").format(count=len(ids))
        )
        command = ServiceCommand.pair(
            self.ctx,
            text,
            lambda: action_service.delete_actions(db, ids),
            lambda: action_service.restore_actions(db, ids),
        )
        return push(self.ctx, self, command)

    def prepare_pack(self) -> Any:
        """Ask where to save the rep's pack and write it off the GUI thread."""
        from kpidesk.ui.export_actions import export_one_on_one_pack

        rep = self.rep_id()
        if rep is None:
            return None
        return export_one_on_one_pack(
            self, self.ctx.db, rep, self.rep_name(), self._period(), today=self.today
        )
