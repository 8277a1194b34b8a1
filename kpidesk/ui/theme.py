"""Light and dark appearance: follow the system, or the user's choice in the preferences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor(30, 32, 36), QColor(40, 43, 48), QColor(225, 228, 232)
    disabled = QColor(120, 124, 130)
    for role, color in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base),
        (QPalette.ColorRole.AlternateBase, QColor(36, 39, 44)),
        (QPalette.ColorRole.ToolTipBase, QColor(52, 56, 62)),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.PlaceholderText, QColor(150, 155, 162)),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.Button, QColor(50, 54, 60)),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.BrightText, QColor(255, 110, 110)),
        (QPalette.ColorRole.Highlight, QColor(74, 124, 196)),
        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
        (QPalette.ColorRole.Link, QColor(120, 170, 240)),
        (QPalette.ColorRole.Light, QColor(70, 74, 80)),
        (QPalette.ColorRole.Midlight, QColor(60, 64, 70)),
        (QPalette.ColorRole.Mid, QColor(80, 84, 90)),
        (QPalette.ColorRole.Dark, QColor(20, 22, 25)),
        (QPalette.ColorRole.Shadow, QColor(0, 0, 0)),
    ):
        palette.setColor(role, color)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.WindowText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette in use is dark: views pick their accent colours by this."""
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str = "system") -> None:
    """Fusion style with a light or dark palette; 'system' follows the desktop's setting."""
    # Setting the style again would re-measure every combo box to its longest item and could
    # widen a view past a 1280 px screen: only the first call sets it.
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    repaint_widgets(app)


def repaint_widgets(app: QApplication) -> None:
    """Bring every open widget to the palette just set, so that a switch in Settings shows
    at once, without a restart.

    Style sheets resolve ``palette(...)`` when they are applied, so each one is applied
    again; widgets that copied colours out of the palette (charts, board lanes) redo that in
    their ``theme_changed`` method.
    """
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
    for widget in app.allWidgets():
        hook = getattr(widget, "theme_changed", None)
        if callable(hook):
            hook()
        widget.update()
