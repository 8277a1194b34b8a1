"""The tiles' twelve-month sparkline, painted directly (no chart library).

A sparkline has no axes, no legend and no interaction, so a plain widget with one paint event
serves: five pyqtgraph plots (one per tile) cost more to build than the whole tile row, and the
tiles are the first thing on screen.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

MARGIN_Y = 4.0  # room for the pen and the last point's dot
DOT = 6.0


def sparkline_points(
    values: Sequence[float | None], width: float, height: float
) -> list[list[QPointF]]:
    """The runs of consecutive values as points in a *width* x *height* box.

    The y scale runs from zero (or the lowest value, when below zero) to the highest value, so
    that the filled area compares months honestly; a month without a value breaks the line.
    """
    finite = [v for v in values if v is not None and math.isfinite(v)]
    if not finite or len(values) < 1:
        return []
    low = min(0.0, *finite)
    high = max(finite)
    span = high - low or 1.0
    step = width / max(len(values) - 1, 1)
    runs: list[list[QPointF]] = []
    run: list[QPointF] = []
    for i, value in enumerate(values):
        if value is None or not math.isfinite(value):
            if run:
                runs.append(run)
                run = []
            continue
        y = MARGIN_Y + (height - 2 * MARGIN_Y) * (1.0 - (value - low) / span)
        run.append(QPointF(i * step if len(values) > 1 else width / 2, y))
    if run:
        runs.append(run)
    return runs


class Sparkline(QWidget):
    """A tiny filled line over twelve months, with a dot on the latest month."""

    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(38)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)  # the tile's colour shows
        self.color = QColor(color)
        self.values: list[float | None] = []

    def set_values(self, values: Sequence[float | None]) -> None:
        self.values = list(values)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        inset = DOT / 2
        box = QRectF(inset, 0, max(self.width() - 2 * inset, 1.0), float(self.height()))
        runs = sparkline_points(self.values, box.width(), box.height())
        if not runs:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(box.left(), 0)
        fill = QColor(self.color)
        fill.setAlpha(50)
        baseline = box.height() - MARGIN_Y
        for run in runs:
            area = QPainterPath(QPointF(run[0].x(), baseline))
            for point in run:
                area.lineTo(point)
            area.lineTo(QPointF(run[-1].x(), baseline))
            painter.fillPath(area, fill)
            painter.setPen(QPen(self.color, 2))
            if len(run) > 1:
                painter.drawPolyline(QPolygonF(run))
        last = self.values[-1] if self.values else None
        if last is not None and math.isfinite(last):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.color)
            painter.drawEllipse(runs[-1][-1], DOT / 2, DOT / 2)
        painter.end()
