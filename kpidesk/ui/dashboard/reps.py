"""The overview's per-rep table: each rep's figures for the period, one row a rep.

Action and result KPIs only: insight KPIs (win rate, conversion) never sit beside a name here,
where the table can be sorted; per rep they live in the Coaching tab, with their counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from kpidesk.core.formatting import format_decimal, format_int, format_money
from kpidesk.core.i18n import tr_noop
from kpidesk.services.kpis.figures import RepFigures
from kpidesk.ui.widgets.table_model import RIGHT, Column, StaticTableModel

REP_COLUMNS: list[Column[RepFigures]] = [
    Column("name", tr_noop("Rep"), lambda r: r.name),
    Column("activities", tr_noop("Contact moments"), lambda r: format_int(r.activities), RIGHT),
    Column("points", tr_noop("Activity points"), lambda r: format_int(r.activity_points), RIGHT),
    Column("qualified", tr_noop("Qualified leads"), lambda r: format_int(r.qualified_leads), RIGHT),
    Column("won", tr_noop("Won deals"), lambda r: format_int(r.won_deals), RIGHT),
    Column("won_value", tr_noop("New revenue"), lambda r: format_money(r.won_value_cents), RIGHT),
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


class RepFiguresModel(StaticTableModel[RepFigures]):
    """The rows of the latest report's reps; empty until the first report."""

    def __init__(self, parent: Any = None) -> None:
        self._figures: list[RepFigures] = []
        super().__init__(REP_COLUMNS, lambda: list(self._figures), parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str) and " " in value:
            # Two lines ("Deal value in / the pipeline"), so nine columns fit 1280 px.
            words = value.split(" ")
            half = max(1, len(words) // 2)
            return " ".join(words[:half]) + "\n" + " ".join(words[half:])
        return value

    def show_figures(self, figures: Sequence[RepFigures]) -> None:
        self._figures = list(figures)
        self.reload()
