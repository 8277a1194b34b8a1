"""Computing the dashboard off the GUI thread: the latest request wins, tiles before charts.

Switching the period several times quickly must not queue up stale work: one worker thread
takes the newest request, publishes the period's figures (tiles, tables) as soon as they are
computed, then the twelve-month series (sparklines, charts), and drops results of requests that
were overtaken meanwhile.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from kpidesk.core.i18n import tr
from kpidesk.services.errors import ServiceError
from kpidesk.services.store.database import DatabaseError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Request:
    token: int
    figures: Callable[[], Any]  # the period's figures, shown first
    series: Callable[[Any], Any]  # given the figures, the figures with their series


class LatestLoader(QObject):
    """Runs requests on one worker thread; only the newest request's results are emitted."""

    figures_ready = Signal(int, object)
    series_ready = Signal(int, object)
    failed = Signal(int, str)
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._pending: Request | None = None
        self._latest = 0
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._done.set()

    @property
    def latest(self) -> int:
        return self._latest

    def busy(self) -> bool:
        return not self._done.is_set()

    def request(self, figures: Callable[[], Any], series: Callable[[Any], Any]) -> int:
        """Queue new work, replacing any that has not started; returns its token."""
        with self._lock:
            self._latest += 1
            self._pending = Request(self._latest, figures, series)
            if self._thread is None:
                self._done.clear()
                self._thread = threading.Thread(target=self._run, daemon=True)
                self._thread.start()
            return self._latest

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until the worker has nothing left to do (for tests, benches, screenshots)."""
        return self._done.wait(timeout)

    def _take(self) -> Request | None:
        with self._lock:
            job, self._pending = self._pending, None
            if job is None:
                self._thread = None
                self._done.set()
            return job

    def _stale(self, token: int) -> bool:
        with self._lock:
            return token != self._latest

    def _emit(self, signal: Any, *args: Any) -> bool:
        """Emit, or stop the worker when the view was closed meanwhile (the signal is gone)."""
        try:
            signal.emit(*args)
        except RuntimeError:
            with self._lock:
                self._pending = None
                self._thread = None
                self._done.set()
            return False
        return True

    def _run(self) -> None:
        while (job := self._take()) is not None:
            try:
                figures = job.figures()
                if self._stale(job.token):
                    continue
                if not self._emit(self.figures_ready, job.token, figures):
                    return
                full = job.series(figures)
                if not self._stale(job.token) and not self._emit(
                    self.series_ready, job.token, full
                ):
                    return
            except (ServiceError, DatabaseError) as exc:
                if not self._emit(self.failed, job.token, str(exc)):
                    return
            except Exception:
                log.exception("computing the dashboard failed")
                message = tr("The figures could not be computed. The details are in the log file.")
                if not self._emit(self.failed, job.token, message):
                    return
        self._emit(self.idle)
