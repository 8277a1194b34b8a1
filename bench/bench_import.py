"""Import speed: a generated 100,000-row leads .xlsx, parsed, validated and committed.

Prints the import time and its ratio to a plain openpyxl read-only parse of the same file
(the baseline, measured in the same run).  Target: at most 3 s for the import.

    PYTHONPATH=. python bench/bench_import.py [ROWS] [--keep FILE.xlsx]

Wall-clock and CPU seconds are both printed: on a shared machine the CPU figure is the one that
does not depend on what the neighbours run.  ``--keep`` reuses (or saves) the generated file.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import openpyxl

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
]
CITIES = ["Utrecht", "Amsterdam", "Zwolle", "Eindhoven", "Groningen", "Breda", "Arnhem"]
INDUSTRIES = ["Bouw", "Zorg", "Logistiek", "ICT", "Onderwijs", "Industrie"]
SOURCES = ["Website", "Beurs", "LinkedIn", "Koude acquisitie", "Netwerk"]
STATUSES = ["Nieuw", "Gekwalificeerd", "Gediskwalificeerd"]


def write_leads(path: Path, rows: int) -> None:
    rnd = random.Random(8)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Leads")
    sheet.append(HEADERS)
    start = date(2023, 1, 1)
    for i in range(rows):
        sheet.append(
            [
                f"Bedrijf {i} B.V.",
                f"Contact {i}",
                f"contact{i}@bedrijf{i}.nl",
                f"06-{rnd.randint(10000000, 99999999)}",
                rnd.choice(CITIES),
                rnd.choice(INDUSTRIES),
                rnd.randint(5, 500),
                rnd.choice(SOURCES),
                start + timedelta(days=rnd.randint(0, 900)),
                rnd.choice(STATUSES),
                "Geïmporteerd uit de oude lijst" if i % 7 == 0 else None,
                f"L-{i}",
            ]
        )
    workbook.save(path)


def openpyxl_parse(path: Path) -> int:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _row in workbook.worksheets[0].iter_rows(values_only=True))
    workbook.close()
    return count


def main() -> int:
    args = sys.argv[1:]
    keep = None
    if "--keep" in args:
        keep = Path(args.pop(args.index("--keep") + 1))
        args.remove("--keep")
    rows = int(args[0]) if args else 100_000
    from kpidesk.services.imports.sheet import import_sheet
    from kpidesk.services.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        xlsx = keep or Path(folder) / "leads.xlsx"
        if not xlsx.exists():
            began = time.perf_counter()
            write_leads(xlsx, rows)
            print(
                f"generated {rows:,} rows in {time.perf_counter() - began:.1f} s "
                f"({xlsx.stat().st_size / 1e6:.1f} MB)"
            )
        wall, cpu = time.perf_counter(), time.process_time()
        counted = openpyxl_parse(xlsx)
        base_wall, base_cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(
            f"openpyxl read-only parse: {base_wall:.2f} s wall, {base_cpu:.2f} s CPU "
            f"({counted - 1:,} rows)"
        )
        db = open_database(Path(folder) / "bench.db")
        wall, cpu = time.perf_counter(), time.process_time()
        summary = import_sheet(db, "leads", xlsx)
        seconds, cpu_seconds = time.perf_counter() - wall, time.process_time() - cpu
        db.dispose()
        print(
            f"KPIDesk import (parse, validate, commit): {seconds:.2f} s wall, "
            f"{cpu_seconds:.2f} s CPU ({summary.created:,} leads created)"
        )
        print(
            f"ratio import / openpyxl parse: {seconds / base_wall:.2f} wall, "
            f"{cpu_seconds / base_cpu:.2f} CPU"
        )
        print(
            "target <= 3.0 s:",
            "met" if seconds <= 3.0 else "NOT met",
            "(wall clock) /",
            "met" if cpu_seconds <= 3.0 else "NOT met",
            "(CPU)",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
