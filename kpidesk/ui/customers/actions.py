"""The customer intents as undoable commands on the shared undo stack, and their small forms."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from kpidesk.core.i18n import current_language, tr, tr_noop
from kpidesk.services.common import Changes
from kpidesk.services.customers import records as service
from kpidesk.services.customers.records import CustomerEdit, CustomerRow
from kpidesk.services.reference import list_activity_types, list_team
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand, push, push_recorded

# Offered in the churn dialog in the user's language; the chosen text is stored as typed.
CHURN_REASONS = (
    tr_noop("Too expensive"),
    tr_noop("Chose a competitor"),
    tr_noop("No longer needed"),
    tr_noop("Went silent"),
    tr_noop("Company closed or merged"),
    tr_noop("Unhappy with service"),
)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy" if current_language() == "nl" else "d MMM yyyy")
    return edit


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    if ok is not None:
        ok.setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class ChurnDialog(QDialog):
    """Asks when the customer left and why."""

    def __init__(
        self, ctx: AppContext, customer: CustomerRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Mark {name} as churned").format(name=customer.organisation))
        form = QFormLayout(self)
        intro = QLabel(
            tr("The customer stops counting as active from this date. You can reactivate it later.")
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.day = _date_edit(date.today())
        self.day.setMinimumDate(_qdate(customer.customer_since))
        self.day.setMaximumDate(_qdate(date.today()))
        form.addRow(tr("Churned on"), self.day)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([tr(reason) for reason in CHURN_REASONS])
        self.reason.setCurrentIndex(-1)
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("Why did the customer leave?"))
        form.addRow(tr("Reason"), self.reason)
        form.addRow(_buttons(self, tr("Mark as churned")))
        self.setMinimumWidth(420)

    def values(self) -> tuple[date, str]:
        return _pydate(self.day.date()), self.reason.currentText()


class LogActivityDialog(QDialog):
    """A contact moment with the customer: type, rep, date and a note."""

    def __init__(
        self, ctx: AppContext, customer: CustomerRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Log activity with {name}").format(name=customer.organisation))
        form = QFormLayout(self)
        self.type = QComboBox()
        for kind in list_activity_types(ctx.db, include_inactive=False):
            self.type.addItem(
                tr("{name} ({points} pts)").format(name=kind.name, points=kind.points), kind.id
            )
        form.addRow(tr("Activity"), self.type)
        self.rep = QComboBox()
        for member in list_team(ctx.db, active_only=True):
            self.rep.addItem(member.name, member.id)
        self.rep.setCurrentIndex(max(self.rep.findData(customer.owner_id), 0))
        form.addRow(tr("Rep"), self.rep)
        self.day = _date_edit(date.today())
        form.addRow(tr("Date"), self.day)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("What was discussed, and what is the next step?"))
        self.note.setFixedHeight(90)
        form.addRow(tr("Note"), self.note)
        form.addRow(_buttons(self, tr("Log activity")))
        self.setMinimumWidth(440)

    def values(self) -> tuple[int, int | None, date, str]:
        return (
            int(self.type.currentData()),
            self.rep.currentData(),
            _pydate(self.day.date()),
            self.note.toPlainText().strip(),
        )


class EditCustomerDialog(QDialog):
    """The owner and the recurring yearly value."""

    def __init__(
        self, ctx: AppContext, customer: CustomerRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit {name}").format(name=customer.organisation))
        form = QFormLayout(self)
        self.owner = QComboBox()
        self.owner.addItem(tr("(nobody)"), None)
        for member in list_team(ctx.db):
            self.owner.addItem(member.name, member.id)
        self.owner.setCurrentIndex(max(self.owner.findData(customer.owner_id), 0))
        form.addRow(tr("Owner"), self.owner)
        self.value = QSpinBox()
        self.value.setRange(0, 2_000_000_000)
        self.value.setSingleStep(500)
        self.value.setPrefix("€ ")
        self.value.setGroupSeparatorShown(True)
        self.value.setValue(customer.recurring_value_cents // 100)
        form.addRow(tr("Yearly value"), self.value)
        form.addRow(_buttons(self, tr("Save")))

    def values(self) -> tuple[int | None, int]:
        return self.owner.currentData(), self.value.value() * 100


# Commands ------------------------------------------------------------------------------------


def churn(
    ctx: AppContext, parent: QWidget | None, customer: CustomerRow, day: date, reason: str
) -> bool:
    return push_recorded(
        ctx,
        parent,
        tr("Mark {name} as churned").format(name=customer.organisation),
        lambda: service.mark_churned(ctx.db, customer.id, day, reason),
        lambda change: service.restore_churn(ctx.db, change),
    )


def reactivate(ctx: AppContext, parent: QWidget | None, customer: CustomerRow) -> bool:
    return push_recorded(
        ctx,
        parent,
        tr("Reactivate {name}").format(name=customer.organisation),
        lambda: service.reactivate(ctx.db, customer.id),
        lambda change: service.restore_churn(ctx.db, change),
    )


def log_activity(
    ctx: AppContext,
    parent: QWidget | None,
    customer: CustomerRow,
    type_id: int,
    rep_id: int | None,
    day: date,
    note: str,
) -> bool:
    return push_recorded(
        ctx,
        parent,
        tr("Log activity with {name}").format(name=customer.organisation),
        lambda: service.log_customer_activity(
            ctx.db, customer.id, type_id, rep_id, day, note or None
        ),
        lambda logged: service.undo_customer_activity(ctx.db, logged),
    )


def edit(
    ctx: AppContext,
    parent: QWidget | None,
    customer: CustomerRow,
    owner_id: int | None,
    value_cents: int,
) -> bool:
    def undo(previous: CustomerEdit) -> Changes:
        return service.update_customer(
            ctx.db,
            customer.id,
            owner_id=previous.previous_owner_id,
            recurring_value_cents=previous.previous_value_cents,
        ).changes

    return push_recorded(
        ctx,
        parent,
        tr("Edit {name}").format(name=customer.organisation),
        lambda: service.update_customer(
            ctx.db, customer.id, owner_id=owner_id, recurring_value_cents=value_cents
        ),
        undo,
    )


def delete(ctx: AppContext, parent: QWidget | None, customer: CustomerRow) -> bool:
    return push(
        ctx,
        parent,
        ServiceCommand(
            ctx,
            tr("Delete {name}").format(name=customer.organisation),
            lambda: service.delete_customer(ctx.db, customer.id),
            lambda: service.restore_customer(ctx.db, customer.id),
        ),
    )


def ask_churn(ctx: AppContext, parent: QWidget | None, customer: CustomerRow) -> bool:
    dialog = ChurnDialog(ctx, customer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return churn(ctx, parent, customer, *dialog.values())


def ask_log_activity(ctx: AppContext, parent: QWidget | None, customer: CustomerRow) -> bool:
    dialog = LogActivityDialog(ctx, customer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return log_activity(ctx, parent, customer, *dialog.values())


def ask_edit(ctx: AppContext, parent: QWidget | None, customer: CustomerRow) -> bool:
    dialog = EditCustomerDialog(ctx, customer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return edit(ctx, parent, customer, *dialog.values())
