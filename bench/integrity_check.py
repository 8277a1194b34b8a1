"""What the damage checks cost: PRAGMA quick_check and integrity_check against reading the file.

    PYTHONPATH=. python bench/integrity_check.py [DB] [--rows N]

Without DB a database with N activities (default 1,000,000, about the large demo) is built
in a temporary folder.  Prints seconds per check and the ratio to a plain sequential read of
the same file (the baseline, measured in the same run), so the figures travel between machines.
The outcome decides kpidesk/data/integrity.py: the quick check at start only below
QUICK_CHECK_MAX_BYTES, the full check in ``backup`` and before a restore.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from kpidesk.data.database import open_database
from kpidesk.data.integrity import QUICK_CHECK_MAX_BYTES
from kpidesk.data.models import Activity


def build(path: Path, rows: int) -> None:
    db = open_database(path)
    start = date(2022, 1, 1)
    with db.write() as session:
        for first in range(0, rows, 20_000):
            session.execute(
                insert(Activity),
                [
                    {
                        "type_id": 1 + n % 7,
                        "date": start + timedelta(days=n % 1460),
                        "note": f"Gesprek {n} over de offerte en de vervolgstappen",
                    }
                    for n in range(first, min(rows, first + 20_000))
                ],
            )
    db.dispose()


def timed(label: str, work: object) -> float:
    began = time.perf_counter()
    result = work()  # type: ignore[operator]
    seconds = time.perf_counter() - began
    print(f"  {label:<22} {seconds:8.2f} s   {result}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", nargs="?")
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.db) if args.db else Path(folder) / "big.db"
        if not args.db:
            began = time.perf_counter()
            build(path, args.rows)
            print(f"built {args.rows:,} activities in {time.perf_counter() - began:.1f} s")
        size = path.stat().st_size
        print(
            f"{path}: {size / 1e6:.0f} MB (quick check at start up to "
            f"{QUICK_CHECK_MAX_BYTES / 1e6:.0f} MB)"
        )

        def read() -> str:
            with path.open("rb") as handle:
                while handle.read(1 << 20):
                    pass
            return "read"

        def pragma(name: str) -> str:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                return str(conn.execute(f"PRAGMA {name}").fetchone()[0])
            finally:
                conn.close()

        base = timed("sequential read", read)
        quick = timed("PRAGMA quick_check", lambda: pragma("quick_check"))
        full = timed("PRAGMA integrity_check", lambda: pragma("integrity_check"))
        print(
            f"ratios to the read: quick_check {quick / base:.1f}x, "
            f"integrity_check {full / base:.1f}x"
        )
        mb_per_s = size / 1e6 / quick
        print(
            f"quick_check runs at {mb_per_s:.0f} MB/s here: "
            f"{QUICK_CHECK_MAX_BYTES / 1e6 / mb_per_s:.2f} s at the start-up limit, "
            f"{300 / mb_per_s:.1f} s for 300 MB"
        )


if __name__ == "__main__":
    main()
