"""Leads: create, edit, trash, duplicates, list with scores and sorting by lookalike."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.leads.records import (
    DuplicateLeadError,
    LeadFilter,
    LeadInput,
    create_lead,
    delete_leads,
    find_duplicates,
    get_lead,
    list_leads,
    list_sources,
    restore_leads,
    update_lead,
)
from kpidesk.services.store.database import Database
from tests import factories as f

TODAY = date(2026, 6, 15)
MLN = 100_000_000


def test_create_reads_back_and_reuses_the_organisation(db: Database) -> None:
    rep = f.rep(db, "Anna")
    lead_id, changes = create_lead(
        db,
        LeadInput(
            "Bakker Bouw B.V.",
            contact_name="Piet Bakker",
            email="piet@bakker.nl",
            city="Utrecht",
            industry="Bouw",
            employees=80,
            source="Website",
            owner_id=rep,
            created=date(2026, 5, 1),
        ),
    )
    assert changes.touches("leads") and changes.ids == (lead_id,)
    detail = get_lead(db, lead_id, today=TODAY)
    assert detail.data.company == "Bakker Bouw B.V." and detail.data.email == "piet@bakker.nl"
    assert detail.owner == "Anna" and detail.status == "new" and detail.fit_score is None
    # An organisation known from a deal or customer is reused, not duplicated.
    org = f.org(db, "Jansen Installatie")
    other, _ = create_lead(db, LeadInput("jansen  installatie bv", city="Zeist"))
    page = list_leads(db, LeadFilter(search="jansen"))
    assert [r.id for r in page.rows] == [other] and page.rows[0].city == "Zeist"
    from kpidesk.data.models import Lead

    with db.read() as s:
        assert s.get(Lead, other).organisation_id == org  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("company", "email", "same_org", "same_mail"),
    [
        ("bakker bouw", None, True, False),
        ("BAKKER BOUW BV", None, True, False),
        ("Bakker  Bouw B.V.", "iemand@anders.nl", True, False),
        ("Heel Ander Bedrijf", " PIET@Bakker.nl ", False, True),
        ("Bakker Bouw", "piet@bakker.nl", True, True),
    ],
)
def test_duplicate_rules(
    db: Database, company: str, email: str | None, same_org: bool, same_mail: bool
) -> None:
    first, _ = create_lead(db, LeadInput("Bakker Bouw B.V.", email="piet@bakker.nl"))
    with pytest.raises(DuplicateLeadError) as caught:
        create_lead(db, LeadInput(company, email=email))
    [dup] = caught.value.duplicates
    assert (dup.id, dup.same_organisation, dup.same_email) == (first, same_org, same_mail)
    assert "Bakker Bouw B.V." in str(caught.value)
    # The user may still add it on purpose.
    second, _ = create_lead(db, LeadInput(company, email=email), allow_duplicate=True)
    assert second != first


def test_not_duplicates(db: Database) -> None:
    create_lead(db, LeadInput("Bakker Bouw B.V.", email="piet@bakker.nl"))
    assert find_duplicates(db, "Bakker Bouwmaterialen", "jan@bakker.nl") == []
    assert find_duplicates(db, "Bakkerij Bouw") == []


def test_trashed_leads_are_no_duplicates_and_restore(db: Database) -> None:
    first, _ = create_lead(db, LeadInput("Bakker Bouw B.V."))
    delete_leads(db, [first])
    assert find_duplicates(db, "Bakker Bouw") == []
    assert list_leads(db).total == 0
    with pytest.raises(NotFound):
        get_lead(db, first)
    restore_leads(db, [first])
    assert [r.id for r in list_leads(db).rows] == [first]


def test_edit_checks_duplicates_but_not_against_itself(db: Database) -> None:
    first, _ = create_lead(db, LeadInput("Bakker Bouw", email="piet@bakker.nl"))
    second, _ = create_lead(db, LeadInput("Visser ICT"))
    update_lead(db, first, LeadInput("Bakker Bouw B.V.", email="PIET@bakker.nl", city="Ede"))
    with pytest.raises(DuplicateLeadError):
        update_lead(db, second, LeadInput("Visser ICT", email="piet@bakker.nl"))


def test_edit_returns_the_previous_values_for_undo(db: Database) -> None:
    lead_id, _ = create_lead(db, LeadInput("Visser ICT", city="Ede", employees=12))
    result = update_lead(
        db, lead_id, LeadInput("Visser ICT", city="Arnhem", employees=40, contact_name="Eva")
    )
    assert get_lead(db, lead_id).data.city == "Arnhem"
    update_lead(db, lead_id, result.previous)
    restored = get_lead(db, lead_id).data
    assert (restored.city, restored.employees, restored.contact_name) == ("Ede", 12, None)


@pytest.mark.parametrize(
    "data",
    [
        LeadInput("  "),
        LeadInput("B.V."),
        LeadInput("X", employees=-1),
        LeadInput("X", email="geen mail"),
    ],
)
def test_invalid_input_is_refused(db: Database, data: LeadInput) -> None:
    with pytest.raises(Refused):
        create_lead(db, data)
    assert list_leads(db).total == 0


def test_filters_and_sources(db: Database) -> None:
    anna, bram = f.rep(db, "Anna"), f.rep(db, "Bram")
    a = f.lead(db, f.org(db, "A"), owner_id=anna, source="Beurs", created=date(2026, 5, 3))
    b = f.lead(
        db,
        f.org(db, "B"),
        owner_id=bram,
        source="Website",
        created=date(2026, 6, 3),
        status="qualified",
        qualified_at=date(2026, 6, 10),
    )
    f.lead(
        db,
        f.org(db, "C"),
        owner_id=bram,
        source="Website",
        created=date(2026, 4, 3),
        status="qualified",
        qualified_at=date(2026, 5, 20),
    )
    assert list_sources(db) == ["Beurs", "Website"]
    assert [r.id for r in list_leads(db, LeadFilter(owner_id=anna)).rows] == [a]
    june = LeadFilter(created_from=date(2026, 6, 1), created_to=date(2026, 6, 30))
    assert [r.id for r in list_leads(db, june).rows] == [b]
    # With the qualified status the period is on the qualified-at date, like the KPI.
    qualified_may = LeadFilter(
        status="qualified", created_from=date(2026, 5, 1), created_to=date(2026, 5, 31)
    )
    assert [r.company for r in list_leads(db, qualified_may).rows] == ["C"]


def _good_customers(db: Database) -> None:
    """3 long-standing, valuable construction firms of 50–199 in Utrecht, 2 ICT firms in Gelderland
    of 10–49, one churned and one new customer that must not count."""
    for i in range(3):
        org = f.org(
            db,
            f"Bouw {i}",
            industry="Bouw",
            employees=60 + i,
            region="Utrecht",
            yearly_revenue_cents=2 * MLN,
        )
        f.customer(db, org, date(2023, 1, 1), value=50_000_00)
    for i in range(2):
        org = f.org(db, f"ICT {i}", industry="ICT", employees=20, region="Gelderland")
        f.customer(db, org, date(2024, 1, 1), value=60_000_00)
    churned = f.org(db, "Oud", industry="Zorg", employees=500, region="Limburg")
    f.customer(db, churned, date(2020, 1, 1), churned=date(2025, 1, 1), value=90_000_00)
    fresh = f.org(db, "Nieuw", industry="Zorg", employees=500, region="Limburg")
    f.customer(db, fresh, date(2026, 3, 1), value=90_000_00)
    cheap = f.org(db, "Klein", industry="Zorg", employees=500, region="Limburg")
    f.customer(db, cheap, date(2022, 3, 1), value=1_000_00)
    cheap2 = f.org(db, "Klein 2", industry="Zorg", employees=500, region="Limburg")
    f.customer(db, cheap2, date(2022, 3, 1), value=2_000_00)


def test_lookalike_scores_and_sorting(db: Database) -> None:
    _good_customers(db)
    leads = {
        "full": f.org(
            db,
            "Lead Bouw",
            industry="bouw",
            employees=120,
            region="utrecht",
            yearly_revenue_cents=3 * MLN,
        ),
        "ict": f.org(db, "Lead ICT", industry="ICT", employees=300, region="Utrecht"),
        "zorg": f.org(db, "Lead Zorg", industry="Zorg", employees=500, region="Limburg"),
        "region": f.org(db, "Lead Regio", industry="Retail", employees=5, region="Utrecht"),
    }
    ids = {name: f.lead(db, org) for name, org in leads.items()}
    page = list_leads(db, sort="lookalike", descending=True, today=TODAY)
    scores = {r.company: (r.lookalike_score, r.lookalike_text) for r in page.rows}
    assert scores["Lead Bouw"] == (
        100,
        "Resembles 3 customers: same industry, 50–199 employees, same region, revenue € 1–5 mln",
    )
    assert scores["Lead ICT"] == (40, "Resembles 2 customers: same industry")
    assert scores["Lead Regio"] == (20, "Resembles 3 customers: same region")
    # Churned, new and low-value customers are not good customers.
    assert scores["Lead Zorg"] == (0, "Resembles none of your good customers.")
    assert [r.id for r in page.rows] == [ids["full"], ids["ict"], ids["region"], ids["zorg"]]
    ascending = list_leads(db, sort="lookalike", descending=False, today=TODAY)
    assert [r.lookalike_score for r in ascending.rows] == [0, 20, 40, 100]
    detail = get_lead(db, ids["ict"], today=TODAY)
    assert detail.lookalike.score == 40 and detail.lookalike.customers == 2


def test_lookalike_without_customers(db: Database) -> None:
    f.lead(db, f.org(db, "A", industry="Bouw"))
    row = list_leads(db, sort="lookalike").rows[0]
    assert row.lookalike_score == 0 and "No good customers" in row.lookalike_text
