"""Customers: the ongoing customer relationships."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from kpidesk.core.formatting import format_date, format_money
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services import customers as customer_service
from kpidesk.services.common import ACTIVITIES, CUSTOMERS, TEAM, Page
from kpidesk.services.customers import CustomerRow
from kpidesk.services.exporting import CustomerFilter
from kpidesk.ui.context import AppContext
from kpidesk.ui.widgets.list_page import ListPage
from kpidesk.ui.widgets.table_model import RIGHT, Column, LazyTableModel
from kpidesk.ui.widgets.view_base import View


def relationship_length(row: CustomerRow, today: date | None = None) -> str:
    end = row.churned_at or today or date.today()
    months = (end.year - row.customer_since.year) * 12 + end.month - row.customer_since.month
    if end.day < row.customer_since.day:
        months -= 1
    years, months = divmod(max(months, 0), 12)
    if years and months:
        return tr("{years} y {months} m").format(years=years, months=months)
    if years:
        return tr("{years} y").format(years=years)
    return tr("{months} m").format(months=months)


COLUMNS: list[Column[CustomerRow]] = [
    Column("organisation", tr_noop("Organisation"), lambda r: r.organisation),
    Column("owner", tr_noop("Owner"), lambda r: r.owner or ""),
    Column("customer_since", tr_noop("Customer since"), lambda r: format_date(r.customer_since),
           RIGHT),
    Column("length", tr_noop("Relationship"), relationship_length, RIGHT, sortable=False,
           header_tip=tr_noop("How long the relationship has lasted (years and months)")),
    Column("recurring_value", tr_noop("Yearly value"),
           lambda r: format_money(r.recurring_value_cents), RIGHT,
           header_tip=tr_noop("Recurring yearly value")),
    Column("last_contact", tr_noop("Last contact"), lambda r: format_date(r.last_contact), RIGHT),
    Column("churned_at", tr_noop("Churned on"), lambda r: format_date(r.churned_at), RIGHT),
]


class CustomersView(View):
    key = "customers"
    watches = frozenset({CUSTOMERS, ACTIVITIES, TEAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = ListPage(
            tr("Customers"),
            tr("The ongoing customer relationships: keep them long and healthy."),
            tr("Search organisation…"),
        )
        self.show_churned = QCheckBox(tr("Show churned customers"))
        self.page.add_filter(self.show_churned)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.model: LazyTableModel[CustomerRow] = LazyTableModel(
            COLUMNS, self._fetch, sort_key="organisation", parent=self)
        self.page.table.setModel(self.model)
        self.page.search.search_changed.connect(lambda _t: self.refresh())
        self.show_churned.toggled.connect(lambda _c: self.refresh())
        self.page.enable_export(ctx.db, "customers", lambda: CustomerFilter(
            self.page.search.text(), self.show_churned.isChecked()))

    def _fetch(self, offset: int, limit: int, sort: str | None, descending: bool
               ) -> Page[CustomerRow]:
        return customer_service.list_customers(
            self.ctx.db, search=self.page.search.text(),
            include_churned=self.show_churned.isChecked(), sort=sort, descending=descending,
            offset=offset, limit=limit)

    def refresh(self) -> None:
        first = self.model.rowCount() == 0
        self.model.reload()
        if first:
            self.page.table.fit_columns()
        self.page.show_count(self.model.total, tr("customer"), tr("customers"))
