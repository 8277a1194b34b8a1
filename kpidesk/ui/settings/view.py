"""Settings: the team, the pipeline stages, the activity types and the ideal-customer checklist."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from kpidesk.core.i18n import tr
from kpidesk.services.common import CONFIG, TEAM
from kpidesk.ui.context import AppContext
from kpidesk.ui.settings.activity_types import ActivityTypesTab
from kpidesk.ui.settings.checklist import ChecklistEditor
from kpidesk.ui.settings.general import GeneralTab
from kpidesk.ui.settings.stages import StagesTab
from kpidesk.ui.settings.targets import TargetsTab
from kpidesk.ui.settings.team import TeamTab
from kpidesk.ui.widgets.list_page import PageHeader
from kpidesk.ui.widgets.view_base import View


class SettingsView(View):
    key = "settings"
    watches = frozenset({CONFIG, TEAM})
    language_applied = Signal(str)  # the General tab: reopen the window in this language

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(
            PageHeader(
                tr("Settings"),
                tr(
                    "Your team, the pipeline stages, the activity points, the ideal-customer "
                    "checklist, the targets, and the language and appearance."
                ),
            )
        )
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.team = TeamTab(ctx)
        self.stages = StagesTab(ctx)
        self.activity_types = ActivityTypesTab(ctx)
        self.checklist = ChecklistEditor(ctx)
        self.targets = TargetsTab(ctx)
        self.tabs.addTab(self.team, tr("Team"))
        self.tabs.addTab(self.stages, tr("Stages"))
        self.tabs.addTab(self.activity_types, tr("Activity points"))
        self.tabs.addTab(self.checklist, tr("Ideal customer profile"))
        self.tabs.addTab(self.targets, tr("Targets"))
        self.general = GeneralTab(ctx)
        self.general.language_applied.connect(self.language_applied)
        self.tabs.addTab(self.general, tr("General"))

    def new_item(self) -> None:
        """Ctrl+N on the Team tab: a new team member."""
        if self.tabs.currentWidget() is self.team:
            self.team.add_member()

    def refresh(self) -> None:
        self.team.refresh()
        self.stages.refresh()
        self.activity_types.refresh()
        self.targets.refresh()
        if not self.checklist.is_dirty():  # never throw away unsaved edits
            self.checklist.reload()
