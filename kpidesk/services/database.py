"""Opening the database, for the window and the command line (they never import ``data``)."""

from __future__ import annotations

from kpidesk.data.database import Database, default_database_path, holds_data, open_database
from kpidesk.data.errors import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseLocation,
    NewerDatabaseError,
    NotADatabaseError,
    NotAllowedError,
    ServerUnreachable,
)
from kpidesk.data.locations import data_dir, log_file, setup_logging

__all__ = [
    "DamagedDatabaseError",
    "Database",
    "DatabaseError",
    "DatabaseLocation",
    "NewerDatabaseError",
    "NotADatabaseError",
    "NotAllowedError",
    "ServerUnreachable",
    "data_dir",
    "default_database_path",
    "holds_data",
    "log_file",
    "open_database",
    "setup_logging",
]
