"""Customers: the ongoing customer relationships (KPI 5).

A table of customers with their status, the detail with a timeline, and beside it the customers
at risk, the 12-month relationship trend, the cohorts and the prospects that look like the best
customers.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_decimal, format_int, format_money, format_percent
from kpidesk.core.i18n import plural, tr
from kpidesk.core.periods import Period, PeriodKind
from kpidesk.core.relationship import (
    STATUS_ACTIVE,
    STATUS_AT_RISK,
    STATUS_CHURNED,
    Cohort,
    retention_start,
)
from kpidesk.services.common import ACTIVITIES, CONFIG, CUSTOMERS, DEALS, LEADS, TEAM, Page
from kpidesk.services.customers import records as customer_service
from kpidesk.services.customers import relationship as kpis
from kpidesk.services.customers.records import CustomerFilter, CustomerRow
from kpidesk.services.customers.relationship import LookalikeProspect
from kpidesk.services.reference import list_team
from kpidesk.ui.context import AppContext
from kpidesk.ui.customers import actions
from kpidesk.ui.customers.chart import RelationshipChart
from kpidesk.ui.customers.detail import CustomerDetailDialog
from kpidesk.ui.customers.models import (
    AT_RISK_COLUMNS,
    COHORT_COLUMNS,
    CUSTOMER_COLUMNS,
    LOOKALIKE_COLUMNS,
    CohortDelegate,
    StatusDelegate,
)
from kpidesk.ui.widgets.list_page import ExportButton, PageHeader, SearchField, mute
from kpidesk.ui.widgets.table_model import ROW_ROLE, LazyTableModel, StaticTableModel
from kpidesk.ui.widgets.table_view import DataTableView
from kpidesk.ui.widgets.view_base import View


class KpiTile(QFrame):
    """A figure with its caption and a muted line of context."""

    def __init__(self, caption: str, tip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(tip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(0)
        self.caption = QLabel(caption)
        mute(self.caption)
        self.value = QLabel("–")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.value.setFont(font)
        self.note = QLabel()
        mute(self.note)
        for widget in (self.caption, self.value, self.note):
            layout.addWidget(widget)

    def show_figure(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)


def _side_page(note: str, table: QWidget) -> tuple[QWidget, QLabel]:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.setSpacing(6)
    label = QLabel(note)
    label.setWordWrap(True)
    mute(label)
    layout.addWidget(label)
    layout.addWidget(table, 1)
    return page, label


class CustomersView(View):
    key = "customers"
    watches = frozenset({CUSTOMERS, ACTIVITIES, TEAM, DEALS, LEADS, CONFIG})
    open_lead_requested = Signal(int, str)  # lead id and company, to show in the leads view

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today = date.today()
        self._details: dict[int, CustomerDetailDialog] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 8)
        outer.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(
            PageHeader(
                tr("Customers"),
                tr(
                    "The ongoing customer relationship: keep customers longer, catch the ones "
                    "drifting away, and find prospects like your best customers."
                ),
            ),
            1,
        )
        # The actions on the selected customer sit beside the title (as in the leads view), so
        # that the filter bar fits a 1,280 px laptop in Dutch too.
        for button in self._build_actions():
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(top)
        outer.addLayout(self._build_tiles())
        outer.addLayout(self._build_filters())
        self.empty_note = QLabel()
        self.empty_note.setWordWrap(True)
        mute(self.empty_note)
        outer.addWidget(self.empty_note)

        # The table gets the full width; the insight panels sit under it, wide enough for a
        # 12-month chart.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.table = DataTableView()
        self.model: LazyTableModel[CustomerRow] = LazyTableModel(
            CUSTOMER_COLUMNS, self._fetch, sort_key="organisation", parent=self
        )
        self.table.setModel(self.model)
        # The relationship's length and the days since contact say what the two dates say.
        self.table.fold_columns(ctx.prefs, "customers", ["customer_since", "last_contact"])
        self.table.setItemDelegateForColumn(
            self.model.column_index("status"), StatusDelegate(self.table)
        )
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 300])
        outer.addWidget(splitter, 1)

        self.search.search_changed.connect(lambda _t: self._reload_table())
        self.status.currentIndexChanged.connect(lambda _i: self._reload_table())
        self.owner.currentIndexChanged.connect(lambda _i: self._reload_table())
        self.table.doubleClicked.connect(lambda index: self._open_row(self.model, index))
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.at_risk_table.doubleClicked.connect(
            lambda index: self._open_row(self.at_risk_model, index)
        )
        self.lookalike_table.doubleClicked.connect(self._open_lead)
        self._update_buttons()
        self.remember_filters(search=self.search, status=self.status, owner=self.owner)

    def new_item(self) -> None:
        """Ctrl+N: customers come from won deals, so 'new' here is a contact moment."""
        if self.log_button.isEnabled():
            self.log_button.click()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # construction -------------------------------------------------------------------------
    def _build_tiles(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.tile_active = KpiTile(
            tr("Active customers"), tr("Customers that started and have not churned")
        )
        self.tile_retention = KpiTile(
            tr("Retention (12 months)"),
            tr("Of the customers active a year ago, the share that is still active"),
        )
        self.tile_length = KpiTile(
            tr("Avg. relationship"), tr("The average relationship length of active customers")
        )
        self.tile_at_risk = KpiTile(
            tr("Customers at risk"), tr("Active customers without contact for too long")
        )
        self.tile_upsells = KpiTile(
            tr("Upsells this quarter"),
            tr("Won deals for organisations that already were customers (a result KPI)"),
        )
        for tile in (
            self.tile_active,
            self.tile_retention,
            self.tile_length,
            self.tile_at_risk,
            self.tile_upsells,
        ):
            row.addWidget(tile, 1)
        return row

    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = SearchField(tr("Search organisation…"))
        bar.addWidget(self.search)
        self.status = QComboBox()
        self.status.addItem(tr("All statuses"), None)
        self.status.addItem(tr("Active and at risk"), "current")
        self.status.addItem(tr("Active"), STATUS_ACTIVE)
        self.status.addItem(tr("At risk"), STATUS_AT_RISK)
        self.status.addItem(tr("Churned"), STATUS_CHURNED)
        self.status.setCurrentIndex(1)
        bar.addWidget(self.status)
        self.owner = QComboBox()
        bar.addWidget(self.owner)
        bar.addStretch(1)
        self.count_label = QLabel()
        mute(self.count_label)
        bar.addWidget(self.count_label)
        self.export_button = ExportButton(self.ctx.db, "customers", self._filter)
        bar.addWidget(self.export_button)
        return bar

    def _build_actions(self) -> list[QPushButton]:
        self.open_button = QPushButton(tr("Open"))
        self.log_button = QPushButton(tr("Log activity…"))
        self.churn_button = QPushButton(tr("Mark as churned…"))
        self.reactivate_button = QPushButton(tr("Reactivate"))
        self.open_button.clicked.connect(lambda: self._with_selected(self.open_customer))
        self.log_button.clicked.connect(
            lambda: self._with_selected(lambda r: actions.ask_log_activity(self.ctx, self, r))
        )
        self.churn_button.clicked.connect(
            lambda: self._with_selected(lambda r: actions.ask_churn(self.ctx, self, r))
        )
        self.reactivate_button.clicked.connect(
            lambda: self._with_selected(lambda r: actions.reactivate(self.ctx, self, r))
        )
        return [self.open_button, self.log_button, self.churn_button, self.reactivate_button]

    def _build_side(self) -> QTabWidget:
        self.side = QTabWidget()
        self.side.setDocumentMode(True)
        self.at_risk_table = DataTableView()
        self.at_risk_table.set_empty_text(
            tr("No customers at risk: every active customer had contact recently.")
        )
        self.at_risk_model: LazyTableModel[CustomerRow] = LazyTableModel(
            AT_RISK_COLUMNS,
            self._fetch_at_risk,
            sort_key="recurring_value",
            descending=True,
            parent=self,
        )
        self.at_risk_table.setModel(self.at_risk_model)
        page, self.at_risk_note = _side_page("", self.at_risk_table)
        self.side.addTab(page, tr("Customers at risk"))

        self.chart = RelationshipChart()
        chart_page = QWidget()
        chart_layout = QVBoxLayout(chart_page)
        chart_layout.setContentsMargins(4, 8, 4, 4)
        chart_layout.addWidget(self.chart)
        self.side.addTab(chart_page, tr("Trend"))

        self.cohort_table = DataTableView()
        self.cohort_table.setSortingEnabled(False)  # oldest year first is the order that reads
        self.cohort_table.horizontalHeader().setStretchLastSection(False)
        self.cohort_model: StaticTableModel[Cohort] = StaticTableModel(
            COHORT_COLUMNS, self._load_cohorts, parent=self
        )
        self.cohort_table.setModel(self.cohort_model)
        self.cohort_table.setItemDelegate(CohortDelegate(self.cohort_table))
        self.side.addTab(
            _side_page(
                tr(
                    "Customers grouped by the year they started: how many are still active, and "
                    "the share still active one, two and three years after they started."
                ),
                self.cohort_table,
            )[0],
            tr("Cohorts"),
        )

        self.lookalike_table = DataTableView()
        self.lookalike_table.set_empty_text(
            tr(
                "No lookalike prospects yet: this needs open leads and customers who have been "
                "active for a year or more."
            )
        )
        self.lookalike_table.setSortingEnabled(False)  # ranked by the score, best first
        self.lookalike_model: StaticTableModel[LookalikeProspect] = StaticTableModel(
            LOOKALIKE_COLUMNS, self._load_lookalikes, parent=self
        )
        self.lookalike_table.setModel(self.lookalike_model)
        self.side.addTab(
            _side_page(
                tr(
                    "Open leads that look most like your good customers (active for a year or "
                    "more, with an above-median yearly value), by industry, size, region and "
                    "revenue. Double-click a lead to open it in Leads."
                ),
                self.lookalike_table,
            )[0],
            tr("Lookalike prospects"),
        )
        return self.side

    # data ---------------------------------------------------------------------------------
    def _filter(self) -> CustomerFilter:
        status = self.status.currentData()
        return CustomerFilter(
            search=self.search.text(),
            status=status if status != "current" else None,
            owner_id=self.owner.currentData(),
            include_churned=status != "current",
        )

    def _fetch(
        self, offset: int, limit: int, sort: str | None, descending: bool
    ) -> Page[CustomerRow]:
        return customer_service.list_customers(
            self.ctx.db,
            self._filter(),
            today=self.today,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
        )

    def _fetch_at_risk(
        self, offset: int, limit: int, sort: str | None, descending: bool
    ) -> Page[CustomerRow]:
        return customer_service.list_customers(
            self.ctx.db,
            CustomerFilter(status=STATUS_AT_RISK),
            today=self.today,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
        )

    def _load_cohorts(self) -> list[Cohort]:
        return kpis.cohort_table(self.ctx.db, today=self.today)

    def _load_lookalikes(self) -> list[LookalikeProspect]:
        return kpis.lookalike_prospects(self.ctx.db, today=self.today)

    def refresh(self) -> None:
        self.today = date.today()
        self._fill_owners()
        self._reload_table()
        self.at_risk_model.reload()
        self.cohort_model.reload()
        self.lookalike_model.reload()
        for table in (self.at_risk_table, self.cohort_table, self.lookalike_table):
            table.fit_columns()
        self._refresh_figures()

    def _reload_table(self) -> None:
        first = self.model.rowCount() == 0
        self.model.reload()
        if first:  # size to the first rows (or to the headers while there are none)
            self.table.fit_columns({0: 240} if self.model.rowCount() else None)
        total = self.model.total
        filtered = bool(self.search.text().strip()) or self.owner.currentData() is not None
        self.empty_note.setVisible(total == 0)
        self.empty_note.setText(
            tr("No customers match these filters.")
            if filtered or self.status.currentIndex() > 1
            else tr(
                "No customers yet. Winning a deal makes its organisation a customer; the "
                "relationship figures fill in from there."
            )
        )
        self.count_label.setText(
            tr("{count} {noun}").format(
                count=format_int(total), noun=tr("customer") if total == 1 else tr("customers")
            )
        )
        self._update_buttons()

    def _fill_owners(self) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(tr("All owners"), None)
        for member in list_team(self.ctx.db):
            self.owner.addItem(member.name, member.id)
        self.owner.setCurrentIndex(max(self.owner.findData(current), 0))
        self.owner.blockSignals(False)

    def _refresh_figures(self) -> None:
        quarter = Period.containing(self.today, PeriodKind.QUARTER)
        # The same window as the dashboard's tile and the workbook: the 12 months up to today.
        figures = kpis.relationship_kpis(self.ctx.db, retention_start(self.today), self.today)
        upsells = kpis.relationship_kpis(self.ctx.db, quarter.start, self.today)
        month = Period.containing(self.today, PeriodKind.MONTH)
        new = kpis.relationship_kpis(self.ctx.db, month.start, self.today).new_customers
        self.tile_active.show_figure(
            format_int(figures.active_customers),
            tr("{count} new this month").format(count=format_int(new)),
        )
        self.tile_retention.show_figure(
            format_percent(figures.retention_rate) if figures.retention_rate is not None else "–",
            tr("of last year's customers"),
        )
        days = figures.avg_relationship_days
        self.tile_length.show_figure(
            tr("{years} yrs").format(years=format_decimal(days / 365.25, 1))
            if days is not None
            else "–",
            plural(
                round(days / 30.44),
                tr("{months} month on average"),
                tr("{months} months on average"),
            ).format(months=format_int(round(days / 30.44)))
            if days is not None
            else "",
        )
        self.tile_at_risk.show_figure(
            format_int(figures.at_risk_customers),
            plural(
                figures.at_risk_days,
                tr("no contact in {days} day"),
                tr("no contact in {days} days"),
            ).format(days=format_int(figures.at_risk_days)),
        )
        self.tile_upsells.show_figure(
            format_int(upsells.upsells), format_money(upsells.upsell_value_cents)
        )
        self.at_risk_note.setText(
            tr(
                "Active customers without a contact moment in the last {days} days, the most "
                "valuable first. Call them before they drift away."
            ).format(days=format_int(figures.at_risk_days))
        )
        self.chart.set_months(kpis.relationship_trend(self.ctx.db, self.today))

    # actions ------------------------------------------------------------------------------
    def selected_row(self) -> CustomerRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = self.model.data(rows[0], ROW_ROLE)
        return row if isinstance(row, CustomerRow) else None

    def _with_selected(self, action: object) -> None:
        row = self.selected_row()
        if row is not None and callable(action):
            action(row)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        for button in (self.open_button, self.log_button):
            button.setEnabled(row is not None)
        self.churn_button.setEnabled(row is not None and row.churned_at is None)
        self.reactivate_button.setEnabled(row is not None and row.churned_at is not None)

    def open_customer(self, row: CustomerRow | int) -> CustomerDetailDialog:
        """Show the detail of a customer (one window per customer)."""
        customer_id = row if isinstance(row, int) else row.id
        dialog = self._details.get(customer_id)
        if dialog is None or not dialog.isVisible():
            dialog = CustomerDetailDialog(self.ctx, customer_id, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _o=None, cid=customer_id: self._details.pop(cid, None))
            self._details[customer_id] = dialog
            dialog.resize(720, 760)
        dialog.show()
        dialog.activateWindow()
        return dialog

    def _open_row(self, model: LazyTableModel[CustomerRow], index: QModelIndex) -> None:
        row = model.data(index, ROW_ROLE)
        if isinstance(row, CustomerRow):
            self.open_customer(row)

    def _open_lead(self, index: QModelIndex) -> None:
        prospect = self.lookalike_model.data(index, ROW_ROLE)
        if isinstance(prospect, LookalikeProspect):
            self.open_lead_requested.emit(prospect.lead_id, prospect.company)

    def _context_menu(self, pos: QPoint) -> None:
        row = self.selected_row()
        if row is None:
            return
        menu = QMenu(self)
        entries: list[tuple[str, object]] = [
            (tr("Open"), lambda: self.open_customer(row)),
            (tr("Log activity…"), lambda: actions.ask_log_activity(self.ctx, self, row)),
            (tr("Edit…"), lambda: actions.ask_edit(self.ctx, self, row)),
        ]
        if row.churned_at is None:
            entries.append((tr("Mark as churned…"), lambda: actions.ask_churn(self.ctx, self, row)))
        else:
            entries.append((tr("Reactivate"), lambda: actions.reactivate(self.ctx, self, row)))
        entries.append((tr("Delete"), lambda: actions.delete(self.ctx, self, row)))
        for text, slot in entries:
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
