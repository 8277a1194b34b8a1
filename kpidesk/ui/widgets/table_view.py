"""A table view with the defaults every KPIDesk list wants, and its header remembered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from kpidesk.core.i18n import tr
from kpidesk.ui.widgets.table_model import LazyTableModel


class DataTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setShowGrid(False)
        self._empty_text = ""

    def set_empty_text(self, text: str) -> None:
        """What to show in the empty table: what the list holds and how to fill it."""
        self._empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if not self._empty_text or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self._empty_text
        )
        painter.end()

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        if isinstance(model, LazyTableModel):
            key, descending = model.sort_state()
            column = model.column_index(key) if key else -1
            if column >= 0:
                order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
                self.horizontalHeader().blockSignals(True)
                self.horizontalHeader().setSortIndicator(column, order)
                self.horizontalHeader().blockSignals(False)

    def fit_columns(self, widths: dict[int, int] | None = None) -> None:
        """Size columns to their content once (the first page), then let the user resize."""
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for column in range(header.count()):
            width = min(max(header.sectionSize(column) + 16, 70), 320)
            header.resizeSection(column, (widths or {}).get(column, width))
        self.fit_width()

    def fit_width(self) -> None:
        """Keep the table from scrolling sideways for a few pixels: when the columns shown are
        a little wider than the table, the last one gives way (down to a readable 90 px)."""
        header = self.horizontalHeader()
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not visible or not self.isVisible():
            return
        last = max(visible, key=header.visualIndex)
        total = sum(header.sectionSize(c) for c in visible)
        over = total - self.viewport().width()
        if over > 0 and header.sectionSize(last) - over >= 90:
            header.resizeSection(last, header.sectionSize(last) - over)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_width()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.fit_width()

    def fold_columns(self, prefs: Any, name: str, hidden_by_default: list[str]) -> None:
        """Let the columns a manager rarely needs fold away: hidden by default, shown again from
        the header's context menu, and the choice remembered in the preferences under *name*.

        The first column (what the row is) can never be hidden.
        """
        self._fold = (prefs, name, list(hidden_by_default))
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.apply_folded_columns()

    _fold: tuple[Any, str, list[str]] | None = None

    def _column_keys(self) -> list[str]:
        model = self.model()
        if isinstance(model, LazyTableModel):
            return [column.key for column in model.columns]
        return [str(c) for c in range(model.columnCount() if model is not None else 0)]

    def hidden_columns(self) -> list[str]:
        """The keys of the columns folded away (the user's choice, else the default)."""
        if self._fold is None:
            return []
        prefs, name, default = self._fold
        stored = prefs.value(f"columns/{name}/hidden")
        if stored is None:
            return default
        if isinstance(stored, str):  # QSettings gives one value back as a plain string
            stored = [stored] if stored else []
        return [str(key) for key in stored]

    def set_column_shown(self, key: str, shown: bool) -> None:
        if self._fold is None:
            return
        prefs, name, _default = self._fold
        hidden = [k for k in self.hidden_columns() if k != key]
        if not shown:
            hidden.append(key)
        # An empty list would read back as "nothing stored"; a marker keeps "show all".
        prefs.set_value(f"columns/{name}/hidden", hidden or [""])
        self.apply_folded_columns()

    def apply_folded_columns(self) -> None:
        hidden = set(self.hidden_columns())
        for column, key in enumerate(self._column_keys()):
            self.setColumnHidden(column, column > 0 and key in hidden)
        self.fit_width()

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """The header's menu: a tick per column, and a way back to the default set."""
        menu = QMenu(self)
        model = self.model()
        hidden = set(self.hidden_columns())
        for column, key in enumerate(self._column_keys()):
            title = model.headerData(column, Qt.Orientation.Horizontal) if model else key
            action = menu.addAction(str(title).replace("\n", " "))
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.setEnabled(column > 0)
            action.setData(key)
            action.toggled.connect(lambda on, k=key: self.set_column_shown(k, on))
        menu.addSeparator()
        reset = menu.addAction(tr("Default columns"))
        reset.triggered.connect(self.reset_columns)
        return menu

    def reset_columns(self) -> None:
        if self._fold is None:
            return
        prefs, name, default = self._fold
        prefs.set_value(f"columns/{name}/hidden", default or [""])
        self.apply_folded_columns()

    def header_state(self) -> QByteArray:
        return self.horizontalHeader().saveState()

    def restore_header_state(self, state: QByteArray | None) -> None:
        if state is not None:
            self.horizontalHeader().restoreState(state)

    def selected_ids(self) -> list[int]:
        from kpidesk.ui.widgets.table_model import ID_ROLE

        model = self.model()
        if model is None:
            return []
        ids = []
        for index in self.selectionModel().selectedRows():
            value = model.data(index, ID_ROLE)
            if value is not None:
                ids.append(int(value))
        return ids
