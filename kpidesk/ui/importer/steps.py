"""The last two steps of the import wizard: preview with the problem report, and the import.

The preview runs the real import in a transaction that is rolled back (off the GUI thread), so
what it reports is exactly what will happen; the import step records an undoable command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kpidesk.core.formatting import format_int
from kpidesk.core.i18n import plural, tr, tr_noop
from kpidesk.services.errors import Refused
from kpidesk.services.imports.report import save_problem_report
from kpidesk.services.imports.sheet import (
    FieldInfo,
    ImportOptions,
    ImportPreview,
    ImportSummary,
    import_fields,
    import_sheet,
    preview_import,
    undo_import,
)
from kpidesk.ui.context import AppContext
from kpidesk.ui.importer.models import OUTCOME_FIELD, PreviewModel, ProblemModel
from kpidesk.ui.importer.tables import table_view
from kpidesk.ui.operations import ServiceCommand, push, show_problem
from kpidesk.ui.worker import BackgroundTask

if TYPE_CHECKING:
    from kpidesk.ui.importer.wizard import ImportWizard

PROBLEMS_SHOWN = 200  # in the window; the saved report has them all


class PreviewPage(QWizardPage):
    """Step 3: the values as KPIDesk read them and the full problem report."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Check before importing"))
        self.setSubTitle(
            tr("These are the values as KPIDesk reads them. Nothing has been written yet.")
        )
        self.preview: ImportPreview | None = None
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.status)
        self.notes = QLabel()
        self.notes.setObjectName("import_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setVisible(False)
        layout.addWidget(self.notes)
        self.create_box = QCheckBox()
        self.create_box.setVisible(False)
        self.create_box.toggled.connect(lambda _c: self.refresh())
        layout.addWidget(self.create_box)
        self.create_list = QLabel()
        self.create_list.setWordWrap(True)
        self.create_list.setTextFormat(Qt.TextFormat.PlainText)
        self.create_list.setContentsMargins(24, 0, 0, 0)
        self.create_list.setVisible(False)
        layout.addWidget(self.create_list)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.preview_model = PreviewModel(self)
        self.preview_view = table_view(self.preview_model)
        self.problem_model = ProblemModel(self)
        self.problem_view = table_view(self.problem_model)
        self.problem_view.setWordWrap(True)
        self.problem_view.horizontalHeader().resizeSection(0, 60)
        self.problem_view.horizontalHeader().resizeSection(1, 150)
        self.problem_view.horizontalHeader().resizeSection(2, 150)
        problems = QWidget()
        box = QVBoxLayout(problems)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.problem_count = QLabel()
        self.problem_count.setWordWrap(True)
        self.save_report = QPushButton(tr("Save the full list…"))
        self.save_report.setObjectName("save_problem_report")
        self.save_report.clicked.connect(self._save_report)
        row.addWidget(self.problem_count, 1)
        row.addWidget(self.save_report)
        box.addLayout(row)
        box.addWidget(self.problem_view, 1)
        self.problem_box = problems
        splitter.addWidget(self.preview_view)
        splitter.addWidget(problems)
        layout.addWidget(splitter, 1)

    def initializePage(self) -> None:
        self.create_box.blockSignals(True)
        self.create_box.setChecked(False)
        self.create_box.setVisible(False)
        self.create_list.setVisible(False)
        self.create_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Run the preview off the GUI thread."""
        self.preview = None
        self.status.setText(tr("Reading the file…"))
        self.completeChanged.emit()
        db, kind, path = self.w.ctx.db, self.w.kind_page.kind(), self.w.path()
        options = self.w.options()
        task = BackgroundTask(
            lambda progress: preview_import(db, kind, path, options, progress),
            label=tr("Checking the file…"),
            parent=self,
        )
        task.succeeded.connect(self._show)
        task.failed.connect(lambda message: self.status.setText(message))
        self.task = task
        task.start()

    def _show(self, preview: ImportPreview) -> None:
        self.preview = preview
        fields = [f for f in import_fields(self.w.kind_page.kind()) if f.name in preview.mapping]
        if "outcome" not in preview.mapping and any(
            OUTCOME_FIELD in record for _n, record in preview.rows
        ):
            at = next((i + 1 for i, f in enumerate(fields) if f.name == "stage"), 0)
            fields.insert(at, FieldInfo(OUTCOME_FIELD, tr_noop("Outcome"), False))
        self.preview_model.load(fields, preview.rows, {p.row for p in preview.problems if p.row})
        self.preview_view.resizeColumnsToContents()
        shown = preview.problems[:PROBLEMS_SHOWN]
        self.problem_model.load(shown)
        self.problem_box.setVisible(bool(preview.problems))
        self.problem_count.setText(
            tr(
                "The first {shown} of {count} problems; save the full list to work through it."
            ).format(shown=format_int(len(shown)), count=format_int(len(preview.problems)))
            if len(shown) < len(preview.problems)
            else plural(
                len(shown),
                tr("1 problem, with its row and column."),
                tr("{count} problems, each with its row and column."),
            ).format(count=format_int(len(shown)))
        )
        self.notes.setText("\n".join("• " + note for note in preview.notes))
        self.notes.setVisible(bool(preview.notes))
        if preview.missing:
            parts = [
                plural(len(names), tr(one), tr(many)).format(
                    count=len(names), names=", ".join(names[:4]) + ("…" if len(names) > 4 else "")
                )
                for key, one, many in (
                    (
                        "owners",
                        tr_noop("{count} team member: {names}"),
                        tr_noop("{count} team members: {names}"),
                    ),
                    (
                        "organisations",
                        tr_noop("{count} organisation: {names}"),
                        tr_noop("{count} organisations: {names}"),
                    ),
                    (
                        "stages",
                        tr_noop("{count} stage: {names}"),
                        tr_noop("{count} stages: {names}"),
                    ),
                    (
                        "types",
                        tr_noop("{count} activity type: {names}"),
                        tr_noop("{count} activity types: {names}"),
                    ),
                )
                for names in [preview.missing.get(key, [])]
                if names
            ]
            self.create_box.setText(tr("Create what is missing:"))
            self.create_list.setText("\n".join("• " + part for part in parts))
            self.create_box.setVisible(True)
            self.create_list.setVisible(True)
        summary = preview.summary
        if preview.problems:
            self.status.setText(
                "<b style='color:#b3261e'>"
                + (
                    tr("1 problem: nothing will be imported until it is fixed.")
                    if len(preview.problems) == 1
                    else tr("{count} problems: nothing will be imported until they are fixed.")
                ).format(count=format_int(len(preview.problems)))
                + "</b> "
                + tr(
                    "Fix them in the file and press Back and Next to check again, or let KPIDesk "
                    "create what is missing."
                )
            )
        elif summary is not None:
            self.status.setText(
                "<b style='color:#1e7b34'>"
                + tr("Ready to import.")
                + "</b> "
                + plural(
                    preview.total_rows, tr("{rows} row: {result}."), tr("{rows} rows: {result}.")
                ).format(rows=format_int(preview.total_rows), result=summary.describe())
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            self.preview is not None
            and not self.preview.problems
            and self.preview.summary is not None
        )

    def _save_report(self) -> None:
        if self.preview is None or not self.preview.problems:
            return
        stem = Path(self.w.path()).stem
        suggested = str(Path(self.w.path()).with_name(tr("{file} - problems").format(file=stem)))
        path, _f = QFileDialog.getSaveFileName(
            self, tr("Save the problems"), suggested + ".xlsx", tr("Excel workbook (*.xlsx)")
        )
        if not path:
            return
        try:
            saved = save_problem_report(self.preview.problems, path)
        except Refused as exc:
            show_problem(self, str(exc))
            return
        self.problem_count.setText(
            tr("Saved {count} problems in {file}.").format(
                count=format_int(len(self.preview.problems)), file=saved.name
            )
        )


def import_command(
    ctx: AppContext, path: str, options: ImportOptions, summary: ImportSummary
) -> ServiceCommand:
    """'Import file.xlsx' on the shared undo stack: undo removes it, redo imports again.

    The wizard's worker has already imported when this is pushed, so the first do only
    publishes that import; the command keeps the file and options itself, because the wizard
    is gone long before Edit → Undo.
    """

    def do(previous: ImportSummary | None) -> ImportSummary:
        if previous is None:
            return summary
        return import_sheet(ctx.db, summary.kind, path, options)

    return ServiceCommand(
        ctx,
        tr("Import {file}").format(file=summary.file_name),
        do,
        lambda done: undo_import(ctx.db, done.run_id or 0),
    )


class ImportPage(QWizardPage):
    """Step 4: the import itself, with progress and Cancel, then the summary and Undo."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Import"))
        self.done = False
        self.command: ServiceCommand | None = None
        self.task: BackgroundTask | None = None
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.message)
        self.undo_button = QPushButton(tr("Undo this import"))
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.done = False
        self.message.setText(tr("Importing…"))
        db, kind, path, options = (
            self.w.ctx.db,
            self.w.kind_page.kind(),
            self.w.path(),
            self.w.options(),
        )
        task = BackgroundTask(
            lambda progress: import_sheet(db, kind, path, options, progress),
            label=tr("Importing {file}…").format(file=Path(path).name),
            parent=self,
        )
        task.succeeded.connect(self._finished)
        task.failed.connect(self._failed)
        self.task = task
        task.start()

    def _finished(self, summary: ImportSummary) -> None:
        self.done = True
        self.command = import_command(self.w.ctx, self.w.path(), self.w.options(), summary)
        push(self.w.ctx, self, self.command)
        created = _created_references(summary)
        self.message.setText(
            "<h3>"
            + tr("Imported {file}").format(file=summary.file_name)
            + "</h3><p>"
            + plural(
                summary.rows, tr("{rows} row: {result}."), tr("{rows} rows: {result}.")
            ).format(rows=format_int(summary.rows), result=summary.describe())
            + "</p><p>"
            + created
            + tr("You can undo this import here or later with Edit → Undo.")
            + "</p>"
        )
        self.undo_button.setVisible(True)
        self.w.imported.emit(summary)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.done = True
        self.message.setText(
            "<b>" + tr("Nothing was imported.") + "</b><p>" + message.replace("\n", "<br>") + "</p>"
        )
        self.completeChanged.emit()

    def undo(self) -> None:
        """Undo the import through the undo stack, so that Edit › Undo agrees afterwards."""
        stack = self.w.ctx.undo_stack
        if self.command is None:
            return
        position = next((i for i in range(stack.count()) if stack.command(i) is self.command), None)
        if position is None or position >= stack.index():
            show_problem(self, tr("This import has already been undone."))
            self.undo_button.setEnabled(False)
            return
        if position != stack.index() - 1:
            show_problem(
                self,
                tr(
                    "Other changes were made after this import. Undo those first with "
                    "Edit → Undo; the import is the next step after them."
                ),
            )
            return
        stack.undo()
        if self.command.error:
            return  # the undo stack has said why
        self.undo_button.setEnabled(False)
        self.message.setText(
            "<b>"
            + tr("The import has been undone.")
            + "</b> "
            + tr("Everything it added is removed and what it changed is back.")
        )

    def isComplete(self) -> bool:
        return self.done


def _created_references(summary: ImportSummary) -> str:
    """'Also created: 2 team members, 3 organisations.' as a line for the summary, or ''."""
    names = {
        "team_members": tr("team members"),
        "organisations": tr("organisations"),
        "stages": tr("stages"),
        "activity_types": tr("activity types"),
    }
    parts = [
        f"{format_int(count)} {names.get(table, table)}"
        for table, count in summary.created_references.items()
    ]
    if not parts:
        return ""
    return tr("Also created: {items}.").format(items=", ".join(parts)) + "</p><p>"
