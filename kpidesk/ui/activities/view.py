"""Activities: log contact moments in seconds, see them all, and the points against the goals."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_date, format_int
from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.periods import Period
from kpidesk.core.points import month_of, week_of
from kpidesk.services.activities import records as activity_service
from kpidesk.services.activities.goals import goal_board
from kpidesk.services.activities.records import ActivityFilter, ActivityInput, ActivityRow
from kpidesk.services.common import ACTIVITIES, CONFIG, TARGETS, TEAM, Changes, Page
from kpidesk.services.errors import ServiceError
from kpidesk.services.reference import (
    ActivityTypeInfo,
    TeamMemberInfo,
    list_activity_types,
    list_team,
)
from kpidesk.ui.activities.dialog import ActivityDialog
from kpidesk.ui.activities.goals_panel import GoalsPanel
from kpidesk.ui.activities.log_command import log_command
from kpidesk.ui.activities.mark_done import Planned, mark_done
from kpidesk.ui.activities.quick_log import QuickLogBar
from kpidesk.ui.context import AppContext
from kpidesk.ui.icons import icon
from kpidesk.ui.operations import ServiceCommand, push, show_problem
from kpidesk.ui.widgets.list_page import ExportButton, PageHeader, SearchField
from kpidesk.ui.widgets.table_model import RIGHT, Column, LazyTableModel
from kpidesk.ui.widgets.table_view import DataTableView
from kpidesk.ui.widgets.view_base import View


def state_text(row: ActivityRow, today: date) -> str:
    """Done, planned, or planned and overdue (its day passed without being marked done)."""
    if row.done:
        return tr("Done")
    return tr("⚠ Overdue") if row.date < today else tr("Planned")


COLUMNS: list[Column[ActivityRow]] = [
    Column("date", tr_noop("Date"), lambda r: format_date(r.date), RIGHT),
    Column(
        "state",
        tr_noop("Status"),
        lambda r: state_text(r, date.today()),
        sortable=False,
        header_tip=tr_noop(
            "Done: it happened and earns its points. Planned: a next step, due on its date; "
            "it earns points once it is marked done (Ctrl+D)."
        ),
    ),
    Column(
        "time",
        tr_noop("Time"),
        lambda r: r.time.strftime("%H:%M") if r.time else "",
        RIGHT,
        sortable=False,
    ),
    Column("type", tr_noop("Activity"), lambda r: r.type_name),
    Column(
        "points",
        tr_noop("Points"),
        lambda r: str(r.points) if r.done else f"({r.points})",
        RIGHT,
        header_tip=tr_noop(
            "Activity points: the weight of this kind of contact moment. "
            "Always the type's current points; in brackets for a planned one, which earns "
            "them once it is done."
        ),
    ),
    Column("rep", tr_noop("Rep"), lambda r: r.rep or ""),
    Column("organisation", tr_noop("Organisation"), lambda r: r.organisation or ""),
    Column("deal", tr_noop("Deal"), lambda r: r.deal or "", sortable=False),
    Column(
        "note",
        tr_noop("Note"),
        lambda r: r.note or "",
        sortable=False,
        tooltip=lambda r: r.note or "",
    ),
]

STATES = (
    (activity_service.STATE_ALL, tr_noop("Done and planned")),
    (activity_service.STATE_DONE, tr_noop("Done")),
    (activity_service.STATE_PLANNED, tr_noop("Planned")),
)

PERIODS = (
    ("week", tr_noop("This week")),
    ("last_week", tr_noop("Last week")),
    ("month", tr_noop("This month")),
    ("last_month", tr_noop("Last month")),
    ("90", tr_noop("Last 90 days")),
    ("year", tr_noop("This year")),
    ("all", tr_noop("All time")),
)


def period_range(key: str, today: date) -> tuple[date | None, date | None]:
    """The from–to days of a period filter choice."""
    if key == "week":
        week = week_of(today)
        return week.start, week.end
    if key == "last_week":
        week = week_of(today - timedelta(days=7))
        return week.start, week.end
    if key == "month":
        month = month_of(today)
        return month.start, month.end
    if key == "last_month":
        month = month_of(month_of(today).start - timedelta(days=1))
        return month.start, month.end
    if key == "90":
        return today - timedelta(days=89), today
    if key == "year":
        year = Period.year(today.year)
        return year.start, year.end
    return None, None


class ActivitiesView(View):
    key = "activities"
    watches = frozenset({ACTIVITIES, TEAM, CONFIG, TARGETS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._types: list[ActivityTypeInfo] = []
        self._team: list[TeamMemberInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(
            PageHeader(
                tr("Activities"),
                tr(
                    "Contact moments, counted in activity points. Log them as they happen: "
                    "it takes two clicks."
                ),
            ),
            1,
        )
        layout.addLayout(top)
        self.quick = QuickLogBar(ctx)
        layout.addWidget(self.quick)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(6)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        self.search = SearchField(tr("Search notes or organisation…"))
        self.rep = QComboBox()
        self.type = QComboBox()
        self.period = QComboBox()
        for key, text in PERIODS:
            self.period.addItem(tr(text), key)
        self.period.setCurrentIndex(self.period.findData("month"))
        self.state = QComboBox()
        for key, text in STATES:
            self.state.addItem(tr(text), key)
        self.done_button = QPushButton(tr("Mark done"))
        self.done_button.setToolTip(
            tr("Mark the selected planned activities done (Ctrl+D). Undo with Ctrl+Z.")
        )
        self.edit_button = QPushButton(tr("Edit…"))
        self.delete_button = QPushButton(icon("delete"), tr("Delete"))
        self.delete_button.setToolTip(
            tr("Move the selected activities to the trash (Delete). Undo with Ctrl+Z.")
        )
        for widget in (self.search, self.rep, self.type, self.state, self.period):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.export_button = ExportButton(ctx.db, "activities", self.current_filter)
        # The list's actions sit beside the title (as in the leads view): the filters keep
        # their width on a 1,280 px laptop.
        for button in (self.done_button, self.edit_button, self.delete_button, self.export_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        left_layout.addLayout(filters)
        self.table = DataTableView()
        self.model: LazyTableModel[ActivityRow] = LazyTableModel(
            COLUMNS, self._fetch, sort_key="date", descending=True, parent=self
        )
        self.table.setModel(self.model)
        self.table.fold_columns(ctx.prefs, "activities", ["time", "deal", "note"])
        self.empty = QLabel(
            tr(
                "Nothing logged in this period yet.\nPick a type in the bar above, or press Alt+1, "
                "to log your first contact moment."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        left_layout.addWidget(self.table_stack, 1)
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(placeholder-text);")
        left_layout.addWidget(self.count)
        self.goals = GoalsPanel()
        self.goals.setMinimumWidth(260)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.goals)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([820, 380])
        layout.addWidget(self.splitter, 1)

        self.search.search_changed.connect(lambda _t: self._reload())
        for combo in (self.rep, self.type, self.state, self.period):
            combo.currentIndexChanged.connect(lambda _i: self._reload())
        self.done_button.clicked.connect(self.mark_selected_done)
        done_key = QShortcut(QKeySequence("Ctrl+D"), self.table)
        done_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        done_key.activated.connect(self.mark_selected_done)
        self.quick.log_requested.connect(self.log)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self._update_buttons()
        self.remember_filters(
            search=self.search, rep=self.rep, type=self.type, state=self.state, period=self.period
        )

    def new_item(self) -> None:
        """Ctrl+N: straight to the quick-log bar's note, ready to log a contact moment."""
        self.quick.note.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._types = list_activity_types(self.ctx.db)
        self._team = list_team(self.ctx.db)
        self.quick.set_types(self._types)
        self.quick.set_team(self._team)
        self._fill_combo(self.rep, tr("Whole team"), [(m.id, m.name) for m in self._team])
        self._fill_combo(self.type, tr("All activities"), [(t.id, t.name) for t in self._types])
        self._reload()

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[int, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for item_id, name in items:
            combo.addItem(name, item_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def current_filter(self) -> ActivityFilter:
        start, end = period_range(self.period.currentData(), date.today())
        return ActivityFilter(
            search=self.search.text(),
            rep_id=self.rep.currentData(),
            type_id=self.type.currentData(),
            date_from=start,
            date_to=end,
            state=self.state.currentData() or activity_service.STATE_ALL,
        )

    def _fetch(
        self, offset: int, limit: int, sort: str | None, descending: bool
    ) -> Page[ActivityRow]:
        return activity_service.list_activities(
            self.ctx.db,
            self.current_filter(),
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
        )

    def _reload(self) -> None:
        first = self.model.rowCount() == 0
        self.model.reload()
        if first and self.model.rowCount():
            self.table.fit_columns()
        total = self.model.total
        noun = tr("activity") if total == 1 else tr("activities")
        self.table_stack.setCurrentWidget(self.table if total else self.empty)
        self.count.setText(tr("{count} {noun}").format(count=format_int(total), noun=noun))
        self.goals.show_board(goal_board(self.ctx.db))
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = len(self.table.selected_ids())
        self.edit_button.setEnabled(selected == 1)
        self.delete_button.setEnabled(selected > 0)
        self.done_button.setEnabled(bool(self._selected_planned()))

    # intents ------------------------------------------------------------------------------
    def log(self, values: ActivityInput, kind: str) -> None:
        """Log from the quick-log bar as one undoable step (undo moves it to the trash)."""
        if push(self.ctx, self, log_command(self.ctx, values, kind)):
            points = next((t.points for t in self._types if t.id == values.type_id), 0)
            rep = next((m.name for m in self._team if m.id == values.rep_id), "")
            planned = None if values.done else datetime.combine(values.day, values.at or time())
            self.quick.logged(kind, points, rep, planned)

    def _selected_planned(self) -> list[Planned]:
        rows = (self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows())
        return [Planned(r.id, r.date, r.type_name) for r in rows if r is not None and not r.done]

    def mark_selected_done(self) -> None:
        """Mark the selected planned activities done: one step, asked only for overdue ones."""
        planned = self._selected_planned()
        if planned and mark_done(self.ctx, self, planned):
            self.quick.show_feedback(
                tr("✓ Marked done: its points count now. Undo with Ctrl+Z.")
                if len(planned) == 1
                else tr("✓ {count} activities marked done. Undo with Ctrl+Z.").format(
                    count=format_int(len(planned))
                )
            )

    def edit_selected(self) -> None:
        ids = self.table.selected_ids()
        if len(ids) != 1:
            return
        try:
            detail = activity_service.get_activity(self.ctx.db, ids[0])
        except ServiceError as exc:
            show_problem(self, str(exc))
            return
        dialog = ActivityDialog(self.ctx, detail, self._types, self._team, self)
        if dialog.exec() != ActivityDialog.DialogCode.Accepted:
            return
        new_values = dialog.values()
        if new_values == detail.values:
            return
        db = self.ctx.db
        previous: dict[str, ActivityInput] = {}

        def do() -> Changes:
            previous["values"], changes = activity_service.update_activity(
                db, detail.id, new_values
            )
            return changes

        def undo() -> Changes:
            return activity_service.update_activity(db, detail.id, previous["values"])[1]

        push(self.ctx, self, ServiceCommand.pair(self.ctx, tr("Edit activity"), do, undo))

    def delete_selected(self) -> None:
        ids = self.table.selected_ids()
        if not ids:
            return
        db = self.ctx.db
        text = (
            tr("Delete {count} activities").format(count=len(ids))
            if len(ids) > 1
            else tr("Delete activity")
        )
        command = ServiceCommand.pair(
            self.ctx,
            text,
            lambda: activity_service.delete_activities(db, ids),
            lambda: activity_service.restore_activities(db, ids),
        )
        if push(self.ctx, self, command):
            self.quick.show_feedback(
                tr("Moved to the trash. Undo with Ctrl+Z.")
                if len(ids) == 1
                else tr("{count} activities moved to the trash. Undo with Ctrl+Z.").format(
                    count=format_int(len(ids))
                )
            )
