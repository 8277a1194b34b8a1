"""Action KPIs count only what happened: planned activities earn nothing until marked done.

Issue 17's acceptance on both backends: a future-dated activity adds no points to any period
until it is marked done, and a deal with only planned activities stays sleeping.  Figures are
counted by hand in the comments.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kpidesk.core.periods import Period
from kpidesk.data.database import Database, open_database
from kpidesk.data.models import Activity, Customer
from kpidesk.services.activities.records import (
    ActivityFilter,
    ActivityInput,
    list_activities,
    log,
    mark_done,
    planned_steps,
    restore_states,
    update_activity,
)
from kpidesk.services.customers.relationship import count_at_risk
from kpidesk.services.deals.board import board_cards
from kpidesk.services.errors import Refused
from kpidesk.services.exporting import export_table
from kpidesk.services.imports.sheet import ImportRefused, import_sheet
from kpidesk.services.kpis.figures import compute_kpis
from tests import factories as f

TODAY = date.today()
AHEAD = TODAY + timedelta(days=40)


def points(db: Database, day: date, rep: int | None = None) -> int:
    month = Period.month(day.year, day.month)
    return compute_kpis(db, month, rep, today=TODAY, series=False).action.activity_points


def test_a_planned_intake_earns_nothing_until_it_is_done(db: Database) -> None:
    bram = f.rep(db, "Bram")
    intake = f.type_id(db, "Intake meeting")  # 5 points in the default configuration
    step, _ = log(db, ActivityInput(intake, bram, AHEAD, done=False))
    assert points(db, AHEAD) == points(db, TODAY) == 0
    assert points(db, AHEAD, bram) == 0
    assert list_activities(db, ActivityFilter(state="planned")).total == 1
    assert list_activities(db, ActivityFilter(state="done")).total == 0

    result = mark_done(db, [step])  # planned 40 days ahead, done now: it happened today
    assert points(db, TODAY) == 5 and points(db, AHEAD) == 0
    restore_states(db, result.before)  # undo: planned again, on its own day
    assert points(db, TODAY) == points(db, AHEAD) == 0
    with db.read() as s:
        assert s.scalar(select(Activity.date).where(Activity.id == step)) == AHEAD


def test_a_deal_with_only_planned_activities_stays_sleeping(db: Database) -> None:
    bram = f.rep(db, "Bram")
    started = TODAY - timedelta(days=30)
    deal = f.deal(db, "Quiet", owner_id=bram, first_contact=started)
    call = f.type_id(db, "Phone call")
    log(db, ActivityInput(call, bram, AHEAD, deal_id=deal, done=False))
    log(db, ActivityInput(call, bram, TODAY - timedelta(days=2), deal_id=deal, done=False))
    card = next(c for c in board_cards(db, today=TODAY) if c.id == deal)
    assert card.is_sleeping(TODAY)  # Lead in rots after 7 days; 30 without a done contact
    assert card.last_activity_date is None
    assert card.next_activity_date == TODAY - timedelta(days=2)  # the overdue one is next
    assert card.next_step_overdue(TODAY)
    report = compute_kpis(db, Period.month(TODAY.year, TODAY.month), today=TODAY, series=False)
    assert report.velocity.stale_deals == 1

    log(db, ActivityInput(call, bram, TODAY, deal_id=deal))
    card = next(c for c in board_cards(db, today=TODAY) if c.id == deal)
    assert not card.is_sleeping(TODAY) and card.last_activity_date == TODAY


def test_a_done_activity_cannot_lie_in_the_future(db: Database) -> None:
    call = f.type_id(db, "Phone call")
    with pytest.raises(Refused, match="plan it"):
        log(db, ActivityInput(call, None, TODAY + timedelta(days=1)))
    planned, _ = log(db, ActivityInput(call, None, TODAY + timedelta(days=1), done=False))
    with pytest.raises(Refused, match="plan it"):
        update_activity(db, planned, ActivityInput(call, None, TODAY + timedelta(days=1)))
    with pytest.raises(Refused):
        mark_done(db, [planned], TODAY + timedelta(days=1))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 1
        assert s.scalar(select(Activity.done)) is False


def test_an_overdue_step_is_done_on_its_planned_day_or_today(db: Database) -> None:
    call = f.type_id(db, "Phone call")
    monday = TODAY - timedelta(days=3)
    first, _ = log(db, ActivityInput(call, None, monday, done=False))
    second, _ = log(db, ActivityInput(call, None, monday, done=False))
    mark_done(db, [first])  # no day: on the day it was planned for
    mark_done(db, [second], TODAY)
    with db.read() as s:
        days = dict(s.execute(select(Activity.id, Activity.date)).all())
    assert days == {first: monday, second: TODAY}
    assert mark_done(db, [first]).before == []  # already done: nothing changes


def test_planned_steps_of_a_deal_soonest_first(db: Database) -> None:
    deal = f.deal(db, "Website")
    call, demo = f.type_id(db, "Phone call"), f.type_id(db, "Presentation")
    log(db, ActivityInput(demo, None, AHEAD, deal_id=deal, done=False))
    log(db, ActivityInput(call, None, TODAY + timedelta(days=2), deal_id=deal, done=False))
    log(db, ActivityInput(call, None, TODAY, deal_id=deal))  # done: not a step
    steps = planned_steps(db, deal_id=deal)
    assert [(s.day, s.type_name) for s in steps] == [
        (TODAY + timedelta(days=2), "Phone call"),
        (AHEAD, "Presentation"),
    ]


def test_a_planned_call_does_not_take_a_customer_off_the_risk_list(db: Database) -> None:
    org = f.org(db, "Bakker BV")
    customer = f.customer(db, org, since=TODAY - timedelta(days=400))
    call = f.type_id(db, "Phone call")
    log(db, ActivityInput(call, None, TODAY + timedelta(days=3), customer_id=customer, done=False))
    with db.read() as s:
        assert count_at_risk(s, TODAY, 90) == 1  # no done contact in 90 days
        assert s.scalar(select(Customer.last_contact_date)) is None
    log(db, ActivityInput(call, None, TODAY, customer_id=customer))
    with db.read() as s:
        assert count_at_risk(s, TODAY, 90) == 0


def test_the_export_writes_the_state_and_the_import_keeps_it(db: Database, tmp_path: Path) -> None:
    bram = f.rep(db, "Bram")
    empty_db = open_database(tmp_path / "other.db")
    f.rep(empty_db, "Bram")
    call = f.type_id(db, "Phone call")
    log(db, ActivityInput(call, bram, TODAY - timedelta(days=5)))  # done
    log(db, ActivityInput(call, bram, TODAY - timedelta(days=2), done=False))  # overdue
    log(db, ActivityInput(call, bram, AHEAD, done=False))  # planned
    out = tmp_path / "activities.csv"
    export_table(db, "activities", out, lang="nl")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";" if ";" in handle.readline() else ","))
    assert sorted(r[-1] for r in rows) == ["Gedaan", "Gepland", "Gepland"]

    summary = import_sheet(empty_db, "activities", out)
    assert summary.created == 3
    with empty_db.read() as s:
        states = sorted(s.execute(select(Activity.date, Activity.done)).all())
    assert states == [
        (TODAY - timedelta(days=5), True),
        (TODAY - timedelta(days=2), False),  # overdue stays planned: the column says so
        (AHEAD, False),
    ]
    again = import_sheet(empty_db, "activities", out)  # nothing new the second time
    assert again.created == 0
    empty_db.dispose()


def test_an_import_without_a_state_plans_what_lies_ahead(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "activities.csv"
    path.write_text(
        "Datum;Soort\n"
        f"{(TODAY - timedelta(days=1)).isoformat()};Gebeld\n"
        f"{AHEAD.isoformat()};Intake\n",
        encoding="utf-8",
    )
    import_sheet(db, "activities", path)
    with db.read() as s:
        assert sorted(s.execute(select(Activity.date, Activity.done)).all()) == [
            (TODAY - timedelta(days=1), True),
            (AHEAD, False),
        ]
    assert points(db, AHEAD) == 0


def test_an_import_refuses_a_done_activity_in_the_future(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "activities.csv"
    path.write_text(
        f"Datum;Soort;Status\n{TODAY.isoformat()};Gebeld;Gedaan\n{AHEAD.isoformat()};Intake;Done\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused) as refused:
        import_sheet(db, "activities", path)
    problems = refused.value.problems
    assert [(p.row, p.column) for p in problems] == [(3, "Datum")]
    assert "dated after today" in problems[0].reason
    path.write_text(f"Datum;Soort;Status\n{TODAY.isoformat()};Gebeld;misschien\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        import_sheet(db, "activities", path)
    assert [(p.row, p.column) for p in refused.value.problems] == [(2, "Status")]
    assert "Done or Planned" in refused.value.problems[0].reason
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == 0
