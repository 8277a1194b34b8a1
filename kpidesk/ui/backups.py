"""File → Backups…: the list of backups with date, kind and size; back up now; restore one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date, format_decimal
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.errors import ServiceError
from kpidesk.services.store.backups import (
    BackupMade,
    BackupRow,
    backup_folder_of,
    database_file,
    list_backups_of,
    restore_backup,
)
from kpidesk.services.store.database import DamagedDatabaseError, DatabaseError, NotADatabaseError
from kpidesk.ui.operations import show_problem
from kpidesk.ui.widgets.table_model import RIGHT, ROW_ROLE, Column, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView


def format_moment(moment: datetime) -> str:
    """A backup's local date and time, e.g. '5 jan. 2026 14:03'."""
    local = moment.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"


def format_size(size: int) -> str:
    megabytes = size / (1024 * 1024)
    if megabytes >= 1:
        return tr("{size} MB").format(size=format_decimal(megabytes, 1))
    return tr("{size} kB").format(size=format_decimal(max(size / 1024, 1), 0))


COLUMNS: list[Column[BackupRow]] = [
    Column("created", tr_noop("Made on"), lambda b: format_moment(b.created)),
    Column("reason", tr_noop("Kind"), lambda b: b.reason_text),
    Column("size", tr_noop("Size"), lambda b: format_size(b.size), RIGHT),
    Column("file", tr_noop("File"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
]


class BackupsDialog(QDialog):
    """Lists the backups of one database; ``chosen`` is the backup to restore on accept.

    *backup_now* is None where no database is open (the way out of a damaged file): then only
    restoring is offered.
    """

    def __init__(
        self,
        database: Path,
        load: Callable[[], list[BackupRow]],
        *,
        backup_now: Callable[[], BackupMade] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Backups"))
        self.database = database
        self.folder = backup_folder_of(database)
        self.chosen: Path | None = None
        self._backup_now = backup_now
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "KPIDesk backs up {name} once a day when it starts, before each upgrade and "
                "before large imports. Restoring a backup keeps a copy of the database as it is "
                "now, so a restore can be undone by restoring that copy."
            ).format(name=database.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = StaticTableModel(COLUMNS, load, self)
        self.table = DataTableView()
        self.table.setSortingEnabled(False)  # newest first is the useful order
        self.table.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.table.setModel(self.model)
        self.empty = QLabel(
            tr("No backups yet. The first one is made at the next start, or now with Back up now.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)

        bar = QHBoxLayout()
        self.backup_button = QPushButton(tr("Back up now"))
        self.backup_button.setVisible(backup_now is not None)
        self.backup_button.clicked.connect(self.make_backup)
        self.other_button = QPushButton(tr("Restore from a file…"))
        self.other_button.clicked.connect(self.restore_other)
        self.folder_button = QPushButton(tr("Show folder"))
        self.folder_button.clicked.connect(self.show_folder)
        self.restore_button = QPushButton(tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        for button in (self.backup_button, self.other_button, self.folder_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.restore_button)
        layout.addLayout(bar)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        self.table.fit_columns()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def make_backup(self) -> None:
        if self._backup_now is None:
            return
        try:
            made = self._backup_now()
        except ServiceError as exc:
            show_problem(self, str(exc))
            return
        self.refresh()
        if made.problems:
            QMessageBox.warning(
                self,
                tr("Backups"),
                tr(
                    "The backup was made, but the integrity check found damage in the database: "
                    "{problem}. Restore an older backup."
                ).format(problem=made.problems[0]),
            )

    def restore_selected(self) -> None:
        row = self.selected()
        if row is not None and self._confirm(row.path, format_moment(row.created)):
            self.chosen = row.path
            self.accept()

    def restore_other(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Restore from a file"),
            str(self.database.parent),
            tr("KPIDesk databases (*.db *.sqlite);;All files (*)"),
        )
        if path and self._confirm(Path(path), Path(path).name):
            self.chosen = Path(path)
            self.accept()

    def _confirm(self, path: Path, label: str) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Restore backup"),
            tr(
                "Replace the data in {name} by the backup of {label}?\n\nEverything entered "
                "after that backup is replaced. The current data is kept as a backup first, so "
                "you can go back to it."
            ).format(name=self.database.name, label=label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_folder(self) -> None:
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


def damaged_database_file(target: str | None, error: Exception) -> Path | None:
    """The database file when it cannot be read (a backup is then the way out), else None."""
    if not isinstance(error, DamagedDatabaseError | NotADatabaseError):
        return None
    try:
        return database_file(target)
    except DatabaseError:
        return None


def restore_with_dialog(database: Path, parent: QWidget | None = None) -> bool:
    """The way out of a damaged database: pick a backup and restore it. True when restored."""
    dialog = BackupsDialog(database, lambda: list_backups_of(database), parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return False
    try:
        restore_backup(database, dialog.chosen)
    except ServiceError as exc:
        QMessageBox.warning(parent, tr("Restore backup"), str(exc))
        return False
    return True
