"""Pipeline hygiene speed on a big team: flags per deal, counts per rep, the board's cards.

Usage: ``PYTHONPATH=. python bench/bench_hygiene.py DB`` (the large demo:
``python -m kpidesk --db /tmp/large.db demo --size large``).  The database is copied first.
Prints milliseconds per call (warm, median of 5) and the ratio to a baseline measured in the
same run: listing the open deals' ids and owners, the least any hygiene query must do.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kpidesk.data.definitions import deals as deal_rules
from kpidesk.data.models import Deal
from kpidesk.services.deals.board import board_cards
from kpidesk.services.deals.hygiene import deal_hygiene, hygiene_by_rep
from kpidesk.services.store.database import Database, open_database


def timed(fn: Callable[[], Any]) -> float:
    fn()
    runs = []
    for _ in range(5):
        began = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - began) * 1000)
    return statistics.median(runs)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bench-hygiene-"))
    path = work / "bench.db"
    shutil.copy(sys.argv[1], path)  # never write to someone else's database
    db: Database = open_database(path)

    def baseline() -> None:
        with db.read() as s:
            query = deal_rules.with_stage(select(Deal.id, Deal.owner_id).select_from(Deal))
            s.execute(query.where(deal_rules.open_now())).all()

    base = timed(baseline)
    flagged = len(deal_hygiene(db))
    every = len(deal_hygiene(db, flagged_only=False))
    print(f"{every} open deals, {flagged} need attention")
    print(f"baseline (open deal ids)     {base:8.1f} ms   1.0×")
    for name, fn in (
        ("flags of the flagged deals", lambda: deal_hygiene(db)),
        ("counts per rep", lambda: hygiene_by_rep(db)),
        ("board cards with flags", lambda: board_cards(db)),
    ):
        took = timed(fn)
        print(f"{name:28} {took:8.1f} ms {took / base:5.1f}×")
    db.dispose()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
