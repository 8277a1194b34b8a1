"""KPIDesk makes no network connection: a command-line session under a socket audit hook."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.reliability.conftest import ROOT

# Runs the commands in one process; any socket.connect (or DNS lookup) is reported and
# refused.  A PostgreSQL address the user gave would be the one allowed exception; this
# flow uses a file, so nothing at all is allowed.
SCRIPT = textwrap.dedent(
    """
    import sys

    attempts = []

    def hook(event, args):
        if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname"):
            attempts.append((event, repr(args[1:] if event == "socket.connect" else args)))
            raise OSError("network use blocked by the test")

    sys.addaudithook(hook)
    from kpidesk.cli import run

    db, out = sys.argv[1], sys.argv[2]
    codes = [
        run(["--db", db, "backup"]),
        run(["--db", db, "backup", out]),
        run(["--db", db, "backup", "--list"]),
        run(["--db", db, "kpis"]),
        run(["--db", db, "restore", out]),
    ]
    print("codes", codes)
    print("attempts", attempts)
    """
)


@pytest.mark.slow
def test_command_line_flow_makes_no_connection(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "team.db"), str(tmp_path / "copy.db")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT), "KPIDESK_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 0, result.stderr
    assert "attempts []" in result.stdout, result.stdout
    assert "codes [0, 0, 0, 0, 0]" in result.stdout, result.stdout + result.stderr


def test_the_hook_would_see_a_connection(tmp_path: Path) -> None:
    """The audit event the test relies on fires for a plain connect (so the test can fail)."""
    script = textwrap.dedent(
        """
        import socket, sys
        seen = []
        sys.addaudithook(lambda e, a: seen.append(e) if e == "socket.connect" else None)
        s = socket.socket()
        try:
            s.connect(("127.0.0.1", 9))
        except OSError:
            pass
        print("socket.connect" in seen)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == "True"
