"""Table models of the import wizard: the column mapping, the parsed preview, the problems."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kpidesk.core.formatting import format_date, format_int, format_money
from kpidesk.core.i18n import current_language, tr, tr_noop
from kpidesk.services.imports.choices import StageInfo, ValueChoice, ValueOverview, default_kind
from kpidesk.services.imports.sheet import FieldInfo, Problem

STAGE_OPEN, STAGE_WON, STAGE_LOST = "open", "won", "lost"
STATUS_LABELS = (
    ("new", tr_noop("New")),
    ("qualified", tr_noop("Qualified")),
    ("disqualified", tr_noop("Disqualified")),
)

Index = QModelIndex | QPersistentModelIndex
MONEY_FIELDS = {"value", "recurring_value", "yearly_revenue"}
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


OUTCOME_FIELD = "_outcome"  # what the import decided about a deal (not a column of the file)
_OUTCOME_WORDS = {"open": tr_noop("open"), "won": tr_noop("won"), "lost": tr_noop("lost")}


def _reading(name: str, record: dict[str, Any]) -> str:
    """A preview cell: the value as read, and where the import turns it into something else
    (a CRM's stage into yours, a missing close date into the fallback column's)."""
    if name in (OUTCOME_FIELD, "outcome"):
        if record.get("_column") == "deleted":
            return tr("deleted: skipped")
        word = record.get(OUTCOME_FIELD)
        if word in _OUTCOME_WORDS:
            return tr(_OUTCOME_WORDS[word])
        return str(record.get(name) or "")
    value = record.get(name)
    if name == "closed" and value is None:
        value = record.get("_closed")
    text = show_value(name, value)
    target = record.get("_stage_to") if name == "stage" else None
    if target and text.casefold() != str(target).casefold():
        return f"{text} → {target}" if text else str(target)
    return text


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
            return _reading(name, record)
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


class IgnoredModel(QAbstractTableModel):
    """The file's columns that no field takes, with sample values and an 'import as' choice.

    It edits the mapping of a :class:`MappingModel`: choosing a field moves the column there
    (and off this list), so both tables always show the same mapping.
    """

    def __init__(self, mapping: MappingModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.source = mapping
        self.columns: list[int] = []
        mapping.modelReset.connect(self.refresh)
        mapping.dataChanged.connect(lambda *_a: self.refresh())

    def refresh(self) -> None:
        self.beginResetModel()
        used = set(self.source.mapping.values())
        self.columns = [i for i, h in enumerate(self.source.headers) if h and i not in used]
        self.endResetModel()

    def free_fields(self) -> list[FieldInfo]:
        return [f for f in self.source.fields if f.name not in self.source.mapping]

    def choices(self) -> list[str]:
        return [tr("(not imported)"), *[tr(f.label) for f in self.free_fields()]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Column not imported"), tr("Import as"), tr("Example values"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.columns):
            return None
        column = self.columns[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self.source.headers[column]
            if index.column() == 1:
                return tr("(not imported)")
            return ", ".join(v for v in self.source.samples.get(column, []) if v)[:120]
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            return 0
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QBrush(QColor("#8a8a8a"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        choice = int(value)
        free = self.free_fields()
        if not 0 < choice <= len(free):
            return False
        column = self.columns[index.row()]
        row = next(i for i, f in enumerate(self.source.fields) if f.name == free[choice - 1].name)
        return self.source.setData(self.source.index(row, 1), column + 1)


# A value's target in the value step: a stage id, a new stage of a kind, or a status code.
NEW_STAGE = "new:"


class ValuesModel(QAbstractTableModel):
    """One row per stage (deals) or status (leads) in the file, and what it becomes."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.field: str | None = None
        self.choices_: list[ValueChoice] = []
        self.stages: list[StageInfo] = []
        self.targets: list[str] = []  # per row: "12" (a stage id), "new:lost", or "qualified"
        self.initial: list[str] = []  # the targets KPIDesk chose by itself
        self.options: list[tuple[str, str]] = []  # (target, label) offered in the editor

    def load(self, overview: ValueOverview) -> None:
        self.beginResetModel()
        self.field, self.choices_, self.stages = overview.field, overview.choices, overview.stages
        if self.field == "stage":
            dutch = current_language() == "nl"
            self.options = [(str(s.id), s.name_nl if dutch else s.name_en) for s in self.stages]
            self.options += [
                (NEW_STAGE + STAGE_OPEN, tr("New stage (open)")),
                (NEW_STAGE + STAGE_WON, tr("New stage (won)")),
                (NEW_STAGE + STAGE_LOST, tr("New stage (lost)")),
            ]
            self.targets = [
                str(c.default) if c.default is not None else NEW_STAGE + default_kind(c)
                for c in self.choices_
            ]
        else:
            self.options = [("", tr("(not recognised)"))] + [
                (code, tr(label)) for code, label in STATUS_LABELS
            ]
            self.targets = [str(c.default or "") for c in self.choices_]
        self.initial = list(self.targets)
        self.endResetModel()

    def choices(self) -> list[str]:
        return [label for _t, label in self.options]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.choices_)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Value in your file"), tr("In KPIDesk"), tr("Rows"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 1:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _option(self, row: int) -> int:
        keys = [t for t, _l in self.options]
        return keys.index(self.targets[row]) if self.targets[row] in keys else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.choices_):
            return None
        choice = self.choices_[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return choice.value
            if index.column() == 1:
                return self.options[self._option(index.row())][1]
            return format_int(choice.rows)
        if role == Qt.ItemDataRole.EditRole and index.column() == 1:
            return self._option(index.row())
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.column() == 1
            and not self.targets[index.row()]
        ):
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        choice = int(value)
        if not 0 <= choice < len(self.options):
            return False
        self.targets[index.row()] = self.options[choice][0]
        self.dataChanged.emit(index, index)
        return True

    def value_map(self) -> dict[str, dict[str, str]]:
        """The user's choices that differ from KPIDesk's own reading, as --map-value gives them."""
        result: dict[str, str] = {}
        names = {str(s.id): s.name_en for s in self.stages}
        for choice, target in zip(self.choices_, self.targets, strict=True):
            if self.field == "stage" and target in names and target != str(choice.default):
                result[choice.value] = names[target]
            elif self.field == "status" and target and target != (choice.default or ""):
                result[choice.value] = target
        return {self.field: result} if self.field and result else {}

    def stage_outcomes(self) -> dict[str, str]:
        """The values that become new stages, with their kind, as --stage-outcome gives them."""
        if self.field != "stage":
            return {}
        return {
            choice.value: target[len(NEW_STAGE) :]
            for choice, target, initial in zip(
                self.choices_, self.targets, self.initial, strict=True
            )
            if target.startswith(NEW_STAGE) and target != initial
        }
