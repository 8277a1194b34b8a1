"""Long work off the GUI thread: a worker with progress, Cancel and its result by signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from kpidesk.core.i18n import tr
from kpidesk.services.errors import ServiceError
from kpidesk.services.store.database import DatabaseError

log = logging.getLogger(__name__)

# The work receives a progress callback: progress(done, total) -> keep going?
Progress = Callable[[int, int], bool]
Work = Callable[[Progress], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, work: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except (ServiceError, DatabaseError) as exc:
            self.failed.emit(str(exc))
        except Exception:
            log.exception("background task failed")
            self.failed.emit(
                tr(
                    "Something went wrong that KPIDesk did not expect. Nothing was "
                    "changed. The details are in the log file."
                )
            )
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class BackgroundTask(QObject):
    """Runs *work* in a QThread, optionally behind a modal progress dialog with Cancel."""

    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(
        self,
        work: Work,
        *,
        label: str = "",
        parent: QWidget | None = None,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._thread = QThread()
        self._worker = _Worker(work, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self.succeeded)
        self._worker.failed.connect(self.failed)
        self._worker.done.connect(self._thread.quit)
        self._thread.finished.connect(self._on_finished)
        self._dialog: QProgressDialog | None = None
        if show_progress:
            self._dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
            self._dialog.setWindowTitle(tr("Please wait"))
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(300)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            self._dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()
        if self._dialog is not None:
            self._dialog.setLabelText(tr("Stopping…"))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, ms: int = 60_000) -> bool:
        return self._thread.wait(ms)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None and not self._cancel.is_set():
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)

    @Slot()
    def _on_finished(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self.finished.emit()
