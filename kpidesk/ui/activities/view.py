"""Activities: every contact moment the team logged, with its points."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from kpidesk.core.formatting import format_date
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services import activities as activity_service
from kpidesk.services.activities import ActivityFilter, ActivityRow
from kpidesk.services.common import ACTIVITIES, CONFIG, TEAM, Page
from kpidesk.services.reference import list_team
from kpidesk.ui.context import AppContext
from kpidesk.ui.widgets.list_page import ListPage
from kpidesk.ui.widgets.table_model import RIGHT, Column, LazyTableModel
from kpidesk.ui.widgets.view_base import View

COLUMNS: list[Column[ActivityRow]] = [
    Column("date", tr_noop("Date"), lambda r: format_date(r.date), RIGHT),
    Column("time", tr_noop("Time"), lambda r: r.time.strftime("%H:%M") if r.time else "",
           RIGHT, sortable=False),
    Column("type", tr_noop("Activity"), lambda r: r.type_name),
    Column("points", tr_noop("Points"), lambda r: str(r.points), RIGHT,
           header_tip=tr_noop("Activity points: the weight of this kind of contact moment")),
    Column("rep", tr_noop("Rep"), lambda r: r.rep or ""),
    Column("organisation", tr_noop("Organisation"), lambda r: r.organisation or ""),
    Column("deal", tr_noop("Deal"), lambda r: r.deal or "", sortable=False),
    Column("note", tr_noop("Note"), lambda r: r.note or "", sortable=False,
           tooltip=lambda r: r.note or ""),
]


class ActivitiesView(View):
    key = "activities"
    watches = frozenset({ACTIVITIES, TEAM, CONFIG})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = ListPage(
            tr("Activities"),
            tr("Contact moments, counted in activity points."),
            tr("Search notes or organisation…"),
        )
        self.rep = QComboBox()
        self.page.add_filter(self.rep)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.model: LazyTableModel[ActivityRow] = LazyTableModel(
            COLUMNS, self._fetch, sort_key="date", descending=True, parent=self)
        self.page.table.setModel(self.model)
        self.page.search.search_changed.connect(lambda _t: self.refresh())
        self.rep.currentIndexChanged.connect(lambda _i: self._reload())
        self.page.enable_export(ctx.db, "activities", self._filter)

    def _filter(self) -> ActivityFilter:
        return ActivityFilter(search=self.page.search.text(), rep_id=self.rep.currentData())

    def _fill_reps(self) -> None:
        current = self.rep.currentData()
        self.rep.blockSignals(True)
        self.rep.clear()
        self.rep.addItem(tr("Whole team"), None)
        for member in list_team(self.ctx.db):
            self.rep.addItem(member.name, member.id)
        index = self.rep.findData(current)
        self.rep.setCurrentIndex(max(index, 0))
        self.rep.blockSignals(False)

    def _fetch(self, offset: int, limit: int, sort: str | None, descending: bool
               ) -> Page[ActivityRow]:
        return activity_service.list_activities(self.ctx.db, self._filter(), sort=sort,
                                                descending=descending, offset=offset,
                                                limit=limit)

    def _reload(self) -> None:
        first = self.model.rowCount() == 0
        self.model.reload()
        if first:
            self.page.table.fit_columns()
        self.page.show_count(self.model.total, tr("activity"), tr("activities"))

    def refresh(self) -> None:
        self._fill_reps()
        self._reload()
