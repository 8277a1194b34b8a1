"""The leads import's column-wise fast path writes exactly what the row-by-row pass writes."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kpidesk.data.models import Contact, Lead, Organisation
from kpidesk.services.imports import records as import_records
from kpidesk.services.imports.sheet import import_sheet, undo_import
from kpidesk.services.store.database import Database
from tests import factories as f

HEADER = [
    "Bedrijf", "Voornaam", "Achternaam", "E-mail", "Telefoon", "Plaats", "Branche",
    "Medewerkers", "Bron", "Eigenaar", "Aangemaakt", "Status", "Gekwalificeerd op", "Notities",
    "Extern id",
]  # fmt: skip
ROWS = [
    ["Bakker B.V.", "Piet", "Bakker", "piet@bakker.nl", "06-1", "Zwolle", "", "12", "Beurs",
     "anna", "03-01-2024", "nieuw", "", "", "B-1"],
    ["bakker bv", "Els", "", "", "", "", "Food", "", "", "", "04-01-2024", "", "", "", ""],
    ["Bakker  B.V.", "", "", "", "", "Deventer", "", "", "", "Bram", "", "", "", "", ""],
    ["Café Noord", "", "Jansen", "info@noord.nl", "", "", "", "", "Website", "", "",
     "Gekwalificeerd", "", "Lang verhaal", ""],
    ["Smit VOF", "", "", "", "", "", "", "", "", "", "05-01-2024", "", "09-01-2024", "", "S-7"],
    ["Acme", "Jo", "", "jo@acme.nl", "", "", "", "", "", "", "06-01-2024", "afgewezen", "",
     "", ""],
]  # fmt: skip


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "leads.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    return path


def _content(db: Database) -> list[tuple[object, ...]]:
    with db.read() as s:
        query = (
            select(
                Organisation.name, Organisation.name_key, Organisation.city,
                Organisation.industry, Organisation.employees, Contact.name, Contact.email,
                Contact.phone, Lead.owner_id, Lead.source, Lead.created_date, Lead.status,
                Lead.qualified_at, Lead.notes, Lead.external_id, Lead.checklist,
            )
            .join(Organisation, Lead.organisation_id == Organisation.id)
            .outerjoin(Contact, Lead.contact_id == Contact.id)
            .order_by(Lead.id)
        )  # fmt: skip
        return [tuple(row) for row in s.execute(query)]


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            len(s.scalars(select(m.id)).all()) for m in (Organisation, Contact, Lead)
        )


def test_fast_path_matches_row_by_row_import(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f.rep(db, "Anna")
    f.rep(db, "Bram")
    path = _file(tmp_path)
    used: list[bool] = []
    original = import_records.import_new_leads

    def recorded(*args: Any) -> bool:
        used.append(original(*args))
        return used[-1]

    monkeypatch.setattr(import_records, "import_new_leads", recorded)
    fast = import_sheet(db, "leads", path)
    assert used == [True]
    fast_rows = _content(db)
    assert fast.created == len(ROWS) and _counts(db) == (4, 4, 6)
    undo_import(db, fast.run_id or 0)
    assert _counts(db) == (0, 0, 0)

    monkeypatch.setattr(import_records, "import_new_leads", lambda *_a: False)
    slow = import_sheet(db, "leads", path)
    assert _content(db) == fast_rows
    assert (slow.created, slow.updated, slow.skipped) == (fast.created, 0, 0)
    assert slow.created_references == fast.created_references
