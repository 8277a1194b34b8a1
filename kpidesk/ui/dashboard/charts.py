"""Small pyqtgraph chart components: each owns its PlotWidget and updates its items in place.

Every chart creates its plot items once; :meth:`set_data` only calls ``setOpts``/``setData``.
Hovering shows the exact values of the nearest bar or point in a tooltip; a click reports the
index, so that the dashboard can list the items behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QToolTip, QVBoxLayout, QWidget

from kpidesk.ui.widgets.axes import LocaleAxis, LocaleDateAxis

# Mid-saturation colours that read on light and dark backgrounds alike.
SERIES = (
    "#4e79a7",
    "#f28e2b",
    "#59a14f",
    "#e15759",
    "#76b7b2",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
DAY = 86400.0


def timestamp(day: date) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


def palette_color(widget: QWidget, role: QPalette.ColorRole) -> QColor:
    return widget.palette().color(role)


class ChartCard(QFrame):
    """A titled frame around one plot, styled from the palette."""

    clicked = Signal(int)

    def __init__(
        self,
        title: str,
        subtitle: str = "",
        *,
        date_axis: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setStyleSheet(
            "QFrame#chartCard { background: palette(base); "
            "border: 1px solid palette(midlight); border-radius: 8px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(2)
        self.title = QLabel(title)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setStyleSheet("color: palette(mid);")
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        # Tick labels in the interface language: 12.345 and 'mrt' in Dutch.
        axes: dict[str, pg.AxisItem] = {"left": LocaleAxis("left")}
        if date_axis:
            axes["bottom"] = LocaleDateAxis(orientation="bottom")
        self.plot = pg.PlotWidget(axisItems=axes)
        if date_axis:
            bottom = self.plot.getAxis("bottom")
            # Room for a month with its year under it; the ticks are spaced not to collide.
            bottom.setHeight(QFontMetrics(bottom.font()).lineSpacing() * 2 + 14)
            bottom.setStyle(textFillLimits=[(0, 0.95)])
        self.plot.setMinimumHeight(190)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        text = palette_color(self, QPalette.ColorRole.Text)
        self.theme_changed()
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        # 8pt keeps two columns of Dutch activity types inside a card at 1280 px wide.
        self.legend = self.plot.addLegend(
            offset=(8, 4), labelTextColor=text, labelTextSize="8pt", verSpacing=-4
        )
        layout.addWidget(self.plot, 1)
        # Shown instead of the plot when there is nothing to draw: says what fills it.
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMinimumHeight(190)
        self.empty_label.setStyleSheet("color: palette(mid); padding: 16px;")
        self.empty_label.hide()
        layout.addWidget(self.empty_label, 1)
        self.xs: list[float] = []
        self.units: dict[str, str] = {}
        self.categories: list[str] = []
        self.tooltip: Callable[[int], str] | None = None
        self.plot.plotItem.vb.sigResized.connect(self._fit_categories)
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.scene().sigMouseClicked.connect(self._click)

    def theme_changed(self) -> None:
        """Colours from the palette in use (again, after a switch between light and dark)."""
        palette = QApplication.palette()
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        for name in ("left", "bottom", "right"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            axis.setTextPen(pg.mkPen(text))
        for side, unit in getattr(self, "units", {}).items():
            self._label_axis(side, unit)
        legend = getattr(self, "legend", None)
        if legend is not None:
            legend.setLabelTextColor(text)
            for _sample, label in legend.items:
                label.setText(label.text)  # pyqtgraph applies the colour when it renders

    def set_unit(self, unit: str, side: str = "left") -> None:
        """Say what the axis counts (€, %, days, points) beside its numbers."""
        self.units[side] = unit
        self._label_axis(side, unit)

    def _label_axis(self, side: str, unit: str) -> None:
        color = QApplication.palette().color(QPalette.ColorRole.Text)
        self.plot.getAxis(side).setLabel(unit, color=color.name(), **{"font-size": "8pt"})

    def _index_at(self, scene_pos: QPointF) -> int | None:
        if not self.xs or not self.plot.plotItem.vb.sceneBoundingRect().contains(scene_pos):
            return None
        x = self.plot.plotItem.vb.mapSceneToView(scene_pos).x()
        index = min(range(len(self.xs)), key=lambda i: abs(self.xs[i] - x))
        spacing = (self.xs[1] - self.xs[0]) if len(self.xs) > 1 else 1.0
        return index if abs(self.xs[index] - x) <= abs(spacing) * 0.6 else None

    def _hover(self, scene_pos: QPointF) -> None:
        index = self._index_at(scene_pos)
        if index is None or self.tooltip is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.tooltip(index), self.plot)

    def _click(self, event: object) -> None:
        pos = event.scenePos()  # type: ignore[attr-defined]
        index = self._index_at(pos)
        if index is not None:
            self.clicked.emit(index)

    def set_empty_text(self, text: str) -> None:
        """Show *text* instead of the plot ('' shows the plot again)."""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self.plot.setVisible(not text)

    def set_categories(self, labels: Sequence[str]) -> None:
        """Name the x positions 0…n−1 (stages, reps); long names break over two lines, and a
        name still too wide for its bar's share of the width is shortened (the hover tip
        names it in full), so that neighbouring names never run into each other."""
        self.categories = list(labels)
        axis = self.plot.getAxis("bottom")
        font = QFont(self.font())
        font.setPointSizeF(8.0)  # five Dutch stage names under a third of a 1280 px screen
        axis.setStyle(textFillLimits=[(0, 0.95)], tickFont=font)  # never drop a name
        # Room beside the outer bars, so that the first and last names are not cut off.
        self.plot.setXRange(-0.6, len(labels) - 0.4, padding=0)
        self._fit_categories()

    def category_ticks(self) -> list[str]:
        """The names as the axis shows them now (wrapped and shortened to fit)."""
        axis = self.plot.getAxis("bottom")
        font = axis.style.get("tickFont") or axis.font()
        return fit_labels(self.categories, QFontMetrics(font), self.category_width())

    def category_width(self) -> int:
        """The pixels one category has on the x axis (the plot spans n + 0.4 categories)."""
        width = self.plot.plotItem.vb.width() or self.plot.width()
        return int(width / (len(self.categories) + 0.2)) - 4 if self.categories else 0

    def _fit_categories(self) -> None:
        if not self.categories:
            return
        axis = self.plot.getAxis("bottom")
        ticks = self.category_ticks()
        lines = 2 if any("\n" in label for label in ticks) else 1
        font = axis.style.get("tickFont") or axis.font()
        axis.setHeight(QFontMetrics(font).lineSpacing() * lines + 14)
        axis.setTicks([list(enumerate(ticks))])


def fit_labels(labels: Sequence[str], metrics: QFontMetrics, width: int) -> list[str]:
    """Each label as it fits *width* pixels: whole on one line, else on two lines, else
    shortened with an ellipsis on each line."""
    if width <= 0:
        return list(labels)
    result = []
    for label in labels:
        if "\n" not in label and metrics.horizontalAdvance(label) <= width:
            result.append(label)
            continue
        wrapped = label if "\n" in label else two_lines(label)
        result.append(
            "\n".join(
                metrics.elidedText(part, Qt.TextElideMode.ElideRight, width)
                for part in wrapped.split("\n")[:2]
            )
        )
    return result


def two_lines(label: str) -> str:
    """Break a long category name over two lines: at a space, or else hyphenated mid-word
    between two consonants ('Onder-handeling') or before a consonant ('Nego-tiation')."""
    if " " in label:
        return label.replace(" ", "\n", 1)
    vowels = set("aeiouyAEIOUY")
    middle = len(label) / 2
    cuts = sorted(range(3, len(label) - 2), key=lambda i: abs(i - middle))
    for rule in (
        lambda i: label[i - 1] not in vowels and label[i] not in vowels,
        lambda i: label[i - 1] in vowels and label[i] not in vowels,
    ):
        for i in cuts:
            if rule(i):
                return f"{label[:i]}-\n{label[i:]}"
    return label


def bars(color: str, name: str | None = None, *, pen: QColor | None = None) -> pg.BarGraphItem:
    """A bar item with no bars yet; filled in later with setOpts."""
    return pg.BarGraphItem(
        x=[],
        height=[],
        width=1,
        brush=pg.mkBrush(color),
        pen=pg.mkPen(pen) if pen is not None else pg.mkPen(None),
        name=name,
    )


def line(
    color: str, name: str | None = None, *, dashed: bool = False, symbol: str | None = "o"
) -> pg.PlotDataItem:
    style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    return pg.PlotDataItem(
        [],
        [],
        pen=pg.mkPen(color, width=2, style=style),
        symbol=symbol,
        symbolSize=6,
        symbolBrush=pg.mkBrush(color),
        symbolPen=pg.mkPen(None),
        name=name,
        connect="finite",
    )


def finite(values: Sequence[float | None]) -> list[float]:
    """None → NaN, so that lines break where there is no value."""
    return [float("nan") if v is None else float(v) for v in values]


def set_line(item: pg.PlotDataItem, xs: Sequence[float], values: Sequence[float | None]) -> None:
    """Update a line in place; a line without any value is emptied (no all-NaN bounds)."""
    ys = finite(values)
    if all(y != y for y in ys):
        item.setData([], [])
    else:
        item.setData(list(xs), ys)


def fit_y(card: ChartCard, top: float, headroom: float = 1.3) -> None:
    """Start the y axis at zero and leave room above the highest value for the legend."""
    axis = card.plot.getAxis("left")
    if top <= 0:
        # Nothing to show: whole-number ticks 0–10 rather than meaningless 0.1, 0.2, …
        card.plot.setYRange(0, 10, padding=0)
        axis.setTickSpacing(major=5, minor=1)
        return
    axis.setTickSpacing()
    card.plot.setYRange(0, max(top, 1.0) * headroom, padding=0)
