"""Dashboard: the five KPIs of a period with charts and insight, and a coaching page."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date, format_month
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.periods import Period, PeriodKind
from kpidesk.services.coaching.analysis import CoachingReport, coaching_report, set_min_deals
from kpidesk.services.common import ACTIVITIES, CONFIG, CUSTOMERS, DEALS, LEADS, TARGETS, TEAM
from kpidesk.services.forecast.forecast import Forecast, compute_forecast, take_snapshot
from kpidesk.services.forecast.velocity import Velocity, velocity
from kpidesk.services.kpis.details import deals_by_id, details
from kpidesk.services.kpis.figures import KpiReport, compute_kpis, compute_series
from kpidesk.services.reference import list_team
from kpidesk.ui.context import AppContext
from kpidesk.ui.dashboard.coaching import CoachingPage
from kpidesk.ui.dashboard.details import DetailsDialog
from kpidesk.ui.dashboard.forecast import ForecastPage
from kpidesk.ui.dashboard.loader import LatestLoader
from kpidesk.ui.dashboard.one_on_one import OneOnOnePanel
from kpidesk.ui.dashboard.overview import OverviewPage
from kpidesk.ui.operations import ServiceCommand, perform, push
from kpidesk.ui.widgets.list_page import PageHeader
from kpidesk.ui.widgets.view_base import View

KINDS = (PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR)
DETAIL_TITLES = {
    "activities": tr_noop("Activities"),
    "qualified_leads": tr_noop("Qualified leads"),
    "won_deals": tr_noop("Won deals"),
    "open_deals": tr_noop("Open deals"),
    "active_customers": tr_noop("Active customers"),
    "stage_exits": tr_noop("Deals that left the stage"),
    "stage_entries": tr_noop("Deals that entered the stage"),
}


def period_label(period: Period) -> str:
    if period.kind is PeriodKind.MONTH:
        return format_month(period.start)
    if period.kind is PeriodKind.QUARTER:
        return tr("Q{quarter} {year}").format(
            quarter=(period.start.month - 1) // 3 + 1, year=period.start.year
        )
    if period.kind is PeriodKind.YEAR:
        return str(period.start.year)
    return f"{format_date(period.start)} – {format_date(period.end)}"


class DashboardView(View):
    key = "dashboard"
    figures_shown = Signal()  # the five tiles show the period's figures
    watches = frozenset({ACTIVITIES, DEALS, LEADS, TEAM, CUSTOMERS, TARGETS, CONFIG})

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.today = today or date.today()
        self.period = Period.containing(self.today, PeriodKind.MONTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        top = QHBoxLayout()
        self.header = PageHeader(tr("Dashboard"))
        top.addWidget(self.header, 1)
        self.kind = QComboBox()
        self.kind.addItems([tr("Month"), tr("Quarter"), tr("Year")])
        self.prev_button = QToolButton()
        self.prev_button.setText("‹")
        self.prev_button.setToolTip(tr("Previous period"))
        self.period_label = QLabel()
        self.period_label.setMinimumWidth(110)
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.period_label.font()
        font.setBold(True)
        self.period_label.setFont(font)
        self.next_button = QToolButton()
        self.next_button.setText("›")
        self.next_button.setToolTip(tr("Next period"))
        self.scope = QComboBox()
        self.scope.setMinimumWidth(160)
        self.scope.setToolTip(tr("The whole team, or one rep"))
        for widget in (
            self.kind,
            self.prev_button,
            self.period_label,
            self.next_button,
            self.scope,
        ):
            top.addWidget(widget, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(top)
        self.tabs = QTabWidget()
        self.overview = OverviewPage()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.overview)
        self.tabs.addTab(scroll, tr("Overview"))
        self.coaching = CoachingPage()
        self.one_on_one = OneOnOnePanel(ctx, lambda: self.period, today=self.today)
        self.coaching.add_panel(self.one_on_one)
        self.tabs.addTab(self.coaching, tr("Coaching"))
        self.forecast = ForecastPage()
        self.tabs.addTab(self.forecast, tr("Forecast"))
        self.forecast_loader = LatestLoader(self)
        self.forecast_loader.figures_ready.connect(self._show_forecast)
        self.forecast_loader.failed.connect(self._show_failure)
        self._forecast_stale = True
        self.forecast.months_changed.connect(lambda: self._load_forecast(force=True))
        self.forecast.snapshot_requested.connect(self._keep_forecast)
        # Coaching has its own window (whole quarters) and its own worker; it is computed when
        # the tab is shown, again after a change of data or window.
        self.coaching_loader = LatestLoader(self)
        self.coaching_loader.figures_ready.connect(self._show_coaching)
        self.coaching_loader.failed.connect(self._show_failure)
        self._coaching_stale = True
        self.tabs.currentChanged.connect(lambda _i: self._load_coaching())
        self.tabs.currentChanged.connect(lambda _i: self._load_forecast())
        self.coaching.window_changed.connect(lambda: self._load_coaching(force=True))
        self.coaching.deals_requested.connect(self._show_deals)
        self.coaching.minimum_changed.connect(self._set_minimum)
        layout.addWidget(self.tabs, 1)
        self.report: KpiReport | None = None
        # Figures are computed on a worker thread; the newest period or scope wins.
        self.loader = LatestLoader(self)
        self.loader.figures_ready.connect(self._show_figures)
        self.loader.series_ready.connect(self._show_series)
        self.loader.failed.connect(self._show_failure)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.prev_button.clicked.connect(lambda: self.set_period(self.period.previous()))
        self.next_button.clicked.connect(lambda: self.set_period(self.period.next()))
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh())
        self.overview.details_requested.connect(self._show_details)
        self.remember_filters(kind=self.kind, scope=self.scope)

    # period and scope -----------------------------------------------------------------------
    def _kind_changed(self, index: int) -> None:
        kind = KINDS[index]
        if kind is not self.period.kind:
            self.set_period(Period.containing(self.period.end, kind))

    def set_period(self, period: Period) -> None:
        self.period = period
        if period.kind in KINDS:
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(KINDS.index(period.kind))
            self.kind.blockSignals(False)
        self.refresh()

    def rep_id(self) -> int | None:
        value = self.scope.currentData()
        return int(value) if value is not None else None

    def _fill_scope(self) -> None:
        current = self.rep_id()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(tr("The team"), None)
        for member in list_team(self.ctx.db, active_only=True, reps_only=True):
            self.scope.addItem(member.name, member.id)
        index = self.scope.findData(current) if current is not None else 0
        self.scope.setCurrentIndex(max(index, 0))
        self.scope.blockSignals(False)

    # refreshing ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_scope()
        rep, period, today, db = self.rep_id(), self.period, self.today, self.ctx.db
        if rep is not None:
            self.one_on_one.select_rep(rep)  # the rep the dashboard looks at
        self.period_label.setText(period_label(period))
        who = self.scope.currentText()
        self.header.subtitle.setText(
            tr("{who} in {period}").format(who=who, period=period_label(period))
        )
        self.header.subtitle.show()
        self.loader.request(
            lambda: compute_kpis(db, period, rep, today=today, series=False, previous=True),
            lambda report: replace(report, series=compute_series(db, period, rep, today)),
        )
        self._coaching_stale = True
        self._load_coaching()
        self._forecast_stale = True
        self._load_forecast()

    def _load_forecast(self, *, force: bool = False) -> None:
        if self.tabs.currentWidget() is not self.forecast or not (force or self._forecast_stale):
            return
        self._forecast_stale = False
        db, day, rep, months = self.ctx.db, self.today, self.rep_id(), self.forecast.month_count()

        def work() -> tuple[Forecast, Velocity]:
            report = compute_forecast(db, months, rep, today=day)
            return report, velocity(db, rep, today=day, chances=report.chances)

        self.forecast_loader.request(work, lambda result: result)

    def _show_forecast(self, token: int, result: tuple[Forecast, Velocity]) -> None:
        if token == self.forecast_loader.latest:
            self.forecast.show_forecast(*result)

    def _keep_forecast(self) -> None:
        rep, day = self.rep_id(), self.today
        kept = perform(self.ctx, self, lambda: take_snapshot(self.ctx.db, rep, today=day))
        if kept:
            QMessageBox.information(
                self,
                tr("Forecast kept"),
                tr(
                    "The forecast of the coming {count} months is kept. Once a month is over, "
                    "it is shown beside what was won."
                ).format(count=kept),
            )

    def _load_coaching(self, *, force: bool = False) -> None:
        if self.tabs.currentWidget() is not self.coaching or not (force or self._coaching_stale):
            return
        self._coaching_stale = False
        db, day = self.ctx.db, self.today
        window = self.coaching.window(day)
        self.coaching_loader.request(
            lambda: coaching_report(db, window, today=day), lambda report: report
        )

    def _show_coaching(self, token: int, report: CoachingReport) -> None:
        if token == self.coaching_loader.latest:
            self.coaching.show_coaching(report)

    def _set_minimum(self, value: int, previous: int) -> None:
        db = self.ctx.db
        command = ServiceCommand.pair(
            self.ctx,
            tr("Set the coaching minimum to {n} deals").format(n=value),
            lambda: set_min_deals(db, value),
            lambda: set_min_deals(db, previous),
        )
        push(self.ctx, self, command)

    def _show_deals(self, title: str, deal_ids: list[int]) -> None:
        dialog = DetailsDialog(title, deals_by_id(self.ctx.db, deal_ids), self)
        dialog.open()

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Wait for the figures being computed and show them (tests, benches, screenshots)."""
        self.loader.wait(timeout)
        self.coaching_loader.wait(timeout)
        self.forecast_loader.wait(timeout)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()

    def _current(self, token: int) -> bool:
        return token == self.loader.latest

    def _show_figures(self, token: int, report: KpiReport) -> None:
        if not self._current(token):
            return
        self.report = report
        assert report.previous is not None
        self.overview.show_report(report, report.previous)
        self.figures_shown.emit()

    def _show_series(self, token: int, report: KpiReport) -> None:
        if not self._current(token):
            return
        self.report = report
        self.overview.show_series(report)

    def _show_failure(self, token: int, message: str) -> None:
        if self._current(token):
            self.header.subtitle.setText(message)

    def _show_details(self, kind: str, start: date, end: date, extra: int) -> None:
        stage = extra if kind in ("open_deals", "stage_exits", "stage_entries") else None
        found = details(self.ctx.db, kind, start, end, self.rep_id(), stage_id=stage or None)
        title = tr(DETAIL_TITLES.get(kind, kind))
        if stage and self.report is not None:
            names = {s.id: s.name for s in self.report.stages}
            title = f"{title}: {names.get(stage, '')}"
        title = f"{title} · {format_date(start)} – {format_date(end)}"
        dialog = DetailsDialog(title, found, self)
        dialog.open()
