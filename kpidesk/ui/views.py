"""The six views of the main window, declared once: key, title, icon and class."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from kpidesk.core.i18n import tr_noop

if TYPE_CHECKING:
    from kpidesk.ui.context import AppContext
    from kpidesk.ui.widgets.view_base import View


@dataclass(frozen=True)
class ViewSpec:
    key: str
    title: str  # English source, translated where shown
    icon: str
    factory: Callable[[AppContext, QWidget | None], View]


def _dashboard(ctx: AppContext, parent: QWidget | None) -> View:
    from kpidesk.ui.dashboard.view import DashboardView

    return DashboardView(ctx, parent)


def _leads(ctx: AppContext, parent: QWidget | None) -> View:
    from kpidesk.ui.leads.view import LeadsView

    return LeadsView(ctx, parent)


def _activities(ctx: AppContext, parent: QWidget | None) -> View:
    from kpidesk.ui.activities.view import ActivitiesView

    return ActivitiesView(ctx, parent)


def _pipeline(ctx: AppContext, parent: QWidget | None) -> View:
    from kpidesk.ui.pipeline.view import PipelineView

    return PipelineView(ctx, parent)


def _customers(ctx: AppContext, parent: QWidget | None) -> View:
    from kpidesk.ui.customers.view import CustomersView

    return CustomersView(ctx, parent)


def _settings(ctx: AppContext, parent: QWidget | None) -> View:
    from kpidesk.ui.settings.view import SettingsView

    return SettingsView(ctx, parent)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("dashboard", tr_noop("Dashboard"), "dashboard", _dashboard),
    ViewSpec("leads", tr_noop("Leads"), "leads", _leads),
    ViewSpec("activities", tr_noop("Activities"), "activities", _activities),
    ViewSpec("pipeline", tr_noop("Pipeline"), "pipeline", _pipeline),
    ViewSpec("customers", tr_noop("Customers"), "customers", _customers),
    ViewSpec("settings", tr_noop("Settings"), "settings", _settings),
)
VIEW_KEYS = tuple(spec.key for spec in VIEWS)
