"""User preferences declared once (key, type, default) over QSettings, apart from window state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


OPTIONS = {
    option.key: option
    for option in (
        Option("language", str, ""),  # "" follows the system
        Option("theme", str, "system"),  # system, light or dark
        Option("last_view", str, "dashboard"),
        Option("last_database", str, ""),
        Option("last_rep_id", int, 0),
    )
}


class Preferences:
    """Typed access to the declared options; window state sits under ``window/``."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings("KPIDesk", "KPIDesk")

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        value = self._settings.value(key, option.default)
        if value is None:
            return option.default
        try:
            if option.type is bool:
                return value in (True, "true", "1", 1)
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, key: str, value: Any) -> None:
        if key not in OPTIONS:
            raise KeyError(key)
        self._settings.setValue(key, value)

    def window_state(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_window_state(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"window/{name}", value)

    def value(self, key: str, default: Any = None) -> Any:
        """Free-form state such as column widths or filters, under ``state/``."""
        return self._settings.value(f"state/{key}", default)

    def set_value(self, key: str, value: Any) -> None:
        self._settings.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self._settings.sync()
