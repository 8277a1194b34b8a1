"""Import speed: a generated 100,000-row leads .xlsx, parsed, validated and committed.

    PYTHONPATH=. python bench/bench_import.py [ROWS] [--runs N] [--keep FILE.xlsx]

In one run: a plain openpyxl read-only parse of the file (the baseline), then N rounds
(default 3), each on a new temporary database, of three imports (medians printed):

1. the file imported into the empty database: every lead new, the column-by-column fast path
   (goal, issue 9: at most 3 s);
2. the same file again: every row matches its lead and nothing changes (the row-by-row path);
3. a second file with every lead changed, its status, notes, city, employees, yearly revenue
   and phone (the lead, its organisation and its contact each updated; the row path).

Each import is timed as ``import_sheet`` does its work, the backup before an import of more
than 1,000 rows included, and printed with its ratio to the fast path (goal, issue 22: the
updating import at most 2×) and to the openpyxl parse. Wall-clock and CPU seconds are both
printed: on a shared machine the CPU figure is the one that does not depend on what the
neighbours run. ``--keep`` reuses (or saves) the generated first file.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import openpyxl

if TYPE_CHECKING:
    from kpidesk.services.imports.sheet import ImportSummary
    from kpidesk.services.store.database import Database

HEADERS = [
    "Bedrijf",
    "Contactpersoon",
    "E-mail",
    "Telefoon",
    "Plaats",
    "Branche",
    "Medewerkers",
    "Bron",
    "Aangemaakt",
    "Status",
    "Notities",
    "Extern id",
    "Jaaromzet",
]
CITIES = ["Utrecht", "Amsterdam", "Zwolle", "Eindhoven", "Groningen", "Breda", "Arnhem"]
INDUSTRIES = ["Bouw", "Zorg", "Logistiek", "ICT", "Onderwijs", "Industrie"]
SOURCES = ["Website", "Beurs", "LinkedIn", "Koude acquisitie", "Netwerk"]
STATUSES = ["Nieuw", "Gekwalificeerd", "Gediskwalificeerd"]


def write_leads(path: Path, rows: int, *, changed: bool = False) -> None:
    """The leads file; *changed*: the same leads, each with other values in six columns."""
    rnd = random.Random(8)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Leads")
    sheet.append(HEADERS)
    start = date(2023, 1, 1)
    shift = 1 if changed else 0
    for i in range(rows):
        city, industry = rnd.randrange(len(CITIES)), rnd.choice(INDUSTRIES)
        employees, phone = rnd.randint(5, 500), rnd.randint(10000000, 99999998)
        source, created = rnd.choice(SOURCES), start + timedelta(days=rnd.randint(0, 900))
        status, revenue = rnd.randrange(len(STATUSES)), rnd.randint(1, 500) * 10_000
        note = "Geïmporteerd uit de oude lijst" if i % 7 == 0 else None
        sheet.append(
            [
                f"Bedrijf {i} B.V.",
                f"Contact {i}",
                f"contact{i}@bedrijf{i}.nl",
                f"06-{phone + shift}",
                CITIES[(city + shift) % len(CITIES)],
                industry,
                employees + shift,
                source,
                created,
                STATUSES[(status + shift) % len(STATUSES)],
                f"Bijgewerkt {i}" if changed else note,
                f"L-{i}",
                revenue + 1000 * shift,
            ]
        )
    workbook.save(path)


def openpyxl_parse(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _row in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    return count


def timed_import(db: Database, path: Path) -> tuple[float, float, ImportSummary]:
    from kpidesk.services.imports.sheet import import_sheet

    wall, cpu = time.perf_counter(), time.process_time()
    summary = import_sheet(db, "leads", path)
    return time.perf_counter() - wall, time.process_time() - cpu, summary


def main() -> int:
    args = sys.argv[1:]
    keep = None
    if "--keep" in args:
        keep = Path(args.pop(args.index("--keep") + 1))
        args.remove("--keep")
    runs = 3
    if "--runs" in args:
        runs = int(args.pop(args.index("--runs") + 1))
        args.remove("--runs")
    rows = int(args[0]) if args else 100_000
    from kpidesk.services.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        xlsx = keep or Path(folder) / "leads.xlsx"
        changed = Path(folder) / "leads-changed.xlsx"
        began = time.perf_counter()
        if not xlsx.exists():
            write_leads(xlsx, rows)
        write_leads(changed, rows, changed=True)
        print(
            f"generated 2 × {rows:,} rows in {time.perf_counter() - began:.1f} s "
            f"({xlsx.stat().st_size / 1e6:.1f} MB each)"
        )
        wall, cpu = time.perf_counter(), time.process_time()
        counted = openpyxl_parse(xlsx)
        base_wall, base_cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(
            f"openpyxl read-only parse: {base_wall:.2f} s wall, {base_cpu:.2f} s CPU "
            f"({counted - 1:,} rows)"
        )
        kinds = (
            ("new leads (fast path)", xlsx),
            ("same file again, unchanged", xlsx),
            ("every lead changed", changed),
        )
        walls: list[list[float]] = [[] for _ in kinds]
        cpus: list[list[float]] = [[] for _ in kinds]
        summaries = []
        for round_number in range(runs):  # each round on a new database
            db = open_database(Path(folder) / f"bench-{round_number}.db")
            for index, (_label, path) in enumerate(kinds):
                seconds, cpu_seconds, summary = timed_import(db, path)
                walls[index].append(seconds)
                cpus[index].append(cpu_seconds)
                if round_number == 0:
                    summaries.append(summary)
            db.dispose()
        wall_s = [statistics.median(w) for w in walls]
        cpu_s = [statistics.median(c) for c in cpus]
        fast_wall, fast_cpu = wall_s[0], cpu_s[0]
        print(
            f"{'KPIDesk import (parse, validate, commit)':42}{'wall':>8}{'CPU':>8}"
            f"{'/ fast':>14}{'/ openpyxl':>14}   (median of {runs}, load {os.getloadavg()[0]:.1f})"
        )
        for (label, _path), seconds, cpu_seconds, summary in zip(
            kinds, wall_s, cpu_s, summaries, strict=True
        ):
            print(
                f"  {label:40}{seconds:7.2f}s{cpu_seconds:7.2f}s"
                f"{seconds / fast_wall:7.2f}×{cpu_seconds / fast_cpu:6.2f}×"
                f"{seconds / base_wall:7.2f}×{cpu_seconds / base_cpu:6.2f}×   "
                f"{summary.created:,} created, {summary.updated:,} updated, "
                f"{summary.unchanged:,} unchanged"
            )
        runs_of = {label: (w, c) for (label, _p), w, c in zip(kinds, wall_s, cpu_s, strict=True)}
        changed_wall, changed_cpu = runs_of["every lead changed"]
        verdicts = [
            ("new leads <= 3.0 s", fast_wall <= 3.0, fast_cpu <= 3.0),
            (
                "every lead changed <= 2x the fast path",
                changed_wall <= 2 * fast_wall,
                changed_cpu <= 2 * fast_cpu,
            ),
        ]
        for goal, by_wall, by_cpu in verdicts:
            print(
                f"{goal}: {'met' if by_wall else 'NOT met'} (wall clock) / "
                f"{'met' if by_cpu else 'NOT met'} (CPU)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
