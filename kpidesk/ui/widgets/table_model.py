"""A lazy table model over a paged service: columns declared as data, sorting done in SQL.

Large lists (a million activities) are never loaded whole: the model fetches a page when the
view scrolls near the end (``canFetchMore``/``fetchMore``) and asks the service to sort, so the
database does the work (the pattern of Anki's browser table model).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kpidesk.core.i18n import tr
from kpidesk.services.common import PAGE_SIZE, Page

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its sort key for the service, an English title and how to show a row."""

    key: str
    title: str  # English source text, marked with tr_noop where declared
    text: Callable[[R], str]
    align: Qt.AlignmentFlag = LEFT
    sortable: bool = True
    tooltip: Callable[[R], str] | None = None
    color: Callable[[R], QColor | None] | None = None
    header_tip: str = ""


Fetcher = Callable[[int, int, str | None, bool], Page[R]]


class LazyTableModel(QAbstractTableModel, Generic[R]):
    """Rows of plain service dataclasses, fetched a page at a time."""

    def __init__(
        self,
        columns: list[Column[R]],
        fetch: Fetcher[R],
        *,
        sort_key: str | None = None,
        descending: bool = False,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._fetch = fetch
        self._rows: list[R] = []
        self._total = 0
        self._sort_key = sort_key
        self._descending = descending
        self._page_size = page_size

    # public API -----------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """The number of rows matching the current filter, loaded or not."""
        return self._total

    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    def sort_state(self) -> tuple[str | None, bool]:
        return self._sort_key, self._descending

    def set_fetcher(self, fetch: Fetcher[R]) -> None:
        """Use another fetcher (for example with new filters) and reload."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        page = self._fetch(0, self._page_size, self._sort_key, self._descending)
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[R]:
        return list(self._rows)

    def column_index(self, key: str) -> int:
        for i, column in enumerate(self._columns):
            if column.key == key:
                return i
        return -1

    # Qt overrides ---------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._fetch(len(self._rows), self._page_size, self._sort_key, self._descending)
        if not page.rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._total = max(page.total, len(self._rows))
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(row)
            return QBrush(color) if color is not None else None
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return getattr(row, "id", None)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip:
            return tr(column.header_tip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        self._sort_key = self._columns[column].key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()


class StaticTableModel(LazyTableModel[R]):
    """The same model over a short list that is loaded whole (team, stages, types)."""

    def __init__(
        self, columns: list[Column[R]], load: Callable[[], list[R]], parent: Any = None
    ) -> None:
        self._load = load
        super().__init__(columns, self._fetch_all, parent=parent)

    def _fetch_all(
        self, offset: int, limit: int, sort_key: str | None, descending: bool
    ) -> Page[R]:
        rows = self._load() if offset == 0 else []
        return Page(rows, len(rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Short lists sort in memory on the shown text."""
        if not 0 <= column < len(self.columns):
            return
        text = self.columns[column].text
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(
            key=lambda r: text(r).casefold(), reverse=order == Qt.SortOrder.DescendingOrder
        )
        self.layoutChanged.emit()
