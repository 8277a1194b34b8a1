"""Opening the database, for the window and the command line (they never import ``data``).

The errors and the locations cost nothing to import. The database itself (``Database``,
``open_database``, ``holds_data``, ``default_database_path``) brings SQLAlchemy, about a quarter
of a second, so it is imported on first use (PEP 562): the window is on screen before that, and
``--version`` or ``--help`` never pay for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from kpidesk.data.database import Database, default_database_path, holds_data, open_database

_ON_FIRST_USE = {"Database", "default_database_path", "holds_data", "open_database"}

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


def __getattr__(name: str) -> Any:
    if name in _ON_FIRST_USE:
        value = getattr(importlib.import_module("kpidesk.data.database"), name)
        globals()[name] = value  # later look-ups are plain attribute reads
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
