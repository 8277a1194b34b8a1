"""The targets tab in Settings: monthly targets per rep and for the team, per KPI, undoable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.services.common import TARGETS, Changes
from kpidesk.services.kpis.planner import PlanPreview, apply_plan, undo_plan
from kpidesk.services.kpis.target_grid import TargetCell, apply_ramp, set_targets, target_grid
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand, push
from kpidesk.ui.settings.plan_dialog import PlanDialog
from kpidesk.ui.settings.ramp import EVERY_REP, RampDialog
from kpidesk.ui.settings.target_model import (
    FIRST_MONTH_COLUMN,
    MONEY_KPIS,
    NAME_COLUMN,
    TEAM_ROW,
    TOTAL_COLUMN,
    TargetDelegate,
    TargetGridModel,
)
from kpidesk.ui.widgets.list_page import mute

KPIS = (
    ("qualified_leads", tr_noop("Qualified leads")),
    ("activity_points", tr_noop("Activity points")),
    ("new_revenue", tr_noop("New revenue")),
    ("pipeline_value", tr_noop("Deal value in the pipeline")),
)


class TargetsTab(QWidget):
    """A KPI and a year, then a grid of the team and the reps over the twelve months."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        this_year = (today or date.today()).year
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.kpi = QComboBox()
        for key, text in KPIS:
            self.kpi.addItem(tr(text), key)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(this_year)
        self.year.setGroupSeparatorShown(False)
        self.ramp_button = QPushButton(tr("Ramp…"))
        self.ramp_button.setToolTip(
            tr("Write targets that start realistic and are raised step by step.")
        )
        self.plan_button = QPushButton(tr("Plan from revenue target…"))
        self.plan_button.setToolTip(
            tr("Work back from a revenue target to targets per rep, at the team's own rates.")
        )
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setToolTip(tr("Remove the targets of the selected cells (Delete)."))
        bar.addWidget(QLabel(tr("KPI")))
        bar.addWidget(self.kpi)
        bar.addSpacing(12)
        bar.addWidget(QLabel(tr("Year")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.plan_button)
        bar.addWidget(self.ramp_button)
        bar.addWidget(self.clear_button)
        layout.addLayout(bar)

        self.model = TargetGridModel(self.edit_cells, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(TargetDelegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)

        self.legend = QLabel()
        self.legend.setWordWrap(True)
        mute(self.legend)
        layout.addWidget(self.legend)
        self.empty = QLabel(
            tr(
                "There are no active reps yet. Add your team under Team first; you can already "
                "set targets for the team as a whole."
            )
        )
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        self.kpi.currentIndexChanged.connect(lambda _i: self.refresh())
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.ramp_button.clicked.connect(self.open_ramp)
        self.plan_button.clicked.connect(self.open_plan)
        self.clear_button.clicked.connect(self.clear_selected)
        # Refresh after the edit that caused the change has finished (never inside setData).
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(0)
        self._reload.timeout.connect(self.refresh)
        ctx.bus.changed.connect(self._on_changes)
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(TARGETS):
            self._reload.start()

    # reading --------------------------------------------------------------------------------
    def current_kpi(self) -> str:
        return str(self.kpi.currentData())

    def first_month(self) -> date:
        return date(self.year.value(), 1, 1)

    def refresh(self) -> None:
        selected = [(i.row(), i.column()) for i in self.table.selectedIndexes()]
        self.model.set_grid(target_grid(self.ctx.db, self.current_kpi(), self.first_month(), 12))
        selection = self.table.selectionModel()
        for row, column in selected:
            if row < self.model.rowCount():
                selection.select(
                    self.model.index(row, column),
                    selection.SelectionFlag.Select,
                )
        self._fit()
        grid = self.model.grid
        self.empty.setVisible(grid is not None and not grid.rep_ids)
        self.legend.setText(
            tr(
                "<i>Team: sum of the reps</i> — in italics where the team has no target of its "
                "own. A value you type in the team row is the team's own target and replaces the "
                "sum; clear it to go back to the sum."
            )
        )
        self.legend.setTextFormat(Qt.TextFormat.RichText)

    def _fit(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME_COLUMN, max(header.sectionSize(NAME_COLUMN) + 24, 140))
        width = 96 if self.current_kpi() in MONEY_KPIS else 64
        for column in range(FIRST_MONTH_COLUMN, TOTAL_COLUMN + 1):
            header.resizeSection(column, max(header.sectionSize(column) + 12, width))
        header.setStretchLastSection(False)

    def selected_scope(self) -> int | None:
        """The rep of the current cell (None for the team row or no selection)."""
        current = self.table.currentIndex()
        if not current.isValid() or current.row() == TEAM_ROW or self.model.grid is None:
            return None
        return self.model.rep_id(current.row())

    # changing -------------------------------------------------------------------------------
    def edit_cells(self, cells: list[TargetCell], text: str | None = None) -> bool:
        """Set *cells* as one undoable step; the previous values come back on undo."""
        if not cells:
            return False
        previous: list[TargetCell] = []

        def do() -> Changes:
            old, changes = set_targets(self.ctx.db, cells)
            previous[:] = old
            return changes

        def undo() -> Changes:
            return set_targets(self.ctx.db, previous)[1]

        label = text or (
            tr("Set target") if any(c.value is not None for c in cells) else tr("Clear targets")
        )
        return push(self.ctx, self, ServiceCommand.pair(self.ctx, label, do, undo))

    def clear_selected(self) -> None:
        grid = self.model.grid
        if grid is None:
            return
        cells = []
        for index in self.table.selectedIndexes():
            month = self.model.month(index.column())
            if month is None or self.model.own_value(index.row(), index.column()) is None:
                continue
            cells.append(TargetCell(self.model.rep_id(index.row()), grid.kpi, month, None))
        self.edit_cells(cells, tr("Clear targets"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.clear_selected()
            return True
        return super().eventFilter(watched, event)

    def open_ramp(self) -> None:
        grid = self.model.grid
        if grid is None:
            return
        dialog = RampDialog(
            grid.kpi,
            self.kpi.currentText(),
            grid.kpi in MONEY_KPIS,
            list(zip(grid.rep_ids, grid.rep_names, strict=True)),
            self.first_month(),
            self.selected_scope(),
            self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.write_ramp(dialog)

    def write_ramp(self, dialog: RampDialog) -> bool:
        """Write the ramp the dialog describes as one undoable step."""
        grid = self.model.grid
        assert grid is not None
        scope = dialog.scope_value()
        scopes: list[int | None] = list(grid.rep_ids) if scope == EVERY_REP else [scope]
        ramp, first, months = dialog.ramp(), dialog.first_month(), dialog.month_count()
        previous: list[TargetCell] = []

        def do() -> Changes:
            old, changes = apply_ramp(self.ctx.db, scopes, grid.kpi, first, months, ramp)
            previous[:] = old
            return changes

        def undo() -> Changes:
            return set_targets(self.ctx.db, previous)[1]

        command = ServiceCommand.pair(self.ctx, tr("Ramp of targets"), do, undo)
        return push(self.ctx, self, command)

    def open_plan(self) -> None:
        dialog = PlanDialog(self.ctx, self.today, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.preview is None:
            return
        self.write_plan(dialog.preview)

    def write_plan(self, preview: PlanPreview) -> bool:
        """Write the planned targets of every rep and KPI as one undoable step."""
        previous: list[TargetCell] = []

        def do() -> Changes:
            old, changes = apply_plan(self.ctx.db, preview)
            previous[:] = old
            return changes

        def undo() -> Changes:
            return undo_plan(self.ctx.db, previous)

        command = ServiceCommand.pair(self.ctx, tr("Targets from the revenue plan"), do, undo)
        return push(self.ctx, self, command)
