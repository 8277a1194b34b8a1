"""An import that updates rows: what it writes, and the old values it keeps for the undo."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kpidesk.data.models import Contact, Deal, ImportRun, Lead, Organisation
from kpidesk.services.imports import records as import_records
from kpidesk.services.imports.sheet import ImportOptions, import_sheet, undo_import
from kpidesk.services.store.database import Database
from tests import factories as f

HEADER = ["Bedrijf", "Contactpersoon", "E-mail", "Telefoon", "Plaats", "Medewerkers",
          "Status", "Notities", "Extern id", "Eigenaar"]  # fmt: skip
FIRST = [
    ["Alfa B.V.", "Anke", "anke@alfa.nl", "06-1", "Utrecht", "10", "Nieuw", "", "L-1", "Anna"],
    ["Beta", "", "", "", "Zwolle", "", "Nieuw", "eerste", "L-2", ""],  # no contact yet
    ["Gamma", "Gijs", "gijs@gamma.nl", "", "", "30", "Gekwalificeerd", "", "L-3", "Bram"],
    ["Delta", "Dirk", "dirk@delta.nl", "06-4", "Breda", "", "Nieuw", "", "L-4", "Anna"],
]
SECOND = [
    # the lead (status, owner, notes), its organisation (city, employees), its contact (phone)
    ["Alfa B.V.", "Anke", "anke@alfa.nl", "06-9", "Amersfoort", "12", "Gekwalificeerd",
     "gebeld", "L-1", "Bram"],
    ["Beta", "Bea", "bea@beta.nl", "", "", "", "", "", "L-2", ""],  # a contact is added
    ["Gamma", "Gijs", "gijs@gamma.nl", "", "", "30", "Gekwalificeerd", "", "L-3", "Bram"],  # same
    ["Delta", "Dirk", "dirk@delta.nl", "", "Breda", "40", "Gediskwalificeerd", "", "L-4", ""],
]  # fmt: skip


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *rows])
    return path


def _content(db: Database) -> list[tuple[Any, ...]]:
    """What the leads show, by name (ids differ between backends and runs)."""
    with db.read() as s:
        rows = s.execute(
            select(
                Organisation.name,
                Organisation.city,
                Organisation.employees,
                Lead.status,
                Lead.owner_id,
                Lead.notes,
                Lead.qualified_at,
                Contact.name,
                Contact.email,
                Contact.phone,
            )
            .join(Organisation, Lead.organisation_id == Organisation.id)
            .outerjoin(Contact, Lead.contact_id == Contact.id)
        )
        return sorted(tuple(r) for r in rows)


def _updated(db: Database, run_id: int) -> dict[str, Any]:
    with db.read() as s:
        run = s.get(ImportRun, run_id)
        assert run is not None
        return dict(run.undo_data["updated"])


def test_updating_leads_keeps_the_values_the_database_held(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f.rep(db, "Anna")
    f.rep(db, "Bram")
    import_sheet(db, "leads", _csv(tmp_path / "first.csv", FIRST))
    first = _content(db)
    with db.read() as s:
        stamps = dict(s.execute(select(Lead.external_id, Lead.updated_at)).all())
    second = _csv(tmp_path / "second.csv", SECOND)

    summary = import_sheet(db, "leads", second)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 3, 1)
    written = _content(db)
    assert written != first
    assert written[0][:4] == ("Alfa B.V.", "Amersfoort", 12, "qualified")
    assert written[1][7:] == ("Bea", "bea@beta.nl", None)
    with db.read() as s:
        now = dict(s.execute(select(Lead.external_id, Lead.updated_at)).all())
    assert now["L-1"] > stamps["L-1"] and now["L-3"] == stamps["L-3"]  # only changed leads
    assert isinstance(now["L-1"], datetime)
    kept = _updated(db, summary.run_id or 0)
    assert set(kept) == {"leads", "organisations", "contacts"}
    undo_import(db, summary.run_id or 0)
    assert _content(db) == first

    # The same import reading each row's old values back from the database, as before the
    # importer handed them over: the same rows written, the same values kept.
    original = import_records.update_rows
    monkeypatch.setattr(
        import_records, "update_rows", lambda s, model, changes, log, _before: original(
            s, model, changes, log
        ),
    )  # fmt: skip
    again = import_sheet(db, "leads", second)
    assert _content(db) == written
    assert _updated(db, again.run_id or 0) == kept


def test_updating_deals_counts_their_version_and_moment_of_change(
    db: Database, tmp_path: Path
) -> None:
    def deals(name: str, value: str) -> Path:
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle, delimiter=";").writerows(
                [["Titel", "Fase", "Waarde"], ["A", "Offerte", value]]
            )
        return path

    import_sheet(db, "deals", deals("d1.csv", "100"))
    with db.read() as s:
        before = s.execute(select(Deal.version, Deal.updated_at, Deal.value_cents)).one()
    summary = import_sheet(db, "deals", deals("d2.csv", "150"), ImportOptions())
    assert summary.updated == 1
    with db.read() as s:
        after = s.execute(select(Deal.version, Deal.updated_at, Deal.value_cents)).one()
    assert after.value_cents == 15_000 and after.version == before.version + 1
    assert after.updated_at > before.updated_at
    undo_import(db, summary.run_id or 0)
    with db.read() as s:
        assert s.scalar(select(Deal.value_cents)) == 10_000


def test_undo_gives_back_an_overwritten_date_as_a_date(db: Database, tmp_path: Path) -> None:
    """The undo data keeps dates as ISO text (the engine's JSON serializer) and reads them
    back as dates: the created date an import changed is the old date again after the undo."""
    header = ["Bedrijf", "Aangemaakt", "Extern id"]
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    for path, day in ((first, "3-2-2025"), (second, "9-11-2026")):
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle, delimiter=";").writerows([header, ["Alfa B.V.", day, "L-1"]])
    import_sheet(db, "leads", first)
    summary = import_sheet(db, "leads", second)
    assert summary.updated == 1
    kept = _updated(db, summary.run_id or 0)["leads"]
    assert [row["created_date"] for row in kept.values()] == ["2025-02-03"]
    undo_import(db, summary.run_id or 0)
    with db.read() as s:
        assert s.scalar(select(Lead.created_date)) == date(2025, 2, 3)
