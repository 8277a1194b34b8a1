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
from openpyxl.worksheet.pagebreak import Break

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.excel.hygiene_sheet import HygieneSheet
from kpidesk.excel.writers import (
    BODY_FONT,
    BOLD_CHAR,
    CHAR,
    DAYS,
    DECIMAL_1,
    EURO_WHOLE,
    HEADER_FILL,
    HEADER_FONT,
    INTEGER,
    PADDING,
    PERCENT,
    PRINTABLE_PT,
    PRINTABLE_PX,
    column_px,
    date_format,
    fit_scale,
    is_formula_like,
    localized,
    plan_columns,
    setup_print,
)

ACTION, RESULT, INSIGHT = "action", "result", "insight"
KIND_TITLES = {
    ACTION: tr_noop("Action KPIs"),
    RESULT: tr_noop("Result KPIs"),
    INSIGHT: tr_noop("Insight KPIs"),
}
UNIT_FORMATS = {"int": INTEGER, "money": EURO_WHOLE, "days": DAYS, "percent": PERCENT}
GREEN, ORANGE, RED = "C6EFCE", "FFE0B2", "FFC7CE"
# Fonts name their face: without a name programs pick their own default (often a serif).
TITLE_FONT = Font(name=BODY_FONT, bold=True, size=16, color="1F4E79")
SECTION_FONT = Font(name=BODY_FONT, bold=True, size=12, color="1F4E79")
NOTE_FONT = Font(name=BODY_FONT, italic=True, color="595959")
BOLD = Font(name=BODY_FONT, bold=True)
TEAM_FILL = PatternFill("solid", fgColor="EAF1F8")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
# Numbers keep a little room from the text in the column on their right.
NUMBER = Alignment(vertical="top", horizontal="right", indent=1)
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
# Row heights in points as LibreOffice and Excel give them to 11, 12 and 16 pt text.
ROW_PT, SECTION_PT, TITLE_PT = 15.0, 17.0, 22.0
LINE_CHAR = 0.95  # column units per character when counting the lines of wrapped text
CHART_PX = 17 / 2.54 * 96  # a chart 17 cm wide
CHART_ROWS = 12  # rows of 15 pt beside a chart 6.5 cm tall (from its table title on)


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

    def __init__(
        self,
        book: Workbook,
        title: str,
        lang: str,
        widths: Sequence[float],
        *,
        freeze: str | None = None,
        wrap: Sequence[bool] = (),
    ) -> None:
        self.ws: WriteOnlyWorksheet = book.create_sheet(title[:31])
        self.row = 0
        self.lang = lang
        self.column_widths = list(widths)
        self.wrap = list(wrap)
        self._reusable: dict[tuple[int, str], Any] = {}
        # Write-only sheets write their properties and views with the first row, and the
        # column widths before it: set them now.
        for index, width in enumerate(widths, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = width
        setup_print(self.ws, widths=widths)
        if freeze:
            self.ws.freeze_panes = freeze

    @property
    def scale(self) -> float:
        return fit_scale(self.column_widths)

    def cell(
        self,
        value: Any,
        fmt: str | None = None,
        *,
        font: Font | None = None,
        fill: PatternFill | None = None,
        wrap: bool = False,
        formula: bool = False,
        align: Alignment | None = None,
    ) -> Any:
        if fill is None and font is None and not wrap and align is None:
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
            cell.number_format = localized(fmt, self.lang)
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if wrap:
            cell.alignment = WRAP
        elif align is not None:
            cell.alignment = align
        return cell

    def append_values(self, values: Sequence[Any], formats: Sequence[str | None]) -> int:
        """Append a table row of plain values, formatted per column.

        A write-only sheet serialises each row as it is appended, so one cell object per
        formatted column can be reused row after row: its style is set once, not per cell
        (the difference is most of the time on a long list of open deals).
        """
        cells: list[Any] = []
        for index, (value, fmt) in enumerate(zip(values, formats, strict=False)):
            if value is None:
                cells.append(value)
                continue
            wrap = index < len(self.wrap) and self.wrap[index]
            if isinstance(value, str):
                if is_formula_like(value):
                    cells.append(self.cell(value, wrap=wrap, align=TOP))
                    continue
                key = (index, "wrap" if wrap else "text")
            elif isinstance(value, date):
                key = (index, "date")
            else:
                # Every number shows with a format: whole numbers by default.
                key = (index, fmt or (INTEGER if isinstance(value, int) else DECIMAL_1))
            cell = self._reusable.get(key)
            if cell is None:
                cell = self._reusable[key] = WriteOnlyCell(self.ws)
                # Top-aligned, so that a row with wrapped text reads as one line.
                cell.alignment = {"wrap": WRAP, "text": TOP}.get(key[1], NUMBER)
                if key[1] == "date":
                    cell.number_format = date_format(self.lang)
                elif key[1] not in ("wrap", "text"):
                    cell.number_format = localized(key[1], self.lang)
            cell.value = value
            cells.append(cell)
        return self.append(cells, self.row_height(values))

    def append(self, cells: Sequence[Any], height: float | None = None) -> int:
        """Append a row *height* points tall (one line by default).

        Every row has its height set, so that Excel and LibreOffice (whose default rows
        differ) break the pages where they were planned.
        """
        self.ws.row_dimensions[self.row + 1].height = height or ROW_PT
        self.ws.append(list(cells))
        self.row += 1
        return self.row

    def row_height(self, values: Sequence[Any]) -> float | None:
        """The height of a table row whose wrapped columns need more than one line."""
        lines = 1
        for index, value in enumerate(values):
            if isinstance(value, str) and index < len(self.wrap) and self.wrap[index]:
                lines = max(lines, _lines(value, self.column_widths[index]))
        return ROW_PT * lines if lines > 1 else None

    def header_height(self, headers: Sequence[str]) -> float:
        return ROW_PT * max(
            (_lines(h, w, bold=True) for h, w in zip(headers, self.column_widths, strict=False)),
            default=1,
        )

    def header(self, headers: Sequence[str]) -> int:
        cells = [
            self.cell(h, font=HEADER_FONT, fill=HEADER_FILL, align=HEADER_ALIGN) for h in headers
        ]
        return self.append(cells, self.header_height(headers))

    def break_after(self, row: int) -> None:
        """A page break after *row* (a manual break: the program may add none before)."""
        self.ws.row_breaks.append(Break(id=row))


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
        _hygiene(book, data, data.hygiene)
    if data.forecast is not None:
        _forecast(book, data, data.forecast)
    book.save(path)


TITLE_ROWS = 3


def _title_block(sheet: _Sheet, data: KpiWorkbook, subtitle: str | None) -> None:
    """Three rows: the title, scope and period, and the day the sheet was made."""
    title = data.title if subtitle is None else f"{data.title}: {subtitle}"
    sheet.append([sheet.cell(title, font=TITLE_FONT)], TITLE_PT)
    sheet.append(
        [
            sheet.cell(
                tr("{scope} · {period}").format(scope=data.scope, period=data.period_label),
                font=SECTION_FONT,
            )
        ],
        SECTION_PT,
    )
    sheet.append(
        [sheet.cell(tr("Made on"), font=NOTE_FONT), sheet.cell(data.made_on, font=NOTE_FONT)],
        ROW_PT,
    )


def _wrap_text(text: str, widths: Sequence[float]) -> list[str]:
    """*text* cut into lines as wide as columns of these *widths*, so that a long note never
    runs past the table (a program shrinks the printed page to show all of it)."""
    chars = max(int((sum(widths) - 2) / CHAR), 30)
    return textwrap.wrap(text, chars) or [""]


def _lines(text: str, width: float, bold: bool = False) -> int:
    """The lines a wrapped *text* takes in a column of *width* (words are not broken)."""
    room = max((width - PADDING) / (BOLD_CHAR if bold else LINE_CHAR), 1.0)
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > room:
            lines, used = lines + 1, len(word)
        else:
            used += len(word) + (1 if used else 0)
    return lines


def _summary_columns(data: KpiWorkbook, headers: Sequence[str]) -> tuple[list[float], list[bool]]:
    money = EURO_WHOLE  # the widest way a value is shown
    rows = [
        (
            line.label,
            line.scope,
            line.value,
            line.target,
            9.99,
            line.pace,
            9.99,
            line.previous,
            -9.99,
        )
        for group in data.groups
        for line in group.lines
    ]
    formats = [None, None, money, money, PERCENT, money, PERCENT, money, PERCENT]
    return plan_columns(headers, formats, rows, cap=50)


def _summary(book: Workbook, data: KpiWorkbook) -> None:
    """The summary: a table per kind of KPI, each KPI's lines kept on one page.

    The page breaks are planned here: a kind of KPI starts on a new page when it does not fit
    on the one it would start on, a KPI's team and rep lines are never split, a table that
    continues on the next page repeats its header, and the colour legend stays with the
    last table.  The title and the period print on every page.
    """
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
    widths, wrap = _summary_columns(data, headers)
    sheet = _Sheet(book, tr("Summary"), data.lang, widths, freeze=f"A{TITLE_ROWS + 1}")
    _title_block(sheet, data, None)
    sheet.append([])
    ws = sheet.ws
    ws.print_title_rows = "1:2"
    header_pt = sheet.header_height(headers)
    insight_note = tr("Insight KPIs are for finding bottlenecks, not for judging people.")
    legend = _wrap_text(
        tr(
            "Colours go against pace, where a figure should be today (its target pro "
            "rata by working days, Monday to Friday): green at 100% of pace or more, "
            "orange at 80% or more, red below 80%. Once the period is over, pace is the "
            "target."
        ),
        widths,
    )
    room = PRINTABLE_PT / sheet.scale - TITLE_PT - SECTION_PT  # under the repeated title
    used = ROW_PT * 2  # the "made on" row and a blank one
    ratio_cells: list[str] = []
    for g, group in enumerate(data.groups):
        runs: list[list[KpiLine]] = []
        for line in group.lines:
            if not runs or line.is_team or runs[-1][0].label != line.label:
                runs.append([line])
            else:
                runs[-1].append(line)
        start_pt = SECTION_PT + header_pt + (ROW_PT if group.kind == INSIGHT else 0.0)
        last_group = g == len(data.groups) - 1
        whole = start_pt + sum(_run_height(run, widths[0], wrap[0]) for run in runs)
        whole += ROW_PT * (1 + len(legend)) if last_group else 0.0
        if used > 0 and used + whole > room and whole <= room:
            # A table that fits on a page is not split: it starts on the next one.
            sheet.break_after(sheet.row)
            used = 0.0
        for k, run in enumerate(runs):
            need = sum(
                ROW_PT * _lines(line.label, widths[0]) if wrap[0] else ROW_PT for line in run
            )
            if k == 0:
                need += start_pt
            if last_group and k == len(runs) - 1:
                need += ROW_PT * (1 + len(legend))
            if used > 0 and used + need > room:
                sheet.break_after(sheet.row)
                used = 0.0
                if k > 0:
                    sheet.header(headers)
                    used += header_pt
            if k == 0:
                sheet.append(
                    [sheet.cell(tr(KIND_TITLES[group.kind]), font=SECTION_FONT)], SECTION_PT
                )
                if group.kind == INSIGHT:
                    sheet.append([sheet.cell(insight_note, font=NOTE_FONT)], ROW_PT)
                sheet.header(headers)
            for line in run:
                height = ROW_PT * _lines(line.label, widths[0]) if wrap[0] else ROW_PT
                _summary_line(sheet, line, wrap[0], height, ratio_cells)
            used += need
        sheet.append([], ROW_PT)
        used += ROW_PT
    for part in legend:
        sheet.append([sheet.cell(part, font=NOTE_FONT)], ROW_PT)
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


def _run_height(run: Sequence[KpiLine], width: float, wrap: bool) -> float:
    return sum(ROW_PT * _lines(line.label, width) if wrap else ROW_PT for line in run)


def _summary_line(
    sheet: _Sheet, line: KpiLine, wrap: bool, height: float, ratio_cells: list[str]
) -> None:
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
        f'=IF(AND(ISNUMBER(C{row}),ISNUMBER(H{row}),H{row}<>0),(C{row}-H{row})/ABS(H{row}),"")'
        if line.previous not in (None, 0) and line.value is not None
        else None
    )
    sheet.append(
        [
            sheet.cell(line.label, font=font, fill=fill, wrap=wrap),
            sheet.cell(line.scope, font=font, fill=fill),
            sheet.cell(line.value, fmt, font=font, fill=fill),
            sheet.cell(line.target, fmt, font=font, fill=fill),
            sheet.cell(ratio, PERCENT, font=font, fill=fill, formula=True),
            sheet.cell(line.pace, fmt, font=font, fill=fill),
            sheet.cell(on_pace, PERCENT, font=font, fill=fill, formula=True),
            sheet.cell(line.previous, fmt, font=font, fill=fill),
            sheet.cell(change, PERCENT, font=font, fill=fill, formula=True),
        ],
        height,
    )
    if on_pace is not None:
        ratio_cells.append(f"G{row}")


def _data_table(sheet: _Sheet, title: str, table: Table, lang: str) -> tuple[int, int]:
    """Write a small titled table; returns its header row and last row."""
    sheet.append([sheet.cell(title, font=SECTION_FONT)], SECTION_PT)
    header = sheet.header(table.headers)
    for values in table.rows:
        sheet.append_values(values, table.formats)
    return header, sheet.row


def _charts(book: Workbook, data: KpiWorkbook) -> None:
    tables = (data.points_per_rep, data.monthly, data.pipeline, data.days_in_stage)
    columns = max(len(t.headers) for t in tables)
    widths = [10.0] * columns
    for table in tables:
        planned, _wrap = plan_columns(table.headers, table.formats, table.rows)
        widths = [
            max(w, p) for w, p in zip(widths, [*planned, *widths[len(planned) :]], strict=True)
        ]
    # A narrow column between the tables and the charts (column F on).
    widths = [*widths, *([2.0] * (5 - columns))] if columns < 5 else widths
    sheet = _Sheet(book, tr("Charts"), data.lang, widths, freeze=f"A{TITLE_ROWS + 1}")
    _title_block(sheet, data, tr("Charts"))
    ws = sheet.ws
    anchor_rows: list[int] = []
    # The charts print beside the tables: the page is shrunk to hold both.
    scale = min(1.0, PRINTABLE_PX / (sum(column_px(w) for w in widths) + CHART_PX))
    room = PRINTABLE_PT / scale
    used = TITLE_PT + SECTION_PT + ROW_PT

    def block(table: Table, charts: int) -> None:
        """Start a table with its charts on a new page unless it fits on this one."""
        nonlocal used
        # A blank row, then the table's rows or the charts' beside them.
        rows = 1 + max(len(table.rows), (CHART_ROWS + 1) * charts - 1)
        need = rows * ROW_PT + SECTION_PT + sheet.header_height(table.headers)
        if used + need > room:
            sheet.break_after(sheet.row)
            used = 0.0
        used += need

    def place(chart: Any, at_row: int) -> None:
        chart.width, chart.height = 17, 6.5
        ws.add_chart(chart, f"F{at_row}")
        anchor_rows.append(at_row)

    def gap(header_row: int) -> None:
        # Pad short tables so that the charts beside them do not overlap.
        while sheet.row < header_row + CHART_ROWS:
            sheet.append([])

    # 1. Activity points per rep against goal.
    block(data.points_per_rep, 1)
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
    block(data.monthly, 2)
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
    place(won, h + CHART_ROWS)
    gap(h + CHART_ROWS + 1)

    # 4. Pipeline per stage (weighted), 5. average days in each stage.
    block(data.pipeline, 1)
    sheet.append([])
    h, last = _data_table(sheet, tr("Pipeline per stage (open deals)"), data.pipeline, data.lang)
    pipe = BarChart()
    pipe.title = tr("Pipeline per stage: value and weighted value")
    _bars(pipe, ws, h, last, 2, 3)
    pipe.y_axis.numFmt = EURO_WHOLE
    place(pipe, h - 1)
    gap(h)
    block(data.days_in_stage, 1)
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
    widths, wrap = plan_columns(table.headers, table.formats, table.rows, minimum=(18.0,))
    note_lines = _wrap_text(note, widths) if note else []
    header_row = TITLE_ROWS + len(note_lines) + 1
    sheet = _Sheet(book, title, data.lang, widths, freeze=f"B{header_row + 1}", wrap=wrap)
    _title_block(sheet, data, title)
    for part in note_lines:
        sheet.append([sheet.cell(part, font=NOTE_FONT)])
    header = sheet.header(table.headers)
    breaks = _balanced_breaks(
        [sheet.row_height(values) or ROW_PT for values in table.rows],
        PRINTABLE_PT / sheet.scale - sheet.header_height(table.headers),
        PRINTABLE_PT / sheet.scale
        - TITLE_PT
        - SECTION_PT
        - ROW_PT * (len(note_lines) + 1)
        - sheet.header_height(table.headers),
    )
    for index, values in enumerate(table.rows):
        if index in breaks:
            sheet.break_after(sheet.row)
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


def _hygiene(book: Workbook, data: KpiWorkbook, hygiene: HygieneSheet) -> None:
    """Pipeline hygiene: the flags counted per rep, then every deal that needs attention with
    its reasons, laid out like the detail sheets (widths from the content, long text wrapped,
    the deal list's header repeated on each printed page)."""
    per_rep, deals = hygiene.per_rep, hygiene.deals
    count = max(len(per_rep.headers), len(deals.headers))
    # One set of columns serves both tables: the counts' columns are the least each needs,
    # and the deal list's text columns give way (and wrap) until the page is wide enough.
    least, _wrap = plan_columns(
        per_rep.headers, per_rep.formats, per_rep.rows, minimum=(18.0,)
    )  # the first column as wide as on the other detail sheets
    pad = count - len(deals.headers)
    widths, wrap = plan_columns(
        [*deals.headers, *([""] * pad)],
        [*deals.formats, *([None] * pad)],
        deals.rows,
        minimum=least,
    )
    title = tr("Pipeline hygiene")
    note_lines = _wrap_text(hygiene.note, widths) if hygiene.note else []
    sheet = _Sheet(book, title, data.lang, widths, freeze=f"A{TITLE_ROWS + 1}", wrap=wrap)
    _title_block(sheet, data, title)
    for part in note_lines:
        sheet.append([sheet.cell(part, font=NOTE_FONT)])
    sheet.append([])
    sheet.append([sheet.cell(tr("Needs attention per rep"), font=SECTION_FONT)], SECTION_PT)
    sheet.header(per_rep.headers)
    for index, values in enumerate(per_rep.rows):
        if hygiene.team_row and index == len(per_rep.rows) - 1:
            cells = [
                sheet.cell(v, f, font=BOLD, fill=TEAM_FILL)
                for v, f in zip(values, per_rep.formats, strict=False)
            ]
            sheet.append(cells)
        else:
            sheet.append_values(values, per_rep.formats)
    sheet.append([])
    used = sheet.row
    sheet.append([sheet.cell(tr("Deals that need attention"), font=SECTION_FONT)], SECTION_PT)
    header = sheet.header(deals.headers)
    first_room = PRINTABLE_PT / sheet.scale - sum(
        sheet.ws.row_dimensions[r].height or ROW_PT for r in range(1, used + 1)
    )
    breaks = _balanced_breaks(
        [sheet.row_height(values) or ROW_PT for values in deals.rows],
        PRINTABLE_PT / sheet.scale - sheet.header_height(deals.headers),
        first_room - SECTION_PT - sheet.header_height(deals.headers),
    )
    for index, values in enumerate(deals.rows):
        if index in breaks:
            sheet.break_after(sheet.row)
        sheet.append_values(values, deals.formats)
    last_col = get_column_letter(max(len(deals.headers), 1))
    sheet.ws.auto_filter.ref = f"A{header}:{last_col}{max(sheet.row, header)}"
    sheet.ws.print_title_rows = f"{header}:{header}"


def _balanced_breaks(heights: Sequence[float], room: float, first_room: float) -> set[int]:
    """The rows (by index) that start a new page, so that a long table's pages are about
    equally full and its last page never holds just a few rows.  *first_room* is what the
    first page has under the title and header, *room* what each next one has under the
    repeated header."""
    total = sum(heights)
    if total <= first_room:
        return set()

    def starts(share: float) -> set[int]:
        found: set[int] = set()
        used, limit = 0.0, first_room * share
        for index, height in enumerate(heights):
            if used > 0 and used + height > limit:
                found.add(index)
                used, limit = 0.0, room * share
            used += height
        return found

    # The fewest pages the table takes, then each page filled to the smallest share of its
    # room that still gives that many pages: the pages come out about equally full.
    fewest = len(starts(1.0))
    for step in range(25, 51):
        found = starts(step / 50)
        if len(found) <= fewest:
            return found
    return starts(1.0)


def _forecast(book: Workbook, data: KpiWorkbook, forecast: ForecastSheet) -> None:
    """The forecast sheet: a sentence per month, the table with a native chart (won so far
    and expected as stacked bars, the target as a line), and past months' forecast checked."""
    widths, _wrap = plan_columns(
        forecast.months.headers, forecast.months.formats, forecast.months.rows, minimum=(11.0,)
    )
    if forecast.past.rows:
        past, _wrap = plan_columns(forecast.past.headers, forecast.past.formats, forecast.past.rows)
        widths = [max(w, p) for w, p in zip(widths, [*past, *widths[len(past) :]], strict=False)]
    sheet = _Sheet(book, tr("Forecast"), data.lang, widths, freeze=f"A{TITLE_ROWS + 1}")
    _title_block(sheet, data, tr("Forecast"))
    for sentence in forecast.sentences:
        for part in _wrap_text(sentence, widths):
            sheet.append([sheet.cell(part)])
    for part in _wrap_text(forecast.method, widths):  # the page keeps its size
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
