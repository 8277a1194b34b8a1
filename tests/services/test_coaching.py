"""Coaching on hand-made teams whose answer is known.

The window is the third quarter of 2026, today is 5 December 2026 (the window's deals have had
time).  Proposals ("Proposal" in the default stages) are written with their stage history; a
deal that moves on goes to Negotiation five days later and is won five days after that.
"""

from __future__ import annotations

from datetime import date, timedelta

from kpidesk.core.periods import Period
from kpidesk.data.database import Database
from kpidesk.services.coaching.analysis import coaching_report, default_window
from tests import factories as f

TODAY = date(2026, 12, 5)
Q3 = Period.quarter(2026, 3)
START = date(2026, 7, 6)


def proposals(
    db: Database, rep: int, passed: int, lost: int, *, intake: bool, offset: int = 0
) -> list[int]:
    """*passed* + *lost* deals of *rep* that entered Proposal in Q3, optionally after an intake."""
    ids = []
    for i in range(passed + lost):
        day = START + timedelta(days=(i + offset) % 70)
        won = i < passed
        history = [(None, "Proposal", f.at(day))]
        if won:
            history += [
                ("Proposal", "Negotiation", f.at(day + timedelta(days=5))),
                ("Negotiation", "Won", f.at(day + timedelta(days=10))),
            ]
        else:
            history += [("Proposal", "Lost", f.at(day + timedelta(days=8)))]
        deal = f.deal(
            db,
            f"Deal {rep}-{i}",
            stage="Won" if won else "Lost",
            owner_id=rep,
            first_contact=day - timedelta(days=20),
            closed=day + timedelta(days=10 if won else 8),
            history=history,
        )
        if intake:
            f.activity(db, "Intake meeting", day - timedelta(days=3), rep_id=rep, deal_id=deal)
        ids.append(deal)
    return ids


def test_the_default_window_is_the_last_full_quarter() -> None:
    assert default_window(date(2026, 12, 5)) == Q3
    assert default_window(date(2026, 1, 2)) == Period.quarter(2025, 4)


def test_proposals_without_an_intake_are_a_bottleneck_with_that_cause(db: Database) -> None:
    bram, anna, eva = f.rep(db, "Bram"), f.rep(db, "Anna"), f.rep(db, "Eva")
    lost_by_bram = proposals(db, bram, passed=4, lost=16, intake=False)[4:]
    proposals(db, anna, passed=14, lost=6, intake=True, offset=1)
    proposals(db, eva, passed=14, lost=6, intake=True, offset=2)

    report = coaching_report(db, Q3, today=TODAY)
    coaching = {r.name: r for r in report.reps}
    bram_steps = coaching["Bram"]
    # 4 of 20 moved on; the rest of the team 28 of 40.  Fisher, one-sided: p < 0.0001.
    assert bram_steps.sentence == (
        "Bram: Proposal → Negotiation 4 of 20 (20%), the rest of the team 28 of 40 (70%)"
    )
    assert sorted(bram_steps.stopped_deal_ids) == sorted(lost_by_bram)
    # What stands out: none of his 16 lost proposals had an intake; all 40 of the others did.
    assert [c.sentence for c in bram_steps.causes] == [
        "Bram: only 0 of the 16 deals that stopped here had an intake or demo before this "
        "step; in the rest of the team 40 of 40."
    ]
    assert sorted(bram_steps.causes[0].deal_ids) == sorted(lost_by_bram)
    # Anna and Eva (14 of 20 each, against 18 of 40 and 18 of 40) are no bottleneck.
    assert coaching["Anna"].bottleneck is None and coaching["Eva"].bottleneck is None
    assert coaching["Anna"].sentence == "Anna: no clear bottleneck"


def test_reps_that_differ_only_by_chance_have_no_bottleneck(db: Database) -> None:
    # 11, 13 and 12 of 20: Bram against the rest 11/20 vs 25/40, one-sided p = 0.29.
    reps = [f.rep(db, name) for name in ("Bram", "Anna", "Eva")]
    for rep, passed, offset in zip(reps, (11, 13, 12), (0, 1, 2), strict=True):
        proposals(db, rep, passed=passed, lost=20 - passed, intake=True, offset=offset)
    report = coaching_report(db, Q3, today=TODAY)
    assert [r.sentence for r in report.reps] == [
        "Anna: no clear bottleneck",
        "Bram: no clear bottleneck",
        "Eva: no clear bottleneck",
    ]
    assert all(
        v.p_value is not None and v.p_value > 0.05 / 2
        for r in report.reps
        for v in r.steps
        if v.enough
    )


def test_below_the_minimum_a_rep_step_says_nothing(db: Database) -> None:
    bram, anna = f.rep(db, "Bram"), f.rep(db, "Anna")
    proposals(db, bram, passed=0, lost=9, intake=False)  # 9 mature deals: one short of 10
    proposals(db, anna, passed=20, lost=0, intake=True)
    bram_steps = next(r for r in coaching_report(db, Q3, today=TODAY).reps if r.name == "Bram")
    assert bram_steps.bottleneck is None
    assert bram_steps.sentence == "Bram: too few deals to say"
    assert {v.text() for v in bram_steps.steps if v.rep.mature} == {"too few deals to say (9)"}


def test_young_open_deals_are_in_progress_not_stopped(db: Database) -> None:
    bram = f.rep(db, "Bram")
    proposals(db, bram, passed=10, lost=0, intake=True)  # the team's time in Proposal: 5 days
    window = Period.quarter(2026, 4)
    today = date(2026, 11, 20)
    for i, age in enumerate((2, 3, 30)):  # entered 2, 3 and 30 days before today, still open
        day = today - timedelta(days=age)
        f.deal(db, f"Open {i}", stage="Proposal", owner_id=bram, first_contact=day,
               history=[(None, "Proposal", f.at(day))])  # fmt: skip
    report = coaching_report(db, window, today=today)
    proposal_step = next(
        c
        for s, c in zip(report.steps, report.team, strict=True)
        if s.name.startswith("Proposal → N")
    )
    # The usual time (80 % of the ten that moved on did so within 5 days) is 5 days: the two
    # younger deals are still in progress; the one of 30 days has stopped.
    assert (proposal_step.passed, proposal_step.stopped, proposal_step.in_progress) == (0, 1, 2)


def test_the_meeting_workbook_keeps_insight_off_the_summary(db: Database) -> None:
    from kpidesk.excel.kpi_workbook import INSIGHT
    from kpidesk.services.kpis.workbook import build_kpi_workbook

    bram, anna = f.rep(db, "Bram"), f.rep(db, "Anna")
    proposals(db, bram, passed=1, lost=0, intake=True)  # one won deal: 100 % on one deal
    proposals(db, anna, passed=12, lost=8, intake=True)
    book = build_kpi_workbook(db, Q3, None, "en", today=TODAY)
    insight = next(g for g in book.groups if g.kind == INSIGHT)
    assert all(line.is_team for line in insight.lines)  # no name beside a close ratio
    rows = {row[0]: row for row in book.bottlenecks.rows}
    assert rows["Bram"][-1] == "Bram: too few deals to say"
    assert "too few deals to say (1)" in rows["Bram"]
    assert rows["Anna"][-1] == "Anna: no clear bottleneck"


def test_the_minimum_is_a_team_setting(db: Database) -> None:
    import pytest

    from kpidesk.services.coaching.analysis import read_min_deals, set_min_deals
    from kpidesk.services.errors import Refused

    bram, anna = f.rep(db, "Bram"), f.rep(db, "Anna")
    proposals(db, bram, passed=0, lost=9, intake=False)
    proposals(db, anna, passed=20, lost=0, intake=True)
    set_min_deals(db, 5)
    assert read_min_deals(db) == 5
    bram_steps = next(r for r in coaching_report(db, Q3, today=TODAY).reps if r.name == "Bram")
    assert bram_steps.sentence.startswith("Bram: Proposal → Negotiation 0 of 9 (0%)")
    with pytest.raises(Refused):
        set_min_deals(db, 0)
    assert read_min_deals(db) == 5


def test_a_deals_contact_moments_include_those_on_its_lead(db: Database) -> None:
    """Activities logged on the lead before the deal existed are the deal's too; planned ones,
    those in the trash and those on another lead's or on a deal of their own are not."""
    from kpidesk.data.models import Deal
    from kpidesk.services.coaching.analysis import _activities

    org = f.org(db, "Bakker")
    lead = f.lead(db, org)
    other = f.lead(db, f.org(db, "Visser"))
    deal = f.deal(db, "Website", organisation_id=org, lead_id=lead)
    twin = f.deal(db, "Tweede", organisation_id=org, lead_id=lead)  # two deals, one lead
    elsewhere = f.deal(db, "Ander", organisation_id=org)
    f.activity(db, "Phone call", date(2026, 7, 1), lead_id=lead)
    f.activity(db, "Intake meeting", date(2026, 7, 8), lead_id=lead, deal_id=deal)
    f.activity(db, "Phone call", date(2026, 7, 2), lead_id=lead, deal_id=elsewhere)
    f.activity(db, "Phone call", date(2026, 7, 3), lead_id=other)
    f.activity(db, "Phone call", date(2026, 7, 4), lead_id=lead, done=False)
    with db.read() as session:
        found = _activities(session, {deal, twin, elsewhere})
        assert session.get(Deal, deal) is not None
    call, intake = f.type_id(db, "Phone call"), f.type_id(db, "Intake meeting")
    assert sorted(found[deal]) == [(date(2026, 7, 1), call), (date(2026, 7, 8), intake)]
    assert found[twin] == [(date(2026, 7, 1), call)]
    assert found[elsewhere] == [(date(2026, 7, 2), call)]
