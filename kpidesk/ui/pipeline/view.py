"""Pipeline: a kanban board of the open deals, one column per stage, Won and Lost as drop zones."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kpidesk.core.formatting import format_int, format_money
from kpidesk.core.i18n import current_language, tr
from kpidesk.services.common import CONFIG, DEALS, TEAM, Changes
from kpidesk.services.deals.board import BoardCard, board_cards, cards_for
from kpidesk.services.exporting import DealIds
from kpidesk.services.reference import StageInfo, get_setting, list_stages, list_team
from kpidesk.ui.context import AppContext
from kpidesk.ui.icons import icon
from kpidesk.ui.operations import show_problem
from kpidesk.ui.pipeline import commands
from kpidesk.ui.pipeline.column import DropZone, StageColumn
from kpidesk.ui.pipeline.delegate import CardDelegate
from kpidesk.ui.pipeline.dialogs import LostDialog, StagePicker, WonDialog, money_spin, spin_cents
from kpidesk.ui.pipeline.model import ID_ROLE, BoardFilter
from kpidesk.ui.widgets.list_page import ExportButton, PageHeader, SearchField
from kpidesk.ui.widgets.view_base import View

ZONE_HEIGHT = 72


class PipelineView(View):
    key = "pipeline"
    watches = frozenset({DEALS, TEAM, CONFIG})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.stages: list[StageInfo] = []
        self.columns: dict[int, StageColumn] = {}
        self._where: dict[int, int] = {}  # deal id → stage id of the column holding its card
        self._applied: set[int] = set()  # ids of Changes this board already applied itself
        self._filter = BoardFilter()
        self.today = date.today()
        self.attention_count = 0  # shown deals with a hygiene flag

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(
            PageHeader(
                tr("Pipeline"),
                tr("Drag deals to the next stage. Drop them on Won or Lost to close them."),
            ),
            1,
        )
        self.summary = QLabel()
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.summary)
        # The actions sit beside the totals so the filter bar fits a laptop screen.
        self.new_button = QPushButton(icon("add"), tr("New deal"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(lambda: self.new_deal())
        self.export_button = ExportButton(ctx.db, "deals", self.shown_deals)
        top.addSpacing(12)
        top.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search = SearchField(tr("Search deal, organisation or owner…"))
        self.search.setMinimumWidth(200)
        self.search.search_changed.connect(lambda _t: self._filters_changed())
        bar.addWidget(self.search)
        self.owner = QComboBox()
        self.owner.setMinimumWidth(150)
        self.owner.currentIndexChanged.connect(lambda _i: self._filters_changed())
        bar.addWidget(self.owner)
        bar.addWidget(QLabel(tr("Value")))
        self.min_value = money_spin()
        self.min_value.setSpecialValueText(tr("any"))
        self.max_value = money_spin()
        self.max_value.setSpecialValueText(tr("any"))
        for spin in (self.min_value, self.max_value):
            spin.setDecimals(0)
            spin.setSingleStep(1000)
            spin.setMinimumWidth(100)
            spin.valueChanged.connect(lambda _v: self._filters_changed())
        bar.addWidget(self.min_value)
        bar.addWidget(QLabel(tr("to")))
        bar.addWidget(self.max_value)
        self.sleeping = QCheckBox(tr("Only sleeping deals"))
        self.sleeping.toggled.connect(lambda _c: self._filters_changed())
        bar.addWidget(self.sleeping)
        self.attention = QCheckBox(tr("Needs attention"))
        self.attention.setToolTip(
            tr(
                "Only deals with something wrong: the expected close date has passed, no next "
                "step is planned, the close date moved later twice or more, no value, or "
                "sleeping."
            )
        )
        self.attention.toggled.connect(lambda _c: self._filters_changed())
        bar.addWidget(self.attention)
        self.clear_button = QPushButton(tr("Clear filters"))
        self.clear_button.setFlat(True)
        self.clear_button.clicked.connect(self.clear_filters)
        bar.addWidget(self.clear_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        # An empty board says how deals get onto it.
        self.empty_note = QLabel(
            tr(
                "No open deals yet. Click New deal, turn a qualified lead into a deal under "
                "Leads, or bring in your deals with File › Import. Then drag each card to the "
                "next stage as the deal moves on."
            )
        )
        self.empty_note.setWordWrap(True)
        self.empty_note.setObjectName("emptyNote")
        self.empty_note.setStyleSheet(
            "#emptyNote { border: 1px solid palette(mid); border-radius: 6px; padding: 10px; }"
        )
        self.empty_note.hide()
        layout.addWidget(self.empty_note)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.board = QWidget()
        self.board_layout = QHBoxLayout(self.board)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_layout.setSpacing(8)
        self.scroll.setWidget(self.board)
        layout.addWidget(self.scroll, 1)

        # Drop zones float over the bottom of the board while a card is dragged (as in CRMs).
        self.zones = QWidget(self)
        zone_layout = QHBoxLayout(self.zones)
        zone_layout.setContentsMargins(16, 8, 16, 8)
        self.won_zone = DropZone(tr("Won"), "#2e9e6a")
        self.lost_zone = DropZone(tr("Lost"), "#d93838")
        self.trash_zone = DropZone(tr("Delete"), "#6c7a89")
        for zone in (self.trash_zone, self.lost_zone, self.won_zone):
            zone_layout.addWidget(zone, 1)
        self.zones.setAutoFillBackground(True)
        self.zones.hide()
        self.won_zone.dropped.connect(lambda ids: self._later(lambda: self.mark_won(ids)))
        self.lost_zone.dropped.connect(lambda ids: self._later(lambda: self.mark_lost(ids)))
        self.trash_zone.dropped.connect(lambda ids: self._later(lambda: self.delete(ids)))

        self._actions()
        self.remember_filters(
            search=self.search,
            owner=self.owner,
            min_value=self.min_value,
            max_value=self.max_value,
            sleeping=self.sleeping,
            attention=self.attention,
        )

    def new_item(self) -> None:
        self.new_deal()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # construction -------------------------------------------------------------------------
    def _actions(self) -> None:
        self.move_action = QAction(tr("Move to stage…"), self)
        self.move_action.setShortcut(QKeySequence("Ctrl+M"))
        self.move_action.triggered.connect(lambda: self.move_selected_to())
        self.open_action = QAction(tr("Open deal…"), self)
        self.open_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        self.open_action.triggered.connect(self._open_current)
        self.won_action = QAction(tr("Mark as won…"), self)
        self.won_action.triggered.connect(lambda: self.mark_won(self.selected_ids()))
        self.lost_action = QAction(tr("Mark as lost…"), self)
        self.lost_action.triggered.connect(lambda: self.mark_lost(self.selected_ids()))
        self.delete_action = QAction(icon("delete"), tr("Delete"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(lambda: self.delete(self.selected_ids()))
        self.new_action = QAction(icon("add"), tr("New deal"), self)
        self.new_action.triggered.connect(lambda: self.new_deal())
        for action in (
            self.move_action,
            self.open_action,
            self.won_action,
            self.lost_action,
            self.delete_action,
            self.new_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _build_columns(self, stages: list[StageInfo]) -> None:
        for column in self.columns.values():
            self.board_layout.removeWidget(column)
            column.deleteLater()
        self.columns = {}
        for stage in stages:
            if stage.kind != "open":
                continue
            column = StageColumn(stage, self.board)
            column.model.drop_handler = self._on_drop
            column.model.can_move = lambda card: self.ctx.permissions.can_change(card.owner_id)
            column.list.doubleClicked.connect(
                lambda index, c=column: self.open_deal(c.proxy.card(index.row()).id)
            )
            column.list.customContextMenuRequested.connect(
                lambda pos, c=column: self._context_menu(c, pos)
            )
            column.list.drag_started.connect(self._show_zones)
            column.list.drag_finished.connect(self.zones.hide)
            column.list.selectionModel().selectionChanged.connect(
                lambda _s, _d, c=column: self._selection_changed(c)
            )
            self.board_layout.addWidget(column, 1)
            self.columns[stage.id] = column

    # loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the whole board: stages, team and every open deal (two SQL queries)."""
        self.today = date.today()
        stages = list_stages(self.ctx.db)
        if stages != self.stages:
            self.stages = stages
            self._build_columns(stages)
        self._load_owners()
        per_stage: dict[int, list[BoardCard]] = {sid: [] for sid in self.columns}
        self._where = {}
        for card in board_cards(self.ctx.db, today=self.today):
            if card.stage_id in per_stage:
                per_stage[card.stage_id].append(card)
                self._where[card.id] = card.stage_id
        for sid, column in self.columns.items():
            delegate = column.list.itemDelegate()
            if isinstance(delegate, CardDelegate):
                delegate.today = self.today
            column.model.set_cards(per_stage[sid])
            column.proxy.set_filter(self._filter, self.today)
        self._update_totals()

    def _load_owners(self) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(tr("All owners"), None)
        for member in list_team(self.ctx.db):
            self.owner.addItem(member.name, member.id)
        index = self.owner.findData(current)
        self.owner.setCurrentIndex(max(0, index))
        self.owner.blockSignals(False)

    def apply_deals(self, deal_ids: Sequence[int], changes: Changes) -> Changes:
        """Update only the cards of *deal_ids* after a change this board made itself."""
        fresh = {c.id: c for c in cards_for(self.ctx.db, deal_ids, today=self.today)}
        touched: set[int] = set()
        for deal_id in deal_ids:
            old = self._where.pop(deal_id, None)
            card = fresh.get(deal_id)
            if old is not None and (card is None or card.stage_id != old):
                self.columns[old].model.remove_card(deal_id)
                touched.add(old)
            if card is not None and card.stage_id in self.columns:
                self.columns[card.stage_id].model.put_card(card)
                self._where[deal_id] = card.stage_id
                touched.add(card.stage_id)
        self._update_totals(touched)
        self._applied.add(id(changes))
        return changes

    def _on_changes(self, changes: Changes) -> None:
        if id(changes) in self._applied:
            self._applied.discard(id(changes))
            return
        super()._on_changes(changes)

    # filters and totals -------------------------------------------------------------------
    def current_filter(self) -> BoardFilter:
        low = spin_cents(self.min_value) or None
        high = spin_cents(self.max_value) or None
        owner = self.owner.currentData()
        return BoardFilter(
            self.search.text(),
            owner if isinstance(owner, int) else None,
            low,
            high,
            self.sleeping.isChecked(),
            self.attention.isChecked(),
        )

    def shown_deals(self) -> DealIds:
        """The deals the filtered board shows, for the Export button."""
        ids = []
        for column in self.columns.values():
            proxy = column.proxy
            ids += [int(proxy.index(row, 0).data(ID_ROLE)) for row in range(proxy.rowCount())]
        return DealIds(tuple(ids))

    def _filters_changed(self) -> None:
        self._filter = self.current_filter()
        for column in self.columns.values():
            column.proxy.set_filter(self._filter, self.today)
        self.clear_button.setVisible(self._filter.active)
        self._update_totals()

    def clear_filters(self) -> None:
        widgets = (
            self.search,
            self.owner,
            self.min_value,
            self.max_value,
            self.sleeping,
            self.attention,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        self.owner.setCurrentIndex(0)
        self.min_value.setValue(0)
        self.max_value.setValue(0)
        self.sleeping.setChecked(False)
        self.attention.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._filters_changed()

    def _update_totals(self, only: set[int] | None = None) -> None:
        for sid, column in self.columns.items():
            if only is None or sid in only:
                column.update_totals()
        count = sum(c.header.count for c in self.columns.values())
        total = sum(c.header.total_cents for c in self.columns.values())
        weighted = sum(c.header.weighted_cents for c in self.columns.values())
        sleeping = sum(c.header.sleeping for c in self.columns.values())
        attention = sum(c.attention for c in self.columns.values())
        self.attention_count = attention
        text = tr("<b>{count}</b> open deals · <b>{total}</b> · weighted <b>{weighted}</b>").format(
            count=format_int(count), total=format_money(total), weighted=format_money(weighted)
        )
        if attention:
            text += (
                " · <span style='color:#b26b00'>"
                + tr("{count} need attention").format(count=format_int(attention))
                + "</span>"
            )
        if sleeping:
            text += (
                " · <span style='color:#d93838'>"
                + tr("{count} sleeping").format(count=format_int(sleeping))
                + "</span>"
            )
        self.summary.setText(text)
        self.clear_button.setVisible(self._filter.active)
        self.empty_note.setVisible(count == 0 and not self._filter.active)

    # selection ----------------------------------------------------------------------------
    def _selection_changed(self, column: StageColumn) -> None:
        # One column at a time holds the selection, as on a CRM board.
        if not column.list.selectionModel().hasSelection():
            return
        for other in self.columns.values():
            if other is not column:
                other.list.selectionModel().clearSelection()

    def selected_ids(self) -> list[int]:
        ids: list[int] = []
        for column in self.columns.values():
            for index in column.list.selectionModel().selectedIndexes():
                ids.append(column.proxy.card(index.row()).id)
        return ids

    def _stage(self, stage_id: int) -> StageInfo | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def _stage_of_kind(self, kind: str) -> StageInfo | None:
        return next((s for s in self.stages if s.kind == kind), None)

    def _titles(self, ids: Sequence[int]) -> tuple[list[str], int]:
        titles, value = [], 0
        for deal_id in ids:
            sid = self._where.get(deal_id)
            row = self.columns[sid].model.row_of(deal_id) if sid is not None else None
            if sid is not None and row is not None:
                card = self.columns[sid].model.card(row)
                titles.append(card.title)
                value += card.value_cents
        return titles, value

    # intents ------------------------------------------------------------------------------
    @staticmethod
    def _later(step: object) -> None:
        # Dialogs open after the drag has finished, not inside the drag's event loop.
        QTimer.singleShot(0, step)  # type: ignore[arg-type]

    def _on_drop(self, ids: list[int], stage_id: int) -> bool:
        return self.move(ids, stage_id)

    def move(self, ids: Sequence[int], stage_id: int) -> bool:
        """Move deals to an open stage, or ask the Won/Lost questions first."""
        stage = self._stage(stage_id)
        if stage is None or not ids or not self._only_own(ids):
            return False
        if stage.kind == "won":
            return self.mark_won(ids)
        if stage.kind == "lost":
            return self.mark_lost(ids)
        command = commands.move_command(self.ctx, self.apply_deals, ids, stage_id, stage.name)
        return commands.run(self.ctx, self, command)

    def _only_own(self, ids: Sequence[int]) -> bool:
        """On the team database a rep moves only their own deals: say so before trying."""
        if self.ctx.permissions.is_manager:
            return True
        theirs = [
            c.owner or "?"
            for c in cards_for(self.ctx.db, ids, today=self.today)
            if not self.ctx.permissions.can_change(c.owner_id)
        ]
        if theirs:
            show_problem(
                self,
                tr("Only {owner} and the manager can move this deal.").format(
                    owner=", ".join(sorted(set(theirs)))
                ),
            )
        return not theirs

    def mark_won(self, ids: Sequence[int]) -> bool:
        stage = self._stage_of_kind("won")
        if stage is None or not ids:
            return False
        titles, value = self._titles(ids)
        dialog = WonDialog(titles or [""], value, date.today(), self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._reactivate()
        if not accepted:
            return False
        answer = dialog.answer()
        command = commands.move_command(
            self.ctx,
            self.apply_deals,
            ids,
            stage.id,
            stage.name,
            closed_date=answer.closed_date,
            final_value_cents=answer.final_value_cents,
        )
        return commands.run(self.ctx, self, command)

    def mark_lost(self, ids: Sequence[int]) -> bool:
        stage = self._stage_of_kind("lost")
        if stage is None or not ids:
            return False
        titles, _value = self._titles(ids)
        key = "lost_reasons_nl" if current_language() == "nl" else "lost_reasons_en"
        reasons = [str(r) for r in get_setting(self.ctx.db, key, []) or []]
        dialog = LostDialog(titles or [""], reasons, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._reactivate()
        if not accepted:
            return False
        command = commands.move_command(
            self.ctx, self.apply_deals, ids, stage.id, stage.name, lost_reason=dialog.lost_reason()
        )
        return commands.run(self.ctx, self, command)

    def _reactivate(self) -> None:
        # A dialog opened from a drop may leave no active window behind (seen under X11
        # without a window manager); Ctrl+Z must reach the window right after.
        self.window().activateWindow()

    def delete(self, ids: Sequence[int]) -> bool:
        if not ids:
            return False
        return commands.run(
            self.ctx, self, commands.delete_command(self.ctx, self.apply_deals, ids)
        )

    def move_selected_to(self, stage_id: int | None = None) -> bool:
        ids = self.selected_ids()
        if not ids:
            return False
        if stage_id is None:
            current = self._where.get(ids[0])
            picker = StagePicker(self.stages, current, len(ids), self)
            if picker.exec() != QDialog.DialogCode.Accepted or picker.stage_id() is None:
                return False
            stage_id = picker.stage_id()
        assert stage_id is not None
        return self.move([i for i in ids if self._where.get(i) != stage_id], stage_id)

    def _open_current(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_deal(ids[0])

    def open_deal(self, deal_id: int) -> None:
        from kpidesk.ui.pipeline.editor import DealEditor

        DealEditor.edit(self.ctx, self.apply_deals, deal_id, self.stages, self)

    def new_deal(self) -> None:
        from kpidesk.ui.pipeline.editor import DealEditor

        DealEditor.create(self.ctx, self.apply_deals, self.stages, self)

    def _context_menu(self, column: StageColumn, pos: QPoint) -> None:
        index = column.list.indexAt(pos)
        if not index.isValid():
            return
        if not column.list.selectionModel().isSelected(index):
            column.list.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addAction(self.move_action)
        to_menu = menu.addMenu(tr("Move to"))
        for stage in self.stages:
            if stage.kind == "open" and stage.id != column.stage.id:
                action = to_menu.addAction(stage.name)
                action.triggered.connect(lambda _c=False, s=stage.id: self.move_selected_to(s))
        menu.addSeparator()
        menu.addAction(self.won_action)
        menu.addAction(self.lost_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(column.list.viewport().mapToGlobal(pos))

    # drop zones ---------------------------------------------------------------------------
    def _show_zones(self) -> None:
        self._place_zones()
        self.zones.show()
        self.zones.raise_()

    def _place_zones(self) -> None:
        self.zones.setGeometry(0, self.height() - ZONE_HEIGHT, self.width(), ZONE_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_zones()
