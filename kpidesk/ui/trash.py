"""Edit → Trash…: deleted leads, deals, customers and activities, restorable for 30 days."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_int
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.common import Changes
from kpidesk.services.store.trash import (
    KEEP_DAYS,
    TrashEntry,
    TrashItem,
    delete_for_good,
    empty_trash,
    list_trash,
    restore_items,
    return_to_trash,
)
from kpidesk.ui.backups import format_moment
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand, perform, push
from kpidesk.ui.widgets.table_model import RIGHT, ROW_ROLE, Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView

SOON = QColor(192, 57, 43)


def _days_left(item: TrashItem) -> str:
    if item.days_left == 0:
        return tr("today")
    if item.days_left == 1:
        return tr("1 day")
    return tr("{days} days").format(days=format_int(item.days_left))


COLUMNS: list[Column[TrashItem]] = [
    Column("kind", tr_noop("Kind"), lambda i: i.kind_text),
    Column("name", tr_noop("Name"), lambda i: i.name, tooltip=lambda i: i.name),
    Column("deleted", tr_noop("Deleted on"), lambda i: format_moment(i.deleted_at)),
    Column(
        "left",
        tr_noop("Days left"),
        _days_left,
        RIGHT,
        color=lambda i: SOON if i.days_left <= 3 else None,
        header_tip=tr_noop("After 30 days in the trash an item is removed for good."),
    ),
]


class RestoreCommand(ServiceCommand):
    """Restore items from the trash; undo puts them back with their original delete date."""

    def __init__(self, ctx: AppContext, items: list[TrashItem]) -> None:
        self._items = [(item.kind, item.id) for item in items]
        self._entries: tuple[TrashEntry, ...] = ()
        text = (
            tr("Restore {name}").format(name=items[0].name)
            if len(items) == 1
            else tr("Restore {count} items").format(count=format_int(len(items)))
        )
        super().__init__(ctx, text, self._restore, self._return)

    def _restore(self) -> Changes:
        result = restore_items(self._ctx.db, self._items)
        self._entries = result.entries
        return result.changes

    def _return(self) -> Changes:
        return return_to_trash(self._ctx.db, self._entries)


class TrashDialog(QDialog):
    """The trash: restore (undoable), delete for good, or empty it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Trash"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Deleted leads, deals, customers and activities stay here for {days} "
                "days. Restore them, or they are removed for good."
            ).format(days=KEEP_DAYS)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = StaticTableModel(COLUMNS, lambda: list_trash(ctx.db), self)
        self.table = DataTableView()
        self.table.setSortingEnabled(False)  # the most recently deleted first
        self.table.setModel(self.model)
        self.empty_label = QLabel(tr("The trash is empty."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        bar = QHBoxLayout()
        self.empty_button = QPushButton(tr("Empty trash…"))
        self.empty_button.clicked.connect(self.empty)
        self.delete_button = QPushButton(tr("Delete for good…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(tr("Restore"))
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        bar.addWidget(self.empty_button)
        bar.addStretch(1)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.restore_button)
        layout.addLayout(bar)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        ctx.bus.changed.connect(self._on_changes)
        self.resize(760, 460)
        self.refresh()

    def _on_changes(self, _changes: Changes) -> None:
        self.refresh()

    def done(self, result: int) -> None:
        self.ctx.bus.changed.disconnect(self._on_changes)
        super().done(result)

    def refresh(self) -> None:
        self.model.reload()
        self.table.fit_columns({1: 340})
        self._update()

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        self.empty_button.setEnabled(has_rows)
        selected = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected(self) -> list[TrashItem]:
        return [
            self.model.data(index, ROW_ROLE) for index in self.table.selectionModel().selectedRows()
        ]

    def restore_selected(self) -> None:
        items = self.selected()
        if items:
            push(self.ctx, self, RestoreCommand(self.ctx, items))

    def delete_selected(self) -> None:
        items = self.selected()
        if not items or not self._confirm(
            tr("Remove {count} items for good? This cannot be undone.").format(
                count=format_int(len(items))
            )
        ):
            return
        perform(
            self.ctx,
            self,
            lambda: delete_for_good(self.ctx.db, [(i.kind, i.id) for i in items]).changes,
        )
        self.refresh()

    def empty(self) -> None:
        if not self._confirm(tr("Remove everything in the trash for good? This cannot be undone.")):
            return
        perform(self.ctx, self, lambda: empty_trash(self.ctx.db).changes)
        self.refresh()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Trash"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
