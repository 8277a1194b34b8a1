"""The ramp dialog: targets that start realistic and are raised step by step, with a preview."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_month
from kpidesk.core.i18n import current_language, tr, tr_noop
from kpidesk.core.kpi import Ramp, ramp_months
from kpidesk.core.periods import add_months
from kpidesk.ui.settings.target_model import MAX_COUNT, format_target

EVERY = ((1, tr_noop("per month")), (3, tr_noop("per quarter")), (6, tr_noop("per half year")))
EVERY_REP = -1  # the scope choice that writes the same ramp for each active rep


def _locale() -> QLocale:
    return QLocale(
        QLocale.Language.Dutch if current_language() == "nl" else QLocale.Language.English
    )


class RampDialog(QDialog):
    """Start value, raise per step and a maximum, for one scope; previews the months live."""

    def __init__(
        self,
        kpi: str,
        kpi_name: str,
        money: bool,
        reps: list[tuple[int, str]],
        first_month: date,
        scope: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kpi = kpi
        self.money = money
        self.setWindowTitle(tr("Ramp for {kpi}").format(kpi=kpi_name))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Start at a target the team can reach today and raise it step by step: a "
                "realistic start that grows keeps people going, a target out of reach does not."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        layout.addLayout(form)

        self.scope = QComboBox()
        self.scope.addItem(tr("The team (its own target)"), None)
        self.scope.addItem(tr("Every rep, each the same"), EVERY_REP)
        for rep_id, name in reps:
            self.scope.addItem(name, rep_id)
        self.scope.setCurrentIndex(max(self.scope.findData(scope), 0))
        form.addRow(tr("For"), self.scope)

        self.first = QComboBox()
        for i in range(12):
            month = add_months(first_month, i)
            self.first.addItem(format_month(month), month)
        form.addRow(tr("From"), self.first)
        self.months = QSpinBox()
        self.months.setRange(1, 60)
        self.months.setValue(12)
        self.months.setSuffix(" " + tr("months"))
        form.addRow(tr("Duration"), self.months)

        self.start = self._amount_spin()
        self.start.setValue(20 if not money else 10_000)
        form.addRow(tr("Start at"), self.start)

        step_row = QHBoxLayout()
        self.step = QDoubleSpinBox()
        self.step.setLocale(_locale())
        self.step.setRange(0, 100)
        self.step.setDecimals(1)
        self.step.setValue(10)
        self.step.setPrefix("+ ")
        self.step.setSuffix(" %")
        self.every = QComboBox()
        for months, text in EVERY:
            self.every.addItem(tr(text), months)
        self.every.setCurrentIndex(1)
        step_row.addWidget(self.step)
        step_row.addWidget(self.every, 1)
        form.addRow(tr("Raise by"), step_row)

        cap_row = QHBoxLayout()
        self.use_cap = QCheckBox(tr("At most"))
        self.use_cap.setChecked(True)
        self.cap = self._amount_spin()
        self.cap.setValue(40 if not money else 20_000)
        cap_row.addWidget(self.use_cap)
        cap_row.addWidget(self.cap, 1)
        form.addRow(tr("Maximum"), cap_row)

        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setMinimumHeight(self.fontMetrics().height() * 5)
        form.addRow(tr("Preview"), self.preview)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Write targets"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        for spin in (self.start, self.cap, self.months):
            spin.valueChanged.connect(self.update_preview)
        self.step.valueChanged.connect(self.update_preview)
        self.every.currentIndexChanged.connect(self.update_preview)
        self.first.currentIndexChanged.connect(self.update_preview)
        self.use_cap.toggled.connect(self.cap.setEnabled)
        self.use_cap.toggled.connect(self.update_preview)
        self.update_preview()
        self.resize(520, self.sizeHint().height())

    def _amount_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setLocale(_locale())
        spin.setGroupSeparatorShown(True)
        if self.money:
            spin.setPrefix("€ ")
            spin.setRange(0, 999_999_999)
            spin.setSingleStep(1000)
        else:
            spin.setRange(0, MAX_COUNT)
        return spin

    # values ---------------------------------------------------------------------------------
    def _stored(self, spin: QSpinBox) -> int:
        return spin.value() * 100 if self.money else spin.value()

    def ramp(self) -> Ramp:
        """The ramp as entered; money in cents."""
        return Ramp(
            self._stored(self.start),
            self.step.value(),
            int(self.every.currentData()),
            self._stored(self.cap) if self.use_cap.isChecked() else None,
        )

    def first_month(self) -> date:
        value = self.first.currentData()
        assert isinstance(value, date)
        return value

    def month_count(self) -> int:
        return self.months.value()

    def scope_value(self) -> int | None:
        """A rep id, None for the team, or :data:`EVERY_REP`."""
        value = self.scope.currentData()
        return None if value is None else int(value)

    def problem_text(self) -> str:
        ramp = self.ramp()
        if ramp.cap is not None and ramp.cap < ramp.start:
            return tr("The maximum must be at least the starting value.")
        return ""

    def preview_values(self) -> list[tuple[date, int]]:
        return ramp_months(self.ramp(), self.first_month(), self.month_count())

    def update_preview(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
        # An HTML table: months on top, values below, six months a row, like the grid.
        values = self.preview_values()
        rows = []
        for i in range(0, len(values), 6):
            chunk = values[i : i + 6]
            style = "color:gray; padding:0 8px; white-space:nowrap"
            heads = "".join(
                f"<td align='right' style='{style}'>{format_month(m)}</td>" for m, _v in chunk
            )
            cells = "".join(
                f"<td align='right' style='padding:0 8px 6px 8px'><b>"
                f"{format_target(self.kpi, v)}</b></td>"
                for _m, v in chunk
            )
            rows.append(f"<tr>{heads}</tr><tr>{cells}</tr>")
        self.preview.setText(f"<table cellspacing='0'>{''.join(rows)}</table>")
