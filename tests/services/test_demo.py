"""The demo-data generator: refusal, size, repeatability, internal consistency and cancelling.

Tests taking ``db`` (tests/conftest.py: a fresh database) run on SQLite and on PostgreSQL; the
consistency checks share one small demo in a SQLite file.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from statistics import median

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kpidesk.core.names import organisation_key
from kpidesk.core.periods import add_months, month_start
from kpidesk.data import models as m
from kpidesk.data.database import Database, holds_data, open_database
from kpidesk.services.demo import DemoCancelled, DemoRefused, DemoSummary, generate_demo

TODAY = date(2026, 11, 26)
HISTORY_START = add_months(month_start(TODAY), -24)  # small: two years
COUNTED = (
    m.TeamMember,
    m.Organisation,
    m.Contact,
    m.Lead,
    m.Deal,
    m.DealStageHistory,
    m.Customer,
    m.Activity,
    m.Target,
)


def counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            model.__table__.name: s.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED
        }


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One small demo, shared by the read-only checks below."""
    database = open_database(tmp_path_factory.mktemp("demo") / "x.db")
    summary = generate_demo(database, size="small", seed=1, today=TODAY)
    yield database, summary
    database.dispose()


@pytest.fixture
def session(demo: tuple[Database, DemoSummary]) -> Iterator[Session]:
    with demo[0].read() as s:
        yield s


def stage_kinds(s: Session) -> dict[int, str]:
    return dict(s.execute(select(m.Stage.id, m.Stage.kind)).all())


# refusing, sizes, repeatability ------------------------------------------------------------
def test_refuses_a_database_that_holds_data_and_changes_nothing(db: Database) -> None:
    with db.write() as s:
        s.add(m.TeamMember(name="Bram de Vries", role=m.ROLE_REP))
    before = counts(db)

    with pytest.raises(DemoRefused):
        generate_demo(db, today=TODAY)

    assert counts(db) == before
    assert before["team_members"] == 1


def test_unknown_size_is_a_programming_error(db: Database) -> None:
    with pytest.raises(ValueError, match="medium"):
        generate_demo(db, size="medium", today=TODAY)


def test_small_demo_has_the_promised_size(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    stored = counts(db)

    assert summary.team_members == stored["team_members"] == 7
    assert summary.organisations == stored["organisations"]
    assert summary.leads == stored["leads"]
    assert summary.deals == stored["deals"]
    assert summary.activities + summary.planned == stored["activities"]
    assert summary.customers == stored["customers"]
    assert summary.targets == stored["targets"]
    assert 500 <= summary.leads <= 2_000
    assert 300 <= summary.deals <= 900
    assert 15_000 <= summary.activities <= 25_000
    assert 60 <= summary.customers <= 150
    assert 0 < summary.open_deals < summary.deals // 4
    assert summary.seconds >= 0


def test_demo_on_either_backend_leaves_ids_free_for_new_rows(db: Database) -> None:
    summary = generate_demo(db, today=TODAY)

    stored = counts(db)
    assert (summary.leads, summary.deals, summary.activities + summary.planned) == (
        stored["leads"],
        stored["deals"],
        stored["activities"],
    )
    with db.write() as s:  # explicit ids in the demo must not block the next automatic ones
        organisation = m.Organisation(name="Nieuw Bedrijf B.V.", name_key="nieuw bedrijf")
        rep = m.TeamMember(name="Nieuwe Collega", role=m.ROLE_REP)
        s.add_all([organisation, rep])
        s.flush()
        lead = m.Lead(organisation_id=organisation.id, owner_id=rep.id, created_date=TODAY)
        deal = m.Deal(
            title="Training – Nieuw Bedrijf",
            organisation_id=organisation.id,
            owner_id=rep.id,
            stage_id=s.scalars(select(m.Stage.id)).first(),
        )
        s.add_all([lead, deal])
    assert counts(db)["organisations"] == stored["organisations"] + 1
    assert counts(db)["deals"] == stored["deals"] + 1


def test_configuration_is_read_not_added(demo: tuple[Database, DemoSummary]) -> None:
    with demo[0].read() as s:
        assert s.scalar(select(func.count()).select_from(m.Stage)) == 7
        assert s.scalar(select(func.count()).select_from(m.ActivityType)) == 7
        assert s.scalar(select(func.count()).select_from(m.IcpCriterion)) == 7


def first_rows(db: Database) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    with db.read() as s:
        for model in COUNTED:
            table = m.Base.metadata.tables[model.__table__.name]
            result = s.execute(select(table).order_by(*table.primary_key.columns).limit(15))
            rows.extend(tuple(row) for row in result)
    return rows


def test_same_seed_and_day_give_the_same_database(tmp_path: Path) -> None:
    made = []
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        db = open_database(tmp_path / f"{name}.db")
        summary = generate_demo(db, seed=seed, today=TODAY)
        made.append((summary, counts(db), first_rows(db)))
        db.dispose()
    (one, counts_one, rows_one), (two, counts_two, rows_two), (_other, _c, rows_other) = made

    assert (one.deals, one.open_deals, one.customers) == (two.deals, two.open_deals, two.customers)
    assert counts_one == counts_two
    assert rows_one == rows_two
    assert rows_other != rows_one  # the seed matters


# consistency ------------------------------------------------------------------------------
def test_team_has_dutch_reps_and_one_manager(session: Session) -> None:
    members = session.scalars(select(m.TeamMember)).all()
    roles = Counter(t.role for t in members)

    assert roles == {m.ROLE_REP: 6, m.ROLE_MANAGER: 1}
    for member in members:
        first = member.name.split()[0].lower()
        assert member.email == f"{first}@kpidesk-demo.nl"
        assert member.start_date is not None and member.start_date < TODAY


def test_organisations_are_unique_by_key(session: Session) -> None:
    organisations = session.scalars(select(m.Organisation)).all()

    assert all(o.name_key == organisation_key(o.name) for o in organisations)
    assert len({o.name_key for o in organisations}) == len(organisations)
    assert all(o.city and o.region and o.industry and o.employees for o in organisations)


def test_every_deal_history_is_a_contiguous_chain_into_its_stage(session: Session) -> None:
    stages = session.scalars(select(m.Stage).order_by(m.Stage.position)).all()
    position = {s.id: s.position for s in stages}
    first_stage = stages[0].id
    history: defaultdict[int, list[m.DealStageHistory]] = defaultdict(list)
    for row in session.scalars(
        select(m.DealStageHistory).order_by(m.DealStageHistory.moved_at, m.DealStageHistory.id)
    ):
        history[row.deal_id].append(row)
    deals = session.scalars(select(m.Deal)).all()

    assert len(history) == len(deals)
    for deal in deals:
        chain = history[deal.id]
        assert chain[0].from_stage_id is None and chain[0].to_stage_id == first_stage
        for before, after in pairwise(chain):
            assert after.from_stage_id == before.to_stage_id
            assert after.moved_at > before.moved_at
            assert position[after.to_stage_id] > position[before.to_stage_id]
        assert chain[-1].to_stage_id == deal.stage_id
        assert deal.stage_entered_at == chain[-1].moved_at.date()
        assert deal.first_contact == chain[0].moved_at.date()
        assert {row.moved_by_id for row in chain} == {deal.owner_id}
        assert all(row.moved_at.weekday() < 5 for row in chain)


def test_closed_and_open_deals_carry_the_right_dates(session: Session) -> None:
    kinds = stage_kinds(session)
    reasons = set(session.get_one(m.Setting, "lost_reasons_nl").value)

    for deal in session.scalars(select(m.Deal)):
        kind = kinds[deal.stage_id]
        assert deal.first_contact is not None and deal.first_contact <= TODAY
        if kind == m.STAGE_OPEN:
            assert deal.closed_date is None and deal.lost_reason is None
            assert deal.expected_close is not None and deal.expected_close > TODAY
        else:
            assert deal.closed_date is not None
            assert deal.first_contact <= deal.closed_date <= TODAY
            assert deal.closed_date == deal.stage_entered_at
            assert deal.expected_close is None or deal.expected_close <= TODAY
            assert (deal.lost_reason in reasons) if kind == m.STAGE_LOST else not deal.lost_reason
        assert 200_000 <= deal.value_cents <= 15_000_000
        assert " – " in deal.title and deal.product and deal.title.startswith(deal.product)


def test_win_rates_are_plausible_and_one_rep_closes_worse(session: Session) -> None:
    kinds = stage_kinds(session)
    proposal = session.scalars(select(m.Stage.id).where(m.Stage.name_nl == "Offerte")).one()
    reached = set(
        session.scalars(
            select(m.DealStageHistory.deal_id).where(m.DealStageHistory.to_stage_id == proposal)
        )
    )
    deals = session.scalars(select(m.Deal)).all()
    closed = [d for d in deals if kinds[d.stage_id] != m.STAGE_OPEN]
    won = [d for d in closed if kinds[d.stage_id] == m.STAGE_WON]
    after_proposal: defaultdict[int | None, list[bool]] = defaultdict(list)
    for deal in closed:
        if deal.id in reached:
            after_proposal[deal.owner_id].append(kinds[deal.stage_id] == m.STAGE_WON)
    ratios = sorted(sum(wins) / len(wins) for wins in after_proposal.values())

    assert 0.22 <= len(won) / len(closed) <= 0.4
    assert len(ratios) == 6
    assert ratios[0] < 0.75 * median(ratios)  # the coaching case: loses after the proposal
    assert 0.4 <= median(ratios) <= 0.8


def test_qualified_leads_meet_the_checklist(session: Session) -> None:
    criteria = session.scalars(select(m.IcpCriterion)).all()
    musts = {str(c.id) for c in criteria if c.must_have}
    weights = {str(c.id): c.weight for c in criteria}
    threshold = session.get_one(m.Setting, "icp_threshold").value
    leads = session.scalars(select(m.Lead)).all()
    statuses = Counter(lead.status for lead in leads)

    for lead in leads:
        met = sum(w for cid, w in weights.items() if lead.checklist.get(cid))
        if lead.checklist:
            assert lead.fit_score == round(100 * met / sum(weights.values()))
        if lead.status == m.LEAD_QUALIFIED:
            assert all(lead.checklist[cid] is True for cid in musts)
            assert lead.fit_score is not None and lead.fit_score >= threshold
            assert lead.qualified_at is not None
            assert lead.created_date < lead.qualified_at <= TODAY
        else:
            assert lead.qualified_at is None
        if lead.status == m.LEAD_DISQUALIFIED:
            assert any(lead.checklist[cid] is False for cid in musts)
            assert lead.disqualify_reason
    assert 0.3 <= statuses[m.LEAD_QUALIFIED] / len(leads) <= 0.45
    assert 0.18 <= statuses[m.LEAD_DISQUALIFIED] / len(leads) <= 0.32


def test_deals_from_leads_follow_their_qualification(session: Session) -> None:
    rows = session.execute(select(m.Deal, m.Lead).join(m.Lead, m.Deal.lead_id == m.Lead.id)).all()
    total = session.scalar(select(func.count()).select_from(m.Deal)) or 0

    assert len(rows) > total / 2  # many deals come from qualified leads
    for deal, lead in rows:
        assert lead.status == m.LEAD_QUALIFIED and lead.qualified_at is not None
        assert deal.organisation_id == lead.organisation_id
        assert deal.owner_id == lead.owner_id
        assert deal.first_contact is not None and deal.first_contact >= lead.qualified_at


def test_qualified_leads_fit_their_organisation(session: Session) -> None:
    rows = session.execute(
        select(m.Organisation.employees)
        .join(m.Lead, m.Lead.organisation_id == m.Organisation.id)
        .where(m.Lead.status == m.LEAD_QUALIFIED)
    ).scalars()

    assert all(employees is not None and employees >= 20 for employees in rows)


def test_nothing_done_lies_in_the_future(session: Session) -> None:
    last_activity = session.scalar(select(func.max(m.Activity.date)).where(m.Activity.done))
    assert last_activity is not None and TODAY - timedelta(days=4) <= last_activity <= TODAY
    for column in (
        m.Lead.created_date,
        m.Lead.qualified_at,
        m.Deal.first_contact,
        m.Deal.closed_date,
        m.Deal.last_activity_date,
        m.Deal.stage_entered_at,
        m.Customer.customer_since,
        m.Customer.churned_at,
        m.Customer.last_contact_date,
    ):
        latest = session.scalar(select(func.max(column)))
        assert latest is not None and latest <= TODAY, column
    moves = session.scalars(select(m.DealStageHistory.moved_at)).all()
    assert max(moves).date() <= TODAY
    today_times = session.scalars(
        select(m.Activity.time).where(m.Activity.date == TODAY, m.Activity.time.is_not(None))
    ).all()
    assert today_times == []


def test_planned_next_steps_are_on_open_deals_that_are_awake(session: Session) -> None:
    """About three in four awake open deals have a next step, one in ten of those overdue."""
    rows = session.execute(
        select(m.Activity.date, m.Activity.deal_id, m.Stage.kind, m.Stage.rotting_days)
        .join(m.Deal, m.Activity.deal_id == m.Deal.id)
        .join(m.Stage, m.Deal.stage_id == m.Stage.id)
        .where(m.Activity.done.is_(False))
    ).all()
    assert rows and all(kind == m.STAGE_OPEN for _d, _deal, kind, _rot in rows)
    deals = session.scalars(select(m.Deal).where(m.Deal.id.in_({r[1] for r in rows}))).all()
    for deal in deals:  # awake: a contact or stage change within the stage's rotting days
        quiet = TODAY - max(d for d in (deal.last_activity_date, deal.stage_entered_at) if d)
        assert quiet.days <= deal.stage.rotting_days
    overdue = [d for d, *_rest in rows if d < TODAY]
    assert all(TODAY - timedelta(days=10) <= d for d in overdue)
    assert all(d <= TODAY + timedelta(days=20) for d, *_rest in rows)
    assert len(overdue) < len(rows) / 3
    assert len({r[1] for r in rows}) == len(rows)  # one next step per deal


def test_activities_follow_the_working_year(session: Session) -> None:
    dates = session.scalars(select(m.Activity.date).where(m.Activity.done)).all()
    per_month = Counter((d.year, d.month) for d in dates)

    assert sum(1 for d in dates if d.weekday() >= 5) < len(dates) * 0.01
    assert min(dates) >= HISTORY_START
    for year in (2025, 2026):
        summer = per_month[year, 7] + per_month[year, 8]
        autumn = per_month[year, 9] + per_month[year, 10]
        assert summer < 0.85 * autumn
    assert sum(1 for d in dates if d.month == 12 and d.day in (25, 26)) == 0


def test_deal_activities_lie_within_the_deal(session: Session) -> None:
    kinds = stage_kinds(session)
    deals = {d.id: d for d in session.scalars(select(m.Deal))}
    last: dict[int, date] = {}
    for deal_id, day in session.execute(
        select(m.Activity.deal_id, m.Activity.date).where(
            m.Activity.deal_id.is_not(None), m.Activity.done
        )
    ):
        assert deal_id is not None
        deal = deals[deal_id]
        end = deal.closed_date or TODAY
        assert deal.first_contact is not None and deal.first_contact <= day <= end
        last[deal_id] = max(last.get(deal_id, day), day)

    for deal in deals.values():
        assert deal.last_activity_date == last.get(deal.id)
    sleeping = [
        d
        for d in deals.values()
        if kinds[d.stage_id] == m.STAGE_OPEN
        and d.last_activity_date is not None
        and d.stage_entered_at is not None
        and (TODAY - max(d.last_activity_date, d.stage_entered_at)).days > 14
    ]
    assert sleeping  # some open deals sleep


def test_customers_come_from_won_deals(session: Session) -> None:
    kinds = stage_kinds(session)
    at_risk_days = session.get_one(m.Setting, "at_risk_days").value
    last_contact = dict(
        session.execute(
            select(m.Activity.customer_id, func.max(m.Activity.date))
            .where(m.Activity.customer_id.is_not(None))
            .group_by(m.Activity.customer_id)
        ).all()
    )
    customers = session.scalars(select(m.Customer)).all()

    for customer in customers:
        deal = session.get_one(m.Deal, customer.source_deal_id)
        assert kinds[deal.stage_id] == m.STAGE_WON
        assert deal.organisation_id == customer.organisation_id
        assert customer.customer_since == deal.closed_date
        first_win = session.scalar(
            select(func.min(m.Deal.closed_date)).where(
                m.Deal.organisation_id == customer.organisation_id,
                m.Deal.stage_id.in_([k for k, v in kinds.items() if v == m.STAGE_WON]),
            )
        )
        assert customer.customer_since == first_win
        assert customer.last_contact_date == last_contact.get(customer.id)
        assert customer.owner_id == deal.owner_id and customer.recurring_value_cents > 0
        if customer.churned_at is not None:
            assert customer.customer_since < customer.churned_at <= TODAY
            assert customer.churn_reason
    churned = [c for c in customers if c.churned_at]
    at_risk = [
        c
        for c in customers
        if c.churned_at is None
        and c.last_contact_date
        and (TODAY - c.last_contact_date).days > at_risk_days
    ]
    assert 0 < len(churned) < len(customers) * 0.25
    assert 0 < len(at_risk) < len(customers) * 0.3


def test_targets_ramp_up_monthly_over_the_history_and_ahead(session: Session) -> None:
    reps = session.scalars(select(m.TeamMember.id).where(m.TeamMember.role == m.ROLE_REP)).all()
    series: defaultdict[tuple[str, str], list[tuple[date, int]]] = defaultdict(list)
    for target in session.scalars(select(m.Target).order_by(m.Target.month)):
        assert target.scope_key == m.scope_key(target.rep_id)
        assert target.month.day == 1 and target.value > 0
        series[target.scope_key, target.kpi].append((target.month, target.value))

    rep_kpis = (m.KPI_ACTIVITY_POINTS, m.KPI_QUALIFIED_LEADS, m.KPI_NEW_REVENUE)
    expected = {(m.scope_key(r), k) for r in reps for k in rep_kpis}
    assert set(series) == expected | {("team", m.KPI_PIPELINE_VALUE)}
    raised = set()
    for key, values in series.items():
        months = [month for month, _value in values]
        assert months[0] == HISTORY_START and months[-1] == add_months(month_start(TODAY), 3)
        assert len(months) == len(set(months)) == 28
        amounts = [value for _month, value in values]
        assert amounts == sorted(amounts)  # never down
        if amounts[-1] > amounts[0]:
            raised.add(key)
    # Up over time, except for a rep who does not reach the target: that one stays put.
    assert ("team", m.KPI_PIPELINE_VALUE) in raised
    assert len(raised) >= 0.66 * len(series)


# cancelling -------------------------------------------------------------------------------
@pytest.mark.parametrize("stop_after", [0, 600])
def test_cancelling_leaves_the_database_unchanged(db: Database, stop_after: int) -> None:
    before = counts(db)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < stop_after

    with pytest.raises(DemoCancelled):
        generate_demo(db, today=TODAY, progress=progress)

    assert counts(db) == before
    assert not holds_data(db)
    assert calls[-1][0] >= stop_after  # stopped in the generating or in the writing phase


def test_progress_runs_up_to_its_total(db: Database) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    generate_demo(db, today=TODAY, progress=progress)

    done = [d for d, _t in calls]
    assert len(calls) > 5
    assert done == sorted(done)
    assert all(total == calls[-1][1] and 0 <= d <= total for d, total in calls)
    assert calls[-1][0] == calls[-1][1]


def test_today_defaults_to_the_real_date(db: Database) -> None:
    generate_demo(db)

    with db.read() as s:
        latest = s.scalar(select(func.max(m.Activity.date)).where(m.Activity.done))
        last = s.scalar(select(func.max(m.Target.month)))
    assert latest is not None and date.today() - timedelta(days=4) <= latest <= date.today()
    assert last is not None and last > date.today() + timedelta(days=55)
