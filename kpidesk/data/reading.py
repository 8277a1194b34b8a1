"""What the KPI queries read through: a Core connection, or an ORM session.

The queries of :mod:`kpidesk.data.kpi_queries` and :mod:`kpidesk.data.definitions` are
SQLAlchemy Core statements over :mod:`kpidesk.data.tables`.  The window and the services run
them in their ORM session (changes not yet flushed are flushed first, as the session's own
``execute`` does); a command such as ``kpis`` runs them on a plain connection
(``Database.read_connection``), and so never imports ``sqlalchemy.orm``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Connection

if TYPE_CHECKING:
    from sqlalchemy import Executable
    from sqlalchemy.orm import Session

Reader: TypeAlias = "Connection | Session"


def run(reader: Reader, query: Executable) -> Any:  # rows of any shape
    """The rows of a column query, executed on the reader's connection.

    These queries select columns, never entities: Core hands back its rows as they come,
    without the ORM's per-row loading (a year's activity spans are thousands of rows).
    """
    if isinstance(reader, Connection):
        return reader.execute(query)
    if reader.autoflush:
        reader.flush()
    return reader.connection().execute(query)
