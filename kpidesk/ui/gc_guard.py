"""Garbage collection only on the GUI thread.

Python's cyclic collector runs in whichever thread happens to allocate.  When it frees a Qt
object from a worker thread (the dashboard loader, a BackgroundTask, the live-update listener),
Qt's locks and Python's GIL can deadlock: seen here as ``QObject::~QObject`` in a worker waiting
for the GIL while the GUI thread holds the GIL and waits for Qt's mutex.  So automatic
collection is switched off and the GUI thread collects on a timer instead, generation by
generation, with the interpreter's own thresholds (a pattern PyQt applications such as
qutebrowser use).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


def collect_if_due() -> int:
    """Collect the generations whose counts passed their thresholds; returns objects freed."""
    freed = 0
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    if counts[0] > thresholds[0]:
        freed += gc.collect(0)
        if counts[1] > thresholds[1]:
            freed += gc.collect(1)
            if counts[2] > thresholds[2]:
                freed += gc.collect(2)
    return freed


class GarbageCollector(QObject):
    """Disables automatic collection and collects from the GUI thread every *interval* ms."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(collect_if_due)
        self._timer.start()
