"""A line edit that finds the lead, open deal or customer an activity is about, as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.link_search import LINK_CUSTOMER, LINK_DEAL, LINK_LEAD, LinkHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
KIND_TEXT = {
    LINK_DEAL: tr_noop("Deal"),
    LINK_CUSTOMER: tr_noop("Customer"),
    LINK_LEAD: tr_noop("Lead"),
}
AnyIndex = QModelIndex | QPersistentModelIndex


def hit_label(hit: LinkHit) -> str:
    """'Nieuwe kassa · Bakkerij Jansen (Deal)' or 'Bakkerij Jansen (Customer)'."""
    kind = tr(KIND_TEXT[hit.kind])
    if hit.kind == LINK_DEAL and hit.organisation and hit.organisation != hit.title:
        return tr("{title} · {organisation} ({kind})").format(
            title=hit.title, organisation=hit.organisation, kind=kind
        )
    return tr("{title} ({kind})").format(title=hit.title, kind=kind)


class LinkModel(QAbstractListModel):
    """The current search hits; the search service does the filtering in SQL."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[LinkHit] = []

    def set_hits(self, hits: list[LinkHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[LinkHit]:
        return list(self._hits)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return hit_label(hit)
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.organisation
        return None


class LinkField(QLineEdit):
    """Type a few letters, pick a hit; ``link`` holds the chosen lead, deal or customer."""

    link_changed = Signal(object)  # LinkHit | None

    def __init__(
        self, search: Callable[[str], list[LinkHit]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._link: LinkHit | None = None
        self.setPlaceholderText(tr("Lead, deal or customer (optional)"))
        self.setClearButtonEnabled(True)
        self.model = LinkModel(self)
        self.completer_ = QCompleter(self.model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.setCompleter(self.completer_)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(self._on_edited)
        self.completer_.activated[QModelIndex].connect(self._on_chosen)  # type: ignore[index]

    @property
    def link(self) -> LinkHit | None:
        return self._link

    def set_link(self, hit: LinkHit | None, label: str = "") -> None:
        self._link = hit
        self.setText(hit_label(hit) if hit is not None else label)
        self.link_changed.emit(hit)

    def clear_link(self) -> None:
        self.set_link(None)
        self.model.set_hits([])

    def run_search(self) -> None:
        """Search now for the text typed (the timer calls this after a short pause)."""
        text = self.text().strip()
        self.model.set_hits(self._search(text) if len(text) >= 2 else [])
        if self.model.rowCount() and self.hasFocus():
            self.completer_.complete()

    def choose(self, row: int) -> None:
        """Take hit *row* of the current search as the link."""
        hits = self.model.hits()
        if 0 <= row < len(hits):
            self.set_link(hits[row])

    def _on_edited(self, _text: str) -> None:
        if self._link is not None:
            self._link = None
            self.link_changed.emit(None)
        self._timer.start()

    def _on_chosen(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, LinkHit):
            # The completer writes the text first; keep our own label and the chosen hit.
            QTimer.singleShot(0, lambda: self.set_link(hit))
