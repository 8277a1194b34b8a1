"""The stored lookalike score (migration 0014) stays exact after every kind of change.

The truth is computed apart from the stored scores and from SQL: the profile's Python
``match`` of each organisation's own attributes. After each change the stored scores are brought
up to date the way the app does (``ensure_scores``, which the leads list and the customers'
prospects call) and every stored score must equal the truth; the list sorted by lookalike must
give the order the scores give.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, text, update

from kpidesk.core.lookalike import Segment
from kpidesk.data.models import Customer, LookalikeState, Organisation
from kpidesk.services.customers.records import (
    delete_customer,
    mark_churned,
    restore_customer,
    update_customer,
)
from kpidesk.services.customers.relationship import lookalike_prospects
from kpidesk.services.leads import lookalike
from kpidesk.services.leads.records import LeadInput, create_lead, list_leads, update_lead
from kpidesk.services.store.database import Database
from kpidesk.services.store.totals import check_totals, repair_totals
from tests import factories as f

TODAY = date(2026, 6, 1)


def truth(db: Database, today: date = TODAY) -> dict[int, int]:
    """Every organisation's score by the profile's own matching, in Python."""
    with db.read() as session:
        profile = lookalike.good_customer_profile(session, today)
        rows = session.execute(
            select(
                Organisation.id,
                Organisation.industry,
                Organisation.employees,
                Organisation.region,
                Organisation.yearly_revenue_cents,
            )
        ).all()
    return {row[0]: profile.match(Segment.of(*row[1:])).score for row in rows}


def stored(db: Database) -> dict[int, int | None]:
    with db.read() as session:
        return dict(session.execute(select(Organisation.id, Organisation.lookalike_score)).all())


def assert_exact(db: Database, today: date = TODAY) -> None:
    lookalike.ensure_scores(db, today)
    assert stored(db) == truth(db, today)
    with db.read() as session:
        assert lookalike.scores_current(session, lookalike.good_customer_profile(session, today))
        assert lookalike.wrong_scores(session) == 0


@pytest.fixture
def base(db: Database) -> dict[str, int]:
    """Three long-standing, valuable construction customers in the north, one cheap retailer,
    and leads that resemble them more or less."""
    ids: dict[str, int] = {}
    for i in range(3):
        org = f.org(db, f"Bouw {i}", industry="Construction", employees=30, region="North")
        ids[f"customer{i}"] = f.customer(db, org, date(2024, 1, 1), value=50_000_00)
    cheap = f.org(db, "Klein", industry="Retail", employees=5, region="South")
    ids["cheap"] = f.customer(db, cheap, date(2024, 1, 1), value=1_000_00)
    for name, fields in {
        "twin": {"industry": "Construction", "employees": 40, "region": "North"},
        "half": {"industry": "Construction", "employees": 900, "region": "West"},
        "other": {"industry": "Retail", "employees": 5, "region": "South"},
        "blank": {},
    }.items():
        ids[f"org_{name}"] = f.org(db, name.title(), **fields)
        ids[name] = f.lead(db, ids[f"org_{name}"])
    return ids


def test_a_new_database_stores_nothing_until_asked_and_then_all(
    db: Database, base: dict[str, int]
) -> None:
    assert set(stored(db).values()) == {None}
    assert_exact(db)
    assert stored(db)[base["org_twin"]] == 85  # industry + size + region
    assert stored(db)[base["org_half"]] == 40
    assert stored(db)[base["org_blank"]] == 0


def test_edits_of_a_lead_and_its_organisation_keep_the_scores_exact(
    db: Database, base: dict[str, int]
) -> None:
    assert_exact(db)
    # through the lead form: the organisation's industry changes, the trigger empties its score
    update_lead(db, base["other"], LeadInput(company="Other", industry="Construction"))
    assert stored(db)[base["org_other"]] is None
    assert_exact(db)
    assert stored(db)[base["org_other"]] == 40
    # a new lead for a new organisation starts empty and is filled on the next read
    new_id, _ = create_lead(
        db, LeadInput(company="Nieuw", industry="Construction", employees=25, region="North")
    )
    assert_exact(db)
    page = list_leads(db, sort="lookalike", today=TODAY)
    assert {r.id: r.lookalike_score for r in page.rows}[new_id] == 85
    # a bulk statement around the services (an import's, or anyone's SQL)
    with db.write() as session:
        session.execute(
            update(Organisation)
            .where(Organisation.id == base["org_half"])
            .values(employees=30, region="North")
            .execution_options(synchronize_session=False)
        )
    assert_exact(db)
    assert stored(db)[base["org_half"]] == 85
    # setting a value to what it already is leaves the stored score alone
    with db.write() as session:
        session.execute(
            update(Organisation)
            .where(Organisation.id == base["org_twin"])
            .values(industry="Construction")
            .execution_options(synchronize_session=False)
        )
    assert stored(db)[base["org_twin"]] == 85


def test_changes_of_the_customer_base_recompute_what_they_affect(
    db: Database, base: dict[str, int]
) -> None:
    assert_exact(db)
    # churn one of three: two still share industry + size + region, enough (minimum 2)
    mark_churned(db, base["customer0"], date(2026, 5, 1), "Price", today=TODAY)
    assert_exact(db)
    assert stored(db)[base["org_twin"]] == 85
    # in the trash too: one left, nothing is supported any more
    delete_customer(db, base["customer1"])
    assert_exact(db)
    assert stored(db)[base["org_twin"]] == 0
    restore_customer(db, base["customer1"])
    assert_exact(db)
    assert stored(db)[base["org_twin"]] == 85
    # the median value moves: the cheap retailer becomes a good customer when two join it
    for i in range(2):
        org = f.org(db, f"Winkel {i}", industry="Retail", employees=5, region="South")
        f.customer(db, org, date(2024, 3, 1), value=90_000_00)
    update_customer(db, base["cheap"], owner_id=None, recurring_value_cents=95_000_00)
    assert_exact(db)
    assert stored(db)[base["org_other"]] == 85
    # a customer's own organisation changes: the profile and that organisation's score
    with db.write() as session:
        customer = session.get(Customer, base["customer2"])
        assert customer is not None
        session.get(Organisation, customer.organisation_id).region = "South"  # type: ignore[union-attr]
    assert_exact(db)


def test_a_new_day_makes_customers_long_standing(db: Database, base: dict[str, int]) -> None:
    for i in range(2):
        org = f.org(db, f"Zorg {i}", industry="Care", employees=300, region="East")
        f.customer(db, org, date(2025, 7, 1), value=80_000_00)
    lead_org = f.org(db, "Zorglead", industry="Care", employees=250, region="East")
    f.lead(db, lead_org)
    assert_exact(db, TODAY)  # a customer since July 2025 is not long-standing on 1 June 2026
    assert stored(db)[lead_org] == 0
    assert_exact(db, date(2026, 7, 1))
    assert stored(db)[lead_org] == 85
    assert_exact(db, TODAY)  # and back, for whoever asks about an earlier day
    assert stored(db)[lead_org] == 0


def test_the_list_and_the_prospects_read_the_same_score_when_the_store_cannot_be_written(
    db: Database, base: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_exact(db)
    mark_churned(db, base["customer0"], date(2026, 5, 1), "Price", today=TODAY)
    delete_customer(db, base["customer1"])  # the stored 85 is now wrong for today's profile

    def refused(*_args: object, **_kwargs: object) -> None:
        from kpidesk.data.errors import NotAllowedError

        raise NotAllowedError("read-only copy")

    monkeypatch.setattr(lookalike, "refresh_scores", refused)
    lookalike.ensure_scores(db, TODAY)  # says nothing, changes nothing
    assert stored(db)[base["org_twin"]] == 85
    page = list_leads(db, sort="lookalike", today=TODAY)
    assert [r.lookalike_score for r in page.rows] == [0, 0, 0, 0]
    assert lookalike_prospects(db, today=TODAY) == []


def test_the_sorted_list_follows_the_scores(db: Database, base: dict[str, int]) -> None:
    page = list_leads(db, sort="lookalike", descending=True, today=TODAY)
    assert [r.id for r in page.rows[:2]] == [base["twin"], base["half"]]
    assert [r.lookalike_score for r in page.rows] == sorted(
        (r.lookalike_score for r in page.rows), reverse=True
    )
    ascending = list_leads(db, sort="lookalike", descending=False, today=TODAY)
    assert ascending.rows[-1].id == base["twin"]
    assert page.total == ascending.total == 4
    prospects = lookalike_prospects(db, today=TODAY)
    assert [(p.lead_id, p.score) for p in prospects] == [(base["twin"], 85), (base["half"], 40)]


def test_check_totals_finds_a_score_changed_around_the_rules_and_repair_fixes_it(
    db: Database, base: dict[str, int]
) -> None:
    assert_exact(db)
    with db.write() as session:  # bypasses the trigger: only the score column changes
        session.execute(
            text("UPDATE organisations SET lookalike_score = 5 WHERE id = :id"),
            {"id": base["org_twin"]},
        )
    found = {s.label: s.wrong for s in check_totals(db).states}
    assert found["Lookalike scores of organisations"] == 1
    repair_totals(db)
    assert {s.label: s.wrong for s in check_totals(db).states}[
        "Lookalike scores of organisations"
    ] == 0
    assert stored(db) == truth(db, date.today())


def test_an_unreadable_state_recomputes_everything(db: Database, base: dict[str, int]) -> None:
    assert_exact(db)
    with db.write() as session:
        state = session.get(LookalikeState, lookalike.STATE_ID)
        assert state is not None
        state.entries = "damaged"
        state.fingerprint = "x"
        session.execute(
            text("UPDATE organisations SET lookalike_score = 5 WHERE id = :id"),
            {"id": base["org_twin"]},
        )
    result = lookalike.refresh_scores(db, TODAY)
    # every organisation is looked at again; only the one that was wrong is written
    assert result.full and result.organisations == 1
    assert_exact(db)


def test_a_profile_change_rewrites_only_the_organisations_it_can_affect(
    db: Database, base: dict[str, int]
) -> None:
    for i in range(200):
        f.org(db, f"Ver weg {i}", industry="Mining", employees=7, region="Far")
    assert lookalike.refresh_scores(db, TODAY).full
    org = f.org(db, "Winkel", industry="Retail", employees=5, region="South")
    f.customer(db, org, date(2024, 3, 1), value=90_000_00)  # the retailer pair is now supported
    result = lookalike.refresh_scores(db, TODAY)
    assert not result.full
    # the new customer's organisation (empty), and those that share a value with what changed
    assert 1 <= result.organisations <= 10
    assert_exact(db)
