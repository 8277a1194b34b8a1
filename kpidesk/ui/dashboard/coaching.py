"""Coaching: where each rep's deals stop, over mature deals, and the bottleneck with its cause.

The tab reads :mod:`kpidesk.services.coaching.analysis` on a worker thread, over its own
window (the last full quarter by default, whatever month the dashboard shows): a month just
begun has no deals that have had time to move on.  Reps are listed by name, never ranked; a step
with too few deals says so; a bottleneck is named only when it is beyond chance, with its counts
and the causes that stand out, each opening the deals behind it.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date, format_int
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.periods import Period, add_months
from kpidesk.services.coaching.analysis import (
    CoachingReport,
    RepCoaching,
    StepCount,
    default_window,
    explain_method,
)
from kpidesk.ui.widgets.table_view import DataTableView

AnyIndex = QModelIndex | QPersistentModelIndex
GAP_COLOR = QColor("#e15759")
MUTED = QColor("#8a8f98")

# The windows the tab offers: (key, label, full quarters back).
WINDOWS = (
    ("quarter", tr_noop("Last full quarter"), 1),
    ("half", tr_noop("Last two full quarters"), 2),
    ("year", tr_noop("Last four full quarters"), 4),
)


def window_for(key: str, today: date) -> Period:
    """The chosen window: the last one, two or four full quarters before *today*."""
    last = default_window(today)
    quarters = next((n for k, _label, n in WINDOWS if k == key), 1)
    if quarters == 1:
        return last
    return Period(add_months(last.start, -3 * (quarters - 1)), last.end)


def _cell(count: StepCount, enough: bool) -> str:
    if not enough:
        return tr("too few ({count})").format(count=format_int(count.mature))
    return count.counts_text()


class CoachingModel(QAbstractTableModel):
    """Rows: the team, then the reps by name. Columns: the steps, each "passed of mature (%)"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: CoachingReport | None = None

    def set_report(self, report: CoachingReport) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.report is None:
            return 0
        return 1 + len(self.report.reps)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.report is None:
            return 0
        return 1 + len(self.report.steps)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.report is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return tr("Rep")
            return self.report.steps[section - 1].name.replace(" → ", " →\n")
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            step = self.report.steps[section - 1]
            return tr(
                "{step}: deals that entered the step in the window and moved on, of those that "
                "moved on, closed or waited longer than {days} days (the team's usual time)."
            ).format(step=step.name, days=format_int(step.usual_days))
        return None

    def _row(self, row: int) -> RepCoaching | None:
        assert self.report is not None
        return None if row == 0 else self.report.reps[row - 1]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.report is None or not index.isValid():
            return None
        rep = self._row(index.row())
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = Qt.AlignmentFlag.AlignLeft if col == 0 else Qt.AlignmentFlag.AlignRight
            return int((align | Qt.AlignmentFlag.AlignVCenter).value)
        if role == Qt.ItemDataRole.FontRole and rep is None:
            font = QFont()
            font.setBold(True)
            return font
        if col == 0:
            return (
                (tr("Team") if rep is None else rep.name)
                if role == Qt.ItemDataRole.DisplayRole
                else None
            )
        if rep is None:
            count = self.report.team[col - 1]
            if role == Qt.ItemDataRole.DisplayRole:
                return count.counts_text() if count.mature else "–"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(count, None)
            return None
        verdict = rep.steps[col - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                _cell(verdict.rep, verdict.enough)
                if verdict.rep.mature or verdict.rep.in_progress
                else "–"
            )
        if role == Qt.ItemDataRole.ForegroundRole:
            if verdict.bottleneck:
                return QBrush(GAP_COLOR)
            if not verdict.enough:
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(verdict.rep, verdict.rest)
        return None

    def _tooltip(self, count: StepCount, rest: StepCount | None) -> str:
        lines = [
            tr("{passed} moved on, {stopped} stopped, {progress} still in progress").format(
                passed=format_int(count.passed),
                stopped=format_int(count.stopped),
                progress=format_int(count.in_progress),
            )
        ]
        if rest is not None and rest.mature:
            lines.append(tr("The rest of the team: {counts}").format(counts=rest.counts_text()))
        return "\n".join(lines)


class _FittedTable(DataTableView):
    """The coaching table as tall as its rows: the page scrolls, never the table."""

    def __init__(self, model: CoachingModel) -> None:
        super().__init__()
        self.setSortingEnabled(False)  # reps by name: an insight KPI never ranks people
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


def bottleneck_html(report: CoachingReport) -> str:
    """Each rep's sentence, with the causes as links to their deals ("deals:rep:cause")."""
    items = []
    for rep in report.reps:
        text = escape(rep.sentence)
        if rep.bottleneck is not None:
            count = len(rep.stopped_deal_ids)
            text = (
                f"<b>{text}</b> &nbsp;<a href='deals:{rep.rep_id}:-1'>"
                + escape(tr("show the {count} deals that stopped").format(count=count))
                + "</a>"
            )
            if rep.causes:
                causes = "".join(
                    f"<li>{escape(c.sentence)} &nbsp;<a href='deals:{rep.rep_id}:{i}'>"
                    + escape(tr("show the {count} deals").format(count=len(c.deal_ids)))
                    + "</a></li>"
                    for i, c in enumerate(rep.causes)
                )
                text += f"<ul>{causes}</ul>"
            else:
                text += "<br>" + escape(
                    tr(
                        "Nothing in these deals stands out beyond chance (type of customer, "
                        "process, lost reasons, deal size): talk them through together."
                    )
                )
        items.append(f"<li>{text}</li>")
    return "<ul style='margin-left:0'>" + "".join(items) + "</ul>"


class CoachingPage(QScrollArea):
    """The window, the bottleneck sentences with their causes, and conversion per step."""

    window_changed = Signal()
    minimum_changed = Signal(int, int)  # new, previous
    deals_requested = Signal(str, object)  # title, deal ids

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 8, 8)
        top = QHBoxLayout()
        self.window_box = QComboBox()
        for key, label, _quarters in WINDOWS:
            self.window_box.addItem(tr(label), key)
        self.window_label = QLabel()
        self.window_label.setWordWrap(True)
        self.minimum = QSpinBox()
        self.minimum.setRange(1, 1000)
        self.minimum.setPrefix(tr("at least "))
        self.minimum.setSuffix(tr(" deals per step"))
        self.minimum.setToolTip(
            tr("Below this number of deals a rep's step says 'too few deals to say'.")
        )
        self.minimum.setKeyboardTracking(False)
        top.addWidget(self.window_box)
        top.addWidget(self.window_label, 1)
        top.addWidget(self.minimum)
        layout.addLayout(top)
        intro = QLabel(
            tr(
                "Where each rep's deals stop, beside the rest of the team: to find the bottleneck "
                "and coach on that step together. It is not for judging people."
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet("color: palette(mid);")
        layout.addWidget(intro)
        self.sentences = QLabel()
        self.sentences.setWordWrap(True)
        self.sentences.setTextFormat(Qt.TextFormat.RichText)
        self.sentences.linkActivated.connect(self._open_link)
        layout.addWidget(self.sentences)
        # Sections the dashboard adds after the bottlenecks (the one-on-one of a rep).
        self.panels = QVBoxLayout()
        self.panels.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.panels)
        heading = QLabel("<b>" + escape(tr("Conversion per step")) + "</b>")
        heading.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading)
        self.model = CoachingModel(self)
        self.table = _FittedTable(self.model)
        layout.addWidget(self.table)
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setStyleSheet("color: palette(mid);")
        layout.addWidget(self.method)
        layout.addStretch(1)
        self.report: CoachingReport | None = None
        self.window_box.currentIndexChanged.connect(lambda _i: self.window_changed.emit())
        self.minimum.valueChanged.connect(self._minimum_edited)

    def add_panel(self, widget: QWidget) -> None:
        """Show *widget* after the bottleneck sentences (before conversion per step)."""
        self.panels.addWidget(widget)

    def _minimum_edited(self, value: int) -> None:
        if self.report is not None and value != self.report.min_deals:
            self.minimum_changed.emit(value, self.report.min_deals)

    def window(self, today: date) -> Period:
        return window_for(self.window_box.currentData() or "quarter", today)

    def show_coaching(self, report: CoachingReport) -> None:
        self.report = report
        self.window_label.setText(
            tr("Deals that entered a step from {start} to {end}, looked at on {today}").format(
                start=format_date(report.window.start),
                end=format_date(report.window.end),
                today=format_date(report.today),
            )
        )
        self.minimum.blockSignals(True)
        self.minimum.setValue(report.min_deals)
        self.minimum.blockSignals(False)
        self.model.set_report(report)
        self.table.fit()
        title = escape(tr("Bottlenecks"))
        if report.reps:
            self.sentences.setText(f"<b>{title}</b>{bottleneck_html(report)}")
        else:
            self.sentences.setText(
                f"<b>{title}</b><br>" + escape(tr("No active reps to coach yet."))
            )
        self.method.setText(explain_method())

    def _open_link(self, link: str) -> None:
        if self.report is None or not link.startswith("deals:"):
            return
        _kind, rep_text, index_text = link.split(":")
        rep = next((r for r in self.report.reps if str(r.rep_id) == rep_text), None)
        if rep is None:
            return
        index = int(index_text)
        if index < 0:
            self.deals_requested.emit(rep.sentence, list(rep.stopped_deal_ids))
        elif index < len(rep.causes):
            cause = rep.causes[index]
            self.deals_requested.emit(cause.sentence, list(cause.deal_ids))
