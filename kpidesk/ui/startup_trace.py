"""Start-up milestones for ``bench/bench_startup.py`` and the CI smoke start.

With ``KPIDESK_STARTUP_TRACE=FILE`` set, the window writes one line per milestone to FILE:
``mapped <t>`` when the main window is first exposed on screen, then ``welcome <t>`` or
``tiles <t>`` when the welcome page or the dashboard's five tiles are up, with ``t`` from
``time.monotonic()`` (the system's monotonic clock, so the bench can compare it with the moment
it launched the process). With ``KPIDESK_STARTUP_QUIT=1`` as well, the window quits once its
first page is up: a start that can be timed and smoke-tested without a person to close it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

TRACE_ENV = "KPIDESK_STARTUP_TRACE"
QUIT_ENV = "KPIDESK_STARTUP_QUIT"
FIRST_PAGES = ("tiles", "welcome")


class StartupTrace(QObject):
    """Writes the milestones of one start."""

    def __init__(self, path: Path, quit_when_up: bool) -> None:
        super().__init__()
        self._path = path
        self._quit = quit_when_up
        self._seen: list[str] = []
        self._waiting: str | None = None  # a first page that came up before the window mapped
        path.write_text("", encoding="utf-8")

    @classmethod
    def from_environment(cls) -> StartupTrace | None:
        """The trace the environment asks for, or None (the normal case)."""
        target = os.environ.get(TRACE_ENV)
        if not target:
            return None
        return cls(Path(target), os.environ.get(QUIT_ENV) == "1")

    def watch(self, window: QWidget) -> None:
        """Call right after ``window.show()``: its native window then exists, not yet mapped."""
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def note(self, name: str) -> None:
        """An intermediate milestone (the database open, the views built), for the bench."""
        self._mark(name)

    def page_up(self, name: str) -> None:
        """The first page (``tiles`` or ``welcome``) shows its content."""
        if "mapped" in self._seen:
            self._mark(name)
        elif self._waiting is None:
            self._waiting = name

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            watched.removeEventFilter(self)
            self._mark("mapped")
            if self._waiting is not None:
                self._mark(self._waiting)
        return False

    def _mark(self, name: str) -> None:
        if name in self._seen:
            return
        self._seen.append(name)
        with self._path.open("a", encoding="utf-8") as out:
            out.write(f"{name} {time.monotonic():.6f}\n")
        if self._quit and name in FIRST_PAGES:
            QTimer.singleShot(0, QCoreApplication.quit)
