"""The import wizard, driven like a user: kind → mapping → preview → import → undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from kpidesk.data.models import Deal, Lead, TeamMember
from kpidesk.services.store.database import Database
from kpidesk.ui.context import AppContext
from kpidesk.ui.importer.models import MappingModel
from kpidesk.ui.importer.wizard import ImportWizard
from tests import factories as f

CORPUS = Path(__file__).resolve().parents[1] / "resources" / "import"


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _next(qtbot, wizard: ImportWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_wizard_imports_deals_creating_what_is_missing_and_undoes(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext], qtmodeltester
) -> None:
    ctx = make_ctx(db)
    wizard = ImportWizard(ctx, None, str(CORPUS / "pipedrive_deals.csv"))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.kind_page.kind() == "deals"  # guessed from the file name
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    model = wizard.mapping_page.model
    qtmodeltester.check(model)
    assert model.mapping["title"] == 1 and model.mapping["account"] == 2
    # unmap the value through the editor role, then map it back by choosing the column
    value_row = [fi.name for fi in model.fields].index("value")
    model.setData(model.index(value_row, 1), 0)
    assert "value" not in model.mapping
    model.setData(model.index(value_row, 1), 6)  # choice 6 = column 5, 'Deal - Value'
    assert model.mapping["value"] == 5
    _next(qtbot, wizard)
    # The stages of the file, each with the KPIDesk stage it becomes.
    assert wizard.currentPage() is wizard.values_page
    values = wizard.values_page.model
    qtmodeltester.check(values)
    assert [values.index(r, 0).data() for r in range(values.rowCount())] == ["Proposal", "Won"]
    assert [values.index(r, 1).data() for r in range(values.rowCount())] == ["Proposal", "Won"]
    _next(qtbot, wizard)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    assert page.problem_model.rowCount() > 0  # Anna and Acme Ltd are unknown
    qtmodeltester.check(page.problem_model)
    qtmodeltester.check(page.preview_model)
    assert page.create_box.isVisibleTo(wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert _count(db, Deal) == 0
    page.create_box.setChecked(True)
    qtbot.waitUntil(lambda: page.preview is not None and page.isComplete(), timeout=20_000)
    assert page.problem_model.rowCount() == 0
    with qtbot.waitSignal(wizard.imported, timeout=20_000) as imported:
        _next(qtbot, wizard)
    assert imported.args[0].created == 2
    assert _count(db, Deal) == 2 and _count(db, TeamMember) == 1
    assert ctx.undo_stack.count() == 1
    wizard.import_page.undo_button.click()
    assert _count(db, Deal) == 0 and _count(db, TeamMember) == 0
    assert not wizard.import_page.undo_button.isEnabled()


def test_mapping_is_remembered_per_set_of_headers(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext], tmp_path: Path
) -> None:
    ctx = make_ctx(db)
    f.rep(db, "Anna")
    path = tmp_path / "lijst.csv"
    path.write_text("Klantcode;Stad\nAlfa;Utrecht\n", encoding="utf-8")
    wizard = ImportWizard(ctx, None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    model: MappingModel = wizard.mapping_page.model
    assert "company" not in model.mapping and not wizard.mapping_page.isComplete()
    model.setData(model.index(0, 1), 1)  # company ← Klantcode
    assert wizard.mapping_page.isComplete()
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=20_000)
    wizard.close()
    again = ImportWizard(ctx, None, str(path))
    qtbot.addWidget(again)
    again.show()
    _next(qtbot, again)
    assert again.mapping_page.model.mapping == {"company": 0, "city": 1}
    _next(qtbot, again)
    qtbot.waitUntil(lambda: again.preview_page.isComplete(), timeout=20_000)
    with qtbot.waitSignal(again.imported, timeout=20_000):
        _next(qtbot, again)
    assert _count(db, Lead) == 1


def test_dropping_a_file_on_the_window_opens_the_wizard(make_window, db: Database, qtbot) -> None:
    window = make_window(db)
    window.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CORPUS / "leads_bom.csv"))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    wizards = window.findChildren(ImportWizard)
    assert len(wizards) == 1
    assert wizards[0].path().endswith("leads_bom.csv")
    wizards[0].close()


def test_edit_undo_and_redo_after_the_wizard_is_closed(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    ctx = make_ctx(db)
    wizard = ImportWizard(ctx, None, str(CORPUS / "leads_bom.csv"))  # deleted below
    wizard.show()
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=20_000)
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        _next(qtbot, wizard)
    wizard.close()
    wizard.deleteLater()
    qtbot.wait(10)
    assert _count(db, Lead) == 1
    ctx.undo_stack.undo()
    assert _count(db, Lead) == 0
    ctx.undo_stack.redo()
    assert _count(db, Lead) == 1


def test_ignored_columns_are_listed_and_can_be_mapped(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext], tmp_path: Path, qtmodeltester
) -> None:
    ctx = make_ctx(db)
    path = tmp_path / "prospects.csv"
    path.write_text(
        "Bedrijf;Plaats;Omzet;Klantnummer intern;Lievelingskleur\n"
        "Alfa;Utrecht;1.250.000;K-17;blauw\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(ctx, None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    page = wizard.mapping_page
    assert page.model.mapping["yearly_revenue"] == 2  # "Omzet" is the yearly revenue
    ignored = page.ignored_model
    qtmodeltester.check(ignored)
    assert [ignored.index(r, 0).data() for r in range(ignored.rowCount())] == [
        "Klantnummer intern",
        "Lievelingskleur",
    ]
    assert "2 columns" in page.ignored_label.text()
    choice = ignored.choices().index("External id")
    ignored.setData(ignored.index(0, 1), choice)
    assert page.model.mapping["external_id"] == 3
    assert [ignored.index(r, 0).data() for r in range(ignored.rowCount())] == ["Lievelingskleur"]
    _next(qtbot, wizard)  # leads without a status column: straight to the preview
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=20_000)
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Import"
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        _next(qtbot, wizard)
    with db.read() as s:
        lead = s.scalar(select(Lead))
        assert lead is not None and lead.external_id == "K-17"
        assert lead.organisation.yearly_revenue_cents == 1_250_000_00


def test_value_step_creates_the_stages_the_user_chose(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    ctx = make_ctx(db)
    wizard = ImportWizard(ctx, None, str(CORPUS / "hubspot" / "hubspot-crm-exports-all-deals.csv"))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    values = wizard.values_page.model
    shown = {values.index(r, 0).data(): values.index(r, 1).data() for r in range(values.rowCount())}
    assert shown["Dead Deals"] == "New stage (lost)"  # its deals are all "Is closed lost"
    assert shown["Contract Sent"] == "Negotiation"
    row = [values.index(r, 0).data() for r in range(values.rowCount())].index("Contract Sent")
    values.setData(values.index(row, 1), values.choices().index("New stage (open)"))
    assert values.stage_outcomes() == {"Contract Sent": "open"}  # Dead Deals: as it was
    _next(qtbot, wizard)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    page.create_box.setChecked(True)
    qtbot.waitUntil(lambda: page.preview is not None and page.isComplete(), timeout=20_000)
    assert "Dead Deals" in page.notes.text() and "fractions" in page.notes.text()
    with qtbot.waitSignal(wizard.imported, timeout=20_000):
        _next(qtbot, wizard)
    with db.read() as s:
        from kpidesk.data.models import Stage

        kinds = dict(s.execute(select(Stage.name_en, Stage.kind)).all())
    assert kinds["Dead Deals"] == "lost" and kinds["Contract Sent"] == "open"


def test_many_problems_show_200_and_save_them_all(
    qtbot,
    db: Database,
    make_ctx: Callable[[Database], AppContext],
    tmp_path: Path,
    monkeypatch,
) -> None:
    ctx = make_ctx(db)
    path = tmp_path / "leads.csv"
    path.write_text(
        "Bedrijf;Medewerkers\n" + "".join(f"Firma {i};veel\n" for i in range(250)),
        encoding="utf-8",
    )
    wizard = ImportWizard(ctx, None, str(path))
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.preview is not None, timeout=20_000)
    assert len(page.preview.problems) == 250
    assert page.problem_model.rowCount() == 200
    assert "200" in page.problem_count.text() and "250" in page.problem_count.text()
    target = tmp_path / "report.xlsx"
    monkeypatch.setattr(
        "kpidesk.ui.importer.steps.QFileDialog.getSaveFileName",
        lambda *_a, **_k: (str(target), ""),
    )
    page.save_report.click()
    import openpyxl

    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None and sheet.max_row == 251  # the header and every problem
    assert sheet.cell(2, 2).value == "Medewerkers"
