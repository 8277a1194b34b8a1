"""Entry points for the File menu's Import… and Export KPI sheet…."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from kpidesk.core.i18n import tr


def open_import_dialog(parent: QWidget) -> None:
    QMessageBox.information(
        parent, tr("Import"), tr("Importing spreadsheets is not available in this build.")
    )


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
    export_kpi_workbook(parent, ctx.db, dialog.period(), dialog.rep_id())
