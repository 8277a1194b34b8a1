"""The dashboard's Forecast tab: won so far, expected with its range, and target per month;
the forecast in sentences; past months' forecast against what was won; the deals behind it."""

from __future__ import annotations

from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import (
    format_date,
    format_int,
    format_money,
    format_month,
    format_percent,
)
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.forecast.forecast import Forecast, ForecastDeal, PastMonth
from kpidesk.services.forecast.velocity import Velocity, lever
from kpidesk.ui.dashboard.charts import SERIES, ChartCard, bars, fit_y, line, set_line
from kpidesk.ui.widgets.table_model import RIGHT, Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView

MONTH_CHOICES = (3, 6, 12)

DEAL_COLUMNS: list[Column[ForecastDeal]] = [
    Column("close", tr_noop("Close"), lambda d: format_date(d.close_day), RIGHT),
    Column(
        "note",
        tr_noop("Close date"),
        lambda d: tr("estimated") if d.estimated_close else tr("passed") if d.close_passed else "",
    ),
    Column("title", tr_noop("Deal"), lambda d: d.title),
    Column("owner", tr_noop("Owner"), lambda d: d.owner or ""),
    Column("stage", tr_noop("Stage"), lambda d: d.stage),
    Column("value", tr_noop("Value"), lambda d: format_money(d.value_cents), RIGHT),
    Column("probability", tr_noop("Stage %"), lambda d: f"{d.probability}%", RIGHT),
    Column(
        "chance",
        tr_noop("Chance"),
        lambda d: format_percent(d.chance) + ("" if d.from_history else " *"),
        RIGHT,
        header_tip=tr_noop(
            "From the team's history: the share of closed deals won after as long in this "
            "stage. * too little history: the stage's probability."
        ),
    ),
]

PAST_COLUMNS: list[Column[PastMonth]] = [
    Column("month", tr_noop("Month"), lambda p: format_month(p.month.start)),
    Column("made", tr_noop("Forecast made on"), lambda p: format_date(p.made_on), RIGHT),
    Column("expected", tr_noop("Expected"), lambda p: format_money(p.expected_cents), RIGHT),
    Column(
        "range",
        tr_noop("Range"),
        lambda p: f"{format_money(p.low_cents)} – {format_money(p.high_cents)}",
        RIGHT,
    ),
    Column("actual", tr_noop("Won"), lambda p: format_money(p.actual_cents), RIGHT),
    Column(
        "verdict",
        tr_noop("Within the range"),
        lambda p: tr("yes") if p.within_range else tr("no"),
    ),
]


class ForecastChart(ChartCard):
    """Per month: won so far, expected (bar) with its P10–P90 whisker, and the target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Forecast of won value per month"), "", parent=parent)
        self.won = bars(SERIES[2], tr("Won so far"))
        self.expected = bars(SERIES[0], tr("Expected from open deals"))
        empty = np.zeros(0)
        self.range = pg.ErrorBarItem(
            x=empty, y=empty, top=empty, bottom=empty, beam=0.18, pen=pg.mkPen("#7f7f7f", width=2)
        )
        self.target = line(SERIES[3], tr("Target"), dashed=True, symbol="s")
        for item in (self.won, self.expected, self.range, self.target):
            self.plot.addItem(item)
        self.set_unit("€")
        self.legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen("#7f7f7f", width=2)), tr("Range: 8 of 10 outcomes")
        )

    def show_forecast(self, report: Forecast) -> None:
        months = report.months
        if not any(m.deals or m.won_cents for m in months):
            self.set_empty_text(
                tr(
                    "No open deals with an expected close in these months yet. Add deals on the "
                    "Pipeline board and give them an expected close date."
                )
            )
            return
        self.set_empty_text("")
        xs = list(range(len(months)))
        won = [m.won_cents / 100 for m in months]
        open_part = [(m.expected_cents - m.won_cents) / 100 for m in months]
        self.won.setOpts(x=xs, height=won, width=0.6)
        self.expected.setOpts(x=xs, y0=won, height=open_part, width=0.6)
        expected = [m.expected_cents / 100 for m in months]
        middle = np.array(expected)
        self.range.setData(
            x=np.array(xs, dtype=float),
            y=middle,
            top=np.array([m.high_cents / 100 for m in months]) - middle,
            bottom=middle - np.array([m.low_cents / 100 for m in months]),
        )
        set_line(
            self.target,
            xs,
            [None if m.target_cents is None else m.target_cents / 100 for m in months],
        )
        top = max(
            [m.high_cents / 100 for m in months] + [(m.target_cents or 0) / 100 for m in months]
        )
        fit_y(self, top, 1.35)
        self.set_categories([format_month(m.month.start) for m in months])
        self.xs = [float(x) for x in xs]
        self.tooltip = lambda i: months[i].sentence()
        expected_total, weighted_total = report.total()
        self.subtitle.setText(
            tr("Expected {expected} in all (weighted by stage: {weighted})").format(
                expected=format_money(expected_total), weighted=format_money(weighted_total)
            )
        )


class ForecastPage(QScrollArea):
    """The forecast of the coming months for the dashboard's team or rep."""

    months_changed = Signal()
    snapshot_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 8, 8)
        top = QHBoxLayout()
        self.months = QComboBox()
        for n in MONTH_CHOICES:
            self.months.addItem(tr("{count} months ahead").format(count=n), n)
        self.snapshot_button = QPushButton(tr("Keep this forecast"))
        self.snapshot_button.setToolTip(
            tr(
                "Keep the forecast as it is now, to compare with what is won once the month is "
                "over. The first forecast of each month is kept by itself."
            )
        )
        self.sentences = QLabel()
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.RichText)
        top.addWidget(self.sentences, 1)
        top.addWidget(self.months, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.snapshot_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.chart = ForecastChart()
        self.chart.setMinimumHeight(280)
        layout.addWidget(self.chart)
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.method)
        self.past_title = QLabel("<b>" + escape(tr("Forecast against actual")) + "</b>")
        layout.addWidget(self.past_title)
        self.past_rows: list[PastMonth] = []
        self.past_model = StaticTableModel(PAST_COLUMNS, lambda: self.past_rows, self)
        self.past = DataTableView()
        self.past.setModel(self.past_model)
        self.past.setMaximumHeight(200)
        layout.addWidget(self.past)
        layout.addWidget(QLabel("<b>" + escape(tr("The deals behind it")) + "</b>"))
        self.deal_rows: list[ForecastDeal] = []
        self.deal_model = StaticTableModel(DEAL_COLUMNS, lambda: self.deal_rows, self)
        self.deals = DataTableView()
        self.deals.setModel(self.deal_model)
        self.deals.setMinimumHeight(260)
        layout.addWidget(self.deals, 1)
        self.months.currentIndexChanged.connect(lambda _i: self.months_changed.emit())
        self.snapshot_button.clicked.connect(self.snapshot_requested.emit)
        self.report: Forecast | None = None

    def month_count(self) -> int:
        return int(self.months.currentData() or 3)

    def show_forecast(self, report: Forecast, speed: Velocity | None = None) -> None:
        self.report = report
        items = "".join(f"<li>{escape(m.sentence())}.</li>" for m in report.months)
        extra = ""
        if speed is not None:
            extra = f"<br>{escape(speed.sentence())}"
            plan = lever(report, speed)
            if plan is not None and report.months:
                extra += (
                    "<br><b>" + escape(plan.sentence(speed, report.months[0].month.start)) + "</b>"
                )
        self.sentences.setText(f"<ul style='margin-left:0'>{items}</ul>{extra}")
        self.chart.show_forecast(report)
        thin = sum(m.thin_history for m in report.months)
        estimated = sum(m.estimated for m in report.months)
        parts = [
            tr(
                "Expected: each open deal's value × the chance that a deal at its stage and age "
                "in the stage is won, from the team's {count} closed deals of the last two years; "
                "plus what the month has already won. The range holds 8 of 10 of 1,000 simulated "
                "outcomes."
            ).format(count=format_int(report.history_deals))
        ]
        if thin:
            parts.append(
                tr(
                    "{count} deals: too little history, their stage's probability is used (*)."
                ).format(count=format_int(thin))
            )
        if estimated:
            parts.append(
                tr("{count} deals had no expected close date: estimated from history.").format(
                    count=format_int(estimated)
                )
            )
        self.method.setText(" ".join(parts))
        self.past_rows = list(report.past)
        self.past_model.reload()
        self.past_title.setVisible(bool(self.past_rows))
        self.past.setVisible(bool(self.past_rows))
        self.deal_rows = sorted(report.deals, key=lambda d: (d.close_day, -d.value_cents))
        self.deal_model.reload()
        self.deals.fit_columns()
