"""Entry points for the File menu's Import… and Export… (filled in by the import/export views)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kpidesk.core.i18n import tr


def open_import_dialog(parent: QWidget, path: str | None = None) -> None:
    """Open the import wizard (File → Import…, or a file dropped on the window)."""
    from kpidesk.ui.importer.wizard import ImportWizard

    ctx = getattr(parent, "ctx", None)
    if ctx is None:
        return
    wizard = ImportWizard(ctx, parent, path)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()


def open_export_dialog(parent: QWidget) -> None:
    QMessageBox.information(parent, tr("Export"), tr("Exporting spreadsheets is not available "
                                                      "in this build."))
