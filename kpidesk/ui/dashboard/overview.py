"""The dashboard's overview page: five KPI tiles, the charts, the per-rep table and the insight
part, laid out in one scrolling page; a click on a chart asks for the items behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.i18n import tr
from kpidesk.core.periods import Period
from kpidesk.services.kpis.figures import Headline, KpiReport
from kpidesk.ui.dashboard.reps import RepFiguresModel
from kpidesk.ui.dashboard.tiles import kpi_tiles, tile_data, tile_sparks
from kpidesk.ui.widgets.table_view import DataTableView

if TYPE_CHECKING:
    from kpidesk.ui.dashboard.kpi_charts import KpiChart


CHART_HEIGHT = 330


class OverviewPage(QWidget):
    """Tiles, charts and insight for one report; emits what to list when a chart is clicked."""

    # (kind of details, start, end, stage id or type id or 0)
    details_requested = Signal(str, object, object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        # Says what to do next when the twelve months hold nothing yet.
        self.empty_note = QLabel(
            tr(
                "Nothing to show for these 12 months yet. Log contact moments under Activities, "
                "qualify leads and move deals on the Pipeline board, or bring in your data with "
                "File › Import; the tiles and charts fill in as you go."
            )
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setStyleSheet(
            "#emptyNote { border: 1px solid palette(mid); border-radius: 6px; padding: 10px; }"
        )
        self.empty_note.hide()
        layout.addWidget(self.empty_note)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        self.tiles = kpi_tiles()
        for tile in self.tiles:
            tiles.addWidget(tile, 1)
        layout.addLayout(tiles)

        # The charts (pyqtgraph) are built right after the tiles first show figures: the tiles
        # are what a manager looks at first, and they are on screen sooner without them.
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        self.charts: tuple[KpiChart, ...] = ()
        layout.addLayout(self.grid)
        reps_title = QLabel(tr("Per rep"))
        font = reps_title.font()
        font.setBold(True)
        reps_title.setFont(font)
        layout.addWidget(reps_title)
        self.rep_model = RepFiguresModel(self)
        self.rep_table = RepTable()
        self.rep_table.setModel(self.rep_model)
        layout.addWidget(self.rep_table)
        self.insight_slot = QVBoxLayout()
        layout.addLayout(self.insight_slot)
        layout.addStretch(1)
        self.report: KpiReport | None = None

    def build_charts(self) -> None:
        """Build the six charts and the insight panel (once), showing the current report."""
        if self.charts:
            return
        from kpidesk.ui.dashboard.insight import InsightPanel
        from kpidesk.ui.dashboard.kpi_charts import (
            CustomersChart,
            DaysToWinChart,
            LeadsChart,
            PipelineChart,
            PointsChart,
            StageDaysChart,
        )

        self.points = PointsChart()
        self.leads = LeadsChart()
        self.pipeline = PipelineChart()
        self.stage_days = StageDaysChart()
        self.to_win = DaysToWinChart()
        self.customers = CustomersChart()
        self.charts = (
            self.points,
            self.leads,
            self.pipeline,
            self.stage_days,
            self.to_win,
            self.customers,
        )
        for i, card in enumerate(self.charts):
            # A fixed height keeps a row of charts, x axis included, on a 1280 × 800 screen
            # below the tiles; a taller window shows more of the page, not taller charts.
            card.setFixedHeight(CHART_HEIGHT)
            self.grid.addWidget(card, i // 3, i % 3)
        self.insight = InsightPanel()
        self.insight.funnel.setFixedHeight(CHART_HEIGHT)
        self.insight_slot.addWidget(self.insight)
        self._wire()
        if self.report is not None and self.report.series is not None:
            self._update_charts(self.report)

    def _wire(self) -> None:
        def month_range(i: int) -> tuple[object, object] | None:
            if self.report is None or self.report.series is None:
                return None
            m = Period.month(self.report.series.months[i].year, self.report.series.months[i].month)
            return m.start, m.end

        def emit(kind: str, rng: tuple[object, object] | None, extra: int = 0) -> None:
            if rng is not None:
                self.details_requested.emit(kind, rng[0], rng[1], extra)

        self.points.clicked.connect(lambda i: emit("activities", self.points.week_range(i)))
        self.leads.clicked.connect(lambda i: emit("qualified_leads", month_range(i)))
        self.to_win.clicked.connect(lambda i: emit("won_deals", month_range(i)))
        self.customers.clicked.connect(lambda i: emit("active_customers", month_range(i)))
        self.pipeline.clicked.connect(
            lambda i: emit("open_deals", self._period_range(), self._stage_id(i))
        )
        self.stage_days.clicked.connect(
            lambda i: emit("stage_exits", self._period_range(), self._stage_id(i))
        )
        self.insight.funnel.clicked.connect(
            lambda i: emit("stage_entries", self._period_range(), self._stage_id(i))
        )

    def _period_range(self) -> tuple[object, object] | None:
        return None if self.report is None else (self.report.period.start, self.report.period.end)

    def _stage_id(self, i: int) -> int:
        return 0 if self.report is None else self.report.stages[i].id

    # updating ---------------------------------------------------------------------------------
    def show_report(self, r: KpiReport, prev: Headline) -> None:
        """The period's figures; the charts too when *r* already has its twelve-month series."""
        self.report = r
        for tile, data in zip(self.tiles, tile_data(r, prev), strict=True):
            tile.set_data(data)
        if not self.charts:
            QTimer.singleShot(0, self.build_charts)  # after the tiles have painted
        elif r.series is not None:
            self._update_charts(r)
        self.empty_note.setVisible(series_is_empty(r))
        self.rep_model.show_figures(r.by_rep)
        self.rep_table.fit_rows()

    def show_series(self, r: KpiReport) -> None:
        """Sparklines and charts, once the twelve-month series of *r* is there."""
        s = r.series
        assert s is not None
        self.report = r
        for tile, values in zip(self.tiles, tile_sparks(s), strict=True):
            tile.spark.set_values(values)
        if self.charts:
            self._update_charts(r)
        else:
            self.build_charts()
        self.empty_note.setVisible(series_is_empty(r))

    def _update_charts(self, r: KpiReport) -> None:
        for chart in self.charts:
            chart.show_report(r)
        self.insight.show_report(r)


class RepTable(DataTableView):
    """The per-rep table, as tall as its rows and as wide as the page: no scroll bars of its
    own, so that the wheel over it scrolls the dashboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # The model puts long names ("Deal value in / the pipeline") on two lines.
        header.setMinimumHeight(2 * self.fontMetrics().lineSpacing() + 10)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Height for every row, so nothing scrolls inside the table."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        height = self.horizontalHeader().minimumHeight() + self.frameWidth() * 2
        height += max(rows, 3) * self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(height)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # to the dashboard's scroll area


def series_is_empty(r: KpiReport) -> bool:
    """True when the twelve months up to the period hold no activity, lead, deal or customer."""
    s = r.series
    return s is not None and not (
        any(s.activity_points)
        or any(s.qualified_leads)
        or any(s.won_value_cents)
        or any(s.open_value_cents)
        or any(s.active_customers)
        or r.action.activities
        or r.result.won_deals
        or r.pipeline.open_deals
    )
