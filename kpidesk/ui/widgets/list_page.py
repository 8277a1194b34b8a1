"""A titled page with a filter bar, a lazy table and a row count: the shape of every list."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
        self.setMinimumWidth(220)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(lambda: self.search_changed.emit(self.text()))
        self.textChanged.connect(lambda _t: self._timer.start())


class ListPage(QWidget):
    """Header, filter bar (search plus any extra widgets), table and a count of the rows."""

    def __init__(self, title: str, subtitle: str, search_placeholder: str,
                 parent: QWidget | None = None) -> None:
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
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.filter_bar.addWidget(self.count_label)
        layout.addLayout(self.filter_bar)
        self.table = DataTableView()
        layout.addWidget(self.table, 1)

    def add_filter(self, widget: QWidget) -> None:
        """Add a filter widget after the search box."""
        self.filter_bar.insertWidget(self.filter_bar.count() - 2, widget)

    def show_count(self, total: int, noun_one: str, noun_many: str) -> None:
        noun = noun_one if total == 1 else noun_many
        self.count_label.setText(tr("{count} {noun}").format(count=format_int(total), noun=noun))
