"""Speed of the forecast (with sales velocity and the lever) on the large demo team.

    PYTHONPATH=. python bench/bench_forecast.py /tmp/large.db

Prints the median of 7 runs of what the Forecast tab computes (three months' forecast with its
simulation, sales velocity, the lever), and the ratio to a baseline measured in the same run:
one bare SQL pass over the stage history of the closed deals (the data the chances are learned
from) plus reading the open deals, with no arithmetic.  Goal (issue 19): ≤ 150 ms on SQLite.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import text

from kpidesk.services.forecast.forecast import compute_forecast
from kpidesk.services.forecast.velocity import lever, velocity
from kpidesk.services.store.database import open_database


def timed(fn: Callable[[], object], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    db = open_database(sys.argv[1])
    today = date.today()
    since = (today - timedelta(days=730)).isoformat()
    bare = text(
        "SELECT h.from_stage_id, h.stay_days, ds.kind FROM deal_stage_history h "
        "JOIN deals d ON d.id = h.deal_id JOIN stages ds ON ds.id = d.stage_id "
        f"WHERE d.closed_date >= '{since}' AND h.stay_days IS NOT NULL"
    )
    open_deals = text(
        "SELECT d.id, d.value_cents, d.stage_id, d.expected_close FROM deals d "
        "JOIN stages s ON s.id = d.stage_id WHERE s.kind = 'open' AND d.deleted_at IS NULL"
    )

    def baseline() -> None:
        with db.engine.connect() as conn:
            conn.execute(bare).all()
            conn.execute(open_deals).all()

    def forecast_tab() -> None:
        report = compute_forecast(db, 3, today=today, snapshot=False)
        speed = velocity(db, today=today, chances=report.chances)
        lever(report, speed)

    forecast_tab()  # warm the caches, as the window does by the time the tab opens
    base = timed(baseline)
    spent = timed(forecast_tab)
    print(f"forecast + velocity + lever: {spent:.0f} ms (goal 150)")
    print(f"baseline (bare SQL over the same rows): {base:.0f} ms; ratio {spent / base:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
