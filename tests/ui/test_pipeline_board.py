"""The pipeline board: models, drops through MIME data, undo/redo, Won and Lost dialogs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

from kpidesk.data.models import Deal, DealStageHistory
from kpidesk.services.deals.board import board_cards
from kpidesk.services.store.database import Database
from kpidesk.ui.context import AppContext
from kpidesk.ui.pipeline.dialogs import LostDialog, WonDialog, set_spin_cents
from kpidesk.ui.pipeline.model import (
    BoardFilter,
    CardFilterProxy,
    StageCardsModel,
    decode_ids,
    encode_ids,
)
from kpidesk.ui.pipeline.view import PipelineView
from tests import factories as f

TODAY = date.today()


@pytest.fixture
def board_db(db: Database) -> Database:
    rep = f.rep(db, "Sanne de Vries")
    other = f.rep(db, "Bram Jansen")
    org = f.org(db, "Bakker B.V.")
    for i in range(6):
        f.deal(
            db,
            f"Deal {i}",
            owner_id=rep if i % 2 else other,
            organisation_id=org,
            value=(i + 1) * 1000_00,
            first_contact=TODAY - timedelta(days=i * 5),
        )
    f.deal(db, "Proposal deal", stage="Proposal", owner_id=rep, value=9000_00, first_contact=TODAY)
    return db


def _stage_of(db: Database, deal_id: int) -> int:
    with db.read() as s:
        return int(s.scalar(select(Deal.stage_id).where(Deal.id == deal_id)))


def _history(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(DealStageHistory)) or 0)


@pytest.fixture
def board(board_db: Database, make_ctx: Callable[[Database], AppContext], qtbot) -> PipelineView:
    view = PipelineView(make_ctx(board_db))
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    return view


def test_models_pass_the_model_tester(board_db: Database, qtmodeltester) -> None:
    model = StageCardsModel(f.stage_id(board_db, "Lead in"))
    model.set_cards([c for c in board_cards(board_db) if c.stage_id == model.stage_id])
    assert model.rowCount() == 6
    qtmodeltester.check(model)
    proxy = CardFilterProxy(model)
    proxy.set_filter(BoardFilter(min_cents=3000_00))
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 4


def test_mime_round_trip() -> None:
    assert decode_ids(encode_ids([3, 1, 2])) == [3, 1, 2]
    assert decode_ids(None) == []


def test_drop_moves_and_undo_redo(board: PipelineView, board_db: Database) -> None:
    lead_in, contact = f.stage_id(board_db, "Lead in"), f.stage_id(board_db, "Contact made")
    source, target = board.columns[lead_in], board.columns[contact]
    assert source.header.count == 6 and target.header.count == 0
    indexes = [source.proxy.index(0, 0), source.proxy.index(1, 0)]
    ids = decode_ids(source.proxy.mimeData(indexes))
    history = _history(board_db)
    target.proxy.dropMimeData(
        source.proxy.mimeData(indexes), Qt.DropAction.MoveAction, -1, 0, QModelIndex()
    )
    assert [_stage_of(board_db, i) for i in ids] == [contact, contact]
    assert _history(board_db) == history + 2
    assert (source.header.count, target.header.count) == (4, 2)
    assert target.header.total_cents == sum(c.value_cents for c in target.proxy.visible_cards())
    board.ctx.undo_stack.undo()
    assert [_stage_of(board_db, i) for i in ids] == [lead_in, lead_in]
    assert _history(board_db) == history
    assert (source.header.count, target.header.count) == (6, 0)
    board.ctx.undo_stack.redo()
    assert [_stage_of(board_db, i) for i in ids] == [contact, contact]
    assert target.model.rowCount() == 2


def test_drop_on_own_column_is_refused(board: PipelineView, board_db: Database) -> None:
    column = board.columns[f.stage_id(board_db, "Lead in")]
    mime = column.proxy.mimeData([column.proxy.index(0, 0)])
    assert not column.proxy.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_won_dialog_closes_with_date_and_value(
    board: PipelineView, board_db: Database, monkeypatch
) -> None:
    def accept(dialog: WonDialog) -> int:
        assert dialog.closed.date().toPython() == TODAY  # today by default
        set_spin_cents(dialog.value, 12345_67)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(WonDialog, "exec", accept)
    column = board.columns[f.stage_id(board_db, "Proposal")]
    deal_id = column.proxy.card(0).id
    board.mark_won([deal_id])
    with board_db.read() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None and deal.closed_date == TODAY
        assert deal.value_cents == 12345_67
    assert column.model.rowCount() == 0
    board.ctx.undo_stack.undo()
    with board_db.read() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None and deal.closed_date is None and deal.value_cents == 9000_00
    assert column.model.rowCount() == 1


def test_lost_dialog_reason_and_cancel(
    board: PipelineView, board_db: Database, monkeypatch
) -> None:
    column = board.columns[f.stage_id(board_db, "Lead in")]
    deal_id = column.proxy.card(0).id
    monkeypatch.setattr(LostDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    assert not board.mark_lost([deal_id])
    assert _stage_of(board_db, deal_id) == column.stage.id

    def accept(dialog: LostDialog) -> int:
        assert dialog.reason.count() == 7  # "choose" plus the six reasons from the settings
        dialog.reason.setCurrentIndex(1)
        dialog.note.setText("went with the cheaper offer")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LostDialog, "exec", accept)
    assert board.mark_lost([deal_id])
    with board_db.read() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None and deal.lost_reason == "Too expensive: went with the cheaper offer"


def test_filters_drive_the_header_totals(board: PipelineView, board_db: Database) -> None:
    column = board.columns[f.stage_id(board_db, "Lead in")]
    board.owner.setCurrentIndex(board.owner.findText("Sanne de Vries"))
    assert column.header.count == 3
    assert column.header.total_cents == (2 + 4 + 6) * 1000_00
    board.owner.setCurrentIndex(0)
    board.sleeping.setChecked(True)  # Lead in sleeps after 7 days: deals 2..5 (10+ days)
    assert column.header.count == 4
    assert column.header.weighted_cents == (3 + 4 + 5 + 6) * 1000_00 * 10 // 100
    board.clear_filters()
    assert column.header.count == 6


def test_keyboard_move_and_delete_with_undo(board: PipelineView, board_db: Database) -> None:
    lead_in, intake = f.stage_id(board_db, "Lead in"), f.stage_id(board_db, "Intake")
    column = board.columns[lead_in]
    column.list.setCurrentIndex(column.proxy.index(0, 0))
    deal_id = column.proxy.card(0).id
    assert board.move_selected_to(intake)
    assert _stage_of(board_db, deal_id) == intake
    board.columns[intake].list.setCurrentIndex(board.columns[intake].proxy.index(0, 0))
    assert board.delete([deal_id])
    assert board.columns[intake].model.rowCount() == 0
    board.ctx.undo_stack.undo()
    assert board.columns[intake].model.rowCount() == 1
    assert board.move_action.shortcut().toString() == "Ctrl+M"


def test_edit_command_round_trip(board: PipelineView, board_db: Database, monkeypatch) -> None:
    from kpidesk.ui.pipeline.editor import DealEditor

    column = board.columns[f.stage_id(board_db, "Lead in")]
    deal_id = column.proxy.card(0).id

    def save(dialog: DealEditor) -> int:
        assert dialog.tabs.isEnabled()  # history and activities of an existing deal
        dialog.title_edit.setText("Renamed deal")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DealEditor, "exec", save)
    board.open_deal(deal_id)
    assert column.proxy.card(column.model.row_of(deal_id) or 0).title == "Renamed deal"
    board.ctx.undo_stack.undo()
    with board_db.read() as s:
        assert s.get(Deal, deal_id).title.startswith("Deal ")


def test_a_calm_card_has_no_warning_and_a_flagged_card_says_why(qapp) -> None:
    """Only a hygiene flag makes a card warn; the tooltip explains the figure and each flag."""
    from PySide6.QtGui import QFont, QFontMetrics

    from kpidesk.core.hygiene import CLOSE_PASSED, NO_NEXT_STEP, SLEEPING
    from kpidesk.core.i18n import set_language
    from kpidesk.services.deals.board import BoardCard
    from kpidesk.ui.pipeline.delegate import activity_line, tooltip_text

    today = date(2026, 11, 26)
    calm = BoardCard(
        id=1,
        title="Licenties – Van der Laan",
        organisation="Van der Laan Personeelsdiensten",
        owner_id=1,
        owner="Lotte Visser",
        value_cents=1_000_000,
        stage_id=1,
        probability=10,
        stage_entered_at=today - timedelta(days=3),
        last_activity_date=today - timedelta(days=2),
        next_activity_date=today + timedelta(days=2),
        next_activity_type="Telefoongesprek",
        expected_close=today + timedelta(days=30),
        rotting_days=14,
    )
    set_language("nl")
    try:
        warning, rest = activity_line(calm, today)
        assert warning == ""
        assert rest.startswith("Telefoongesprek ")
        small = QFont()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.88))
        assert QFontMetrics(small).horizontalAdvance(rest) < 170
        tip = tooltip_text(calm, today)
        assert "Van der Laan Personeelsdiensten" in tip
        assert "Al 3 dagen in deze fase" in tip
        assert "Niets aan deze deal vraagt aandacht." in tip
        flagged = replace(
            calm,
            next_activity_date=None,
            next_activity_type=None,
            expected_close=today - timedelta(days=3),
            stage_entered_at=today - timedelta(days=40),
            last_activity_date=today - timedelta(days=20),
            flags=(CLOSE_PASSED, NO_NEXT_STEP, SLEEPING),
        )
        warning, rest = activity_line(flagged, today)
        assert warning == "Sluitdatum verstreken +1"  # sleeping has its own red mark
        tip = tooltip_text(flagged, today)
        assert "Vraagt aandacht:" in tip
        assert "verwachte sluitdatum (23-11-2026) is verstreken" in tip
        assert "Geen volgende stap gepland" in tip
        assert "Slapend: al 20 dagen geen contactmoment of fasewissel" in tip
        # Sleeping alone: the red mark says it, the bottom line stays calm.
        asleep = replace(calm, flags=(SLEEPING,))
        assert activity_line(asleep, today)[0] == ""
    finally:
        set_language("en")


def test_needs_attention_filter_and_count(qtbot, make_ctx, db: Database) -> None:
    """The board counts the deals with a flag and the filter shows only those."""
    today = date.today()
    calm = f.deal(
        db,
        "Calm deal",
        first_contact=today,
        expected_close=today + timedelta(days=30),
        last_activity_date=today,
    )
    f.activity(db, "Phone call", today + timedelta(days=3), deal_id=calm, done=False)
    f.deal(db, "Deal without value", value=0, first_contact=today, last_activity_date=today)
    view = PipelineView(make_ctx(db))
    qtbot.addWidget(view)
    view.refresh()
    assert view.attention_count == 1
    assert "1 need attention" in view.summary.text()
    assert sorted(_titles(view)) == ["Calm deal", "Deal without value"]
    view.attention.setChecked(True)
    assert _titles(view) == ["Deal without value"]
    assert view.clear_button.isVisibleTo(view)
    view.clear_filters()
    assert not view.attention.isChecked()
    assert len(_titles(view)) == 2


def test_empty_board_says_how_deals_get_on_it(
    db: Database, make_ctx: Callable[[Database], AppContext], qtbot
) -> None:
    """No deals at all: a note says what to do; once a deal is there, the note goes."""
    rep = f.rep(db, "Sanne de Vries")
    view = PipelineView(make_ctx(db))
    qtbot.addWidget(view)
    view.refresh()
    assert view.empty_note.isVisibleTo(view)
    assert "New deal" in view.empty_note.text()
    f.deal(db, "Eerste deal", owner_id=rep, value=1000_00, first_contact=TODAY)
    view.refresh()
    assert not view.empty_note.isVisibleTo(view)


def test_new_deal_follows_the_stage_probability(
    board: PipelineView, board_db: Database, qtbot
) -> None:
    """A new deal's win probability is the stage default, not an accidental 0%."""
    from kpidesk.services.reference import list_stages
    from kpidesk.ui.pipeline.editor import DealEditor

    editor = DealEditor(board.ctx, list_stages(board_db), None)
    qtbot.addWidget(editor)
    editor.title_edit.setText("Nieuwe deal")
    assert editor.values().probability is None


def test_logging_in_the_deal_editor_is_one_undoable_step(qtbot, make_ctx, db: Database) -> None:
    from kpidesk.services.deals import detail as deal_records
    from kpidesk.services.reference import list_stages
    from kpidesk.ui.pipeline.editor import DealEditor

    ctx = make_ctx(db)
    deal = f.deal(db, "Editor log", owner_id=f.rep(db, "Anna"))
    editor = DealEditor(ctx, list_stages(db), deal_records.get_deal(db, deal))
    qtbot.addWidget(editor)
    editor.log_type.setCurrentIndex(editor.log_type.findData(f.type_id(db, "Phone call")))
    editor.log_note.setText("Called back")
    editor.log_now()
    assert ctx.undo_stack.undoText() == "Log Phone call"
    assert editor.log_note.text() == ""  # ready for the next one
    assert deal_records.get_deal(db, deal).last_activity_date is not None
    ctx.undo_stack.undo()  # to the trash: the deal's last activity is recomputed
    assert deal_records.get_deal(db, deal).last_activity_date is None
    ctx.undo_stack.redo()  # the same activity comes back
    assert deal_records.get_deal(db, deal).last_activity_date is not None


def _titles(view: PipelineView) -> list[str]:
    return [
        column.proxy.card(row).title
        for column in view.columns.values()
        for row in range(column.proxy.rowCount())
    ]
