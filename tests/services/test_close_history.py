"""The expected close date's history: every change kept, an undone edit leaves no trace."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from kpidesk.data.models import Deal, DealCloseChange
from kpidesk.services.deals import detail as records
from kpidesk.services.imports.sheet import import_sheet, undo_import
from kpidesk.services.store.database import Database
from tests import factories as f


def _history(db: Database, deal_id: int) -> list[tuple[date | None, date | None]]:
    with db.read() as s:
        return [
            (r.old_date, r.new_date)
            for r in s.scalars(
                select(DealCloseChange)
                .where(DealCloseChange.deal_id == deal_id)
                .order_by(DealCloseChange.id)
            )
        ]


def _edit(db: Database, deal_id: int, **changes: object) -> records.EditResult:
    opened = records.get_deal(db, deal_id)
    values = replace(opened.fields, **changes)  # type: ignore[arg-type]
    return records.update_deal(db, deal_id, values, expected_version=opened.version)


def test_each_change_of_the_close_date_is_kept_and_other_edits_are_not(db: Database) -> None:
    deal = f.deal(db, "Licenties", expected_close=date(2026, 3, 1))
    _edit(db, deal, value_cents=5000_00)  # the date stays: nothing to keep
    _edit(db, deal, expected_close=date(2026, 4, 1))
    _edit(db, deal, expected_close=None)
    _edit(db, deal, expected_close=date(2026, 2, 15))
    assert _history(db, deal) == [
        (date(2026, 3, 1), date(2026, 4, 1)),
        (date(2026, 4, 1), None),
        (None, date(2026, 2, 15)),
    ]


def test_an_undone_edit_removes_its_row_and_a_redo_writes_it_again(db: Database) -> None:
    deal = f.deal(db, "Onderhoud", expected_close=date(2026, 3, 1))
    edit = _edit(db, deal, expected_close=date(2026, 5, 1))
    undone = records.revert_edit(db, edit)
    assert _history(db, deal) == []
    assert records.get_deal(db, deal).fields.expected_close == date(2026, 3, 1)
    records.update_deal(db, deal, edit.after, expected_version=undone.version)
    assert _history(db, deal) == [(date(2026, 3, 1), date(2026, 5, 1))]


def test_a_new_deal_has_no_history(db: Database) -> None:
    stage = f.stage_id(db, "Lead in")
    made = records.create_deal(
        db,
        records.DealFields("Nieuw", "Bakker BV", None, 100_00, None, None, date(2026, 6, 1), None),
        stage,
    )
    assert _history(db, made.deal_id) == []


def test_an_import_that_moves_the_close_date_keeps_it_and_its_undo_removes_it(
    db: Database, tmp_path: Path
) -> None:
    def sheet(name: str, rows: list[list[str]]) -> Path:
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle, delimiter=";").writerows(rows)
        return path

    header = ["Titel", "Fase", "Waarde", "Verwachte sluitdatum"]
    import_sheet(db, "deals", sheet("a.csv", [header, ["A", "Offerte", "100", "01-03-2026"]]))
    with db.read() as s:
        deal = int(s.scalar(select(Deal.id).where(Deal.title == "A")))
    assert _history(db, deal) == []  # a new deal's first date is no change
    again = sheet("b.csv", [header, ["A", "Offerte", "100", "01-03-2026"]])
    import_sheet(db, "deals", again)
    assert _history(db, deal) == []  # the same date: nothing changed
    later = sheet("c.csv", [header, ["A", "Offerte", "100", "15-04-2026"]])
    summary = import_sheet(db, "deals", later)
    assert _history(db, deal) == [(date(2026, 3, 1), date(2026, 4, 15))]
    undo_import(db, summary.run_id)  # type: ignore[arg-type]
    assert _history(db, deal) == []
