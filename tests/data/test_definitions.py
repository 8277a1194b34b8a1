"""Each KPI rule lives in one place: change it there and every figure follows.

The tests change nothing but the definition in ``kpidesk.data.definitions`` (through pytest's
``monkeypatch`` fixture) and check the tiles, the drill-down behind them, the meeting workbook
and the table export.  A second copy of a rule anywhere would keep the old answer and fail.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import and_

from kpidesk.core.periods import Period
from kpidesk.data.database import Database
from kpidesk.data.definitions import deals as deal_rules
from kpidesk.data.definitions import leads as lead_rules
from kpidesk.data.models import Deal, Lead
from kpidesk.services.exporting import export_table
from kpidesk.services.kpis.details import QUALIFIED_LEADS, WON_DEALS, details
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.kpis.workbook import build_kpi_workbook
from kpidesk.services.leads.qualification import qualified_leads_by_month, qualified_progress
from kpidesk.services.leads.records import LeadFilter
from tests import factories as f

JUNE = Period.month(2026, 6)
TODAY = date(2026, 7, 3)


@pytest.fixture
def team(db: Database) -> Database:
    eva = f.rep(db, "Eva")
    for i, fit in enumerate((80, 60, 20)):
        org = f.org(db, f"Bedrijf {i}")
        f.lead(
            db,
            org,
            owner_id=eva,
            created=date(2026, 5, 20),
            status="qualified",
            qualified_at=date(2026, 6, 2 + i),
            fit_score=fit,
        )
        f.deal(
            db,
            f"Deal {i}",
            stage="Won",
            owner_id=eva,
            organisation_id=org,
            value=(i + 1) * 1000_00,
            first_contact=date(2026, 5, 1),
            closed=date(2026, 6, 10 + i),
        )
    return db


def qualified_everywhere(db: Database, tmp_path: Path) -> dict[str, int]:
    report = compute_kpis(db, JUNE, today=TODAY)
    workbook = build_kpi_workbook(db, JUNE, None, "en", TODAY)
    june = [row for row in workbook.monthly.rows if row[0] == workbook.monthly.rows[-1][0]]
    out = tmp_path / "qualified.csv"
    export_table(
        db,
        "leads",
        out,
        filters=LeadFilter(status="qualified", created_from=JUNE.start, created_to=JUNE.end),
    )
    with out.open(encoding="utf-8-sig", newline="") as handle:
        exported = len(list(csv.DictReader(handle)))
    return {
        "tile": report.result.qualified_leads,
        "series": report.series.qualified_leads[-1] if report.series else -1,
        "drill-down": len(details(db, QUALIFIED_LEADS, JUNE.start, JUNE.end).rows),
        "workbook": june[0][1],
        "export": exported,
        "leads view": qualified_leads_by_month(db, JUNE.start, JUNE.end)[JUNE.start],
        "progress": qualified_progress(db, today=date(2026, 6, 30)).count,
    }


def test_qualified_lead_is_defined_in_one_place(
    team: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert set(qualified_everywhere(team, tmp_path).values()) == {3}

    stock = lead_rules.qualified_in

    def fit_enough(start: date, end: date):  # a stricter rule: the checklist score counts too
        return and_(stock(start, end), Lead.fit_score >= 50)

    monkeypatch.setattr(lead_rules, "qualified_in", fit_enough)
    assert qualified_everywhere(team, tmp_path) == dict.fromkeys(
        ["tile", "series", "drill-down", "workbook", "export", "leads view", "progress"], 2
    )


def won_everywhere(db: Database) -> dict[str, int]:
    report = compute_kpis(db, JUNE, today=TODAY)
    workbook = build_kpi_workbook(db, JUNE, None, "en", TODAY)
    june = [row for row in workbook.monthly.rows if row[0] == workbook.monthly.rows[-1][0]]
    drill = details(db, WON_DEALS, JUNE.start, JUNE.end).rows
    won_word = {row[3] for row in workbook.closed_deals.rows}
    assert won_word <= {"Won"}
    return {
        "tile deals": report.result.won_deals,
        "tile euros": report.result.won_value_cents // 1000_00,
        "drill-down": len(drill),
        "drill-down euros": sum(row.value_cents or 0 for row in drill) // 1000_00,
        "workbook closed sheet": len(workbook.closed_deals.rows),
        "workbook euros per month": int(june[0][3]) // 1000,
    }


def test_won_in_the_period_is_defined_in_one_place(
    team: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = won_everywhere(team)
    assert before == {
        "tile deals": 3,
        "tile euros": 6,
        "drill-down": 3,
        "drill-down euros": 6,
        "workbook closed sheet": 3,
        "workbook euros per month": 6,
    }
    stock_won, stock_closed = deal_rules.won_in, deal_rules.closed_in

    def big_only(start: date, end: date):  # only deals of € 2,000 and more count as won
        return and_(stock_won(start, end), Deal.value_cents >= 2000_00)

    def closed_big(start: date, end: date):
        return and_(stock_closed(start, end), Deal.value_cents >= 2000_00)

    monkeypatch.setattr(deal_rules, "won_in", big_only)
    monkeypatch.setattr(deal_rules, "closed_in", closed_big)
    assert won_everywhere(team) == {
        "tile deals": 2,
        "tile euros": 5,
        "drill-down": 2,
        "drill-down euros": 5,
        "workbook closed sheet": 2,
        "workbook euros per month": 5,
    }
