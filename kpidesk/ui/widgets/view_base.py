"""The base of the six views: refresh on relevant changes, lazily while hidden."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from kpidesk.services.common import Changes
from kpidesk.ui.widgets.filter_memory import FilterMemory

if TYPE_CHECKING:
    from kpidesk.ui.context import AppContext


class View(QWidget):
    """A page of the main window.

    Subclasses set ``key`` and ``watches`` (the kinds of data they show) and implement
    :meth:`refresh`.  A change elsewhere refreshes a visible view at once and a hidden one when
    it is next shown.  Views may implement :meth:`new_item` (Ctrl+N) and :meth:`focus_search`
    (Ctrl+F), and call :meth:`remember_filters` so their filters survive a restart.
    """

    key = ""
    watches: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dirty = True
        self.filter_memory: FilterMemory | None = None
        ctx.bus.changed.connect(self._on_changes)

    def refresh(self) -> None:
        raise NotImplementedError

    def new_item(self) -> None:
        """Ctrl+N: start a new item of the kind this view shows (a lead, a deal…)."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in this view's search field."""

    def remember_filters(self, **widgets: QWidget) -> None:
        """Keep these filter widgets' state between sessions (restored after the first refresh)."""
        self.filter_memory = FilterMemory(self.ctx.prefs, self.key, widgets)

    def save_filters(self) -> None:
        if self.filter_memory is not None and self.filter_memory.restored:
            self.filter_memory.save()

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
        if self.filter_memory is not None and not self.filter_memory.restored:
            self.filter_memory.restore()
