"""Dashboard: how the team is doing this month."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kpidesk.core.formatting import format_int, format_money, format_month
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.periods import Period
from kpidesk.services.common import ACTIVITIES, DEALS, LEADS, TEAM
from kpidesk.services.overview import RepOverview, team_overview
from kpidesk.ui.context import AppContext
from kpidesk.ui.widgets.list_page import PageHeader
from kpidesk.ui.widgets.table_model import RIGHT, Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView
from kpidesk.ui.widgets.view_base import View

COLUMNS: list[Column[RepOverview]] = [
    Column("name", tr_noop("Rep"), lambda r: r.name),
    Column("activities", tr_noop("Contact moments"), lambda r: format_int(r.activities), RIGHT),
    Column("points", tr_noop("Activity points"), lambda r: format_int(r.points), RIGHT),
    Column("qualified", tr_noop("Qualified leads"), lambda r: format_int(r.qualified_leads),
           RIGHT),
    Column("open_deals", tr_noop("Open deals"), lambda r: format_int(r.open_deals), RIGHT),
    Column("open_value", tr_noop("Deal value in the pipeline"),
           lambda r: format_money(r.open_value_cents), RIGHT),
]


class DashboardView(View):
    key = "dashboard"
    watches = frozenset({ACTIVITIES, DEALS, LEADS, TEAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.header = PageHeader(tr("Dashboard"))
        layout.addWidget(self.header)
        self.model = StaticTableModel(COLUMNS, self._load, self)
        self.table = DataTableView()
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)

    def _load(self) -> list[RepOverview]:
        period = Period.month(date.today().year, date.today().month)
        return team_overview(self.ctx.db, period.start, period.end)

    def refresh(self) -> None:
        self.header.subtitle.setText(tr("The team in {month}").format(
            month=format_month(date.today())))
        self.header.subtitle.show()
        self.model.reload()
        self.table.fit_columns()
