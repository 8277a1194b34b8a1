"""A dialog listing the deals, leads, activities or customers behind a chart bar or point."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kpidesk.core.formatting import format_date, format_int, format_money
from kpidesk.core.i18n import plural, tr, tr_noop
from kpidesk.services.kpis.details import DetailRow, Details
from kpidesk.ui.widgets.table_model import RIGHT, Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView

COLUMNS: list[Column[DetailRow]] = [
    Column("day", tr_noop("Date"), lambda r: format_date(r.day), RIGHT),
    Column("title", tr_noop("Item"), lambda r: r.title),
    Column("owner", tr_noop("Rep"), lambda r: r.owner or ""),
    Column("detail", tr_noop("Detail"), lambda r: r.detail),
    Column(
        "value",
        tr_noop("Value"),
        lambda r: format_money(r.value_cents) if r.value_cents is not None else "",
        RIGHT,
    ),
]


class DetailsDialog(QDialog):
    def __init__(self, title: str, details: Details, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        count = plural(len(details.rows), tr("{count} item"), tr("{count} items")).format(
            count=format_int(len(details.rows))
        )
        if details.total_shown_limited:
            count = tr("The first {count} items").format(count=format_int(len(details.rows)))
        self.summary = QLabel(f"<b>{title}</b> · {count}")
        layout.addWidget(self.summary)
        rows = list(details.rows)
        self.model = StaticTableModel(COLUMNS, lambda: rows, self)
        self.model.reload()
        self.table = DataTableView()
        self.table.setModel(self.model)
        self.table.fit_columns()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
