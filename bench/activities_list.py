"""How the activities view's queries scale: first page, count and goals at N and 10×N rows.

    PYTHONPATH=. python bench/activities_list.py [N]   (default N = 100_000; 10×N = 1M)

Prints milliseconds per call and the ratio of the large run to the small one (the baseline),
so the figures compare on any machine.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from kpidesk.data.models import Activity, TeamMember
from kpidesk.services.activities.goals import goal_board
from kpidesk.services.activities.records import ActivityFilter, list_activities
from kpidesk.services.link_search import search_links
from kpidesk.services.store.database import open_database


def build(path: Path, rows: int) -> None:
    db = open_database(path)
    rnd = random.Random(1)
    with db.write() as s:
        s.execute(
            insert(TeamMember),
            [{"name": f"Rep {i}", "role": "rep", "active": True} for i in range(10)],
        )
    start = date.today() - timedelta(days=4 * 365)
    batch = 50_000
    for first in range(0, rows, batch):
        with db.write() as s:
            s.execute(
                insert(Activity),
                [
                    {
                        "type_id": rnd.randint(1, 7),
                        "rep_id": rnd.randint(1, 10),
                        "date": start + timedelta(days=rnd.randint(0, 4 * 365)),
                    }
                    for _ in range(min(batch, rows - first))
                ],
            )
    db.dispose()


def timed(fn, repeat: int = 5) -> float:
    fn()  # warm the cache
    began = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - began) / repeat * 1000


def measure(path: Path) -> dict[str, float]:
    db = open_database(path)
    today = date.today()
    month = ActivityFilter(date_from=today.replace(day=1), date_to=today)
    result = {
        "first page, all time": timed(lambda: list_activities(db)),
        "first page, this month": timed(lambda: list_activities(db, month)),
        "page 200 (offset 100k)": timed(lambda: list_activities(db, offset=100_000), 2),
        "goal board (week+month)": timed(lambda: goal_board(db)),
        "link search": timed(lambda: search_links(db, "ba")),
    }
    db.dispose()
    return result


def main() -> int:
    small = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        figures = []
        for rows in (small, small * 10):
            path = Path(folder) / f"bench-{rows}.db"
            began = time.perf_counter()
            build(path, rows)
            print(f"built {rows:,} activities in {time.perf_counter() - began:.1f} s")
            figures.append(measure(path))
    print(f"{'query':28} {small:>10,} {small * 10:>10,}   ratio")
    for name in figures[0]:
        a, b = figures[0][name], figures[1][name]
        print(f"{name:28} {a:8.1f}ms {b:8.1f}ms   {b / a:5.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
