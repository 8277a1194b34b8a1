"""The overview's charts, one component each: it owns its plot items and shows a report.

Each chart builds its items once in ``__init__``; ``show_report`` updates them in place, sets the
hover text and the x positions a click maps to, and says how to fill a chart that is empty.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kpidesk.core.formatting import (
    format_date,
    format_decimal,
    format_int,
    format_money,
    format_month,
    format_percent,
)
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.periods import add_months
from kpidesk.services.kpis.figures import KpiReport, KpiSeries
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
from kpidesk.ui.dashboard.labels import step_label

TARGET_RED = "#c0392b"


def _series(r: KpiReport) -> KpiSeries:
    assert r.series is not None
    return r.series


def _span_months(card: ChartCard, s: KpiSeries) -> list[float]:
    """Span the twelve months (without data the date axis would show 1970's seconds);
    returns the middle of each month, where its bar or point stands."""
    lo, hi = timestamp(s.months[0]), timestamp(add_months(s.months[-1], 1))
    card.plot.setXRange(lo, hi, padding=0.04)  # room for the first and last month names
    return [timestamp(m) + 15 * DAY for m in s.months]


class KpiChart(ChartCard):
    """A chart of the overview page; while it has nothing to draw it says so, and how to fill it."""

    empty_hint = ""  # English source text (tr_noop), shown instead of the plot when empty

    def show_report(self, r: KpiReport) -> None:
        if self.empty_hint:
            self.set_empty_text(tr(self.empty_hint) if self.report_is_empty(r) else "")
        self.update_items(r)

    def report_is_empty(self, r: KpiReport) -> bool:
        """Nothing to draw for *r* (by default: over its twelve months)."""
        return self.is_empty(_series(r))

    def is_empty(self, s: KpiSeries) -> bool:
        return False

    def update_items(self, r: KpiReport) -> None:
        """Show what *r* holds for this chart (the charts that need it: with its series)."""
        raise NotImplementedError


class PointsChart(KpiChart):
    """Activity points per week, stacked by activity type, against the weekly goal."""

    empty_hint = tr_noop(
        "No contact moments logged yet. Log them in Activities (Ctrl+3): each one "
        "counts here in points."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Activity points per week"),
            tr("Stacked by activity type, against the weekly goal"),
            date_axis=True,
            parent=parent,
        )
        self.bars = [bars(SERIES[i % len(SERIES)]) for i in range(12)]
        for item in self.bars:
            self.plot.addItem(item)
        self.goal_line = pg.InfiniteLine(
            angle=0,
            movable=False,
            pen=pg.mkPen(TARGET_RED, width=2, style=Qt.PenStyle.DashLine),
        )
        self.plot.addItem(self.goal_line)
        self.weeks: list[date] = []

    def week_range(self, i: int) -> tuple[object, object] | None:
        """The first and last day of the *i*-th week shown."""
        if not self.weeks:
            return None
        return self.weeks[i], self.weeks[i] + timedelta(days=6)

    def is_empty(self, s: KpiSeries) -> bool:
        return not any(s.activity_points)

    def update_items(self, r: KpiReport) -> None:
        s = _series(r)
        _span_months(self, s)
        types = {t.id: t for t in r.activity_types}
        type_ids = [t.id for t in r.activity_types]
        weekly: dict[date, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        for wp in s.weekly_points:
            weekly[wp.week][wp.type_id] += wp.points
        weeks = sorted(weekly)
        self.weeks = weeks
        xs = [timestamp(w) + 3.5 * DAY for w in weeks]
        base = [0.0] * len(weeks)
        for n, item in enumerate(self.bars):
            if n < len(type_ids):
                tid = type_ids[n]
                heights = [float(weekly[w].get(tid, 0)) for w in weeks]
                item.setOpts(x=xs, height=heights, y0=list(base), width=5.5 * DAY)
                base = [b + h for b, h in zip(base, heights, strict=True)]
                item.setVisible(True)
            else:
                item.setVisible(False)
        self.legend.setColumnCount(2)  # three columns overflow the card with Dutch names
        self.legend.clear()
        for n, tid in enumerate(type_ids[: len(self.bars)]):
            self.legend.addItem(self.bars[n], types[tid].name)
        goal = s.weekly_points_goal
        self.goal_line.setVisible(goal is not None)
        if goal is not None:
            self.goal_line.setValue(goal)
        self.xs = xs
        fit_y(self, max([*base, goal or 0], default=0), 1.45)

        def week_tip(i: int) -> str:
            w = weeks[i]
            lines = [tr("Week of {day}").format(day=format_date(w))]
            for tid in type_ids:
                if weekly[w].get(tid):
                    lines.append(f"{types[tid].name}: {format_int(weekly[w][tid])}")
            lines.append(tr("Total: {points} points").format(points=format_int(int(base[i]))))
            if goal is not None:
                lines.append(tr("Weekly goal: {goal}").format(goal=format_decimal(goal, 0)))
            return "\n".join(lines)

        self.tooltip = week_tip


class LeadsChart(KpiChart):
    """Qualified leads per month against the target."""

    empty_hint = tr_noop(
        "No qualified leads yet. Tick the checklist of a lead in Leads (Ctrl+2) to qualify it."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Qualified leads per month"), tr("Against the target"), date_axis=True, parent=parent
        )
        self.bars = bars(SERIES[0], tr("Qualified leads"))
        self.target = line(TARGET_RED, tr("Target"), dashed=True)
        self.plot.addItem(self.bars)
        self.plot.addItem(self.target)

    def is_empty(self, s: KpiSeries) -> bool:
        return not any(s.qualified_leads)

    def update_items(self, r: KpiReport) -> None:
        s = _series(r)
        mx = _span_months(self, s)
        self.bars.setOpts(x=mx, height=list(s.qualified_leads), width=22 * DAY)
        set_line(self.target, mx, s.qualified_leads_target)
        fit_y(self, max([*s.qualified_leads, *(v or 0 for v in s.qualified_leads_target)]))
        self.xs = mx
        self.tooltip = lambda i: tr("{month}: {value} qualified leads, target {target}").format(
            month=format_month(s.months[i]),
            value=format_int(s.qualified_leads[i]),
            target=format_int(s.qualified_leads_target[i]) or "–",
        )


class PipelineChart(KpiChart):
    """Open deal value per stage, beside its weighted value."""

    empty_hint = tr_noop(
        "No open deals. Add a deal on the Pipeline board (Ctrl+4), or convert a qualified lead."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Pipeline value per stage"), "", parent=parent)
        self.bars = bars(SERIES[0], tr("Value"))
        self.weighted = bars(SERIES[1], tr("Weighted value"))
        self.plot.addItem(self.bars)
        self.plot.addItem(self.weighted)
        self.set_unit("€")

    def is_empty(self, s: KpiSeries) -> bool:
        return not any(s.open_value_cents)

    def update_items(self, r: KpiReport) -> None:
        p = r.pipeline
        idx = list(range(len(p.by_stage)))
        self.bars.setOpts(
            x=[i - 0.18 for i in idx], height=[v.value_cents / 100 for v in p.by_stage], width=0.34
        )
        self.weighted.setOpts(
            x=[i + 0.18 for i in idx],
            height=[v.weighted_cents / 100 for v in p.by_stage],
            width=0.34,
        )
        fit_y(self, max((v.value_cents / 100 for v in p.by_stage), default=0), 1.5)
        self.set_categories([v.stage.name for v in p.by_stage])
        self.xs = [float(i) for i in idx]
        self.subtitle.setText(
            tr("Total {value} (weighted {weighted}) against target {target}").format(
                value=format_money(p.open_value_cents),
                weighted=format_money(p.weighted_value_cents),
                target=format_money(p.target_cents) or "–",
            )
        )
        self.tooltip = lambda i: tr("{stage}: {deals} deals, {value}, weighted {weighted}").format(
            stage=p.by_stage[i].stage.name,
            deals=format_int(p.by_stage[i].deals),
            value=format_money(p.by_stage[i].value_cents),
            weighted=format_money(p.by_stage[i].weighted_cents),
        )


class StageBarsChart(KpiChart):
    """One bar per stage (or step between stages), its name under it."""

    def __init__(
        self, title: str, subtitle: str, color: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, subtitle, parent=parent)
        self.bars = bars(color, name)
        self.plot.addItem(self.bars)

    def set_bars(
        self, names: list[str], heights: list[float], tooltip: Callable[[int], str]
    ) -> None:
        self.bars.setOpts(x=list(range(len(heights))), height=heights, width=0.6)
        self.set_categories(names)
        self.xs = [float(i) for i in range(len(heights))]
        self.tooltip = tooltip


class StageDaysChart(StageBarsChart):
    """Average days in each stage, over the deals that left it in the period."""

    empty_hint = tr_noop(
        "No deals left a stage in this period yet. The days per stage appear here once "
        "deals move on from a stage, are won or are lost."
    )

    def report_is_empty(self, r: KpiReport) -> bool:
        return not any(d.exits for d in r.velocity.avg_days_in_stage)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Average days in each stage"),
            tr("Over the deals that left the stage in the period"),
            SERIES[4],
            tr("Days"),
            parent,
        )
        self.set_unit(tr("days"))

    def update_items(self, r: KpiReport) -> None:
        sd = r.velocity.avg_days_in_stage
        fit_y(self, max((d.avg_days or 0 for d in sd), default=0), 1.2)
        self.set_bars(
            [d.stage.name for d in sd],
            [d.avg_days or 0.0 for d in sd],
            lambda i: tr("{stage}: {days} days on average ({n} deals)").format(
                stage=sd[i].stage.name,
                days=format_decimal(sd[i].avg_days, 1) or "–",
                n=format_int(sd[i].exits),
            ),
        )


class DaysToWinChart(KpiChart):
    """Average days from first contact to won, per month."""

    empty_hint = tr_noop(
        "No deals won yet. Deal velocity appears here once deals are marked as won."
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Days to win, per month"),
            tr("Average days from first contact to won"),
            date_axis=True,
            parent=parent,
        )
        self.line = line(SERIES[6], tr("Days to win"))
        self.plot.addItem(self.line)
        self.set_unit(tr("days"))

    def is_empty(self, s: KpiSeries) -> bool:
        return not any(d for d in s.avg_days_to_win if d)

    def update_items(self, r: KpiReport) -> None:
        s = _series(r)
        mx = _span_months(self, s)
        set_line(self.line, mx, s.avg_days_to_win)
        fit_y(self, max((v or 0 for v in s.avg_days_to_win), default=0), 1.15)
        self.xs = mx
        self.tooltip = lambda i: tr("{month}: {days} days to win").format(
            month=format_month(s.months[i]), days=format_decimal(s.avg_days_to_win[i], 1) or "–"
        )


class CustomersChart(KpiChart):
    """Active customers at each month's end, with the month's retention on a right-hand axis."""

    empty_hint = tr_noop("No customers yet. Winning a deal makes its organisation a customer.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Active customers and retention"),
            tr("Customers at each month's end; retention over the 12 months up to it"),
            date_axis=True,
            parent=parent,
        )
        self.bars = bars(SERIES[2], tr("Active customers"))
        self.plot.addItem(self.bars)
        self.retention_box = pg.ViewBox()
        item = self.plot.plotItem
        item.showAxis("right")
        item.scene().addItem(self.retention_box)
        item.getAxis("right").linkToView(self.retention_box)
        item.getAxis("right").setTextPen(self.plot.getAxis("left").textPen())
        self.retention_box.setXLink(item)
        self.retention_line = line(SERIES[3], None)
        self.retention_box.addItem(self.retention_line)
        # Up to 130 %, so that the line (near 100 %) stays below the legend; ticks end at 100.
        self.retention_box.setYRange(0, 130, padding=0)
        item.getAxis("right").setTicks([[(v, str(v)) for v in range(0, 101, 20)], []])
        self.legend.addItem(self.retention_line, tr("Retention (12 months)"))
        item.vb.sigResized.connect(self._sync_retention)
        self.set_unit("%", "right")

    def _sync_retention(self) -> None:
        item = self.plot.plotItem
        self.retention_box.setGeometry(item.vb.sceneBoundingRect())
        self.retention_box.linkedViewChanged(item.vb, self.retention_box.XAxis)

    def is_empty(self, s: KpiSeries) -> bool:
        return not any(s.active_customers)

    def update_items(self, r: KpiReport) -> None:
        s = _series(r)
        mx = _span_months(self, s)
        self.bars.setOpts(x=mx, height=list(s.active_customers), width=22 * DAY)
        set_line(
            self.retention_line, mx, [None if v is None else v * 100 for v in s.retention_rate]
        )
        fit_y(self, max(s.active_customers, default=0))
        self.xs = mx
        self.tooltip = lambda i: tr(
            "{month}: {count} active customers, retention {retention}"
        ).format(
            month=format_month(s.months[i]),
            count=format_int(s.active_customers[i]),
            retention=format_percent(s.retention_rate[i], 1) or "–",
        )
        self._sync_retention()


class ConversionChart(StageBarsChart):
    """The share of deals that entered each stage in the period and moved on or were won."""

    empty_hint = tr_noop(
        "No deal that entered a stage in this period has moved on yet. The conversion per "
        "stage appears here once deals move along the Pipeline board."
    )

    def report_is_empty(self, r: KpiReport) -> bool:
        return not any(c.passed for c in r.insight.stage_conversion)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Stage conversion"),
            tr("Share of the deals that entered a stage in the period and moved on or were won"),
            SERIES[6],
            tr("Conversion (%)"),
            parent,
        )
        self.plot.setYRange(0, 100, padding=0)
        self.set_unit("%")

    def update_items(self, r: KpiReport) -> None:
        conv = r.insight.stage_conversion
        self.set_bars(
            [step_label(c, two_lines=True) for c in conv],
            [(c.rate or 0.0) * 100 for c in conv],
            lambda i: tr("{step}: {rate} ({passed} of {entered} deals)").format(
                step=step_label(conv[i]),
                rate=format_percent(conv[i].rate) or "–",
                passed=format_int(conv[i].passed),
                entered=format_int(conv[i].entered),
            ),
        )
