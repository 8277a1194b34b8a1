"""`kpis --json` follows the shape of issue 3; the table prints; bad periods are refused."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kpidesk.cli import run
from kpidesk.services.store.database import Database
from tests import factories as f

SHAPE = {
    "period": {"from", "to"},
    "action": {"activities", "activity_points", "by_type", "target_points"},
    "result": {
        "qualified_leads",
        "target_qualified_leads",
        "won_deals",
        "won_value",
        "target_won_value",
        "new_customers",
        "upsells",
    },
    "pipeline": {"open_deals", "open_value", "weighted_value", "target", "coverage"},
    "velocity": {
        "won_deals",
        "avg_days_to_win",
        "median_days_to_win",
        "avg_days_in_stage",
        "stale_deals",
    },
    "relationship": {
        "active_customers",
        "retention_rate",
        "avg_relationship_days",
        "at_risk_customers",
    },
    "insight": {"win_rate", "stage_conversion", "won_value_growth"},
}
REP_KEYS = {
    "activities",
    "activity_points",
    "qualified_leads",
    "won_deals",
    "won_value",
    "avg_days_to_win",
    "open_value",
}


def test_json_shape(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bram = f.rep(db, "Bram")
    f.activity(db, "Phone call", date(2026, 8, 3), rep_id=bram)
    f.deal(
        db,
        "w",
        stage="Won",
        owner_id=bram,
        value=1234_56,
        closed=date(2026, 9, 30),
        first_contact=date(2026, 9, 1),
    )
    db.dispose()
    assert run(["--db", str(db_path), "kpis", "--period", "2026-Q3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["period"] == {"from": "2026-07-01", "to": "2026-09-30"}
    assert data["rep"] is None
    for key, keys in SHAPE.items():
        assert keys <= set(data[key]), key
    assert data["action"]["by_type"] == {"Phone call": {"count": 1, "points": 2}}
    assert data["result"]["won_value"] == 1234.56
    assert isinstance(data["result"]["won_value"], float)
    assert data["insight"]["stage_conversion"][0]["from"] == "Lead in"
    assert {"from", "rate"} <= set(data["insight"]["stage_conversion"][0])
    assert set(data["by_rep"]["Bram"]) >= REP_KEYS
    assert "win_rate" not in data["by_rep"]["Bram"]  # insight never beside a name
    assert data["velocity"]["avg_days_to_win"] == 29


def test_rep_custom_period_and_table(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f.rep(db, "Bram")
    db.dispose()
    args = ["--db", str(db_path), "kpis", "--from", "2026-01-05", "--to", "2026-02-01"]
    assert run([*args, "--rep", "bram", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rep"] == "Bram" and data["period"]["to"] == "2026-02-01"
    assert run(["--lang", "nl", *args]) == 0
    assert "Gekwalificeerde leads" in capsys.readouterr().out


def test_refusals(db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db.dispose()
    assert run(["--db", str(db_path), "kpis", "--period", "2026-13"]) == 1
    assert "not a period" in capsys.readouterr().err
    assert run(["--db", str(db_path), "kpis", "--rep", "Nobody"]) == 1
    assert "Nobody" in capsys.readouterr().err
