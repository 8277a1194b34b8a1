"""Leads: the list of prospects and their qualification status."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from kpidesk.core.formatting import format_date, format_int
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services import leads as lead_service
from kpidesk.services.common import LEADS, TEAM, Page
from kpidesk.services.leads import LeadFilter, LeadRow
from kpidesk.ui.context import AppContext
from kpidesk.ui.widgets.list_page import ListPage
from kpidesk.ui.widgets.table_model import RIGHT, Column, LazyTableModel
from kpidesk.ui.widgets.view_base import View

STATUS_TEXT = {
    "new": tr_noop("New"),
    "qualified": tr_noop("Qualified"),
    "disqualified": tr_noop("Disqualified"),
}

COLUMNS: list[Column[LeadRow]] = [
    Column("company", tr_noop("Company"), lambda r: r.company),
    Column("contact", tr_noop("Contact"), lambda r: r.contact or ""),
    Column("city", tr_noop("City"), lambda r: r.city or ""),
    Column("industry", tr_noop("Industry"), lambda r: r.industry or ""),
    Column("employees", tr_noop("Size"), lambda r: format_int(r.employees), RIGHT,
           header_tip=tr_noop("Number of employees")),
    Column("source", tr_noop("Source"), lambda r: r.source or ""),
    Column("owner", tr_noop("Owner"), lambda r: r.owner or ""),
    Column("created", tr_noop("Created"), lambda r: format_date(r.created), RIGHT),
    Column("status", tr_noop("Status"), lambda r: tr(STATUS_TEXT.get(r.status, r.status))),
    Column("fit_score", tr_noop("Fit score"),
           lambda r: "" if r.fit_score is None else f"{r.fit_score}%", RIGHT,
           header_tip=tr_noop("How well the lead meets the ideal-customer checklist")),
    Column("qualified_at", tr_noop("Qualified at"), lambda r: format_date(r.qualified_at), RIGHT),
]


class LeadsView(View):
    key = "leads"
    watches = frozenset({LEADS, TEAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = ListPage(
            tr("Leads"),
            tr("Prospects and how they score on your ideal-customer checklist."),
            tr("Search company, contact, e-mail or city…"),
        )
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), None)
        for key, text in STATUS_TEXT.items():
            self.status.addItem(tr(text), key)
        self.page.add_filter(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.model: LazyTableModel[LeadRow] = LazyTableModel(
            COLUMNS, self._fetch, sort_key="created", descending=True, parent=self)
        self.page.table.setModel(self.model)
        self.page.search.search_changed.connect(lambda _t: self.refresh())
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.page.enable_export(ctx.db, "leads", self._filter)

    def _filter(self) -> LeadFilter:
        return LeadFilter(search=self.page.search.text(), status=self.status.currentData())

    def _fetch(self, offset: int, limit: int, sort: str | None, descending: bool
               ) -> Page[LeadRow]:
        return lead_service.list_leads(self.ctx.db, self._filter(), sort=sort,
                                       descending=descending, offset=offset, limit=limit)

    def refresh(self) -> None:
        first = self.model.rowCount() == 0
        self.model.reload()
        if first:
            self.page.table.fit_columns()
        self.page.show_count(self.model.total, tr("lead"), tr("leads"))
