"""Refreshing the window when another KPIDesk or the command line changed the database."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from kpidesk.services.common import ALL, Changes
from kpidesk.services.store.database import Database
from kpidesk.services.store.watch import ChangeWatch, watch_changes
from kpidesk.ui.context import ChangeBus

log = logging.getLogger(__name__)
POLL_MS = 1000


class DatabaseWatcher(QObject):
    """Polls SQLite's ``data_version`` about once a second; publishes Changes(ALL) on outside
    writes, so that the visible view refreshes and hidden ones refresh when shown."""

    outside_change = Signal()

    def __init__(self, db: Database, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._watch: ChangeWatch | None = watch_changes(db)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        if self._watch is not None:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def poll(self) -> bool:
        """Check once; True when another program wrote (also called by tests)."""
        if self._watch is None:
            return False
        try:
            changed = self._watch.poll()
        except Exception as exc:  # a vanished or replaced file must not crash the window
            log.warning("watching the database stopped: %s", exc)
            self.stop()
            return False
        if changed:
            self._bus.publish(Changes(ALL))
            self.outside_change.emit()
        return changed
