"""The overview's insight part, set apart from the KPIs: win rate, growth and stage conversion."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kpidesk.core.formatting import format_int, format_money, format_percent
from kpidesk.core.i18n import tr
from kpidesk.services.kpis.figures import KpiReport
from kpidesk.ui.dashboard.kpi_charts import ConversionChart


class InsightPanel(QFrame):
    """Ratios for finding bottlenecks, in a dashed frame of their own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insight")
        self.setStyleSheet(
            "QFrame#insight { background: palette(alternate-base); "
            "border: 1px dashed palette(mid); border-radius: 8px; }"
        )
        ins = QVBoxLayout(self)
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
        self.funnel = ConversionChart()
        row.addWidget(self.funnel, 3)
        ins.addLayout(row)

    def show_report(self, r: KpiReport) -> None:
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
        self.funnel.show_report(r)
