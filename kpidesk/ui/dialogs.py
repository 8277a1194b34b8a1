"""Entry points for the File menu's Import… and Export… (filled in by the import/export views)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kpidesk.core.i18n import tr


def open_import_dialog(parent: QWidget) -> None:
    QMessageBox.information(parent, tr("Import"), tr("Importing spreadsheets is not available "
                                                      "in this build."))


def open_export_dialog(parent: QWidget) -> None:
    QMessageBox.information(parent, tr("Export"), tr("Exporting spreadsheets is not available "
                                                      "in this build."))
