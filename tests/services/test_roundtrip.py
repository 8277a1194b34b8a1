"""Export then import: every table kind, both languages, both formats, no changes, no duplicates.

Two promises are checked for each kind × language × format:

* importing an export back into the database it came from creates nothing and changes nothing
  (issue 8: "re-importing an export creates no duplicates");
* importing it into a fresh database and exporting again gives the same file, cell for cell
  (issue 9: "export then import round-trips each table kind with no changes").

The team holds the awkward values: formula-like text, accents, an apostrophe-led place name,
cents, empty optional fields, qualified and disqualified leads, won and lost deals, churned
customers, team and rep targets for money and count KPIs, and repeated contact moments.
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from kpidesk.data.database import Database
from kpidesk.data.models import (
    Activity,
    ActivityType,
    AgreedAction,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    Lead,
    Organisation,
    Stage,
    Target,
    TeamMember,
)
from kpidesk.excel.fields import KINDS
from kpidesk.services.exporting import export_table
from kpidesk.services.imports.sheet import ImportOptions, import_sheet
from kpidesk.services.store.database import open_database
from tests import factories as f

LANGS = ("en", "nl")
SUFFIXES = (".xlsx", ".csv")
# Everything the import may touch; bookkeeping moments (updated_at) are left out.
TABLES = (
    TeamMember, Organisation, Contact, Lead, Stage, Deal, DealStageHistory, Customer,
    ActivityType, Activity, Target, AgreedAction,
)  # fmt: skip
# What a fresh database needs before a kind can be imported (activities name their deals).
PREREQUISITES = {"activities": ("deals",)}


def build_team(db: Database) -> None:
    """A small team whose every value is one an export could get wrong."""
    sanne = f.rep(db, "Sanne Jansen")
    anouk = f.rep(db, "Anouk Blanché")
    evil = f.org(db, "=Evil B.V.", city="'s-Hertogenbosch", industry="ICT", employees=25)
    cafe = f.org(db, "Café 't Hoekje", city="Zwolle")
    bakery = f.org(db, "Bakkerij Één", industry="Voeding", employees=1200)
    home = f.org(db, "@Home Installaties")
    plus = f.org(db, "+Plus Zorg", city="Utrecht")
    with db.write() as s:
        jan = Contact(
            organisation_id=evil, name="Jan de Vries", email="Jan.deVries@Evil.nl",
            phone="+31 6 1234 5678",
        )  # fmt: skip
        zoe = Contact(organisation_id=cafe, name="Zoë Çelik")
        piet = Contact(organisation_id=bakery, name="Piet Bakker", phone="-")
        kees = Contact(organisation_id=bakery, name="Kees de Bakker")
        s.add_all([jan, zoe, piet, kees])
        s.flush()
        contacts = (jan.id, zoe.id, piet.id, kees.id)
    f.lead(
        db, evil, owner_id=sanne, created=date(2026, 1, 5), status="qualified",
        qualified_at=date(2026, 1, 9), contact_id=contacts[0], source="@event",
        notes="-2+3 korting\nTweede regel: 'quote' en \"dubbel\"", external_id="L-001",
    )  # fmt: skip
    f.lead(
        db, cafe, created=date(2025, 12, 31), status="disqualified", contact_id=contacts[1],
        disqualify_reason="-Te klein: 2 medewerkers",
    )  # fmt: skip
    # Two leads of one company, neither with an e-mail address: two people, not one lead.
    f.lead(db, bakery, created=date(2026, 2, 28), source="Website", contact_id=contacts[2])
    f.lead(db, bakery, owner_id=anouk, created=date(2026, 3, 1), contact_id=contacts[3])
    f.lead(db, home, created=date(2026, 3, 2), notes="'=al gequote")

    one = f.deal(
        db, "Deal één", stage="Proposal", owner_id=sanne, organisation_id=evil, value=1234_56,
        first_contact=date(2026, 1, 5), expected_close=date(2026, 3, 31), product="@cloud",
        probability=60, external_id="D-1",
    )  # fmt: skip
    won = f.deal(
        db, "Onderhoud 2026", stage="Won", owner_id=anouk, organisation_id=cafe,
        value=9999_99, first_contact=date(2025, 10, 1), closed=date(2026, 1, 15),
        product="Onderhoud",
    )  # fmt: skip
    f.deal(
        db, "+Uitbreiding", stage="Lost", owner_id=sanne, organisation_id=bakery, value=500_00,
        first_contact=date(2025, 11, 3), closed=date(2026, 2, 10),
        lost_reason="-Te duur (prijs)", probability=0,
    )  # fmt: skip
    f.deal(db, "Losse deal", value=0, first_contact=None)
    f.deal(db, "Jaarcontract", organisation_id=home, value=10_00)
    yearly = f.deal(db, "Jaarcontract", organisation_id=plus, value=7_50, stage="Intake")

    note = '=HYPERLINK("http://x.nl","klik")'
    f.activity(db, "Phone call", date(2026, 1, 6), rep_id=sanne, organisation_id=evil,
               deal_id=one, note=note)  # fmt: skip
    f.activity(db, "E-mail", date(2026, 1, 7))
    f.activity(db, "Intake meeting", date(2026, 1, 8), rep_id=anouk, organisation_id=plus,
               deal_id=yearly, note="'=al gequote")  # fmt: skip
    # Logged on the deal only: the company comes from the deal.
    f.activity(db, "Presentation", date(2026, 1, 9), rep_id=anouk, deal_id=won, note="Demo ✓")
    # The same call twice on one day: two contact moments, both must survive.
    for _ in range(2):
        f.activity(db, "Phone call", date(2026, 1, 12), rep_id=sanne, organisation_id=bakery)

    f.customer(db, cafe, date(2026, 1, 15), owner_id=anouk, value=1200_50)
    f.customer(db, home, date(2024, 3, 1), churned=date(2025, 11, 30), value=0,
               churn_reason="=Prijs te hoog")  # fmt: skip
    f.customer(db, bakery, date(2023, 5, 1), churned=date(2025, 6, 30), owner_id=sanne,
               value=250_00, churn_reason="Failliet, curator: 'mr. De Wit'")  # fmt: skip

    f.target(db, "qualified_leads", date(2026, 1, 1), 20)
    f.target(db, "new_revenue", date(2026, 1, 1), 25000_50)
    f.target(db, "activity_points", date(2026, 2, 1), 150, rep_id=sanne)
    f.target(db, "pipeline_value", date(2026, 2, 1), 100000_00, rep_id=anouk)
    f.target(db, "new_revenue", date(2026, 2, 1), 12_34, rep_id=anouk)

    # Agreed actions: open and done, with and without a due day, formula-like and two lines;
    # the same text agreed on two days is two actions, two texts on one day too.
    with db.write() as s:
        s.add_all(
            [
                AgreedAction(rep_id=sanne, text="=Intake vóór elke offerte", agreed_on=date(
                    2026, 1, 6), due_on=date(2026, 1, 31), done_on=date(2026, 1, 20)),
                AgreedAction(rep_id=sanne, text="Bellen\nen nabellen", agreed_on=date(
                    2026, 1, 6)),
                AgreedAction(rep_id=sanne, text="Bellen\nen nabellen", agreed_on=date(
                    2026, 2, 3), due_on=date(2026, 2, 28)),
                AgreedAction(rep_id=anouk, text="-2 offertes per week", agreed_on=date(
                    2026, 2, 3), done_on=date(2026, 2, 3)),
            ]
        )  # fmt: skip


def _copy(source: Path, target: Path) -> Database:
    src, dest = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dest)
    src.close()
    dest.close()
    return open_database(target)


@pytest.fixture(scope="module")
def team_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("team") / "team.db"
    database = open_database(path)
    build_team(database)
    database.dispose()
    return path


@pytest.fixture
def team(team_template: Path, tmp_path: Path) -> Iterator[Database]:
    database = _copy(team_template, tmp_path / "team.db")
    yield database
    database.dispose()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "fresh.db")
    yield database
    database.dispose()


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table an import touches, as plain values."""
    result = {}
    with db.read() as s:
        for model in TABLES:
            table = model.__table__
            columns = [c for c in table.c if c.name != "updated_at"]
            rows = s.execute(select(*columns).order_by(table.c.id)).all()
            result[table.name] = [tuple(r) for r in rows]
    return result


def cells(path: Path) -> list[list[Any]]:
    """What a user sees in the file: the values (and number formats) of every cell."""
    if path.suffix == ".csv":
        return [[line] for line in path.read_bytes().split(b"\n")]
    book = openpyxl.load_workbook(path)
    try:
        sheet = book.worksheets[0]
        return [
            [(c.value, c.number_format, c.data_type, c.quotePrefix) for c in row]
            for row in sheet.iter_rows()
        ]
    finally:
        book.close()


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("on_duplicate", ["update", "skip"])
def test_reimport_into_the_same_database_changes_nothing(
    team: Database, tmp_path: Path, kind: str, lang: str, suffix: str, on_duplicate: str
) -> None:
    path = tmp_path / f"{kind}-{lang}{suffix}"
    exported = export_table(team, kind, path, lang)
    assert exported.rows > 0
    before = snapshot(team)
    summary = import_sheet(team, kind, path, ImportOptions(on_duplicate=on_duplicate))
    assert summary.created == 0, summary.describe()
    assert summary.rows == exported.rows
    # Nothing changed, so nothing is "updated": every row is unchanged (or skipped on request).
    assert summary.updated == 0, summary.describe()
    assert summary.unchanged + summary.skipped == exported.rows
    assert summary.skipped == 0 or on_duplicate == "skip"
    assert summary.in_file_duplicates == 0 or kind == "activities"
    assert not summary.created_references
    after = snapshot(team)
    for table, rows in before.items():
        assert after[table] == rows, table


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_export_of_a_fresh_import_is_the_same_file(
    team: Database, fresh: Database, tmp_path: Path, kind: str, lang: str, suffix: str
) -> None:
    options = ImportOptions(create_missing=True)
    for needed in PREREQUISITES.get(kind, ()):
        export_table(team, needed, tmp_path / f"{needed}{suffix}", lang)
        import_sheet(fresh, needed, tmp_path / f"{needed}{suffix}", options)
    first = tmp_path / f"first{suffix}"
    exported = export_table(team, kind, first, lang)
    summary = import_sheet(fresh, kind, first, options)
    assert summary.created == exported.rows
    second = tmp_path / f"second{suffix}"
    export_table(fresh, kind, second, lang)
    assert cells(second) == cells(first)


@pytest.mark.parametrize(("lang", "suffix"), [("nl", ".csv"), ("en", ".xlsx")])
def test_demo_team_round_trips_through_exports(
    demo_db: Database, fresh: Database, tmp_path: Path, lang: str, suffix: str
) -> None:
    """A realistic database: every kind re-imports without change and rebuilds the same files."""
    order = ("leads", "customers", "deals", "activities", "targets")
    files = {}
    for kind in order:
        files[kind] = tmp_path / f"{kind}{suffix}"
        export_table(demo_db, kind, files[kind], lang)
    before = snapshot(demo_db)
    for kind in order:
        summary = import_sheet(demo_db, kind, files[kind])
        assert summary.created == 0, (kind, summary.describe())
    after = snapshot(demo_db)
    for table, rows in before.items():
        assert after[table] == rows, table
    for kind in order:
        import_sheet(fresh, kind, files[kind], ImportOptions(create_missing=True))
        again = tmp_path / f"again-{kind}{suffix}"
        export_table(fresh, kind, again, lang)
        assert cells(again) == cells(files[kind]), kind


# -- the rules that make the round trip exact, one at a time ---------------------------------


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return len(s.execute(select(model.id)).all())  # type: ignore[attr-defined]


def test_several_contacts_of_one_company_without_email_are_several_leads(
    fresh: Database, tmp_path: Path
) -> None:
    rows = [
        ["Bedrijf", "Contactpersoon", "E-mail"],
        ["Bakkerij Één", "Piet Bakker", ""],
        ["Bakkerij Een", "Kees de Bakker", ""],
        ["Bakkerij Één", "piet  bakker", ""],  # the same person again
        ["Bakkerij Één", "", "Info@Bakkerij.nl"],
        ["Bakkerij Één", "Info", "info@bakkerij.NL"],  # the same address, other case
    ]
    summary = import_sheet(fresh, "leads", _csv(tmp_path / "l.csv", rows))
    assert (summary.created, summary.in_file_duplicates) == (3, 2)
    with fresh.read() as s:
        assert set(s.scalars(select(Contact.email))) == {None, "info@bakkerij.NL"}
    again = import_sheet(fresh, "leads", tmp_path / "l.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    # A row that names only the company: its one lead, or a new lead when it has several.
    only = [["Bedrijf", "Bron"], ["Bakkerij Één", "Beurs"], ["Alfa", "Beurs"]]
    import_sheet(fresh, "leads", _csv(tmp_path / "alfa.csv", [["Bedrijf"], ["Alfa"]]))
    summary = import_sheet(fresh, "leads", _csv(tmp_path / "o.csv", only))
    assert (summary.created, summary.updated) == (1, 1)
    with fresh.read() as s:
        assert s.scalar(select(Lead.source).join(Organisation).where(Organisation.name == "Alfa"))


def test_repeat_deals_of_one_company_are_told_apart_by_first_contact(
    fresh: Database, tmp_path: Path
) -> None:
    header = ["Titel", "Organisatie", "Eerste contact", "Waarde"]
    rows = [header, ["Consultancy", "Alfa", "2024-03-01", "1000"]]
    rows.append(["Consultancy", "Alfa", "2025-03-01", "2000"])
    options = ImportOptions(create_missing=True)
    assert import_sheet(fresh, "deals", _csv(tmp_path / "d.csv", rows), options).created == 2
    rows[2][3] = "2500"
    again = import_sheet(fresh, "deals", _csv(tmp_path / "d.csv", rows), options)
    assert (again.created, again.updated, again.unchanged) == (0, 1, 1)
    with fresh.read() as s:
        values = s.execute(select(Deal.first_contact, Deal.value_cents).order_by(Deal.id)).all()
    assert values == [(date(2024, 3, 1), 1000_00), (date(2025, 3, 1), 2500_00)]
    # A lone deal whose first contact was corrected in the file is still that deal.
    single = [header, ["Consultancy", "Beta", "2024-01-01", "10"]]
    import_sheet(fresh, "deals", _csv(tmp_path / "b.csv", single), options)
    single[1][2] = "2024-01-15"
    moved = import_sheet(fresh, "deals", _csv(tmp_path / "b.csv", single), options)
    assert (moved.created, moved.updated) == (0, 1)

    # An activity names the deal by title: the one running on its day.
    acts = [["Soort", "Datum", "Bedrijf", "Deal"], ["Gebeld", "2025-04-02", "Alfa", "Consultancy"]]
    import_sheet(fresh, "activities", _csv(tmp_path / "a.csv", acts), options)
    with fresh.read() as s:
        deal_id = s.scalar(select(Activity.deal_id))
        assert s.get(Deal, deal_id).first_contact == date(2025, 3, 1)  # type: ignore[union-attr]


def test_identical_activities_are_counted_not_folded(fresh: Database, tmp_path: Path) -> None:
    call = ["Gebeld", "2026-01-12", "", ""]
    path = _csv(tmp_path / "a.csv", [["Soort", "Datum", "Bedrijf", "Notitie"], call, call])
    assert import_sheet(fresh, "activities", path).created == 2
    assert import_sheet(fresh, "activities", path).unchanged == 2
    three = _csv(tmp_path / "b.csv", [["Soort", "Datum", "Bedrijf", "Notitie"], call, call, call])
    summary = import_sheet(fresh, "activities", three)
    assert (summary.created, summary.unchanged, summary.skipped) == (1, 2, 0)
    assert _count(fresh, Activity) == 3


def test_targets_export_their_kpi_by_name(team: Database, tmp_path: Path) -> None:
    export_table(team, "targets", tmp_path / "t.csv", "nl")
    lines = (tmp_path / "t.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[:3] == [
        "Verkoper;KPI;Maand;Waarde",
        ";Nieuwe omzet;2026-01-01;25000,50",
        ";Gekwalificeerde leads;2026-01-01;20",
    ]


@pytest.mark.parametrize(("lang", "header"), [("nl", "Reden gediskwalificeerd"), ("en", None)])
def test_a_disqualified_leads_reason_goes_out_and_comes_back(
    team: Database, fresh: Database, tmp_path: Path, lang: str, header: str | None
) -> None:
    """Every field the lead window shows travels: the reason a lead was disqualified too."""
    path = tmp_path / "leads.xlsx"
    export_table(team, "leads", path, lang)
    heads = [c[0] for c in cells(path)[0]]
    assert (header or "disqualify_reason") in heads
    import_sheet(fresh, "leads", path, ImportOptions(create_missing=True))
    with fresh.read() as s:
        reasons = s.scalars(select(Lead.disqualify_reason).where(Lead.status == "disqualified"))
        assert list(reasons) == ["-Te klein: 2 medewerkers"]
