"""Columns, the status pill delegate and the timeline model of the customers view."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kpidesk.core.formatting import format_date, format_int, format_money, format_percent
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.relationship import (
    STATUS_ACTIVE,
    STATUS_AT_RISK,
    STATUS_CHURNED,
    Cohort,
    relationship_length,
)
from kpidesk.services.customers.detail import (
    EVENT_ACTIVITY,
    EVENT_CHURNED,
    EVENT_LOST,
    EVENT_OPEN,
    EVENT_STARTED,
    EVENT_UPSELL,
    EVENT_WON,
    TimelineEntry,
)
from kpidesk.services.customers.records import CustomerRow
from kpidesk.services.customers.relationship import LookalikeProspect
from kpidesk.ui.theme import is_dark
from kpidesk.ui.widgets.table_model import CENTER, RIGHT, ROW_ROLE, Column

AnyIndex = QModelIndex | QPersistentModelIndex

STATUS_TEXT = {
    STATUS_ACTIVE: tr_noop("Active"),
    STATUS_AT_RISK: tr_noop("At risk"),  # short: it is a pill in the status column
    STATUS_CHURNED: tr_noop("Churned"),
}
# (light, dark) accent per status: green, amber, grey-red.
STATUS_COLOURS = {
    STATUS_ACTIVE: ("#2e7d4f", "#5cc98a"),
    STATUS_AT_RISK: ("#b8620a", "#f0a04b"),
    STATUS_CHURNED: ("#8a3b3b", "#d98080"),
}


def status_colour(status: str) -> QColor:
    light, dark = STATUS_COLOURS.get(status, STATUS_COLOURS[STATUS_ACTIVE])
    return QColor(dark if is_dark() else light)


def length_text(since: date, churned: date | None, today: date | None = None) -> str:
    """'3 y 2 m' / '3 jr 2 mnd': the relationship length in years and months."""
    length = relationship_length(since, churned, today or date.today())
    if length.years and length.months:
        return tr("{years} y {months} m").format(years=length.years, months=length.months)
    if length.years:
        return tr("{years} y").format(years=length.years)
    return tr("{months} m").format(months=length.months)


def _days_text(row: CustomerRow) -> str:
    return "" if row.days_since_contact is None else format_int(row.days_since_contact)


def _days_colour(row: CustomerRow) -> QColor | None:
    return status_colour(STATUS_AT_RISK) if row.status == STATUS_AT_RISK else None


CUSTOMER_COLUMNS: list[Column[CustomerRow]] = [
    Column("organisation", tr_noop("Organisation"), lambda r: r.organisation),
    Column("owner", tr_noop("Owner"), lambda r: r.owner or ""),
    Column(
        "customer_since", tr_noop("Customer since"), lambda r: format_date(r.customer_since), RIGHT
    ),
    Column(
        "length",
        tr_noop("Relationship"),
        lambda r: length_text(r.customer_since, r.churned_at),
        RIGHT,
        header_tip=tr_noop("How long the relationship has lasted (years and months)"),
    ),
    Column(
        "recurring_value",
        tr_noop("Yearly value"),
        lambda r: format_money(r.recurring_value_cents),
        RIGHT,
        header_tip=tr_noop("Recurring yearly value"),
    ),
    Column(
        "last_contact",
        tr_noop("Last contact"),
        lambda r: format_date(r.last_contact),
        RIGHT,
        header_tip=tr_noop("The latest activity logged at this organisation"),
    ),
    Column(
        "days_since_contact", tr_noop("Days since contact"), _days_text, RIGHT, color=_days_colour
    ),
    Column(
        "status",
        tr_noop("Status"),
        lambda r: tr(STATUS_TEXT.get(r.status, r.status)),
        CENTER,
        tooltip=lambda r: r.churn_reason or "",
    ),
]

AT_RISK_COLUMNS: list[Column[CustomerRow]] = [
    Column("organisation", tr_noop("Organisation"), lambda r: r.organisation),
    Column(
        "recurring_value",
        tr_noop("Yearly value"),
        lambda r: format_money(r.recurring_value_cents),
        RIGHT,
    ),
    Column(
        "days_since_contact",
        tr_noop("Days quiet"),
        _days_text,
        RIGHT,
        color=_days_colour,
        header_tip=tr_noop("Days since the last contact moment"),
    ),
    Column("owner", tr_noop("Owner"), lambda r: r.owner or ""),
]


def _share(value: float | None) -> str:
    return "–" if value is None else format_percent(value)


COHORT_COLUMNS: list[Column[Cohort]] = [
    Column("year", tr_noop("Start year"), lambda c: str(c.year)),
    Column("customers", tr_noop("Customers"), lambda c: format_int(c.customers), RIGHT),
    Column("active", tr_noop("Still active"), lambda c: format_int(c.active_now), RIGHT),
    Column(
        "share",
        tr_noop("Share"),
        lambda c: _share(c.share_active),
        RIGHT,
        header_tip=tr_noop("The share of this year's new customers that is still active"),
    ),
    Column(
        "after1",
        tr_noop("After 1 yr"),
        lambda c: _share(c.after_years[0]),
        RIGHT,
        header_tip=tr_noop("Still active one year after they started"),
    ),
    Column("after2", tr_noop("After 2 yrs"), lambda c: _share(c.after_years[1]), RIGHT),
    Column("after3", tr_noop("After 3 yrs"), lambda c: _share(c.after_years[2]), RIGHT),
]

LOOKALIKE_COLUMNS: list[Column[LookalikeProspect]] = [
    Column(
        "score",
        tr_noop("Lookalike score"),
        lambda p: format_int(p.score),
        RIGHT,
        header_tip=tr_noop("How closely the lead resembles your best customers (0–100)"),
    ),
    Column("company", tr_noop("Company"), lambda p: p.company),
    Column("industry", tr_noop("Industry"), lambda p: p.industry or ""),
    Column(
        "size",
        tr_noop("Size"),
        lambda p: p.size or "",
        header_tip=tr_noop("Number of employees"),
    ),
    Column("region", tr_noop("Region"), lambda p: p.region or ""),
    Column("owner", tr_noop("Owner"), lambda p: p.owner or ""),
    Column("why", tr_noop("Why"), lambda p: p.explanation, tooltip=lambda p: p.explanation),
]


def _cohort_share(cohort: Cohort, column: int) -> float | None:
    if column == 3:
        return cohort.share_active
    if 4 <= column < 4 + len(cohort.after_years):
        return cohort.after_years[column - 4]
    return None


class CohortDelegate(QStyledItemDelegate):
    """Shades the share cells like a heat map: the greener, the more customers stayed."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        cohort = index.data(ROW_ROLE)
        share = _cohort_share(cohort, index.column()) if isinstance(cohort, Cohort) else None
        if share is not None:
            fill = status_colour(STATUS_ACTIVE)
            fill.setAlpha(int(25 + 110 * share))
            painter.fillRect(option.rect.adjusted(1, 1, -1, -1), fill)
        super().paint(painter, option, index)


class StatusDelegate(QStyledItemDelegate):
    """Paints the status as a coloured pill, so at-risk and churned customers stand out."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, CustomerRow):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text = tr(STATUS_TEXT.get(row.status, row.status))
        colour = status_colour(row.status)
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.92)
        font.setBold(True)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        width = metrics.horizontalAdvance(text) + 18
        height = metrics.height() + 4
        rect = option.rect
        pill = QRectF(
            rect.center().x() - width / 2, rect.center().y() - height / 2 + 0.5, width, height
        )
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(colour)
        painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, size.height())


EVENT_TEXT = {
    EVENT_ACTIVITY: tr_noop("Contact moment"),
    EVENT_WON: tr_noop("Won deal"),
    EVENT_UPSELL: tr_noop("Upsell"),
    EVENT_LOST: tr_noop("Lost deal"),
    EVENT_OPEN: tr_noop("Open deal"),
    EVENT_STARTED: tr_noop("Customer since"),
    EVENT_CHURNED: tr_noop("Churned"),
}
EVENT_COLOURS = {
    EVENT_ACTIVITY: ("#4a6fa5", "#7fa3d9"),
    EVENT_WON: ("#2e7d4f", "#5cc98a"),
    EVENT_UPSELL: ("#1f8a70", "#4fd1ad"),
    EVENT_LOST: ("#9e3a3a", "#e08787"),
    EVENT_OPEN: ("#8a6d1f", "#e0c060"),
    EVENT_STARTED: ("#2e7d4f", "#5cc98a"),
    EVENT_CHURNED: ("#8a3b3b", "#d98080"),
}


def event_colour(kind: str) -> QColor:
    light, dark = EVENT_COLOURS.get(kind, EVENT_COLOURS[EVENT_ACTIVITY])
    return QColor(dark if is_dark() else light)


def event_line(entry: TimelineEntry) -> str:
    """The first line of a timeline entry: what happened."""
    kind = tr(EVENT_TEXT.get(entry.kind, entry.kind))
    if entry.kind in (EVENT_STARTED, EVENT_CHURNED):
        return kind
    if entry.kind == EVENT_ACTIVITY:
        return entry.title  # the activity type says enough; the dot's colour marks the kind
    if entry.value_cents is not None:
        return tr("{kind}: {title} · {value}").format(
            kind=kind, title=entry.title, value=format_money(entry.value_cents)
        )
    return tr("{kind}: {title}").format(kind=kind, title=entry.title)


def event_sub(entry: TimelineEntry) -> str:
    """The second line: date, person and note or stage."""
    parts = [format_date(entry.day)]
    if entry.person:
        parts.append(entry.person)
    if entry.detail:
        parts.append(entry.detail)
    return " · ".join(parts)


class TimelineModel(QAbstractListModel):
    """The customer's activities and deals, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: list[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> TimelineEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return event_line(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return event_sub(entry)
        if role == ROW_ROLE:
            return entry
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TimelineDelegate(QStyledItemDelegate):
    """A dot on a vertical line, the event in bold and its date, person and note below."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        entry = index.data(ROW_ROLE)
        if not isinstance(entry, TimelineEntry):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget: QWidget | None = opt.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        mid = option.palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(mid, 2))
        x = rect.left() + 16
        painter.drawLine(x, rect.top(), x, rect.bottom())
        colour = event_colour(entry.kind)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Base), 2))
        painter.setBrush(colour)
        radius = 6 if entry.kind in (EVENT_ACTIVITY,) else 8
        painter.drawEllipse(QRectF(x - radius, rect.top() + 12 - radius, radius * 2, radius * 2))
        text_rect = rect.adjusted(36, 4, -8, -4)
        bold = QFont(option.font)
        bold.setBold(entry.kind != EVENT_ACTIVITY)
        painter.setFont(bold)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        painter.setPen(colour if entry.kind != EVENT_ACTIVITY and not selected else text_colour)
        line_height = painter.fontMetrics().height()
        first = painter.fontMetrics().elidedText(
            event_line(entry), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect.adjusted(0, 0, 0, -line_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            first,
        )
        painter.setFont(option.font)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text_colour if selected else muted)
        second = painter.fontMetrics().elidedText(
            event_sub(entry), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect.adjusted(0, line_height + 2, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            second,
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(300, option.fontMetrics.height() * 2 + 14)
