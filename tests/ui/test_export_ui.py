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


def test_kpi_export_is_one_dialog_starting_in_documents_with_a_spoken_name(
    db: Database, qtbot, tmp_path: Path, monkeypatch
) -> None:
    from kpidesk.core.i18n import current_language, set_language

    monkeypatch.setattr(export_actions, "documents_folder", lambda: tmp_path)
    bram = f.rep(db, "Bram de Vries")
    previous = current_language()
    set_language("nl")
    try:
        dialog = KpiExportDialog(db, Period.month(2026, 12), None)
        qtbot.addWidget(dialog)
        assert dialog.path() == tmp_path / "KPI-overzicht dec 2026.xlsx"
        dialog.scope.setCurrentIndex(dialog.scope.findData(bram))
        dialog.kind.setCurrentIndex(dialog.kind.findData(PeriodKind.QUARTER))
        assert dialog.path() == tmp_path / "KPI-overzicht Bram Q4 2026.xlsx"
        dialog.file.setText(str(tmp_path / "mijn overzicht"))
        dialog.file.textEdited.emit("mijn overzicht")  # typed by the user: no longer follows
        dialog.kind.setCurrentIndex(dialog.kind.findData(PeriodKind.YEAR))
        assert dialog.path() == tmp_path / "mijn overzicht.xlsx"
    finally:
        set_language(previous)
    assert export_actions.kpi_file_name(Period.month(2026, 12), None, "en") == (
        "KPI overview Dec 2026.xlsx"
    )


def test_kpi_dialog_refuses_a_folder_that_does_not_exist(
    db: Database, qtbot, tmp_path: Path, monkeypatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        export_actions.QMessageBox, "warning", lambda _p, _t, text: warnings.append(text)
    )
    dialog = KpiExportDialog(db, Period.month(2026, 12), None)
    qtbot.addWidget(dialog)
    dialog.file.setText(str(tmp_path / "nowhere" / "kpi.xlsx"))
    dialog._accept()
    assert warnings and "nowhere" in warnings[0]
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_after_saving_open_and_show_in_folder(qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    opened: list[str] = []
    monkeypatch.setattr(
        export_actions.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "KPI overview Dec 2026.xlsx"
    box = export_actions.show_saved(parent, target, "The KPI sheet is saved.")
    texts = [b.text() for b in box.buttons()]
    assert "Open" in texts and "Show in folder" in texts
    by_text = {b.text(): b for b in box.buttons()}
    by_text["Show in folder"].click()
    assert opened == [str(tmp_path)]
    box = export_actions.show_saved(parent, target, "The KPI sheet is saved.")
    {b.text(): b for b in box.buttons()}["Open"].click()
    assert opened[-1] == str(target)
    assert isinstance(box, QMessageBox)


def test_table_export_starts_in_documents(tmp_path: Path, monkeypatch, qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    asked: list[str] = []
    monkeypatch.setattr(export_actions, "documents_folder", lambda: tmp_path)
    monkeypatch.setattr(
        export_actions.QFileDialog,
        "getSaveFileName",
        lambda _p, _title, start, _filter: asked.append(start) or (str(tmp_path / "x"), ""),
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    assert export_actions.choose_table_file(parent, "leads") == tmp_path / "x.xlsx"
    assert Path(asked[0]).parent == tmp_path
    assert Path(asked[0]).name == export_actions.table_file_name("leads")
    assert export_actions.table_file_name("leads", date(2026, 12, 6)) in (
        "Leads 6 Dec 2026.xlsx",
        "Leads 6 dec 2026.xlsx",
    )
