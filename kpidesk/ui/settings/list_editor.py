"""A settings tab over a short ordered list: a button bar (add, edit, move, delete) above a table.

The tab lays out the buttons and the table, keeps the selection over a refresh and hands the
selected row to the subclass, which says what each button does (which dialog, which services,
whether the step can be undone).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kpidesk.core.i18n import tr
from kpidesk.ui.context import AppContext
from kpidesk.ui.icons import icon
from kpidesk.ui.widgets.table_model import Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView


class HasId(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=HasId)


class ListEditorTab(QWidget, Generic[R]):
    """Rows in their own order (no sorting); edit, move and delete act on the selected row.

    Args:
        intro: a paragraph above the buttons, or "" for none.
        add_text: the add button's text; ``move_texts`` the texts of the buttons that move the
            selected row one place earlier and later; ``delete_text`` the delete button's.
    """

    def __init__(
        self,
        ctx: AppContext,
        columns: list[Column[R]],
        load: Callable[[], list[R]],
        *,
        intro: str = "",
        add_text: str,
        move_texts: tuple[str, str],
        delete_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        bar = QHBoxLayout()
        self.add_button = QPushButton(icon("add"), add_text)
        self.edit_button = QPushButton(tr("Edit…"))
        self.earlier_button = QPushButton(move_texts[0])
        self.later_button = QPushButton(move_texts[1])
        self.delete_button = QPushButton(icon("delete"), delete_text)
        for button in (
            self.add_button,
            self.edit_button,
            self.earlier_button,
            self.later_button,
            self.delete_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = StaticTableModel(columns, load, self)
        self.table = DataTableView()
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.earlier_button.clicked.connect(lambda: self.move_selected(-1))
        self.later_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())

    def refresh(self) -> None:
        selected = self.selected()
        self.model.reload()
        self.table.fit_columns()
        if selected is not None:
            self.select(selected.id)

    def selected(self) -> R | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, item_id: int) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.id == item_id:
                self.table.selectRow(row)

    def edit_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.edit_item(item)

    def move_selected(self, steps: int) -> None:
        item = self.selected()
        if item is not None:
            self.move_item(item, steps)

    def delete_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.delete_item(item)

    # what the buttons do, per list ------------------------------------------------------------
    def add_item(self) -> None:
        raise NotImplementedError

    def edit_item(self, item: R) -> None:
        raise NotImplementedError

    def move_item(self, item: R, steps: int) -> None:
        raise NotImplementedError

    def delete_item(self, item: R) -> None:
        raise NotImplementedError
