"""Settings › Ideal customer profile: edit the checklist, its must-haves, weights and threshold."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.common import Changes
from kpidesk.services.leads import checklist as checklist_service
from kpidesk.services.leads.checklist import MAX_WEIGHT, Checklist, CriterionDraft
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand, push

AnyIndex = QModelIndex | QPersistentModelIndex
MUST, NL, EN, WEIGHT = range(4)
HEADERS = (
    tr_noop("Must-have"),
    tr_noop("Criterion (Dutch)"),
    tr_noop("Criterion (English)"),
    tr_noop("Weight"),
)
TIPS = (
    tr_noop("A lead can only be qualified when every must-have is ticked"),
    "",
    "",
    tr_noop("How much the criterion counts in the fit score (0 to 10)"),
)


class CriteriaModel(QAbstractTableModel):
    """The criteria being edited, in order; edits stay here until Save."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CriterionDraft] = []

    def set_criteria(self, criteria: list[CriterionDraft]) -> None:
        self.beginResetModel()
        self._rows = list(criteria)
        self.endResetModel()

    def criteria(self) -> list[CriterionDraft]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == MUST:
            return (Qt.CheckState.Checked if row.must_have else Qt.CheckState.Unchecked).value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NL:
                return row.text_nl
            if column == EN:
                return row.text_en
            if column == WEIGHT:
                return row.weight
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WEIGHT:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == MUST:
            state = value.value if isinstance(value, Qt.CheckState) else int(value)
            new = CriterionDraft(
                row.id, row.text_nl, row.text_en, state == Qt.CheckState.Checked.value, row.weight
            )
        elif role == Qt.ItemDataRole.EditRole and column in (NL, EN):
            text = str(value)
            new = (
                CriterionDraft(row.id, text, row.text_en, row.must_have, row.weight)
                if column == NL
                else CriterionDraft(row.id, row.text_nl, text, row.must_have, row.weight)
            )
        elif role == Qt.ItemDataRole.EditRole and column == WEIGHT:
            try:
                weight = min(max(int(value), 0), MAX_WEIGHT)
            except (TypeError, ValueError):
                return False
            new = CriterionDraft(row.id, row.text_nl, row.text_en, row.must_have, weight)
        else:
            return False
        self._rows[index.row()] = new
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and TIPS[section]:
            return tr(TIPS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == MUST:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    # row operations ------------------------------------------------------------------------
    def add(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(CriterionDraft(None, "", "", False, 1))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def move(self, row: int, step: int) -> int:
        target = row + step
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return row
        # beginMoveRows wants the destination before which the row lands.
        destination = target + 1 if step > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        self.edited.emit()
        return target


class ChecklistEditor(QWidget):
    """The criteria table with Add/Remove/Up/Down, the threshold and Save/Revert."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._saved: Checklist | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        intro = QLabel(
            tr(
                "The checklist a lead must meet before it counts as qualified. Must-haves are "
                "required; the weights make up the fit score, which must reach the threshold."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = CriteriaModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(MUST, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WEIGHT, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        rows = QHBoxLayout()
        self.add_button = QPushButton(tr("Add criterion"))
        self.remove_button = QPushButton(tr("Remove"))
        self.up_button = QPushButton(tr("Move up"))
        self.down_button = QPushButton(tr("Move down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            rows.addWidget(button)
        rows.addStretch(1)
        rows.addWidget(QLabel(tr("Threshold")))
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix("%")
        self.threshold.setToolTip(tr("The fit score a lead needs to be qualified"))
        rows.addWidget(self.threshold)
        layout.addLayout(rows)

        bottom = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setStyleSheet("color: palette(mid);")
        bottom.addWidget(self.summary, 1)
        self.revert_button = QPushButton(tr("Revert"))
        self.save_button = QPushButton(tr("Save checklist"))
        self.save_button.setDefault(True)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)

        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(lambda: self.model.remove(self._row()))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.revert_button.clicked.connect(self.reload)
        self.save_button.clicked.connect(self.save)
        self.model.edited.connect(self._update)
        self.threshold.valueChanged.connect(lambda _v: self._update())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())

    def _row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _add(self) -> None:
        row = self.model.add()
        index = self.model.index(row, NL)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def _move(self, step: int) -> None:
        row = self.model.move(self._row(), step)
        self.table.selectRow(row)

    def current(self) -> Checklist:
        return Checklist(self.model.criteria(), self.threshold.value())

    def is_dirty(self) -> bool:
        return self._saved is not None and self.current() != self._saved

    def reload(self) -> None:
        self._saved = checklist_service.load_checklist(self.ctx.db)
        self.model.set_criteria(self._saved.criteria)
        self.threshold.blockSignals(True)
        self.threshold.setValue(self._saved.threshold)
        self.threshold.blockSignals(False)
        self._update()

    def _update(self) -> None:
        criteria = self.model.criteria()
        total = sum(c.weight for c in criteria)
        musts = sum(1 for c in criteria if c.must_have)
        self.summary.setText(
            tr("{count} criteria, {musts} must-haves, total weight {total}").format(
                count=len(criteria), musts=musts, total=total
            )
        )
        row = self._row()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(criteria) - 1)
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def save(self) -> bool:
        new = self.current()
        previous: list[Checklist] = []

        def do() -> Changes:
            result = checklist_service.save_checklist(self.ctx.db, new.criteria, new.threshold)
            previous[:] = [result.previous]
            return result.changes

        def undo() -> Changes:
            old = previous[0]
            return checklist_service.save_checklist(
                self.ctx.db, old.criteria, old.threshold
            ).changes

        done = push(self.ctx, self, ServiceCommand(self.ctx, tr("Change checklist"), do, undo))
        if done:
            self.reload()
        return done
