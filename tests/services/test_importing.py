"""import_sheet: all or nothing, duplicates, references, stage history, undo, dry run."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from kpidesk.data.models import (
    Activity,
    ActivityType,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    ImportRun,
    Lead,
    Organisation,
    Stage,
    Target,
    TeamMember,
)
from kpidesk.services.errors import Refused
from kpidesk.services.imports.sheet import (
    ImportCancelled,
    ImportOptions,
    ImportRefused,
    import_sheet,
    preview_import,
    undo_import,
)
from kpidesk.services.store.database import Database
from tests import factories as f

CORPUS = Path(__file__).resolve().parents[1] / "resources" / "import"


def _csv(path: Path, rows: list[list[object]], delimiter: str = ";") -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def _snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    result = {}
    with db.read() as s:
        for model in (
            Organisation,
            Contact,
            Lead,
            Deal,
            DealStageHistory,
            Customer,
            Activity,
            Target,
            TeamMember,
            Stage,
            ActivityType,
        ):
            table = model.__table__
            cols = [c for c in table.c if c.name not in ("updated_at", "version")]
            result[table.name] = sorted(tuple(r) for r in s.execute(select(*cols)))
    return result


@pytest.fixture
def team(db: Database) -> dict[str, int]:
    return {"Anna": f.rep(db, "Anna"), "Bram": f.rep(db, "Bram")}


def test_dutch_excel_csv_imports_deals_with_history_and_customers(
    db: Database, team: dict[str, int]
) -> None:
    summary = import_sheet(
        db, "deals", CORPUS / "deals_dutch_excel.csv", ImportOptions(create_missing=True)
    )
    assert (summary.created, summary.updated) == (3, 0)
    with db.read() as s:
        deals = {d.title: d for d in s.scalars(select(Deal))}
        assert deals["Nieuwe website"].value_cents == 123456
        assert deals["Nieuwe website"].probability == 60
        assert deals["Nieuwe website"].first_contact == date(2025, 1, 5)
        assert deals["Onderhoud 2025"].closed_date == date(2025, 2, 28)
        assert deals["Onderhoud 2025"].owner_id == team["Bram"]
        won = deals["Onderhoud 2025"]
        history = s.scalars(
            select(DealStageHistory).where(DealStageHistory.deal_id == won.id)
        ).all()
        assert [h.to_stage_id for h in history] == [won.stage_id]
        assert history[0].moved_at.date() == date(2025, 2, 28)
        customer = s.scalar(select(Customer).where(Customer.organisation_id == won.organisation_id))
        assert customer is not None and customer.customer_since == date(2025, 2, 28)


def test_us_dates_and_closed_won_aliases(db: Database, team: dict[str, int]) -> None:
    import_sheet(db, "deals", CORPUS / "deals_us_dates.csv", ImportOptions(create_missing=True))
    with db.read() as s:
        deal = s.scalar(select(Deal).where(Deal.title == "Website relaunch"))
        assert deal is not None
        assert deal.first_contact == date(2025, 1, 13) and deal.closed_date == date(2025, 2, 3)
        assert deal.value_cents == 123450
        assert s.get(Stage, deal.stage_id).kind == "won"  # type: ignore[union-attr]
        lost = s.scalar(select(Deal).where(Deal.title == "Support contract"))
        assert s.get(Stage, lost.stage_id).kind == "lost"  # type: ignore[union-attr]


def test_unknown_references_are_errors_without_create_missing(db: Database) -> None:
    before = _snapshot(db)
    with pytest.raises(ImportRefused) as refused:
        import_sheet(db, "deals", CORPUS / "pipedrive_deals.csv")
    columns = {(p.row, p.column) for p in refused.value.problems}
    assert (2, "Deal - Owner") in columns and (2, "Deal - Organization") in columns
    assert _snapshot(db) == before


def test_new_stages_go_before_won_and_lost_in_order_of_appearance(
    db: Database, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "stages.csv",
        [
            ["Titel", "Fase"],
            ["A", "Demo gepland"],
            ["B", "Proef"],
            ["C", "Demo gepland"],
        ],
    )
    summary = import_sheet(db, "deals", path, ImportOptions(create_missing=True))
    assert summary.created_references == {"stages": 2}
    with db.read() as s:
        names = [(st.name_nl, st.kind) for st in s.scalars(select(Stage).order_by(Stage.position))]
    assert names[-4:] == [
        ("Demo gepland", "open"),
        ("Proef", "open"),
        ("Gewonnen", "won"),
        ("Verloren", "lost"),
    ]


def test_all_or_nothing(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "l.csv",
        [
            ["Bedrijf", "Medewerkers"],
            ["Alfa", "10"],
            ["Beta", "tien"],
        ],
    )
    before = _snapshot(db)
    with pytest.raises(ImportRefused) as refused:
        import_sheet(db, "leads", path)
    assert [(p.row, p.column, p.value) for p in refused.value.problems] == [
        (3, "Medewerkers", "tien")
    ]
    assert "Row 3" in str(refused.value)
    assert _snapshot(db) == before


def test_closed_before_first_contact_is_a_problem(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "d.csv",
        [
            ["Titel", "Fase", "Eerste contact", "Sluitdatum"],
            ["A", "Won", "10-03-2025", "01-03-2025"],
        ],
    )
    with pytest.raises(ImportRefused) as refused:
        import_sheet(db, "deals", path)
    assert refused.value.problems[0].column == "Sluitdatum"


def test_hubspot_leads_then_reimport_updates_without_duplicates(
    db: Database, team: dict[str, int]
) -> None:
    first = import_sheet(db, "leads", CORPUS / "hubspot_contacts.csv")
    assert first.created == 2
    with db.read() as s:
        lead = s.scalar(select(Lead).where(Lead.external_id == "5002"))
        assert lead is not None and lead.status == "qualified" and lead.owner_id == team["Anna"]
        assert lead.organisation.employees == 1200
        assert lead.contact.name == "Tom Smit"  # type: ignore[union-attr]
    again = import_sheet(db, "leads", CORPUS / "hubspot_contacts.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert _count(db, Lead) == 2 and _count(db, Organisation) == 2
    skip = import_sheet(
        db, "leads", CORPUS / "hubspot_contacts.csv", ImportOptions(on_duplicate="skip")
    )
    assert (skip.created, skip.skipped) == (0, 2)


def test_duplicates_within_the_file_and_by_natural_key(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "dups.csv",
        [
            ["Bedrijf", "E-mail", "Plaats"],
            ["Alfa B.V.", "a@alfa.nl", "Utrecht"],
            ["alfa bv", "a@alfa.nl", "Zeist"],
            ["Alfa", "b@alfa.nl", ""],
        ],
    )
    summary = import_sheet(db, "leads", path)
    assert (summary.created, summary.in_file_duplicates) == (2, 1)
    with db.read() as s:
        assert s.scalar(select(Organisation.city)) == "Zeist"  # the later row updated it
    assert _count(db, Organisation) == 1


def test_undo_removes_what_was_added_and_restores_what_was_updated(
    db: Database, team: dict[str, int], tmp_path: Path
) -> None:
    import_sheet(db, "leads", CORPUS / "hubspot_contacts.csv")
    before = _snapshot(db)
    changed = _csv(
        tmp_path / "h2.csv",
        [
            ["Record ID", "Company Name", "City", "Lead Status", "Contact owner"],
            ["5001", "De Boer Logistiek", "Kampen", "Qualified", "Nieuwe Rep"],
            ["6000", "Nieuw Bedrijf", "Delft", "New", ""],
        ],
    )
    summary = import_sheet(db, "leads", changed, ImportOptions(create_missing=True))
    assert (summary.created, summary.updated) == (1, 1)
    assert _snapshot(db) != before
    undo_import(db, summary.run_id)  # type: ignore[arg-type]
    assert _snapshot(db) == before
    with pytest.raises(Refused):
        undo_import(db, summary.run_id)  # type: ignore[arg-type]


def test_undo_restores_stage_positions_and_deal_moves(db: Database, tmp_path: Path) -> None:
    base = _csv(
        tmp_path / "d1.csv",
        [
            ["Titel", "Fase", "Waarde"],
            ["A", "Offerte", "100"],
        ],
    )
    import_sheet(db, "deals", base)
    before = _snapshot(db)
    moved = _csv(
        tmp_path / "d2.csv",
        [
            ["Titel", "Fase", "Waarde", "Sluitdatum"],
            ["A", "Gewonnen", "150", "01-04-2025"],
            ["B", "Nieuwe fase", "5", ""],
        ],
    )
    summary = import_sheet(db, "deals", moved, ImportOptions(create_missing=True))
    with db.read() as s:
        deal = s.scalar(select(Deal).where(Deal.title == "A"))
        assert deal is not None and deal.closed_date == date(2025, 4, 1)
        assert (
            s.scalar(
                select(func.count())
                .select_from(DealStageHistory)
                .where(DealStageHistory.deal_id == deal.id)
            )
            == 2
        )
    undo_import(db, summary.run_id)  # type: ignore[arg-type]
    assert _snapshot(db) == before


def test_undo_is_refused_when_later_work_uses_the_import(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "c.csv",
        [
            ["Bedrijf", "Klant sinds"],
            ["Omega", "01-01-2024"],
        ],
    )
    summary = import_sheet(db, "customers", path)
    with db.read() as s:
        org = s.scalar(select(Organisation.id))
    f.deal(db, "Later werk", organisation_id=org)
    with pytest.raises(Refused, match="cannot be undone"):
        undo_import(db, summary.run_id)  # type: ignore[arg-type]
    assert _count(db, Customer) == 1


def test_dry_run_writes_nothing(db: Database) -> None:
    before = _snapshot(db)
    summary = import_sheet(db, "leads", CORPUS / "leads_bom.csv", ImportOptions(dry_run=True))
    assert summary.dry_run and summary.created == 1 and summary.run_id is None
    assert _snapshot(db) == before
    assert _count(db, ImportRun) == 0


def test_cancel_leaves_nothing(db: Database) -> None:
    before = _snapshot(db)
    with pytest.raises(ImportCancelled):
        import_sheet(db, "leads", CORPUS / "leads_cp1252.txt", progress=lambda _d, _t: False)
    assert _snapshot(db) == before


def test_activities_by_alias_with_last_contact(
    db: Database, team: dict[str, int], tmp_path: Path
) -> None:
    org = f.org(db, "Acme")
    deal = f.deal(db, "Pilot", organisation_id=org)
    f.customer(db, org, date(2024, 1, 1))
    path = _csv(
        tmp_path / "a.csv",
        [
            ["Datum", "Soort", "Verkoper", "Bedrijf", "Deal", "Notitie"],
            ["03-03-2025", "Gebeld", "Anna", "Acme", "Pilot", ""],
            ["04-03-2025", "demo", "Bram", "Acme", "", "Goed gesprek"],
            ["05-03-2025", "LINKEDIN", "Bram", "", "", ""],
            ["06-03-2025", "Intake", "anna", "", "", ""],
        ],
    )
    summary = import_sheet(db, "activities", path)
    assert summary.created == 4
    with db.read() as s:
        names = [
            s.get(ActivityType, a.type_id).name_en  # type: ignore[union-attr]
            for a in s.scalars(select(Activity).order_by(Activity.date))
        ]
        assert names == ["Phone call", "Presentation", "LinkedIn message", "Intake meeting"]
        assert s.get(Deal, deal).last_activity_date == date(2025, 3, 3)  # type: ignore[union-attr]
        assert s.scalar(select(Customer.last_contact_date)) == date(2025, 3, 4)
    again = import_sheet(db, "activities", path)
    assert (again.created, again.unchanged, again.skipped) == (0, 4, 0)


def test_unknown_activity_type_and_deal(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "a.csv",
        [
            ["Datum", "Soort", "Deal"],
            ["03-03-2025", "Koffie", ""],
            ["03-03-2025", "Call", "X"],
        ],
    )
    with pytest.raises(ImportRefused) as refused:
        import_sheet(db, "activities", path)
    assert [p.row for p in refused.value.problems] == [2, 3]


def test_customers_and_targets_from_xlsx(db: Database, team: dict[str, int]) -> None:
    summary = import_sheet(db, "customers", CORPUS / "customers_and_targets.xlsx")
    assert summary.created == 2
    with db.read() as s:
        cafe = s.scalar(
            select(Customer).join(Organisation).where(Organisation.name == "Café De Zon")
        )
        assert cafe is not None and cafe.churned_at == date(2025, 2, 1)
        assert cafe.recurring_value_cents == 480000
    targets = import_sheet(
        db, "targets", CORPUS / "customers_and_targets.xlsx", ImportOptions(sheet="Doelen")
    )
    assert targets.created == 3
    with db.read() as s:
        rows = {(t.scope_key, t.kpi, t.month): t.value for t in s.scalars(select(Target))}
    assert rows == {
        (f"rep:{team['Anna']}", "activity_points", date(2025, 1, 1)): 120,
        ("team", "new_revenue", date(2025, 1, 1)): 5_000_000,
        (f"rep:{team['Bram']}", "qualified_leads", date(2025, 2, 1)): 8,
    }


def test_round_trip_of_an_export_with_canonical_headers(db: Database, tmp_path: Path) -> None:
    from kpidesk.excel.fields import export_headers

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(export_headers("leads", "nl"))
    sheet.append(
        [
            "Alfa",
            "Anna",
            "anna@alfa.nl",
            "010",
            "Delft",
            "ICT",
            12,
            "Utrecht",
            2_500_000,
            "Beurs",
            None,
            date(2025, 1, 2),
            "Gekwalificeerd",
            date(2025, 1, 9),
            "",
            "L-1",
        ]
    )
    path = tmp_path / "export.xlsx"
    book.save(path)
    assert import_sheet(db, "leads", path).created == 1
    with db.read() as s:
        org = s.scalar(select(Organisation))
        assert org is not None and (org.region, org.yearly_revenue_cents) == (
            "Utrecht",
            2_500_000_00,
        )
    again = import_sheet(db, "leads", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert _count(db, Lead) == 1


def test_preview_lists_problems_and_missing_names(db: Database) -> None:
    preview = preview_import(db, "deals", CORPUS / "pipedrive_deals.csv")
    assert preview.total_rows == 2 and preview.summary is None
    assert preview.missing["owners"] == ["Anna"]
    assert preview.missing["organisations"] == ["Acme Ltd"]
    assert preview.problems
    ok = preview_import(
        db, "deals", CORPUS / "pipedrive_deals.csv", ImportOptions(create_missing=True)
    )
    assert ok.summary is not None and ok.summary.created == 2 and not ok.problems
    assert _count(db, Deal) == 0


def test_broken_files_give_one_clear_problem(db: Database) -> None:
    for name in (
        "damaged.xlsx",
        "not_a_spreadsheet.csv",
        "entity_expansion.xlsx",
        "leads_header_only.csv",
        "leads_ragged.csv",
    ):
        with pytest.raises(ImportRefused):
            import_sheet(db, "leads", CORPUS / name)


def test_pipedrive_reimport_matches_by_external_id_then_natural_key(
    db: Database, tmp_path: Path
) -> None:
    first = import_sheet(
        db, "deals", CORPUS / "pipedrive_deals.csv", ImportOptions(create_missing=True)
    )
    assert first.created == 2
    with db.read() as s:
        rollout = s.scalar(select(Deal).where(Deal.external_id == "102"))
        assert rollout is not None and rollout.closed_date == date(2025, 3, 1)
        assert rollout.first_contact == date(2025, 1, 12)
    again = import_sheet(db, "deals", CORPUS / "pipedrive_deals.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    renamed = _csv(
        tmp_path / "p.csv",
        [
            ["Deal - Title", "Deal - Organization", "Deal - Value"],
            ["Pilot project", "ACME ltd.", "6000"],
        ],
        delimiter=",",
    )
    third = import_sheet(db, "deals", renamed)
    assert (third.created, third.updated) == (0, 1)  # no id: title + organisation match
    assert _count(db, Deal) == 2
    with db.read() as s:
        assert s.scalar(select(Deal.value_cents).where(Deal.external_id == "101")) == 600000


def test_lead_statuses_in_dutch_and_english(db: Database, tmp_path: Path) -> None:
    path = _csv(
        tmp_path / "s.csv",
        [
            ["Bedrijf", "Status", "Aangemaakt"],
            ["A", "Gediskwalificeerd", "01-02-2025"],
            ["B", "qualified", "01-02-2025"],
            ["C", "nieuw", "01-02-2025"],
            ["D", "misschien", ""],
        ],
    )
    with pytest.raises(ImportRefused) as refused:
        import_sheet(db, "leads", path)
    assert [(p.row, p.value) for p in refused.value.problems] == [(5, "misschien")]
