"""Qualify, disqualify and convert, with undo; the qualified-leads count and its target."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from kpidesk.data.models import Deal, DealStageHistory, Stage
from kpidesk.services.errors import Refused
from kpidesk.services.leads.checklist import CriterionDraft, load_checklist, save_checklist
from kpidesk.services.leads.qualification import (
    convert_to_deal,
    disqualify_lead,
    qualified_leads_by_month,
    qualified_progress,
    qualify_lead,
    reopen_lead,
    restore_lead_status,
    set_checklist_answers,
    undo_conversion,
)
from kpidesk.services.leads.records import get_lead, list_leads
from kpidesk.services.store.database import Database
from tests import factories as f

TODAY = date(2026, 6, 15)
# Default checklist (migration 0002): ids 1..7, weights 3,2,2,3,3,2,1, must-haves 1,2,4,5.
MUST_HAVES = {1: True, 2: True, 4: True, 5: True}  # 11/16 = 69 %


@pytest.fixture
def lead_id(db: Database) -> int:
    return f.lead(
        db, f.org(db, "Bakker Bouw"), owner_id=f.rep(db, "Anna"), created=date(2026, 6, 1)
    )


def test_answers_store_the_fit_score_and_undo(db: Database, lead_id: int) -> None:
    change = set_checklist_answers(db, lead_id, {1: True, 3: True})
    assert change.previous == {} and change.result.score == 31  # 5/16
    assert change.result.missing_must_haves == (2, 4, 5)
    assert get_lead(db, lead_id).fit_score == 31
    assert list_leads(db).rows[0].fit_score == 31
    set_checklist_answers(db, lead_id, change.previous)
    assert get_lead(db, lead_id).answers == {}


def test_qualify_needs_every_must_have(db: Database, lead_id: int) -> None:
    set_checklist_answers(db, lead_id, {1: True, 3: True, 4: True, 5: True, 6: True, 7: True})
    with pytest.raises(Refused, match="20 or more employees"):
        qualify_lead(db, lead_id, today=TODAY)
    assert get_lead(db, lead_id).status == "new"


def test_qualify_needs_the_threshold(db: Database, lead_id: int) -> None:
    checklist = load_checklist(db)
    save_checklist(db, checklist.criteria, 70)
    set_checklist_answers(db, lead_id, MUST_HAVES)
    with pytest.raises(Refused, match="69%, below the threshold of 70%"):
        qualify_lead(db, lead_id, today=TODAY)
    save_checklist(db, checklist.criteria, 69)
    qualify_lead(db, lead_id, today=TODAY)
    assert get_lead(db, lead_id).status == "qualified"


def test_qualify_on_a_chosen_date_and_undo(db: Database, lead_id: int) -> None:
    set_checklist_answers(db, lead_id, MUST_HAVES)
    change = qualify_lead(db, lead_id, on=date(2026, 6, 3), today=TODAY)
    detail = get_lead(db, lead_id)
    assert (detail.status, detail.qualified_at) == ("qualified", date(2026, 6, 3))
    assert qualified_leads_by_month(db, date(2026, 6, 1), date(2026, 6, 30)) == {
        date(2026, 6, 1): 1
    }
    restore_lead_status(db, change)
    detail = get_lead(db, lead_id)
    assert (detail.status, detail.qualified_at) == ("new", None)
    assert qualified_leads_by_month(db, date(2026, 6, 1), date(2026, 6, 30)) == {
        date(2026, 6, 1): 0
    }


@pytest.mark.parametrize("day", [date(2026, 6, 16), date(2026, 5, 31)])
def test_qualified_date_must_be_between_created_and_today(
    db: Database, lead_id: int, day: date
) -> None:
    set_checklist_answers(db, lead_id, MUST_HAVES)
    with pytest.raises(Refused):
        qualify_lead(db, lead_id, on=day, today=TODAY)


def test_disqualify_needs_a_reason_and_undo_restores_qualified(db: Database, lead_id: int) -> None:
    set_checklist_answers(db, lead_id, MUST_HAVES)
    qualify_lead(db, lead_id, on=date(2026, 6, 2), today=TODAY)
    with pytest.raises(Refused, match="reason"):
        disqualify_lead(db, lead_id, "   ")
    change = disqualify_lead(db, lead_id, "Geen budget")
    detail = get_lead(db, lead_id)
    assert (detail.status, detail.disqualify_reason, detail.qualified_at) == (
        "disqualified",
        "Geen budget",
        None,
    )
    restore_lead_status(db, change)
    detail = get_lead(db, lead_id)
    assert (detail.status, detail.qualified_at) == ("qualified", date(2026, 6, 2))
    reopened = reopen_lead(db, lead_id)
    assert get_lead(db, lead_id).status == "new" and reopened.previous_status == "qualified"


def test_convert_creates_a_deal_in_the_first_stage_and_undo(db: Database, lead_id: int) -> None:
    f.activity(db, "Phone call", date(2026, 6, 4), lead_id=lead_id)
    conversion = convert_to_deal(db, lead_id, value_cents=12_500_00, today=TODAY)
    assert conversion.changes.touches("deals") and conversion.changes.touches("leads")
    with db.read() as s:
        deal = s.get(Deal, conversion.deal_id)
        assert deal is not None
        first = s.scalar(select(Stage).order_by(Stage.position))
        assert (deal.stage_id, deal.lead_id, deal.title) == (first.id, lead_id, "Bakker Bouw")
        # The lead was created on 1 June, before the first call: that is the first contact.
        assert (deal.first_contact, deal.value_cents) == (date(2026, 6, 1), 12_500_00)
        assert deal.owner_id == get_lead(db, lead_id).data.owner_id
        assert (
            s.scalar(
                select(DealStageHistory.to_stage_id).where(DealStageHistory.deal_id == deal.id)
            )
            == first.id
        )
    assert get_lead(db, lead_id).deal_id == conversion.deal_id
    with pytest.raises(Refused, match="already became"):
        convert_to_deal(db, lead_id, today=TODAY)
    undo_conversion(db, conversion)
    with db.read() as s:
        assert s.get(Deal, conversion.deal_id) is None
        assert s.scalar(select(DealStageHistory.id)) is None
    assert get_lead(db, lead_id).deal_id is None


def test_disqualified_lead_cannot_convert(db: Database, lead_id: int) -> None:
    disqualify_lead(db, lead_id, "Te klein")
    with pytest.raises(Refused, match="Reopen"):
        convert_to_deal(db, lead_id, today=TODAY)


def test_qualified_count_uses_the_qualified_date_and_status(db: Database) -> None:
    anna, bram = f.rep(db, "Anna"), f.rep(db, "Bram")
    org = f.org(db, "X")
    f.lead(db, org, owner_id=anna, status="qualified", qualified_at=date(2026, 5, 31))
    f.lead(db, org, owner_id=anna, status="qualified", qualified_at=date(2026, 6, 1))
    f.lead(db, org, owner_id=bram, status="qualified", qualified_at=date(2026, 6, 30))
    f.lead(db, org, owner_id=bram, status="qualified", qualified_at=date(2026, 7, 1))
    f.lead(db, org, owner_id=bram, status="disqualified", qualified_at=date(2026, 6, 5))
    trashed = f.lead(db, org, owner_id=bram, status="qualified", qualified_at=date(2026, 6, 6))
    from kpidesk.services.leads.records import delete_leads

    delete_leads(db, [trashed])
    assert qualified_leads_by_month(db, date(2026, 5, 1), date(2026, 7, 31)) == {
        date(2026, 5, 1): 1,
        date(2026, 6, 1): 2,
        date(2026, 7, 1): 1,
    }
    assert qualified_leads_by_month(db, date(2026, 5, 1), date(2026, 7, 31), rep_id=bram) == {
        date(2026, 5, 1): 0,
        date(2026, 6, 1): 1,
        date(2026, 7, 1): 1,
    }
    # Team target: the sum of the reps' targets when there is no team row.
    assert qualified_progress(db, today=TODAY).target is None
    f.target(db, "qualified_leads", date(2026, 6, 1), 8, rep_id=anna)
    f.target(db, "qualified_leads", date(2026, 6, 1), 6, rep_id=bram)
    team = qualified_progress(db, today=TODAY)
    assert (team.count, team.target) == (2, 14)
    assert qualified_progress(db, rep_id=bram, today=TODAY).target == 6
    assert qualified_progress(db, rep_id=anna, today=TODAY).count == 1
    f.target(db, "qualified_leads", date(2026, 6, 1), 12)
    assert qualified_progress(db, today=TODAY).target == 12


def test_checklist_save_rescores_and_undo(db: Database, lead_id: int) -> None:
    set_checklist_answers(db, lead_id, MUST_HAVES)
    before = load_checklist(db)
    assert before.threshold == 60 and len(before.criteria) == 7
    # Drop criterion 7 (weight 1) and add a new one with weight 5: 11 / 20 = 55 %.
    edited = [*before.criteria[:6], CriterionDraft(None, "Gebruikt Excel", "Uses Excel", False, 5)]
    saved = save_checklist(db, edited, 50)
    assert saved.rescored == 1 and get_lead(db, lead_id).fit_score == 55
    after = load_checklist(db)
    assert [c.text_en for c in after.criteria][-1] == "Uses Excel" and after.threshold == 50
    save_checklist(db, saved.previous.criteria, saved.previous.threshold)
    assert load_checklist(db) == before
    assert get_lead(db, lead_id).fit_score == 69


@pytest.mark.parametrize(
    ("drafts", "threshold", "message"),
    [
        ([CriterionDraft(None, " ", "")], 60, "no text"),
        ([CriterionDraft(None, "A", "A", weight=11)], 60, "from 0 to 10"),
        ([CriterionDraft(None, "A", "A", weight=0)], 60, "above 0"),
        ([CriterionDraft(None, "A", "A")], 101, "0 to 100"),
    ],
)
def test_checklist_refusals(
    db: Database, drafts: list[CriterionDraft], threshold: int, message: str
) -> None:
    before = load_checklist(db)
    with pytest.raises(Refused, match=message):
        save_checklist(db, drafts, threshold)
    assert load_checklist(db) == before
