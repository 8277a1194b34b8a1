"""Atomic writes, the formula-injection rule and streaming tables, read back with openpyxl."""

from __future__ import annotations

import csv
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from kpidesk.excel.writers import (
    EURO,
    FORMULA_STARTS,
    TableColumn,
    WriteError,
    atomic_file,
    csv_safe,
    write_csv_table,
    write_xlsx_table,
)

HOSTILE = ['=HYPERLINK("http://x","klik")', "+31 6 1234", "-2+3", "@SUM(A1)", "\tx", "\rx"]
COLUMNS = [TableColumn("name"), TableColumn("value", EURO), TableColumn("day")]


def test_hostile_text_is_text_in_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    rows = [(text, Decimal("12.50"), date(2026, 1, 2)) for text in HOSTILE]
    assert write_xlsx_table(path, "Leads", COLUMNS, rows) == len(HOSTILE)
    sheet = load_workbook(path).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    # XML itself turns a carriage return into a line feed; the cell stays text either way.
    assert [c.value for c in cells] == [t.replace("\r", "\n") for t in HOSTILE]
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)


def test_plain_text_has_no_quote_prefix_and_values_keep_their_types(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_xlsx_table(
        path, "Deals", COLUMNS, [("Bakker B.V.", Decimal("1234.56"), date(2026, 3, 31))], lang="nl"
    )
    sheet = load_workbook(path).active
    name, value, day = sheet[2]
    assert (name.value, name.quotePrefix) == ("Bakker B.V.", False)
    assert value.data_type == "n" and value.value == pytest.approx(1234.56)
    assert value.number_format == EURO
    assert day.is_date and day.value.date() == date(2026, 3, 31)
    assert day.number_format == "dd-mm-yyyy"


def test_table_is_printable_filtered_and_frozen(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_xlsx_table(path, "Leads", COLUMNS, [("a", 1, None), ("b", 2, None)])
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:C3"
    assert sheet.page_setup.orientation == "landscape"
    # fitToWidth 1 is the schema's default, which the writer leaves out (openpyxl reads None).
    assert (sheet.page_setup.fitToWidth or 1) == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$1"
    assert sheet["A1"].font.bold


def test_csv_has_bom_and_neutralised_formulas(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    write_csv_table(
        path, COLUMNS, [(t, Decimal("1.5"), date(2026, 1, 2)) for t in HOSTILE], lang="nl"
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["name", "value", "day"]
    assert [r[0] for r in rows[1:]] == ["'" + t for t in HOSTILE]
    assert rows[1][1:] == ["1,50", "2026-01-02"]


def test_english_csv_uses_comma_and_decimal_point(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    write_csv_table(path, COLUMNS, [("x", Decimal("1234.5"), None)], lang="en")
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "x,1234.50,"


@given(st.text(max_size=20))
def test_csv_safe_never_starts_a_formula(text: str) -> None:
    safe = csv_safe(text)
    assert not safe.startswith(FORMULA_STARTS)
    assert safe.removeprefix("'") == text or safe == text


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_file(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("disk full")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_atomic_write_replaces_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with atomic_file(target) as temp:
        assert temp.parent == tmp_path and temp != target
        temp.write_text("new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_locked_target_gets_a_clear_message(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "open-in-excel.xlsx"
    target.write_bytes(b"old")

    def refuse(_src: object, _dst: object) -> None:
        raise PermissionError(13, "Permission denied")  # what Windows says while Excel has it

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(WriteError, match="open in another program"), atomic_file(target) as temp:
        temp.write_bytes(b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["open-in-excel.xlsx"]


def test_missing_folder_and_folder_target_are_refused(tmp_path: Path) -> None:
    with (
        pytest.raises(WriteError, match="does not exist"),
        atomic_file(tmp_path / "nope" / "x.xlsx"),
    ):
        pass
    with pytest.raises(WriteError, match="is a folder"), atomic_file(tmp_path):
        pass


def test_batches_keep_row_order_types_and_odd_cells(tmp_path: Path) -> None:
    """Rows go to the writer in batches; formula-like text and dates of a column whose first
    values are empty still land in their own row, typed and formatted."""
    path = tmp_path / "t.xlsx"
    n = 2_600  # more than two batches
    hostile = {5: "=1+1", 1_000: "-3", 2_599: "@x"}
    rows = [
        (
            hostile.get(i, f"name {i}"),
            Decimal(i) / 4,
            None if i < 1_500 else date(2026, 1, 1 + i % 28),
            i,
        )
        for i in range(n)
    ]
    columns = [*COLUMNS, TableColumn("count")]
    assert write_xlsx_table(path, "Leads", columns, rows, lang="nl") == n
    sheet = load_workbook(path).active
    back = list(sheet.iter_rows(min_row=2))
    assert len(back) == n
    for i, (name, value, day, count) in enumerate(back):
        assert (name.value, name.quotePrefix) == (hostile.get(i, f"name {i}"), i in hostile)
        assert value.value == pytest.approx(i / 4) and value.number_format == EURO
        if i < 1_500:
            assert day.value is None
        else:
            assert day.is_date and day.value.date() == date(2026, 1, 1 + i % 28)
            assert day.number_format == "dd-mm-yyyy"
        assert (count.value, count.number_format) == (i, "General")
    assert sheet.auto_filter.ref == f"A1:D{n + 1}"


def test_text_longer_than_excel_takes_is_refused(tmp_path: Path) -> None:
    rows = [("a", 1, None)] * 1_500 + [("x" * 40_000, 2, None)]
    with pytest.raises(WriteError, match=r"Row 1502 .* 40000 characters in column name"):
        write_xlsx_table(tmp_path / "t.xlsx", "Leads", COLUMNS, rows)


def test_more_rows_than_a_sheet_takes_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("kpidesk.excel.writers.MAX_ROWS", 2_001)  # a million rows, in small
    rows = [("a", 1, None)] * 2_001
    with pytest.raises(WriteError, match="at most 2000 rows below its header"):
        write_xlsx_table(tmp_path / "t.xlsx", "Leads", COLUMNS, rows)
    assert write_xlsx_table(tmp_path / "t.xlsx", "Leads", COLUMNS, rows[:2_000]) == 2_000


def test_a_stopped_export_writes_nothing(tmp_path: Path) -> None:
    def rows():
        for i in range(5_000):
            if i == 2_500:
                raise RuntimeError("cancelled")  # what ExportCancelled does, from the stream
            yield (f"name {i}", i, None)

    path = tmp_path / "t.xlsx"
    with pytest.raises(RuntimeError, match="cancelled"):
        write_xlsx_table(path, "Leads", COLUMNS, rows())
    assert not path.exists()
