"""The stages tab in Settings: add, rename, reorder, win probability, rotting days, delete."""

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
from kpidesk.services.reference import StageInfo, list_stages
from kpidesk.services.stages import add_stage, delete_stage, move_stage, update_stage
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import perform
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
        after = self.selected()
        perform(
            self.ctx,
            self,
            lambda: add_stage(
                self.ctx.db,
                dialog.name_nl.text(),
                dialog.name_en.text(),
                probability=dialog.probability.value(),
                rotting_days=dialog.rotting_days(),
                after_stage_id=after.id if after and after.kind == "open" else None,
            ),
        )

    def edit_item(self, stage: StageInfo) -> None:
        dialog = StageDialog(stage, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        perform(
            self.ctx,
            self,
            lambda: update_stage(
                self.ctx.db,
                stage.id,
                name_nl=dialog.name_nl.text(),
                name_en=dialog.name_en.text(),
                probability=dialog.probability.value(),
                rotting_days=dialog.rotting_days(),
            ),
        )

    def move_item(self, stage: StageInfo, steps: int) -> None:
        perform(self.ctx, self, lambda: move_stage(self.ctx.db, stage.id, steps))

    def delete_item(self, stage: StageInfo) -> None:
        answer = QMessageBox.question(
            self, tr("Delete stage"), tr("Delete the stage {stage}?").format(stage=stage.name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            perform(self.ctx, self, lambda: delete_stage(self.ctx.db, stage.id))
