"""The friendly dialog for an unexpected error: what happened, where the log is, copy details.

Installed as ``sys.excepthook``: an exception that escapes a slot or event handler is logged and
shown here, and the application keeps running.  The dialog is not blocking, and further errors
while it is open are added to it instead of opening a pile of dialogs.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kpidesk import __version__
from kpidesk.core.i18n import tr
from kpidesk.services.store.database import log_file

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """Tells the user kindly that something failed, with the details one click away."""

    def __init__(self, details: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Something went wrong"))
        self.setObjectName("errorDialog")
        self._errors: list[str] = []
        self.log_path = log_path

        icon = QLabel()
        style = self.style()
        icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(
            tr(
                "KPIDesk ran into a problem it did not expect. Your data is safe; the last "
                "action may not have been saved. You can keep working."
            )
        )
        self.message.setWordWrap(True)
        self.log_label = QLabel(
            tr('The details are also in the log file:<br><a href="{url}">{path}</a>').format(
                url=QUrl.fromLocalFile(str(log_path.parent)).toString(), path=log_path
            )
        )
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.log_label.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.count_label = QLabel()
        self.count_label.setVisible(False)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setVisible(False)
        self.details.setMinimumHeight(180)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(tr("Copy details"))
        self.copy_button.setToolTip(
            tr("Copy the technical details, to paste into an e-mail to whoever supports KPIDesk")
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button = QPushButton(tr("Show details"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle_details)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("Close"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close.clicked.connect(self.accept)

        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.log_label)
        text.addWidget(self.count_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.resize(620, 200)
        self.add_error(details)

    def add_error(self, details: str) -> None:
        """Add another error's details (errors that follow while the dialog is open)."""
        self._errors.append(details)
        self.details.setPlainText(self.details_text())
        if len(self._errors) > 1:
            self.count_label.setText(
                tr("{count} errors happened one after the other.").format(count=len(self._errors))
            )
            self.count_label.setVisible(True)

    def details_text(self) -> str:
        """Everything support needs: version, platform and each traceback."""
        python, system = platform.python_version(), platform.platform()
        head = f"KPIDesk {__version__}, Python {python}, {system}\n"
        return head + "\n".join(self._errors)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details_text())
        self.copy_button.setText(tr("Copied"))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.show_button.setText(tr("Hide details") if shown else tr("Show details"))
        self.resize(
            self.width(), self.sizeHint().height() if not shown else max(self.height(), 420)
        )


_open_dialog: list[ErrorDialog] = []


def report_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> ErrorDialog | None:
    """Log an unexpected error and show it in the (one) error dialog; returns the dialog."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return None
    details = "".join(traceback.format_exception(kind, value, tb))
    log.error("unexpected error:\n%s", details)
    if not isinstance(QApplication.instance(), QApplication):
        sys.__excepthook__(kind, value, tb)
        return None
    if _open_dialog and _open_dialog[0].isVisible():
        _open_dialog[0].add_error(details)
        return _open_dialog[0]
    _open_dialog.clear()
    dialog = ErrorDialog(details, log_file(), QApplication.activeWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _r: _open_dialog.clear())
    _open_dialog.append(dialog)
    dialog.open()  # not exec(): no nested event loop while the program is in trouble
    return dialog


def install_excepthook() -> None:
    """Route unexpected exceptions to :func:`report_exception` instead of a traceback."""
    sys.excepthook = report_exception
