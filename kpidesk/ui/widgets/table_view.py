"""A table view with the defaults every KPIDesk list wants, and its header remembered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

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
