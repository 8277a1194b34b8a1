"""The planner on a hand-computed team: rates, the funnel, ramps per rep, apply and undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kpidesk.core.periods import Period
from kpidesk.data.database import Database
from kpidesk.data.models import KPI_ACTIVITY_POINTS, KPI_NEW_REVENUE, KPI_QUALIFIED_LEADS
from kpidesk.services.errors import Refused
from kpidesk.services.kpis.planner import apply_plan, plan_targets, undo_plan
from kpidesk.services.kpis.target_grid import target_grid
from tests import factories as f

TODAY = date(2026, 12, 6)  # last full quarter: Q3 2026; rates from Oct 2025 to Sep 2026
Q1 = Period.quarter(2027, 1)
PATHS = {
    "won": ["Lead in", "Contact made", "Intake", "Proposal", "Won"],
    "lost at proposal": ["Lead in", "Contact made", "Intake", "Proposal", "Lost"],
    "lost at intake": ["Lead in", "Contact made", "Intake", "Lost"],
    "lost at lead in": ["Lead in", "Lost"],
}


def team(db: Database) -> tuple[int, int]:
    """Bram: in Q3 4 won (€ 5,000 each), 4 lost at the proposal, 2 at the intake, 2 at the
    first stage; 6 qualified leads; 40 phone calls (80 points).  Eva joins on 1 January."""
    bram = f.rep(db, "Bram")
    eva = f.rep(db, "Eva", start=date(2027, 1, 1))
    counts = {"won": 4, "lost at proposal": 4, "lost at intake": 2, "lost at lead in": 2}
    n = 0
    for kind, many in counts.items():
        path = PATHS[kind]
        for _ in range(many):
            n += 1
            start = date(2026, 7, 1)
            moves = [
                (path[i - 1] if i else None, path[i], f.at(start + timedelta(days=7 * i)))
                for i in range(len(path))
            ]
            f.deal(
                db,
                f"{kind} {n}",
                stage=path[-1],
                owner_id=bram,
                value=500_000,
                first_contact=start,
                closed=date(2026, 8, 3),
                history=moves,
            )
    org = f.org(db, "Acme")
    for i in range(6):
        f.lead(db, org, owner_id=bram, status="qualified", qualified_at=date(2026, 7, 1 + i))
    for i in range(40):
        f.activity(db, "Phone call", date(2026, 8, 3) + timedelta(days=i % 5), rep_id=bram)
    return bram, eva


def test_the_rates_and_the_funnel_are_the_hand_computed_ones(db: Database) -> None:
    team(db)
    plan = plan_targets(db, Q1, 4_000_000, today=TODAY)
    rates = plan.rates
    # Lead in → Contact made 10 of 12, Contact made → Intake 10 of 10: 10/12 to the intake;
    # Intake → Proposal 8 of 10; Proposal → Won 4 of 8; € 5,000 a won deal; 80 / 4 = 20 points.
    assert rates.lead_to_intake.value == pytest.approx(10 / 12)
    assert rates.intake_to_proposal.value == pytest.approx(8 / 10)
    assert rates.proposal_to_won.value == pytest.approx(1 / 2)
    assert (rates.avg_won_cents, rates.points_per_won) == (500_000, 20)
    # € 40,000: 8 won, 16 proposals, 20 intakes, 24 leads, 160 points.
    n = plan.needed
    assert n is not None
    assert (n.won_deals, n.proposals, n.intakes, n.qualified_leads, n.activity_points) == (
        8, 16, 20, 24, 160,
    )  # fmt: skip
    assert plan.sentence().startswith(
        "For €40,000 in Q1 2027 you need: 24 qualified leads, 20 intakes, 16 proposals, "
        "8 won deals and 160 activity points."
    )


def test_ramps_per_rep_reach_the_target_and_never_drop_below_last_quarter(db: Database) -> None:
    bram, eva = team(db)
    plan = plan_targets(db, Q1, 4_000_000, today=TODAY)
    ramps = {(r.rep_id, r.kpi): r.plan for r in plan.ramps}
    # Leads: 24 split 12/12 (Eva, new, weighs as the average rep).  Bram from 2 a month, at
    # most +15 % and one more a month: 3, 4, 5 = 12.  Eva has nothing to ramp from: 4, 4, 4.
    assert ramps[(bram, KPI_QUALIFIED_LEADS)].values == (3, 4, 5)
    assert ramps[(eva, KPI_QUALIFIED_LEADS)].values == (4, 4, 4)
    # Points: 160 split 80/80; Bram did 80 last quarter, 27 a month, and stays there (81).
    assert ramps[(bram, KPI_ACTIVITY_POINTS)].values == (27, 27, 27)
    # Revenue: € 20,000 each; Bram won € 20,000 last quarter: € 6,667 a month (whole euros).
    assert ramps[(bram, KPI_NEW_REVENUE)].values == (666_700,) * 3
    for r in plan.ramps:
        assert r.plan.reachable and r.plan.counted >= r.plan.need
        assert all(v >= r.plan.base for v in r.plan.values if v is not None)
    # Multiplied back: 24 leads × 10/12 × 8/10 × 1/2 × € 5,000 = € 40,000.
    assert plan.revenue_back_cents() >= 4_000_000


def test_a_ramp_that_cannot_reach_its_share_says_so(db: Database) -> None:
    team(db)
    plan = plan_targets(db, Q1, 6_000_000, today=TODAY)  # 36 leads: 18 each
    # Bram's leads reach at most 3 + 4 + 5 = 12 of his 18; Eva's 18: 30 of 36.
    assert (
        "Qualified leads: Bram cannot reach their share in Q1 2027 at +15 % a month from last "
        "quarter's level; the targets reach 30 of the 36 needed."
    ) in plan.sentence()


def test_apply_writes_the_ramp_and_undo_puts_back_what_was_there(db: Database) -> None:
    bram, eva = team(db)
    f.target(db, KPI_QUALIFIED_LEADS, date(2027, 1, 1), 10, bram)
    plan = plan_targets(db, Q1, 4_000_000, today=TODAY)
    previous, changes = apply_plan(db, plan)
    assert changes.touches("targets")
    grid = target_grid(db, KPI_QUALIFIED_LEADS, date(2027, 1, 1), 3)
    rows = dict(zip(grid.rep_ids, grid.rep_values, strict=True))
    assert rows[bram] == (3, 4, 5) and rows[eva] == (4, 4, 4)
    undo_plan(db, previous)
    grid = target_grid(db, KPI_QUALIFIED_LEADS, date(2027, 1, 1), 3)
    rows = dict(zip(grid.rep_ids, grid.rep_values, strict=True))
    assert rows[bram] == (10, None, None) and rows[eva] == (None, None, None)


def test_an_empty_database_says_what_is_missing_and_writes_nothing(db: Database) -> None:
    f.rep(db, "Bram")
    plan = plan_targets(db, Q1, 4_000_000, today=TODAY)
    assert plan.needed is None and not plan.ok
    assert "not enough history" in plan.sentence()
    assert "no won deals with a value" in plan.sentence()
    with pytest.raises(Refused):
        apply_plan(db, plan)
    with pytest.raises(Refused):
        plan_targets(db, Q1, 0, today=TODAY)
