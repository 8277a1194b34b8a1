"""The Activities view and its export hold the same rows for the same search."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from kpidesk.data.database import Database
from kpidesk.services.activities.records import ActivityFilter, list_activities
from kpidesk.services.exporting import export_table
from tests import factories as f


def test_a_search_exports_exactly_the_rows_the_view_shows(db: Database, tmp_path: Path) -> None:
    eva = f.rep(db, "Eva")
    bakker = f.org(db, "Bakker BV")
    visser = f.org(db, "Visser Techniek")
    deal = f.deal(db, "Website", owner_id=eva, organisation_id=bakker)
    f.activity(db, "Phone call", date(2026, 6, 2), rep_id=eva, organisation_id=bakker, deal_id=deal)
    f.activity(db, "Phone call", date(2026, 6, 3), rep_id=eva, organisation_id=visser)
    # An old row filed on the deal alone: its company is the deal's, in the view and the export
    # alike (the Activities view used to show it without a company, the export with one).
    f.activity(db, "Phone call", date(2026, 6, 4), rep_id=eva, deal_id=deal)

    flt = ActivityFilter(search="bakker")
    shown = list_activities(db, flt)
    out = tmp_path / "activities.csv"
    result = export_table(db, "activities", out, filters=flt)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        exported = list(csv.reader(handle))[1:]
    assert shown.total == result.rows == len(exported) == 2
    assert [(r.date, r.organisation) for r in shown.rows] == [
        (date(2026, 6, 4), "Bakker BV"),
        (date(2026, 6, 2), "Bakker BV"),
    ]
    assert sorted(row[3] for row in exported) == ["Bakker BV", "Bakker BV"]
