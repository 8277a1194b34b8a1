"""The foundation services on a real SQLite file: listing, moving deals, logging activities."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text

from kpidesk.data.database import Database
from kpidesk.data.models import Deal, DealStageHistory
from kpidesk.services.activities.records import ActivityFilter, list_activities, log_activity
from kpidesk.services.customers.records import list_customers
from kpidesk.services.deals.records import DealFilter, list_deals, move_deal
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.leads.records import LeadFilter, list_leads
from kpidesk.services.reference import (
    add_team_member,
    find_team_member,
    get_setting,
    list_activity_types,
    list_stages,
    set_setting,
    update_team_member,
)
from tests import factories as f


def test_reference_defaults(db: Database) -> None:
    assert [s.name_nl for s in list_stages(db)][:2] == ["Lead in", "Contact gemaakt"]
    points = {t.name_en: t.points for t in list_activity_types(db)}
    assert points["Intake meeting"] == 5 and points["Voicemail"] == 1
    assert get_setting(db, "at_risk_days") == 90
    set_setting(db, "at_risk_days", 60)
    assert get_setting(db, "at_risk_days") == 60
    assert get_setting(db, "missing", "x") == "x"


def test_team_member_names_are_unique(db: Database) -> None:
    add_team_member(db, "Sanne  Jansen")
    with pytest.raises(Refused):
        add_team_member(db, "Sanne Jansen")
    with pytest.raises(Refused):
        add_team_member(db, "   ")
    member = find_team_member(db, "sanne jansen")
    assert member is not None and member.name == "Sanne Jansen"


def test_move_deal_writes_one_history_row(db: Database) -> None:
    bram = f.rep(db, "Bram")
    deal_id = f.deal(db, "Licenties – Bakker", owner_id=bram, first_contact=date(2026, 3, 1))
    result = move_deal(
        db, deal_id, f.stage_id(db, "Contact made"), moved_by_id=bram, today=date(2026, 3, 9)
    )
    assert result.from_stage_id == f.stage_id(db, "Lead in")
    with db.read() as s:
        history = s.scalars(select(DealStageHistory)).all()
        deal = s.get(Deal, deal_id)
    assert len(history) == 1 and history[0].moved_by_id == bram
    assert deal is not None and deal.stage_entered_at == date(2026, 3, 9)
    assert deal.closed_date is None


def test_move_to_won_and_lost_closes_and_reopen_clears(db: Database) -> None:
    deal_id = f.deal(db, "Training", first_contact=date(2026, 3, 1))
    move_deal(
        db, deal_id, f.stage_id(db, "Won"), closed_date=date(2026, 4, 2), final_value_cents=5000_00
    )
    with db.read() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None
        assert (deal.closed_date, deal.value_cents) == (date(2026, 4, 2), 5000_00)
    move_deal(
        db, deal_id, f.stage_id(db, "Lost"), lost_reason="Te duur", closed_date=date(2026, 4, 3)
    )
    move_deal(db, deal_id, f.stage_id(db, "Proposal"), today=date(2026, 4, 4))
    with db.read() as s:
        deal = s.get(Deal, deal_id)
        assert deal is not None and deal.closed_date is None and deal.lost_reason is None


def test_move_refusals_change_nothing(db: Database) -> None:
    deal_id = f.deal(db, "Consultancy", first_contact=date(2026, 3, 10))
    with pytest.raises(Refused):
        move_deal(db, deal_id, f.stage_id(db, "Lead in"))
    with pytest.raises(Refused):
        move_deal(db, deal_id, f.stage_id(db, "Won"), closed_date=date(2026, 3, 1))
    with pytest.raises(NotFound):
        move_deal(db, 999, f.stage_id(db, "Won"))
    with db.read() as s:
        assert s.scalars(select(DealStageHistory)).all() == []
        deal = s.get(Deal, deal_id)
        assert deal is not None and deal.stage_id == f.stage_id(db, "Lead in")


def test_log_activity_updates_last_contact(db: Database) -> None:
    bram = f.rep(db, "Bram")
    org = f.org(db, "Bakker B.V.")
    deal_id = f.deal(db, "Implementatie", organisation_id=org)
    customer_id = f.customer(db, org, date(2025, 1, 1))
    _id, changes = log_activity(
        db,
        f.type_id(db, "Phone call"),
        bram,
        date(2026, 5, 4),
        deal_id=deal_id,
        customer_id=customer_id,
    )
    assert changes.touches("deals") and changes.touches("customers")
    log_activity(db, f.type_id(db, "E-mail"), bram, date(2026, 5, 1), deal_id=deal_id)
    rows = list_activities(db, ActivityFilter(rep_id=bram)).rows
    assert [r.date for r in rows] == [date(2026, 5, 4), date(2026, 5, 1)]
    assert rows[0].organisation == "Bakker B.V."
    deal = list_deals(db).rows[0]
    assert deal.last_activity_date == date(2026, 5, 4)  # an older activity does not go back
    assert list_customers(db).rows[0].last_contact == date(2026, 5, 4)


def test_lists_page_filter_and_sort(db: Database) -> None:
    owner = f.rep(db, "Eva")
    for i in range(12):
        f.lead(
            db,
            f.org(db, f"Bedrijf {i:02d}", city="Utrecht" if i % 2 else "Zwolle"),
            owner_id=owner,
            created=date(2026, 1, 1 + i),
            status="qualified" if i < 3 else "new",
        )
    page = list_leads(
        db, LeadFilter(search="utrecht"), sort="company", descending=False, offset=0, limit=4
    )
    assert page.total == 6 and [r.company for r in page.rows] == [
        "Bedrijf 01",
        "Bedrijf 03",
        "Bedrijf 05",
        "Bedrijf 07",
    ]
    second = list_leads(
        db, LeadFilter(search="utrecht"), sort="company", descending=False, offset=4, limit=4
    )
    assert [r.company for r in second.rows] == ["Bedrijf 09", "Bedrijf 11"]
    assert list_leads(db, LeadFilter(status="qualified")).total == 3
    assert list_leads(db, LeadFilter(search="100%_")).total == 0


def test_open_deals_filter(db: Database) -> None:
    f.deal(db, "Open", stage="Proposal")
    f.deal(db, "Gewonnen deal", stage="Won", closed=date(2026, 2, 1))
    assert [d.title for d in list_deals(db, DealFilter(open_only=True)).rows] == ["Open"]
    assert list_deals(db).total == 2


def test_winning_a_deal_makes_the_organisation_a_customer_once(db: Database) -> None:
    bram = f.rep(db, "Bram")
    org = f.org(db, "De Groot ICT")
    first = f.deal(
        db, "Licenties", organisation_id=org, owner_id=bram, first_contact=date(2026, 1, 2)
    )
    second = f.deal(
        db, "Training", organisation_id=org, owner_id=bram, first_contact=date(2026, 2, 2)
    )
    result = move_deal(db, first, f.stage_id(db, "Won"), closed_date=date(2026, 3, 1))
    assert result.created_customer_id is not None and result.changes.touches("customers")
    (customer,) = list_customers(db).rows
    assert customer.customer_since == date(2026, 3, 1) and customer.owner == "Bram"
    upsell = move_deal(db, second, f.stage_id(db, "Won"), closed_date=date(2026, 4, 1))
    assert upsell.created_customer_id is None
    assert list_customers(db).total == 1


def test_update_team_member(db: Database) -> None:
    sanne, _ = add_team_member(db, "Sanne")
    add_team_member(db, "Daan")
    update_team_member(
        db, sanne, name="Sanne Jansen", email=" sanne@x.nl ", role="manager", active=False
    )
    member = find_team_member(db, "Sanne Jansen")
    assert member is not None
    assert (member.email, member.role, member.active) == ("sanne@x.nl", "manager", False)
    with pytest.raises(Refused):
        update_team_member(db, sanne, name="Daan", email=None, role="rep", active=True)
    with pytest.raises(Refused):
        update_team_member(db, sanne, name="Sanne", email=None, role="boss", active=True)


def test_activity_totals_follow_filters_and_trash(db: Database) -> None:
    bram, eva = f.rep(db, "Bram"), f.rep(db, "Eva")
    org = f.org(db, "Bakker B.V.")
    for day in (1, 2, 3):
        f.activity(db, "Phone call", date(2026, 5, day), rep_id=bram, organisation_id=org)
    f.activity(db, "E-mail", date(2026, 6, 1), rep_id=eva, note="offerte nagebeld")
    f.activity(db, "E-mail", date(2026, 6, 2), rep_id=eva)
    with db.write() as s:  # one in the trash: it counts nowhere
        s.execute(text("UPDATE activities SET deleted_at = '2026-06-03' WHERE date = '2026-06-02'"))
    assert list_activities(db).total == 4
    assert list_activities(db, ActivityFilter(rep_id=bram)).total == 3
    assert list_activities(db, ActivityFilter(date_from=date(2026, 5, 2))).total == 3
    page = list_activities(db, ActivityFilter(search="bakker"), offset=0, limit=2)
    assert page.total == 3 and len(page.rows) == 2
    assert list_activities(db, ActivityFilter(search="nagebeld")).total == 1
