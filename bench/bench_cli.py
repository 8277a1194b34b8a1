"""The whole ``kpidesk kpis --period 2026 --json`` process, against bare Python and SQLAlchemy.

    PYTHONPATH=. python bench/bench_cli.py LARGE_DB [--period 2026] [--runs N]

LARGE_DB is the large demo team (``kpidesk demo --size large``) at this KPIDesk's schema
revision; the command only reads it (the bench refuses a file that would need a migration).
Five kinds of process, taken in turn N times (default 7) so that load on the machine hits them
alike, each a new process:

- ``python -c pass``: starting the interpreter;
- ``python -c "import sqlalchemy, sqlite3"`` and ``… sqlalchemy.orm …``: what any SQLAlchemy
  program pays before its first query;
- the command itself, ``python -m kpidesk --db LARGE_DB kpis --period P --json``;
- the same command with its ``compute_kpis`` call timed inside: the figures themselves.

Each is timed from launch to exit (wall) and by the CPU time of the child (user + sys, less
disturbed by other work on a shared machine). The overhead is the command minus its figures:
what the process pays besides the KPI queries. Bytecode is cached in a private folder, warmed by
one untimed run of each, as an installed app has it; when this shell sets
``PYTHONDONTWRITEBYTECODE`` the command is also timed compiling from source each time.

Then one ``-X importtime`` run of the command gives the import time of the heavy modules it
loads, and each module that the command must not load (the ORM and the mapped classes,
alembic, numpy, openpyxl, PySide6, pyqtgraph) is imported on its own, to show what it would
cost. Goal (issue 22): the command ≤ 0.5 s, its overhead ≤ 0.25 s.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kpidesk.data.sqlite_file import head_revision  # noqa: E402

# What the command loads and its share of the time, read from -X importtime.
HEAVY = (
    "sqlalchemy",
    "kpidesk.data.tables",
    "kpidesk.cli",
    "kpidesk.cli_kpis",
    "kpidesk.services.kpis.figures",
)
# The ORM and the mapped classes too: the KPI queries are Core statements (kpidesk.data.reading).
NOT_LOADED = (
    "sqlalchemy.orm",
    "kpidesk.data.models",
    "alembic",
    "numpy",
    "openpyxl",
    "PySide6.QtWidgets",
    "pyqtgraph",
)

# The command, with its compute_kpis call timed: the figures themselves, as the command gets
# them (the first call in a new process).
TIMED_COMPUTE = r"""
import os, sys, time
import kpidesk.cli_kpis as cli_kpis
from kpidesk.cli import run

inner = cli_kpis.compute_kpis
spent = []

def timed(*args, **kwargs):
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        return inner(*args, **kwargs)
    finally:
        if not spent:  # written now: the command ends its process the moment it is done
            spent.append((time.perf_counter() - wall, time.process_time() - cpu))
            os.write(int(os.environ["BENCH_FD"]), f"{spent[0][0]} {spent[0][1]}".encode())

cli_kpis.compute_kpis = timed
run(sys.argv[1:], end_process=True)  # as the kpidesk program: the same collector freeze
"""


def run_child(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall and CPU seconds of one child process, and what it wrote on fd 3."""
    read, write = os.pipe()
    start = time.perf_counter()
    child = subprocess.Popen(
        command,
        env={**env, "BENCH_FD": str(write)},
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        pass_fds=(write,),
    )
    os.close(write)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    with os.fdopen(read) as pipe:
        said = pipe.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return wall, usage.ru_utime + usage.ru_stime, said


def import_times(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Cumulative import time (ms) per module of one ``-X importtime`` run of *command*."""
    done = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    found: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "imported package" in line:
            continue
        _, cumulative, name = line.split("|")
        found.setdefault(name.strip(), int(cumulative) / 1000)
    return found


def revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="the large demo database (only read)")
    parser.add_argument("--period", default="2026")
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    db = options.db.resolve()
    if revision(db) != head_revision():
        raise SystemExit(
            f"{db} is at revision {revision(db)}, this KPIDesk at {head_revision()}: the command "
            "would migrate it first. Bench a copy that it has opened once."
        )
    py = sys.executable
    kpis = ["-m", "kpidesk", "--db", str(db), "kpis", "--period", options.period, "--json"]
    with tempfile.TemporaryDirectory(prefix="bench-cli-") as tmp:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": tmp}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        kinds: dict[str, tuple[list[str], dict[str, str]]] = {
            "python -c pass": ([py, "-c", "pass"], env),
            "import sqlalchemy": ([py, "-c", "import sqlalchemy, sqlite3"], env),
            "import sqlalchemy.orm": ([py, "-c", "import sqlalchemy.orm, sqlite3"], env),
            "kpis": ([py, *kpis], env),
            "kpis, figures timed": ([py, "-c", TIMED_COMPUTE, *kpis[2:]], env),
        }
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            kinds["kpis, no bytecode"] = ([py, *kpis], {**os.environ, "PYTHONPATH": str(ROOT)})
        for command, child_env in kinds.values():  # warm the bytecode and the page cache
            run_child(command, child_env)
        walls: dict[str, list[float]] = {kind: [] for kind in kinds}
        cpus: dict[str, list[float]] = {kind: [] for kind in kinds}
        figures_wall: list[float] = []
        figures_cpu: list[float] = []
        for _ in range(options.runs):
            for kind, (command, child_env) in kinds.items():
                wall, cpu, said = run_child(command, child_env)
                walls[kind].append(wall)
                cpus[kind].append(cpu)
                if said:
                    inner_wall, inner_cpu = map(float, said.split())
                    figures_wall.append(inner_wall)
                    figures_cpu.append(inner_cpu)
        loaded = import_times([py, *kpis], env)
        alone = {name: import_times([py, "-c", f"import {name}"], env) for name in NOT_LOADED}

    def ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    print(f"load average {os.getloadavg()[0]:.2f} (2 cores shared), {options.runs} runs each")
    print(f"{'':34}{'wall':>8}{'cpu':>8}   (median ms)")
    for kind in kinds:
        print(f"{kind:34}{ms(walls[kind]):8.0f}{ms(cpus[kind]):8.0f}")
    print(f"{'  of which compute_kpis':34}{ms(figures_wall):8.0f}{ms(figures_cpu):8.0f}")
    total_wall, total_cpu = ms(walls["kpis"]), ms(cpus["kpis"])
    over_wall, over_cpu = total_wall - ms(figures_wall), total_cpu - ms(figures_cpu)
    print(f"{'overhead (kpis - compute_kpis)':34}{over_wall:8.0f}{over_cpu:8.0f}   goal ≤ 250")
    print(
        f"kpis ≤ 500 ms: {'met' if total_wall <= 500 else 'NOT met'} (wall clock) / "
        f"{'met' if total_cpu <= 500 else 'NOT met'} (CPU)"
    )
    for base in ("python -c pass", "import sqlalchemy", "import sqlalchemy.orm"):
        print(
            f"kpis / {base:27}{total_wall / ms(walls[base]):7.2f}×"
            f"{total_cpu / ms(cpus[base]):7.2f}×   overhead / it "
            f"{over_wall / ms(walls[base]):.2f}× wall, {over_cpu / ms(cpus[base]):.2f}× cpu"
        )
    print("import time in the command (-X importtime, cumulative ms):")
    for name in HEAVY:
        print(f"  {name:32}{loaded.get(name, 0):8.0f}")
    print("not imported by the command (their own import time, ms):")
    for name in NOT_LOADED:
        state = "IMPORTED" if name in loaded else "not imported"
        print(f"  {name:32}{alone[name].get(name, 0):8.0f}   {state}")


if __name__ == "__main__":
    main()
