"""Running exports from the window: choose a file, write it off the GUI thread, report back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from kpidesk.core.formatting import format_int
from kpidesk.core.i18n import current_language, plural, tr, tr_noop
from kpidesk.core.periods import Period, PeriodKind
from kpidesk.services.exporting import ExportResult, Filters, export_table
from kpidesk.services.kpis.workbook import export_kpi_sheet
from kpidesk.services.reference import list_team
from kpidesk.services.store.database import Database
from kpidesk.ui.worker import BackgroundTask

KIND_NAMES = {
    "leads": tr_noop("leads"),
    "deals": tr_noop("deals"),
    "activities": tr_noop("activities"),
    "customers": tr_noop("customers"),
    "targets": tr_noop("targets"),
    "actions": tr_noop("agreed actions"),
}
_tasks: list[BackgroundTask] = []  # keep running tasks alive until they finish


def _run(
    parent: QWidget, work: Callable[..., object], label: str, done: Callable[[object], None]
) -> BackgroundTask:
    task = BackgroundTask(work, label=label, parent=parent)
    task.succeeded.connect(done)
    task.failed.connect(lambda message: _failed(parent, message, task))
    task.finished.connect(lambda: _tasks.remove(task) if task in _tasks else None)
    _tasks.append(task)
    task.start()
    return task


def _failed(parent: QWidget, message: str, task: BackgroundTask) -> None:
    if task.cancelled:
        _status(parent, tr("Export cancelled; no file was written."))
        return
    QMessageBox.warning(parent, tr("Export"), message)


def _status(parent: QWidget, text: str) -> None:
    window = parent.window()
    bar = getattr(window, "statusBar", None)
    if callable(bar):
        bar().showMessage(text, 8000)


def choose_table_file(parent: QWidget, kind: str) -> Path | None:
    name = f"{tr(KIND_NAMES.get(kind, kind))}-{date.today().isoformat()}.xlsx"
    path, _f = QFileDialog.getSaveFileName(
        parent,
        tr("Export {what}").format(what=tr(KIND_NAMES.get(kind, kind))),
        name,
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    if not path:
        return None
    result = Path(path)
    return result if result.suffix.lower() in (".xlsx", ".csv") else result.with_suffix(".xlsx")


def export_rows(
    parent: QWidget, db: Database, kind: str, filters: Filters, path: Path | None = None
) -> BackgroundTask | None:
    """Export the rows of a table view as filtered; progress and Cancel for big tables."""
    target = path or choose_table_file(parent, kind)
    if target is None:
        return None
    lang = current_language()

    def done(result: object) -> None:
        if isinstance(result, ExportResult):
            _status(
                parent,
                plural(
                    result.rows,
                    tr("{count} row exported to {file}."),
                    tr("{count} rows exported to {file}."),
                ).format(count=format_int(result.rows), file=result.path),
            )

    def work(progress: Callable[[int, int], bool]) -> ExportResult:
        return export_table(db, kind, target, lang, filters, progress)

    return _run(
        parent, work, tr("Exporting {what}…").format(what=tr(KIND_NAMES.get(kind, kind))), done
    )


class KpiExportDialog(QDialog):
    """Pick the period (month, quarter or year holding a day) and the scope of the KPI sheet."""

    def __init__(
        self, db: Database, period: Period | None, rep_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export KPI sheet"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind, text in (
            (PeriodKind.MONTH, tr("Month")),
            (PeriodKind.QUARTER, tr("Quarter")),
            (PeriodKind.YEAR, tr("Year")),
        ):
            self.kind.addItem(text, kind)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("MM-yyyy")
        start = period.start if period is not None else date.today()
        self.day.setDate(QDate(start.year, start.month, start.day))
        if period is not None:
            index = self.kind.findData(period.kind)
            self.kind.setCurrentIndex(max(index, 0))
        self.scope = QComboBox()
        self.scope.addItem(tr("Whole team"), None)
        for member in list_team(db, reps_only=True):
            self.scope.addItem(member.name, member.id)
        self.scope.setCurrentIndex(max(self.scope.findData(rep_id), 0))
        form.addRow(tr("Period"), self.kind)
        form.addRow(tr("Month in the period"), self.day)
        form.addRow(tr("For"), self.scope)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> Period:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        return Period.containing(day, self.kind.currentData())

    def rep_id(self) -> int | None:
        value = self.scope.currentData()
        return int(value) if value is not None else None


def export_kpi_workbook(
    parent: QWidget, db: Database, period: Period, rep_id: int | None, path: Path | None = None
) -> BackgroundTask | None:
    """Ask for a file name and write the KPI meeting workbook off the GUI thread."""
    if path is None:
        name = tr("kpi-sheet-{period}.xlsx").format(period=period.label().replace("..", "_"))
        chosen, _f = QFileDialog.getSaveFileName(
            parent, tr("Export KPI sheet"), name, tr("Excel workbook (*.xlsx)")
        )
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
    lang = current_language()
    target = path

    def work(_progress: Callable[[int, int], bool]) -> Path:
        return export_kpi_sheet(db, target, period, rep_id, lang)

    def done(result: object) -> None:
        _status(parent, tr("KPI sheet written to {file}.").format(file=result))

    return _run(parent, work, tr("Writing the KPI sheet…"), done)


def documents_folder() -> Path:
    """Where a pack is saved by default: the user's Documents folder (else the home folder)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def export_one_on_one_pack(
    parent: QWidget,
    db: Database,
    rep_id: int,
    rep_name: str,
    period: Period,
    path: Path | None = None,
    *,
    today: date | None = None,
) -> BackgroundTask | None:
    """Ask where to save the rep's one-on-one pack (in Documents, named after the rep and the
    period) and write it off the GUI thread."""
    from kpidesk.services.coaching.one_on_one import export_one_on_one, file_name

    lang = current_language()
    if path is None:
        suggested = documents_folder() / file_name(rep_name, period, lang)
        chosen, _f = QFileDialog.getSaveFileName(
            parent,
            tr("Prepare 1:1 with {name}").format(name=rep_name),
            str(suggested),
            tr("Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen) if chosen.lower().endswith(".xlsx") else Path(chosen + ".xlsx")
    target = path

    def work(_progress: Callable[[int, int], bool]) -> object:
        return export_one_on_one(db, target, rep_id, period, lang, today)

    def done(result: object) -> None:
        pages = getattr(result, "pages", 0)
        _status(
            parent,
            plural(
                pages,
                tr("One-on-one pack written to {file} ({count} page)."),
                tr("One-on-one pack written to {file} ({count} pages)."),
            ).format(file=target, count=format_int(pages)),
        )

    return _run(parent, work, tr("Writing the one-on-one pack…"), done)
