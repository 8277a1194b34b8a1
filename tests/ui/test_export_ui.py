"""The Export button on table views and File → Export KPI sheet…, driven with pytest-qt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog

from kpidesk.core.periods import Period, PeriodKind
from kpidesk.services.store.database import Database
from kpidesk.ui import export_actions
from kpidesk.ui.export_actions import KpiExportDialog
from kpidesk.ui.widgets.list_page import ExportButton
from tests import factories as f
from tests.excel.team_data import fill_team


def test_every_table_view_has_an_export_button(db: Database, make_window) -> None:
    f.rep(db, "Bram de Vries")
    window = make_window(db, "leads")
    buttons = [
        window.views["leads"].page.export_button,  # type: ignore[attr-defined]
        window.views["activities"].export_button,  # type: ignore[attr-defined]
        window.views["pipeline"].export_button,  # type: ignore[attr-defined]
        window.views["customers"].export_button,  # type: ignore[attr-defined]
    ]
    assert all(isinstance(b, ExportButton) and not b.isHidden() for b in buttons)


def test_export_button_exports_the_rows_as_filtered(
    db: Database, make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    bram = f.rep(db, "Bram de Vries")
    sanne = f.rep(db, "Sanne Jansen")
    for day in (3, 4, 5):
        f.activity(db, "Phone call", date(2026, 1, day), rep_id=bram)
    f.activity(db, "E-mail", date(2026, 1, 6), rep_id=sanne)
    window = make_window(db, "activities")
    view = window.views["activities"]
    view.refresh()
    view.rep.setCurrentIndex(view.rep.findData(bram))  # type: ignore[attr-defined]
    # The view shows this month by default; these activities are older: show all of them.
    view.period.setCurrentIndex(view.period.count() - 1)  # type: ignore[attr-defined]
    target = tmp_path / "bram.xlsx"
    monkeypatch.setattr(export_actions, "choose_table_file", lambda _p, _k: target)
    view.export_button.click()  # type: ignore[attr-defined]
    task = view.export_button.task  # type: ignore[attr-defined]
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("type", "date", "rep")
    assert [r[2] for r in rows[1:]] == ["Bram de Vries"] * 3
    assert "3" in window.statusBar().currentMessage()


def test_kpi_dialog_starts_from_the_given_period_and_scope(db: Database, qtbot) -> None:
    bram = f.rep(db, "Bram de Vries")
    dialog = KpiExportDialog(db, Period.quarter(2026, 3), bram)
    qtbot.addWidget(dialog)
    assert dialog.period() == Period.quarter(2026, 3)
    assert dialog.rep_id() == bram
    dialog.kind.setCurrentIndex(dialog.kind.findData(PeriodKind.MONTH))
    assert dialog.period() == Period.month(2026, 7)
    dialog.scope.setCurrentIndex(0)
    assert dialog.rep_id() is None


def test_file_menu_writes_the_kpi_sheet(
    db: Database, make_window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    fill_team(db, reps=2, organisations=30, deals=40, activities=300)
    window = make_window(db, "leads")
    target = tmp_path / "kpi.xlsx"
    tasks = []
    original = export_actions.export_kpi_workbook

    def chosen(parent, db_, period, rep_id, path=None):
        task = original(parent, db_, period, rep_id, target)
        tasks.append(task)
        return task

    monkeypatch.setattr(export_actions, "export_kpi_workbook", chosen)
    monkeypatch.setattr(KpiExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.export_action.trigger()
    with qtbot.waitSignal(tasks[0].finished, timeout=30_000):
        pass
    assert load_workbook(target).sheetnames[0] == "Summary"
