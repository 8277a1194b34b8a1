"""Writing spreadsheet files safely: atomic replacement, no formulas from user text, streaming.

* A file is written to a temporary file in the target's folder and then moved over the target
  with ``os.replace``, so a failure (or Cancel) never leaves half a file behind.
* Text that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return) is always written as text: in xlsx as a string cell with the
  quote-prefix style, in CSV with a leading single quote (the OWASP advice on CSV injection),
  which the CSV reader removes again (:mod:`kpidesk.excel.protection` has the exact rule).
* Big tables stream through rvgsrust-xlsxwriter's constant-memory mode or :mod:`csv`, row by
  row, so memory stays flat however many rows there are.  The meeting workbooks (native charts,
  print setup) are openpyxl's; the print and width helpers below serve those.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.styles import Font, PatternFill

from kpidesk.core.i18n import tr
from kpidesk.excel.protection import FORMULA_STARTS as FORMULA_STARTS
from kpidesk.excel.protection import csv_safe as csv_safe
from kpidesk.excel.protection import is_formula_like as is_formula_like

# Read once: mkstemp makes private files, the export should get the user's usual permissions.
_UMASK = os.umask(0o022)
os.umask(_UMASK)

# Number formats.  Excel reads "," and "." in a format as "thousands" and "decimal" and shows
# them the way the user's locale does, so one format serves Dutch and English users.
EURO = '"€ "#,##0.00'
EURO_WHOLE = '"€ "#,##0'
PERCENT = "0%"
PERCENT_1 = "0.0%"
INTEGER = "#,##0"
DECIMAL_1 = "#,##0.0"
DAYS = "#,##0"  # whole days: "170.0" says nothing more than "170"
DATE_FORMATS = {"nl": "dd-mm-yyyy", "en": "d mmm yyyy"}

HEADER_COLOURS = ("1F4E79", "FFFFFF")  # fill, text
HEADER_FILL = PatternFill("solid", fgColor=HEADER_COLOURS[0])
BODY_FONT = "Calibri"
HEADER_FONT = Font(name=BODY_FONT, bold=True, color=HEADER_COLOURS[1])


class WriteError(Exception):
    """The file cannot be written; ``str(error)`` tells the user what to do."""


def date_format(lang: str) -> str:
    return DATE_FORMATS.get(lang, DATE_FORMATS["en"])


# Atomic writing -------------------------------------------------------------------------------
def check_target(target: Path) -> None:
    """Refuse, before any work, a target that cannot be written; messages say what to do."""
    if target.is_dir():
        raise WriteError(
            tr("{path} is a folder. Give a file name, for example {example}.").format(
                path=target, example=target / "export.xlsx"
            )
        )
    if not target.parent.is_dir():
        raise WriteError(
            tr("The folder {folder} does not exist. Create it first or choose another.").format(
                folder=target.parent
            )
        )
    if target.exists():
        try:
            # Opening for append changes nothing, but fails when another program (Excel on
            # Windows) holds the file open, or the file is read-only.
            with target.open("ab"):
                pass
        except OSError as exc:
            raise _locked(target) from exc


def _locked(target: Path) -> WriteError:
    return WriteError(
        tr(
            "KPIDesk cannot write {file}: it is open in another program (Excel?) or "
            "read-only. Close it there, or choose another file name."
        ).format(file=target)
    )


@contextmanager
def atomic_file(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside *target*; move it over *target* only when all went well."""
    target = Path(target)
    check_target(target)
    try:
        handle, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.stem}-", suffix=f"{target.suffix}.tmp"
        )
    except OSError as exc:
        raise WriteError(
            tr("KPIDesk may not write in the folder {folder}. Choose another folder.").format(
                folder=target.parent
            )
        ) from exc
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        try:
            mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_UMASK
            temp.chmod(mode)
            os.replace(temp, target)
        except PermissionError as exc:
            raise _locked(target) from exc
        except OSError as exc:
            raise WriteError(
                tr("KPIDesk could not save {file}: {reason}").format(
                    file=target, reason=exc.strerror or exc
                )
            ) from exc
    finally:
        temp.unlink(missing_ok=True)


# Table writers --------------------------------------------------------------------------------
@dataclass(frozen=True)
class TableColumn:
    """A column of an exported table: its header and how its values are shown in Excel."""

    header: str
    number_format: str | None = None  # None: general (text, whole numbers)
    width: float = 14


# The streaming xlsx writer is rvgsrust-xlsxwriter (rust_xlsxwriter underneath) in its
# constant-memory mode: a million rows in a fraction of openpyxl write-only's time (bench/
# bench_export.py measures both).  Cells go in as plain values, a batch of rows per call; what
# the Rust side cannot know is decided here, once per cell, at Python speed:
#
# * a date is written as Excel's serial number under a date column format (the Rust writer's
#   own date cells carry a fixed yyyy-mm-dd and would ignore the column's format);
# * text that a spreadsheet would take for a formula gets a quote-prefix format of its own;
# * a carriage return is written as the line feed that XML makes of it in any case, as the
#   openpyxl writer did (a re-import reads the same text from both).
BATCH = 1_000  # rows per call into the Rust writer
MAX_TEXT = 32_767  # characters in one cell, Excel's limit
MAX_ROWS = 1_048_576  # rows in one sheet, the header included
_EPOCH = datetime(1899, 12, 30)  # serial 0 in Excel's 1900 date system
_UNSEEN = object()
# Per-column state: what the column's format is, decided by its first value when TableColumn
# gave none.
_OPEN, _DATES, _OTHER, _FORMATTED = range(4)


def excel_serial(value: date) -> float | None:
    """Excel's serial number for a date or moment (1900 system), None before 1900."""
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=None)
    else:
        moment = datetime(value.year, value.month, value.day)
    delta = moment - _EPOCH
    days = delta.days
    if days <= 0:
        return None
    if days <= 60:  # before Excel's phantom 29 February 1900
        days -= 1
    if delta.seconds or delta.microseconds:
        return days + (delta.seconds + delta.microseconds / 1e6) / 86_400
    return float(days)


class _XlsxRows:
    """Turns plain values into what the Rust writer takes: real numbers and dates, text never a
    formula; batches the rows and writes the odd cell (a formula-like text) on its own."""

    def __init__(self, workbook: Any, sheet: Any, columns: Sequence[TableColumn], lang: str):
        self._sheet = sheet
        self._headers = [c.header for c in columns]
        self._width = len(columns)
        self._new_format = workbook.add_format
        self._date_format = self._number_format(date_format(lang))
        self._quoted = workbook.add_format().set_quote_prefix()
        self._general = self._number_format("General")
        self._state = [_OPEN] * self._width
        for index, column in enumerate(columns):
            if column.number_format is not None:
                sheet.set_column_format(index, self._number_format(column.number_format))
                self._state[index] = _FORMATTED
        self._serials: dict[date, float | None] = {}
        self._plans: dict[tuple[type, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._batch: list[list[Any]] = []
        self._first = 1  # the sheet row of the batch's first row (0 is the header)

    def _number_format(self, fmt: str) -> Any:
        return self._new_format().set_num_format(fmt)

    def add(self, values: Sequence[Any]) -> None:
        row = list(values)
        if len(row) > self._width:  # as zip() did: a value without a column is not written
            del row[self._width :]
        # Rows of one query have a handful of shapes (which cells are None); for a shape seen
        # before, only its text and date cells need a look.
        plan = self._plans.get(tuple(map(type, row)))
        if plan is not None:
            texts, dates = plan
            for index in texts:
                text = row[index]
                if text.startswith(FORMULA_STARTS) or "\r" in text:
                    return self._add(row)
            serials = self._serials
            for index in dates:
                day = row[index]
                serial = serials.get(day, _UNSEEN)
                if serial is _UNSEEN:
                    serial = serials[day] = excel_serial(day)
                if serial is None:  # before 1900: the general path writes it as text
                    return self._add(list(values[: self._width]))
                row[index] = serial
            self._batch.append(row)
            if len(self._batch) >= BATCH:
                self.flush()
            return
        self._add(row)
        self._learn(values)

    def _learn(self, values: Sequence[Any]) -> None:
        """Remember the plan for rows of this shape, once its columns' formats are settled."""
        texts, dates = [], []
        for index, value in enumerate(values[: self._width]):
            kind = type(value)
            state = self._state[index]
            if kind is str and state in (_OTHER, _FORMATTED):
                texts.append(index)
            elif kind in (date, datetime) and state in (_DATES, _FORMATTED):
                dates.append(index)
            elif kind in _NUMBERS and state in (_OTHER, _FORMATTED):
                pass
            elif value is not None:
                return  # a cell the general path must see each time (or a column still open)
        self._plans[tuple(map(type, values[: self._width]))] = (tuple(texts), tuple(dates))

    def _add(self, row: list[Any]) -> None:
        """The general path: every cell looked at, column formats settled, odd cells apart."""
        odd: list[tuple[int, Any, Any]] | None = None
        state = self._state
        for index, value in enumerate(row):
            kind = type(value)
            if kind is str:
                if state[index] == _OPEN:
                    state[index] = _OTHER
                if value[:1] in _SPECIAL_STARTS or "\r" in value or len(value) > MAX_TEXT:
                    text = self._text(index, value)
                    if is_formula_like(value):
                        row[index] = None
                        odd = odd or []
                        odd.append((index, text, self._quoted))
                    else:
                        row[index] = text
            elif value is None:
                continue
            elif kind is date or kind is datetime or isinstance(value, date):
                serial = self._serials.get(value, _UNSEEN)
                if serial is _UNSEEN:
                    serial = self._serials[value] = excel_serial(value)
                if serial is None:  # before 1900: Excel has no date for it, the text is exact
                    row[index] = value.isoformat()
                    continue
                row[index] = serial
                column = state[index]
                if column == _OPEN:
                    self._sheet.set_column_format(index, self._date_format)
                    state[index] = _DATES
                elif column == _OTHER:
                    row[index] = None
                    odd = odd or []
                    odd.append((index, serial, self._date_format))
            else:
                column = state[index]
                if column == _OPEN:
                    state[index] = _OTHER
                elif column == _DATES:  # a number in a column of dates is no date
                    row[index] = None
                    odd = odd or []
                    odd.append((index, value, self._general))
        if odd is None:
            self._batch.append(row)
            if len(self._batch) >= BATCH:
                self.flush()
            return
        self.flush()
        self._check_room(1)
        number = self._first
        self._sheet.write_row(number, 0, row)
        for index, value, cell_format in odd:
            self._sheet.write(number, index, value, cell_format)
        self._first += 1

    def _text(self, index: int, value: str, number: int | None = None) -> str:
        """The text as the cell holds it in sheet row *number* (the next row when None);
        refuses what Excel cannot hold."""
        if len(value) > MAX_TEXT:
            raise WriteError(
                tr(
                    "Row {row} has a text of {length} characters in column {column}; Excel "
                    "takes at most {limit}. Shorten it, or export as .csv."
                ).format(
                    row=(self._first + len(self._batch) if number is None else number) + 1,
                    length=len(value),
                    column=self._headers[index] if index < self._width else index + 1,
                    limit=MAX_TEXT,
                )
            )
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        return value

    def _check_room(self, rows: int) -> None:
        if self._first + rows > MAX_ROWS:
            raise WriteError(
                tr(
                    "An Excel sheet holds at most {limit} rows below its header, and this "
                    "export has more. Filter the list to fewer rows, or export as .csv."
                ).format(limit=MAX_ROWS - 1)
            )

    def flush(self) -> None:
        if self._batch:
            self._check_room(len(self._batch))
            try:
                self._sheet.write_rows(self._first, 0, self._batch)
            except ValueError:
                # The library refuses a text longer than Excel takes; say which one.
                for number, row in enumerate(self._batch, self._first):
                    for index, value in enumerate(row):
                        if isinstance(value, str) and len(value) > MAX_TEXT:
                            self._text(index, value, number)
                raise
            self._first += len(self._batch)
            self._batch = []


# The first characters that may need a cell of their own (see _XlsxRows._text).
_SPECIAL_STARTS = frozenset(FORMULA_STARTS)
_NUMBERS = (int, float, Decimal, bool)


def write_xlsx_table(
    path: Path,
    sheet_title: str,
    columns: Sequence[TableColumn],
    rows: Iterable[Sequence[Any]],
    *,
    lang: str = "en",
) -> int:
    """Stream *rows* into a new one-sheet workbook at *path* (constant memory); returns the count.

    The header row is bold, frozen and filtered; printing is landscape, one page wide, with
    the header repeated on every page.
    """
    from rvgsrust_xlsxwriter import Workbook as RustWorkbook

    workbook = RustWorkbook()
    sheet = workbook.add_worksheet(sheet_title[:31], constant_memory=True)
    header = (
        workbook.add_format()
        .set_font_name(BODY_FONT)
        .set_bold()
        .set_font_color("#" + HEADER_COLOURS[1])
        .set_pattern("solid")
        .set_background_color("#" + HEADER_COLOURS[0])
        .set_vertical_align("vcenter")
    )
    for index, column in enumerate(columns):
        # In pixels, so that the file says exactly column.width, as openpyxl wrote it.
        sheet.set_column_width_pixels(index, round(column.width * 7))
    sheet.freeze_panes(1, 0)
    sheet.set_landscape()
    sheet.set_paper_size(9)  # A4
    sheet.set_print_fit_to_pages(1, 0)
    sheet.set_print_gridlines(False)
    sheet.set_margins(MARGIN_SIDE, MARGIN_SIDE, 0.5, 0.5, 0.25, 0.25)
    sheet.set_repeat_rows(0, 0)
    maker = _XlsxRows(workbook, sheet, columns, lang)
    sheet.write_row(0, 0, [column.header for column in columns], header)
    count = 0
    for values in rows:
        maker.add(values)
        count += 1
    maker.flush()
    if columns:
        sheet.autofilter(0, 0, count, len(columns) - 1)
    workbook.close(str(path))
    return count


def write_csv_table(
    path: Path,
    columns: Sequence[TableColumn],
    rows: Iterable[Sequence[Any]],
    *,
    lang: str = "en",
) -> int:
    """Stream *rows* into a UTF-8 CSV file with a BOM; returns the number of rows.

    Dutch exports use ``;`` and a decimal comma, as Excel with Dutch settings expects; English
    ones ``,`` and a decimal point.  Dates are ISO (yyyy-mm-dd), which both read unambiguously.
    """
    dutch = lang == "nl"
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";" if dutch else ",")
        writer.writerow([csv_safe(c.header) for c in columns])
        for values in rows:
            writer.writerow([_csv_value(v, dutch) for v in values])
            count += 1
    return count


def _csv_value(value: Any, dutch: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_safe(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else (value.isoformat(sep=" ", timespec="minutes"))
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, Decimal)):
        text = f"{value:.2f}"
        return text.replace(".", ",") if dutch else text
    return csv_safe(str(value))


# Printing ------------------------------------------------------------------------------------
# A4 landscape less the side margins, in pixels at 96 dpi; a column of width w (characters of
# the body font) is w * 7 + 5 pixels wide in Excel.
MARGIN_SIDE = 0.4
PRINTABLE_PX = (11.69 - 2 * MARGIN_SIDE) * 96
# The smallest print scale a sheet may be shrunk to: 11 pt text prints at 8.25 pt or more.
MIN_PRINT_SCALE = 0.75
# The printable height of A4 landscape in points, less the margins and the footer line.
PRINTABLE_PT = (8.27 - 2 * 0.5) * 72 - 24
DUTCH = "[$-413]"  # Dutch number formats show "€ 1.250" and "7,5" on any computer


def localized(fmt: str, lang: str) -> str:
    """Dutch number formats carry the Dutch locale (a decimal comma, dots between thousands)."""
    if lang != "nl" or fmt.startswith("[$") or not any(c in fmt for c in ",."):
        return fmt
    return DUTCH + fmt


def column_px(width: float) -> int:
    return int(width * 7 + 5)


def fits_page(widths: Sequence[float], scale: float = MIN_PRINT_SCALE) -> bool:
    """Whether columns of these widths fit the page width printed at *scale*."""
    return sum(column_px(w) for w in widths) <= PRINTABLE_PX / scale


def fit_scale(widths: Sequence[float]) -> float:
    """The scale "fit to one page wide" prints columns of these widths at (at most 1)."""
    total = sum(column_px(w) for w in widths)
    return min(1.0, PRINTABLE_PX / total) if total else 1.0


CHAR = 1.0  # column units per character of body text (on the wide side: fonts differ)


def text_width(value: Any, fmt: str | None = None) -> float:
    """The width in column units that *value* needs as the sheet shows it (without padding)."""
    if value is None:
        return 0.0
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0) * CHAR
    if isinstance(value, (date, datetime)):
        return 11.0
    if isinstance(value, bool):
        return 5.0
    if isinstance(value, (int, float, Decimal)):
        number = float(value)
        fmt = fmt or ""
        if "%" in fmt:
            text = f"{number * 100:.{1 if '.0%' in fmt else 0}f}%"
        elif "0.0" in fmt:
            text = f"{number:,.1f}"
        elif "0.00" in fmt:
            text = f"{number:,.2f}"
        else:
            text = f"{round(number):,}"
        if "€" in fmt:
            text = "€ " + text
        return len(text) * CHAR
    return len(str(value)) * CHAR


BOLD_CHAR = 1.15  # bold text is wider


def header_width(text: str) -> float:
    """What a bold header needs when it may wrap onto two lines (its longest word whole)."""
    words = text.split()
    longest = max((len(w) for w in words), default=0)
    # The narrowest width that keeps the header to two lines, breaking between words.
    best = len(text)
    for cut in range(1, len(words)):
        best = min(best, max(len(" ".join(words[:cut])), len(" ".join(words[cut:]))))
    return max(longest, best) * BOLD_CHAR


PADDING = 2.0  # units: a cell's inner margins and the filter button of a header


def plan_columns(
    headers: Sequence[str],
    formats: Sequence[str | None],
    rows: Iterable[Sequence[Any]],
    *,
    minimum: Sequence[float] = (),
    cap: float = 45.0,
    narrowest_text: float = 12.0,
) -> tuple[list[float], list[bool]]:
    """Column widths from the content and which text columns wrap.

    Each column is as wide as its widest value (or its header over two lines), a text column
    at most *cap*; while the columns do not fit the page at the minimum print scale the widest
    text column gives way, never below *narrowest_text*.  A text column narrower than its
    content wraps.
    """
    count = len(headers)
    need = [header_width(h) + PADDING for h in headers]
    texty = [False] * count
    for values in rows:
        for i, value in enumerate(values[:count]):
            if isinstance(value, str):
                texty[i] = True
            width = text_width(value, formats[i] if i < len(formats) else None) + PADDING
            if width > need[i]:
                need[i] = width
    for i, least in enumerate(minimum[:count]):
        need[i] = max(need[i], least)
    widths = [min(w, cap) if texty[i] else w for i, w in enumerate(need)]
    while not fits_page(widths):
        candidates = [i for i in range(count) if texty[i] and widths[i] > narrowest_text]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] = max(narrowest_text, widths[widest] - 1)
    widths = [round(w, 1) for w in widths]
    wrap = [texty[i] and widths[i] < need[i] for i in range(count)]
    return widths, wrap


def setup_print(
    sheet: Any, *, header_rows: str | None = None, widths: Sequence[float] | None = None
) -> None:
    """Landscape A4.  Fit to one page wide (as many pages tall as needed) when the columns
    fit at a readable size; otherwise print at the minimum scale, the first column repeated
    on each page across.  The header rows repeat on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    if widths is None or fits_page(widths):
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
    else:
        sheet.page_setup.fitToWidth = None
        sheet.page_setup.fitToHeight = None
        sheet.sheet_properties.pageSetUpPr.fitToPage = False
        sheet.page_setup.scale = round(MIN_PRINT_SCALE * 100)
        sheet.print_title_cols = "A:A"
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = MARGIN_SIDE
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.page_margins.header = sheet.page_margins.footer = 0.25
    if header_rows:
        sheet.print_title_rows = header_rows
