"""The KPI meeting workbook: summary, native charts over cells, detail sheets; print-ready.

This module only lays the figures out; :mod:`kpidesk.services.kpis.workbook` computes them.  The
whole workbook is written in openpyxl's write-only mode, which keeps it fast on a big team.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.excel.hygiene_sheet import HygieneSheet, write_hygiene_sheet
from kpidesk.excel.writers import (
    DECIMAL_1,
    EURO_WHOLE,
    HEADER_FILL,
    HEADER_FONT,
    INTEGER,
    PERCENT,
    date_format,
    is_formula_like,
    setup_print,
)

ACTION, RESULT, INSIGHT = "action", "result", "insight"
KIND_TITLES = {
    ACTION: tr_noop("Action KPIs"),
    RESULT: tr_noop("Result KPIs"),
    INSIGHT: tr_noop("Insight KPIs"),
}
UNIT_FORMATS = {"int": INTEGER, "money": EURO_WHOLE, "days": DECIMAL_1, "percent": PERCENT}
GREEN, ORANGE, RED = "C6EFCE", "FFE0B2", "FFC7CE"
TITLE_FONT = Font(bold=True, size=16, color="1F4E79")
SECTION_FONT = Font(bold=True, size=12, color="1F4E79")
NOTE_FONT = Font(italic=True, color="595959")
BOLD = Font(bold=True)
TEAM_FILL = PatternFill("solid", fgColor="EAF1F8")


@dataclass(frozen=True)
class KpiLine:
    """One KPI for one scope: value, target and the previous period's value (plain numbers)."""

    label: str
    scope: str
    value: float | None
    target: float | None
    previous: float | None
    unit: str = "int"  # int, money (euros), days, percent (ratio 0..1)
    is_team: bool = False
    pace: float | None = None  # where the value should be today (the target of the days so far)


@dataclass(frozen=True)
class KpiGroup:
    kind: str  # action, result, insight
    lines: list[KpiLine]


@dataclass(frozen=True)
class Table:
    """A detail table: headers, the Excel number format per column (None = general), rows."""

    headers: list[str]
    formats: list[str | None]
    rows: Sequence[Sequence[Any]]
    widths: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class KpiWorkbook:
    title: str
    scope: str
    period_label: str
    previous_label: str
    made_on: date
    lang: str
    groups: list[KpiGroup]
    points_per_rep: Table  # rep, points, goal
    monthly: Table  # month (date), qualified, target, won value
    pipeline: Table  # stage, value, weighted
    days_in_stage: Table  # stage, days
    activities: Table
    open_deals: Table
    closed_deals: Table
    at_risk: Table
    bottlenecks: Table
    notes: dict[str, str] = field(default_factory=dict)  # sheet key -> note line
    forecast: ForecastSheet | None = None
    hygiene: HygieneSheet | None = None  # written by kpidesk/excel/hygiene_sheet.py


@dataclass(frozen=True)
class ForecastSheet:
    """The coming months' forecast: sentences, a table per month, past months checked."""

    sentences: list[str]
    months: Table  # month, won so far, expected, P10, P90, weighted, target
    past: Table  # month, made on, expected, P10, P90, won
    method: str


class _Sheet:
    """A write-only sheet with a row counter and cell helpers."""

    def __init__(self, book: Workbook, title: str, lang: str, *, freeze: str | None = None) -> None:
        self.ws: WriteOnlyWorksheet = book.create_sheet(title[:31])
        self.row = 0
        self.lang = lang
        self._reusable: dict[tuple[int, str], Any] = {}
        # Write-only sheets write their properties and views with the first row: set them now.
        setup_print(self.ws)
        if freeze:
            self.ws.freeze_panes = freeze

    def cell(
        self,
        value: Any,
        fmt: str | None = None,
        *,
        font: Font | None = None,
        fill: PatternFill | None = None,
        wrap: bool = False,
        formula: bool = False,
    ) -> Any:
        if fill is None and font is None and not wrap:
            # Plain values need no cell object: much faster for long detail sheets.
            if value is None or (isinstance(value, str) and not is_formula_like(value)):
                return value
            if fmt is None and isinstance(value, (int, float)) and not isinstance(value, bool):
                return value
        cell = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str) and is_formula_like(value) and not formula:
            cell.data_type = "s"
            cell.quotePrefix = True
        if isinstance(value, date):
            cell.number_format = date_format(self.lang)
        elif fmt is not None and value is not None:
            cell.number_format = fmt
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def append_values(self, values: Sequence[Any], formats: Sequence[str | None]) -> int:
        """Append a table row of plain values, formatted per column.

        A write-only sheet serialises each row as it is appended, so one cell object per
        formatted column can be reused row after row: its style is set once, not per cell
        (the difference is most of the time on a long list of open deals).
        """
        cells: list[Any] = []
        for index, (value, fmt) in enumerate(zip(values, formats, strict=False)):
            if value is None or (fmt is None and not isinstance(value, (str, date))):
                cells.append(value)
                continue
            if isinstance(value, str):
                cells.append(self.cell(value))
                continue
            key = (index, "date" if isinstance(value, date) else str(fmt))
            cell = self._reusable.get(key)
            if cell is None:
                cell = self._reusable[key] = WriteOnlyCell(self.ws)
                cell.number_format = date_format(self.lang) if key[1] == "date" else fmt
            cell.value = value
            cells.append(cell)
        return self.append(cells)

    def append(self, cells: Sequence[Any]) -> int:
        self.ws.append(list(cells))
        self.row += 1
        return self.row

    def header(self, headers: Sequence[str]) -> int:
        cells = [self.cell(h, font=HEADER_FONT, fill=HEADER_FILL) for h in headers]
        return self.append(cells)

    def widths(self, widths: Sequence[float]) -> None:
        for index, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = width


def write_kpi_workbook(path: Path, data: KpiWorkbook) -> None:
    """Write the meeting workbook to *path* (the caller makes the write atomic)."""
    book = Workbook(write_only=True)
    _summary(book, data)
    _charts(book, data)
    details = [
        ("activities", tr("Activities"), data.activities),
        ("open_deals", tr("Open deals"), data.open_deals),
        ("closed_deals", tr("Won and lost"), data.closed_deals),
        ("at_risk", tr("Customers at risk"), data.at_risk),
        ("bottlenecks", tr("Coaching"), data.bottlenecks),
    ]
    for key, title, table in details:
        _detail(book, data, title, table, data.notes.get(key, ""), key == "open_deals")
    if data.hygiene is not None:
        scope = tr("{scope} · {period}").format(scope=data.scope, period=data.period_label)
        write_hygiene_sheet(book, (data.title, scope), data.made_on, data.lang, data.hygiene)
    if data.forecast is not None:
        _forecast(book, data, data.forecast)
    book.save(path)


TITLE_ROWS = 3


def _title_block(sheet: _Sheet, data: KpiWorkbook, subtitle: str | None) -> None:
    """Three rows: the title, scope and period, and the day the sheet was made."""
    title = data.title if subtitle is None else f"{data.title}: {subtitle}"
    sheet.append([sheet.cell(title, font=TITLE_FONT)])
    sheet.append(
        [
            sheet.cell(
                tr("{scope} · {period}").format(scope=data.scope, period=data.period_label),
                font=SECTION_FONT,
            )
        ]
    )
    sheet.append(
        [sheet.cell(tr("Made on"), font=NOTE_FONT), sheet.cell(data.made_on, font=NOTE_FONT)]
    )


def _summary(book: Workbook, data: KpiWorkbook) -> None:
    sheet = _Sheet(book, tr("Summary"), data.lang, freeze=f"A{TITLE_ROWS + 1}")
    sheet.widths([38, 24, 14, 14, 11, 14, 11, 30, 11])
    _title_block(sheet, data, None)
    sheet.append([])
    headers = [
        tr("KPI"),
        tr("Who"),
        tr("Value"),
        tr("Target"),
        tr("% of target"),
        tr("Pace today"),
        tr("% of pace"),
        tr("Previous period ({period})").format(period=data.previous_label),
        tr("Change"),
    ]
    first_header = 0
    ratio_cells: list[str] = []
    for group in data.groups:
        sheet.append([sheet.cell(tr(KIND_TITLES[group.kind]), font=SECTION_FONT)])
        if group.kind == INSIGHT:
            sheet.append(
                [
                    sheet.cell(
                        tr("Insight KPIs are for finding bottlenecks, not for judging people."),
                        font=NOTE_FONT,
                    )
                ]
            )
        row = sheet.header(headers)
        first_header = first_header or row
        for line in group.lines:
            row = sheet.row + 1
            fmt = UNIT_FORMATS[line.unit]
            font = BOLD if line.is_team else None
            fill = TEAM_FILL if line.is_team else None
            # % of target, % of pace and change are formulas over the cells beside them, so
            # they follow when someone edits a value or a target in the meeting.
            ratio = (
                f'=IF(AND(ISNUMBER(C{row}),ISNUMBER(D{row}),D{row}<>0),C{row}/D{row},"")'
                if line.target is not None
                else None
            )
            on_pace = (
                f'=IF(AND(ISNUMBER(C{row}),ISNUMBER(F{row}),F{row}<>0),C{row}/F{row},"")'
                if line.pace is not None
                else None
            )
            change = (
                f"=IF(AND(ISNUMBER(C{row}),ISNUMBER(H{row}),H{row}<>0),"
                f'(C{row}-H{row})/ABS(H{row}),"")'
                if line.previous not in (None, 0) and line.value is not None
                else None
            )
            sheet.append(
                [
                    sheet.cell(line.label, font=font, fill=fill),
                    sheet.cell(line.scope, font=font, fill=fill),
                    sheet.cell(line.value, fmt, font=font, fill=fill),
                    sheet.cell(line.target, fmt, font=font, fill=fill),
                    sheet.cell(ratio, PERCENT, font=font, fill=fill, formula=True),
                    sheet.cell(line.pace, fmt, font=font, fill=fill),
                    sheet.cell(on_pace, PERCENT, font=font, fill=fill, formula=True),
                    sheet.cell(line.previous, fmt, font=font, fill=fill),
                    sheet.cell(change, PERCENT, font=font, fill=fill, formula=True),
                ]
            )
            if on_pace is not None:
                ratio_cells.append(f"G{row}")
        sheet.append([])
    sheet.append(
        [
            sheet.cell(
                tr(
                    "Colours go against pace, where a figure should be today (its target pro "
                    "rata by working days, Monday to Friday): green at 100% of pace or more, "
                    "orange at 80% or more, red below 80%. Once the period is over, pace is the "
                    "target."
                ),
                font=NOTE_FONT,
            )
        ]
    )
    ws = sheet.ws
    if ratio_cells:
        ranges = " ".join(ratio_cells)
        green = PatternFill("solid", fgColor=GREEN, bgColor=GREEN)
        orange = PatternFill("solid", fgColor=ORANGE, bgColor=ORANGE)
        red = PatternFill("solid", fgColor=RED, bgColor=RED)
        first = ratio_cells[0]
        # Rules over the % cells only; blanks (no target) stay uncoloured.
        ws.conditional_formatting.add(
            ranges,
            FormulaRule(
                formula=[f"AND(ISNUMBER({first}),{first}>=1)"], fill=green, stopIfTrue=True
            ),
        )
        ws.conditional_formatting.add(
            ranges,
            FormulaRule(
                formula=[f"AND(ISNUMBER({first}),{first}>=0.8)"], fill=orange, stopIfTrue=True
            ),
        )
        ws.conditional_formatting.add(
            ranges,
            FormulaRule(formula=[f"AND(ISNUMBER({first}),{first}<0.8)"], fill=red, stopIfTrue=True),
        )
    if first_header:
        ws.print_title_rows = f"{first_header}:{first_header}"


def _data_table(sheet: _Sheet, title: str, table: Table, lang: str) -> tuple[int, int]:
    """Write a small titled table; returns its header row and last row."""
    sheet.append([sheet.cell(title, font=SECTION_FONT)])
    header = sheet.header(table.headers)
    for values in table.rows:
        sheet.append_values(values, table.formats)
    return header, sheet.row


def _charts(book: Workbook, data: KpiWorkbook) -> None:
    sheet = _Sheet(book, tr("Charts"), data.lang, freeze=f"A{TITLE_ROWS + 1}")
    sheet.widths([24, 24, 24, 18])
    _title_block(sheet, data, tr("Charts"))
    ws = sheet.ws
    anchor_rows: list[int] = []

    def place(chart: Any, at_row: int) -> None:
        chart.width, chart.height = 17, 7.5
        ws.add_chart(chart, f"F{at_row}")
        anchor_rows.append(at_row)

    def gap(header_row: int) -> None:
        # Each chart is ~15 rows tall: pad short tables so that charts do not overlap.
        while sheet.row < header_row + 15:
            sheet.append([])

    # 1. Activity points per rep against goal.
    sheet.append([])
    h, last = _data_table(
        sheet, tr("Activity points per rep against goal"), data.points_per_rep, data.lang
    )
    bar = BarChart()
    bar.type = "bar"
    bar.title = tr("Activity points per rep against goal")
    _bars(bar, ws, h, last, 2, 3)
    place(bar, h - 1)
    gap(h)

    # 2. Qualified leads per month against target (12 months), 3. won value per month.
    sheet.append([])
    h, last = _data_table(sheet, tr("Per month (last 12 months)"), data.monthly, data.lang)
    leads = BarChart()
    leads.title = tr("Qualified leads per month against target")
    _bars(leads, ws, h, last, 2, 2)
    target = LineChart()
    target.add_data(
        Reference(ws, min_col=3, min_row=h, max_row=max(last, h + 1)), titles_from_data=True
    )
    leads += target
    leads.y_axis.numFmt = "0"
    place(leads, h - 1)
    gap(h)
    won = BarChart()
    won.title = tr("Won value per month")
    _bars(won, ws, h, last, 4, 4)
    won.y_axis.numFmt = EURO_WHOLE
    place(won, h + 15)
    gap(h + 16)

    # 4. Pipeline per stage (weighted), 5. average days in each stage.
    sheet.append([])
    h, last = _data_table(sheet, tr("Pipeline per stage (open deals)"), data.pipeline, data.lang)
    pipe = BarChart()
    pipe.title = tr("Pipeline per stage: value and weighted value")
    _bars(pipe, ws, h, last, 2, 3)
    pipe.y_axis.numFmt = EURO_WHOLE
    place(pipe, h - 1)
    gap(h)
    sheet.append([])
    h, last = _data_table(sheet, tr("Average days in each stage"), data.days_in_stage, data.lang)
    days = BarChart()
    days.title = tr("Average days in each stage")
    _bars(days, ws, h, last, 2, 2)
    place(days, h - 1)
    gap(h)


def _bars(
    chart: Any, ws: WriteOnlyWorksheet, header: int, last: int, first_col: int, last_col: int
) -> None:
    last = max(last, header + 1)  # an empty table still gives the chart a valid range
    chart.add_data(
        Reference(ws, min_col=first_col, max_col=last_col, min_row=header, max_row=last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
    chart.legend.position = "b"
    chart.y_axis.majorGridlines = None if chart.type == "bar" else chart.y_axis.majorGridlines
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _detail(
    book: Workbook, data: KpiWorkbook, title: str, table: Table, note: str, mark_last: bool
) -> None:
    header_row = TITLE_ROWS + (2 if note else 1)
    sheet = _Sheet(book, title, data.lang, freeze=f"B{header_row + 1}")
    if table.widths:
        # Wide enough for each header: write-only rows cannot grow to wrap it.
        sheet.widths(
            [max(w, len(h) * 1.05 + 2) for w, h in zip(table.widths, table.headers, strict=False)]
        )
    _title_block(sheet, data, title)
    if note:
        sheet.append([sheet.cell(note, font=NOTE_FONT)])
    header = sheet.header(table.headers)
    for values in table.rows:
        sheet.append_values(values, table.formats)
    ws = sheet.ws
    last_col = get_column_letter(max(len(table.headers), 1))
    ws.auto_filter.ref = f"A{header}:{last_col}{max(sheet.row, header)}"
    ws.print_title_rows = f"{header}:{header}"
    if mark_last and table.rows:
        # Sleeping deals in red: the last column holds the mark.
        ws.conditional_formatting.add(
            f"A{header + 1}:{last_col}{sheet.row}",
            FormulaRule(
                formula=[f'${last_col}{header + 1}<>""'],
                font=Font(color="9C0006"),
                fill=PatternFill("solid", fgColor=RED, bgColor=RED),
            ),
        )


def _forecast(book: Workbook, data: KpiWorkbook, forecast: ForecastSheet) -> None:
    """The forecast sheet: a sentence per month, the table with a native chart (won so far
    and expected as stacked bars, the target as a line), and past months' forecast checked."""
    sheet = _Sheet(book, tr("Forecast"), data.lang, freeze=f"A{TITLE_ROWS + 1}")
    sheet.widths([11, 14, 27, 19, 13, 13, 12, 21])
    _title_block(sheet, data, tr("Forecast"))
    for sentence in forecast.sentences:
        sheet.append([sheet.cell(sentence)])
    for part in textwrap.wrap(forecast.method, 120):  # short lines: the page keeps its size
        sheet.append([sheet.cell(part, font=NOTE_FONT)])
    sheet.append([])
    ws = sheet.ws
    header, last = _data_table(sheet, tr("Forecast per month"), forecast.months, data.lang)
    chart = BarChart()
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = tr("Won so far and expected, against the target")
    _bars(chart, ws, header, last, 2, 3)
    target = LineChart()  # column 7: the target
    target.add_data(
        Reference(ws, min_col=7, min_row=header, max_row=max(last, header + 1)),
        titles_from_data=True,
    )
    chart += target
    chart.y_axis.numFmt = EURO_WHOLE
    chart.width, chart.height = 17, 7.5
    ws.add_chart(chart, f"A{last + 2}")
    for _ in range(16):  # room for the chart before the next table
        sheet.append([])
    if forecast.past.rows:
        _data_table(sheet, tr("Forecast against actual"), forecast.past, data.lang)
