"""Start-up: launch to the first mapped window, and to the dashboard's five tiles, as ratios.

    python bench/bench_startup.py [LARGE_DB] [--runs N]

Three kinds of start, taken in turn N times (default 7) so that load on the machine hits them
alike, each a new process:

- bare: a bare PySide6 + pyqtgraph QMainWindow with one plot (the baseline: what any PySide6 app
  with charts pays to put a window on screen);
- large: KPIDesk on a copy of LARGE_DB (``kpidesk demo --size large``; made in a temporary
  folder when not given, which takes a minute), opened on the dashboard, with the backups folder
  emptied before each start so that every start is the day's first (the daily backup is due);
- empty: KPIDesk on an empty data folder: the first start ever (new database, welcome page).

Each start is timed from just before the process is launched to the moments the window reports
through ``KPIDESK_STARTUP_TRACE`` (kpidesk/ui/startup_trace.py): mapped, then the tiles filled
(or the welcome page up). Runs under Xvfb when it is installed (a real X server that maps
windows), else on Qt's offscreen platform. Prints medians and the ratios against bare.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg

class Mapped(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            with open(sys.argv[1], "w") as out:
                out.write(f"mapped {time.monotonic():.6f}\n")
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.setCentralWidget(pg.PlotWidget())
window.resize(1280, 800)
window.show()
mapped = Mapped()
window.windowHandle().installEventFilter(mapped)
app.exec()
"""


def start_display() -> tuple[subprocess.Popen[bytes] | None, dict[str, str]]:
    """An Xvfb server of our own when there is one, else the offscreen platform."""
    env = dict(os.environ)
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        return None, env
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)  # the server accepts connections well within a second
    env["DISPLAY"] = display
    env["QT_QPA_PLATFORM"] = "xcb"
    return server, env


def timed_start(command: list[str], env: dict[str, str], trace: Path) -> dict[str, float]:
    """Seconds from launch to each milestone the process writes to *trace*."""
    trace.unlink(missing_ok=True)
    started = time.monotonic()
    done = subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
    if done.returncode != 0 or not trace.exists():
        raise SystemExit(
            f"start failed ({done.returncode}): {command}\n{done.stderr.decode()[-2000:]}"
        )
    marks = {}
    for line in trace.read_text().splitlines():
        name, moment = line.split()
        marks[name] = float(moment) - started
    return marks


def make_large(folder: Path) -> Path:
    path = folder / "large.db"
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "demo", "--size", "large"],
        check=True,
    )
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("large_db", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        source = args.large_db or make_large(tmp)
        large = tmp / "work" / "kpidesk.db"
        large.parent.mkdir()
        shutil.copyfile(source, large)
        server, env = start_display()
        env["HOME"] = str(tmp / "home")  # no remembered window state or preferences
        env["XDG_CONFIG_HOME"] = str(tmp / "home" / "config")
        env["KPIDESK_STARTUP_TRACE"] = str(tmp / "trace.txt")
        env["KPIDESK_STARTUP_QUIT"] = "1"
        env["PYTHONPATH"] = str(ROOT)
        trace = tmp / "trace.txt"
        app = [sys.executable, str(ROOT / "main.py"), "--lang", "nl"]
        results: dict[str, list[dict[str, float]]] = {"bare": [], "large": [], "empty": []}
        try:
            # One start of each to warm the file cache and compile byte code; not counted.
            bare = [sys.executable, "-c", BARE, str(trace)]
            timed_start(bare, env, trace)
            timed_start([*app, "--db", str(large), "--view", "dashboard"], env, trace)
            for _ in range(args.runs):
                results["bare"].append(timed_start(bare, env, trace))
                shutil.rmtree(large.parent / "kpidesk-backups", ignore_errors=True)
                results["large"].append(
                    timed_start([*app, "--db", str(large), "--view", "dashboard"], env, trace)
                )
                empty = Path(tempfile.mkdtemp(dir=tmp))
                results["empty"].append(
                    timed_start(app, {**env, "KPIDESK_DATA_DIR": str(empty)}, trace)
                )
        finally:
            if server is not None:
                server.terminate()
                server.wait()
    platform = "Xvfb" if server is not None else "offscreen"
    bare_mapped = statistics.median(r["mapped"] for r in results["bare"])
    print(f"start-up, median of {args.runs} runs each, {platform}, load {os.getloadavg()[0]:.1f}")
    print(f"  bare PySide6 + pyqtgraph window mapped   {bare_mapped:6.2f} s")
    for kind, page in (("large", "tiles"), ("empty", "welcome")):
        mapped = statistics.median(r["mapped"] for r in results[kind])
        up = statistics.median(r[page] - r["mapped"] for r in results[kind])
        print(
            f"  KPIDesk {kind:<5} window mapped            {mapped:6.2f} s"
            f"  = {mapped / bare_mapped:.2f} x bare (goal <= 1.3)"
        )
        print(f"  KPIDesk {kind:<5} {page} up after mapping   {up:6.2f} s  (goal <= 0.5)")


if __name__ == "__main__":
    main()
