"""Settings: the team, the pipeline stages, the activity types and the ideal-customer checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.common import CONFIG, TEAM
from kpidesk.services.reference import CriterionInfo, list_criteria
from kpidesk.ui.context import AppContext
from kpidesk.ui.settings.activity_types import ActivityTypesTab
from kpidesk.ui.settings.stages import StagesTab
from kpidesk.ui.settings.team import TeamTab
from kpidesk.ui.widgets.list_page import PageHeader
from kpidesk.ui.widgets.table_model import CENTER, RIGHT, Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView
from kpidesk.ui.widgets.view_base import View

CRITERIA_COLUMNS: list[Column[CriterionInfo]] = [
    Column("position", tr_noop("Order"), lambda c: str(c.position), RIGHT),
    Column("text", tr_noop("Criterion"), lambda c: c.text),
    Column("must", tr_noop("Must-have"), lambda c: "✓" if c.must_have else "", CENTER),
    Column("weight", tr_noop("Weight"), lambda c: str(c.weight), RIGHT),
]


class SettingsView(View):
    key = "settings"
    watches = frozenset({CONFIG, TEAM})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(PageHeader(
            tr("Settings"),
            tr("Your team, the pipeline stages, the activity points and the ideal-customer "
               "checklist.")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.team = TeamTab(ctx)
        self.stages = StagesTab(ctx)
        self.activity_types = ActivityTypesTab(ctx)
        self.criteria = StaticTableModel(CRITERIA_COLUMNS, lambda: list_criteria(ctx.db), self)
        self.criteria_table = DataTableView()
        self.criteria_table.setSortingEnabled(False)
        self.criteria_table.setModel(self.criteria)
        self.tabs.addTab(self.team, tr("Team"))
        self.tabs.addTab(self.stages, tr("Stages"))
        self.tabs.addTab(self.activity_types, tr("Activity points"))
        self.tabs.addTab(self.criteria_table, tr("Ideal customer profile"))

    def refresh(self) -> None:
        self.team.refresh()
        self.stages.refresh()
        self.activity_types.refresh()
        self.criteria.reload()
        self.criteria_table.fit_columns()
