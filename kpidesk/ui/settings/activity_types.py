"""The activity types tab in Settings: names in Dutch and English, points, active and order.

Points are the type's current points: every activity ever logged counts with them, so a change
re-weights history.  The dialog says so, with the number of activities it affects.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from kpidesk.core.formatting import format_int
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.activities.types import (
    MAX_POINTS,
    RemovedType,
    TypeValues,
    add_activity_type,
    move_activity_type,
    remove_activity_type,
    reorder_activity_types,
    restore_activity_type,
    type_usage,
    update_activity_type,
)
from kpidesk.services.common import Changes
from kpidesk.services.reference import ActivityTypeInfo, list_activity_types
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand, push
from kpidesk.ui.settings.list_editor import ListEditorTab
from kpidesk.ui.widgets.table_model import CENTER, RIGHT, Column
from kpidesk.ui.widgets.table_view import DataTableView

COLUMNS: list[Column[ActivityTypeInfo]] = [
    Column("position", tr_noop("Order"), lambda t: str(t.position), RIGHT),
    Column("name_nl", tr_noop("Name (Dutch)"), lambda t: t.name_nl),
    Column("name_en", tr_noop("Name (English)"), lambda t: t.name_en),
    Column("points", tr_noop("Points"), lambda t: str(t.points), RIGHT),
    Column("active", tr_noop("Active"), lambda t: "✓" if t.active else "", CENTER),
]


class ActivityTypeDialog(QDialog):
    """Names, points and active flag; warns that new points re-weight history."""

    def __init__(
        self, info: ActivityTypeInfo | None, usage: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit activity type") if info else tr("New activity type"))
        self._info = info
        self._usage = usage
        form = QFormLayout(self)
        self.name_nl = QLineEdit(info.name_nl if info else "")
        self.name_en = QLineEdit(info.name_en if info else "")
        self.points = QSpinBox()
        self.points.setRange(0, MAX_POINTS)
        self.points.setValue(info.points if info else 1)
        self.active = QCheckBox(tr("Show in the quick-log bar"))
        self.active.setChecked(info.active if info else True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b26a00;")
        form.addRow(tr("Name (Dutch)"), self.name_nl)
        form.addRow(tr("Name (English)"), self.name_en)
        form.addRow(tr("Points"), self.points)
        form.addRow("", self.active)
        form.addRow(self.warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.points.valueChanged.connect(lambda _v: self._update_warning())
        self._update_warning()
        self.resize(460, self.sizeHint().height())

    def _update_warning(self) -> None:
        changed = self._info is not None and self.points.value() != self._info.points
        if changed and self._usage:
            self.warning.setText(
                tr(
                    "Points count for all history: {count} logged activities of this type will "
                    "count {new} instead of {old} points, in every total, goal and leaderboard, "
                    "also for past weeks."
                ).format(
                    count=format_int(self._usage),
                    new=self.points.value(),
                    old=self._info.points if self._info else 0,
                )
            )
        else:
            self.warning.setText(
                tr(
                    "Points are the type's current points: changing them later re-weights the "
                    "history of this type."
                )
            )

    def values(self) -> TypeValues:
        return TypeValues(
            self.name_nl.text(), self.name_en.text(), self.points.value(), self.active.isChecked()
        )


class ActivityTypesTab(ListEditorTab[ActivityTypeInfo]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            COLUMNS,
            lambda: list_activity_types(ctx.db),
            intro=tr(
                "Decide which actions matter and what each is worth: an intake meeting earns more "
                "than a voicemail. Active types get a button in the quick-log bar, in this order."
            ),
            add_text=tr("Add activity type…"),
            move_texts=(tr("Move up"), tr("Move down")),
            delete_text=tr("Remove"),
            parent=parent,
        )
        self.table.setSelectionMode(DataTableView.SelectionMode.SingleSelection)

    def _dialog(self, info: ActivityTypeInfo | None) -> TypeValues | None:
        usage = type_usage(self.ctx.db, info.id) if info else 0
        dialog = ActivityTypeDialog(info, usage, self)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def add_item(self) -> None:
        values = self._dialog(None)
        if values is None:
            return
        db = self.ctx.db
        added: list[int] = []
        removed: list[RemovedType] = []

        def do() -> Changes:
            if removed:  # redo: the same type under the same id, so later steps still apply
                return restore_activity_type(db, removed[0])
            info, changes = add_activity_type(db, values)
            added.append(info.id)
            return changes

        def undo() -> Changes:
            gone, changes = remove_activity_type(db, added[0])
            removed[:] = [gone]
            return changes

        push(self.ctx, self, ServiceCommand(self.ctx, tr("Add activity type"), do, undo))

    def edit_item(self, info: ActivityTypeInfo) -> None:
        values = self._dialog(info)
        if values is None:
            return
        self.apply_edit(info.id, values)

    def apply_edit(self, type_id: int, values: TypeValues) -> bool:
        """Change a type as one undoable step."""
        db = self.ctx.db
        before: dict[str, TypeValues] = {}

        def do() -> Changes:
            before["values"], changes = update_activity_type(db, type_id, values)
            return changes

        def undo() -> Changes:
            return update_activity_type(db, type_id, before["values"])[1]

        return push(self.ctx, self, ServiceCommand(self.ctx, tr("Edit activity type"), do, undo))

    def move_item(self, info: ActivityTypeInfo, steps: int) -> None:
        db = self.ctx.db
        before: dict[str, list[int]] = {}

        def do() -> Changes:
            before["order"], changes = move_activity_type(db, info.id, steps)
            return changes

        def undo() -> Changes:
            return reorder_activity_types(db, before["order"])[1]

        push(self.ctx, self, ServiceCommand(self.ctx, tr("Reorder activity types"), do, undo))

    def delete_item(self, info: ActivityTypeInfo) -> None:
        db = self.ctx.db
        removed: list[RemovedType] = []

        def do() -> Changes:
            gone, changes = remove_activity_type(db, info.id)
            removed[:] = [gone]
            return changes

        # Undo puts the type back under its own id, so older steps that name it still work.
        push(
            self.ctx,
            self,
            ServiceCommand(
                self.ctx,
                tr("Remove activity type"),
                do,
                lambda: restore_activity_type(db, removed[0]),
            ),
        )
