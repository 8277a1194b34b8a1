"""Errors of the data layer, each carrying a message a sales manager can act on."""

from __future__ import annotations


class DatabaseError(Exception):
    """The database cannot be used; ``str(error)`` is a translated message for the user."""


class NotADatabaseError(DatabaseError):
    """The file is not a SQLite database, or not one of KPIDesk."""


class NewerDatabaseError(DatabaseError):
    """The database was written by a newer KPIDesk."""


class DamagedDatabaseError(DatabaseError):
    """The database file fails SQLite's integrity check."""


class DatabaseLocation(DatabaseError):
    """The database folder does not exist or cannot be written."""


class NotAllowedError(DatabaseError):
    """The team database refused a change: it belongs to another team member."""


class ConflictError(DatabaseError):
    """Someone else saved the same row at the same moment."""


class ServerUnreachable(DatabaseLocation):
    """The team database server does not answer (yet)."""
