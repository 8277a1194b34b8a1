"""``kpidesk forecast``: the hand-computed forecast as JSON and as sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kpidesk.cli import run
from kpidesk.services.store.database import Database
from tests import factories as f
from tests.services.test_forecast import history, open_deal


def test_forecast_json_gives_the_hand_computed_chances(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bram = f.rep(db, "Bram")
    history(db, bram)
    open_deal(db, bram, "Fresh", 3, 10_000, None)
    db.dispose()
    assert (
        run(["--db", str(db_path), "forecast", "--months", "2", "--json", "--today", "2026-12-10"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["history_deals"] == 20
    assert [m["month"] for m in data["months"]] == ["2026-12", "2027-01"]
    # Fresh: 3 days in Proposal, 10 of 20 such deals won: 50 %; closes 5 days after entering.
    assert data["deals"][0]["chance"] == 0.5 and data["deals"][0]["close_estimated"]
    assert data["months"][0]["expected"] == 5000.0 and data["months"][0]["weighted"] == 6000.0
    assert (data["months"][0]["p10"], data["months"][0]["p90"]) == (0.0, 10000.0)


def test_forecast_in_words_and_a_wrong_option(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.dispose()
    assert run(["--db", str(db_path), "forecast", "--today", "2026-12-10"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Dec 2026: expected €0 (between €0 and €0).")
    assert run(["--db", str(db_path), "forecast", "--months", "13"]) != 0
    assert "1 to 12" in capsys.readouterr().err
