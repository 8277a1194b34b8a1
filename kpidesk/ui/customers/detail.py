"""The customer detail: key facts, the actions and a timeline of activities and deals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date, format_int, format_money
from kpidesk.core.i18n import plural, tr
from kpidesk.core.relationship import STATUS_CHURNED
from kpidesk.services.common import ACTIVITIES, CUSTOMERS, DEALS, Changes
from kpidesk.services.customers.detail import CustomerDetail, customer_detail
from kpidesk.services.errors import ServiceError
from kpidesk.ui.activities.mark_done import Planned, mark_done, next_steps_text
from kpidesk.ui.context import AppContext
from kpidesk.ui.customers import actions
from kpidesk.ui.customers.models import (
    STATUS_TEXT,
    TimelineDelegate,
    TimelineModel,
    length_text,
    status_colour,
)
from kpidesk.ui.widgets.list_page import mute


class CustomerDetailDialog(QDialog):
    """Non-modal: stays open while the user works, and follows changes made elsewhere."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.detail: CustomerDetail | None = None
        self.setMinimumSize(640, 640)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)

        top = QHBoxLayout()
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        layout.addLayout(top)
        self.subtitle = QLabel()
        mute(self.subtitle)
        layout.addWidget(self.subtitle)

        facts = QFrame()
        facts.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(facts)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(2)
        self.fact_values: dict[str, QLabel] = {}
        names = [
            ("since", tr("Customer since")),
            ("length", tr("Relationship")),
            ("value", tr("Yearly value")),
            ("owner", tr("Owner")),
            ("contact", tr("Last contact")),
            ("won", tr("Won in total")),
            ("upsells", tr("Upsells")),
            ("open", tr("Open deals")),
        ]
        for i, (key, caption) in enumerate(names):
            label = QLabel(caption)
            mute(label)
            value = QLabel()
            bold = QFont(value.font())
            bold.setBold(True)
            bold.setPointSizeF(bold.pointSizeF() * 1.1)
            value.setFont(bold)
            grid.addWidget(label, (i // 4) * 3, i % 4)
            grid.addWidget(value, (i // 4) * 3 + 1, i % 4)
            self.fact_values[key] = value
        grid.setRowMinimumHeight(2, 10)  # air between the two rows of facts
        layout.addWidget(facts)
        self.churn_note = QLabel()
        self.churn_note.setWordWrap(True)
        layout.addWidget(self.churn_note)

        buttons = QHBoxLayout()
        self.log_button = QPushButton(tr("Log activity…"))
        self.churn_button = QPushButton(tr("Mark as churned…"))
        self.reactivate_button = QPushButton(tr("Reactivate"))
        self.edit_button = QPushButton(tr("Edit…"))
        for button in (
            self.log_button,
            self.churn_button,
            self.reactivate_button,
            self.edit_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        steps = QHBoxLayout()
        self.next_steps = QLabel()
        self.next_steps.setWordWrap(True)
        self.next_steps.setTextFormat(Qt.TextFormat.PlainText)
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.setToolTip(tr("Mark the first planned step done. Undo with Ctrl+Z."))
        self.done_button.clicked.connect(self._mark_done)
        steps.addWidget(self.next_steps, 1)
        steps.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(steps)

        caption = QLabel(tr("Timeline"))
        bold = QFont(caption.font())
        bold.setBold(True)
        caption.setFont(bold)
        layout.addWidget(caption)
        self.timeline_model = TimelineModel(self)
        self.timeline = QListView()
        self.timeline.setModel(self.timeline_model)
        self.timeline.setItemDelegate(TimelineDelegate(self.timeline))
        self.timeline.setUniformItemSizes(True)
        self.timeline.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        layout.addWidget(self.timeline, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)

        self.log_button.clicked.connect(self._log)
        self.churn_button.clicked.connect(self._churn)
        self.reactivate_button.clicked.connect(self._reactivate)
        self.edit_button.clicked.connect(self._edit)
        ctx.bus.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        try:
            detail = customer_detail(self.ctx.db, self.customer_id)
        except ServiceError:
            self.close()  # deleted elsewhere (or undone): nothing left to show
            return
        self.detail = detail
        row = detail.customer
        self.setWindowTitle(row.organisation)
        self.title.setText(row.organisation)
        where = [v for v in (detail.industry, detail.city, detail.region) if v]
        if detail.employees:
            where.append(
                plural(detail.employees, tr("{count} employee"), tr("{count} employees")).format(
                    count=format_int(detail.employees)
                )
            )
        self.subtitle.setText(" · ".join(where))
        colour = status_colour(row.status)
        self.status.setText(tr(STATUS_TEXT[row.status]))
        self.status.setStyleSheet(
            f"QLabel {{ color: {colour.name()}; border: 1px solid {colour.name()};"
            " border-radius: 10px; padding: 2px 12px; font-weight: 600; }"
        )
        contact = format_date(row.last_contact) or tr("never")
        if row.days_since_contact is not None:
            contact = (
                tr("{date} (today)")
                if row.days_since_contact == 0
                else plural(
                    row.days_since_contact,
                    tr("{date} ({days} day ago)"),
                    tr("{date} ({days} days ago)"),
                )
            ).format(date=contact, days=format_int(row.days_since_contact))
        values = {
            "since": format_date(row.customer_since),
            "length": length_text(row.customer_since, row.churned_at),
            "value": format_money(row.recurring_value_cents),
            "owner": row.owner or "–",
            "contact": contact,
            "won": format_money(detail.won_value_cents),
            "upsells": format_int(detail.upsells),
            "open": tr("{count} · {value}").format(
                count=format_int(detail.open_deals), value=format_money(detail.open_value_cents)
            ),
        }
        for key, text in values.items():
            self.fact_values[key].setText(text)
        churned = row.status == STATUS_CHURNED
        self.churn_note.setVisible(churned)
        if churned and row.churned_at is not None:
            self.churn_note.setText(
                tr("Churned on {date}: {reason}").format(
                    date=format_date(row.churned_at),
                    reason=row.churn_reason or tr("no reason given"),
                )
            )
        self.churn_button.setVisible(row.churned_at is None)
        self.reactivate_button.setVisible(row.churned_at is not None)
        self.timeline_model.set_entries(detail.timeline)
        self.next_steps.setText(next_steps_text(detail.planned, date.today()))
        self.done_button.setVisible(bool(detail.planned))

    def _mark_done(self) -> None:
        if self.detail is not None and self.detail.planned:
            step = self.detail.planned[0]
            mark_done(self.ctx, self, [Planned(step.id, step.day, step.type_name)])

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(CUSTOMERS, ACTIVITIES, DEALS):
            self.refresh()

    def _log(self) -> None:
        if self.detail is not None:
            actions.ask_log_activity(self.ctx, self, self.detail.customer)

    def _churn(self) -> None:
        if self.detail is not None:
            actions.ask_churn(self.ctx, self, self.detail.customer)

    def _reactivate(self) -> None:
        if self.detail is not None:
            actions.reactivate(self.ctx, self, self.detail.customer)

    def _edit(self) -> None:
        if self.detail is not None:
            actions.ask_edit(self.ctx, self, self.detail.customer)
