"""Writing spreadsheet files safely: atomic replacement, no formulas from user text, streaming.

* A file is written to a temporary file in the target's folder and then moved over the target
  with ``os.replace``, so a failure (or Cancel) never leaves half a file behind.
* Text that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a
  tab or a carriage return) is always written as text: in xlsx as a string cell with the
  quote-prefix style, in CSV with a leading single quote (the OWASP advice on CSV injection).
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

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
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
DATE_FORMATS = {"nl": "dd-mm-yyyy", "en": "d mmm yyyy"}

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")


class WriteError(Exception):
    """The file cannot be written; ``str(error)`` tells the user what to do."""


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program could take *text* for a formula."""
    return text.startswith(FORMULA_STARTS)


def csv_safe(text: str) -> str:
    """Text for a CSV field that no spreadsheet turns into a formula."""
    return "'" + text if is_formula_like(text) else text


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


def setup_print(sheet: Any, *, header_rows: str | None = None) -> None:
    """Landscape A4, fit to one page wide (as many pages tall as needed), header repeated."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = 9  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    if header_rows:
        sheet.print_title_rows = header_rows
