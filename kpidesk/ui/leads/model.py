"""The leads table: its columns and the delegate that paints fit and lookalike scores as bars."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kpidesk.core.formatting import format_date, format_int
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.leads.records import LeadRow
from kpidesk.ui.widgets.table_model import RIGHT, ROW_ROLE, Column

STATUS_TEXT = {
    "new": tr_noop("New"),
    "qualified": tr_noop("Qualified"),
    "disqualified": tr_noop("Disqualified"),
}
STATUS_COLOR = {"qualified": QColor("#1b7f3b"), "disqualified": QColor("#8a8f98")}
GOOD, FAIR, WEAK = QColor("#2e8b57"), QColor("#d9a21b"), QColor("#c0c4cc")


def status_text(status: str) -> str:
    return tr(STATUS_TEXT.get(status, status))


def _fit_tip(row: LeadRow) -> str:
    if row.fit_score is None:
        return tr("Not assessed against the checklist yet")
    return tr("Fit score {score}%: how well the lead meets the ideal-customer checklist").format(
        score=row.fit_score
    )


# What a manager needs without scrolling sideways at 1280 px comes first (who, where it stands,
# whose, since when, how good a fit); the lead's details follow.
COLUMNS: list[Column[LeadRow]] = [
    Column("company", tr_noop("Company"), lambda r: r.company),
    Column(
        "status",
        tr_noop("Status"),
        lambda r: status_text(r.status),
        color=lambda r: STATUS_COLOR.get(r.status),
    ),
    Column("owner", tr_noop("Owner"), lambda r: r.owner or ""),
    Column("created", tr_noop("Created"), lambda r: format_date(r.created), RIGHT),
    Column(
        "fit_score",
        tr_noop("Fit score"),
        lambda r: "" if r.fit_score is None else f"{r.fit_score}%",
        RIGHT,
        tooltip=_fit_tip,
        header_tip=tr_noop("How well the lead meets the ideal-customer checklist"),
    ),
    Column(
        "lookalike",
        tr_noop("Lookalike score"),
        lambda r: f"{r.lookalike_score}",
        RIGHT,
        tooltip=lambda r: r.lookalike_text,
        header_tip=tr_noop(
            "How closely the lead resembles your good customers: active, "
            "long-standing and high-value"
        ),
    ),
    Column("contact", tr_noop("Contact"), lambda r: r.contact or ""),
    Column("city", tr_noop("City"), lambda r: r.city or ""),
    Column("industry", tr_noop("Industry"), lambda r: r.industry or ""),
    Column(
        "employees",
        tr_noop("Size"),
        lambda r: format_int(r.employees),
        RIGHT,
        header_tip=tr_noop("Number of employees"),
    ),
    Column("source", tr_noop("Source"), lambda r: r.source or ""),
    Column("qualified_at", tr_noop("Qualified at"), lambda r: format_date(r.qualified_at), RIGHT),
]
SCORE_KEYS = ("fit_score", "lookalike")


def score_color(score: int) -> QColor:
    return GOOD if score >= 60 else FAIR if score >= 30 else WEAK


class ScoreDelegate(QStyledItemDelegate):
    """A thin bar with the number beside it: quick to compare down a long list."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = key

    def _score(self, index: QModelIndex | QPersistentModelIndex) -> int | None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, LeadRow):
            return None
        return row.fit_score if self._key == "fit_score" else row.lookalike_score

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        score = self._score(index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if score is None:
            return
        rect: QRect = opt.rect.adjusted(8, 0, -8, 0)
        text = f"{score}%" if self._key == "fit_score" else str(score)
        metrics = opt.fontMetrics
        text_width = metrics.horizontalAdvance("100%") + 6
        bar = QRect(rect.left(), rect.center().y() - 3, max(rect.width() - text_width, 10), 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(opt.palette.mid().color().lighter(150))
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRect(bar)
        filled.setWidth(round(bar.width() * max(min(score, 100), 0) / 100))
        if filled.width() > 0:
            painter.setBrush(score_color(score))
            painter.drawRoundedRect(filled, 3, 3)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        )
        painter.drawText(
            QRect(bar.right() + 4, rect.top(), text_width, rect.height()), int(RIGHT.value), text
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        return QSize(max(base.width(), 110), base.height())
