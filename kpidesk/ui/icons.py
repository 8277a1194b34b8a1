"""Icons by name, from ``resources/icons`` (SVG) with a standard Qt icon as the fallback."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kpidesk.core.i18n import resources_dir

_FALLBACK = {
    "dashboard": QStyle.StandardPixmap.SP_ComputerIcon,
    "leads": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "activities": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "pipeline": QStyle.StandardPixmap.SP_ArrowRight,
    "customers": QStyle.StandardPixmap.SP_DirHomeIcon,
    "settings": QStyle.StandardPixmap.SP_FileDialogListView,
    "import": QStyle.StandardPixmap.SP_DialogOpenButton,
    "export": QStyle.StandardPixmap.SP_DialogSaveButton,
    "undo": QStyle.StandardPixmap.SP_ArrowBack,
    "redo": QStyle.StandardPixmap.SP_ArrowForward,
    "refresh": QStyle.StandardPixmap.SP_BrowserReload,
    "add": QStyle.StandardPixmap.SP_FileIcon,
    "delete": QStyle.StandardPixmap.SP_TrashIcon,
    "app": QStyle.StandardPixmap.SP_ComputerIcon,
}


@cache
def icon(name: str) -> QIcon:
    """The icon called *name*; views never use file paths."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if path.is_file():
        return QIcon(str(path))
    pixmap = _FALLBACK.get(name)
    style = QApplication.style()
    if pixmap is None or style is None:
        return QIcon()
    return style.standardIcon(pixmap)
