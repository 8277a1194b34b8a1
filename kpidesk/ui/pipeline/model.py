"""Board models: the cards of one stage, a filter proxy over them, and the deal-id MIME type."""

from __future__ import annotations

import json
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from kpidesk.services.deals.board import BoardCard

DEAL_MIME = "application/x-kpidesk-deal-ids"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex
DropHandler = Callable[[list[int], int], bool]


def encode_ids(ids: Sequence[int]) -> QMimeData:
    """MIME data that carries deal ids (and their titles as plain text for other apps)."""
    mime = QMimeData()
    mime.setData(DEAL_MIME, QByteArray(json.dumps(list(ids)).encode()))
    return mime


def decode_ids(mime: QMimeData | None) -> list[int]:
    if mime is None or not mime.hasFormat(DEAL_MIME):
        return []
    try:
        raw = json.loads(bytes(mime.data(DEAL_MIME).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    return [int(v) for v in raw if isinstance(v, int)] if isinstance(raw, list) else []


def sort_key(card: BoardCard) -> tuple[int, int]:
    """Most recently moved first, so a card that was just dropped is at the top."""
    entered = card.stage_entered_at.toordinal() if card.stage_entered_at else 0
    return (-entered, -card.id)


class StageCardsModel(QAbstractListModel):
    """The open deals of one stage, sorted most recently moved first."""

    def __init__(self, stage_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage_id = stage_id
        self._keys: list[tuple[tuple[int, int], int]] = []  # (sort key, id), kept sorted
        self._cards: dict[int, BoardCard] = {}
        self.drop_handler: DropHandler | None = None
        # team database: whether the person connected may move this card (else no drag)
        self.can_move: Callable[[BoardCard], bool] | None = None

    # reading ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def card(self, row: int) -> BoardCard:
        return self._cards[self._keys[row][1]]

    def cards(self) -> list[BoardCard]:
        return [self._cards[i] for _k, i in self._keys]

    def row_of(self, deal_id: int) -> int | None:
        card = self._cards.get(deal_id)
        if card is None:
            return None
        return bisect_left(self._keys, (sort_key(card), deal_id))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        card = self.card(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return card.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{card.title}\n{card.organisation or ''}".strip()
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if self.can_move is not None and not self.can_move(self.card(index.row())):
            flags &= ~Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # changing -----------------------------------------------------------------------------
    def set_cards(self, cards: Iterable[BoardCard]) -> None:
        self.beginResetModel()
        self._cards = {c.id: c for c in cards}
        self._keys = sorted((sort_key(c), c.id) for c in self._cards.values())
        self.endResetModel()

    def remove_card(self, deal_id: int) -> bool:
        row = self.row_of(deal_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._keys[row]
        del self._cards[deal_id]
        self.endRemoveRows()
        return True

    def put_card(self, card: BoardCard) -> None:
        """Insert or replace *card* at its sorted place."""
        self.remove_card(card.id)
        entry = (sort_key(card), card.id)
        row = bisect_left(self._keys, entry)
        self.beginInsertRows(QModelIndex(), row, row)
        insort(self._keys, entry)
        self._cards[card.id] = card
        self.endInsertRows()

    # drag and drop ------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self.card(r).id for r in rows])

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        ids = decode_ids(data)
        return bool(ids) and any(i not in self._cards for i in ids)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        """A drop moves the deals into this stage through the move service (undoably)."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = [i for i in decode_ids(data) if i not in self._cards]
        if not ids or self.drop_handler is None:
            return False
        self.drop_handler(ids, self.stage_id)
        # False: the board moves the cards itself, the dragging view must not remove rows.
        return False


@dataclass(frozen=True)
class BoardFilter:
    text: str = ""
    owner_id: int | None = None
    min_cents: int | None = None
    max_cents: int | None = None
    sleeping_only: bool = False
    attention_only: bool = False  # only deals with a hygiene flag

    def accepts(self, card: BoardCard, today: date) -> bool:
        if self.owner_id is not None and card.owner_id != self.owner_id:
            return False
        if self.min_cents is not None and card.value_cents < self.min_cents:
            return False
        if self.max_cents is not None and card.value_cents > self.max_cents:
            return False
        if self.sleeping_only and not card.is_sleeping(today):
            return False
        if self.attention_only and not card.needs_attention:
            return False
        needle = self.text.strip().casefold()
        if needle:
            hay = f"{card.title}\n{card.organisation or ''}\n{card.owner or ''}".casefold()
            if needle not in hay:
                return False
        return True

    @property
    def active(self) -> bool:
        return self != BoardFilter()


class CardFilterProxy(QSortFilterProxyModel):
    """Shows the cards that pass the board's filter; totals are taken over what it shows."""

    def __init__(self, source: StageCardsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = BoardFilter()
        self._today = date.today()
        self.setSourceModel(source)

    def set_filter(self, flt: BoardFilter, today: date | None = None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            self._filter = flt
            self._today = today or date.today()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._filter = flt
            self._today = today or date.today()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        return self._filter.accepts(self._source.card(source_row), self._today)

    def visible_cards(self) -> list[BoardCard]:
        if not self._filter.active:
            return self._source.cards()
        return [c for c in self._source.cards() if self._filter.accepts(c, self._today)]

    def card(self, row: int) -> BoardCard:
        return self._source.card(self.mapToSource(self.index(row, 0)).row())
