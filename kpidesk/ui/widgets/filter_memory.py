"""Remember a view's filter widgets between sessions (search text, combo choices, toggles).

The state is read when the window closes and written back after the view's first refresh, when
its choice lists (owners, sources…) are filled.  Stored as JSON under ``state/filters/<view>/``.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from kpidesk.ui.preferences import Preferences


class FilterMemory:
    """Saves and restores the named filter widgets of one view."""

    def __init__(self, prefs: Preferences, view_key: str, widgets: dict[str, QWidget]) -> None:
        self.prefs = prefs
        self.prefix = f"filters/{view_key}/"
        self.widgets = widgets
        self.restored = False

    def save(self) -> None:
        for name, widget in self.widgets.items():
            state = _read(widget)
            if state is None:
                continue
            try:
                self.prefs.set_value(self.prefix + name, json.dumps(state))
            except TypeError:  # a choice whose data is not plain JSON: not worth remembering
                continue

    def restore(self) -> None:
        """Put back the saved state once; later calls do nothing."""
        if self.restored:
            return
        self.restored = True
        for name, widget in self.widgets.items():
            raw = self.prefs.value(self.prefix + name)
            if not isinstance(raw, str):
                continue
            try:
                state = json.loads(raw)
            except ValueError:
                continue
            _write(widget, state)


def _read(widget: QWidget) -> dict[str, Any] | None:
    if isinstance(widget, QComboBox):
        return {"index": widget.currentIndex(), "data": widget.currentData()}
    if isinstance(widget, QLineEdit):
        return {"text": widget.text()}
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return {"checked": widget.isChecked()}
    if isinstance(widget, QAbstractSpinBox):
        return {"value": widget.property("value")}
    return None


def _write(widget: QWidget, state: dict[str, Any]) -> None:
    if isinstance(widget, QComboBox):
        data, index = state.get("data"), state.get("index", 0)
        found = widget.findData(data) if data is not None else index
        if isinstance(found, int) and 0 <= found < widget.count():
            widget.setCurrentIndex(found)
    elif isinstance(widget, QLineEdit) and isinstance(state.get("text"), str):
        widget.setText(state["text"])
    elif isinstance(widget, QAbstractButton) and isinstance(state.get("checked"), bool):
        widget.setChecked(state["checked"])
    elif isinstance(widget, QAbstractSpinBox) and isinstance(state.get("value"), (int, float)):
        widget.setProperty("value", state["value"])
