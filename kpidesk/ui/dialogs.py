"""Entry points for the File menu's Import… and Export KPI sheet…."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget


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
    """File → Export KPI sheet…: period and scope from the dashboard when it offers them.

    The dashboard may expose ``current_period()`` and ``current_rep_id()``; the small dialog
    starts from those (else this month, whole team) so the manager can confirm or change them.
    """
    from kpidesk.ui.export_actions import KpiExportDialog, export_kpi_workbook

    window = parent.window()
    ctx = getattr(window, "ctx", None)
    if ctx is None:
        return
    dashboard = getattr(window, "views", {}).get("dashboard")
    period_of = getattr(dashboard, "current_period", None)
    rep_of = getattr(dashboard, "current_rep_id", None)
    period = period_of() if callable(period_of) else None
    rep_id = rep_of() if callable(rep_of) else None
    dialog = KpiExportDialog(ctx.db, period, rep_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    export_kpi_workbook(parent, ctx.db, dialog.period(), dialog.rep_id(), dialog.path())
