"""Leads: the list of prospects, their scores and the qualification panel beside it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_int, format_month
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.periods import Period, PeriodKind, add_months, month_start
from kpidesk.services.common import (
    ACTIVITIES,
    CONFIG,
    CUSTOMERS,
    DEALS,
    LEADS,
    TARGETS,
    TEAM,
    Page,
)
from kpidesk.services.errors import ServiceError
from kpidesk.services.leads import qualification as q
from kpidesk.services.leads import records as lead_service
from kpidesk.services.leads.records import LeadFilter, LeadInput, LeadRow
from kpidesk.services.reference import list_criteria, list_stages, list_team
from kpidesk.ui.activities.mark_done import mark_done
from kpidesk.ui.context import AppContext
from kpidesk.ui.icons import icon
from kpidesk.ui.leads import commands
from kpidesk.ui.leads.dialogs import ConvertDialog, DisqualifyDialog, DuplicateDialog, LeadDialog
from kpidesk.ui.leads.model import COLUMNS, SCORE_KEYS, STATUS_TEXT, ScoreDelegate
from kpidesk.ui.leads.panel import QualificationPanel
from kpidesk.ui.operations import ServiceCommand, push, show_problem
from kpidesk.ui.widgets.list_page import ListPage
from kpidesk.ui.widgets.table_model import LazyTableModel
from kpidesk.ui.widgets.view_base import View

PERIODS = (
    ("all", tr_noop("All time")),
    ("this_month", tr_noop("This month")),
    ("last_month", tr_noop("Last month")),
    ("this_quarter", tr_noop("This quarter")),
    ("this_year", tr_noop("This year")),
    ("last_12", tr_noop("Last 12 months")),
)


def period_range(key: str, today: date) -> tuple[date | None, date | None]:
    """The from–to days of a period choice, both inclusive."""
    if key == "this_month":
        period = Period.containing(today, PeriodKind.MONTH)
    elif key == "last_month":
        period = Period.containing(today, PeriodKind.MONTH).previous()
    elif key == "this_quarter":
        period = Period.containing(today, PeriodKind.QUARTER)
    elif key == "this_year":
        period = Period.containing(today, PeriodKind.YEAR)
    elif key == "last_12":
        return add_months(month_start(today), -11), today
    else:
        return None, None
    return period.start, period.end


class TargetStrip(QWidget):
    """This month's qualified leads against the target of a rep or of the team."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.caption = QLabel()
        self.scope = QComboBox()
        self.scope.setToolTip(tr("Whose target to show"))
        self.figure = QLabel()
        font = self.figure.font()
        font.setBold(True)
        self.figure.setFont(font)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(140, 8)
        layout.addWidget(self.caption)
        layout.addWidget(self.scope)
        layout.addWidget(self.figure)
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def show_progress(self, progress: q.QualifiedProgress) -> None:
        self.caption.setText(
            tr("Qualified leads in {month} for").format(month=format_month(progress.month))
        )
        if progress.target:
            percent = round(100 * progress.count / progress.target)
            self.figure.setText(
                tr("{count} of {target} target ({percent}%)").format(
                    count=format_int(progress.count),
                    target=format_int(progress.target),
                    percent=percent,
                )
            )
            self.bar.setRange(0, progress.target)
            self.bar.setValue(min(progress.count, progress.target))
            self.bar.setVisible(True)
        else:
            self.figure.setText(
                tr("{count} (no target set)").format(count=format_int(progress.count))
            )
            self.bar.setVisible(False)


def fit_filter(combo: QComboBox) -> None:
    """A filter may be squeezed at 1280 px, but never below its "All …" text ("Alle bron" for
    "Alle bronnen"); its list opens as wide as its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.itemText(0)) + 40)


class LeadsView(View):
    key = "leads"
    watches = frozenset({LEADS, TEAM, CONFIG, CUSTOMERS, DEALS, TARGETS, ACTIVITIES})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.page = ListPage(
            tr("Leads"),
            tr(
                "Prospects, how they score on your ideal-customer checklist and how much they "
                "look like your best customers."
            ),
            tr("Search company, contact, e-mail or city…"),
        )
        self.target = TargetStrip()
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), None)
        for key, text in STATUS_TEXT.items():
            self.status.addItem(tr(text), key)
        self.owner = QComboBox()
        self.source = QComboBox()
        self.period = QComboBox()
        for key, text in PERIODS:
            self.period.addItem(tr(text), key)
        self.period.setToolTip(
            tr("On the created date; with status Qualified, on the qualified-at date")
        )
        for combo in (self.status, self.owner, self.source, self.period):
            self.page.add_filter(combo)

        self.new_button = QPushButton(icon("add"), tr("New lead"))
        self.edit_button = QPushButton(tr("Edit…"))
        self.delete_button = QPushButton(icon("delete"), tr("Delete"))
        page_layout = self.page.layout()
        assert isinstance(page_layout, QVBoxLayout)
        page_layout.removeWidget(self.page.header)
        header_row = QHBoxLayout()
        header_row.addWidget(self.page.header, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            header_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        page_layout.insertLayout(0, header_row)
        page_layout.insertWidget(1, self.target)

        self.panel = QualificationPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.page)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 12, 16, 8)
        right_layout.addWidget(self.panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.model: LazyTableModel[LeadRow] = LazyTableModel(
            COLUMNS, self._fetch, sort_key="created", descending=True, parent=self
        )
        table = self.page.table
        table.setModel(self.model)
        # At 1280 px the manager sees who, where in the funnel, whose and how good; the
        # details fold away and come back from the header's context menu.
        table.fold_columns(
            ctx.prefs,
            "leads",
            ["contact", "city", "industry", "employees", "source", "qualified_at"],
        )
        table.set_empty_text(
            tr(
                "No leads to show. Add one with New lead (Ctrl+N), bring in a spreadsheet with "
                "File › Import (Ctrl+I), or widen the filters above."
            )
        )
        for key in SCORE_KEYS:
            table.setItemDelegateForColumn(self.model.column_index(key), ScoreDelegate(key, table))
        self._criteria = list_criteria(ctx.db)
        self._threshold = q.DEFAULT_THRESHOLD
        self._current_id: int | None = None
        self._filling = False

        self.page.search.search_changed.connect(lambda _t: self.refresh())
        self.page.enable_export(ctx.db, "leads", self._filter)
        for combo in (self.status, self.owner, self.source, self.period):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.target.scope.currentIndexChanged.connect(self._filters_changed)
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        table.doubleClicked.connect(lambda _i: self.edit_lead())
        self.new_button.clicked.connect(self.new_lead)
        self.edit_button.clicked.connect(self.edit_lead)
        self.delete_button.clicked.connect(self.delete_leads)
        QShortcut(QKeySequence.StandardKey.Delete, table, self.delete_leads)
        self.panel.answers_edited.connect(self._answers_edited)
        self.panel.qualify_requested.connect(self._qualify)
        self.panel.disqualify_requested.connect(self._disqualify)
        self.panel.reopen_requested.connect(
            lambda lead_id: self._push(commands.reopen_command(self.ctx, lead_id))
        )
        self.panel.convert_requested.connect(self._convert)
        self.panel.mark_done_requested.connect(lambda step: mark_done(self.ctx, self, [step]))
        self._update_buttons()
        self.remember_filters(
            search=self.page.search,
            status=self.status,
            owner=self.owner,
            source=self.source,
            period=self.period,
            scope=self.target.scope,
        )

    def new_item(self) -> None:
        self.new_lead()

    def focus_search(self) -> None:
        self.page.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.page.search.selectAll()

    # data ----------------------------------------------------------------------------------
    def _filter(self) -> LeadFilter:
        start, end = period_range(self.period.currentData() or "all", date.today())
        return LeadFilter(
            search=self.page.search.text(),
            status=self.status.currentData(),
            owner_id=self.owner.currentData(),
            source=self.source.currentData(),
            created_from=start,
            created_to=end,
        )

    def _fetch(self, offset: int, limit: int, sort: str | None, descending: bool) -> Page[LeadRow]:
        return lead_service.list_leads(
            self.ctx.db,
            self._filter(),
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
        )

    def _fill_choices(self) -> None:
        """Owners and sources change with the data; keep what the user chose."""
        self._filling = True
        team = list_team(self.ctx.db)
        for combo, first in ((self.owner, tr("All owners")), (self.target.scope, tr("Team"))):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(first, None)
            for member in team:
                if member.active or member.id == chosen:
                    combo.addItem(member.name, member.id)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
        chosen_source = self.source.currentData()
        self.source.clear()
        self.source.addItem(tr("All sources"), None)
        for source in lead_service.list_sources(self.ctx.db):
            self.source.addItem(source, source)
        self.source.setCurrentIndex(max(self.source.findData(chosen_source), 0))
        for combo in (self.status, self.owner, self.source, self.period):
            fit_filter(combo)
        self._filling = False

    def _filters_changed(self) -> None:
        if not self._filling:
            self.refresh()

    def refresh(self) -> None:
        self._fill_choices()
        self._criteria = list_criteria(self.ctx.db)
        self._threshold = q.load_threshold(self.ctx.db)
        keep = self._current_id
        first = self.model.rowCount() == 0
        self.model.reload()
        if first:
            self._fit_columns()
        self.page.show_count(self.model.total, tr("lead"), tr("leads"))
        self.target.show_progress(
            q.qualified_progress(self.ctx.db, rep_id=self.target.scope.currentData())
        )
        self._select(keep)
        self._show_current()

    def _fit_columns(self) -> None:
        """Size to content, but keep long names from pushing the scores out of sight: company,
        status, owner, created and both scores fit the table's width on a 1280 px screen."""
        table = self.page.table
        table.fit_columns()
        header = table.horizontalHeader()
        for key, widest in (
            ("company", 190),
            ("status", 125),
            ("owner", 110),
            ("created", 95),
            ("contact", 130),
            ("city", 110),
            ("industry", 130),
            ("employees", 70),
            ("source", 110),
        ):
            column = self.model.column_index(key)
            header.resizeSection(column, min(header.sectionSize(column), widest))
        for key in SCORE_KEYS:
            header.resizeSection(self.model.column_index(key), 96)

    def _select(self, lead_id: int | None) -> None:
        table = self.page.table
        rows = [i for i, row in enumerate(self.model.rows()) if row.id == lead_id]
        if not rows:
            table.clearSelection()
            self._current_id = None
            return
        index = self.model.index(rows[0], 0)
        table.selectionModel().blockSignals(True)
        table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        table.selectionModel().blockSignals(False)
        table.scrollTo(index)
        self._current_id = lead_id

    def _selection_changed(self) -> None:
        ids = self.page.table.selected_ids()
        self._current_id = ids[0] if len(ids) == 1 else None
        self._show_current()

    def _show_current(self) -> None:
        detail = None
        if self._current_id is not None:
            try:
                detail = lead_service.get_lead(self.ctx.db, self._current_id)
            except ServiceError:
                detail = None
        self.panel.set_lead(detail, self._criteria, self._threshold)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.page.table.selected_ids())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)

    def open_lead(self, lead_id: int, company: str) -> None:
        """Show a lead in the list (clearing filters that hide it) and select it."""
        if not any(row.id == lead_id for row in self.model.rows()):
            self._filling = True
            for combo in (self.status, self.owner, self.source, self.period):
                combo.setCurrentIndex(0)
            self._filling = False
            self.page.search.blockSignals(True)
            self.page.search.setText(company)
            self.page.search.blockSignals(False)
        self._current_id = lead_id
        self.refresh()

    # intents -------------------------------------------------------------------------------
    def _push(self, command: ServiceCommand) -> bool:
        return push(self.ctx, self, command)

    def _check_duplicates(self, data: LeadInput, exclude_id: int | None) -> bool:
        """True to go on; False when the user cancelled or opened the existing lead."""
        duplicates = lead_service.find_duplicates(
            self.ctx.db, data.company, data.email, exclude_id=exclude_id
        )
        if not duplicates:
            return True
        dialog = DuplicateDialog(duplicates, self)
        dialog.exec()
        if dialog.clickedButton() is dialog.add_button:
            return True
        if dialog.clickedButton() is dialog.open_button:
            self.open_lead(duplicates[0].id, duplicates[0].company)
        return False

    def new_lead(self) -> None:
        dialog = LeadDialog(
            list_team(self.ctx.db), lead_service.list_sources(self.ctx.db), parent=self
        )
        if not dialog.exec():
            return
        data = dialog.value()
        if not self._check_duplicates(data, None):
            return
        command = commands.create_lead_command(self.ctx, data)
        if self._push(command):
            self.open_lead(command.result.lead_id, data.company)

    def edit_lead(self) -> None:
        if self._current_id is None:
            return
        try:
            detail = lead_service.get_lead(self.ctx.db, self._current_id)
        except ServiceError as exc:
            show_problem(self, str(exc))
            return
        dialog = LeadDialog(
            list_team(self.ctx.db), lead_service.list_sources(self.ctx.db), detail.data, parent=self
        )
        if not dialog.exec():
            return
        data = dialog.value()
        if data == detail.data or not self._check_duplicates(data, detail.id):
            return
        self._push(commands.edit_lead_command(self.ctx, detail.id, data))

    def delete_leads(self) -> None:
        ids = self.page.table.selected_ids()
        if ids:
            self._push(commands.delete_leads_command(self.ctx, ids))

    def _answers_edited(self, lead_id: int, answers: dict, previous: dict) -> None:
        self._push(commands.answers_command(self.ctx, lead_id, answers, previous))

    def _qualify(self, lead_id: int, day: date) -> None:
        self._push(commands.qualify_command(self.ctx, lead_id, day))

    def _disqualify(self, lead_id: int) -> None:
        detail = self.panel.detail
        dialog = DisqualifyDialog(detail.data.company if detail else "", self)
        if dialog.exec():
            self._push(commands.disqualify_command(self.ctx, lead_id, dialog.value()))

    def _convert(self, lead_id: int) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        stages = [s for s in list_stages(self.ctx.db) if s.kind == "open"]
        if not stages:
            show_problem(self, tr("There is no open pipeline stage. Add one in Settings first."))
            return
        try:
            first = q.first_contact_of(self.ctx.db, lead_id)
        except ServiceError as exc:
            show_problem(self, str(exc))
            return
        dialog = ConvertDialog(detail.data.company, min(first, date.today()), stages[0].name, self)
        if not dialog.exec():
            return
        title, value, first_contact = dialog.values()
        if self._push(
            commands.convert_command(
                self.ctx, lead_id, title or detail.data.company, value, first_contact
            )
        ):
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    tr("The deal {title} is in the pipeline, in {stage}.").format(
                        title=title or detail.data.company, stage=stages[0].name
                    ),
                    8000,
                )
