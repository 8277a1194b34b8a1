"""The About box: version, where the data and the log live, and the licence."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk import __version__
from kpidesk.core.i18n import tr
from kpidesk.ui.icons import icon
from kpidesk.ui.widgets.list_page import mute


def _path_label(path: str, folder: Path | None) -> QLabel:
    """A selectable path; a link that opens its folder when there is one on this computer."""
    if folder is not None:
        url = QUrl.fromLocalFile(str(folder)).toString()
        label = QLabel(f'<a href="{url}">{path}</a>')
        label.setToolTip(tr("Open the folder"))
        label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
    else:
        label = QLabel(path)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    """Who we are, which version, and the two locations support will ask about."""

    def __init__(
        self,
        database: str,
        database_file: Path | None,
        log_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("About KPIDesk"))
        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(72, 72))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"KPIDesk {__version__}")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        tagline = QLabel(
            tr("Steer your sales team on a handful of KPIs: action, result and insight.")
        )
        tagline.setWordWrap(True)
        python, system = platform.python_version(), platform.system()
        self.version_text = (
            f"KPIDesk {__version__} · Python {python} · Qt {pyside_version} · {system}"
        )
        versions = QLabel(self.version_text)
        mute(versions)

        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        facts.addRow(
            tr("Database:"), _path_label(database, database_file.parent if database_file else None)
        )
        facts.addRow(tr("Log file:"), _path_label(str(log_path), log_path.parent))
        facts.addRow(tr("Licence:"), QLabel(tr("MIT licence: free to use, change and share.")))

        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(tagline)
        text.addWidget(versions)
        text.addSpacing(8)
        text.addLayout(facts)
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addSpacing(12)
        top.addLayout(text, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(tr("Copy version info"))
        copy.setToolTip(tr("For a question to whoever supports KPIDesk"))
        copy.clicked.connect(self.copy_info)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self.database = database
        self.log_path = log_path

    def copy_info(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(f"{self.version_text}\n{self.database}\n{self.log_path}")
