"""The relationship trend: active customers, retention and relationship length over 12 months.

Three small plots side by side share one month axis (small multiples read better than three
scales on one plot). The items are created once and updated with ``setData``/``setOpts``.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QVBoxLayout, QWidget

from kpidesk.core.formatting import format_decimal, format_int, format_month, format_percent
from kpidesk.core.i18n import tr
from kpidesk.services.customers.relationship import MonthFigures
from kpidesk.ui.theme import is_dark
from kpidesk.ui.widgets.axes import LocaleAxis


def _years(days: float | None) -> float | None:
    return None if days is None else days / 365.25


class RelationshipChart(QWidget):
    """Owns its plot widget; :meth:`set_months` updates the items in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthFigures] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot_widget = pg.GraphicsLayoutWidget()
        background = self.palette().color(QPalette.ColorRole.Base)
        self.plot_widget.setBackground(background)
        layout.addWidget(self.plot_widget)
        dark = is_dark()
        self._text = self.palette().color(QPalette.ColorRole.Text)
        accent = QColor("#6f9bd8" if dark else "#4a6fa5")
        green = QColor("#5cc98a" if dark else "#2e7d4f")
        amber = QColor("#f0a04b" if dark else "#b8620a")
        self.active_plot = self._plot(0, tr("Active customers"))
        self.retention_plot = self._plot(1, tr("Retention (12 months)"))
        self.length_plot = self._plot(2, tr("Avg. relationship (years)"))
        for plot in (self.retention_plot, self.length_plot):
            plot.setXLink(self.active_plot)
        fill = QColor(accent)
        fill.setAlpha(170)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.62, brush=fill, pen=pg.mkPen(None))
        self.active_plot.addItem(self.bars)
        self.retention_line = pg.PlotDataItem(
            pen=pg.mkPen(green, width=2),
            symbol="o",
            symbolSize=6,
            symbolBrush=green,
            symbolPen=pg.mkPen(green),
        )
        self.retention_plot.addItem(self.retention_line)
        self.retention_plot.setYRange(0, 100, padding=0.05)
        self.length_line = pg.PlotDataItem(
            pen=pg.mkPen(amber, width=2),
            symbol="o",
            symbolSize=6,
            symbolBrush=amber,
            symbolPen=pg.mkPen(amber),
        )
        self.length_plot.addItem(self.length_line)
        self.hover_lines = []
        for plot in (self.active_plot, self.retention_plot, self.length_plot):
            line = pg.InfiniteLine(
                angle=90,
                movable=False,
                pen=pg.mkPen(self._text, width=1, style=Qt.PenStyle.DotLine),
            )
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            self.hover_lines.append(line)
        self.empty_label = pg.TextItem(tr("No customers yet"), color=self._text, anchor=(0.5, 0.5))
        self.active_plot.addItem(self.empty_label, ignoreBounds=True)
        self.plot_widget.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def theme_changed(self) -> None:
        """Background, titles and axes from the palette in use, after a switch of theme."""
        palette = QApplication.palette()
        self._text = palette.color(QPalette.ColorRole.Text)
        self.plot_widget.setBackground(palette.color(QPalette.ColorRole.Base))
        titles = (
            tr("Active customers"),
            tr("Retention (12 months)"),
            tr("Avg. relationship (years)"),
        )
        for plot, title in zip(
            (self.active_plot, self.retention_plot, self.length_plot), titles, strict=True
        ):
            plot.setTitle(title, color=self._text.name(), size="9pt")
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setTextPen(self._text)
                axis.setPen(pg.mkPen(self._text.darker(140) if not is_dark() else self._text))
        self.empty_label.setColor(self._text)

    def _plot(self, col: int, title: str) -> Any:
        plot = self.plot_widget.addPlot(row=0, col=col, axisItems={"left": LocaleAxis("left")})
        plot.setTitle(title, color=self._text.name(), size="9pt")
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.15)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setTextPen(self._text)
            axis.setPen(pg.mkPen(self._text.darker(140) if not is_dark() else self._text))
        plot.getAxis("left").setWidth(44)
        return plot

    def set_months(self, months: list[MonthFigures]) -> None:
        """Show the figures of these months (oldest first)."""
        self.months = list(months)
        xs = list(range(len(months)))
        self.bars.setOpts(x=xs, height=[m.active_customers for m in months])
        # Months without a figure are left out (no NaN: pyqtgraph warns on all-NaN data).
        retention = [
            (i, m.retention_rate * 100)
            for i, m in enumerate(months)
            if m.retention_rate is not None
        ]
        self.retention_line.setData([p[0] for p in retention], [p[1] for p in retention])
        length = [
            (i, m.avg_relationship_days / 365.25)
            for i, m in enumerate(months)
            if m.avg_relationship_days is not None
        ]
        self.length_line.setData([p[0] for p in length], [p[1] for p in length])
        names = [(i, format_month(m.month).split(" ")[0]) for i, m in enumerate(months)]
        # Every other month named for sure, the rest where the width allows: never "JanFebMar".
        ticks = [names[::2], names[1::2]]
        for plot in (self.active_plot, self.retention_plot, self.length_plot):
            plot.getAxis("bottom").setTicks(ticks)
            plot.setXRange(-0.6, max(len(months) - 0.4, 0.4), padding=0)
        top = max((m.active_customers for m in months), default=0)
        self.active_plot.setYRange(0, max(top * 1.12, 5), padding=0)
        lengths = [m.avg_relationship_days or 0 for m in months]
        self.length_plot.setYRange(0, max(max(lengths, default=0) / 365.25 * 1.15, 1), padding=0)
        empty = top == 0
        self.empty_label.setVisible(empty)
        self.empty_label.setPos(max(len(months) - 1, 0) / 2, 2.5)

    def tooltip_for(self, index: int) -> str:
        """The exact figures of one month, as the hover tooltip shows them."""
        m = self.months[index]
        retention = (
            format_percent(m.retention_rate, 1)
            if m.retention_rate is not None
            else tr("no customers a year before")
        )
        years = _years(m.avg_relationship_days)
        return tr(
            "<b>{month}</b><br>Active customers: {active}<br>New: {new} · Churned: {churned}"
            "<br>Retention (12 months): {retention}<br>Avg. relationship: {years} years"
        ).format(
            month=format_month(m.month),
            active=format_int(m.active_customers),
            new=format_int(m.new_customers),
            churned=format_int(m.churned),
            retention=retention,
            years=format_decimal(years, 1) if years is not None else "–",
        )

    def _on_mouse_moved(self, pos: QPointF) -> None:
        if not self.months:
            return
        index = None
        for plot in (self.active_plot, self.retention_plot, self.length_plot):
            if plot.sceneBoundingRect().contains(pos):
                index = round(plot.vb.mapSceneToView(pos).x())
                break
        if index is None or not 0 <= index < len(self.months):
            for line in self.hover_lines:
                line.setVisible(False)
            QToolTip.hideText()
            return
        for line in self.hover_lines:
            line.setPos(index)
            line.setVisible(True)
        QToolTip.showText(QCursor.pos(), self.tooltip_for(index), self.plot_widget)
