"""Logging, editing and trashing activities; links keep deals and customers up to date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from kpidesk.services.activities.records import (
    ActivityFilter,
    ActivityInput,
    delete_activities,
    get_activity,
    list_activities,
    log,
    restore_activities,
    update_activity,
)
from kpidesk.services.deals.records import DealFilter, DealRow, list_deals
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.link_search import LINK_CUSTOMER, LINK_DEAL, LINK_LEAD, search_links
from kpidesk.services.reference import list_stages
from kpidesk.services.store.database import Database
from tests import factories as f

TODAY = date(2026, 11, 11)


def sleeping(db: Database, row: DealRow, today: date) -> bool:
    """A deal sleeps when neither an activity nor a stage change is within its stage's limit."""
    limits = {s.id: s.rotting_days for s in list_stages(db)}
    limit = limits[row.stage_id]
    touched = max(d for d in (row.last_activity_date, row.stage_entered_at) if d is not None)
    return limit is not None and (today - touched).days > limit


def deal_row(db: Database, deal_id: int) -> DealRow:
    return next(r for r in list_deals(db, DealFilter()).rows if r.id == deal_id)


def test_logging_with_a_deal_link_wakes_a_sleeping_deal(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    org = f.org(db, "Bakkerij Jansen")
    deal = f.deal(
        db,
        "Nieuwe kassa",
        stage="Proposal",
        owner_id=anna,
        organisation_id=org,
        first_contact=TODAY - timedelta(days=40),
    )
    assert sleeping(db, deal_row(db, deal), TODAY)  # Proposal sleeps after 14 days
    activity_id, changes = log(
        db, ActivityInput(f.type_id(db, "Phone call"), anna, TODAY, time(9, 30), deal_id=deal)
    )
    row = deal_row(db, deal)
    assert row.last_activity_date == TODAY and not sleeping(db, row, TODAY)
    assert changes.touches("deals") and changes.ids == (activity_id,)
    listed = list_activities(db).rows[0]
    assert (listed.organisation, listed.deal, listed.points) == (
        "Bakkerij Jansen",
        "Nieuwe kassa",
        2,
    )
    # Undo of the log (delete) puts the deal back to sleep.
    delete_activities(db, [activity_id])
    assert sleeping(db, deal_row(db, deal), TODAY)
    restore_activities(db, [activity_id])
    assert deal_row(db, deal).last_activity_date == TODAY


def test_customer_link_updates_last_contact(db: Database) -> None:
    org = f.org(db, "Van Dam Techniek")
    customer = f.customer(db, org, date(2024, 3, 1), last_contact_date=date(2026, 5, 1))
    older = log(
        db, ActivityInput(f.type_id(db, "E-mail"), None, date(2026, 4, 1), customer_id=customer)
    )[0]
    newer = log(db, ActivityInput(f.type_id(db, "E-mail"), None, TODAY, customer_id=customer))[0]
    from kpidesk.services.customers.records import list_customers

    assert list_customers(db).rows[0].last_contact == TODAY
    delete_activities(db, [newer])
    assert list_customers(db).rows[0].last_contact == date(2026, 4, 1)
    assert get_activity(db, older).values.organisation_id == org


def test_edit_returns_what_undo_needs(db: Database) -> None:
    anna, bram = f.rep(db, "Anna de Boer"), f.rep(db, "Bram Visser")
    org = f.org(db, "Hoekstra Bouw")
    deal_a = f.deal(db, "Dak", organisation_id=org, first_contact=date(2026, 10, 1))
    deal_b = f.deal(db, "Gevel", first_contact=date(2026, 10, 1))
    activity_id, _ = log(
        db,
        ActivityInput(f.type_id(db, "Voicemail"), anna, TODAY, deal_id=deal_a, note="  bel terug "),
    )
    detail = get_activity(db, activity_id)
    assert detail.values.note == "bel terug" and detail.link_label == "Deal: Dak"
    changed = replace(
        detail.values,
        type_id=f.type_id(db, "Intake meeting"),
        rep_id=bram,
        deal_id=deal_b,
        day=TODAY - timedelta(days=1),
    )
    before, changes = update_activity(db, activity_id, changed)
    assert before == detail.values and changes.touches("activities", "deals")
    row = list_activities(db).rows[0]
    assert (row.points, row.rep, row.deal, row.organisation) == (5, "Bram Visser", "Gevel", None)
    assert deal_row(db, deal_a).last_activity_date is None  # its only activity moved away
    assert deal_row(db, deal_b).last_activity_date == TODAY - timedelta(days=1)
    update_activity(db, activity_id, before)
    assert get_activity(db, activity_id).values == detail.values
    assert deal_row(db, deal_a).last_activity_date == TODAY


def test_trash_hides_and_restore_brings_back(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    ids = [f.activity(db, "Phone call", TODAY, rep_id=anna) for _ in range(3)]
    changes = delete_activities(db, ids[:2])
    assert changes.ids == tuple(sorted(ids[:2]))
    assert list_activities(db).total == 1
    with pytest.raises(NotFound):
        get_activity(db, ids[0])
    restore_activities(db, ids[:2])
    assert list_activities(db, ActivityFilter(rep_id=anna)).total == 3
    with pytest.raises(Refused):
        delete_activities(db, [])
    with pytest.raises(NotFound):
        delete_activities(db, [999_999])


def test_filters_by_type_and_period(db: Database) -> None:
    f.activity(db, "Phone call", date(2026, 11, 2))
    f.activity(db, "Phone call", date(2026, 10, 2))
    f.activity(db, "Voicemail", date(2026, 11, 3))
    call = f.type_id(db, "Phone call")
    assert list_activities(db, ActivityFilter(type_id=call)).total == 2
    november = ActivityFilter(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    assert list_activities(db, november).total == 2


def test_logging_refuses_unknown_links(db: Database) -> None:
    with pytest.raises(NotFound):
        log(db, ActivityInput(f.type_id(db, "Phone call"), None, TODAY, deal_id=4242))
    with pytest.raises(NotFound):
        log(db, ActivityInput(9999, None, TODAY))
    assert list_activities(db).total == 0


def test_link_search_finds_open_deals_customers_and_leads(db: Database) -> None:
    jansen = f.org(db, "Bakkerij Jansen")
    janssen_bv = f.org(db, "Janssen Installatie")
    other = f.org(db, "De Vries Logistiek")
    open_deal = f.deal(db, "Nieuwe kassa", stage="Intake", organisation_id=jansen)
    f.deal(db, "Oude deal", stage="Won", organisation_id=jansen)  # closed: not offered
    customer = f.customer(db, janssen_bv, date(2025, 1, 1))
    lead = f.lead(db, jansen)
    f.lead(db, other)
    f.lead(db, janssen_bv, status="disqualified")
    hits = search_links(db, "jans")
    assert {(h.kind, h.id) for h in hits} == {
        (LINK_DEAL, open_deal),
        (LINK_CUSTOMER, customer),
        (LINK_LEAD, lead),
    }
    assert hits[0].organisation == "Bakkerij Jansen" or hits[0].title.startswith("Jans")
    assert search_links(db, "   ") == []
    assert search_links(db, "kassa")[0].title == "Nieuwe kassa"
    many = [f.org(db, f"Jans {i:02d}") for i in range(30)]
    for org_id in many:
        f.lead(db, org_id)
    limited = search_links(db, "jans", limit=12)
    assert len(limited) == 12 and {h.kind for h in limited} == {LINK_DEAL, LINK_CUSTOMER, LINK_LEAD}
    assert search_links(db, "100%") == []  # a literal percent sign, not a wildcard
