"""Progress of the demo generator on a fixed scale, and cancelling through it."""

from __future__ import annotations

from collections.abc import Callable

from kpidesk.core.i18n import tr
from kpidesk.services.demo.errors import DemoCancelled

Progress = Callable[[int, int], bool]
PROGRESS_TOTAL = 1000


class Reporter:
    """Reports progress on a 0…1000 scale and turns a False answer into DemoCancelled."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress

    def __call__(self, done: int) -> None:
        if self.progress is not None and self.progress(done, PROGRESS_TOTAL) is False:
            raise DemoCancelled(tr("Making the demo data was cancelled; nothing was changed."))
