"""Pausing Python's cyclic garbage collector around work that only allocates.

Opening the database (importing SQLAlchemy and the models) and building an import's rows each
create hundreds of thousands to millions of objects that live until the work ends and form no
cycles; the collector would walk the growing heap again and again (a fifth of a command's
start, about 0.7 s of a 100,000-row import). Where the collector is already off (the test
suite, the window's own timer in kpidesk/ui/gc_guard.py), nothing changes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector for the block, then put it back as it was."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
