"""activity_day_totals: the trigger-kept roll-up always equals a GROUP BY over the activities."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

from alembic import command
from sqlalchemy import delete, func, select, update

from kpidesk.data.database import alembic_config, upgrade_to
from kpidesk.data.models import Activity, ActivityDayTotal, TeamMember
from kpidesk.services.activities.records import (
    ActivityInput,
    delete_activities,
    log,
    restore_activities,
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
    """What the roll-up must hold: not-deleted activities per day, rep (0: none) and type."""
    rep_key = func.coalesce(Activity.rep_id, 0)
    query = (
        select(Activity.date, rep_key, Activity.type_id, func.count())
        .where(Activity.deleted_at.is_(None))
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
    with db.write() as s:  # written while no trigger keeps count
        s.add(Activity(type_id=f.type_id(db, "Phone call"), rep_id=None, date=DAY))
    upgrade_to(db, "head")
    assert sum(assert_exact(db).values()) == 4
    f.activity(db, "E-mail", DAY)  # and the triggers are back
    assert sum(assert_exact(db).values()) == 5
