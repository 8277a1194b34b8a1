"""Running exports from the window: choose a file, write it off the GUI thread, report back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from kpidesk.core.formatting import format_int, format_month
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


def table_file_name(kind: str, day: date | None = None) -> str:
    """ "Leads 6 dec 2026.xlsx": what the table holds and the day it was written."""
    what = tr(KIND_NAMES.get(kind, kind))
    day = day or date.today()
    return f"{what[:1].upper()}{what[1:]} {day.day} {format_month(day)}.xlsx"


def choose_table_file(parent: QWidget, kind: str) -> Path | None:
    path, _f = QFileDialog.getSaveFileName(
        parent,
        tr("Export {what}").format(what=tr(KIND_NAMES.get(kind, kind))),
        str(documents_folder() / table_file_name(kind)),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
    )
    if not path:
        return None
    return with_suffix(path, (".xlsx", ".csv"))


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
            text = plural(
                result.rows,
                tr("{count} row exported to {file}."),
                tr("{count} rows exported to {file}."),
            ).format(count=format_int(result.rows), file=result.path)
            _status(parent, text)
            saved = plural(result.rows, tr("{count} row exported."), tr("{count} rows exported."))
            show_saved(parent, Path(result.path), saved.format(count=format_int(result.rows)))

    def work(progress: Callable[[int, int], bool]) -> ExportResult:
        return export_table(db, kind, target, lang, filters, progress)

    return _run(
        parent, work, tr("Exporting {what}…").format(what=tr(KIND_NAMES.get(kind, kind))), done
    )


def kpi_file_name(period: Period, rep_name: str | None = None, lang: str | None = None) -> str:
    """The workbook's default name as a person would say it: "KPI-overzicht dec 2026.xlsx",
    "KPI overview Bram Dec 2026.xlsx" for one rep (the first name)."""
    from kpidesk.services.coaching.one_on_one import period_text

    first = (rep_name or "").split()[0] if (rep_name or "").split() else ""
    when = period_text(period, lang).replace("–", "-")
    name = tr("KPI overview {period}.xlsx").format(period=f"{first} {when}".strip())
    return "".join("-" if c in '/\\:*?"<>|' else c for c in name)


class KpiExportDialog(QDialog):
    """The one dialog of File › Export KPI sheet: period, scope and where to save it.

    The file starts in Documents with a name after the period and scope, and follows them
    until the user picks a file of their own (Browse…).
    """

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
        self.file = QLineEdit()
        self.file.setMinimumWidth(380)
        self.file.setToolTip(tr("The workbook is written here; Browse… to choose another place."))
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.file, 1)
        where.addWidget(browse)
        form.addRow(tr("Period"), self.kind)
        form.addRow(tr("Month in the period"), self.day)
        form.addRow(tr("For"), self.scope)
        form.addRow(tr("Save as"), where)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._own_file = False  # the user chose a file: the name no longer follows the period
        self._suggest()
        self.kind.currentIndexChanged.connect(lambda _i: self._suggest())
        self.day.dateChanged.connect(lambda _d: self._suggest())
        self.scope.currentIndexChanged.connect(lambda _i: self._suggest())
        self.file.textEdited.connect(lambda _t: setattr(self, "_own_file", True))

    def _suggest(self) -> None:
        if self._own_file:
            return
        rep = self.scope.currentText() if self.scope.currentData() is not None else None
        folder = Path(self.file.text()).parent if self.file.text() else documents_folder()
        self.file.setText(str(folder / kpi_file_name(self.period(), rep, current_language())))

    def _browse(self) -> None:
        chosen, _f = QFileDialog.getSaveFileName(
            self, tr("Export KPI sheet"), self.file.text(), tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            self.file.setText(str(with_suffix(chosen, (".xlsx",))))
            self._own_file = True

    def _accept(self) -> None:
        text = self.file.text().strip()
        if not text:
            QMessageBox.warning(self, tr("Export KPI sheet"), tr("Choose where to save it."))
            return
        folder = self.path().parent
        if not folder.is_dir():
            QMessageBox.warning(
                self,
                tr("Export KPI sheet"),
                tr("The folder {folder} does not exist. Choose another with Browse….").format(
                    folder=folder
                ),
            )
            return
        self.accept()

    def path(self) -> Path:
        return with_suffix(self.file.text().strip(), (".xlsx",))

    def period(self) -> Period:
        day = self.day.date().toPython()
        assert isinstance(day, date)
        return Period.containing(day, self.kind.currentData())

    def rep_id(self) -> int | None:
        value = self.scope.currentData()
        return int(value) if value is not None else None


def with_suffix(chosen: str | Path, allowed: tuple[str, ...]) -> Path:
    """The chosen file with an allowed extension (the first one added when it has none)."""
    path = Path(chosen).expanduser()
    return path if path.suffix.lower() in allowed else Path(f"{path}{allowed[0]}")


_shown: list[QMessageBox] = []  # the "saved" messages on screen, kept alive while open


def show_saved(parent: QWidget, path: Path, text: str) -> QMessageBox:
    """Say the file is written, with Open and Show in folder; not modal over the work."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Export"), text, parent=parent)
    box.setInformativeText(str(path))
    open_button = box.addButton(tr("Open"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    folder_button.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    )
    box.finished.connect(lambda _r: _shown.remove(box) if box in _shown else None)
    _shown.append(box)
    box.open()
    return box


def export_kpi_workbook(
    parent: QWidget, db: Database, period: Period, rep_id: int | None, path: Path | None = None
) -> BackgroundTask | None:
    """Write the KPI meeting workbook off the GUI thread; without a *path*, ask for one
    (in Documents, named after the period)."""
    if path is None:
        suggested = documents_folder() / kpi_file_name(period, None, current_language())
        chosen, _f = QFileDialog.getSaveFileName(
            parent, tr("Export KPI sheet"), str(suggested), tr("Excel workbook (*.xlsx)")
        )
        if not chosen:
            return None
        path = with_suffix(chosen, (".xlsx",))
    lang = current_language()
    target = path

    def work(_progress: Callable[[int, int], bool]) -> Path:
        return export_kpi_sheet(db, target, period, rep_id, lang)

    def done(result: object) -> None:
        text = tr("KPI sheet written to {file}.").format(file=result)
        _status(parent, text)
        show_saved(parent, Path(str(result)), tr("The KPI sheet is saved."))

    return _run(parent, work, tr("Writing the KPI sheet…"), done)


def documents_folder() -> Path:
    """Where a pack is saved by default: the user's Documents folder (else the home folder)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


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
        path = with_suffix(chosen, (".xlsx",))
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
        show_saved(parent, target, tr("The one-on-one pack is saved."))

    return _run(parent, work, tr("Writing the one-on-one pack…"), done)
