"""Import safety: a backup before imports of more than 1,000 rows; formulas are never run."""

from __future__ import annotations

import contextlib
import csv
from pathlib import Path

import openpyxl
from sqlalchemy import select

from kpidesk.data.models import Organisation
from kpidesk.services.errors import ServiceError
from kpidesk.services.imports.sheet import ImportOptions, import_sheet
from kpidesk.services.store import backups
from kpidesk.services.store.database import Database, open_database


def leads_csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Bedrijf", "Medewerkers"])
        writer.writerows([f"Bedrijf {n}", "10"] for n in range(rows))
    return path


def test_backup_before_imports_of_more_than_1000_rows(db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)  # backups are of files: SQLite only
    import_sheet(db, "leads", leads_csv(tmp_path / "small.csv", 1000))
    assert backups.list_backups(db) == []
    import_sheet(db, "leads", leads_csv(tmp_path / "dry.csv", 1001), ImportOptions(dry_run=True))
    assert backups.list_backups(db) == []  # a dry run writes nothing, so needs no backup
    import_sheet(db, "leads", leads_csv(tmp_path / "big.csv", 1001))
    made = backups.list_backups(db)
    assert [b.reason for b in made] == ["before-import"]
    import sqlite3

    conn = sqlite3.connect(made[0].path)  # the backup holds the state before the big import
    assert conn.execute("SELECT count(*) FROM leads").fetchone()[0] == 1000
    conn.close()
    db.dispose()


def test_formulas_are_read_as_their_saved_value_never_evaluated(
    db: Database, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Bedrijf", "Medewerkers"])
    sheet.append(["Bakkerij Vos", 12])
    # openpyxl saves no cached result: a reader that evaluated formulas would find "2" and
    # the web address; one that reads saved values finds nothing.
    sheet.append(["=1+1", '=WEBSERVICE("http://example.invalid/")'])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    with contextlib.suppress(ServiceError):  # an empty company is a problem: also fine
        import_sheet(db, "leads", path)
    with db.read() as session:
        names = set(session.scalars(select(Organisation.name)))
    assert "2" not in names
    assert not any(name.startswith("=") for name in names)
