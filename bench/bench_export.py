"""Export speed: the KPI meeting workbook for a large team, and 1,000,000 activities streamed.

    PYTHONPATH=. python bench/bench_export.py [--db /tmp/large.db] [--activities 1000000]

Uses the `demo --size large` database when it exists and holds data (read-only use);
otherwise builds a synthetic team of the same scale once (tests/excel/team_data.py) at
/tmp/issue-9-bench.db.  Prints:

* the KPI workbook time (goal: at most 1.5 s), and its ratio to a baseline in the same run:
  the KPI engine alone (compute_kpis for the period and the previous one), i.e. what the
  workbook adds on top of the figures;
* the time and rows per second of exporting every activity to xlsx and CSV (goal for xlsx: at
  most 30 s), each in a child process with its own peak RSS (resource.getrusage), and the
  xlsx export of the newest fifth of the activities, whose peak RSS should be the same (memory
  flat in the row count);
* the ratio of the xlsx export to two baselines in the same run, bare dumps of as many
  activity-shaped rows (no SQL, no formats): with openpyxl's write-only mode, the old writer
  (``--skip-openpyxl`` leaves it out: it takes minutes), and with rvgsrust-xlsxwriter, the
  writer the export uses now.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kpidesk.core.periods import Period
from kpidesk.data.models import Activity, Deal
from kpidesk.services.exporting import export_table
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.kpis.workbook import export_kpi_sheet
from kpidesk.services.store.database import Database, holds_data, open_database

BENCH_VERSION = 2  # bump when tests/excel/team_data.py changes shape


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    Linux keeps ``ru_maxrss`` across fork and exec, so a child started by this bench reported
    at least the parent's peak (149 MB for every child, whatever it wrote).  ``VmHWM`` belongs
    to the process's own address space, which exec makes new.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux, BSD: kB


def open_bench_db(path: str | None, activities: int) -> Database:
    if path and Path(path).exists():
        db = open_database(path)
        if holds_data(db):
            return db
        db.dispose()
    target = Path(f"/tmp/issue-9-bench-{BENCH_VERSION}.db")
    if target.exists():
        db = open_database(target)
        with db.read() as s:
            if (s.scalar(select(func.count()).select_from(Activity)) or 0) >= activities:
                return db
        db.dispose()
        target.unlink()
    from tests.excel.team_data import fill_team

    print(f"building a synthetic team with {activities:,} activities in {target} …", flush=True)
    db = open_database(target)
    started = time.perf_counter()
    fill_team(
        db,
        reps=10,
        organisations=20_000,
        deals=40_000,
        activities=activities,
        end=date(2026, 10, 31),
        seed=3,
    )
    print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    return db


ROW = (
    "Telefoongesprek",
    date(2026, 1, 5),
    "Bram de Vries",
    "Klant 00001 B.V.",
    None,
    "Goed gesprek over de offerte",
    "Gedaan",
)


def recent_fifth(db: Database) -> date:
    """The day from which on the newest fifth of the activities lie."""
    with db.read() as s:
        n = s.scalar(select(func.count()).select_from(Activity)) or 0
        day = s.scalar(select(Activity.date).order_by(Activity.date.desc()).offset(n // 5).limit(1))
    return day or date.today()


def child(arguments: list[str], out: Path) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its last line is a JSON report."""
    done = subprocess.run(
        [sys.executable, __file__, *arguments, "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return dict(json.loads(done.stdout.splitlines()[-1]))


def run_child(args: argparse.Namespace) -> int:
    out = Path(args.out)
    started = time.perf_counter()
    if args.child == "openpyxl":
        from openpyxl import Workbook

        target = out / "bare-openpyxl.xlsx"
        book = Workbook(write_only=True)
        sheet = book.create_sheet("x")
        for _ in range(args.rows):
            sheet.append(ROW)
        book.save(target)
        rows = args.rows
    elif args.child == "rust":
        from rvgsrust_xlsxwriter import Workbook as RustWorkbook

        target = out / "bare-rust.xlsx"
        rust = RustWorkbook()
        worksheet = rust.add_worksheet("x", constant_memory=True)
        batch = [list(ROW)] * 1000
        for first in range(0, args.rows, 1000):
            worksheet.write_rows(first, 0, batch[: args.rows - first])
        rust.close(str(target))
        rows = args.rows
    elif args.child == "sql":
        # The floor: the export's own query, stream and row conversion, no file.
        from kpidesk.services import exporting

        db = open_database(args.db)
        target = Path(__file__)
        started = time.perf_counter()
        with db.read() as session:
            query = exporting._query("activities", None, session)
            total = exporting._count(session, query)
            convert = exporting._converter("activities", "nl")
            rows = sum(1 for _ in exporting._stream(session, query, convert, total, None))
        db.dispose()
    else:
        from kpidesk.services.activities.records import ActivityFilter

        db = open_database(args.db)
        target = out / f"activities.{args.child}"
        since = date.fromisoformat(args.since) if args.since else None
        started = time.perf_counter()
        rows = export_table(
            db, "activities", target, "nl", ActivityFilter(date_from=since) if since else None
        ).rows
        db.dispose()
    seconds = time.perf_counter() - started
    report = {"rows": rows, "seconds": seconds, "rss": peak_rss_mb()}
    report["mb"] = target.stat().st_size / 1e6 if args.child != "sql" else 0
    print(json.dumps(report))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/large.db")
    parser.add_argument("--activities", type=int, default=1_000_000)
    parser.add_argument("--kpi-only", action="store_true", help="skip the 1M-row exports")
    parser.add_argument("--exports-only", action="store_true", help="skip the KPI workbook")
    parser.add_argument(
        "--skip-openpyxl", action="store_true", help="no bare openpyxl dump (it takes minutes)"
    )
    parser.add_argument(
        "--child", choices=["openpyxl", "rust", "sql", "xlsx", "csv"], help=argparse.SUPPRESS
    )
    parser.add_argument("--rows", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--since", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return run_child(args)
    db = open_bench_db(args.db, args.activities)
    with db.read() as s:
        last = s.scalar(select(func.max(Deal.closed_date))) or date.today()
        n_acts = s.scalar(select(func.count()).select_from(Activity)) or 0
    period = Period.month(last.year, last.month)
    print(f"database: {db.describe()} ({n_acts:,} activities); period {period.label()}")
    out = Path(tempfile.mkdtemp(prefix="bench-export-"))

    # KPI workbook: best of 5, against the KPI engine alone.
    if not args.exports_only:
        engine, book, cpu = [], [], []
        for i in range(5):
            t = time.perf_counter()
            compute_kpis(db, period, series=False)
            compute_kpis(db, period.previous(), series=False)
            engine.append(time.perf_counter() - t)
            c = cpu_seconds()
            t = time.perf_counter()
            export_kpi_sheet(db, out / f"kpi-{i}.xlsx", period, None, "nl")
            book.append(time.perf_counter() - t)
            cpu.append(cpu_seconds() - c)
        print(
            f"KPI workbook (team):    {min(book):6.2f} s wall (best of 5), {min(cpu):.2f} s CPU; "
            f"goal ≤ 1.50 s   {'OK' if min(book) <= 1.5 else 'TOO SLOW'}"
        )
        print(
            f"  load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
            "(shared machine: wall times grow with the load)"
        )
        print(
            f"  KPI engine alone:     {min(engine):6.2f} s   workbook/engine = "
            f"{min(book) / min(engine):.2f}×"
        )

    if args.kpi_only:
        db.dispose()
        return 0

    # The large exports, each in a child process of its own so that its peak RSS is its own.
    # Baselines in the same run: bare dumps of as many activity-shaped rows with openpyxl's
    # write-only mode (the old writer) and with rvgsrust-xlsxwriter (the writer the export
    # uses), no SQL, no formats.
    print(
        f"  load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        flush=True,
    )
    fifth = recent_fifth(db)
    runs = [
        ("bare openpyxl write-only dump", ["--child", "openpyxl", "--rows", str(n_acts)]),
        ("bare rvgsrust-xlsxwriter dump", ["--child", "rust", "--rows", str(n_acts)]),
        ("bare SQL: count, stream, convert", ["--child", "sql", "--db", db.describe()]),
        ("export activities to xlsx", ["--child", "xlsx", "--db", db.describe()]),
        (
            "  … the newest fifth only",
            ["--child", "xlsx", "--db", db.describe(), "--since", fifth.isoformat()],
        ),
        ("export activities to csv", ["--child", "csv", "--db", db.describe()]),
    ]
    if args.skip_openpyxl:
        runs = runs[1:]
    took: dict[str, float] = {}
    for label, child_args in runs:
        report = child(child_args, out)
        took[label] = report["seconds"]
        print(
            f"{label:32} {report['rows']:>9,} rows {report['seconds']:6.1f} s "
            f"({report['rows'] / report['seconds']:,.0f} rows/s, {report['mb']:.0f} MB); "
            f"peak RSS {report['rss']:.0f} MB",
            flush=True,
        )
    export = took["export activities to xlsx"]
    rust = took["bare rvgsrust-xlsxwriter dump"]
    sql = took["bare SQL: count, stream, convert"]
    ratios = f"export/bare SQL = {export / sql:.2f}×, export/bare rvgsrust-xlsxwriter = "
    ratios += f"{export / rust:.2f}×"
    if "bare openpyxl write-only dump" in took:
        ratios += f", export/bare openpyxl = {export / took['bare openpyxl write-only dump']:.2f}×"
    print(f"  {ratios}")
    print(
        f"  xlsx export of {n_acts:,} activities: {export:.1f} s; goal ≤ 30 s   "
        f"{'OK' if export <= 30 else 'TOO SLOW'}  (load average now: "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
