"""The base of the six views: refresh on relevant changes, lazily while hidden."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from kpidesk.services.common import Changes
from kpidesk.ui.context import AppContext


class View(QWidget):
    """A page of the main window.

    Subclasses set ``key`` and ``watches`` (the kinds of data they show) and implement
    :meth:`refresh`.  A change elsewhere refreshes a visible view at once and a hidden one when
    it is next shown.
    """

    key = ""
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        ctx.bus.changed.connect(self._on_changes)

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_changes(self, changes: Changes) -> None:
        if not changes.touches(*self.watches):
            return
        if self.isVisible():
            self.refresh()
            self._dirty = False
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty = False
            self.refresh()
