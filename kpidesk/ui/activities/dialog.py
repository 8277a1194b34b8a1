"""The form for changing one logged activity."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from kpidesk.core.formatting import qt_date_format
from kpidesk.core.i18n import tr
from kpidesk.services.activities.records import ActivityDetail, ActivityInput
from kpidesk.services.link_search import LINK_CUSTOMER, LINK_DEAL, LINK_LEAD, search_links
from kpidesk.services.reference import ActivityTypeInfo, TeamMemberInfo
from kpidesk.ui.activities.link_field import LinkField
from kpidesk.ui.activities.quick_log import points_text
from kpidesk.ui.context import AppContext


class ActivityDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        detail: ActivityDetail,
        types: list[ActivityTypeInfo],
        team: list[TeamMemberInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Edit activity"))
        self._detail = detail
        values = detail.values
        form = QFormLayout(self)
        self.type = QComboBox()
        for t in types:
            if t.active or t.id == values.type_id:
                self.type.addItem(f"{t.name} ({points_text(t.points)})", t.id)
        self.type.setCurrentIndex(max(self.type.findData(values.type_id), 0))
        self.rep = QComboBox()
        self.rep.addItem(tr("No rep"), None)
        for member in team:
            if member.active or member.id == values.rep_id:
                self.rep.addItem(member.name, member.id)
        self.rep.setCurrentIndex(max(self.rep.findData(values.rep_id), 0))
        self.day = QDateEdit(QDate(values.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(qt_date_format())
        self.has_time = QCheckBox(tr("at"))
        self.time = QTimeEdit(QTime(values.at) if values.at else QTime(9, 0))
        self.time.setDisplayFormat("HH:mm")
        self.has_time.setChecked(values.at is not None)
        self.time.setEnabled(values.at is not None)
        self.has_time.toggled.connect(self.time.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.day, 1)
        when.addWidget(self.has_time)
        when.addWidget(self.time)
        self.link = LinkField(lambda text: search_links(ctx.db, text))
        self.link.setText(detail.link_label)
        self._link_touched = False
        self.link.link_changed.connect(self._on_link)
        self.link.textEdited.connect(lambda _t: self._on_link(None))
        self.note = QLineEdit(values.note or "")
        self.state = QComboBox()
        self.state.addItem(tr("Done: it happened on this date"), True)
        self.state.addItem(tr("Planned: due on this date"), False)
        self.state.setCurrentIndex(0 if values.done else 1)
        self.state.setToolTip(
            tr("Only done activities earn points. A done activity cannot lie after today.")
        )
        form.addRow(tr("Activity"), self.type)
        form.addRow(tr("Rep"), self.rep)
        form.addRow(tr("Status"), self.state)
        form.addRow(tr("Date"), when)
        form.addRow(tr("About"), self.link)
        form.addRow(tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def _on_link(self, _hit: object) -> None:
        self._link_touched = True

    def values(self) -> ActivityInput:
        """The form's values; an untouched link stays as it was."""
        old = self._detail.values
        result = replace(
            old,
            type_id=int(self.type.currentData()),
            rep_id=self.rep.currentData(),
            day=self.day.date().toPython(),  # type: ignore[arg-type]
            at=self.time.time().toPython() if self.has_time.isChecked() else None,  # type: ignore[arg-type]
            note=self.note.text().strip() or None,
            done=bool(self.state.currentData()),
        )
        if self._link_touched:
            hit = self.link.link
            result = replace(
                result,
                lead_id=hit.id if hit and hit.kind == LINK_LEAD else None,
                deal_id=hit.id if hit and hit.kind == LINK_DEAL else None,
                customer_id=hit.id if hit and hit.kind == LINK_CUSTOMER else None,
                organisation_id=None if hit else old.organisation_id,
            )
        return result
