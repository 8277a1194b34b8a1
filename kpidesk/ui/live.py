"""Live updates in the window: another team member's change shows within a second.

A thread of its own listens on the team database (``kpidesk.services.team.live_updates``) and hands
each change to the GUI thread by a queued Qt signal; the main window publishes it on the
ChangeBus, so the views refresh exactly as after a change made in this window.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from kpidesk.services.store.database import Database
from kpidesk.services.team.live_updates import ChangeListener, ConnectionLost

log = logging.getLogger(__name__)
POLL_S = 0.5  # how long one wait lasts: the thread notices a stop request this quickly
RETRY_S = 5.0  # after a lost connection, try again this much later


class _ListenThread(QObject):
    """A daemon thread (it never holds up quitting) whose signals reach the GUI thread queued."""

    noticed = Signal(object)  # Changes
    connected = Signal(bool)

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._listener = ChangeListener(db)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self.run, name="kpidesk-live", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self) -> None:
        self._thread.join()

    def run(self) -> None:
        up: bool | None = None
        while not self._stop.is_set():
            try:
                changes = self._listener.wait(POLL_S)
            except ConnectionLost:
                if up is not False:
                    log.warning("live updates: connection lost, retrying")
                    self.connected.emit(False)
                up = False
                self._stop.wait(RETRY_S)
                continue
            if up is not True:
                up = True
                self.connected.emit(True)
            if changes.kinds:
                self.noticed.emit(changes)
        self._listener.close()

    def request_stop(self) -> None:
        self._stop.set()


class LiveUpdates(QObject):
    """Starts and stops the listening thread; ``changed`` arrives on the GUI thread."""

    changed = Signal(object)  # Changes
    connected = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = _ListenThread(db)
        self._thread.noticed.connect(self.changed)
        self._thread.connected.connect(self.connected)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop listening; returns once the thread has ended (within about POLL_S)."""
        if self._thread.is_running():
            self._thread.request_stop()
            self._thread.wait()
