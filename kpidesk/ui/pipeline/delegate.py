"""Painting deal cards: one delegate, no widget per card, so thousands of cards scroll smoothly."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from kpidesk.core import hygiene
from kpidesk.core.formatting import format_date, format_day_short, format_int, format_money
from kpidesk.core.i18n import plural, tr
from kpidesk.core.names import initials
from kpidesk.services.deals.board import BoardCard
from kpidesk.ui.pipeline.model import CARD_ROLE

CARD_HEIGHT = 100  # room for a title on two lines
GAP = 6
PAD = 10
SLEEPING_RED = QColor("#d93838")
SLEEPING_TINT = QColor("#fdecec")
OVERDUE_AMBER = QColor("#b26b00")
BADGE_COLOURS = (
    "#3b7dd8",
    "#2e9e6a",
    "#a35bd1",
    "#d9822b",
    "#c2456e",
    "#3a9aa8",
    "#6c7a89",
    "#8a6d3b",
    "#5661c6",
    "#2f8f3a",
)


def owner_colour(owner_id: int | None) -> QColor:
    if owner_id is None:
        return QColor("#9aa3ad")
    return QColor(BADGE_COLOURS[owner_id % len(BADGE_COLOURS)])


def card_flags(card: BoardCard) -> list[str]:
    """The card's hygiene flags in words (short labels); empty when nothing is wrong."""
    return [hygiene.label(flag) for flag in hygiene.FLAGS if flag in card.flags]


def activity_line(card: BoardCard, today: date) -> tuple[str, str]:
    """The card's bottom line: (warning, text); short enough to fit a card at 1280 px.

    The warning names the first hygiene flag (and how many more there are); a card without a
    flag stays calm and says its next step.  :func:`tooltip_text` explains it all.
    """
    # A sleeping card has its red mark; the amber line names what else is wrong.
    flags = [
        hygiene.label(flag)
        for flag in hygiene.FLAGS
        if flag in card.flags and flag != hygiene.SLEEPING
    ]
    if flags:
        more = f" +{len(flags) - 1}" if len(flags) > 1 else ""
        return flags[0] + more, ""
    if card.next_activity_date is not None:
        return "", tr("{type} {day}").format(
            type=card.next_activity_type or "", day=format_day_short(card.next_activity_date)
        )
    return "", ""


def _days(count: int, one: str, many: str) -> str:
    return plural(count, one, many).format(days=format_int(count))


def tooltip_text(card: BoardCard, today: date) -> str:
    """The card's whole tooltip: the deal, what the figure on the card counts, the next step,
    and why the deal needs attention (or that nothing is wrong)."""
    lines = [part for part in (card.title, card.organisation) if part]
    days = card.days_in_stage(today)
    if days is not None:
        lines.append(
            _days(
                days,
                tr("In this stage for {days} day (the figure beside the value)."),
                tr("In this stage for {days} days (the figure beside the value)."),
            )
        )
    if card.next_activity_date is not None:
        if card.next_step_overdue(today):
            lines.append(
                tr("Next step: {type}, planned for {day}, not yet marked done.").format(
                    type=card.next_activity_type or "", day=format_date(card.next_activity_date)
                )
            )
        else:
            lines.append(
                tr("Next step: {type} on {day} (planned).").format(
                    type=card.next_activity_type or "", day=format_date(card.next_activity_date)
                )
            )
    if card.last_activity_date is not None:
        lines.append(
            tr("Last contact moment: {day}.").format(day=format_date(card.last_activity_date))
        )
    found = hygiene.reasons(card.hygiene_facts(today))
    if found:
        lines.append(tr("Needs attention:"))
        lines.extend(f"• {text}" for text in found)
    else:
        lines.append(tr("Nothing needs attention on this deal."))
    return "\n".join(lines)


def title_lines(metrics: QFontMetrics, title: str, width: int) -> list[str]:
    """The title on at most two lines, broken between words; the second line shortened in
    the middle when the title is longer still, so that its end stays readable."""
    if metrics.horizontalAdvance(title) <= width:
        return [title]
    words = title.split(" ")
    first = words[0]
    for n in range(1, len(words)):
        candidate = " ".join(words[: n + 1])
        if metrics.horizontalAdvance(candidate) > width:
            break
        first = candidate
    if metrics.horizontalAdvance(first) > width:  # one long word: break it where it fills
        cut = len(first)
        while cut > 1 and metrics.horizontalAdvance(first[:cut] + "-") > width:
            cut -= 1
        rest = title[cut:].strip()
        first = first[:cut] + "-"
    else:
        rest = title[len(first) :].strip()
    if not rest:
        return [first]
    return [first, metrics.elidedText(rest, Qt.TextElideMode.ElideMiddle, width)]


class CardDelegate(QStyledItemDelegate):
    """Paints a deal card like a CRM board does: title, organisation, value, owner, age."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, CARD_HEIGHT + GAP)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Tooltip: title and organisation, then the full sentence behind the bottom line."""
        card = index.data(CARD_ROLE) if index.isValid() else None
        if card is None or event.type() != QHelpEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        QToolTip.showText(event.globalPos(), tooltip_text(card, self.today), view)
        return True

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        badge = QFont(small)
        badge.setBold(True)
        return bold, small, badge

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, BoardCard):
            return
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        sleeping = card.is_sleeping(self.today)
        bold, small, badge_font = self._fonts(option.font)  # type: ignore[attr-defined]

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        box = QRectF(rect.adjusted(GAP, GAP // 2, -GAP, -(GAP - GAP // 2)))
        base = palette.base().color()
        dark = base.lightness() <= 128
        base = base.lighter(130) if dark else QColor("white")
        # In dark mode a light tint would hide the light text: blend the red into the card.
        tint = QColor(78, 40, 44) if dark else SLEEPING_TINT
        fill = tint if sleeping else base
        if selected:
            highlight = palette.highlight().color()
            fill = highlight.darker(160) if dark else highlight.lighter(185)
        border = palette.mid().color()
        if hovered:
            border = palette.dark().color()
        if selected:
            border = palette.highlight().color()
        painter.setPen(QPen(border, 2.0 if selected else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        if sleeping:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SLEEPING_RED)
            painter.drawRoundedRect(
                QRectF(box.left() + 1, box.top() + 1, 4, box.height() - 2), 2, 2
            )

        inner = box.toRect().adjusted(PAD, 7, -PAD, -6)
        text = palette.text().color()
        muted = palette.placeholderText().color()
        fm_bold = QFontMetrics(bold)
        fm_small = QFontMetrics(small)
        line = fm_bold.height()
        y = inner.top()

        # Badge: owner initials, top right.
        size = 24
        badge = QRectF(inner.right() - size, inner.top(), size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(owner_colour(card.owner_id))
        painter.drawEllipse(badge)
        painter.setPen(QColor("white"))
        painter.setFont(badge_font)
        painter.drawText(
            badge, Qt.AlignmentFlag.AlignCenter, initials(card.owner) if card.owner else "–"
        )
        text_width = inner.width() - size - 6

        painter.setFont(bold)
        painter.setPen(text)
        titles = title_lines(fm_bold, card.title, text_width)
        for part in titles:
            painter.drawText(
                QRect(inner.left(), y, text_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                part,
            )
            y += line
        if len(titles) == 1:
            y += line // 2  # a one-line title: the rest of the card stays where it always is
        painter.setFont(small)
        painter.setPen(muted)
        small_line = fm_small.height()
        painter.drawText(
            QRect(inner.left(), y, text_width, small_line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm_small.elidedText(
                card.organisation or tr("No organisation"), Qt.TextElideMode.ElideRight, text_width
            ),
        )
        y += small_line + 4

        # Value left; days in stage or the sleeping mark right.
        painter.setFont(bold)
        painter.setPen(text)
        value = format_money(card.value_cents)
        painter.drawText(
            QRect(inner.left(), y, inner.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            value,
        )
        painter.setFont(small)
        days = card.days_in_stage(self.today)
        if sleeping:
            label = tr("Sleeping")  # how long: the tooltip, and the bottom line's last contact
            width = fm_small.horizontalAdvance(label) + 12
            pill = QRectF(
                inner.right() - width, y + (line - small_line) / 2 - 1, width, small_line + 2
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SLEEPING_RED)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(QColor("white"))
            painter.setFont(badge_font)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
        elif days is not None:
            painter.setPen(muted)
            painter.drawText(
                QRect(inner.left(), y, inner.width(), line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tr("{days} d in stage").format(days=days),
            )
        y += line + 2

        painter.setFont(small)
        warning, rest = activity_line(card, self.today)
        x = inner.left()
        if warning:  # only when a hygiene flag is set: see card_flags
            warning = fm_small.elidedText(
                "⚠ " + warning, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.setPen(OVERDUE_AMBER)
            painter.drawText(
                QRect(x, y, inner.width(), small_line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                warning,
            )
            x += fm_small.horizontalAdvance(warning)
        painter.setPen(muted)
        room = inner.right() - x
        painter.drawText(
            QRect(x, y, room, small_line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm_small.elidedText(rest, Qt.TextElideMode.ElideRight, room),
        )
        if option.state & QStyle.StateFlag.State_HasFocus:  # type: ignore[attr-defined]
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(2.5, 2.5, -2.5, -2.5), 4, 4)
        painter.restore()
