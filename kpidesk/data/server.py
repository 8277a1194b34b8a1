"""What only a team database server needs: who is connected, sequences, refused writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Integer, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from kpidesk.core.i18n import tr
from kpidesk.data.errors import ConflictError, DatabaseError, NotAllowedError
from kpidesk.data.tables import metadata

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# PostgreSQL's SQLSTATE for "permission denied" and "new row violates row-level security"
INSUFFICIENT_PRIVILEGE = "42501"


def translate_write_error(exc: Exception) -> DatabaseError | None:
    """A refused or conflicting write as an error with a message for the user; else None."""
    from sqlalchemy.orm.exc import StaleDataError  # loaded already: writes use a session

    if isinstance(exc, StaleDataError):
        return ConflictError(
            tr(
                "Someone else saved this at the same moment. Reload to see their change, "
                "then make yours again."
            )
        )
    if isinstance(exc, DBAPIError):
        state = getattr(exc.orig, "sqlstate", None)
        if state == INSUFFICIENT_PRIVILEGE:
            return NotAllowedError(
                tr(
                    "The team database refused this change: it belongs to another team member. "
                    "Only they and the manager can change it."
                )
            )
    return None


def _dialect(conn: Session | Connection) -> str:
    bind = conn if isinstance(conn, Connection) else conn.get_bind()
    return bind.dialect.name


def current_member_id(session: Session | Connection) -> int | None:
    """The team member logged in to the team database (by their role); None on a file."""
    if _dialect(session) != "postgresql":
        return None
    value = session.execute(
        text("SELECT id FROM team_members WHERE db_role = current_user LIMIT 1")
    ).scalar()
    return int(value) if value is not None else None


def reset_sequences(conn: Session | Connection) -> None:
    """Move each id sequence past the highest id (after inserting rows with explicit ids)."""
    if _dialect(conn) != "postgresql":
        return
    for table in metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or not isinstance(column.type, Integer):
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
            )
        )
