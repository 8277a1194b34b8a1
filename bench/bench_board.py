"""Pipeline board speed with thousands of open deals: build, drop (commit + repaint), scroll.

Usage: ``PYTHONPATH=. python bench/bench_board.py [DB] [--deals 5000]``.  Without DB (or with
an empty one) a database with that many open deals is seeded first.  Prints the figures and
their ratio to a baseline measured in the same run (painting one empty frame of the window).
Targets from the issue: board ≤ 300 ms, drop ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import func, insert, select

from kpidesk.core.names import organisation_key
from kpidesk.data.models import (
    Activity,
    ActivityType,
    Deal,
    DealStageHistory,
    Organisation,
    Stage,
    TeamMember,
)
from kpidesk.services.store.database import Database, open_database

WORDS = (
    "Onderhoud",
    "Licenties",
    "Implementatie",
    "Training",
    "Consultancy",
    "Support",
    "Migratie",
    "Uitbreiding",
    "Cloud",
    "Beveiliging",
    "Raamcontract",
    "Pilot",
)
PLACES = (
    "Bakker",
    "Jansen",
    "De Vries",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
    "Van Dijk",
    "Brouwer",
    "De Boer",
)
KINDS = ("Techniek", "Logistiek", "Installaties", "Bouw", "Zorg", "Advies", "Metaal", "Food")


def seed(db: Database, deals: int, seed_value: int = 4) -> None:
    """Fill *db* with a team and *deals* open deals spread over the open stages."""
    rnd = random.Random(seed_value)
    today = date.today()
    with db.write() as s:
        stages = list(s.scalars(select(Stage).where(Stage.kind == "open").order_by(Stage.position)))
        types = list(s.scalars(select(ActivityType)))
        reps = []
        for name in (
            "Sanne de Vries",
            "Bram Jansen",
            "Fatima El Amrani",
            "Joris Bakker",
            "Lotte Visser",
            "Daan Smit",
            "Noor Hendriks",
            "Thijs Mulder",
            "Eva Brouwer",
            "Ruben Dekker",
        ):
            member = TeamMember(name=name, role="rep", active=True, start_date=date(2021, 1, 1))
            s.add(member)
            reps.append(member)
        s.flush()
        org_rows = []
        seen = set()
        while len(org_rows) < max(50, deals // 3):
            name = f"{rnd.choice(PLACES)} {rnd.choice(KINDS)} {rnd.randint(1, 999)} B.V."
            key = organisation_key(name)
            if key not in seen:
                seen.add(key)
                org_rows.append({"name": name, "name_key": key, "city": "Utrecht"})
        s.execute(insert(Organisation), org_rows)
        org_ids = list(s.scalars(select(Organisation.id)))
        weights = [30, 25, 20, 15, 10][: len(stages)]
        deal_rows = []
        for _ in range(deals):
            stage = rnd.choices(stages, weights=weights)[0]
            entered = today - timedelta(days=rnd.randint(0, 40))
            last = entered + timedelta(days=rnd.randint(0, 10)) if rnd.random() < 0.8 else None
            deal_rows.append(
                {
                    "title": f"{rnd.choice(WORDS)} {rnd.choice(WORDS).lower()}",
                    "organisation_id": rnd.choice(org_ids),
                    "owner_id": rnd.choice(reps).id,
                    "value_cents": rnd.randint(20, 800) * 10_000,
                    "stage_id": stage.id,
                    "first_contact": entered - timedelta(days=rnd.randint(0, 60)),
                    "expected_close": today + timedelta(days=rnd.randint(5, 120)),
                    "stage_entered_at": entered,
                    "last_activity_date": min(last, today) if last else None,
                    "version": 1,
                    "created_at": datetime.now(UTC),
                    "updated_at": datetime.now(UTC),
                }
            )
        s.execute(insert(Deal), deal_rows)
        rows = s.execute(select(Deal.id, Deal.stage_id, Deal.owner_id)).all()
        s.execute(
            insert(DealStageHistory),
            [
                {
                    "deal_id": d,
                    "from_stage_id": None,
                    "to_stage_id": st,
                    "moved_at": datetime.now(UTC),
                }
                for d, st, _o in rows
            ],
        )
        planned = [
            {
                "type_id": rnd.choice(types).id,
                "rep_id": owner,
                "date": today + timedelta(days=rnd.randint(1, 20)),
                "deal_id": d,
                "created_at": datetime.now(UTC),
            }
            for d, _st, owner in rows
            if rnd.random() < 0.5
        ]
        s.execute(insert(Activity), planned)


def open_deals(db: Database) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Deal)
                .join(Stage)
                .where(Stage.kind == "open", Deal.deleted_at.is_(None))
            )
            or 0
        )


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?")
    parser.add_argument("--deals", type=int, default=5000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-board-"))
    path = work / "bench.db"
    if args.db:
        shutil.copy(args.db, path)  # never write to someone else's database
    db = open_database(path)
    if open_deals(db) == 0:
        seed(db, args.deals)
    count = open_deals(db)

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QUndoStack

    from kpidesk.core.i18n import set_language
    from kpidesk.ui.app import application
    from kpidesk.ui.context import AppContext, ChangeBus
    from kpidesk.ui.pipeline.view import PipelineView
    from kpidesk.ui.preferences import Preferences

    app = application()
    set_language("nl")
    prefs = Preferences(QSettings(str(work / "p.ini"), QSettings.Format.IniFormat))
    ctx = AppContext(db, ChangeBus(), QUndoStack(), prefs)
    view = PipelineView(ctx)
    view.resize(1500, 900)

    # Baseline: one repaint of an empty widget of the same size.
    from PySide6.QtWidgets import QWidget

    blank = QWidget()
    blank.resize(1500, 900)
    blank.show()
    app.processEvents()
    start = time.perf_counter()
    blank.repaint()
    baseline = ms(start)

    builds = []
    for _ in range(3):
        start = time.perf_counter()
        view.refresh()
        view.show()
        view.repaint()
        builds.append(ms(start))
    app.processEvents()

    columns = list(view.columns.values())
    drops, undos = [], []
    for i in range(20):
        source, target = columns[i % 2], columns[(i % 2) + 2]
        deal_id = source.model.card(0).id
        mime = source.model.mimeData([source.model.index(0, 0)])
        start = time.perf_counter()
        target.model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target.model.index(-1, 0))
        source.list.viewport().repaint()
        target.list.viewport().repaint()
        drops.append(ms(start))
        assert view._where[deal_id] == target.stage.id
        start = time.perf_counter()
        ctx.undo_stack.undo()
        source.list.viewport().repaint()
        target.list.viewport().repaint()
        undos.append(ms(start))

    scroll = []
    bar = columns[0].list.verticalScrollBar()
    for step in range(60):
        start = time.perf_counter()
        bar.setValue(step * bar.maximum() // 60)
        columns[0].list.viewport().repaint()
        scroll.append(ms(start))

    start = time.perf_counter()
    view.sleeping.setChecked(True)
    filter_ms = ms(start)
    view.sleeping.setChecked(False)

    def line(name: str, values: list[float], target: float | None) -> None:
        med = statistics.median(values)
        worst = max(values)
        goal = f"  (target ≤ {target:.0f} ms)" if target else ""
        print(
            f"{name:<34} median {med:7.1f} ms  worst {worst:7.1f} ms  "
            f"× baseline {med / max(baseline, 0.01):7.1f}{goal}"
        )

    print(f"open deals on the board: {count}  (columns: {len(columns)})")
    print(f"baseline: empty window repaint       {baseline:7.2f} ms")
    line("board built and painted", builds, 300)
    line("drop committed and repainted", drops, 50)
    line("undo of a drop, repainted", undos, 50)
    line("scroll step repainted", scroll, 16)
    print(f"{'filter: only sleeping deals':<34} {filter_ms:7.1f} ms")
    view.close()
    view.deleteLater()
    blank.deleteLater()
    app.processEvents()
    db.dispose()
    shutil.rmtree(work, ignore_errors=True)
    sys.stdout.flush()
    # PySide6 can crash while collecting Qt objects at interpreter exit; the figures are out.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
