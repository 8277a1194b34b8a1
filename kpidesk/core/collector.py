"""Pausing Python's cyclic garbage collector around work that only allocates.

Opening the database (importing SQLAlchemy and the models) and building an import's rows each
create hundreds of thousands to millions of objects that live until the work ends and form no
cycles; the collector would walk the growing heap again and again (a fifth of a command's
start, about 0.7 s of a 100,000-row import). Where the collector is already off (the test
suite, the window's own timer in kpidesk/ui/gc_guard.py), nothing changes.

Objects made while the collector was off are all still young when it comes back: its next
collections walk every one of them. For what lives as long as the process (modules, classes,
SQLAlchemy's tables and caches) ``keep=True`` freezes them instead (``gc.freeze``), so that no
collection walks them again; on the command line that was about 100 ms of a 0.65 s ``kpis``.
An import's rows are not kept: they die with the import.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused(*, keep: bool = False) -> Iterator[None]:
    """Pause the collector for the block, then put it back as it was.

    With *keep*, everything alive at the end of the block is frozen: the collector never walks
    it again (and never frees it: use it only for what lives as long as the process). Where
    the collector was off already, its owner decides, and nothing is frozen.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        gc.enable()


def keep_what_lives() -> None:
    """Collect once, then freeze every object still alive: the window's, once it has started.

    What a window's start made (Qt's wrappers, SQLAlchemy, the models, the views) lives as long
    as the window, yet each full collection walked all of it again: 45-105 ms on the GUI
    thread after a year's dashboard on the large demo team, 0.5 ms once frozen.  Run again
    for a new window (another database, another language), it first unfreezes, so that what
    the old window held and is garbage now is freed, not kept for good.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
