"""A titled page with a filter bar, a lazy table and a row count: the shape of every list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_int
from kpidesk.core.i18n import tr
from kpidesk.ui.widgets.table_view import DataTableView


def mute(label: QLabel) -> None:
    """Show a label in the palette's secondary text colour (light and dark mode alike)."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class PageHeader(QWidget):
    """A bold title with a muted line under it."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        self.title = QLabel(title)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setWordWrap(True)
        mute(self.subtitle)
        self.subtitle.setVisible(bool(subtitle))
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)


class SearchField(QLineEdit):
    """A search box that reports its text after a short pause in typing."""

    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(140)  # leaves room for the filters at 1280 px
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.text()))
        self.textChanged.connect(lambda _t: self._timer.start())


class ExportButton(QPushButton):
    """ "Export…" for a table view: writes the rows as filtered, off the GUI thread.

    Hook API: ``set_source(db, kind, filters)`` where *kind* is leads, deals, activities,
    customers or targets and *filters()* returns the view's current service filter.
    """

    def __init__(
        self,
        db: Any = None,
        kind: str = "",
        filters: Callable[[], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Export…"), parent)
        self.setToolTip(tr("Export the rows as filtered to Excel or CSV"))
        self._source: tuple[Any, str, Callable[[], Any]] | None = None
        self.task: Any = None
        if db is not None and filters is not None:
            self.set_source(db, kind, filters)
        self.clicked.connect(self._export)

    def set_source(self, db: Any, kind: str, filters: Callable[[], Any]) -> None:
        self._source = (db, kind, filters)

    def _export(self) -> None:
        if self._source is None:
            return
        from kpidesk.ui.export_actions import export_rows

        db, kind, filters = self._source
        self.task = export_rows(self, db, kind, filters())


class ListPage(QWidget):
    """Header, filter bar (search plus any extra widgets), table and a count of the rows."""

    def __init__(
        self, title: str, subtitle: str, search_placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        self.header = PageHeader(title, subtitle)
        layout.addWidget(self.header)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setSpacing(8)
        self.search = SearchField(search_placeholder)
        self.filter_bar.addWidget(self.search)
        self.filter_bar.addStretch(1)
        # Export: hidden until a view says what to export (enable_export).
        self.export_button = ExportButton()
        self.export_button.setVisible(False)
        self.filter_bar.addWidget(self.export_button)
        layout.addLayout(self.filter_bar)
        self.table = DataTableView()
        layout.addWidget(self.table, 1)
        # Under the table, as on the Activities page, so the filter row fits 1280 px.
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.count_label)

    def add_filter(self, widget: QWidget) -> None:
        """Add a filter widget after the search box."""
        self.filter_bar.insertWidget(self.filter_bar.indexOf(self.search) + 1 + self._extra, widget)
        self._extra += 1

    _extra = 0

    def enable_export(self, db: Any, kind: str, filters: Callable[[], Any]) -> None:
        """Show the Export button; it exports *kind* with the view's current *filters()*."""
        self.export_button.set_source(db, kind, filters)
        self.export_button.setVisible(True)

    @property
    def export_task(self) -> Any:
        return self.export_button.task

    def show_count(self, total: int, noun_one: str, noun_many: str) -> None:
        noun = noun_one if total == 1 else noun_many
        self.count_label.setText(tr("{count} {noun}").format(count=format_int(total), noun=noun))
