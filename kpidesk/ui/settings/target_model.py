"""The targets grid: the team and each active rep × the twelve months of a year, for one KPI.

Money targets are stored in cents and shown in euros; counts are whole numbers.  The team row
shows the team's own target where one is set, else the sum of the reps' targets in italics, so
the rule "the team's target is the sum of the reps' unless the team has its own" stays visible.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from kpidesk.core.formatting import format_int, format_money, format_month, month_names
from kpidesk.core.i18n import current_language, tr
from kpidesk.services.kpis.target_grid import TargetCell, TargetGrid

Index = QModelIndex | QPersistentModelIndex
MONEY_KPIS = ("new_revenue", "pipeline_value")
MAX_COUNT = 10_000_000
# The row of the team's own target; the reps follow in name order.
TEAM_ROW = 0
NAME_COLUMN = 0
FIRST_MONTH_COLUMN = 1
MONTHS = 12
TOTAL_COLUMN = FIRST_MONTH_COLUMN + MONTHS

# Asked for by the editor: which cell changes to which value (None clears it).
EditCallback = Callable[[list[TargetCell]], bool]


def format_target(kpi: str, value: int | None) -> str:
    """A target the way a manager reads it: euros for money, a whole number otherwise."""
    if value is None:
        return ""
    if kpi in MONEY_KPIS:
        return format_money(value, decimals=value % 100 != 0)
    return format_int(value)


class TargetGridModel(QAbstractTableModel):
    """One KPI's monthly targets; edits are handed to *on_edit* (which makes them undoable)."""

    def __init__(self, on_edit: EditCallback | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: TargetGrid | None = None
        self._on_edit = on_edit

    # shape ----------------------------------------------------------------------------------
    def set_grid(self, grid: TargetGrid | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return 1 + len(self.grid.rep_ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else TOTAL_COLUMN + 1

    def is_money(self) -> bool:
        return self.grid is not None and self.grid.kpi in MONEY_KPIS

    def rep_id(self, row: int) -> int | None:
        """The rep of *row*, None for the team row."""
        assert self.grid is not None
        return None if row == TEAM_ROW else self.grid.rep_ids[row - 1]

    def month(self, column: int) -> date | None:
        if self.grid is None or not FIRST_MONTH_COLUMN <= column < TOTAL_COLUMN:
            return None
        return self.grid.months[column - FIRST_MONTH_COLUMN]

    def own_value(self, row: int, column: int) -> int | None:
        """The target set for exactly this scope and month (None when none is set)."""
        assert self.grid is not None
        i = column - FIRST_MONTH_COLUMN
        if row == TEAM_ROW:
            return self.grid.team_own[i]
        return self.grid.rep_values[row - 1][i]

    def shown_value(self, row: int, column: int) -> int | None:
        """What the cell shows: the team row falls back to the sum of the reps."""
        assert self.grid is not None
        if column == TOTAL_COLUMN:
            values = [self.shown_value(row, c) for c in range(FIRST_MONTH_COLUMN, TOTAL_COLUMN)]
            present = [v for v in values if v is not None]
            return sum(present) if present else None
        if row == TEAM_ROW:
            return self.grid.team_effective[column - FIRST_MONTH_COLUMN]
        return self.own_value(row, column)

    def is_team_sum(self, row: int, column: int) -> bool:
        """True for a team month without its own target whose value is the reps' sum."""
        return (
            row == TEAM_ROW
            and FIRST_MONTH_COLUMN <= column < TOTAL_COLUMN
            and self.own_value(row, column) is None
            and self.shown_value(row, column) is not None
        )

    # data -----------------------------------------------------------------------------------
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section < 0 or section > TOTAL_COLUMN:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME_COLUMN:
                return tr("Who")
            if section == TOTAL_COLUMN:
                return tr("Year")
            month = self.month(section)
            if month is not None:
                return month_names()[month.month - 1]
            return month_names()[section - FIRST_MONTH_COLUMN]
        if role == Qt.ItemDataRole.TextAlignmentRole and section != NAME_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= column <= TOTAL_COLUMN):
            return None
        if column == NAME_COLUMN:
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("The team") if row == TEAM_ROW else self.grid.rep_names[row - 1]
            if role == Qt.ItemDataRole.FontRole and row == TEAM_ROW:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_target(self.grid.kpi, self.shown_value(row, column))
        if role == Qt.ItemDataRole.EditRole:
            value = self.shown_value(row, column)
            return 0 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        team_sum = self.is_team_sum(row, column) or (
            row == TEAM_ROW
            and column == TOTAL_COLUMN
            and all(self.own_value(row, c) is None for c in range(FIRST_MONTH_COLUMN, TOTAL_COLUMN))
        )
        if role == Qt.ItemDataRole.FontRole and (team_sum or column == TOTAL_COLUMN):
            font = QFont()
            font.setItalic(team_sum)
            font.setBold(column == TOTAL_COLUMN and not team_sum)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and team_sum:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        month = self.month(column)
        if month is None:
            return None
        if self.is_team_sum(row, column):
            return tr(
                "Team: sum of the reps for {month}. Type a value to give the team its own target."
            ).format(month=format_month(month))
        if row == TEAM_ROW and self.own_value(row, column) is not None:
            return tr(
                "The team's own target for {month}; it replaces the sum of the reps. "
                "Clear it to use the sum again."
            ).format(month=format_month(month))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if FIRST_MONTH_COLUMN <= index.column() < TOTAL_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Hand the new target (cents or a count; None clears) to the editor callback."""
        if role != Qt.ItemDataRole.EditRole or self.grid is None or not index.isValid():
            return False
        month = self.month(index.column())
        if month is None or self._on_edit is None:
            return False
        new = None if value is None or value == "" else int(value)
        if new == self.own_value(index.row(), index.column()):
            return False
        return self._on_edit([TargetCell(self.rep_id(index.row()), self.grid.kpi, month, new)])


class TargetDelegate(QStyledItemDelegate):
    """Edits a count in a spin box, money in euros (stored as cents), in the user's locale."""

    def __init__(self, model: TargetGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        locale = QLocale(
            QLocale.Language.Dutch if current_language() == "nl" else QLocale.Language.English
        )
        spin = QSpinBox(parent)
        spin.setLocale(locale)
        spin.setGroupSeparatorShown(True)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        if self.model.is_money():
            # Whole euros: targets are round amounts; cents stay exact in storage.
            spin.setPrefix("€ ")
            spin.setRange(0, 999_999_999)
            spin.setSingleStep(1000)
        else:
            spin.setRange(0, MAX_COUNT)
        return spin

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        value = int(index.data(Qt.ItemDataRole.EditRole) or 0)
        editor.setValue((value + 50) // 100 if self.model.is_money() else value)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        value = editor.value() * 100 if self.model.is_money() else editor.value()
        model.setData(index, value, Qt.ItemDataRole.EditRole)
