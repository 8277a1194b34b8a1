"""``kpidesk plan``: the hand-computed funnel as JSON and text, money both ways, --apply."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kpidesk.cli import run
from kpidesk.data.models import KPI_QUALIFIED_LEADS
from kpidesk.services.kpis.target_grid import target_grid
from kpidesk.services.store.database import Database
from tests.services.test_planner import team

Q1_START = date(2027, 1, 1)
ARGS = ["plan", "--period", "2027-Q1", "--today", "2026-12-06"]


def test_plan_json_gives_the_hand_computed_funnel_and_targets(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team(db)
    db.dispose()
    assert run(["--db", str(db_path), *ARGS, "--revenue", "€ 40.000", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["needed"] == {
        "qualified_leads": 24, "intakes": 20, "proposals": 16, "won_deals": 8,
        "activity_points": 160,
    }  # fmt: skip
    assert data["rates"]["proposal_to_won"] == 0.5 and data["rates"]["average_won"] == 5000.0
    bram = next(t for t in data["targets"] if t["rep"] == "Bram" and t["kpi"] == "qualified_leads")
    assert bram["months"] == [3, 4, 5] and bram["last_quarter"] == 6
    assert data["revenue_back"] >= 40_000 and data["written"] is None


def test_plan_in_words_english_amount_and_apply(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bram, _eva = team(db)
    db.dispose()
    assert run(["--db", str(db_path), *ARGS, "--revenue", "40,000.00"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("For €40,000 in Q1 2027 you need: 24 qualified leads")
    assert "Nothing written yet" in out
    assert run(["--db", str(db_path), *ARGS, "--revenue", "40000", "--apply"]) == 0
    assert "18 month targets written." in capsys.readouterr().out  # 2 reps × 3 KPIs × 3
    grid = target_grid(db, KPI_QUALIFIED_LEADS, Q1_START, 3)
    assert dict(zip(grid.rep_ids, grid.rep_values, strict=True))[bram] == (3, 4, 5)


def test_bad_amounts_and_an_empty_database_say_why(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.dispose()
    assert run(["--db", str(db_path), *ARGS, "--revenue", "lots"]) != 0
    assert "'lots' is not an amount" in capsys.readouterr().err
    assert run(["--db", str(db_path), *ARGS, "--revenue", "200.000", "--apply"]) != 0
    assert "not enough history" in capsys.readouterr().out
