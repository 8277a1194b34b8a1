"""Settings: the team, the pipeline stages, the activity types and the ideal-customer checklist."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.common import CONFIG, TEAM
from kpidesk.services.reference import (
    ActivityTypeInfo,
    CriterionInfo,
    StageInfo,
    list_activity_types,
    list_criteria,
    list_stages,
)
from kpidesk.ui.context import AppContext
from kpidesk.ui.settings.team import TeamTab
from kpidesk.ui.widgets.list_page import PageHeader
from kpidesk.ui.widgets.table_model import CENTER, RIGHT, Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView
from kpidesk.ui.widgets.view_base import View

KIND_TEXT = {"open": tr_noop("Open"), "won": tr_noop("Won"), "lost": tr_noop("Lost")}


def _yes(value: bool) -> str:
    return "✓" if value else ""


STAGE_COLUMNS: list[Column[StageInfo]] = [
    Column("position", tr_noop("Order"), lambda s: str(s.position), RIGHT),
    Column("name", tr_noop("Stage"), lambda s: s.name),
    Column("kind", tr_noop("Kind"), lambda s: tr(KIND_TEXT.get(s.kind, s.kind))),
    Column("probability", tr_noop("Win probability"), lambda s: f"{s.probability}%", RIGHT),
    Column("rotting", tr_noop("Sleeping after (days)"),
           lambda s: "" if s.rotting_days is None else str(s.rotting_days), RIGHT,
           header_tip=tr_noop("An open deal without activity or stage change for longer than "
                              "this is a sleeping deal")),
]
TYPE_COLUMNS: list[Column[ActivityTypeInfo]] = [
    Column("position", tr_noop("Order"), lambda t: str(t.position), RIGHT),
    Column("name_nl", tr_noop("Name (Dutch)"), lambda t: t.name_nl),
    Column("name_en", tr_noop("Name (English)"), lambda t: t.name_en),
    Column("points", tr_noop("Points"), lambda t: str(t.points), RIGHT),
    Column("active", tr_noop("Active"), lambda t: _yes(t.active), CENTER),
]
CRITERIA_COLUMNS: list[Column[CriterionInfo]] = [
    Column("position", tr_noop("Order"), lambda c: str(c.position), RIGHT),
    Column("text", tr_noop("Criterion"), lambda c: c.text),
    Column("must", tr_noop("Must-have"), lambda c: _yes(c.must_have), CENTER),
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
        db = ctx.db
        self.team = TeamTab(ctx)
        self.tabs.addTab(self.team, tr("Team"))
        self.models = [
            StaticTableModel(STAGE_COLUMNS, lambda: list_stages(db), self),
            StaticTableModel(TYPE_COLUMNS, lambda: list_activity_types(db), self),
            StaticTableModel(CRITERIA_COLUMNS, lambda: list_criteria(db), self),
        ]
        titles = [tr("Stages"), tr("Activity points"),
                  tr("Ideal customer profile")]
        self.tables: list[DataTableView] = []
        for model, title in zip(self.models, titles, strict=True):
            table = DataTableView()
            table.setSortingEnabled(False)
            table.setModel(model)
            self.tables.append(table)
            self.tabs.addTab(table, title)

    def refresh(self) -> None:
        self.team.refresh()
        for model, table in zip(self.models, self.tables, strict=True):
            model.reload()
            table.fit_columns()
