"""Table models of the import wizard: the column mapping, the parsed preview, the problems."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kpidesk.core.formatting import format_date, format_int, format_money
from kpidesk.core.i18n import tr
from kpidesk.services.imports.sheet import FieldInfo, Problem

Index = QModelIndex | QPersistentModelIndex
MONEY_FIELDS = {"value", "recurring_value"}
PERCENT_FIELDS = {"probability"}


class MappingModel(QAbstractTableModel):
    """One row per field: the field, the column chosen for it (editable), and sample values."""

    COLUMNS = ("field", "column", "sample")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.fields: list[FieldInfo] = []
        self.headers: tuple[str, ...] = ()
        self.samples: dict[int, list[str]] = {}
        self.mapping: dict[str, int] = {}

    def load(
        self,
        fields: list[FieldInfo],
        headers: tuple[str, ...],
        samples: dict[int, list[str]],
        mapping: dict[str, int],
    ) -> None:
        self.beginResetModel()
        self.fields, self.headers, self.samples = fields, headers, samples
        self.mapping = {k: v for k, v in mapping.items() if 0 <= v < len(headers)}
        self.endResetModel()

    def choices(self) -> list[str]:
        """The options of the column editor: '(not imported)' then each header."""
        return [
            tr("(not imported)"),
            *[h or tr("column {n}").format(n=i + 1) for i, h in enumerate(self.headers)],
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("KPIDesk field"), tr("Column in your file"), tr("Example values"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.fields):
            return None
        spec = self.fields[index.row()]
        column = self.mapping.get(spec.name)
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return tr(spec.label) + (" *" if spec.required else "")
            if index.column() == 1:
                return self.choices()[column + 1] if column is not None else tr("(not imported)")
            if column is not None:
                return ", ".join(v for v in self.samples.get(column, []) if v)[:120]
            return ""
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            return (column + 1) if column is not None else 0
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (1, 2) and column is None:
            return QBrush(QColor("#8a8a8a"))
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == 0
            and spec.required
            and column is None
        ):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.FontRole and index.column() == 0 and spec.required:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return tr("Canonical name: {name}").format(name=spec.name)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        choice = int(value)
        name = self.fields[index.row()].name
        if choice <= 0:
            self.mapping.pop(name, None)
        else:
            column = choice - 1
            for other, col in list(self.mapping.items()):
                if col == column and other != name:  # one column feeds one field
                    del self.mapping[other]
            self.mapping[name] = column
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.fields) - 1, 2))
        return True

    def missing_required(self) -> list[str]:
        return [tr(f.label) for f in self.fields if f.required and f.name not in self.mapping]


def show_value(name: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return format_date(value)
    if name in MONEY_FIELDS:
        return format_money(int(value), decimals=True)
    if name in PERCENT_FIELDS:
        return f"{value} %"
    if isinstance(value, int):
        return format_int(value)
    return str(value)


class PreviewModel(QAbstractTableModel):
    """The first rows as KPIDesk read them: the row number, then one column per mapped field."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.fields: list[FieldInfo] = []
        self.rows: list[tuple[int, dict[str, Any]]] = []
        self.bad_rows: set[int] = set()

    def load(
        self, fields: list[FieldInfo], rows: list[tuple[int, dict[str, Any]]], bad_rows: set[int]
    ) -> None:
        self.beginResetModel()
        self.fields, self.rows, self.bad_rows = fields, rows, bad_rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("Row") if section == 0 else tr(self.fields[section - 1].label)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        number, record = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return str(number)
            name = self.fields[index.column() - 1].name
            return show_value(name, record.get(name))
        if role == Qt.ItemDataRole.BackgroundRole and number in self.bad_rows:
            return QBrush(QColor(255, 228, 225))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProblemModel(QAbstractTableModel):
    """The full problem report: row, column, value, what to do."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []

    def load(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = problems
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Row"), tr("Column"), tr("Value"), tr("What to fix"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.problems):
            return None
        problem = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                str(problem.row) if problem.row is not None else tr("file"),
                problem.column,
                problem.value,
                problem.reason,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return problem.reason
        return None
