"""The pipeline hygiene sheet of the meeting workbook: what needs attention, per rep.

Two tables on one sheet: per rep the open deals, those needing attention and the count of each
flag (the team on the last row), then every deal that needs attention with its reasons, the
header repeated on each printed page.  The figures come from
:mod:`kpidesk.services.deals.hygiene`; this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from kpidesk.core.i18n import tr
from kpidesk.excel.writers import HEADER_FILL, HEADER_FONT, date_format, setup_print

# The meeting workbook's styles (kpidesk/excel/kpi_workbook.py), so the sheet looks the same.
TITLE_FONT = Font(bold=True, size=16, color="1F4E79")
SECTION_FONT = Font(bold=True, size=12, color="1F4E79")
NOTE_FONT = Font(italic=True, color="595959")
TEAM_FILL = PatternFill("solid", fgColor="EAF1F8")


@dataclass(frozen=True)
class HygieneTable:
    """Headers, the Excel number format per column (None = general), rows, column widths."""

    headers: list[str]
    formats: list[str | None]
    rows: Sequence[Sequence[Any]]
    widths: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class HygieneSheet:
    """Per rep: rep, open deals, needing attention, one count per flag (the team last when the
    workbook is the team's); then the deals that need attention: rep, deal, organisation, stage,
    value, expected close, and the flags in a short line (the full sentences are on the
    board's card)."""

    per_rep: HygieneTable
    deals: HygieneTable
    note: str
    team_row: bool = True  # the last row of per_rep is the whole team


def write_hygiene_sheet(
    book: Workbook, heading: Sequence[str], made_on: date, lang: str, hygiene: HygieneSheet
) -> None:
    """Add the sheet to a write-only workbook: A4 landscape, frozen title, the deal list's
    header repeated on every printed page.  *heading* is the title and the scope line."""
    title = tr("Pipeline hygiene")
    ws = book.create_sheet(title[:31])
    setup_print(ws)  # write-only: page setup and views go out with the first row
    ws.freeze_panes = "A4"
    columns = max(len(hygiene.per_rep.headers), len(hygiene.deals.headers))
    widths = [8.0] * columns
    for part in (hygiene.per_rep, hygiene.deals):
        for index, (width, head) in enumerate(zip(part.widths, part.headers, strict=False)):
            # Wide enough for each (bold) header: write-only rows cannot grow to wrap it.
            widths[index] = max(widths[index], width, len(head) * 1.15 + 2)
    for index, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    row = 0

    def cell(value: Any, fmt: str | None = None, **style: Any) -> WriteOnlyCell:
        item = WriteOnlyCell(ws, value=value)
        if isinstance(value, date):
            item.number_format = date_format(lang)
        elif fmt is not None and value is not None:
            item.number_format = fmt
        for name, setting in style.items():
            setattr(item, name, setting)
        return item

    def append(cells: Sequence[Any]) -> int:
        nonlocal row
        ws.append(list(cells))
        row += 1
        return row

    def write_table(table: HygieneTable, last_fill: PatternFill | None = None) -> int:
        header = append([cell(h, font=HEADER_FONT, fill=HEADER_FILL) for h in table.headers])
        for n, values in enumerate(table.rows):
            fill = last_fill if last_fill is not None and n == len(table.rows) - 1 else None
            extra = {"fill": fill} if fill is not None else {}
            append([cell(v, f, **extra) for v, f in zip(values, table.formats, strict=False)])
        return header

    append([cell(f"{heading[0]}: {title}", font=TITLE_FONT)])
    append([cell(heading[1], font=SECTION_FONT)])
    append([cell(tr("Made on"), font=NOTE_FONT), cell(made_on, font=NOTE_FONT)])
    append([cell(hygiene.note, font=NOTE_FONT)])
    append([])
    append([cell(tr("Needs attention per rep"), font=SECTION_FONT)])
    write_table(hygiene.per_rep, TEAM_FILL if hygiene.team_row else None)
    append([])
    append([cell(tr("Deals that need attention"), font=SECTION_FONT)])
    header = write_table(hygiene.deals)
    last_col = get_column_letter(len(hygiene.deals.headers))
    ws.auto_filter.ref = f"A{header}:{last_col}{max(row, header)}"
    ws.print_title_rows = f"{header}:{header}"
