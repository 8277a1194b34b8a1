"""Real CRM export shapes import right the first time: the figures a manager reads afterwards.

The files under tests/resources/import/<vendor>/ come from make_vendor_corpus.py there.  Every
expected figure below is counted by hand from the rows of that script, not by KPIDesk.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kpidesk.core.periods import Period
from kpidesk.data.models import Customer, Deal, Lead, Organisation, Stage
from kpidesk.services.imports.sheet import ImportOptions, ImportRefused, import_sheet
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.store.database import Database
from tests.services.test_importing import _snapshot

CORPUS = Path(__file__).resolve().parents[1] / "resources" / "import"
NEW_USER = ImportOptions(create_missing=True)  # a new user: no team, no organisations yet
YEAR = Period.year(2025)


def _figures(db: Database) -> tuple[int, int, float | None, int, int]:
    """(won, lost, win rate, open pipeline, weighted pipeline) of 2025, in cents."""
    report = compute_kpis(db, YEAR, today=date(2025, 12, 31), series=False)
    return (
        report.insight.won_deals,
        report.insight.lost_deals,
        report.insight.win_rate,
        report.pipeline.open_value_cents,
        report.pipeline.weighted_value_cents,
    )


# HubSpot: 8 open deals (4,000 + 8,500 + 12,000 + 25,000 + 6,000 + 3,000 + 15,000.50 + 9,500),
# weighted with their fractions 0.2 … 0.9 (800 + 3,400 + 7,200 + 20,000 + 5,400 + 600 +
# 6,000.20 + 8,550); 4 Closed Won; 2 Closed Lost and 6 in the custom stage "Dead Deals", whose
# "Is closed lost" says true: 4 won of 12 closed.
HUBSPOT = (4, 8, 4 / 12, 83_000_50, 51_950_20)


@pytest.mark.parametrize(
    "name",
    [
        "hubspot-crm-exports-all-deals.csv",
        "hubspot-crm-exports-all-deals.xlsx",
        "hubspot-all-deals-dutch-excel.csv",  # semicolons, decimal comma, d-m-Y, WAAR, cp1252
    ],
)
def test_hubspot_deals_give_the_hand_counted_figures(db: Database, name: str) -> None:
    summary = import_sheet(db, "deals", CORPUS / "hubspot" / name, NEW_USER)
    assert (summary.created, summary.updated, summary.skipped) == (20, 0, 0)
    won, lost, rate, pipeline, weighted = _figures(db)
    assert (won, lost, pipeline, weighted) == HUBSPOT[:2] + HUBSPOT[3:]
    assert rate == pytest.approx(HUBSPOT[2])
    with db.read() as s:
        dead = s.scalar(select(Stage).where(Stage.name_en == "Dead Deals"))
        assert dead is not None and dead.kind == "lost"
        # The two closed deals without a close date took their Last Modified Date, not today.
        days = dict(s.execute(select(Deal.title, Deal.closed_date)).all())
        assert days["Uitbreiding Mulder"] == date(2025, 8, 19)
        assert days["Advies Vos"] == date(2025, 9, 9)
        since = sorted(s.scalars(select(Customer.customer_since)))
        assert since == [date(2025, 3, 14), date(2025, 5, 2), date(2025, 6, 30), date(2025, 8, 19)]
        # HubSpot's default stages land on KPIDesk's own (Contract Sent → Negotiation).
        stage = s.scalar(
            select(Stage.name_en)
            .join(Deal, Deal.stage_id == Stage.id)
            .where(Deal.title == "Training Mulder")
        )
        assert stage == "Negotiation"
    notes = " ".join(summary.notes)
    assert "holds fractions" in notes and "Last Modified Date" in notes and "Dead Deals" in notes


def test_hubspot_csv_xlsx_and_dutch_csv_are_the_same_data(db: Database) -> None:
    import_sheet(db, "deals", CORPUS / "hubspot" / "hubspot-crm-exports-all-deals.csv", NEW_USER)
    before = _snapshot(db)
    for name in ("hubspot-crm-exports-all-deals.xlsx", "hubspot-all-deals-dutch-excel.csv"):
        again = import_sheet(db, "deals", CORPUS / "hubspot" / name)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 20), name
    assert _snapshot(db) == before


def test_pipedrive_deals_take_status_won_time_and_lost_time(db: Database) -> None:
    summary = import_sheet(db, "deals", CORPUS / "pipedrive" / "deals-export.csv", NEW_USER)
    # 11 rows: 10 deals and one with Status "deleted", which is skipped and said so.
    assert (summary.created, summary.skipped) == (10, 1)
    # Open: 5,000 (Qualified → Intake, 40 %), 8,000 (its own 70 %), 4,000 (Contact Made → 20 %),
    # 6,000 (Negotiations Started → Negotiation, 80 %); 3 won and 3 lost, by their Status.
    assert _figures(db) == (3, 3, 0.5, 23_000_00, (2_000 + 5_600 + 800 + 4_800) * 100)
    with db.read() as s:
        won = s.execute(
            select(Deal.closed_date, Stage.kind)
            .join(Stage, Deal.stage_id == Stage.id)
            .where(Deal.title == "Rollout Jansen")
        ).one()
        assert tuple(won) == (date(2025, 3, 1), "won")  # "Won time", in the Won stage
        lost = s.scalar(select(Deal.closed_date).where(Deal.title == "Scan Bakker"))
        assert lost == date(2025, 5, 28)  # "Lost time"
        assert s.scalar(select(func.count()).select_from(Stage)) == 7  # no stage was added


def test_salesforce_report_uses_won_and_closed(db: Database) -> None:
    import_sheet(db, "deals", CORPUS / "salesforce" / "report-opportunities.csv", NEW_USER)
    # Open 7,500 @ 10 %, 22,000 @ 20 %, 9,800 @ 75 %, 4,200 @ 90 %; won 31,000 and 5,600; lost:
    # Closed Lost and two in "Closed - No Decision" (Closed 1, Won 0).
    assert _figures(db) == (2, 3, 0.4, 43_500_00, (750 + 4_400 + 7_350 + 3_780) * 100)
    with db.read() as s:
        kind = s.scalar(select(Stage.kind).where(Stage.name_en == "Closed - No Decision"))
        assert kind == "lost"


def test_odoo_pipeline_uses_active_and_probability(db: Database) -> None:
    import_sheet(db, "deals", CORPUS / "odoo" / "crm.lead-opportunities.csv", NEW_USER)
    # Open 3,200 @ 10, 5,400 @ 35.5 (kept as a whole 36 %), 14,000 @ 70; won: the two with
    # probability 100; lost: the two archived ones (Active False).
    assert _figures(db) == (2, 2, 0.5, 22_600_00, (320 + 1_944 + 9_800) * 100)


def test_leads_of_every_vendor_map_their_statuses(db: Database) -> None:
    hubspot = import_sheet(
        db, "leads", CORPUS / "hubspot" / "hubspot-crm-exports-all-contacts.csv", NEW_USER
    )
    assert hubspot.created == 8
    with db.read() as s:
        statuses = dict(s.execute(select(Lead.status, func.count()).group_by(Lead.status)).all())
        # New, In Progress, Attempted to Contact, Connected, Open; Open Deal; Unqualified and
        # Bad Timing.
        assert statuses == {"new": 5, "qualified": 1, "disqualified": 2}
        smit = s.scalar(select(Organisation).where(Organisation.name == "Smit Bouw"))
        assert smit is not None
        assert (smit.region, smit.yearly_revenue_cents) == ("Flevoland", 240_000_000_00)
    salesforce = import_sheet(db, "leads", CORPUS / "salesforce" / "report-leads.csv", NEW_USER)
    assert salesforce.created == 4
    with db.read() as s:
        by_company = dict(
            s.execute(select(Organisation.name, Lead.status).join(Lead.organisation)).all()
        )
        assert by_company["Prins ICT"] == "qualified"  # Closed - Converted
        assert by_company["Huisman Zorg"] == "disqualified"  # Closed - Not Converted
        vermeulen = s.scalar(select(Organisation).where(Organisation.name == "Vermeulen Bouw"))
        assert vermeulen is not None and vermeulen.yearly_revenue_cents == 45_000_000_00
    pipedrive = import_sheet(db, "leads", CORPUS / "pipedrive" / "people-export.csv", NEW_USER)
    assert pipedrive.created == 4
    odoo = import_sheet(db, "leads", CORPUS / "odoo" / "crm.lead-leads.csv", NEW_USER)
    # Odoo's three leads: Koster and Prins are the Salesforce leads again (same address);
    # Huisman has no address there, so Iris Huisman by name is another lead.
    assert (odoo.created, odoo.updated + odoo.unchanged) == (1, 2)


@pytest.mark.parametrize(
    ("vendor", "deals", "activities", "count"),
    [
        ("hubspot", "hubspot-crm-exports-all-deals.csv", "hubspot-crm-exports-all-tasks.csv", 5),
        ("pipedrive", "deals-export.csv", "activities-export.csv", 6),
        ("salesforce", "report-opportunities.csv", "report-tasks.csv", 4),
    ],
)
def test_activities_of_every_vendor_find_their_deals(
    db: Database, vendor: str, deals: str, activities: str, count: int
) -> None:
    import_sheet(db, "deals", CORPUS / vendor / deals, NEW_USER)
    summary = import_sheet(db, "activities", CORPUS / vendor / activities, NEW_USER)
    assert summary.created == count
    with db.read() as s:
        from kpidesk.data.models import Activity

        linked = s.scalar(select(func.count()).where(Activity.deal_id.is_not(None)))
        assert linked == count


def test_a_file_with_problems_of_every_kind_reports_them_all_at_once(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "deals.csv"
    header = [
        "Deal Name", "Deal Stage", "Amount", "Deal probability", "Close Date", "Create Date",
        "Deal owner", "Associated Company", "Is Closed Won", "Is closed lost",
    ]  # fmt: skip
    rows = [
        header,
        ["Fine", "Closed Won", "100", "1", "2025-02-01", "2025-01-01", "", "", "true", "false"],
        ["", "Contract Sent", "100", "0.5", "", "2025-01-01", "", "", "false", "false"],  # title
        ["Who", "Contract Sent", "100", "0.5", "", "2025-01-01", "Nobody", "", "false", "false"],
        ["Where", "Contract Sent", "1", "0.5", "", "2025-01-01", "", "Nowhere BV", "false", ""],
        ["Which", "Mystery", "100", "0.5", "", "2025-01-01", "", "", "false", "false"],  # stage
        ["Bad sum", "Contract Sent", "abc", "0.5", "", "2025-01-01", "", "", "false", "false"],
        ["Bad day", "Contract Sent", "100", "0.5", "", "2025-02-31", "", "", "false", "false"],
        ["Bad %", "Contract Sent", "100", "150%", "", "2025-01-01", "", "", "false", "false"],
        ["Undated", "Closed Won", "100", "1", "", "2025-01-01", "", "", "true", "false"],
        ["Both", "Closed Won", "100", "1", "2025-02-01", "2025-01-01", "", "", "true", "true"],
        ["Odd", "Closed Lost", "100", "0", "2025-02-01", "2025-01-01", "", "", "true", "false"],
        ["Yes?", "Contract Sent", "100", "0.5", "", "2025-01-01", "", "", "maybe", "false"],
    ]
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    before = _snapshot(db)
    with pytest.raises(ImportRefused) as refused:
        import_sheet(db, "deals", path)
    found = [(p.row, p.column) for p in refused.value.problems]
    assert found == [
        (3, "Deal Name"),  # required and empty
        (4, "Deal owner"),  # unknown owner
        (5, "Associated Company"),  # unknown organisation
        (6, "Deal Stage"),  # unknown stage
        (7, "Amount"),  # not a number
        (8, "Create Date"),  # no such day
        (9, "Deal probability"),  # not a percentage
        (10, "Close Date"),  # won without a close date
        (11, "Is closed lost"),  # won and lost at once
        (12, "Deal Stage"),  # a lost stage, but "Is Closed Won" says won
        (13, "Is Closed Won"),  # not yes or no
    ]
    assert _snapshot(db) == before
    # The same file with "create what is missing": the reference problems are gone, the rest
    # stays, and still nothing is written.
    with pytest.raises(ImportRefused) as again:
        import_sheet(db, "deals", path, NEW_USER)
    assert [p.row for p in again.value.problems] == [3, 7, 8, 9, 10, 11, 12, 13]
    assert _snapshot(db) == before


def test_leads_problems_come_in_one_pass_with_unknown_statuses(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "leads.csv"
    rows = [
        ["Company Name", "Email", "Lead Status", "Contact owner", "Number of Employees"],
        ["", "a@b.nl", "New", "", "5"],
        ["Alfa", "not-an-address", "Sleeping", "Nobody", "many"],
    ]
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    with pytest.raises(ImportRefused) as refused:
        import_sheet(db, "leads", path)
    assert [(p.row, p.column) for p in refused.value.problems] == [
        (2, "Company Name"),
        (3, "Email"),
        (3, "Lead Status"),
        (3, "Contact owner"),
        (3, "Number of Employees"),
    ]
    # The user says what "Sleeping" means: that problem is gone.
    options = ImportOptions(value_map={"status": {"Sleeping": "disqualified"}})
    with pytest.raises(ImportRefused) as mapped:
        import_sheet(db, "leads", path, options)
    assert (3, "Lead Status") not in [(p.row, p.column) for p in mapped.value.problems]


def test_the_user_says_what_a_new_stage_means(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    rows = [
        ["Titel", "Fase", "Waarde", "Sluitdatum", "Eerste contact"],
        ["A", "Afgeblazen", "100", "2025-03-01", "2025-01-01"],
        ["B", "Demo", "200", "", "2025-01-01"],
        ["C", "Contract Sent", "300", "", "2025-01-01"],
    ]
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    options = ImportOptions(
        create_missing=True,
        stage_outcomes={"Afgeblazen": "lost"},
        value_map={"stage": {"Contract Sent": "Proposal"}},
    )
    summary = import_sheet(db, "deals", path, options)
    assert summary.created_references == {"stages": 2}
    with db.read() as s:
        kinds = dict(s.execute(select(Stage.name_en, Stage.kind)).all())
        assert kinds["Afgeblazen"] == "lost" and kinds["Demo"] == "open"
        stage = s.scalar(
            select(Stage.name_en).join(Deal, Deal.stage_id == Stage.id).where(Deal.title == "C")
        )
        assert stage == "Proposal"
    assert _figures(db)[:3] == (0, 1, 0.0)


@pytest.mark.parametrize(
    ("vendor", "deals", "activities", "done", "planned"),
    [
        # Task Status: four Completed, one Not started.
        ("hubspot", "hubspot-crm-exports-all-deals.csv", "hubspot-crm-exports-all-tasks.csv", 4, 1),
        # Activity - Done: five Done, one To do.
        ("pipedrive", "deals-export.csv", "activities-export.csv", 5, 1),
        # Status: three Completed, one Not Started.
        ("salesforce", "report-opportunities.csv", "report-tasks.csv", 3, 1),
    ],
)
def test_activities_are_done_or_planned_as_the_export_says(
    db: Database, vendor: str, deals: str, activities: str, done: int, planned: int
) -> None:
    from kpidesk.data.models import Activity

    import_sheet(db, "deals", CORPUS / vendor / deals, NEW_USER)
    import_sheet(db, "activities", CORPUS / vendor / activities, NEW_USER)
    with db.read() as s:
        states = dict(s.execute(select(Activity.done, func.count()).group_by(Activity.done)).all())
    assert states == {True: done, False: planned}
