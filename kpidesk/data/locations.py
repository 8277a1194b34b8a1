"""Where KPIDesk keeps its files: the platform's user data and log folders (platformdirs)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

APP_DIR_NAME = "KPIDesk"


def data_dir() -> Path:
    """The user data folder; ``KPIDESK_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("KPIDESK_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("KPIDESK_DATA_DIR")
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_DIR_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / "kpidesk.log"


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose new files, after each rotation too, are readable by the user alone."""

    def _open(self):  # type: ignore[no-untyped-def]
        if not os.path.exists(self.baseFilename):
            os.close(os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT, 0o600))
        return super()._open()


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to a rotating file readable by the user alone; returns its path (None if impossible)."""
    path = log_file()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        handler = _PrivateRotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    # One KPIDesk log at a time: a handler for another log file (the data folder moved) is
    # replaced, one for this file is kept and the new one dropped.
    for old in [h for h in root.handlers if isinstance(h, _PrivateRotatingFileHandler)]:
        if old.baseFilename == handler.baseFilename:
            handler.close()
            break
        root.removeHandler(old)
        old.close()
    else:
        root.addHandler(handler)
    root.setLevel(level)
    return path


def backup_dir_for(path: Path | None) -> Path:
    """Backups sit in the data folder's ``backups``; for other files, beside the file."""
    if path is None or path.parent == data_dir():
        return data_dir() / "backups"
    return path.parent / "kpidesk-backups"
