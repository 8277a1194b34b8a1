"""One board column (a header with totals over a list of cards) and the Won/Lost drop zones."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_int, format_money
from kpidesk.core.i18n import tr
from kpidesk.services.reference import StageInfo
from kpidesk.ui.pipeline.delegate import CardDelegate
from kpidesk.ui.pipeline.model import DEAL_MIME, CardFilterProxy, StageCardsModel, decode_ids


class ColumnHeader(QWidget):
    """Stage name with its win probability, then count, total value and weighted value."""

    def __init__(self, stage: StageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.count = 0
        self.total_cents = 0
        self.weighted_cents = 0
        self.sleeping = 0
        self.setMinimumHeight(64)

    def set_totals(self, count: int, total: int, weighted: int, sleeping: int) -> None:
        self.count, self.total_cents, self.weighted_cents, self.sleeping = (
            count,
            total,
            weighted,
            sleeping,
        )
        self.setToolTip(
            tr(
                "{count} deals, value {total}, weighted value {weighted} "
                "(value × {probability}% win probability)"
            ).format(
                count=format_int(count),
                total=format_money(total),
                weighted=format_money(weighted),
                probability=self.stage.probability,
            )
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 64)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self.palette()
        r = self.rect().adjusted(0, 0, -1, -1)
        tip = 10.0  # the chevron of a pipeline step
        shape = QPolygonF(
            [
                QPointF(r.left(), r.top()),
                QPointF(r.right() - tip, r.top()),
                QPointF(r.right(), r.center().y() + 0.5),
                QPointF(r.right() - tip, r.bottom()),
                QPointF(r.left(), r.bottom()),
                QPointF(r.left() + tip, r.center().y() + 0.5),
            ]
        )
        painter.setPen(QPen(palette.mid().color(), 1))
        painter.setBrush(palette.base().color())
        painter.drawPolygon(shape)
        left = r.left() + int(tip) + 8
        width = r.width() - 2 * int(tip) - 16
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.9))
        fm, fs = QFontMetrics(bold), QFontMetrics(small)
        y = r.top() + 6
        prob = f"{self.stage.probability}%"
        painter.setFont(small)
        painter.setPen(palette.placeholderText().color())
        prob_w = fs.horizontalAdvance(prob)
        painter.drawText(
            QRect(left + width - prob_w, y, prob_w, fm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            prob,
        )
        painter.setFont(bold)
        painter.setPen(palette.text().color())
        painter.drawText(
            QRect(left, y, width - prob_w - 6, fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(self.stage.name, Qt.TextElideMode.ElideRight, width - prob_w - 6),
        )
        y += fm.height() + 1
        painter.setFont(small)
        noun = tr("deal") if self.count == 1 else tr("deals")
        line = tr("{total} · {count} {noun}").format(
            total=format_money(self.total_cents), count=format_int(self.count), noun=noun
        )
        painter.drawText(
            QRect(left, y, width, fs.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fs.elidedText(line, Qt.TextElideMode.ElideRight, width),
        )
        y += fs.height() + 1
        painter.setPen(palette.placeholderText().color())
        weighted = tr("Weighted {value}").format(value=format_money(self.weighted_cents))
        mark = (
            tr("{count} sleeping").format(count=format_int(self.sleeping)) if self.sleeping else ""
        )
        # Large teams have long amounts: the weighted value gives way to the sleeping count.
        room = width - (fs.horizontalAdvance(mark) + 6 if mark else 0)
        painter.drawText(
            QRect(left, y, room, fs.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fs.elidedText(weighted, Qt.TextElideMode.ElideRight, room),
        )
        if mark:
            painter.setPen(QColor("#d93838"))
            painter.drawText(
                QRect(left, y, width, fs.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                mark,
            )
        painter.end()


class CardListView(QListView):
    """The cards of one stage: drag them out, drop others in; highlighted while dragged over."""

    drag_started = Signal()
    drag_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setItemDelegate(CardDelegate(self))
        self._hot = False
        self._set_background()

    def _set_background(self) -> None:
        window = QApplication.palette().window().color()
        lane = window.darker(106) if window.lightness() > 128 else window.lighter(125)
        colour = lane.name() if not self._hot else "#e3efff"
        border = "transparent" if not self._hot else "#3b7dd8"
        self.setStyleSheet(
            f"QListView {{ background: {colour}; border: 2px dashed {border};"
            " border-radius: 6px; }"
        )

    def theme_changed(self) -> None:
        self._set_background()

    def _set_hot(self, hot: bool) -> None:
        if hot != self._hot:
            self._hot = hot
            self._set_background()

    def startDrag(self, supported: Qt.DropAction) -> None:
        self.drag_started.emit()
        try:
            super().startDrag(supported)
        finally:
            self.drag_finished.emit()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        super().dragEnterEvent(event)
        self._set_hot(
            event.isAccepted()
            and self.model() is not None
            and self.model().canDropMimeData(
                event.mimeData(), Qt.DropAction.MoveAction, -1, -1, self.rootIndex()
            )
        )

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        # Any place in the column is a good place: the card lands at its sorted spot.
        if self.model() is not None and self.model().canDropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, -1, -1, self.rootIndex()
        ):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        super().dragLeaveEvent(event)
        self._set_hot(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._set_hot(False)
        model = self.model()
        if model is not None and model.dropMimeData(
            event.mimeData(), Qt.DropAction.MoveAction, -1, 0, self.rootIndex()
        ):
            event.acceptProposedAction()
        else:
            # Accept with "copy" so that the dragging view leaves its rows alone: the board
            # moves the cards itself once the move is committed.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()


class StageColumn(QWidget):
    """A header with totals over the stage's card list."""

    def __init__(self, stage: StageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.model = StageCardsModel(stage.id, self)
        self.proxy = CardFilterProxy(self.model, self)
        self.header = ColumnHeader(stage)
        self.list = CardListView()
        self.list.setModel(self.proxy)
        self.empty = QLabel(tr("No deals"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self.setMinimumWidth(196)  # five stages side by side on a 1280 px screen
        self.attention = 0  # shown cards with a hygiene flag

    def update_totals(self, today: object = None) -> tuple[int, int, int, int]:
        cards = self.proxy.visible_cards()
        delegate = self.list.itemDelegate()
        day = delegate.today if isinstance(delegate, CardDelegate) else None
        total = sum(c.value_cents for c in cards)
        weighted = sum(c.weighted_cents for c in cards)
        sleeping = sum(1 for c in cards if day is not None and c.is_sleeping(day))
        self.attention = sum(1 for c in cards if c.needs_attention)
        self.header.set_totals(len(cards), total, weighted, sleeping)
        return len(cards), total, weighted, sleeping


class DropZone(QFrame):
    """A place to drop cards on: Won, Lost or the trash. Shown at the bottom while dragging."""

    dropped = Signal(list)  # deal ids

    def __init__(self, text: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.setAcceptDrops(True)
        self.label = QLabel(text, self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.label)
        self.setMinimumHeight(56)
        self._style(False)

    def _style(self, hot: bool) -> None:
        background = self.colour if hot else "palette(base)"
        text = "white" if hot else self.colour
        self.setStyleSheet(
            f"DropZone {{ background: {background}; border: 2px dashed "
            f"{self.colour}; border-radius: 6px; }} QLabel {{ color: {text};"
            " background: transparent; border: none; }"
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(DEAL_MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self._style(True)
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._style(False)

    def dropEvent(self, event: QDropEvent) -> None:
        self._style(False)
        ids = decode_ids(event.mimeData())
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if ids:
            self.dropped.emit(ids)


def zone_position(parent: QWidget, height: int) -> QPoint:
    return QPoint(0, parent.height() - height)
