"""Coaching: each rep's conversion, win rate and days per stage beside the team's, and the
biggest gap ("knelpunt") in a plain sentence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from kpidesk.core.formatting import format_decimal, format_int, format_percent
from kpidesk.core.i18n import tr
from kpidesk.core.kpi import biggest_gap
from kpidesk.services.kpis.figures import KpiReport, StageConversion, StageDays
from kpidesk.ui.dashboard.labels import step_label
from kpidesk.ui.widgets.table_view import DataTableView

CONVERSION, DAYS = "conversion", "days"  # the column groups of a CoachingModel
BOTH = frozenset({CONVERSION, DAYS})
MIN_DEALS = 5  # fewer deals entering stages or closing than this says nothing about a rep
SLOW = 1.5  # days in a stage this many times the team's (or more) are marked as slow
AnyIndex = QModelIndex | QPersistentModelIndex
GAP_COLOR = QColor("#e15759")


def _step_header(c: StageConversion) -> str:
    """The step on two lines, so that the columns fit a laptop screen."""
    return step_label(c, two_lines=True)


@dataclass(frozen=True)
class CoachRow:
    name: str
    is_team: bool
    conversion: tuple[StageConversion, ...]
    win_rate: float | None
    days: tuple[StageDays, ...]
    gap_step: str | None


def coaching_rows(report: KpiReport) -> tuple[list[CoachRow], list[str], list[str]]:
    """Rows for the team and every rep with enough deals, the sentences, and the left-out."""
    ins = report.insight
    team_rates = {step_label(c): c.rate for c in ins.stage_conversion}
    team_rates[tr("Win rate")] = ins.win_rate
    rows = [
        CoachRow(
            tr("Team"),
            True,
            ins.stage_conversion,
            ins.win_rate,
            report.velocity.avg_days_in_stage,
            None,
        )
    ]
    sentences: list[str] = []
    left_out: list[str] = []
    for rep in report.by_rep:
        entered = sum(c.entered for c in rep.stage_conversion)
        if entered < MIN_DEALS and rep.closed_deals < MIN_DEALS:
            left_out.append(rep.name)
            continue
        rates: dict[str, float | None] = {
            step_label(c): (c.rate if c.entered >= MIN_DEALS else None)
            for c in rep.stage_conversion
        }
        rates[tr("Win rate")] = rep.win_rate if rep.closed_deals >= MIN_DEALS else None
        gap = biggest_gap(rates, team_rates)
        rows.append(
            CoachRow(
                rep.name,
                False,
                rep.stage_conversion,
                rep.win_rate,
                rep.avg_days_in_stage,
                gap.step if gap else None,
            )
        )
        if gap is not None:
            sentences.append(
                tr("{name}: {step} {rep} against {team} for the team").format(
                    name=rep.name,
                    step=gap.step,
                    rep=format_percent(gap.rep_rate),
                    team=format_percent(gap.team_rate),
                )
            )
        else:
            sentences.append(tr("{name}: at or above the team on every step").format(name=rep.name))
    return rows, sentences, left_out


class CoachingModel(QAbstractTableModel):
    """Rows: the team, then reps. Columns: conversion per step and win rate, days per stage.

    *parts* picks the column groups: ``CONVERSION`` (steps and win rate), ``DAYS`` or both.
    """

    def __init__(
        self, parent: Any = None, parts: frozenset[str] = frozenset({"conversion", "days"})
    ) -> None:
        super().__init__(parent)
        self._parts = parts
        self._rows: list[CoachRow] = []
        self._steps: list[str] = []
        self._headers: list[str] = []
        self._stages: list[str] = []
        self._win_rate = 0  # 1 when the win-rate column is shown

    def set_rows(self, rows: list[CoachRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        conversion = rows[0].conversion if rows and CONVERSION in self._parts else ()
        self._steps = [step_label(c) for c in conversion]
        self._headers = [_step_header(c) for c in conversion]
        self._win_rate = 1 if conversion else 0
        days = rows[0].days if rows and DAYS in self._parts else ()
        self._stages = [d.stage.name for d in days]
        self.endResetModel()

    def _slow(self, row: CoachRow, index: int) -> bool:
        """The rep's days in the stage are far above the team's (over enough exits)."""
        if row.is_team or not self._rows:
            return False
        mine, team = row.days[index], self._rows[0].days[index]
        return (
            mine.avg_days is not None
            and team.avg_days
            and mine.exits >= MIN_DEALS
            and mine.avg_days >= SLOW * team.avg_days
        ) is True

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._rows:
            return 0
        return 1 + len(self._steps) + self._win_rate + len(self._stages)

    def _column(self, col: int) -> tuple[str, int]:
        """What column *col* shows: ("rep" | "step" | "win_rate" | "days", index in its group)."""
        if col == 0:
            return "rep", 0
        col -= 1
        if col < len(self._steps):
            return "step", col
        col -= len(self._steps)
        if col < self._win_rate:
            return "win_rate", 0
        return "days", col - self._win_rate

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < self.columnCount():
            return None
        kind, i = self._column(section)
        if kind == "rep":
            return tr("Rep")
        if kind == "step":
            return self._headers[i]
        if kind == "win_rate":
            return tr("Win rate")
        if CONVERSION not in self._parts:  # the table's title says these are days
            return self._stages[i]
        return tr("Days in\n{stage}").format(stage=self._stages[i])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        kind, i = self._column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if kind == "rep":
                return row.name
            if kind == "step":
                return format_percent(row.conversion[i].rate) or "–"
            if kind == "win_rate":
                return format_percent(row.win_rate) or "–"
            return format_decimal(row.days[i].avg_days, 1) or "–"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if kind == "rep" else Qt.AlignmentFlag.AlignRight
            return int((align | Qt.AlignmentFlag.AlignVCenter).value)
        if role == Qt.ItemDataRole.FontRole and row.is_team:
            font = QFont()
            font.setBold(True)
            return font
        step = self._steps[i] if kind == "step" else tr("Win rate") if kind == "win_rate" else None
        gap = step is not None and step == row.gap_step
        slow = kind == "days" and self._slow(row, i)
        if role == Qt.ItemDataRole.ForegroundRole and (gap or slow):
            return QBrush(GAP_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, kind, i, gap, slow)
        return None

    def _tooltip(self, row: CoachRow, kind: str, i: int, gap: bool, slow: bool) -> str | None:
        lines = []
        if kind == "step":
            c = row.conversion[i]
            lines.append(
                tr("{passed} of the {entered} deals that entered {stage} moved on").format(
                    passed=format_int(c.passed), entered=format_int(c.entered), stage=c.stage.name
                )
            )
        elif kind == "days":
            d = row.days[i]
            lines.append(
                tr("Over {exits} deals that left {stage}").format(
                    exits=format_int(d.exits), stage=d.stage.name
                )
            )
        if gap:
            lines.append(tr("Biggest gap against the team"))
        if slow:
            lines.append(
                tr("{times} times as long as the team or more").format(
                    times=format_decimal(SLOW, 1)
                )
            )
        return "\n".join(lines) or None


class _FittedTable(DataTableView):
    """A coaching table as tall as its rows: the page scrolls, never the table."""

    def __init__(self, model: CoachingModel) -> None:
        super().__init__()
        self.setSortingEnabled(False)
        self.setModel(model)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setStretchLastSection(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit(self) -> None:
        self.fit_columns()
        self.setMaximumWidth(self.horizontalHeader().length() + 2 * self.frameWidth())
        self._fit_height()

    def _fit_height(self) -> None:
        header = self.horizontalHeader()
        # Room for the horizontal scroll bar only when the window is too narrow for the columns.
        narrow = header.length() > self.viewport().width() + 1
        scroll = self.horizontalScrollBar().sizeHint().height() if narrow else 0
        self.setFixedHeight(
            header.sizeHint().height()
            + self.verticalHeader().length()
            + 2 * self.frameWidth()
            + scroll
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()


class CoachingPage(QScrollArea):
    """The bottleneck sentences, then conversion and win rate, then days per stage."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 8, 8)
        intro = QLabel(
            tr(
                "Each rep's conversion per step, win rate and days per stage, beside "
                "the team's. Use it to find where a rep loses deals (the bottleneck) "
                "and coach on that step; it is not for judging people."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(mid);")
        layout.addWidget(intro)
        self.sentences = QLabel()
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.sentences)
        self.conversion_model = CoachingModel(self, frozenset({CONVERSION}))
        self.days_model = CoachingModel(self, frozenset({DAYS}))
        self.tables = []
        for title, model in (
            (tr("Conversion per step and win rate"), self.conversion_model),
            (tr("Average days in each stage"), self.days_model),
        ):
            heading = QLabel(f"<b>{title}</b>")
            heading.setContentsMargins(0, 8, 0, 0)
            layout.addWidget(heading)
            table = _FittedTable(model)
            layout.addWidget(table)
            self.tables.append(table)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.left_out.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.left_out)
        layout.addStretch(1)

    def show_report(self, report: KpiReport) -> None:
        rows, sentences, left_out = coaching_rows(report)
        for model, table in zip((self.conversion_model, self.days_model), self.tables, strict=True):
            model.set_rows(rows)
            table.fit()
        title = tr("Bottlenecks")
        if sentences:
            items = "".join(f"<li>{s}</li>" for s in sentences)
            self.sentences.setText(f"<b>{title}</b><ul style='margin-left:0'>{items}</ul>")
        else:
            self.sentences.setText(
                f"<b>{title}</b><br>"
                + tr("Not enough deals in this period to compare reps. Choose a longer period.")
            )
        self.left_out.setVisible(bool(left_out))
        self.left_out.setText(
            tr(
                "Left out, with fewer than {n} deals in the period there is nothing to say yet: "
                "{names}"
            ).format(n=MIN_DEALS, names=", ".join(left_out))
        )
