"""The one-on-one pack's print layout: grid, row heights, page breaks, repeated headers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kpidesk.excel.one_on_one import (
    GRID,
    LINE,
    MAX_WRITE_ROWS,
    MIN_WRITE_ROWS,
    PAGE_HEIGHT_PT,
    Column,
    OneOnOnePack,
    PackBlock,
    PackSection,
    PackTable,
    layout_rows,
    line_count,
    localized,
    paginate,
    plan,
    print_scale,
    write_one_on_one,
)

COLUMNS = [Column("Day", 3), Column("What", 9), Column("Points", 4, "#,##0", True)]


def pack(rows: int, *, sections: int = 5, writing: bool = True) -> OneOnOnePack:
    table = PackTable(COLUMNS, [(date(2026, 12, 1), f"Call {i}", i) for i in range(rows)])
    body = [
        PackSection(f"{n}. Section", [PackBlock(heading="A list", note="A note.", table=table)])
        for n in range(1, sections + 1)
    ]
    if writing:
        body.append(
            PackSection(
                "6. Agreed actions",
                [PackBlock(heading="This time", writing=[Column("Action", 12), Column("Due", 4)])],
            )
        )
    return OneOnOnePack("One-on-one: Bram", "Dec 2026", "footer", "en", body)


def test_the_grid_fits_a4_landscape_readably() -> None:
    scale = print_scale()
    assert 0.75 <= scale <= 1.0  # 11 pt text prints at 8.25 pt or more


def test_text_wraps_by_the_width_of_its_span() -> None:
    assert line_count("short", 2) == 1
    long = "word " * 40
    assert line_count(long, 4) > line_count(long, 16) >= 2
    assert line_count("first\nsecond", 16) == 2
    assert line_count("Ahead or behind", 3, bold=True, indent=True) >= line_count(
        "Ahead or behind", 3
    )


def test_a_short_pack_is_one_page_with_its_writing_rows_filling_it() -> None:
    title, pages, scale = plan(pack(2, sections=2))
    assert pages.count == 1
    written = [r for r in pages.rows if r.kind == "write"]
    assert MIN_WRITE_ROWS < len(written) <= MAX_WRITE_ROWS
    room = PAGE_HEIGHT_PT / scale - sum(r.height for r in title)
    assert sum(r.height for r in pages.rows) <= room


def test_long_tables_break_between_rows_and_repeat_their_header() -> None:
    title, pages, scale = plan(pack(45, sections=3))
    assert pages.count >= 3
    room = PAGE_HEIGHT_PT / scale - sum(r.height for r in title)
    starts = [0, *(b + 1 for b in pages.breaks)]
    ends = [*pages.breaks, len(pages.rows) - 1]
    for first, last in zip(starts, ends, strict=True):
        page = pages.rows[first : last + 1]
        assert sum(r.height for r in page) <= room + 1e-6
        # A page never ends on a heading or a header, nor starts with a bare table row.
        assert page[-1].kind not in ("section", "heading", "note", "header")
        assert page[0].kind not in ("row", "write")
        if page[0].kind == "header":
            assert first > 0  # a repeated header continues the table of the page before


def test_a_section_that_fits_a_page_is_not_split() -> None:
    _title, pages, _scale = plan(pack(18, sections=4, writing=False))
    for s in range(4):
        rows = [i for i, r in enumerate(pages.rows) if r.section == s]
        broken = [b for b in pages.breaks if rows[0] <= b < rows[-1]]
        assert broken == [], s


def test_the_layout_has_every_text_once_in_order() -> None:
    _title, body = layout_rows(pack(3, sections=2, writing=False))
    texts = [c.value for r in body for c in r.cells if isinstance(c.value, str)]
    assert texts.index("1. Section") < texts.index("2. Section")
    assert texts.count("Call 2") == 2


def test_the_file_prints_as_planned(tmp_path: Path) -> None:
    path = tmp_path / "pack.xlsx"
    planned = plan(pack(45, sections=3))[1]
    assert write_one_on_one(path, pack(45, sections=3)) == planned.count
    sheet = load_workbook(path).worksheets[0]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9
    assert sheet.page_setup.scale == round(print_scale() * 100)
    # Fit to the page width too, as a safety where a wider font replaces the body font.
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$1:$2"
    assert [b.id for b in sheet.row_breaks.brk] == [2 + b + 1 for b in planned.breaks]
    assert "&P" in sheet.oddFooter.right.text
    widths = {sheet.column_dimensions[chr(65 + i)].width for i in range(GRID)}
    assert len(widths) == 1
    # Rows carry their planned heights; merged cells span the table columns.
    assert sheet.row_dimensions[1].height == 22.0
    assert sheet.row_dimensions[2].height == LINE
    spans = {(m.min_col, m.max_col) for m in sheet.merged_cells.ranges}
    assert {(1, 3), (4, 12), (13, 16), (1, GRID)} <= spans


def test_formula_like_text_stays_text(tmp_path: Path) -> None:
    table = PackTable(COLUMNS, [(date(2026, 12, 1), "=SUM(A1:A3)", 1)])
    data = OneOnOnePack("t", "s", "f", "en", [PackSection("1.", [PackBlock(table=table)])])
    path = tmp_path / "pack.xlsx"
    write_one_on_one(path, data)
    cells = [c for row in load_workbook(path).worksheets[0].iter_rows() for c in row]
    cell = next(c for c in cells if c.value == "=SUM(A1:A3)")
    assert cell.data_type == "s" and cell.quotePrefix


@pytest.mark.parametrize(
    ("fmt", "lang", "expected"),
    [("#,##0", "nl", "[$-413]#,##0"), ("#,##0", "en", "#,##0"), ("0%", "nl", "0%")],
)
def test_dutch_number_formats(fmt: str, lang: str, expected: str) -> None:
    assert localized(fmt, lang) == expected


def test_paginate_alone_keeps_a_table_start_with_its_header() -> None:
    title, body = layout_rows(pack(30, sections=1, writing=False))
    pages = paginate(title, body, 1.0)
    for b in pages.breaks:
        after = pages.rows[b + 1 :][:1]
        assert not after or after[0].kind != "row" or pages.rows[b].kind != "header"
