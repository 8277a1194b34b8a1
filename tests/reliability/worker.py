"""A KPIDesk writer run as a separate process by the reliability tests (killed, or racing).

    python worker.py DB bulk ROWS     # one import-like transaction: ROWS leads + activities
    python worker.py DB moves         # move all open test deals back and forth, forever
    python worker.py DB log N TAG     # log N activities, one transaction each
    python worker.py DB hold SECONDS  # hold the write lock (BEGIN IMMEDIATE) for a while

Prints "ready" when the database is open, so the parent knows when to start its clock.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import func, insert, select

from kpidesk.core.names import organisation_key
from kpidesk.data.database import open_database
from kpidesk.data.models import Activity, ActivityType, Deal, Lead, Organisation, Stage
from kpidesk.services.activities.records import log_activity
from kpidesk.services.deals.records import move_deals

BULK_SOURCE = "bulk-import"


def bulk(db_path: str, rows: int) -> None:
    db = open_database(db_path)
    print("ready", flush=True)
    with db.write() as session:
        type_id = session.scalar(select(ActivityType.id).limit(1))
        first = (session.scalar(select(func.max(Organisation.id))) or 0) + 1
        for start in range(0, rows, 1000):
            numbers = range(start, min(rows, start + 1000))
            session.execute(
                insert(Organisation),
                [
                    {
                        "id": first + n,
                        "name": f"Bulk {n}",
                        "name_key": organisation_key(f"Bulk {n}"),
                    }
                    for n in numbers
                ],
            )
            session.execute(
                insert(Lead),
                [
                    {
                        "organisation_id": first + n,
                        "created_date": date(2026, 1, 5),
                        "source": BULK_SOURCE,
                        "checklist": {},
                    }
                    for n in numbers
                ],
            )
            session.execute(
                insert(Activity),
                [
                    {
                        "type_id": type_id,
                        "date": date(2026, 1, 5),
                        "organisation_id": first + n,
                        "note": BULK_SOURCE,
                    }
                    for n in numbers
                ],
            )
    print("done", flush=True)


def moves(db_path: str) -> None:
    db = open_database(db_path)
    with db.read() as session:
        stages = list(session.scalars(select(Stage.id).order_by(Stage.position)))[:2]
        deal_ids = list(session.scalars(select(Deal.id).order_by(Deal.id)))
    print("ready", flush=True)
    while True:
        with db.read() as session:
            current = session.scalar(select(Deal.stage_id).where(Deal.id == deal_ids[0]))
        target = stages[1] if current == stages[0] else stages[0]
        move_deals(db, deal_ids, target)


def log(db_path: str, count: int, tag: str) -> None:
    db = open_database(db_path)
    with db.read() as session:
        type_id = session.scalar(select(ActivityType.id).limit(1))
    print("ready", flush=True)
    for n in range(count):
        log_activity(db, type_id, None, date(2026, 3, 2), note=f"{tag} {n}")
    print("done", flush=True)


def hold(db_path: str, seconds: float) -> None:
    import time

    db = open_database(db_path)
    with db.write() as session:
        session.add(Organisation(name="Held", name_key="held"))
        session.flush()
        print("ready", flush=True)
        time.sleep(seconds)
    print("done", flush=True)


if __name__ == "__main__":
    path, mode, *rest = sys.argv[1:]
    if mode == "bulk":
        bulk(path, int(rest[0]))
    elif mode == "moves":
        moves(path)
    elif mode == "log":
        log(path, int(rest[0]), rest[1])
    elif mode == "hold":
        hold(path, float(rest[0]))
    else:
        raise SystemExit(f"unknown mode {mode}")
