"""A KPI tile: kind badge, value, target with progress, change against the previous period and
a twelve-month sparkline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from kpidesk.core.formatting import format_percent
from kpidesk.core.i18n import tr
from kpidesk.core.kpi import KpiKind
from kpidesk.ui.dashboard.charts import Sparkline

KIND_COLORS = {KpiKind.ACTION: "#4e79a7", KpiKind.RESULT: "#59a14f", KpiKind.INSIGHT: "#b07aa1"}
GOOD, BAD = "#2e8540", "#c0392b"


@dataclass(frozen=True)
class TileData:
    value: str
    target: str | None  # formatted target, or None when none is set
    progress: float | None  # value ÷ target
    change: float | None  # relative change against the previous period
    change_text: str  # e.g. "+3 vs previous period"
    lower_is_better: bool
    detail: str
    spark: Sequence[float | None] | None  # None keeps the sparkline until the series comes


class KpiTile(QFrame):
    def __init__(
        self, number: int, title: str, kind: KpiKind, tip: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setStyleSheet(
            "QFrame#kpiTile { background: palette(base); border: 1px solid palette(midlight);"
            " border-radius: 8px; }"
        )
        self.setToolTip(tip)
        self.setMinimumWidth(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(3)
        self.title = QLabel(f"{number}. {title}")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # Two lines for every title, so the values of the five tiles line up side by side.
        self.title.setMinimumHeight(2 * self.title.fontMetrics().lineSpacing())
        color = KIND_COLORS[kind]
        self.badge = QLabel(tr(kind.label_source))
        self.badge.setStyleSheet(
            f"color: {color}; border: 1px solid {color}; border-radius: 8px; "
            "padding: 1px 7px; font-size: 10px; font-weight: bold;"
        )
        # The kind badge gets its own row above the title, so long Dutch titles such as
        # "Gekwalificeerde leads" and big values such as "€ 830.000" keep the tile's full width.
        top = QHBoxLayout()
        top.addWidget(self.badge, 0)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.title)
        self.value = QLabel()
        big = self.value.font()
        big.setPointSizeF(big.pointSizeF() * 2.0)
        big.setBold(True)
        self.value.setFont(big)
        layout.addWidget(self.value)
        self.target = QLabel()
        self.target.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.target)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setStyleSheet(
            "QProgressBar { background: palette(midlight); border: none; border-radius: 3px; }"
            f"QProgressBar::chunk {{ background: {color}; border-radius: 3px; }}"
        )
        layout.addWidget(self.progress)
        self.change = QLabel()
        self.change.setWordWrap(True)
        layout.addWidget(self.change)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.detail)
        layout.addStretch(1)  # spare height goes below the text, so the five tiles line up
        self.spark = Sparkline(color)
        self.spark.setToolTip(tr("The last 12 months"))
        layout.addWidget(self.spark)

    def set_data(self, data: TileData) -> None:
        self.value.setText(data.value)
        if data.target is None:
            self.target.setText(tr("No target set"))
            self.progress.setVisible(False)
        else:
            pct = format_percent(data.progress) if data.progress is not None else ""
            self.target.setText(
                tr("Target {target} · {percent}").format(target=data.target, percent=pct)
            )
            self.progress.setVisible(True)
            self.progress.setValue(int(min(1.0, data.progress or 0.0) * 100))
        if data.change is None or data.change == 0:
            self.change.setStyleSheet("color: palette(mid);")
            arrow = "→"
        else:
            better = (data.change < 0) if data.lower_is_better else (data.change > 0)
            self.change.setStyleSheet(f"color: {GOOD if better else BAD};")
            arrow = "▲" if data.change > 0 else "▼"
        self.change.setText(f"{arrow} {data.change_text}")
        self.detail.setText(data.detail)
        self.detail.setVisible(bool(data.detail))
        if data.spark is not None:
            self.spark.set_values(data.spark)

    def text_color(self) -> str:
        return self.palette().color(QPalette.ColorRole.Text).name()
