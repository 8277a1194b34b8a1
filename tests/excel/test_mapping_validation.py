"""Header detection, column mapping and the row problem report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kpidesk.core.i18n import set_language
from kpidesk.excel.fields import KINDS, export_headers, field_names, header_index
from kpidesk.excel.mapping import build_mapping, detect_mapping, headers_key
from kpidesk.excel.readers import ReadError, Table, read_table
from kpidesk.excel.validation import missing_required, validate_table

CORPUS = Path(__file__).resolve().parents[1] / "resources" / "import"


def _table(rows: list[list[object]], *, text: bool = True) -> Table:
    return Table("t.csv", "t", ["t"], rows, is_text=text)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", ["en", "nl"])
def test_export_headers_map_back_onto_their_fields(kind: str, language: str) -> None:
    headers = export_headers(kind, language)
    mapping = detect_mapping(headers, kind)
    assert {name: headers[col] for name, col in mapping.items()} == dict(
        zip(field_names(kind), headers, strict=True)
    )


def test_pipedrive_hubspot_and_dutch_headers() -> None:
    deals = detect_mapping(
        [
            "Deal - Title",
            "Deal - Organization",
            "Deal - Owner",
            "Deal - Stage",
            "Deal - Value",
            "Deal - Deal created",
            "Deal - Won time",
        ],
        "deals",
    )
    assert list(deals) == ["title", "account", "owner", "stage", "value", "first_contact", "won_on"]
    leads = detect_mapping(
        [
            "Record ID",
            "First Name",
            "Company Name",
            "Contact owner",
            "Create Date",
            "Number of Employees",
        ],
        "leads",
    )
    assert set(leads) == {"external_id", "first_name", "company", "owner", "created", "employees"}
    dutch = detect_mapping(["BEDRIJFSNAAM", "verkoper", "Klant sinds", "Einddatum"], "customers")
    assert dutch == {"company": 0, "owner": 1, "customer_since": 2, "churned_at": 3}
    assert header_index("activities")["soort"] == "type"


def test_header_row_below_a_title_and_overrides() -> None:
    table = read_table(CORPUS / "customers_and_targets.xlsx")
    mapping = build_mapping(table.rows, "customers")
    assert mapping.header_row == 2
    assert mapping.fields["company"] == 0
    changed = build_mapping(table.rows, "customers", {"recurring_value": "E", "owner": None})
    assert changed.fields["recurring_value"] == 4 and "owner" not in changed.fields
    with pytest.raises(ReadError, match="no column"):
        build_mapping(table.rows, "customers", {"owner": "Verkoper"})
    with pytest.raises(ReadError, match="not a field"):
        build_mapping(table.rows, "customers", {"colour": "A"})


def test_headers_key_ignores_order_and_case() -> None:
    assert headers_key(["Bedrijf", "Plaats"]) == headers_key(["plaats", "BEDRIJF"])


def test_report_names_row_column_value_and_reason() -> None:
    rows = [
        ["Bedrijf", "Medewerkers", "Aangemaakt", "E-mail"],
        ["Alfa", "-5", "31-02-2025", "anna@alfa.nl"],
        ["", "tien", "13-01-2025", "geen mail"],
        ["Gamma", "1.200", "", ""],
    ]
    table = _table(rows)
    parsed = validate_table(table, "leads", build_mapping(rows, "leads"))
    described = [(p.row, p.column, p.value) for p in parsed.problems]
    assert described == [
        (2, "Medewerkers", "-5"),
        (2, "Aangemaakt", "31-02-2025"),
        (3, "Medewerkers", "tien"),
        (3, "E-mail", "geen mail"),
        (3, "Bedrijf", ""),
    ]
    assert parsed.records[2] == {"company": "Gamma", "employees": 1200}
    set_language("nl")
    assert (
        parsed.problems[0].reason
        != validate_table(table, "leads", build_mapping(rows, "leads")).problems[0].reason
    )
    assert (
        validate_table(table, "leads", build_mapping(rows, "leads"))
        .problems[0]
        .describe()
        .startswith("Rij 2")
    )


def test_date_columns_decide_their_order() -> None:
    rows = [["Bedrijf", "Aangemaakt"], ["A", "01/02/2025"], ["B", "02/13/2025"]]
    parsed = validate_table(_table(rows), "leads", build_mapping(rows, "leads"))
    assert parsed.records[0]["created"] == date(2025, 1, 2)  # month-day: row 3 says so
    ambiguous = [["Bedrijf", "Aangemaakt"], ["A", "01/02/2025"]]
    parsed = validate_table(_table(ambiguous), "leads", build_mapping(ambiguous, "leads"))
    assert parsed.records[0]["created"] == date(2025, 2, 1)  # Dutch day-month
    forced = validate_table(_table(ambiguous), "leads", build_mapping(ambiguous, "leads"), "mdy")
    assert forced.records[0]["created"] == date(2025, 1, 2)


def test_ragged_rows_and_header_only() -> None:
    table = read_table(CORPUS / "leads_ragged.csv")
    parsed = validate_table(table, "leads", build_mapping(table.rows, "leads"))
    assert [p.row for p in parsed.problems] == [3, 4]
    empty = read_table(CORPUS / "leads_header_only.csv")
    parsed = validate_table(empty, "leads", build_mapping(empty.rows, "leads"))
    assert len(parsed.problems) == 1 and parsed.problems[0].row is None


def test_a_missing_required_column_is_reported() -> None:
    rows = [["Plaats"], ["Utrecht"]]
    problems = missing_required("leads", build_mapping(rows, "leads"))
    assert len(problems) == 1 and "company" in problems[0].reason


def test_percent_and_money_cells() -> None:
    rows = [
        ["Titel", "Waarde", "Kans"],
        ["A", 1234.5, 0.6],
        ["B", "€ 1.234,50", "60%"],
        ["C", 10, 150],
    ]
    parsed = validate_table(_table(rows, text=False), "deals", build_mapping(rows, "deals"))
    assert parsed.records[0]["value"] == parsed.records[1]["value"] == 123450
    assert parsed.records[0]["probability"] == parsed.records[1]["probability"] == 60
    assert [p.row for p in parsed.problems] == [4]


@pytest.mark.parametrize(
    ("cells", "text", "expected", "scale"),
    [
        (["0.4", "0.7", "1", "0"], True, [40, 70, 100, 0], "fractions"),  # HubSpot's CSV
        ([0.4, 0.7, 1, 0], False, [40, 70, 100, 0], "fractions"),  # the same saved as .xlsx
        (["0,4", "0,75", "", "1"], True, [40, 75, None, 100], "fractions"),  # Dutch Excel CSV
        (["40", "70", "100", "0"], True, [40, 70, 100, 0], "points"),
        ([40, 70.0, 100, 0], False, [40, 70, 100, 0], "points"),
        (["0", "1", "1"], True, [0, 1, 1], "points"),  # whole numbers only: points
        (["40%", "0.5", "60 %"], True, [40, 50, 60], "fractions"),  # "%" is always points
        (["0.5", "25"], True, [0, 25], "points"),  # one number above 1: the column is points
    ],
)
def test_probability_reading_is_decided_per_column(
    cells: list[object], text: bool, expected: list[int | None], scale: str
) -> None:
    rows: list[list[object]] = [["Deal name", "Deal probability"]]
    rows += [[f"Deal {i}", cell] for i, cell in enumerate(cells)]
    table = _table(rows, text=text)
    parsed = validate_table(table, "deals", build_mapping(table.rows, "deals"))
    assert not parsed.problems
    assert [r.get("probability") for r in parsed.records] == expected
    assert parsed.percent_scales == {"probability": scale}
