"""Pipeline: the open deals by stage, with their value and weighted value."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kpidesk.core.formatting import format_date, format_money
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services import deals as deal_service
from kpidesk.services.common import CONFIG, DEALS, TEAM, Page
from kpidesk.services.deals import DealFilter, DealRow
from kpidesk.services.reference import StageInfo, list_stages
from kpidesk.ui.context import AppContext
from kpidesk.ui.widgets.list_page import ListPage
from kpidesk.ui.widgets.table_model import RIGHT, Column, LazyTableModel
from kpidesk.ui.widgets.view_base import View


class PipelineView(View):
    key = "pipeline"
    watches = frozenset({DEALS, TEAM, CONFIG})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._stages: dict[int, StageInfo] = {}
        self.page = ListPage(
            tr("Pipeline"),
            tr("Open deals by stage, with their value and weighted value."),
            tr("Search deal or organisation…"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        columns: list[Column[DealRow]] = [
            Column("title", tr_noop("Deal"), lambda r: r.title),
            Column("organisation", tr_noop("Organisation"), lambda r: r.organisation or ""),
            Column("owner", tr_noop("Owner"), lambda r: r.owner or ""),
            Column("stage", tr_noop("Stage"), self._stage_name),
            Column("value", tr_noop("Value"), lambda r: format_money(r.value_cents), RIGHT),
            Column("probability", tr_noop("Probability"), lambda r: f"{r.probability}%", RIGHT,
                   sortable=False),
            Column("weighted", tr_noop("Weighted value"),
                   lambda r: format_money(r.value_cents * r.probability // 100), RIGHT,
                   sortable=False, header_tip=tr_noop("Value × win probability")),
            Column("days", tr_noop("Days in stage"), self._days_in_stage, RIGHT, sortable=False),
            Column("expected_close", tr_noop("Expected close"),
                   lambda r: format_date(r.expected_close), RIGHT),
        ]
        self.model: LazyTableModel[DealRow] = LazyTableModel(
            columns, self._fetch, sort_key="stage", parent=self)
        self.page.table.setModel(self.model)
        self.page.search.search_changed.connect(lambda _t: self._reload())
        self.page.enable_export(
            ctx.db, "deals", lambda: DealFilter(search=self.page.search.text(), open_only=True))

    def _stage_name(self, row: DealRow) -> str:
        stage = self._stages.get(row.stage_id)
        return stage.name if stage else ""

    @staticmethod
    def _days_in_stage(row: DealRow) -> str:
        if row.stage_entered_at is None:
            return ""
        return str((date.today() - row.stage_entered_at).days)

    def _fetch(self, offset: int, limit: int, sort: str | None, descending: bool
               ) -> Page[DealRow]:
        flt = DealFilter(search=self.page.search.text(), open_only=True)
        return deal_service.list_deals(self.ctx.db, flt, sort=sort, descending=descending,
                                       offset=offset, limit=limit)

    def _reload(self) -> None:
        first = self.model.rowCount() == 0
        self.model.reload()
        if first:
            self.page.table.fit_columns()
        self.page.show_count(self.model.total, tr("open deal"), tr("open deals"))

    def refresh(self) -> None:
        self._stages = {s.id: s for s in list_stages(self.ctx.db)}
        self._reload()
