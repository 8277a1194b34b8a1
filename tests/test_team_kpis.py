"""The same team data gives the same ``kpis --json`` figures on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from kpidesk.cli import run
from kpidesk.services.store.database import Database, open_database
from kpidesk.services.team.access import migrate_to
from tests import factories as f

START = date(2026, 1, 5)


def _team(db: Database) -> None:
    """Three reps over most of a year: leads, activities, moves, wins, losses and customers."""
    reps = [f.rep(db, name) for name in ("Anna", "Bram", "Chantal")]
    f.rep(db, "Mieke", role="manager")
    kinds = ("Phone call", "Intake meeting", "E-mail", "Proposal sent", "Voicemail")
    for i in range(60):
        rep = reps[i % 3]
        day = START + timedelta(days=4 * i)
        org = f.org(db, f"Klant {i}", city="Utrecht", employees=20 + i)
        qualified = i % 2 == 0
        f.lead(
            db,
            org,
            owner_id=rep,
            created=day,
            status="qualified" if qualified else "new",
            qualified_at=day + timedelta(days=3) if qualified else None,
        )
        f.activity(
            db, kinds[i % len(kinds)], day + timedelta(days=1), rep_id=rep, organisation_id=org
        )
        f.activity(db, kinds[(i + 2) % len(kinds)], day + timedelta(days=9), rep_id=rep)
        history = [
            (None, "Lead in", f.at(day)),
            ("Lead in", "Intake", f.at(day + timedelta(days=5 + i % 4))),
        ]
        stage, closed = "Intake", None
        if i % 3 == 0:
            history.append(("Intake", "Won", f.at(day + timedelta(days=20 + i % 7))))
            stage, closed = "Won", day + timedelta(days=20 + i % 7)
        elif i % 5 == 0:
            history.append(("Intake", "Lost", f.at(day + timedelta(days=15))))
            stage, closed = "Lost", day + timedelta(days=15)
        f.deal(
            db,
            f"Deal {i}",
            stage=stage,
            owner_id=rep,
            organisation_id=org,
            value=(i + 1) * 1250_00,
            first_contact=day,
            closed=closed,
            history=history,
        )
        if stage == "Won":
            f.customer(
                db,
                org,
                closed,
                owner_id=rep,
                value=(i + 1) * 100_00,
                last_contact_date=closed + timedelta(days=30),
                churned=closed + timedelta(days=120) if i % 4 == 0 else None,
            )
    for month in range(1, 13):
        f.target(db, "qualified_leads", date(2026, month, 1), 4 + month // 3)
        f.target(db, "activity_points", date(2026, month, 1), 40, rep_id=reps[0])


def _kpis(target: str, capsys: pytest.CaptureFixture[str], *extra: str) -> object:
    assert run(["--db", target, "kpis", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_kpis_json_equal_on_sqlite_and_postgresql(
    db_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    local = open_database(db_path)
    try:
        _team(local)
        migrate_to(local, pg_url)
    finally:
        local.dispose()
    for extra in (
        ("--period", "2026"),
        ("--period", "2026-Q2"),
        ("--period", "2026-03"),
        ("--period", "2026", "--rep", "Bram"),
    ):
        on_file = _kpis(str(db_path), capsys, *extra)
        on_server = _kpis(pg_url, capsys, *extra)
        assert on_file == on_server, extra
    year = _kpis(pg_url, capsys, "--period", "2026")
    assert year["result"]["won_deals"] == 20  # the data is really there  # type: ignore[index]
