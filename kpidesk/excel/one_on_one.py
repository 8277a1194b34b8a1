"""The one-on-one workbook: one rep's pack for the conversation, laid out for A4 landscape.

This module only lays the pack out; :mod:`kpidesk.services.coaching.one_on_one` gathers it.
The pack is one sheet that reads top to bottom in the method's order, so that it prints as a
few pages in that order.  Its tables differ in shape, so the sheet is a grid of equal narrow
columns and each table column spans a few of them (merged cells).  Rows get their heights from
the text they hold; the page breaks are planned here: a heading never ends a page, a table
that runs onto the next page repeats its header there, a section that fits on one page is not
split, and the title rows are printed on every page.  The rows for this time's actions fill
what is left of the last page, so it is never nearly empty.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from kpidesk.core.i18n import tr
from kpidesk.excel import kpi_workbook as meeting
from kpidesk.excel import writers
from kpidesk.excel.writers import HEADER_FILL, date_format, is_formula_like
from kpidesk.excel.writers import localized as localized

GRID = 16  # equal columns across the page
GRID_WIDTH = 8.5  # characters each
PAPER_A4 = 9
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_FOOTER = 0.4, 0.5, 0.6, 0.25
# A4 landscape is 11.69 x 8.27 inch; less 4 % for programs rounding widths to whole pixels.
PAGE_WIDTH_PX = (11.69 - 2 * MARGIN_SIDE) * 96 * 0.96
# The printable height in points, less the footer line and a safety margin, so that the
# program's own page breaks never come before the ones planned here.
PAGE_HEIGHT_PT = ((8.27 - MARGIN_TOP - MARGIN_BOTTOM) * 72 - 14) * 0.97
LINE = 15.0  # pt: one line of 11 pt text
CHAR = 0.93  # column units per character of 11 pt text (estimated on the wide side)
PADDING = 1.6  # units: a cell's inner margins
INDENT = 1.5  # units: the indent that keeps right-aligned text off its neighbour
WRITE_HEIGHT = 30.0  # pt: a row to write an action in by hand
MIN_WRITE_ROWS, MAX_WRITE_ROWS = 5, 14
KEEP_WITH_HEADER = 2  # a table's first rows stay on the page of its header
FONT_NAME = "Calibri"  # named in every cell: without a name programs pick their own default


def _named(font: Font) -> Font:
    """The meeting workbook's style, in the body font."""
    return Font(name=FONT_NAME, sz=font.sz or 11, b=font.b, i=font.i, color=font.color)


# The meeting workbook's styles (kpidesk.excel.kpi_workbook), so both look alike.
TITLE_FONT = _named(meeting.TITLE_FONT)
SECTION_FONT = _named(meeting.SECTION_FONT)
NOTE_FONT = _named(meeting.NOTE_FONT)
BOLD = _named(meeting.BOLD)
HEADER_FONT = _named(writers.HEADER_FONT)
TEAM_FILL = meeting.TEAM_FILL
BODY = Font(name=FONT_NAME, sz=11)
BAD = Font(name=FONT_NAME, sz=11, color="9C0006")
BAD_FILL = PatternFill("solid", fgColor="FFC7CE")
MUTED = Font(name=FONT_NAME, sz=11, color="7F7F7F")
THIN = Side(style="thin", color="A6A6A6")
LINED = Border(bottom=THIN)
BOXED = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


@dataclass(frozen=True)
class Column:
    """A table column: its header, how many grid columns it spans, its number format."""

    header: str
    span: int
    fmt: str | None = None  # None: general (text, or a date in the sheet's date format)
    right: bool = False  # numbers align right
    per_row: bool = False  # the row's own format, when the table gives one, wins


@dataclass(frozen=True)
class PackTable:
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]] = ()
    marks: Sequence[str | None] = ()  # per row: None, "bad" (red), "bold", "muted"
    empty_text: str = ""  # said instead of an empty table
    more_text: str = ""  # a line after the rows ("and 12 more in KPIDesk")
    row_formats: Sequence[str | None] = ()  # per row, for the columns marked ``per_row``


@dataclass(frozen=True)
class PackBlock:
    """One part of a section: a small heading, a note, sentences and/or a table."""

    heading: str = ""
    note: str = ""
    lines: Sequence[str] = ()
    table: PackTable | None = None
    writing: Sequence[Column] = ()  # empty rows with these columns, to write in by hand


@dataclass(frozen=True)
class PackSection:
    title: str
    blocks: Sequence[PackBlock]


@dataclass(frozen=True)
class OneOnOnePack:
    title: str  # "One-on-one: Bram de Vries"
    subtitle: str  # "December 2026 · made on 5 Dec 2026"
    footer: str
    lang: str
    sections: Sequence[PackSection]
    sheet_title: str = "1-1"


# -- layout ---------------------------------------------------------------------------------


@dataclass
class _Cell:
    col: int  # first grid column, 1-based
    span: int
    value: Any
    fmt: str | None = None
    font: Font | None = None
    fill: PatternFill | None = None
    right: bool = False
    wrap: bool = True
    border: Border | None = None


@dataclass
class _Row:
    kind: str  # title, section, heading, note, line, header, row, more, blank, write
    cells: list[_Cell]
    height: float
    table: int = -1  # which table the row belongs to (its header is repeated after a break)
    section: int = -1


def span_units(span: int) -> float:
    # Merged columns keep each column's padding pixels as width.
    return span * GRID_WIDTH + (span - 1) * 5 / 7


def line_count(
    text: str, span: int, *, bold: bool = False, size: float = 11, indent: bool = False
) -> int:
    """How many lines *text* takes wrapped in *span* grid columns (estimated generously)."""
    if not text:
        return 1
    factor = (1.1 if bold else 1.0) * size / 11
    room = span_units(span) - PADDING - (INDENT if indent else 0.0)
    per_line = max(int(room / (CHAR * factor)), 1)
    return sum(
        max(len(textwrap.wrap(part, per_line, break_on_hyphens=False)), 1)
        for part in text.split("\n")
    )


def _shown(value: Any, fmt: str | None, lang: str) -> str:
    """Roughly what a cell shows, for measuring."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, date):
        return "30-12-2026" if lang == "nl" else "30 Dec 2026"
    if isinstance(value, float) and fmt and "%" in fmt:
        return f"{value * 100:,.0f}%"
    return f"€ {value:,.0f}" if fmt and "€" in fmt else f"{value:,}"


def _height(cells: Sequence[_Cell], lang: str, base: float = LINE) -> float:
    lines = 1
    for c in cells:
        bold = c.font is not None and bool(c.font.b)
        size = float(c.font.sz) if c.font is not None and c.font.sz else 11.0
        shown = _shown(c.value, c.fmt, lang)
        lines = max(lines, line_count(shown, c.span, bold=bold, size=size, indent=c.right))
    return base * lines


def _full(value: str, font: Font | None = None) -> list[_Cell]:
    return [_Cell(1, GRID, value, font=font)]


def _columns_at(columns: Sequence[Column]) -> list[int]:
    starts, at = [], 1
    for column in columns:
        starts.append(at)
        at += column.span
    if at - 1 > GRID:
        raise ValueError(f"a table spans {at - 1} of {GRID} grid columns")
    return starts


def _table_rows(table: PackTable, index: int, section: int, lang: str) -> list[_Row]:
    starts = _columns_at(table.columns)
    header = [
        _Cell(s, c.span, c.header, font=HEADER_FONT, fill=HEADER_FILL, right=c.right)
        for s, c in zip(starts, table.columns, strict=True)
    ]
    rows = [_Row("header", header, _height(header, lang), index, section)]
    if not table.rows and table.empty_text:
        cells = _full(table.empty_text, NOTE_FONT)
        rows.append(_Row("line", cells, _height(cells, lang), index, section))
    for number, values in enumerate(table.rows):
        mark = table.marks[number] if number < len(table.marks) else None
        font = {"bad": BAD, "bold": BOLD, "muted": MUTED}.get(mark or "")
        fill = BAD_FILL if mark == "bad" else TEAM_FILL if mark == "bold" else None
        own = table.row_formats[number] if number < len(table.row_formats) else None
        cells = [
            _Cell(s, c.span, v, own if c.per_row and own else c.fmt, font, fill, c.right,
                  border=LINED)
            for s, c, v in zip(starts, table.columns, values, strict=False)
        ]  # fmt: skip
        rows.append(_Row("row", cells, _height(cells, lang), index, section))
    if table.more_text:
        cells = _full(table.more_text, NOTE_FONT)
        rows.append(_Row("more", cells, _height(cells, lang), index, section))
    return rows


def _write_rows(columns: Sequence[Column], count: int, index: int, section: int) -> list[_Row]:
    starts = _columns_at(columns)
    return [
        _Row(
            "write",
            [_Cell(s, c.span, None, border=BOXED) for s, c in zip(starts, columns, strict=True)],
            WRITE_HEIGHT,
            index,
            section,
        )
        for _ in range(count)
    ]


def layout_rows(pack: OneOnOnePack) -> tuple[list[_Row], list[_Row]]:
    """The title rows (printed on every page) and the body rows, in reading order."""
    title = [
        _Row("title", _full(pack.title, TITLE_FONT), 22.0),
        _Row("title", _full(pack.subtitle, NOTE_FONT), LINE),
    ]
    body: list[_Row] = []
    tables = 0
    for s, section in enumerate(pack.sections):
        body.append(_Row("blank", [], 8.0, section=s))
        cells = _full(section.title, SECTION_FONT)
        body.append(_Row("section", cells, max(21.0, _height(cells, pack.lang, 21.0)), section=s))
        for block in section.blocks:
            if block.heading:
                cells = _full(block.heading, BOLD)
                body.append(_Row("heading", cells, _height(cells, pack.lang), section=s))
            if block.note:
                cells = _full(block.note, NOTE_FONT)
                body.append(_Row("note", cells, _height(cells, pack.lang), section=s))
            for text in block.lines:
                cells = _full(text)
                body.append(_Row("line", cells, _height(cells, pack.lang), section=s))
            if block.table is not None:
                body.extend(_table_rows(block.table, tables, s, pack.lang))
                tables += 1
            if block.writing:
                starts = _columns_at(block.writing)
                header = [
                    _Cell(p, c.span, c.header, font=HEADER_FONT, fill=HEADER_FILL)
                    for p, c in zip(starts, block.writing, strict=True)
                ]
                body.append(_Row("header", header, _height(header, pack.lang), tables, s))
                body.extend(_write_rows(block.writing, MIN_WRITE_ROWS, tables, s))
                tables += 1
            body.append(_Row("blank", [], 6.0, section=s))
    while body and body[-1].kind == "blank":
        body.pop()
    return title, body


def print_scale() -> float:
    """The print scale at which the grid fills the page width (whole percent, at most 100)."""
    px = GRID * int(GRID_WIDTH * 7 + 5)
    return min(math.floor(PAGE_WIDTH_PX / px * 100) / 100, 1.0)


@dataclass
class Pages:
    rows: list[_Row]  # the body rows with repeated headers inserted
    breaks: list[int] = field(default_factory=list)  # index in rows after which a page ends
    last_fill: float = 0.0  # how full the last page is (0..1)

    @property
    def count(self) -> int:
        return len(self.breaks) + 1


def paginate(title: Sequence[_Row], body: Sequence[_Row], scale: float) -> Pages:
    """Break *body* into pages of the room left under the repeated *title* rows.

    A page never ends on a heading or a table header, nor before a table's first
    KEEP_WITH_HEADER rows; a section that fits on a page starts on a new one rather than
    being split; a table cut by a break gets its header again at the top of the next page.
    """
    room = PAGE_HEIGHT_PT / scale - sum(r.height for r in title)
    sections: dict[int, float] = {}
    for row in body:
        sections[row.section] = sections.get(row.section, 0.0) + row.height
    headers: dict[int, _Row] = {}
    out: list[_Row] = []
    breaks: list[int] = []
    used = 0.0
    i = 0
    while i < len(body):
        row = body[i]
        if row.kind == "header":
            headers[row.table] = row
        # The rows that must share this row's page.
        group_end = i + 1
        while group_end < len(body) and (
            body[group_end - 1].kind in ("section", "heading", "note", "header", "blank")
            or (
                body[group_end].kind in ("row", "more", "write")
                and _rows_since_header(body, group_end) < KEEP_WITH_HEADER
            )
        ):
            group_end += 1
        need = sum(r.height for r in body[i:group_end])
        starts_section = row.kind == "blank" and (i == 0 or body[i - 1].section != row.section)
        if starts_section and used > 0 and sections[row.section] <= room:
            need = max(need, sections[row.section])
        if used > 0 and used + need > room:
            breaks.append(len(out) - 1)
            used = 0.0
            if row.kind == "blank":
                i += 1  # no blank row at the top of a page
                continue
            if row.kind in ("row", "more", "write") and row.table in headers:
                out.append(headers[row.table])
                used += headers[row.table].height
        out.append(row)
        used += row.height
        i += 1
    return Pages(out, breaks, used / room if room else 1.0)


def _rows_since_header(body: Sequence[_Row], index: int) -> int:
    for count, row in enumerate(reversed(body[:index])):
        if row.kind == "header":
            return count
        if row.kind not in ("row", "more", "write"):
            break
    return KEEP_WITH_HEADER


def plan(pack: OneOnOnePack) -> tuple[list[_Row], Pages, float]:
    """Title rows, the pages of the body and the scale: the writing rows fill the last page."""
    scale = print_scale()
    title, body = layout_rows(pack)
    pages = paginate(title, body, scale)
    if body and body[-1].kind == "write":
        room = PAGE_HEIGHT_PT / scale - sum(r.height for r in title)
        left = room * (1 - pages.last_fill)
        extra = min(int(left // WRITE_HEIGHT), MAX_WRITE_ROWS - MIN_WRITE_ROWS)
        if extra > 0:
            last = body[-1]
            body = [*body, *([_Row("write", last.cells, WRITE_HEIGHT, last.table, last.section)])
                    * extra]  # fmt: skip
            pages = paginate(title, body, scale)
    return title, pages, scale


# -- writing --------------------------------------------------------------------------------


def _put(ws: Worksheet, row: int, cell: _Cell, lang: str) -> None:
    target = ws.cell(row=row, column=cell.col)
    value = cell.value
    if isinstance(value, str) and is_formula_like(value):
        target.value = value
        target.data_type = "s"
        target.quotePrefix = True
    else:
        target.value = value
    if isinstance(value, date):
        target.number_format = date_format(lang)
    elif cell.fmt is not None:
        target.number_format = localized(cell.fmt, lang)
    target.font = cell.font or BODY
    # Right-aligned cells keep a little room from the column on their right.
    target.alignment = Alignment(
        horizontal="right" if cell.right else "left",
        vertical="top",
        wrap_text=cell.wrap,
        indent=1 if cell.right else 0,
    )
    for offset in range(cell.span):
        part = ws.cell(row=row, column=cell.col + offset)
        if cell.fill is not None:
            part.fill = cell.fill
        if cell.border is not None:
            part.border = cell.border
    if cell.span > 1:
        ws.merge_cells(
            start_row=row, start_column=cell.col, end_row=row, end_column=cell.col + cell.span - 1
        )


def write_one_on_one(path: Path, pack: OneOnOnePack) -> int:
    """Write the pack to *path* (the caller makes the write atomic); returns its page count."""
    title, pages, scale = plan(pack)
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "".join("-" if c in "[]:*?/\\" else c for c in pack.sheet_title)[:31] or "1-1"
    for index in range(1, GRID + 1):
        ws.column_dimensions[get_column_letter(index)].width = GRID_WIDTH
    number = 0
    for row in [*title, *pages.rows]:
        number += 1
        ws.row_dimensions[number].height = row.height
        for cell in row.cells:
            _put(ws, number, cell, pack.lang)
    for after in pages.breaks:
        ws.row_breaks.append(Break(id=len(title) + after + 1))
    ws.print_title_rows = f"1:{len(title)}"
    ws.print_area = f"A1:{get_column_letter(GRID)}{number}"
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = PAPER_A4
    setup.scale = round(scale * 100)
    # The grid fits the page at that scale; fitting to the page width as well keeps it whole
    # where the body font is missing and a wider one takes its place (the rows then take
    # less room, so the planned breaks still hold).
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.print_options.horizontalCentered = True
    margins = ws.page_margins
    margins.left = margins.right = MARGIN_SIDE
    margins.top, margins.bottom = MARGIN_TOP, MARGIN_BOTTOM
    margins.header = margins.footer = MARGIN_FOOTER
    ws.oddFooter.left.text = pack.footer.replace("&", "&&")
    ws.oddFooter.left.size = 9
    ws.oddFooter.right.text = tr("Page &P of &N")
    ws.oddFooter.right.size = 9
    ws.sheet_view.showGridLines = False
    ws.freeze_panes = f"A{len(title) + 1}"
    book.save(path)
    return pages.count
