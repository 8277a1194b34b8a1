"""Every KPI definition of issue 3 on small hand-computed fixtures, with nulls and edges."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.core.periods import Period
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.store.database import Database
from tests import factories as f

MARCH = Period.month(2026, 3)
D = date
END = date(2026, 3, 31)


def report(db: Database, period: Period = MARCH, rep: int | None = None, today: date = END):  # type: ignore[no-untyped-def]
    return compute_kpis(db, period, rep, today=today)


def test_empty_database_gives_zeros_and_nulls(db: Database) -> None:
    r = report(db)
    assert r.action.activities == 0 and r.action.target_points is None
    assert r.insight.win_rate is None
    assert r.velocity.avg_days_to_win is None and r.velocity.median_days_to_win is None
    assert r.relationship.retention_rate is None
    assert r.relationship.avg_relationship_days is None
    assert r.insight.won_value_growth is None
    assert r.pipeline.coverage is None
    assert all(c.rate is None for c in r.insight.stage_conversion)
    assert r.series is not None and len(r.series.months) == 12


def test_activities_and_points_inclusive_edges(db: Database) -> None:
    bram, anna = f.rep(db, "Bram"), f.rep(db, "Anna")
    f.activity(db, "Intake meeting", D(2026, 3, 1), rep_id=bram)  # 5 points, first day
    f.activity(db, "Phone call", D(2026, 3, 31), rep_id=bram)  # 2 points, last day
    f.activity(db, "Voicemail", D(2026, 2, 28), rep_id=bram)  # before
    f.activity(db, "E-mail", D(2026, 4, 1), rep_id=anna)  # after
    f.activity(db, "E-mail", D(2026, 3, 15), rep_id=anna)
    r = report(db)
    assert (r.action.activities, r.action.activity_points) == (3, 8)
    assert {t.type.name_en: (t.count, t.points) for t in r.action.by_type} == {
        "Intake meeting": (1, 5),
        "Phone call": (1, 2),
        "E-mail": (1, 1),
    }
    mine = report(db, rep=bram)
    assert (mine.action.activities, mine.action.activity_points) == (2, 7)
    assert {x.name: x.activity_points for x in r.by_rep} == {"Anna": 1, "Bram": 7}


def test_qualified_leads_count_by_qualified_date_and_status(db: Database) -> None:
    bram = f.rep(db, "Bram")
    o = f.org(db, "Acme")
    f.lead(db, o, owner_id=bram, status="qualified", qualified_at=D(2026, 3, 31))
    f.lead(db, o, owner_id=bram, status="qualified", qualified_at=D(2026, 4, 1))
    f.lead(db, o, owner_id=None, status="qualified", qualified_at=D(2026, 3, 2))
    f.lead(db, o, status="disqualified", qualified_at=D(2026, 3, 3))
    assert report(db).result.qualified_leads == 2
    assert report(db, rep=bram).result.qualified_leads == 1


def test_won_lost_win_rate_days_and_growth(db: Database) -> None:
    bram = f.rep(db, "Bram")
    f.deal(
        db,
        "w1",
        stage="Won",
        owner_id=bram,
        value=300_00,
        first_contact=D(2026, 3, 1),
        closed=D(2026, 3, 11),
    )  # 10 days
    f.deal(
        db,
        "w2",
        stage="Won",
        owner_id=bram,
        value=200_00,
        first_contact=D(2026, 1, 1),
        closed=D(2026, 3, 31),
    )  # 89 days
    f.deal(db, "w3", stage="Won", value=100_00, first_contact=None, closed=D(2026, 3, 5))
    f.deal(db, "l1", stage="Lost", owner_id=bram, closed=D(2026, 3, 20))
    f.deal(db, "prev", stage="Won", value=400_00, closed=D(2026, 2, 28))
    r = report(db)
    assert (r.result.won_deals, r.result.won_value_cents) == (3, 600_00)
    assert r.insight.win_rate == 3 / 4
    assert r.velocity.avg_days_to_win == (10 + 89) / 2  # w3 has no first contact
    assert r.velocity.median_days_to_win == (10 + 89) / 2
    assert r.insight.won_value_growth == pytest.approx((600 - 400) / 400)
    mine = report(db, rep=bram)
    assert mine.insight.win_rate == 2 / 3
    assert mine.insight.won_value_growth is None  # Bram won nothing in February


def test_open_pipeline_at_period_end(db: Database) -> None:
    f.deal(db, "open", stage="Proposal", value=1000_00, first_contact=D(2026, 3, 31))  # 60%
    f.deal(db, "later", stage="Proposal", value=1000_00, first_contact=D(2026, 4, 1))
    f.deal(
        db, "override", stage="Intake", value=500_00, first_contact=D(2026, 2, 1), probability=90
    )
    # Won after the period: still open at its end.
    f.deal(
        db,
        "won later",
        stage="Won",
        value=200_00,
        first_contact=D(2026, 2, 1),
        closed=D(2026, 4, 2),
    )
    f.deal(
        db,
        "closed on end",
        stage="Lost",
        value=700_00,
        first_contact=D(2026, 2, 1),
        closed=D(2026, 3, 31),
    )
    f.target(db, "pipeline_value", D(2026, 3, 1), 5000_00)
    p = report(db).pipeline
    assert p.open_deals == 3
    assert p.open_value_cents == 1700_00
    assert p.weighted_value_cents == 600_00 + 450_00 + 200_00
    assert p.target_cents == 5000_00
    assert p.coverage == pytest.approx(1700 / 5000)


def test_days_in_stage_from_history_exits(db: Database) -> None:
    deal = f.deal(
        db,
        "d",
        stage="Proposal",
        first_contact=D(2026, 2, 20),
        history=[
            ("Lead in", "Intake", f.at(D(2026, 3, 2))),  # exit Lead in: 10 days after first contact
            ("Intake", "Proposal", f.at(D(2026, 3, 12))),  # exit Intake after 10 days
        ],
    )
    assert deal
    f.deal(
        db,
        "e",
        stage="Proposal",
        first_contact=D(2026, 1, 1),
        history=[
            ("Intake", "Proposal", f.at(D(2026, 4, 1))),  # exit outside the period
        ],
    )
    days = {s.stage.name_en: s.avg_days for s in report(db).velocity.avg_days_in_stage}
    assert days["Lead in"] == 10 and days["Intake"] == 10 and days["Proposal"] is None


def test_stale_deals_use_rotting_days(db: Database) -> None:
    # Proposal rots after 14 days; today is 31 March, so activity/stage before 17 March sleeps.
    f.deal(
        db,
        "sleeping",
        stage="Proposal",
        first_contact=D(2026, 1, 1),
        last_activity_date=D(2026, 3, 16),
    )
    f.deal(
        db,
        "awake",
        stage="Proposal",
        first_contact=D(2026, 1, 1),
        last_activity_date=D(2026, 3, 17),
    )
    f.deal(db, "moved", stage="Proposal", first_contact=D(2026, 3, 20))
    f.deal(db, "won", stage="Won", first_contact=D(2026, 1, 1), closed=D(2026, 1, 2))
    assert report(db).velocity.stale_deals == 1


def test_customers_active_retention_length_new_and_risk(db: Database) -> None:
    orgs = [f.org(db, f"Org {i}") for i in range(5)]
    f.customer(db, orgs[0], D(2025, 3, 31))  # active all along: 365 days at the end
    f.customer(db, orgs[1], D(2026, 2, 1), churned=D(2026, 3, 31))  # churned on the last day
    f.customer(db, orgs[2], D(2026, 3, 1))  # new on the first day: not in the base
    f.customer(db, orgs[3], D(2026, 4, 1))  # later
    f.customer(db, orgs[4], D(2025, 1, 1), churned=D(2026, 3, 1))  # churned on the first day
    f.activity(db, "Phone call", D(2026, 3, 31), organisation_id=orgs[0])
    r = report(db).relationship
    assert r.active_customers == 2
    assert r.retention_rate == 1 / 2  # base: orgs 0 and 1; org 1 left on the last day
    assert r.avg_relationship_days == (365 + 30) / 2
    assert report(db).result.new_customers == 1
    assert r.at_risk_customers == 1  # org 2 had no activity in the 90 days before


def test_upsells_exclude_the_deal_that_made_the_customer(db: Database) -> None:
    old, new = f.org(db, "Old"), f.org(db, "New")
    f.customer(db, old, D(2025, 1, 1))
    f.deal(db, "upsell", stage="Won", organisation_id=old, closed=D(2026, 3, 10))
    first = f.deal(db, "first", stage="Won", organisation_id=new, closed=D(2026, 3, 10))
    f.customer(db, new, D(2026, 3, 10), source_deal_id=first)
    assert report(db).result.upsells == 1


def test_stage_conversion_with_and_without_history(db: Database) -> None:
    # With history: entered Intake in March and moved on to Proposal.
    f.deal(
        db,
        "a",
        stage="Proposal",
        first_contact=D(2026, 2, 1),
        history=[
            ("Contact made", "Intake", f.at(D(2026, 3, 3))),
            ("Intake", "Proposal", f.at(D(2026, 3, 9))),
        ],
    )
    # With history: entered Intake in March and was lost.
    f.deal(
        db,
        "b",
        stage="Lost",
        first_contact=D(2026, 2, 1),
        closed=D(2026, 3, 20),
        history=[
            ("Contact made", "Intake", f.at(D(2026, 3, 4))),
            ("Intake", "Lost", f.at(D(2026, 3, 20))),
        ],
    )
    # Without history, first contact in March, now in Intake: went through Lead in and Contact
    # made, entered Intake.
    f.deal(db, "c", stage="Intake", first_contact=D(2026, 3, 5))
    conv = {c.stage.name_en: (c.entered, c.passed) for c in report(db).insight.stage_conversion}
    assert conv["Lead in"] == (1, 1)
    assert conv["Contact made"] == (1, 1)
    assert conv["Intake"] == (3, 1)
    assert conv["Proposal"] == (1, 0)
    assert conv["Negotiation"] == (0, 0)


def test_targets_team_is_sum_of_reps_unless_own(db: Database) -> None:
    bram, anna = f.rep(db, "Bram"), f.rep(db, "Anna")
    for month in (1, 2, 3):
        f.target(db, "qualified_leads", D(2026, month, 1), 10, bram)
        f.target(db, "qualified_leads", D(2026, month, 1), 5, anna)
    f.target(db, "qualified_leads", D(2026, 2, 1), 20)  # the team's own in February
    q1 = Period.quarter(2026, 1)
    assert report(db, q1).result.target_qualified_leads == 15 + 20 + 15
    assert report(db, q1, rep=bram).result.target_qualified_leads == 30
    assert report(db, MARCH).result.target_won_value_cents is None
