"""Change notices from the team database (PostgreSQL ``LISTEN``/``NOTIFY``), without Qt.

Migration 0004 makes every change to a main table notify channel ``kpidesk_changes`` with the
table's name.  A :class:`ChangeListener` holds its own connection (never one of the pool's) and
turns the notices into :class:`Changes` for the views.  Notices sent by the database's own
connections are left out: the window already refreshed after its own change.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from kpidesk.core.i18n import tr
from kpidesk.data.database import Database
from kpidesk.services.common import Changes
from kpidesk.services.errors import ServiceError
from kpidesk.services.team.access import changes_for_tables

if TYPE_CHECKING:
    import psycopg

CHANNEL = "kpidesk_changes"
BURST_S = 0.05  # notices arriving this close together are reported as one change


class ConnectionLost(ServiceError):
    """The listening connection is gone (server restarted, network down); try again later."""


def supports_live_updates(db: Database) -> bool:
    return db.url.get_backend_name() == "postgresql"


class ChangeListener:
    """Listens on the team database's change channel over a connection of its own."""

    def __init__(self, db: Database) -> None:
        url = db.url.set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)
        self._own_pids = db.own_pids
        self._conn: psycopg.Connection[tuple[object, ...]] | None = None

    def connect(self) -> None:
        """Open the connection and start listening (again, after a lost connection)."""
        import psycopg  # only a team database listens; a local file never needs the driver

        self.close()
        try:
            self._conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5)
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as exc:
            self._conn = None
            raise ConnectionLost(tr("Live updates from the team database stopped.")) from exc

    def wait(self, timeout: float) -> Changes:
        """The changes notified within *timeout* seconds (empty when nothing happened).

        Raises ConnectionLost when the connection is gone; ``wait`` reconnects next time.
        """
        import psycopg

        if self._conn is None:
            self.connect()
        assert self._conn is not None
        tables: set[str] = set()
        try:
            for notice in self._conn.notifies(timeout=timeout, stop_after=1):
                if notice.pid not in self._own_pids:
                    tables.add(notice.payload)
            if tables:  # gather the rest of a burst (a move writes deals and history)
                for notice in self._conn.notifies(timeout=BURST_S):
                    if notice.pid not in self._own_pids:
                        tables.add(notice.payload)
        except psycopg.Error as exc:
            self.close()
            raise ConnectionLost(tr("Live updates from the team database stopped.")) from exc
        return changes_for_tables(tables)

    def close(self) -> None:
        if self._conn is not None:
            import psycopg

            with suppress(psycopg.Error):  # already gone
                self._conn.close()
            self._conn = None
