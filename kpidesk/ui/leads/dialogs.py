"""Dialogs of the leads view: the lead form, duplicates, disqualify and convert to deal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.i18n import current_language, tr, tr_noop
from kpidesk.services.leads.records import DuplicateLead, LeadInput
from kpidesk.services.reference import TeamMemberInfo
from kpidesk.ui.leads.model import status_text

DATE_FORMAT = {"nl": "dd-MM-yyyy", "en": "d MMM yyyy"}


def date_edit(day: date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT.get(current_language(), "d MMM yyyy"))
    return edit


def to_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def _text(edit: QLineEdit) -> str | None:
    return edit.text().strip() or None


class LeadDialog(QDialog):
    """The lead form for New and Edit."""

    def __init__(
        self,
        team: list[TeamMemberInfo],
        sources: list[str],
        data: LeadInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit lead") if data else tr("New lead"))
        self.setMinimumWidth(460)
        data = data or LeadInput("", created=date.today())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.company = QLineEdit(data.company)
        self.company.setPlaceholderText(tr("Required"))
        self.contact = QLineEdit(data.contact_name or "")
        self.email = QLineEdit(data.email or "")
        self.phone = QLineEdit(data.phone or "")
        self.city = QLineEdit(data.city or "")
        self.region = QLineEdit(data.region or "")
        self.region.setPlaceholderText(tr("For example Utrecht or Noord-Brabant"))
        self.industry = QLineEdit(data.industry or "")
        self.employees = QSpinBox()
        self.employees.setRange(0, 1_000_000)
        self.employees.setSpecialValueText(tr("unknown"))
        self.employees.setValue(data.employees or 0)
        self.revenue = QSpinBox()
        self.revenue.setRange(0, 100_000_000)
        self.revenue.setSingleStep(100)
        self.revenue.setSuffix(tr(" thousand €"))
        self.revenue.setSpecialValueText(tr("unknown"))
        self.revenue.setValue((data.yearly_revenue_cents or 0) // 100_000)
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(sources)
        self.source.setCurrentText(data.source or "")
        self.owner = QComboBox()
        self.owner.addItem(tr("Nobody yet"), None)
        for member in team:
            if member.active or member.id == data.owner_id:
                self.owner.addItem(member.name, member.id)
        self.owner.setCurrentIndex(max(self.owner.findData(data.owner_id), 0))
        self.created = date_edit(data.created or date.today())
        self.notes = QPlainTextEdit(data.notes or "")
        self.notes.setFixedHeight(70)
        for label, widget in (
            (tr("Company"), self.company),
            (tr("Contact"), self.contact),
            (tr("E-mail"), self.email),
            (tr("Phone"), self.phone),
            (tr("City"), self.city),
            (tr("Region"), self.region),
            (tr("Industry"), self.industry),
            (tr("Employees"), self.employees),
            (tr("Yearly revenue"), self.revenue),
            (tr("Source"), self.source),
            (tr("Owner"), self.owner),
            (tr("Created"), self.created),
            (tr("Notes"), self.notes),
        ):
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.company.text().strip():
            QMessageBox.warning(self, tr("Not possible"), tr("A lead needs a company name."))
            self.company.setFocus()
            return
        self.accept()

    def value(self) -> LeadInput:
        return LeadInput(
            company=self.company.text().strip(),
            contact_name=_text(self.contact),
            email=_text(self.email),
            phone=_text(self.phone),
            city=_text(self.city),
            industry=_text(self.industry),
            employees=self.employees.value() or None,
            region=_text(self.region),
            yearly_revenue_cents=(self.revenue.value() * 100_000) or None,
            source=self.source.currentText().strip() or None,
            owner_id=self.owner.currentData(),
            created=to_date(self.created),
            notes=self.notes.toPlainText().strip() or None,
        )


class DuplicateDialog(QMessageBox):
    """Warn about look-alike leads; the user opens the existing one, adds anyway or cancels."""

    def __init__(self, duplicates: list[DuplicateLead], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(tr("Possible duplicate"))
        first = duplicates[0]
        self.setText(tr("There is already a lead for {company}.").format(company=first.company))
        lines = []
        for dup in duplicates[:5]:
            why = []
            if dup.same_organisation:
                why.append(tr("same organisation"))
            if dup.same_email:
                why.append(tr("same e-mail"))
            who = ", ".join(x for x in (dup.contact, dup.email, dup.owner) if x)
            lines.append(
                f"• {dup.company} ({status_text(dup.status)}; {' + '.join(why)})"
                + (f" – {who}" if who else "")
            )
        self.setInformativeText(
            "\n".join(lines) + "\n\n" + tr("Open the existing lead, or add this one anyway?")
        )
        self.open_button = self.addButton(
            tr("Open existing lead"), QMessageBox.ButtonRole.AcceptRole
        )
        self.add_button = self.addButton(tr("Add anyway"), QMessageBox.ButtonRole.DestructiveRole)
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.open_button)
        self.duplicates = duplicates


class DisqualifyDialog(QDialog):
    """Ask the reason for disqualifying: common reasons to pick from, or typed."""

    REASONS = (
        tr_noop("No budget"),
        tr_noop("Too small"),
        tr_noop("Outside our region"),
        tr_noop("No decision maker"),
        tr_noop("No concrete need"),
        tr_noop("Chose a competitor"),
        tr_noop("Not reachable"),
    )

    def __init__(self, company: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(420)  # room for the reason and note fields
        self.setWindowTitle(tr("Disqualify lead"))
        layout = QVBoxLayout(self)
        label = QLabel(
            tr("Why does {company} not fit? The reason helps you see where leads drop out.").format(
                company=company
            )
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems([tr(r) for r in self.REASONS])
        self.reason.setCurrentText("")
        self.reason.lineEdit().setPlaceholderText(tr("Choose or type a reason"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = QPushButton(tr("Disqualify"))
        self.buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.currentTextChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(False)

    def value(self) -> str:
        return self.reason.currentText().strip()


class ConvertDialog(QDialog):
    """Confirm the deal a lead becomes: title, value and first-contact date."""

    def __init__(
        self, company: str, first_contact: date, stage: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Convert to deal"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("The deal starts in the stage {stage}, owned by the lead's owner.").format(
                stage=stage
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.title = QLineEdit(company)
        self.value_edit = QSpinBox()
        self.value_edit.setRange(0, 100_000_000)
        self.value_edit.setSingleStep(1000)
        self.value_edit.setPrefix("€ ")
        self.first_contact = date_edit(first_contact)
        self.first_contact.setMaximumDate(QDate.currentDate())
        form.addRow(tr("Deal"), self.title)
        form.addRow(tr("Expected value"), self.value_edit)
        form.addRow(tr("First contact"), self.first_contact)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = QPushButton(tr("Create deal"))
        ok.setDefault(True)
        buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> tuple[str, int, date]:
        return (
            self.title.text().strip(),
            self.value_edit.value() * 100,
            to_date(self.first_contact),
        )
