"""activity_day_totals: the trigger-kept roll-up always equals a GROUP BY over the activities."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

from alembic import command
from sqlalchemy import delete, func, select, text, update

from kpidesk.data.database import alembic_config, upgrade_to
from kpidesk.data.models import Activity, ActivityDayTotal, Deal, TeamMember
from kpidesk.services.activities.records import (
    ActivityInput,
    delete_activities,
    log,
    mark_done,
    restore_activities,
    restore_states,
    update_activity,
)
from kpidesk.services.demo import generate_demo
from kpidesk.services.imports.sheet import import_sheet, undo_import
from kpidesk.services.store.database import Database
from kpidesk.services.store.trash import empty_trash
from tests import factories as f

DAY = date(2026, 11, 2)
Cells = dict[tuple[date, int, int], int]


def truth(db: Database) -> Cells:
    """What the roll-up must hold: done, not-deleted activities per day, rep (0: none), type."""
    rep_key = func.coalesce(Activity.rep_id, 0)
    query = (
        select(Activity.date, rep_key, Activity.type_id, func.count())
        .where(Activity.deleted_at.is_(None), Activity.done.is_(True))
        .group_by(Activity.date, rep_key, Activity.type_id)
    )
    with db.read() as s:
        return {(d, int(r), int(t)): int(n) for d, r, t, n in s.execute(query)}


def rollup(db: Database) -> Cells:
    t = ActivityDayTotal
    with db.read() as s:
        rows = s.execute(select(t.day, t.rep_key, t.type_id, t.activities))
        return {(d, int(r), int(ty)): int(n) for d, r, ty, n in rows}


def assert_exact(db: Database) -> Cells:
    expected = truth(db)
    assert rollup(db) == expected  # equal, and no rows with a zero count left behind
    return expected


def insert_old(
    db: Database, type_id: int, rep_id: int | None, day: date, deal_id: int | None = None
) -> None:
    """An activity written by an older schema: plain SQL, as the model has newer columns."""
    with db.write() as s:
        s.execute(
            text(
                "INSERT INTO activities (type_id, rep_id, date, deal_id, created_at) "
                "VALUES (:type, :rep, :day, :deal, :now)"
            ),
            {
                "type": type_id,
                "rep": rep_id,
                "day": day,
                "deal": deal_id,
                "now": datetime(2026, 1, 1),
            },
        )


def test_inserts_updates_soft_and_hard_deletes(db: Database) -> None:
    anna, bram = f.rep(db, "Anna de Boer"), f.rep(db, "Bram Jansen")
    call, demo = f.type_id(db, "Phone call"), f.type_id(db, "Presentation")
    first, _ = log(db, ActivityInput(call, anna, DAY, time(9)))
    second, _ = log(db, ActivityInput(call, anna, DAY))
    third, _ = log(db, ActivityInput(demo, None, DAY))
    assert assert_exact(db) == {(DAY, anna, call): 2, (DAY, 0, demo): 1}

    values = ActivityInput(call, anna, DAY)
    update_activity(db, first, replace(values, day=DAY + timedelta(days=1)))
    update_activity(db, second, replace(values, rep_id=bram))
    update_activity(db, third, replace(values, type_id=demo, rep_id=anna))
    assert assert_exact(db) == {
        (DAY + timedelta(days=1), anna, call): 1,
        (DAY, bram, call): 1,
        (DAY, anna, demo): 1,
    }

    delete_activities(db, [first, third])  # to the trash (deleted_at)
    assert assert_exact(db) == {(DAY, bram, call): 1}
    restore_activities(db, [third])
    assert assert_exact(db) == {(DAY, bram, call): 1, (DAY, anna, demo): 1}

    # A change that leaves the counted columns alone keeps the cells as they are.
    with db.write() as s:
        s.execute(update(Activity).where(Activity.id == second).values(note="Teruggebeld"))
    assert_exact(db)

    empty_trash(db)  # hard delete of the trashed one: the roll-up must not change
    with db.write() as s:
        s.execute(delete(Activity).where(Activity.id == third))
    assert assert_exact(db) == {(DAY, bram, call): 1}


def test_planned_activities_count_only_once_done(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    call = f.type_id(db, "Phone call")
    later = date.today() + timedelta(days=40)
    planned, _ = log(db, ActivityInput(call, anna, later, done=False))
    overdue, _ = log(db, ActivityInput(call, anna, DAY, done=False))
    assert assert_exact(db) == {}  # planned: no points on any day

    before = mark_done(db, [planned, overdue]).before  # the future one happened today
    assert assert_exact(db) == {(date.today(), anna, call): 1, (DAY, anna, call): 1}
    restore_states(db, before)  # undo
    assert assert_exact(db) == {}

    with db.write() as s:  # a bulk statement on the state alone is seen by the trigger too
        s.execute(update(Activity).where(Activity.id == overdue).values(done=True))
    assert assert_exact(db) == {(DAY, anna, call): 1}
    delete_activities(db, [overdue])
    with db.write() as s:  # a planned one in the trash stays out when it is marked done
        s.execute(update(Activity).values(done=True))
    assert assert_exact(db) == {(later, anna, call): 1}  # undone: back on its planned day
    with db.write() as s:
        s.execute(update(Activity).values(done=False))
    assert assert_exact(db) == {}


def test_a_rep_removed_for_good_moves_their_activities_to_no_rep(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    call = f.type_id(db, "Phone call")
    f.activity(db, "Phone call", DAY, rep_id=anna)
    f.activity(db, "Phone call", DAY)
    with db.write() as s:  # the foreign key sets rep_id to NULL: an update the trigger sees
        s.execute(delete(TeamMember).where(TeamMember.id == anna))
    assert assert_exact(db) == {(DAY, 0, call): 2}


def test_bulk_update_and_delete_statements(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    call, mail = f.type_id(db, "Phone call"), f.type_id(db, "E-mail")
    for offset in range(30):
        f.activity(db, "Phone call", DAY + timedelta(days=offset % 4), rep_id=anna)
        f.activity(db, "E-mail", DAY + timedelta(days=offset % 3))
    assert_exact(db)
    with db.write() as s:
        s.execute(update(Activity).where(Activity.type_id == call).values(type_id=mail))
        s.execute(update(Activity).where(Activity.rep_id.is_(None)).values(rep_id=anna))
    assert set(assert_exact(db)) == {(DAY + timedelta(days=d), anna, mail) for d in range(4)}
    with db.write() as s:
        s.execute(delete(Activity).where(Activity.date > DAY + timedelta(days=1)))
    assert sum(assert_exact(db).values()) == 8 + 10 + 8 + 10


def test_import_and_undo(db: Database, tmp_path: Path) -> None:
    f.rep(db, "Anna")
    f.rep(db, "Bram")
    path = tmp_path / "activities.csv"
    rows = [["Datum", "Soort", "Verkoper"]]
    rows += [
        [
            f"{1 + i % 9:02d}-03-2025",
            ("Gebeld", "demo", "Intake")[i % 3],
            ("Anna", "Bram", "")[i % 2],
        ]
        for i in range(60)
    ]
    with path.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out, delimiter=";").writerows(rows)
    f.activity(db, "Phone call", date(2025, 3, 1))
    summary = import_sheet(db, "activities", path)
    assert summary.created == 60
    assert sum(assert_exact(db).values()) == 61
    assert summary.run_id is not None
    undo_import(db, summary.run_id)
    assert sum(assert_exact(db).values()) == 1


def test_demo_generator(db: Database) -> None:
    generate_demo(db, size="small", seed=3, today=date(2026, 11, 11))
    cells = assert_exact(db)
    assert sum(cells.values()) > 1000


def test_the_migration_fills_the_roll_up_from_existing_activities(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    f.activity(db, "Phone call", DAY, rep_id=anna)
    f.activity(db, "Phone call", DAY, rep_id=anna)
    f.activity(db, "E-mail", DAY)
    trashed = f.activity(db, "E-mail", DAY)
    delete_activities(db, [trashed])
    with db.engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    insert_old(db, f.type_id(db, "Phone call"), None, DAY)  # while no trigger keeps count
    upgrade_to(db, "head")
    assert sum(assert_exact(db).values()) == 4
    f.activity(db, "E-mail", DAY)  # and the triggers are back
    assert sum(assert_exact(db).values()) == 5


def test_the_upgrade_to_0009_plans_what_lies_ahead(db: Database) -> None:
    """Activities dated after the upgrade's day become planned; the last contact follows."""
    anna = f.rep(db, "Anna de Boer")
    deal = f.deal(db, "Website Bakker", owner_id=anna)
    ahead = date.today() + timedelta(days=40)
    f.activity(db, "Phone call", DAY, rep_id=anna, deal_id=deal)
    with db.engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
    # Before 0009 a future activity was simply an activity, and the deal's last contact.
    insert_old(db, f.type_id(db, "Intake meeting"), anna, ahead, deal)
    with db.write() as s:
        s.execute(update(Deal).where(Deal.id == deal).values(last_activity_date=ahead))
    upgrade_to(db, "head")
    with db.read() as s:
        states = dict(s.execute(select(Activity.date, Activity.done)).all())
        last = s.scalar(select(Deal.last_activity_date).where(Deal.id == deal))
    assert states == {DAY: True, ahead: False}
    assert last == DAY
    assert sum(assert_exact(db).values()) == 1
