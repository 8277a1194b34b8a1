"""Helpers for the tests that run KPIDesk writers as separate processes."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

WORKER = Path(__file__).with_name("worker.py")
ROOT = Path(__file__).resolve().parents[2]


def start(db_path: Path, *args: str) -> subprocess.Popen[str]:
    """Start a worker and wait until it has the database open."""
    process = subprocess.Popen(
        [sys.executable, str(WORKER), str(db_path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    assert line == "ready", (line, process.stderr.read() if process.stderr else "")
    return process


def kill(process: subprocess.Popen[str]) -> None:
    """SIGKILL: no cleanup, no rollback by Python, exactly like a crash or a power cut."""
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def copy_db(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target
