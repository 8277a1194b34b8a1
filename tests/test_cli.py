"""The command line, as a user runs it: exit codes and messages, never a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kpidesk import __version__
from kpidesk.cli import run

ROOT = Path(__file__).resolve().parents[1]


def kpidesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=120,
    )


def test_version() -> None:
    result = kpidesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"KPIDesk {__version__}"


def test_missing_folder_message(tmp_path: Path) -> None:
    result = kpidesk("--db", str(tmp_path / "nowhere" / "team.db"), "demo")
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_not_a_database_message_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "offerte.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a database")
    result = kpidesk("--lang", "nl", "--db", str(path), "demo")
    assert result.returncode == 1
    assert str(path) in result.stderr and "Traceback" not in result.stderr
    assert "geen KPIDesk-database" in result.stderr
    assert path.read_bytes() == b"PK\x03\x04 not really a database"


def test_bad_option_is_a_usage_error() -> None:
    result = kpidesk("demo", "--size", "huge")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_demo_small_then_refuses_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.db"
    assert run(["--db", str(path), "demo", "--size", "small", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    assert "Demo team loaded" in out
    conn = sqlite3.connect(path)
    deals = conn.execute("SELECT count(*) FROM deals").fetchone()[0]
    activities = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    conn.close()
    assert deals >= 100 and activities >= 1000
    assert run(["--db", str(path), "demo"]) == 1
    err = capsys.readouterr().err
    assert "already" in err
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM deals").fetchone()[0] == deals
    conn.close()


def test_global_options_after_the_command(tmp_path: Path) -> None:
    result = kpidesk("demo", "--db", str(tmp_path / "missing" / "x.db"), "--lang", "en")
    assert result.returncode == 1 and "does not exist" in result.stderr


def test_check_totals_finds_and_repairs(tmp_path: Path) -> None:
    path = tmp_path / "team.db"
    assert kpidesk("--db", str(path), "demo").returncode == 0
    ok = kpidesk("--db", str(path), "check-totals")
    assert ok.returncode == 0 and "All KPI totals are exact." in ok.stdout
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE activity_day_totals SET activities = activities + 1")
    bad = kpidesk("--db", str(path), "--lang", "nl", "check-totals")
    assert bad.returncode == 1 and "--repair" in bad.stderr and "Traceback" not in bad.stderr
    fixed = kpidesk("--db", str(path), "check-totals", "--repair")
    assert fixed.returncode == 0
    assert kpidesk("--db", str(path), "check-totals").returncode == 0
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER activity_day_totals_insert")
    gone = kpidesk("--db", str(path), "check-totals")
    assert gone.returncode == 1 and "activity_day_totals_insert" in gone.stderr
    assert "Restore a backup" in gone.stderr and "Traceback" not in gone.stderr
