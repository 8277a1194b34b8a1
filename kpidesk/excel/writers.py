"""Writing spreadsheet files safely: atomic replacement, no formulas from user text, streaming.

* A file is written to a temporary file in the target's folder and then moved over the target
  with ``os.replace``, so a failure (or Cancel) never leaves half a file behind.
* Text that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return) is always written as text: in xlsx as a string cell with the
  quote-prefix style, in CSV with a leading single quote (the OWASP advice on CSV injection),
  which the CSV reader removes again (:mod:`kpidesk.excel.protection` has the exact rule).
* Big tables stream through openpyxl's write-only mode or :mod:`csv`, row by row, so memory
  stays flat however many rows there are.
"""

from __future__ import annotations

import contextlib
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

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

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

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
BODY_FONT = "Calibri"
HEADER_FONT = Font(name=BODY_FONT, bold=True, color="FFFFFF")


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


class _XlsxRows:
    """Turns plain values into write-only cells: real numbers and dates, text never a formula."""

    def __init__(self, sheet: WriteOnlyWorksheet, columns: Sequence[TableColumn], lang: str):
        self._sheet = sheet
        self._formats = [c.number_format for c in columns]
        self._date_format = date_format(lang)

    def cells(self, values: Sequence[Any]) -> list[Any]:
        row: list[Any] = []
        for value, fmt in zip(values, self._formats, strict=False):
            row.append(self.cell(value, fmt))
        return row

    def cell(self, value: Any, fmt: str | None) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            if not is_formula_like(value):
                return value
            cell = WriteOnlyCell(self._sheet, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            return cell
        if isinstance(value, (date, datetime)):
            cell = WriteOnlyCell(self._sheet, value=value)
            cell.number_format = fmt or self._date_format
            return cell
        if fmt is not None and isinstance(value, (int, float, Decimal)):
            cell = WriteOnlyCell(self._sheet, value=value)
            cell.number_format = fmt
            return cell
        return value


def write_xlsx_table(
    path: Path,
    sheet_title: str,
    columns: Sequence[TableColumn],
    rows: Iterable[Sequence[Any]],
    *,
    lang: str = "en",
) -> int:
    """Stream *rows* into a new one-sheet workbook at *path* (write-only mode); returns the count.

    The header row is bold, frozen and filtered; printing is landscape, one page wide, with
    the header repeated on every page.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title[:31])
    for index, column in enumerate(columns, 1):
        sheet.column_dimensions[_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    setup_print(sheet, header_rows="1:1")
    header: list[Any] = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    maker = _XlsxRows(sheet, columns, lang)
    count = 0
    try:
        for values in rows:
            sheet.append(maker.cells(values))
            count += 1
    except BaseException:
        _discard(sheet)
        raise
    if columns:
        sheet.auto_filter.ref = f"A1:{_letter(len(columns))}{count + 1}"
    workbook.save(path)
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


def _discard(sheet: WriteOnlyWorksheet) -> None:
    """Close an abandoned write-only sheet and remove openpyxl's temporary file for it."""
    with contextlib.suppress(Exception):  # already broken: nothing more to finish
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    out = getattr(writer, "out", None)
    if isinstance(out, str) and os.path.exists(out):
        os.remove(out)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index))


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
