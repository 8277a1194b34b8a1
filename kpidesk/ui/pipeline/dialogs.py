"""Small dialogs of the board: closing as Won or Lost, and choosing a stage from the keyboard."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_int, format_money
from kpidesk.core.i18n import current_language, plural, tr
from kpidesk.core.money import from_cents, to_cents
from kpidesk.services.reference import StageInfo

MAX_EUROS = 999_999_999.99


def money_spin(parent: QWidget | None = None) -> QDoubleSpinBox:
    """A euro amount with cents, in the user's number format."""
    spin = QDoubleSpinBox(parent)
    spin.setLocale(
        QLocale(QLocale.Language.Dutch if current_language() == "nl" else QLocale.Language.English)
    )
    spin.setDecimals(2)
    spin.setRange(0, MAX_EUROS)
    spin.setPrefix("€ ")
    spin.setGroupSeparatorShown(True)
    spin.setSingleStep(100)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    return spin


def spin_cents(spin: QDoubleSpinBox) -> int:
    return to_cents(Decimal(f"{spin.value():.2f}"))


def set_spin_cents(spin: QDoubleSpinBox, cents: int) -> None:
    spin.setValue(float(from_cents(cents)))


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy" if current_language() == "nl" else "d MMM yyyy")
    return edit


@dataclass(frozen=True)
class WonAnswer:
    closed_date: date
    final_value_cents: int | None  # None: each deal keeps its value


class WonDialog(QDialog):
    """Asks for the close date (today by default) and, for one deal, the final value."""

    def __init__(
        self, titles: list[str], value_cents: int, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)  # room for the reason and note fields
        self.setWindowTitle(tr("Deal won"))
        layout = QVBoxLayout(self)
        if len(titles) == 1:
            intro = tr("Congratulations! {deal} is won.").format(deal=titles[0])
        else:
            intro = tr("{count} deals are won, together worth {value}.").format(
                count=len(titles), value=format_money(value_cents)
            )
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.closed = date_edit(today)
        self.closed.setMaximumDate(qdate(today))
        form.addRow(tr("Close date"), self.closed)
        self.value = money_spin()
        set_spin_cents(self.value, value_cents)
        if len(titles) == 1:
            form.addRow(tr("Final value"), self.value)
        layout.addLayout(form)
        self._single = len(titles) == 1
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Mark as won"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def answer(self) -> WonAnswer:
        return WonAnswer(
            pydate(self.closed.date()), spin_cents(self.value) if self._single else None
        )


class LostDialog(QDialog):
    """Asks why the deal was lost: a reason from the team's list plus an optional note."""

    def __init__(
        self, titles: list[str], reasons: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)  # room for the reason and note fields
        self.setWindowTitle(tr("Deal lost"))
        layout = QVBoxLayout(self)
        intro = (
            tr("Why was {deal} lost?").format(deal=titles[0])
            if len(titles) == 1
            else tr("Why were these {count} deals lost?").format(count=len(titles))
        )
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.addItem(tr("Choose a reason…"), "")
        for reason in reasons:
            self.reason.addItem(reason, reason)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Optional: what happened, in your own words"))
        form.addRow(tr("Reason"), self.reason)
        form.addRow(tr("Note"), self.note)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Mark as lost"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.currentIndexChanged.connect(self._check)
        self.note.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = bool(self.reason.currentData()) or bool(self.note.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def lost_reason(self) -> str:
        reason = str(self.reason.currentData() or "")
        note = " ".join(self.note.text().split())
        if reason and note:
            return f"{reason}: {note}"[:300]
        return (reason or note)[:300]


class StagePicker(QDialog):
    """'Move to stage…' from the keyboard: a list of stages, arrows and Enter."""

    def __init__(
        self,
        stages: list[StageInfo],
        current: int | None,
        count: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Move to stage"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                plural(count, tr("Move {count} deal to:"), tr("Move {count} deals to:")).format(
                    count=format_int(count)
                )
            )
        )
        self.list = QListWidget()
        for stage in stages:
            item = QListWidgetItem(stage.name)
            item.setData(Qt.ItemDataRole.UserRole, stage.id)
            if stage.id == current:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        rows = [
            i
            for i in range(self.list.count())
            if self.list.item(i).flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        if rows:
            after = [
                r
                for r in rows
                if current is not None
                and stages[r].position > next((s.position for s in stages if s.id == current), 0)
            ]
            self.list.setCurrentRow(after[0] if after else rows[0])
        self.list.itemActivated.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def stage_id(self) -> int | None:
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))
