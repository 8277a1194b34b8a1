"""Relationship KPIs on a hand-computed team, with churn and contacts on the period edges."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.services.customers.records import (
    CustomerFilter,
    list_customers,
    remove_created_customer,
)
from kpidesk.services.customers.relationship import (
    cohort_table,
    lookalike_prospects,
    relationship_kpis,
    relationship_trend,
)
from kpidesk.services.deals.records import move_deal
from kpidesk.services.reference import set_setting
from kpidesk.services.store.database import Database
from tests import factories as f

START, END = date(2026, 1, 1), date(2026, 3, 31)


@pytest.fixture
def team(db: Database) -> dict[str, int]:
    """Customers A…H as in the docstrings below; ids by letter, plus the reps."""
    ids: dict[str, int] = {"anna": f.rep(db, "Anna"), "bram": f.rep(db, "Bram")}
    anna, bram = ids["anna"], ids["bram"]
    spec = {
        # letter: (since, churned, owner)
        "A": (date(2025, 6, 1), None, anna),  # base, retained, 303 days at END
        "B": (date(2025, 12, 31), date(2026, 1, 1), anna),  # churned on START: not in base
        "C": (date(2025, 10, 1), date(2026, 3, 31), bram),  # churned on END: base, lost
        "D": (date(2026, 1, 1), None, bram),  # new on START, 89 days
        "E": (date(2026, 3, 31), None, anna),  # new on END, 0 days
        "F": (date(2026, 4, 1), None, anna),  # after the period
        "G": (date(2024, 1, 1), date(2026, 4, 1), bram),  # churns after END: retained, 820 days
        "H": (date(2025, 5, 5), None, anna),  # in the trash: counts nowhere
    }
    for letter, (since, churned, owner) in spec.items():
        ids[f"org{letter}"] = f.org(db, f"Org {letter}")
        ids[letter] = f.customer(db, ids[f"org{letter}"], since, churned=churned, owner_id=owner)
    from kpidesk.services.customers.records import delete_customer

    delete_customer(db, ids["H"])
    # Contacts: A exactly N=90 days before END (just outside the window), D inside,
    # E only after END,
    # G on END itself.
    for letter, day in (
        ("A", date(2025, 12, 31)),
        ("D", date(2026, 1, 2)),
        ("E", date(2026, 4, 1)),
        ("G", date(2026, 3, 31)),
    ):
        f.activity(db, "Phone call", day, organisation_id=ids[f"org{letter}"])
    return ids


def test_relationship_kpis_on_the_edges(db: Database, team: dict[str, int]) -> None:
    k = relationship_kpis(db, START, END)
    assert k.active_customers == 4  # A, D, E, G
    assert k.retention_rate == 2 / 3  # base A, C, G; retained A, G
    assert k.avg_relationship_days == (303 + 89 + 0 + 820) / 4
    assert k.new_customers == 2  # D, E
    assert k.at_risk_customers == 2  # A (contact on the window's edge), E (contact after END)
    assert k.at_risk_days == 90


def test_at_risk_days_follow_the_setting(db: Database, team: dict[str, int]) -> None:
    set_setting(db, "at_risk_days", 120)
    assert relationship_kpis(db, START, END).at_risk_customers == 1  # only E


def test_kpis_per_rep(db: Database, team: dict[str, int]) -> None:
    bram = relationship_kpis(db, START, END, rep_id=team["bram"])
    assert (bram.active_customers, bram.new_customers, bram.retention_rate) == (2, 1, 1 / 2)


def test_retention_and_average_are_null_without_customers(db: Database) -> None:
    k = relationship_kpis(db, START, END)
    assert (k.active_customers, k.retention_rate, k.avg_relationship_days) == (0, None, None)


def test_upsells(db: Database, team: dict[str, int]) -> None:
    won = {"stage": "Won", "first_contact": date(2025, 11, 1)}
    f.deal(db, "A more", organisation_id=team["orgA"], closed=date(2026, 2, 1), **won)
    f.deal(db, "A later", organisation_id=team["orgA"], closed=date(2026, 4, 1), **won)
    f.deal(
        db,
        "A lost",
        organisation_id=team["orgA"],
        closed=date(2026, 2, 1),
        stage="Lost",
        first_contact=date(2025, 11, 1),
    )
    source = f.deal(db, "D first", organisation_id=team["orgD"], closed=START, **won)
    with db.write() as s:
        from kpidesk.data.models import Customer

        s.get(Customer, team["D"]).source_deal_id = source  # type: ignore[union-attr]
    f.deal(db, "D same day", organisation_id=team["orgD"], closed=START, value=500_00, **won)
    f.deal(db, "C on churn day", organisation_id=team["orgC"], closed=END, **won)
    f.deal(db, "B after churn", organisation_id=team["orgB"], closed=date(2026, 2, 1), **won)
    f.deal(db, "F before start", organisation_id=team["orgF"], closed=date(2026, 3, 15), **won)
    prospect = f.org(db, "Nieuw BV")
    f.deal(db, "new", organisation_id=prospect, closed=date(2026, 2, 1), **won)
    k = relationship_kpis(db, START, END)
    assert k.upsells == 3  # A more, D same day, C on churn day
    assert k.upsell_value_cents == 1000_00 + 500_00 + 1000_00


def test_trend_matches_the_kpis_month_by_month(db: Database, team: dict[str, int]) -> None:
    trend = relationship_trend(db, END, months=12)
    assert [m.month for m in trend][-3:] == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    march = trend[-1]
    assert march.end == END and march.active_customers == 4
    assert march.new_customers == 1 and march.churned == 1  # E new; C churned
    year = relationship_kpis(db, date(2025, 4, 1), END)
    assert march.retention_rate == year.retention_rate
    assert march.avg_relationship_days == year.avg_relationship_days


def test_cohort_table(db: Database, team: dict[str, int]) -> None:
    rows = cohort_table(db, today=date(2026, 6, 1))
    assert [(c.year, c.customers, c.active_now) for c in rows] == [
        (2024, 1, 0),
        (2025, 3, 1),
        (2026, 3, 3),
    ]
    assert rows[0].after_years[:2] == (1.0, 1.0)  # G stayed past two anniversaries
    assert rows[1].after_years[0] == 1.0  # of A (2025-06), B, C only A reached a year yet


def test_list_status_filter_and_days_since_contact(db: Database, team: dict[str, int]) -> None:
    rows = {r.organisation: r for r in list_customers(db, today=END).rows}
    assert "Org H" not in rows
    assert rows["Org A"].status == "at_risk" and rows["Org A"].days_since_contact == 90
    assert rows["Org D"].status == "active"
    assert rows["Org B"].status == "churned" and rows["Org C"].status == "churned"
    at_risk = list_customers(
        db, CustomerFilter(status="at_risk"), today=END, sort="recurring_value", descending=True
    )
    assert {r.organisation for r in at_risk.rows} == {"Org A", "Org E", "Org F"}
    mine = list_customers(
        db, CustomerFilter(owner_id=team["bram"], include_churned=False), today=END
    )
    assert [r.organisation for r in mine.rows] == ["Org D", "Org G"]


def test_winning_creates_the_customer_once_and_removing_it_undoes(db: Database) -> None:
    org = f.org(db, "Jansen Installatie")
    first = f.deal(db, "Onderhoud", organisation_id=org, stage="Proposal")
    second = f.deal(db, "Uitbreiding", organisation_id=org, stage="Proposal")
    won = f.stage_id(db, "Won")
    result = move_deal(db, first, won, closed_date=date(2026, 2, 10))
    assert result.created_customer_id is not None
    again = move_deal(db, second, won, closed_date=date(2026, 3, 1))
    assert again.created_customer_id is None
    (row,) = list_customers(db).rows
    assert row.customer_since == date(2026, 2, 10)
    assert relationship_kpis(db, date(2026, 3, 1), date(2026, 3, 31)).upsells == 1
    with db.write() as session:
        remove_created_customer(session, result.created_customer_id)
    assert list_customers(db).total == 0
    # the organisation is no customer any more, so winning makes it one again
    redo = move_deal(db, first, f.stage_id(db, "Negotiation"))
    assert redo.created_customer_id is None
    assert move_deal(db, first, won, closed_date=date(2026, 2, 10)).created_customer_id


def test_lookalike_prospects_rank_by_best_customers(db: Database) -> None:
    today = date(2026, 6, 1)
    for i in range(3):
        org = f.org(db, f"Bouw {i}", industry="Construction", employees=30, region="North")
        f.customer(db, org, date(2024, 1, 1), value=50_000_00)
    cheap = f.org(db, "Klein", industry="Retail", employees=5, region="South")
    f.customer(db, cheap, date(2024, 1, 1), value=1_000_00)
    twin = f.lead(
        db,
        f.org(db, "Twin", industry="Construction", employees=40, region="North"),
        status="qualified",
    )
    half = f.lead(db, f.org(db, "Half", industry="Construction", employees=900, region="West"))
    f.lead(db, f.org(db, "Other", industry="Retail", employees=5, region="South"))
    f.lead(
        db,
        f.org(db, "Out", industry="Construction", employees=30, region="North"),
        status="disqualified",
    )
    result = lookalike_prospects(db, today=today)
    # the same Lijkt-op-score as the leads view: industry + size + region = 40 + 25 + 20
    assert [(p.lead_id, p.score) for p in result] == [(twin, 85), (half, 40)]
    assert "3" in result[0].explanation
    assert result[0].matches == ("industry", "size", "region")


def test_a_win_brings_a_churned_customer_back_and_undo_churns_it_again(db: Database) -> None:
    from kpidesk.data.models import Customer
    from kpidesk.services.deals.records import undo_move

    def churn(customer_id: int) -> tuple[date | None, str | None]:
        with db.read() as session:
            row = session.get(Customer, customer_id)
            assert row is not None
            return row.churned_at, row.churn_reason

    org = f.org(db, "Jansen Installatie")
    gone = f.customer(db, org, date(2024, 1, 1), churned=date(2026, 1, 15), churn_reason="Price")
    deal = f.deal(db, "Terug", organisation_id=org, stage="Proposal")
    won = f.stage_id(db, "Won")
    result = move_deal(db, deal, won, closed_date=date(2026, 3, 1))
    assert result.created_customer_id is None and result.changes.touches("customers")
    assert churn(gone) == (None, None)  # active again, as with Reactivate
    assert relationship_kpis(db, date(2026, 3, 1), date(2026, 3, 31)).active_customers == 1
    undo_move(db, result)
    assert churn(gone) == (date(2026, 1, 15), "Price")
    # A churn recorded after the close date stays: the deal was won while still a customer.
    later = f.org(db, "Later B.V.")
    late = f.customer(db, later, date(2024, 1, 1), churned=date(2026, 6, 1))
    other = f.deal(db, "Eerder", organisation_id=later, stage="Proposal")
    assert move_deal(db, other, won, closed_date=date(2026, 3, 1)).won_back is None
    assert churn(late) == (date(2026, 6, 1), None)
