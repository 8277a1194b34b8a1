"""Board cards, multi-deal moves with exact undo, deal records and stage management."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from kpidesk.data.models import Customer, Deal, DealStageHistory, Organisation, Stage
from kpidesk.services.deals import detail as records
from kpidesk.services.deals import stages as stage_service
from kpidesk.services.deals.board import board_cards, cards_for
from kpidesk.services.deals.detail import DealFields
from kpidesk.services.deals.records import move_deals, undo_moves
from kpidesk.services.deals.stages import StageValues
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.store.database import Database
from tests import factories as f

TODAY = date(2026, 5, 20)


def _snapshot(db: Database, deal_id: int) -> tuple[object, ...]:
    with db.read() as s:
        d = s.get(Deal, deal_id)
        assert d is not None
        history = s.scalar(
            select(func.count())
            .select_from(DealStageHistory)
            .where(DealStageHistory.deal_id == deal_id)
        )
        return (
            d.stage_id,
            d.closed_date,
            d.stage_entered_at,
            d.value_cents,
            d.lost_reason,
            history,
        )


def test_board_cards_show_next_activity_and_sleeping(db: Database) -> None:
    rep = f.rep(db, "Sanne de Vries")
    org = f.org(db, "Bakker B.V.")
    quiet = f.deal(
        db, "Quiet", owner_id=rep, organisation_id=org, first_contact=TODAY - timedelta(days=30)
    )  # Lead in sleeps after 7 days
    busy = f.deal(db, "Busy", stage="Intake", first_contact=TODAY - timedelta(days=3))
    f.activity(db, "Phone call", TODAY + timedelta(days=2), deal_id=busy, done=False)
    f.activity(db, "E-mail", TODAY + timedelta(days=5), deal_id=busy, done=False)
    f.activity(db, "Intake meeting", TODAY - timedelta(days=1), deal_id=busy)  # done: no step
    f.deal(db, "Closed", stage="Won", closed=TODAY)
    cards = {c.title: c for c in board_cards(db, today=TODAY)}
    assert set(cards) == {"Quiet", "Busy"}
    assert cards["Quiet"].owner == "Sanne de Vries" and cards["Quiet"].organisation == "Bakker B.V."
    assert cards["Quiet"].sleeping_days(TODAY) == 30 - 7
    assert not cards["Busy"].is_sleeping(TODAY)
    assert cards["Busy"].next_activity_date == TODAY + timedelta(days=2)
    assert cards["Busy"].next_activity_type == "Phone call"
    assert cards["Busy"].weighted_cents == 1000_00 * 40 // 100
    assert [c.id for c in cards_for(db, [quiet, 999], today=TODAY)] == [quiet]


def test_move_several_and_undo_restores_exact_state(db: Database) -> None:
    org = f.org(db, "Nieuw B.V.")
    one = f.deal(db, "One", organisation_id=org, first_contact=date(2026, 1, 5))
    two = f.deal(db, "Two", stage="Intake", first_contact=date(2026, 2, 1))
    before = [_snapshot(db, one), _snapshot(db, two)]
    won = f.stage_id(db, "Won")
    results = move_deals(db, [one, two], won, closed_date=date(2026, 5, 1), today=TODAY)
    assert results[0].created_customer_id is not None  # Nieuw B.V. became a customer
    assert _snapshot(db, one)[0] == won and _snapshot(db, one)[5] == 1
    undo_moves(db, results)
    assert [_snapshot(db, one), _snapshot(db, two)] == before
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_multi_move_is_all_or_nothing(db: Database) -> None:
    one = f.deal(db, "One")
    two = f.deal(db, "Two", stage="Intake")
    with pytest.raises(Refused):
        move_deals(db, [one, two], f.stage_id(db, "Intake"))  # Two is already there
    assert _snapshot(db, one)[0] == f.stage_id(db, "Lead in")


def test_lost_move_keeps_reason_and_undo_clears_it(db: Database) -> None:
    deal = f.deal(db, "Lost one")
    results = move_deals(
        db, [deal], f.stage_id(db, "Lost"), lost_reason="Too expensive: 20%", today=TODAY
    )
    assert _snapshot(db, deal)[4] == "Too expensive: 20%"
    undo_moves(db, results)
    assert _snapshot(db, deal)[4] is None


def test_create_edit_delete_restore_and_discard(db: Database) -> None:
    rep = f.rep(db, "Bram")
    values = DealFields(
        "  Support   contract ",
        "Nieuwe Klant BV",
        rep,
        5000_00,
        None,
        date(2026, 5, 1),
        date(2026, 6, 30),
        "",
    )
    created = records.create_deal(db, values, f.stage_id(db, "Intake"), today=TODAY)
    detail = records.get_deal(db, created.deal_id)
    assert detail.fields.title == "Support contract" and detail.fields.product is None
    assert detail.stage == "Intake" and len(detail.history) == 1
    edited = records.update_deal(
        db,
        created.deal_id,
        DealFields(**{**detail.fields.__dict__, "value_cents": 1}),
        expected_version=detail.version,
    )
    with pytest.raises(Refused):  # a stale version is refused
        records.update_deal(db, created.deal_id, detail.fields, expected_version=detail.version)
    records.revert_edit(db, edited)
    assert records.get_deal(db, created.deal_id).fields == detail.fields
    records.delete_deals(db, [created.deal_id])
    with pytest.raises(NotFound):
        records.get_deal(db, created.deal_id)
    records.restore_deals(db, [created.deal_id])
    records.discard_new_deal(db, created)
    with db.read() as s:
        assert s.get(Deal, created.deal_id) is None
        assert s.scalar(select(func.count()).select_from(Organisation)) == 0
        assert s.scalar(select(func.count()).select_from(DealStageHistory)) == 0


def test_deal_fields_are_checked(db: Database) -> None:
    stage = f.stage_id(db, "Intake")
    with pytest.raises(Refused):
        records.create_deal(db, DealFields(" ", "", None, 0, None, None, None, None), stage)
    with pytest.raises(Refused):
        records.create_deal(db, DealFields("X", "", None, -1, None, None, None, None), stage)
    with pytest.raises(Refused):
        records.create_deal(
            db, DealFields("X", "", None, 0, None, None, None, None), f.stage_id(db, "Won")
        )


def test_stage_management(db: Database) -> None:
    intake = f.stage_id(db, "Intake")
    deal = f.deal(db, "Held", stage="Intake")
    f.move(db, deal, "Lead in", "Intake", f.at(TODAY))
    new_id, _changes = stage_service.add_stage(
        db, "Demo", "Demo", probability=50, rotting_days=5, after_stage_id=intake
    )
    with db.read() as s:
        order = [st.name_en for st in s.scalars(select(Stage).order_by(Stage.position))]
    assert order.index("Demo") == order.index("Intake") + 1
    assert order[-2:] == ["Won", "Lost"]
    stage_service.update_stage(db, intake, StageValues("Kennismaking", "Discovery", 35, None))
    detail = records.get_deal(db, deal)
    assert detail.stage == "Discovery" and detail.history[-1].to_stage == "Discovery"
    stage_service.move_stage(db, new_id, -10)
    with db.read() as s:
        first = s.scalar(select(Stage.name_en).order_by(Stage.position).limit(1))
    assert first == "Demo"
    with pytest.raises(Refused):
        stage_service.delete_stage(db, intake)  # still holds a deal
    with pytest.raises(Refused):
        stage_service.delete_stage(db, f.stage_id(db, "Won"))
    with pytest.raises(Refused):
        stage_service.update_stage(db, new_id, StageValues("x", "x", 120, None))
    stage_service.delete_stage(db, new_id)
    with db.read() as s:
        assert s.get(Stage, new_id) is None


def _stages(db: Database) -> list[tuple[int, str, str, int, str, int, int | None]]:
    with db.read() as s:
        return [
            (st.id, st.name_nl, st.name_en, st.position, st.kind, st.probability, st.rotting_days)
            for st in s.scalars(select(Stage).order_by(Stage.position, Stage.id))
        ]


def test_stage_changes_return_what_undo_needs(db: Database) -> None:
    intake, won = f.stage_id(db, "Intake"), f.stage_id(db, "Won")
    start = _stages(db)
    # update_stage returns the previous values, and putting them back restores the row.
    before, _ = stage_service.update_stage(db, intake, StageValues(" Ken ", "Disc", 35, 3))
    assert before == StageValues("Intake", "Intake", 40, 14)
    assert stage_service.update_stage(db, intake, before)[0] == StageValues("Ken", "Disc", 35, 3)
    assert _stages(db) == start
    before, _ = stage_service.update_stage(db, won, StageValues("Binnen", "Won", 100, 9))
    assert before.rotting_days is None and stage_service.update_stage(db, won, before)
    assert _stages(db) == start
    # move_stage returns every previous position; reorder_stages restores them exactly, also
    # positions with gaps that the move renumbered.
    with db.write() as s:
        for st in s.scalars(select(Stage)):
            st.position = st.position * 10
    gapped = _stages(db)
    positions, _ = stage_service.move_stage(db, intake, -1)
    assert positions == {row[0]: row[3] for row in gapped}
    assert [row[0] for row in _stages(db)] != [row[0] for row in gapped]
    moved = {row[0]: row[3] for row in _stages(db)}
    assert stage_service.reorder_stages(db, positions)[0] == moved
    assert _stages(db) == gapped
    with pytest.raises(Refused):  # Won before an open stage
        stage_service.reorder_stages(db, {**positions, won: 1})
    with pytest.raises(Refused):  # not every stage
        stage_service.reorder_stages(db, {intake: 1})
    assert _stages(db) == gapped


def test_deleted_stage_comes_back_in_its_place(db: Database) -> None:
    new_id, _ = stage_service.add_stage(
        db, "Demo nl", "Demo en", probability=45, rotting_days=6,
        after_stage_id=f.stage_id(db, "Contact made"),
    )  # fmt: skip
    start = _stages(db)
    removed, _ = stage_service.delete_stage(db, new_id)
    assert removed.stage_id == new_id and removed.values == StageValues("Demo nl", "Demo en", 45, 6)
    assert removed.positions == {row[0]: row[3] for row in start}
    assert new_id not in [row[0] for row in _stages(db)]
    again, _ = stage_service.restore_stage(db, removed)
    rows = _stages(db)
    assert [row[1:] for row in rows] == [row[1:] for row in start]  # all but the id
    assert [row[0] for row in rows] == [again if i == new_id else i for i, *_ in start]
    # and once more (redo after undo): delete the re-created stage and restore it again
    removed, _ = stage_service.delete_stage(db, again)
    assert stage_service.restore_stage(db, removed)[0] > 0
    assert [row[1:] for row in _stages(db)] == [row[1:] for row in start]
    # Restoring into a list of stages that changed meanwhile is refused and changes nothing.
    removed, _ = stage_service.delete_stage(db, f.stage_id(db, "Demo en"))
    other, _ = stage_service.add_stage(db, "X", "X")
    after = _stages(db)
    with pytest.raises(Refused):
        stage_service.restore_stage(db, removed)
    assert _stages(db) == after and other in [row[0] for row in after]
