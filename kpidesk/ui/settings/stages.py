"""The stages tab in Settings: add, rename, reorder, win probability, rotting days, delete.

Every change is one undoable step on the app's undo stack.  Undoing a delete (or redoing an
add) re-creates the stage under its own id, so the older steps on the stack still find it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.common import Changes
from kpidesk.services.deals.stages import (
    RemovedStage,
    StageValues,
    add_stage,
    delete_stage,
    move_stage,
    reorder_stages,
    restore_stage,
    update_stage,
)
from kpidesk.services.reference import StageInfo, list_stages
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand, push
from kpidesk.ui.settings.list_editor import ListEditorTab
from kpidesk.ui.widgets.table_model import RIGHT, Column

KIND_TEXT = {"open": tr_noop("Open"), "won": tr_noop("Won"), "lost": tr_noop("Lost")}

COLUMNS: list[Column[StageInfo]] = [
    Column("position", tr_noop("Order"), lambda s: str(s.position), RIGHT),
    Column("name_nl", tr_noop("Name (Dutch)"), lambda s: s.name_nl),
    Column("name_en", tr_noop("Name (English)"), lambda s: s.name_en),
    Column("kind", tr_noop("Kind"), lambda s: tr(KIND_TEXT.get(s.kind, s.kind))),
    Column("probability", tr_noop("Win probability"), lambda s: f"{s.probability}%", RIGHT),
    Column(
        "rotting",
        tr_noop("Sleeping after (days)"),
        lambda s: "" if s.rotting_days is None else str(s.rotting_days),
        RIGHT,
        header_tip=tr_noop(
            "An open deal without activity or stage change for longer than this is a sleeping deal"
        ),
    ),
]


class StageDialog(QDialog):
    """Names in both languages, win probability and the days after which a deal sleeps."""

    def __init__(self, stage: StageInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit stage") if stage else tr("New stage"))
        form = QFormLayout(self)
        self.name_nl = QLineEdit(stage.name_nl if stage else "")
        self.name_en = QLineEdit(stage.name_en if stage else "")
        self.probability = QSpinBox()
        self.probability.setRange(0, 100)
        self.probability.setSuffix("%")
        self.probability.setValue(stage.probability if stage else 50)
        self.rotting = QSpinBox()
        self.rotting.setRange(0, 365)
        self.rotting.setSpecialValueText(tr("never"))
        self.rotting.setSuffix(" " + tr("days"))
        self.rotting.setValue((stage.rotting_days or 0) if stage else 14)
        form.addRow(tr("Name (Dutch)"), self.name_nl)
        form.addRow(tr("Name (English)"), self.name_en)
        form.addRow(tr("Win probability"), self.probability)
        if stage is None or stage.kind == "open":
            form.addRow(tr("Sleeping after"), self.rotting)
        note = QLabel(tr("Renaming keeps every deal and its stage history."))
        note.setStyleSheet("color: palette(placeholder-text);")
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(420, self.sizeHint().height())

    def rotting_days(self) -> int | None:
        return self.rotting.value() or None

    def values(self) -> StageValues:
        return StageValues(
            self.name_nl.text(), self.name_en.text(), self.probability.value(), self.rotting_days()
        )


class StagesTab(ListEditorTab[StageInfo]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            COLUMNS,
            lambda: list_stages(ctx.db),
            add_text=tr("Add stage…"),
            move_texts=(tr("Move earlier"), tr("Move later")),
            delete_text=tr("Delete"),
            parent=parent,
        )

    def add_item(self) -> None:
        dialog = StageDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        after = self.selected()
        after_id = after.id if after and after.kind == "open" else None
        db = self.ctx.db
        state: dict[str, int] = {}
        removed: list[RemovedStage] = []

        def do() -> Changes:
            if removed:  # redo: the same stage back in the place the first add gave it
                return restore_stage(db, removed[0])[1]
            state["id"], changes = add_stage(
                db,
                values.name_nl,
                values.name_en,
                probability=values.probability,
                rotting_days=values.rotting_days,
                after_stage_id=after_id,
            )
            return changes

        def undo() -> Changes:
            gone, changes = delete_stage(db, state["id"])
            removed[:] = [gone]
            return changes

        push(self.ctx, self, ServiceCommand(self.ctx, tr("Add stage"), do, undo))

    def edit_item(self, stage: StageInfo) -> None:
        dialog = StageDialog(stage, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_edit(stage.id, dialog.values())

    def apply_edit(self, stage_id: int, values: StageValues) -> bool:
        """Change a stage's names and numbers as one undoable step."""
        db = self.ctx.db
        before: list[StageValues] = []

        def do() -> Changes:
            previous, changes = update_stage(db, stage_id, values)
            before[:] = [previous]
            return changes

        def undo() -> Changes:
            return update_stage(db, stage_id, before[0])[1]

        return push(self.ctx, self, ServiceCommand(self.ctx, tr("Edit stage"), do, undo))

    def move_item(self, stage: StageInfo, steps: int) -> None:
        db = self.ctx.db
        before: list[dict[int, int]] = []

        def do() -> Changes:
            previous, changes = move_stage(db, stage.id, steps)
            before[:] = [previous]
            if previous == {s.id: s.position for s in list_stages(db)}:
                command.setObsolete(True)  # already at the edge: no step on the stack
            return changes

        def undo() -> Changes:
            return reorder_stages(db, before[0])[1]

        command = ServiceCommand(self.ctx, tr("Reorder stages"), do, undo)
        push(self.ctx, self, command)

    def delete_item(self, stage: StageInfo) -> None:
        answer = QMessageBox.question(
            self, tr("Delete stage"), tr("Delete the stage {stage}?").format(stage=stage.name)
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.ctx.db
        removed: list[RemovedStage] = []

        def do() -> Changes:
            gone, changes = delete_stage(db, stage.id)
            removed[:] = [gone]
            return changes

        push(
            self.ctx,
            self,
            ServiceCommand(
                self.ctx, tr("Delete stage"), do, lambda: restore_stage(db, removed[0])[1]
            ),
        )
