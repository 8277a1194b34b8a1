"""Plan from revenue target: the funnel a revenue target needs and a ramp per rep, previewed."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_int, format_money, format_month
from kpidesk.core.i18n import tr
from kpidesk.core.money import to_cents
from kpidesk.core.parsing import ParseError, parse_decimal
from kpidesk.core.periods import Period, PeriodKind
from kpidesk.core.planner import DEFAULT_STEP_PERCENT
from kpidesk.services.coaching.one_on_one import period_text
from kpidesk.services.errors import ServiceError
from kpidesk.services.kpis.planner import PlanPreview, kpi_name, plan_targets
from kpidesk.ui.context import AppContext
from kpidesk.ui.widgets.list_page import mute

Index = QModelIndex | QPersistentModelIndex
FIXED_COLUMNS = 3  # rep, KPI, last quarter; then one column per month


def plan_periods(today: date) -> list[Period]:
    """The periods offered: next quarter first, this quarter, the two after, next year."""
    this = Period.containing(today, PeriodKind.QUARTER)
    following = this.next()
    return [
        following,
        this,
        following.next(),
        following.next().next(),
        Period.containing(today, PeriodKind.YEAR).next(),
    ]


class PlanModel(QAbstractTableModel):
    """The preview's targets: a row per rep and KPI, a column per month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: PlanPreview | None = None

    def set_preview(self, preview: PlanPreview | None) -> None:
        self.beginResetModel()
        self.preview = preview if preview is not None and preview.ok else None
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return len(self.preview.ramps)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        months = len(self.preview.months) if self.preview is not None else 3
        return FIXED_COLUMNS + months

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return tr("Rep")
        if section == 1:
            return tr("KPI")
        if section == 2:
            return tr("Per month last quarter")
        if self.preview is not None and 0 <= section - FIXED_COLUMNS < len(self.preview.months):
            return format_month(self.preview.months[section - FIXED_COLUMNS])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        ramp = self.preview.ramps[index.row()]
        column = index.column()
        money = ramp.kpi == "new_revenue"

        def show(value: int | None) -> str:
            if value is None:
                return "–"
            return format_money(value) if money else format_int(value)

        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return ramp.name
            if column == 1:
                return kpi_name(ramp.kpi)
            if column == 2:
                return show(ramp.plan.base)
            return show(ramp.plan.values[column - FIXED_COLUMNS])
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return tr("Last quarter in all: {total}").format(total=show(ramp.last_quarter))
        if role == Qt.ItemDataRole.ToolTipRole and column >= FIXED_COLUMNS:
            if not ramp.plan.reachable:
                return tr("At this pace the targets reach {total} of the {need} needed.").format(
                    total=show(ramp.plan.counted), need=show(ramp.plan.need)
                )
            return tr("Needed over the period: {need}").format(need=show(ramp.plan.need))
        return None


class PlanDialog(QDialog):
    """Period and revenue in; the rates, what is needed and the ramp per rep out; Apply."""

    def __init__(self, ctx: AppContext, today: date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.today = today or date.today()
        self.preview: PlanPreview | None = None
        self.setWindowTitle(tr("Plan from revenue target"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Work back from a revenue target to the qualified leads, intakes, proposals and "
                "activity points it needs, at the team's own rates, and write them as targets "
                "per rep that start from last quarter and rise step by step."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)
        self.period = QComboBox()
        for period in plan_periods(self.today):
            self.period.addItem(period_text(period), period)
        form.addRow(tr("Period"), self.period)
        self.revenue = QLineEdit()
        self.revenue.setPlaceholderText(tr("for example 200.000"))
        form.addRow(tr("Revenue target (€)"), self.revenue)
        self.step = QSpinBox()
        self.step.setRange(1, 100)
        self.step.setValue(DEFAULT_STEP_PERCENT)
        self.step.setPrefix("+ ")
        self.step.setSuffix(" %")
        self.step.setToolTip(tr("The most a target rises from one month to the next."))
        form.addRow(tr("At most per month"), self.step)

        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sentence)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b9770e;")
        layout.addWidget(self.warning)
        self.rates = QLabel()
        self.rates.setWordWrap(True)
        mute(self.rates)
        layout.addWidget(self.rates)
        self.model = PlanModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 100)
        layout.addStretch(1)  # holds the space while there is no table to show

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(tr("Write targets"))
        self.apply_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.calculate)
        self.revenue.textChanged.connect(lambda _t: self._timer.start())
        self.period.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.step.valueChanged.connect(lambda _v: self._timer.start())
        self.calculate()
        self.resize(1000, 640)

    def chosen_period(self) -> Period:
        value = self.period.currentData()
        assert isinstance(value, Period)
        return value

    def calculate(self) -> None:
        """Plan for what is entered now; nothing is written."""
        self._timer.stop()
        self.preview = None
        text = self.revenue.text().strip()
        problem = ""
        if not text:
            problem = tr("Type the revenue target for the period, for example 200.000.")
        else:
            try:
                cents = to_cents(parse_decimal(text))
                self.preview = plan_targets(
                    self.ctx.db,
                    self.chosen_period(),
                    cents,
                    step_percent=self.step.value(),
                    today=self.today,
                )
            except ParseError:
                problem = tr("'{text}' is not an amount. Write it as 200.000 or 200,000.").format(
                    text=text
                )
            except ServiceError as exc:
                problem = str(exc)
        preview = self.preview
        self.sentence.setText(problem or (preview.sentence(warnings=False) if preview else ""))
        self.warning.setText(" ".join(preview.warnings()) if preview is not None else "")
        self.warning.setVisible(bool(self.warning.text()))
        self.rates.setText(
            "\n".join(preview.rates_lines()) if preview is not None and preview.needed else ""
        )
        self.rates.setVisible(bool(self.rates.text()))
        self.model.set_preview(preview)
        self.table.setVisible(preview is not None and preview.ok)
        self.apply_button.setEnabled(preview is not None and preview.ok)
