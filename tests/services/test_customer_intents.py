"""The customer intents and their undo data; the detail's timeline."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.services.customers import records as svc
from kpidesk.services.customers.detail import customer_detail
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.store.database import Database
from tests import factories as f

TODAY = date(2026, 6, 1)


@pytest.fixture
def customer(db: Database) -> int:
    org = f.org(db, "Visser Logistiek", industry="Transport", city="Zwolle")
    return f.customer(db, org, date(2025, 3, 1), value=12_000_00)


def test_churn_reactivate_and_their_undo(db: Database, customer: int) -> None:
    change = svc.mark_churned(db, customer, date(2026, 5, 1), "  Te   duur ", today=TODAY)
    row = svc.get_customer(db, customer, today=TODAY)
    assert (row.status, row.churned_at, row.churn_reason) == (
        "churned",
        date(2026, 5, 1),
        "Te duur",
    )
    with pytest.raises(Refused):
        svc.mark_churned(db, customer, date(2026, 5, 2), "", today=TODAY)
    svc.restore_churn(db, change)
    assert svc.get_customer(db, customer, today=TODAY).churned_at is None
    svc.mark_churned(db, customer, date(2026, 5, 1), "Te duur", today=TODAY)
    back = svc.reactivate(db, customer)
    assert svc.get_customer(db, customer, today=TODAY).churn_reason is None
    svc.restore_churn(db, back)
    assert svc.get_customer(db, customer, today=TODAY).churn_reason == "Te duur"


def test_churn_refusals(db: Database, customer: int) -> None:
    with pytest.raises(Refused, match="before the customer-since"):
        svc.mark_churned(db, customer, date(2025, 2, 28), "", today=TODAY)
    with pytest.raises(Refused, match="future"):
        svc.mark_churned(db, customer, date(2026, 6, 2), "", today=TODAY)
    with pytest.raises(Refused):
        svc.reactivate(db, customer)
    with pytest.raises(NotFound):
        svc.mark_churned(db, 999, TODAY, "", today=TODAY)


def test_update_owner_and_value_with_undo(db: Database, customer: int) -> None:
    bram = f.rep(db, "Bram")
    edit = svc.update_customer(db, customer, owner_id=bram, recurring_value_cents=15_000_00)
    row = svc.get_customer(db, customer)
    assert (row.owner, row.recurring_value_cents) == ("Bram", 15_000_00)
    svc.update_customer(
        db,
        customer,
        owner_id=edit.previous_owner_id,
        recurring_value_cents=edit.previous_value_cents,
    )
    row = svc.get_customer(db, customer)
    assert (row.owner, row.recurring_value_cents) == (None, 12_000_00)
    with pytest.raises(Refused):
        svc.update_customer(db, customer, owner_id=None, recurring_value_cents=-1)


def test_trash_and_restore(db: Database, customer: int) -> None:
    svc.delete_customer(db, customer)
    assert svc.list_customers(db).total == 0
    with pytest.raises(NotFound):
        customer_detail(db, customer)
    svc.restore_customer(db, customer)
    assert svc.list_customers(db).total == 1


def test_log_activity_and_undo_restore_last_contact(db: Database, customer: int) -> None:
    phone = f.type_id(db, "Phone call")
    logged = svc.log_customer_activity(db, customer, phone, None, date(2026, 5, 20), "Bijgepraat")
    assert svc.get_customer(db, customer, today=TODAY).last_contact == date(2026, 5, 20)
    svc.undo_customer_activity(db, logged)
    row = svc.get_customer(db, customer, today=TODAY)
    assert row.last_contact is None and row.status == "at_risk"


def test_detail_timeline_classifies_deals(db: Database, customer: int) -> None:
    org = svc.get_customer(db, customer).organisation_id
    source = f.deal(
        db,
        "Start",
        stage="Won",
        organisation_id=org,
        closed=date(2025, 3, 1),
        first_contact=date(2025, 1, 10),
    )
    with db.write() as s:
        from kpidesk.data.models import Customer

        s.get(Customer, customer).source_deal_id = source  # type: ignore[union-attr]
    f.deal(
        db,
        "Extra",
        stage="Won",
        organisation_id=org,
        closed=date(2026, 2, 1),
        value=3_000_00,
        first_contact=date(2026, 1, 5),
    )
    f.deal(
        db,
        "Mislukt",
        stage="Lost",
        organisation_id=org,
        closed=date(2026, 3, 1),
        lost_reason="Te duur",
        first_contact=date(2026, 1, 5),
    )
    f.deal(db, "Lopend", stage="Proposal", organisation_id=org, first_contact=date(2026, 4, 1))
    f.activity(db, "Phone call", date(2026, 4, 2), organisation_id=org)
    detail = customer_detail(db, customer, today=TODAY)
    assert [(e.day, e.kind) for e in detail.timeline] == [
        (date(2026, 4, 2), "activity"),
        (date(2026, 4, 1), "open"),
        (date(2026, 3, 1), "lost"),
        (date(2026, 2, 1), "upsell"),
        (date(2025, 3, 1), "won"),
        (date(2025, 3, 1), "started"),
    ]
    assert (detail.upsells, detail.open_deals, detail.won_value_cents) == (1, 1, 4_000_00)
    assert detail.timeline[2].detail == "Te duur"
    assert detail.industry == "Transport"
