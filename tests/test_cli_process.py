"""A command's process loads only what the command needs, and ends as soon as it is done."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kpidesk.cli_process import exit_now
from kpidesk.core.collector import collector_paused, keep_what_lives
from kpidesk.services.store.database import Database

ROOT = Path(__file__).resolve().parents[1]
# The window's, the workbooks', the forecast's and the migrations' libraries.
NOT_FOR_KPIS = {"alembic", "PySide6", "pyqtgraph", "openpyxl", "numpy"}
# The KPI queries are Core statements over kpidesk.data.tables (kpidesk.data.reading): the
# report needs neither the ORM nor the mapped classes.
NOT_FOR_KPI_QUERIES = {"sqlalchemy.orm", "kpidesk.data.models"}


def run_kpidesk(*argv: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``python -m kpidesk ARGV`` as a user does; the modules it imported, and their
    top-level packages."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kpidesk", *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "imported package" not in line
    }
    return done, modules | {name.split(".")[0] for name in modules}


def test_kpis_on_a_current_database_imports_no_window_workbook_or_migration(
    db: Database, db_path: Path
) -> None:
    db.dispose()
    done, loaded = run_kpidesk("--db", str(db_path), "kpis", "--period", "2026", "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    assert {"sqlalchemy", "sqlalchemy.sql", "kpidesk.data.tables"} <= loaded  # it sees them
    assert loaded & NOT_FOR_KPIS == set()
    assert loaded & NOT_FOR_KPI_QUERIES == set()


def test_kpis_on_a_new_database_imports_alembic_to_create_it(tmp_path: Path) -> None:
    done, loaded = run_kpidesk("--db", str(tmp_path / "new.db"), "kpis", "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    assert loaded & NOT_FOR_KPIS == {"alembic"}


def test_help_and_version_import_no_database_library() -> None:
    for argv in (["--version"], ["kpis", "--help"], ["forecast", "--help"], ["plan", "--help"]):
        done, loaded = run_kpidesk(*argv)
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.strip()
        assert loaded & (NOT_FOR_KPIS | {"sqlalchemy"}) == set(), argv


def test_a_failed_command_still_says_why_and_exits_non_zero(db: Database, db_path: Path) -> None:
    db.dispose()
    done, _ = run_kpidesk("--db", str(db_path), "kpis", "--period", "2026-13")
    assert done.returncode == 1
    assert "'2026-13' is not a period" in done.stderr


def test_exit_now_waits_like_an_ordinary_exit_while_another_thread_runs() -> None:
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        with pytest.raises(SystemExit) as raised:  # os._exit would end pytest itself
            exit_now(3)
        assert raised.value.code == 3
    finally:
        release.set()
        worker.join()


def test_exit_now_ends_the_process_with_its_output_written(tmp_path: Path) -> None:
    code = (
        "import sys; from kpidesk.cli_process import exit_now; "
        "print('written'); sys.stdout.write('unflushed'); exit_now(4)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 4
    assert done.stdout == "written\nunflushed"


def test_the_collector_is_paused_and_then_left_as_it_was() -> None:
    was_enabled = gc.isenabled()
    try:
        for start in (True, False):
            (gc.enable if start else gc.disable)()
            with collector_paused():
                assert not gc.isenabled()
            assert gc.isenabled() is start
    finally:
        (gc.enable if was_enabled else gc.disable)()


def test_keep_freezes_what_the_block_made_only_when_the_collector_was_on() -> None:
    was_enabled = gc.isenabled()
    frozen_before = gc.get_freeze_count()
    try:
        gc.disable()
        with collector_paused(keep=True):
            [[] for _ in range(1000)]
        assert gc.get_freeze_count() == frozen_before  # its owner decides
        gc.enable()
        with collector_paused(keep=True):
            made_on = [[] for _ in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen_before + len(made_on)
    finally:
        gc.unfreeze()
        (gc.enable if was_enabled else gc.disable)()


class _Node:
    """An object that can sit in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.me = self


def test_keep_what_lives_frees_what_an_earlier_freeze_held_and_freezes_the_rest() -> None:
    import weakref

    try:
        old_window = _Node()  # what the first window held
        gone = weakref.ref(old_window)
        keep_what_lives()
        assert gc.get_freeze_count() > 0
        del old_window  # closed: garbage now, but frozen
        gc.collect()
        assert gone() is not None  # a collection does not look at frozen objects
        new_window = _Node()
        keep_what_lives()  # the next window has started
        assert gone() is None
        assert gc.get_freeze_count() > 0
        gc.collect()
        assert new_window.me is new_window
    finally:
        gc.unfreeze()


def test_a_command_run_in_someone_elses_process_freezes_nothing(tmp_path: Path) -> None:
    from kpidesk.cli import run

    was_enabled = gc.isenabled()
    frozen_before = gc.get_freeze_count()
    try:
        gc.enable()
        assert run(["--db", str(tmp_path / "k.db"), "kpis", "--period", "2026", "--json"]) == 0
        assert gc.get_freeze_count() == frozen_before
    finally:
        (gc.enable if was_enabled else gc.disable)()
