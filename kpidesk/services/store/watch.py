"""Noticing writes by another KPIDesk or the command line, for the window to refresh."""

from __future__ import annotations

from typing import Protocol

from kpidesk.data.data_version import DataVersionWatch
from kpidesk.data.database import Database


class ChangeWatch(Protocol):
    def poll(self) -> bool:
        """True when another program changed the database since the last poll."""
        ...

    def close(self) -> None: ...


def watch_changes(db: Database) -> ChangeWatch | None:
    """A watch on a database file, polled by the window; None for a server database."""
    if db.path is None:
        return None
    return DataVersionWatch(db)
