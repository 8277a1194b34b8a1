"""The dashboard's overview page: five KPI tiles, the charts and the separate insight part."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kpidesk.core.formatting import (
    format_date,
    format_decimal,
    format_int,
    format_money,
    format_month,
    format_percent,
)
from kpidesk.core.i18n import plural, tr, tr_noop
from kpidesk.core.kpi import KpiKind, growth, progress
from kpidesk.core.periods import Period, add_months
from kpidesk.services.kpis import Headline, KpiReport, KpiSeries, RepFigures
from kpidesk.ui.dashboard.charts import (
    DAY,
    SERIES,
    ChartCard,
    bars,
    fit_y,
    line,
    set_line,
    timestamp,
)
from kpidesk.ui.dashboard.tiles import KpiTile, TileData
from kpidesk.ui.widgets.table_model import RIGHT, Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView

REP_COLUMNS: list[Column[RepFigures]] = [
    Column("name", tr_noop("Rep"), lambda r: r.name),
    Column("activities", tr_noop("Contact moments"), lambda r: format_int(r.activities), RIGHT),
    Column("points", tr_noop("Activity points"), lambda r: format_int(r.activity_points), RIGHT),
    Column("qualified", tr_noop("Qualified leads"), lambda r: format_int(r.qualified_leads), RIGHT),
    Column("won", tr_noop("Won deals"), lambda r: format_int(r.won_deals), RIGHT),
    Column("won_value", tr_noop("New revenue"), lambda r: format_money(r.won_value_cents), RIGHT),
    Column("win_rate", tr_noop("Win rate"), lambda r: format_percent(r.win_rate) or "–", RIGHT),
    Column(
        "days",
        tr_noop("Days to win"),
        lambda r: format_decimal(r.avg_days_to_win, 0) if r.avg_days_to_win is not None else "–",
        RIGHT,
    ),
    Column(
        "open_value",
        tr_noop("Deal value in the pipeline"),
        lambda r: format_money(r.open_value_cents),
        RIGHT,
    ),
]


def _money_short(cents: int | None) -> str:
    return format_money(cents) if cents is not None else ""


def _change(now: float | None, before: float | None, text: str) -> tuple[float | None, str]:
    if now is None or before is None:
        return None, tr("no comparison with the previous period")
    rel = growth(now, before)
    pct = f" ({'+' if (rel or 0) >= 0 else ''}{format_percent(rel)})" if rel is not None else ""
    return (now - before) / abs(before) if before else (1.0 if now > before else 0.0), tr(
        "{change}{percent} vs previous period"
    ).format(change=text, percent=pct)


def _signed(value: float, fmt: str = "int") -> str:
    sign = "+" if value >= 0 else "−"
    if fmt == "money":
        return sign + format_money(abs(int(value)))
    if fmt == "days":
        return sign + format_decimal(abs(value), 1)
    return sign + format_int(abs(int(value)))


def _counted(count: int, one: str, many: str) -> str:
    """*count* with the singular or plural text (both already translated, with ``{count}``)."""
    return plural(count, one, many).format(count=format_int(count))


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
        self.tiles = [
            KpiTile(
                1,
                tr("Qualified leads"),
                KpiKind.RESULT,
                tr("Leads that meet the ideal-customer checklist, by qualified date"),
            ),
            KpiTile(
                2,
                tr("Contact moments"),
                KpiKind.ACTION,
                tr("Activities in points: each activity type has its weight"),
            ),
            KpiTile(
                3,
                tr("Deal value in the pipeline"),
                KpiKind.RESULT,
                tr("Open deals at the end of the period, against the target"),
            ),
            KpiTile(
                4,
                tr("Deal velocity"),
                KpiKind.INSIGHT,
                tr("Average days from first contact to won, for deals won in the period"),
            ),
            KpiTile(
                5,
                tr("Ongoing customer relationship"),
                KpiKind.RESULT,
                tr("Active customers at the end of the period, retention and risk"),
            ),
        ]
        for tile in self.tiles:
            tiles.addWidget(tile, 1)
        layout.addLayout(tiles)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.points = ChartCard(
            tr("Activity points per week"),
            tr("Stacked by activity type, against the weekly goal"),
            date_axis=True,
        )
        self.point_bars = [bars(SERIES[i % len(SERIES)]) for i in range(12)]
        for item in self.point_bars:
            self.points.plot.addItem(item)
        self.goal_line = pg.InfiniteLine(
            angle=0,
            movable=False,
            pen=pg.mkPen("#c0392b", width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
        )
        self.points.plot.addItem(self.goal_line)
        self.leads = ChartCard(
            tr("Qualified leads per month"), tr("Against the target"), date_axis=True
        )
        self.lead_bars = bars(SERIES[0], tr("Qualified leads"))
        self.lead_target = line("#c0392b", tr("Target"), dashed=True)
        self.leads.plot.addItem(self.lead_bars)
        self.leads.plot.addItem(self.lead_target)
        self.pipeline = ChartCard(tr("Pipeline value per stage"), "")
        self.pipe_bars = bars(SERIES[0], tr("Value"))
        self.pipe_weighted = bars(SERIES[1], tr("Weighted value"))
        self.pipeline.plot.addItem(self.pipe_bars)
        self.pipeline.plot.addItem(self.pipe_weighted)
        self.stage_days = ChartCard(
            tr("Average days in each stage"), tr("Over the deals that left the stage in the period")
        )
        self.stage_day_bars = bars(SERIES[4], tr("Days"))
        self.stage_days.plot.addItem(self.stage_day_bars)
        self.to_win = ChartCard(
            tr("Days to win, per month"),
            tr("Average days from first contact to won"),
            date_axis=True,
        )
        self.to_win_line = line(SERIES[6], tr("Days to win"))
        self.to_win.plot.addItem(self.to_win_line)
        self.customers = ChartCard(
            tr("Active customers and retention"),
            tr("Customers at each month's end; retention over the month"),
            date_axis=True,
        )
        self.customer_bars = bars(SERIES[2], tr("Active customers"))
        self.customers.plot.addItem(self.customer_bars)
        self.retention_box = pg.ViewBox()
        item = self.customers.plot.plotItem
        item.showAxis("right")
        item.scene().addItem(self.retention_box)
        item.getAxis("right").linkToView(self.retention_box)
        item.getAxis("right").setTextPen(self.customers.plot.getAxis("left").textPen())
        self.retention_box.setXLink(item)
        self.retention_line = line(SERIES[3], None)
        self.retention_box.addItem(self.retention_line)
        self.retention_box.setYRange(0, 100)
        self.customers.legend.addItem(self.retention_line, tr("Retention (%)"))
        item.vb.sigResized.connect(self._sync_retention)
        for i, card in enumerate(
            (self.points, self.leads, self.pipeline, self.stage_days, self.to_win, self.customers)
        ):
            grid.addWidget(card, i // 3, i % 3)
        layout.addLayout(grid)
        reps_title = QLabel(tr("Per rep"))
        font = reps_title.font()
        font.setBold(True)
        reps_title.setFont(font)
        layout.addWidget(reps_title)
        self.rep_model = StaticTableModel(REP_COLUMNS, self._rep_rows, self)
        self.rep_table = DataTableView()
        self.rep_table.setMinimumHeight(220)
        self.rep_table.setModel(self.rep_model)
        layout.addWidget(self.rep_table)

        self.insight = QFrame()
        self.insight.setObjectName("insight")
        self.insight.setStyleSheet(
            "QFrame#insight { background: palette(alternate-base); "
            "border: 1px dashed palette(mid); border-radius: 8px; }"
        )
        ins = QVBoxLayout(self.insight)
        ins.setContentsMargins(14, 10, 14, 10)
        heading = QLabel(tr("Insight KPIs"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        note = QLabel(
            tr("These ratios are for finding bottlenecks in the process, not for judging people.")
        )
        note.setStyleSheet("color: palette(mid); font-style: italic;")
        ins.addWidget(heading)
        ins.addWidget(note)
        row = QHBoxLayout()
        figures = QVBoxLayout()
        self.win_rate = QLabel()
        self.growth = QLabel()
        for label in (self.win_rate, self.growth):
            f = label.font()
            f.setPointSizeF(f.pointSizeF() * 1.3)
            label.setFont(f)
            figures.addWidget(label)
        figures.addStretch(1)
        row.addLayout(figures, 1)
        self.funnel = ChartCard(
            tr("Stage conversion"),
            tr("Share of the deals that entered a stage in the period and moved on or were won"),
        )
        self.funnel_bars = bars(SERIES[6], tr("Conversion (%)"))
        self.funnel.plot.addItem(self.funnel_bars)
        self.funnel.plot.setYRange(0, 100, padding=0)
        row.addWidget(self.funnel, 3)
        ins.addLayout(row)
        layout.addWidget(self.insight)
        layout.addStretch(1)
        self.report: KpiReport | None = None
        self._wire()

    def _sync_retention(self) -> None:
        item = self.customers.plot.plotItem
        self.retention_box.setGeometry(item.vb.sceneBoundingRect())
        self.retention_box.linkedViewChanged(item.vb, self.retention_box.XAxis)

    def _wire(self) -> None:
        def month_range(i: int) -> tuple[object, object] | None:
            if self.report is None or self.report.series is None:
                return None
            m = Period.month(self.report.series.months[i].year, self.report.series.months[i].month)
            return m.start, m.end

        def emit(kind: str, rng: tuple[object, object] | None, extra: int = 0) -> None:
            if rng is not None:
                self.details_requested.emit(kind, rng[0], rng[1], extra)

        self.points.clicked.connect(lambda i: emit("activities", self._week_range(i)))
        self.leads.clicked.connect(lambda i: emit("qualified_leads", month_range(i)))
        self.to_win.clicked.connect(lambda i: emit("won_deals", month_range(i)))
        self.customers.clicked.connect(lambda i: emit("active_customers", month_range(i)))
        self.pipeline.clicked.connect(
            lambda i: emit("open_deals", self._period_range(), self._stage_id(i))
        )
        self.stage_days.clicked.connect(
            lambda i: emit("stage_exits", self._period_range(), self._stage_id(i))
        )
        self.funnel.clicked.connect(
            lambda i: emit("stage_entries", self._period_range(), self._stage_id(i))
        )

    def _period_range(self) -> tuple[object, object] | None:
        return None if self.report is None else (self.report.period.start, self.report.period.end)

    def _stage_id(self, i: int) -> int:
        return 0 if self.report is None else self.report.stages[i].id

    def _week_range(self, i: int) -> tuple[object, object] | None:
        if not self._weeks:
            return None
        return self._weeks[i], self._weeks[i] + timedelta(days=6)

    # updating ---------------------------------------------------------------------------------
    def _show_empty_charts(self, s: KpiSeries) -> None:
        """Charts with nothing to draw in the last 12 months say how to fill them instead."""
        empty = {
            self.points: (
                not any(s.activity_points),
                tr(
                    "No contact moments logged yet. Log them in Activities (Ctrl+3): each one "
                    "counts here in points."
                ),
            ),
            self.leads: (
                not any(s.qualified_leads),
                tr(
                    "No qualified leads yet. Tick the checklist of a lead in Leads (Ctrl+2) to "
                    "qualify it."
                ),
            ),
            self.pipeline: (
                not any(s.open_value_cents),
                tr(
                    "No open deals. Add a deal on the Pipeline board (Ctrl+4), or convert a "
                    "qualified lead."
                ),
            ),
            self.to_win: (
                not any(d for d in s.avg_days_to_win if d),
                tr("No deals won yet. Deal velocity appears here once deals are marked as won."),
            ),
            self.customers: (
                not any(s.active_customers),
                tr("No customers yet. Winning a deal makes its organisation a customer."),
            ),
        }
        for card, (is_empty, text) in empty.items():
            card.set_empty_text(text if is_empty else "")

    def show_report(self, r: KpiReport, prev: Headline) -> None:
        self.report = r
        s = r.series
        res, act, pipe, vel, rel = r.result, r.action, r.pipeline, r.velocity, r.relationship
        ch = _change(
            res.qualified_leads,
            prev.qualified_leads,
            _signed(res.qualified_leads - prev.qualified_leads),
        )
        self.tiles[0].set_data(
            TileData(
                format_int(res.qualified_leads),
                format_int(res.target_qualified_leads)
                if res.target_qualified_leads is not None
                else None,
                progress(res.qualified_leads, res.target_qualified_leads),
                ch[0],
                ch[1],
                False,
                " · ".join(
                    (
                        _counted(res.won_deals, tr("{count} deal won"), tr("{count} deals won")),
                        _counted(
                            res.new_customers,
                            tr("{count} new customer"),
                            tr("{count} new customers"),
                        ),
                        _counted(res.upsells, tr("{count} upsell"), tr("{count} upsells")),
                    )
                ),
                None if s is None else s.qualified_leads,
            )
        )
        ch = _change(
            act.activity_points,
            prev.activity_points,
            _signed(act.activity_points - prev.activity_points),
        )
        self.tiles[1].set_data(
            TileData(
                format_int(act.activity_points),
                format_int(act.target_points) if act.target_points is not None else None,
                progress(act.activity_points, act.target_points),
                ch[0],
                ch[1],
                False,
                _counted(act.activities, tr("{count} activity"), tr("{count} activities")),
                None if s is None else s.activity_points,
            )
        )
        ch = _change(
            pipe.open_value_cents,
            prev.open_value_cents,
            _signed(pipe.open_value_cents - prev.open_value_cents, "money"),
        )
        self.tiles[2].set_data(
            TileData(
                format_money(pipe.open_value_cents),
                _money_short(pipe.target_cents) or None,
                pipe.coverage,
                ch[0],
                ch[1],
                False,
                plural(
                    pipe.open_deals,
                    tr("{deals} open deal · weighted {weighted}"),
                    tr("{deals} open deals · weighted {weighted}"),
                ).format(
                    deals=format_int(pipe.open_deals),
                    weighted=format_money(pipe.weighted_value_cents),
                ),
                None if s is None else s.open_value_cents,
            )
        )
        days_text = (
            _counted(round(vel.avg_days_to_win), tr("{count} day"), tr("{count} days"))
            if vel.avg_days_to_win is not None
            else "–"
        )
        before = prev.avg_days_to_win
        ch = _change(
            vel.avg_days_to_win, before, _signed((vel.avg_days_to_win or 0) - (before or 0), "days")
        )
        self.tiles[3].set_data(
            TileData(
                days_text,
                None,
                None,
                ch[0],
                ch[1],
                True,
                plural(
                    vel.stale_deals,
                    tr("Median {median} · {stale} sleeping deal"),
                    tr("Median {median} · {stale} sleeping deals"),
                ).format(
                    median=format_decimal(vel.median_days_to_win, 0)
                    if vel.median_days_to_win is not None
                    else "–",
                    stale=format_int(vel.stale_deals),
                ),
                None if s is None else s.avg_days_to_win,
            )
        )
        ch = _change(
            rel.active_customers,
            prev.active_customers,
            _signed(rel.active_customers - prev.active_customers),
        )
        self.tiles[4].set_data(
            TileData(
                format_int(rel.active_customers),
                None,
                None,
                ch[0],
                ch[1],
                False,
                tr("Retention {retention} · {risk} at risk · {days} days on average").format(
                    retention=format_percent(rel.retention_rate) or "–",
                    risk=format_int(rel.at_risk_customers),
                    days=format_decimal(rel.avg_relationship_days, 0)
                    if rel.avg_relationship_days is not None
                    else "–",
                ),
                None if s is None else s.active_customers,
            )
        )
        if s is not None:
            self._update_charts(r)
        self.empty_note.setVisible(series_is_empty(r))
        self.rep_model.reload()
        self.rep_table.fit_columns()

    def show_series(self, r: KpiReport) -> None:
        """Sparklines and charts, once the twelve-month series of *r* is there."""
        s = r.series
        assert s is not None
        self.report = r
        sparks = (
            s.qualified_leads,
            s.activity_points,
            s.open_value_cents,
            s.avg_days_to_win,
            s.active_customers,
        )
        for tile, values in zip(self.tiles, sparks, strict=True):
            tile.spark.set_values(values)
        self._update_charts(r)
        self.empty_note.setVisible(series_is_empty(r))

    def _rep_rows(self) -> list[RepFigures]:
        return [] if self.report is None else list(self.report.by_rep)

    def _update_charts(self, r: KpiReport) -> None:
        s = r.series
        assert s is not None
        self._show_empty_charts(s)
        # Always span the twelve months: without data the date axis would show 1970's seconds.
        lo, hi = timestamp(s.months[0]), timestamp(add_months(s.months[-1], 1))
        for chart in (self.points, self.leads, self.to_win, self.customers):
            chart.plot.setXRange(lo, hi, padding=0.02)
        types = {t.id: t for t in r.activity_types}
        type_ids = [t.id for t in r.activity_types]
        weekly: dict[object, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for wp in s.weekly_points:
            weekly[wp.week][wp.type_id] += wp.points
        weeks = sorted(weekly)  # type: ignore[type-var]
        self._weeks = weeks
        xs = [timestamp(w) + 3.5 * DAY for w in weeks]  # type: ignore[arg-type]
        base = [0.0] * len(weeks)
        for n, item in enumerate(self.point_bars):
            if n < len(type_ids):
                tid = type_ids[n]
                heights = [float(weekly[w].get(tid, 0)) for w in weeks]
                item.setOpts(x=xs, height=heights, y0=list(base), width=5.5 * DAY)
                base = [b + h for b, h in zip(base, heights, strict=True)]
                item.setVisible(True)
            else:
                item.setVisible(False)
        self.points.legend.setColumnCount(2)  # three columns overflow the card with Dutch names
        self.points.legend.clear()
        for n, tid in enumerate(type_ids[: len(self.point_bars)]):
            self.points.legend.addItem(self.point_bars[n], types[tid].name)
        goal = s.weekly_points_goal
        self.goal_line.setVisible(goal is not None)
        if goal is not None:
            self.goal_line.setValue(goal)
        self.points.xs = xs
        fit_y(self.points, max([*base, goal or 0], default=0), 1.45)

        def week_tip(i: int) -> str:
            w = weeks[i]
            lines = [tr("Week of {day}").format(day=format_date(w))]  # type: ignore[arg-type]
            for tid in type_ids:
                if weekly[w].get(tid):
                    lines.append(f"{types[tid].name}: {format_int(weekly[w][tid])}")
            lines.append(tr("Total: {points} points").format(points=format_int(int(base[i]))))
            if goal is not None:
                lines.append(tr("Weekly goal: {goal}").format(goal=format_decimal(goal, 0)))
            return "\n".join(lines)

        self.points.tooltip = week_tip

        mx = [timestamp(m) + 15 * DAY for m in s.months]
        self.lead_bars.setOpts(x=mx, height=list(s.qualified_leads), width=22 * DAY)
        set_line(self.lead_target, mx, s.qualified_leads_target)
        fit_y(self.leads, max([*s.qualified_leads, *(v or 0 for v in s.qualified_leads_target)]))
        self.leads.xs = mx
        self.leads.tooltip = lambda i: tr(
            "{month}: {value} qualified leads, target {target}"
        ).format(
            month=format_month(s.months[i]),
            value=format_int(s.qualified_leads[i]),
            target=format_int(s.qualified_leads_target[i]) or "–",
        )

        p = r.pipeline
        idx = list(range(len(p.by_stage)))
        self.pipe_bars.setOpts(
            x=[i - 0.18 for i in idx], height=[v.value_cents / 100 for v in p.by_stage], width=0.34
        )
        self.pipe_weighted.setOpts(
            x=[i + 0.18 for i in idx],
            height=[v.weighted_cents / 100 for v in p.by_stage],
            width=0.34,
        )
        fit_y(self.pipeline, max((v.value_cents / 100 for v in p.by_stage), default=0))
        self.pipeline.set_categories([v.stage.name for v in p.by_stage])
        self.pipeline.xs = [float(i) for i in idx]
        self.pipeline.subtitle.setText(
            tr("Total {value} (weighted {weighted}) against target {target}").format(
                value=format_money(p.open_value_cents),
                weighted=format_money(p.weighted_value_cents),
                target=_money_short(p.target_cents) or "–",
            )
        )
        self.pipeline.tooltip = lambda i: tr(
            "{stage}: {deals} deals, {value}, weighted {weighted}"
        ).format(
            stage=p.by_stage[i].stage.name,
            deals=format_int(p.by_stage[i].deals),
            value=format_money(p.by_stage[i].value_cents),
            weighted=format_money(p.by_stage[i].weighted_cents),
        )

        sd = r.velocity.avg_days_in_stage
        self.stage_day_bars.setOpts(
            x=list(range(len(sd))), height=[d.avg_days or 0.0 for d in sd], width=0.6
        )
        fit_y(self.stage_days, max((d.avg_days or 0 for d in sd), default=0), 1.2)
        self.stage_days.set_categories([d.stage.name for d in sd])
        self.stage_days.xs = [float(i) for i in range(len(sd))]
        self.stage_days.tooltip = lambda i: tr(
            "{stage}: {days} days on average ({n} deals)"
        ).format(
            stage=sd[i].stage.name,
            days=format_decimal(sd[i].avg_days, 1) or "–",
            n=format_int(sd[i].exits),
        )

        set_line(self.to_win_line, mx, s.avg_days_to_win)
        fit_y(self.to_win, max((v or 0 for v in s.avg_days_to_win), default=0), 1.15)
        self.to_win.xs = mx
        self.to_win.tooltip = lambda i: tr("{month}: {days} days to win").format(
            month=format_month(s.months[i]), days=format_decimal(s.avg_days_to_win[i], 1) or "–"
        )

        self.customer_bars.setOpts(x=mx, height=list(s.active_customers), width=22 * DAY)
        set_line(
            self.retention_line, mx, [None if v is None else v * 100 for v in s.retention_rate]
        )
        fit_y(self.customers, max(s.active_customers, default=0))
        self.customers.xs = mx
        self.customers.tooltip = lambda i: tr(
            "{month}: {count} active customers, retention {retention}"
        ).format(
            month=format_month(s.months[i]),
            count=format_int(s.active_customers[i]),
            retention=format_percent(s.retention_rate[i], 1) or "–",
        )
        self._sync_retention()

        ins = r.insight
        self.win_rate.setText(
            tr("Win rate: {rate} ({won} won, {lost} lost)").format(
                rate=format_percent(ins.win_rate) or "–",
                won=format_int(ins.won_deals),
                lost=format_int(ins.lost_deals),
            )
        )
        self.growth.setText(
            tr("Growth of new revenue: {growth} (previous period {prev})").format(
                growth=(
                    ("+" if (ins.won_value_growth or 0) >= 0 else "")
                    + format_percent(ins.won_value_growth)
                )
                if ins.won_value_growth is not None
                else "–",
                prev=format_money(ins.previous_won_value_cents),
            )
        )
        conv = ins.stage_conversion
        self.funnel_bars.setOpts(
            x=list(range(len(conv))), height=[(c.rate or 0.0) * 100 for c in conv], width=0.6
        )
        self.funnel.set_categories(
            [f"{c.stage.name} → {c.next_stage.name if c.next_stage else tr('Won')}" for c in conv]
        )
        self.funnel.xs = [float(i) for i in range(len(conv))]
        self.funnel.tooltip = lambda i: tr("{step}: {rate} ({passed} of {entered} deals)").format(
            step=f"{conv[i].stage.name} → "
            f"{conv[i].next_stage.name if conv[i].next_stage else tr('Won')}",
            rate=format_percent(conv[i].rate) or "–",
            passed=format_int(conv[i].passed),
            entered=format_int(conv[i].entered),
        )

    _weeks: list = []  # type: ignore[type-arg]


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


def contrast(color: QColor) -> QColor:
    return QColor("#ffffff") if color.lightness() < 128 else QColor("#000000")
