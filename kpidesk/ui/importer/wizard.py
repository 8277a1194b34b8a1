"""The import wizard: choose the kind → map the columns → preview and problems → import.

Nothing is written before the last page.  The preview runs the real import in a transaction
that is rolled back (off the GUI thread), so what it reports is exactly what will happen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kpidesk.core.i18n import plural, tr, tr_noop
from kpidesk.services.imports.choices import VALUE_FIELDS, value_overview
from kpidesk.services.imports.sheet import (
    FileOverview,
    ImportOptions,
    ImportRefused,
    import_fields,
    inspect_file,
)
from kpidesk.ui.context import AppContext
from kpidesk.ui.importer.models import IgnoredModel, MappingModel, ValuesModel
from kpidesk.ui.importer.steps import ImportPage, PreviewPage
from kpidesk.ui.importer.tables import table_view
from kpidesk.ui.operations import show_problem

KINDS = (
    ("leads", tr_noop("Leads"), tr_noop("Companies and contacts you may sell to.")),
    ("deals", tr_noop("Deals"), tr_noop("Opportunities with their stage, value and dates.")),
    ("activities", tr_noop("Activities"), tr_noop("Contact moments: calls, meetings, e-mails.")),
    ("customers", tr_noop("Customers"), tr_noop("Who buys from you, since when, and churn.")),
    ("targets", tr_noop("Targets"), tr_noop("Monthly targets per rep or for the team.")),
)
FILE_FILTER = tr_noop("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)")
DATE_FORMATS = (
    ("auto", tr_noop("Automatic (day-month when a column does not tell)")),
    ("dmy", tr_noop("Day-month-year (31-12-2025)")),
    ("mdy", tr_noop("Month-day-year (12/31/2025)")),
    ("ymd", tr_noop("Year-month-day (2025-12-31)")),
)
MAPPING_KEY = "import/mapping/{kind}/{key}"


class ColumnDelegate(QStyledItemDelegate):
    """A combo box editor for the 'column in your file' cell (an editor, not a row widget)."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        if isinstance(model, MappingModel | IgnoredModel | ValuesModel):
            combo.addItems(model.choices())
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(
        self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentIndex(), Qt.ItemDataRole.EditRole)


class KindPage(QWizardPage):
    """Step 1: the file and what it holds."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("What do you want to import?"))
        self.setSubTitle(
            tr("Choose the file and what is in it. Nothing is written until the last step.")
        )
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(tr("An Excel or CSV file"))
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(QLabel(tr("File:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addSpacing(8)
        self.group = QButtonGroup(self)
        for number, (key, label, hint) in enumerate(KINDS):
            button = QRadioButton(tr(label))
            button.setObjectName(f"kind_{key}")
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            self.group.addButton(button, number)
            layout.addWidget(button)
            note = QLabel(tr(hint))
            note.setContentsMargins(26, 0, 0, 6)
            note.setStyleSheet("color: palette(mid);")
            layout.addWidget(note)
        self.group.button(0).setChecked(True)
        self.group.idToggled.connect(lambda _i, _c: self.completeChanged.emit())
        layout.addStretch(1)
        tip = QLabel(
            tr(
                "Exports of Pipedrive, HubSpot and Salesforce, Dutch Excel files and "
                "KPIDesk's own exports are recognised."
            )
        )
        tip.setWordWrap(True)
        tip.setStyleSheet("color: palette(mid);")
        layout.addWidget(tip)

    def kind(self) -> str:
        return KINDS[max(self.group.checkedId(), 0)][0]

    def set_kind(self, kind: str) -> None:
        keys = [k for k, _l, _h in KINDS]
        self.group.button(keys.index(kind)).setChecked(True)

    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, tr("Choose a file to import"), "", tr(FILE_FILTER)
        )
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        try:
            self.w.overview = inspect_file(self.kind(), self.path_edit.text().strip())
        except ImportRefused as exc:
            show_problem(
                self, "\n".join(p.reason for p in exc.problems), tr("This file cannot be imported")
            )
            return False
        return True


class MappingPage(QWizardPage):
    """Step 2: which column feeds which field; detection filled in, choices remembered."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Match the columns"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(self._sheet_changed)
        self.date_combo = QComboBox()
        for key, label in DATE_FORMATS:
            self.date_combo.addItem(tr(label), key)
        self.duplicate_combo = QComboBox()
        self.duplicate_combo.addItem(tr("Update what is already there"), "update")
        self.duplicate_combo.addItem(tr("Skip rows that are already there"), "skip")
        form.addRow(tr("Sheet:"), self.sheet_combo)
        form.addRow(tr("Dates:"), self.date_combo)
        form.addRow(tr("Existing items:"), self.duplicate_combo)
        layout.addLayout(form)
        self.model = MappingModel(self)
        self.model.dataChanged.connect(lambda *_a: self.completeChanged.emit())
        self.view = table_view(self.model)
        self.view.setItemDelegateForColumn(1, ColumnDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().resizeSection(0, 190)
        self.view.horizontalHeader().resizeSection(1, 230)
        layout.addWidget(self.view, 3)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.ignored_label = QLabel()
        self.ignored_label.setWordWrap(True)
        layout.addWidget(self.ignored_label)
        self.ignored_model = IgnoredModel(self.model, self)
        self.ignored_model.modelReset.connect(self._count_ignored)
        self.ignored_view = table_view(self.ignored_model)
        self.ignored_view.setObjectName("ignored_columns")
        self.ignored_view.setItemDelegateForColumn(1, ColumnDelegate(self.ignored_view))
        self.ignored_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.ignored_view.horizontalHeader().resizeSection(0, 190)
        self.ignored_view.horizontalHeader().resizeSection(1, 230)
        layout.addWidget(self.ignored_view, 2)

    def _count_ignored(self) -> None:
        count = self.ignored_model.rowCount()
        self.ignored_label.setText(
            tr("Every column of the file is imported.")
            if not count
            else plural(
                count,
                tr("1 column of the file is not imported. Choose a field for it to import it:"),
                tr(
                    "{count} columns of the file are not imported. Choose a field for any of "
                    "them to import it:"
                ),
            ).format(count=count)
        )
        self.ignored_view.setVisible(bool(count))

    def nextId(self) -> int:
        field = VALUE_FIELDS.get(self.w.kind_page.kind())
        if field is not None and field in self.model.mapping:
            return self.w.values_id
        return self.w.preview_id

    def initializePage(self) -> None:
        overview = self.w.overview
        if overview is None:
            return
        self.sheet_combo.clear()
        self.sheet_combo.addItems(overview.sheet_names)
        self.sheet_combo.setCurrentText(overview.sheet)
        self.sheet_combo.setEnabled(len(overview.sheet_names) > 1)
        self._load(overview)

    def _load(self, overview: FileOverview) -> None:
        kind = self.w.kind_page.kind()
        remembered = self.w.ctx.prefs.value(MAPPING_KEY.format(kind=kind, key=overview.headers_key))
        mapping = dict(overview.detected)
        if isinstance(remembered, dict):
            by_header = {h: i for i, h in enumerate(overview.headers)}
            mapping = {name: by_header[h] for name, h in remembered.items() if h in by_header}
        self.model.load(import_fields(kind), overview.headers, overview.samples, mapping)
        self.setSubTitle(
            tr(
                "{file}: the header is row {row}. KPIDesk filled in the columns it "
                "recognised; change any that are wrong."
            ).format(file=overview.file_name, row=overview.header_row)
        )
        self.completeChanged.emit()

    def _sheet_changed(self) -> None:
        try:
            self.w.overview = inspect_file(
                self.w.kind_page.kind(), self.w.path(), self.sheet_combo.currentText()
            )
        except ImportRefused as exc:
            show_problem(self, "\n".join(p.reason for p in exc.problems))
            return
        self._load(self.w.overview)

    def isComplete(self) -> bool:
        missing = self.model.missing_required()
        self.hint.setText(
            tr("Still needed: {fields}.").format(fields=", ".join(missing))
            if missing
            else tr("* = required.")
        )
        return not missing

    def validatePage(self) -> bool:
        overview = self.w.overview
        if overview is not None:
            remembered = {name: overview.headers[col] for name, col in self.model.mapping.items()}
            self.w.ctx.prefs.set_value(
                MAPPING_KEY.format(kind=self.w.kind_page.kind(), key=overview.headers_key),
                remembered,
            )
        return True

    def overrides(self) -> dict[str, str | None]:
        """The mapping as --map would give it: every field, by column letter or unmapped."""
        result: dict[str, str | None] = {}
        for spec in self.model.fields:
            column = self.model.mapping.get(spec.name)
            result[spec.name] = _letter(column) if column is not None else None
        return result


class ValuesPage(QWizardPage):
    """Step 3 (deals and leads): what each stage or status of the file becomes in KPIDesk."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(tr("Match the values"))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = ValuesModel(self)
        self.view = table_view(self.model)
        self.view.setObjectName("value_mapping")
        self.view.setItemDelegateForColumn(1, ColumnDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.view.horizontalHeader().resizeSection(0, 260)
        self.view.horizontalHeader().resizeSection(1, 260)
        layout.addWidget(self.view, 1)
        self.loaded_for: tuple[str, str, str] | None = None

    def initializePage(self) -> None:
        kind, path = self.w.kind_page.kind(), self.w.path()
        options = self.w.options(values=False)
        key = (kind, path, repr(sorted(options.mapping.items())))
        if key == self.loaded_for:
            return  # Back and Next again: keep the user's choices
        try:
            overview = value_overview(self.w.ctx.db, kind, path, options)
        except ImportRefused as exc:
            show_problem(self, "\n".join(p.reason for p in exc.problems))
            return
        self.loaded_for = key
        self.model.load(overview)
        self.view.resizeColumnToContents(0)
        if overview.field == "stage":
            self.setSubTitle(
                tr("The stages in column '{column}' and the KPIDesk stage each becomes.").format(
                    column=overview.column
                )
            )
            self.intro.setText(
                tr(
                    "Stages of HubSpot, Pipedrive, Salesforce and Odoo are matched to your own "
                    "where they mean the same. A stage you do not have becomes a new stage: say "
                    "whether its deals are open, won or lost. Columns such as 'Is Closed Won' or "
                    "'Status' (won/lost) still decide a deal's outcome."
                )
            )
        else:
            self.setSubTitle(
                tr("The statuses in column '{column}' and what each means in KPIDesk.").format(
                    column=overview.column
                )
            )
            self.intro.setText(
                tr(
                    "Lead statuses of HubSpot, Pipedrive, Salesforce and Odoo are read as new, "
                    "qualified or disqualified. Change any that mean something else to you."
                )
            )


def _letter(column: int) -> str:
    text = ""
    number = column + 1
    while number:
        number, rest = divmod(number - 1, 26)
        text = chr(65 + rest) + text
    return text


class ImportWizard(QWizard):
    """File → Import…, or a file dropped on the window."""

    imported = Signal(object)  # ImportSummary

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, path: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.overview: FileOverview | None = None
        self.setWindowTitle(tr("Import a spreadsheet"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 620)
        self.kind_page = KindPage(self)
        self.mapping_page = MappingPage(self)
        self.values_page = ValuesPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        self.addPage(self.kind_page)
        self.addPage(self.mapping_page)
        self.values_id = self.addPage(self.values_page)
        self.preview_id = self.addPage(self.preview_page)
        self.addPage(self.import_page)
        # The step that writes says so: "Import", not "Next".
        self.preview_page.setButtonText(QWizard.WizardButton.NextButton, tr("Import"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Close"))
        if path:
            self.kind_page.path_edit.setText(path)
            self.kind_page.set_kind(guess_kind(path))

    def path(self) -> str:
        return self.kind_page.path_edit.text().strip()

    def options(self, *, values: bool = True) -> ImportOptions:
        """The import as the user set it up; ``values=False`` leaves out the value step."""
        page = self.mapping_page
        chosen = values and self.mapping_page.nextId() == self.values_id
        return ImportOptions(
            sheet=page.sheet_combo.currentText() or None,
            mapping=page.overrides(),
            date_format=str(page.date_combo.currentData()),
            create_missing=self.preview_page.create_box.isChecked(),
            on_duplicate=str(page.duplicate_combo.currentData()),
            value_map=self.values_page.model.value_map() if chosen else {},
            stage_outcomes=self.values_page.model.stage_outcomes() if chosen else {},
        )


def guess_kind(path: str) -> str:
    """A first guess from the file name ('Pipedrive deals.xlsx' → deals); the user can change it."""
    name = Path(path).stem.casefold()
    hints = (
        ("deal", "deals"),
        ("opportunit", "deals"),
        ("activit", "activities"),
        ("klant", "customers"),
        ("customer", "customers"),
        ("target", "targets"),
        ("doel", "targets"),
    )
    return next((kind for word, kind in hints if word in name), "leads")
