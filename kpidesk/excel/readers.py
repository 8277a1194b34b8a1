"""Reading a spreadsheet file into rows of cell values, refusing hostile and broken files.

``.xlsx``/``.xlsm``/``.xls``/``.ods`` go through python-calamine (fast, never evaluates
formulas: it reads the values Excel cached), with openpyxl in read-only, cached-values mode as
the fallback for workbooks calamine cannot read; openpyxl parses XML through defusedxml.  CSV
files get their encoding (UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text",
cp1252) and delimiter (``,`` ``;`` tab) sniffed, and the apostrophe that protects formula-like
text in a CSV export (``'=x``) is removed again (:func:`kpidesk.excel.protection.csv_unprotect`).

Before any parser sees a zip-based file, its directory is checked: the total inflated size, the
compression ratio of large members and the number of members are bounded, and XML parts that
declare a DOCTYPE (the entity expansion attack) are refused.  The file size itself is bounded.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast

from kpidesk.core.i18n import tr
from kpidesk.excel.protection import csv_unprotect

Cell = str | int | float | bool | date | datetime | time | timedelta | None

MAX_FILE_BYTES = 150 * 1024 * 1024
MAX_INFLATED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # inflated/compressed for members above RATIO_FLOOR; bombs reach 1000+
RATIO_FLOOR = 2 * 1024 * 1024
MAX_MEMBERS = 5000
DOCTYPE_PROBE = 4096

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (BIFF in an OLE2 container)
CSV_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
DELIMITERS = (",", ";", "\t")


class ReadError(Exception):
    """The file cannot be read as a spreadsheet; the message says why and what to do."""


@dataclass
class Table:
    """The rows of one sheet, as read; ``first_row`` is the Excel row number of ``rows[0]``."""

    file_name: str
    sheet: str
    sheet_names: list[str]
    rows: list[list[Cell]]
    is_text: bool = False  # CSV: every cell is text and rows can be ragged
    first_row: int = 1
    notes: list[str] = field(default_factory=list)


def read_table(
    path: str | Path, sheet: str | None = None, *, max_bytes: int = MAX_FILE_BYTES
) -> Table:
    """Read the first sheet (or *sheet*) of *path*.

    Raises:
        ReadError: a missing, empty, oversized, hostile, damaged or non-spreadsheet file.
    """
    file = Path(path)
    if not file.is_file():
        raise ReadError(tr("The file {file} does not exist.").format(file=file))
    size = file.stat().st_size
    if size == 0:
        raise ReadError(tr("The file {file} is empty.").format(file=file.name))
    if size > max_bytes:
        raise ReadError(
            tr(
                "The file {file} is {size} MB; KPIDesk imports files up to {limit} MB. Split it "
                "into smaller files."
            ).format(file=file.name, size=size // (1024 * 1024), limit=max_bytes // (1024 * 1024))
        )
    with file.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(ZIP_MAGIC):
        kind = check_zip(file)
        if kind == "ods":
            return _read_calamine(file, sheet)
        return _read_xlsx(file, sheet)
    if head.startswith(OLE_MAGIC):
        return _read_calamine(file, sheet)
    return read_csv(file)


def _not_a_spreadsheet(file: Path) -> ReadError:
    return ReadError(
        tr(
            "{file} is not a spreadsheet KPIDesk can read. Save it from Excel as .xlsx or .csv "
            "and try again."
        ).format(file=file.name)
    )


def _damaged(file: Path) -> ReadError:
    return ReadError(
        tr(
            "{file} is damaged and cannot be read. Open it in Excel, save it again as .xlsx, "
            "and import that copy."
        ).format(file=file.name)
    )


def _hostile(file: Path) -> ReadError:
    return ReadError(
        tr(
            "{file} was refused: it is built to unpack into far more data than a spreadsheet "
            "holds, which is how harmful files look. Save the data again from Excel and import "
            "that copy."
        ).format(file=file.name)
    )


def check_zip(file: Path) -> str:
    """Check a zip-based file before parsing; returns 'xlsx' or 'ods'.

    Raises:
        ReadError: for a zip bomb, a DOCTYPE in an XML part, a damaged zip or a zip that holds
            no workbook (a Word file, an archive).
    """
    try:
        with zipfile.ZipFile(file) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise _hostile(file)
            total = 0
            for info in infos:
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if total > MAX_INFLATED_BYTES or (
                    info.file_size > RATIO_FLOOR and ratio > MAX_RATIO
                ):
                    raise _hostile(file)
            names = {info.filename for info in infos}
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                kind = "xlsx"
            elif "content.xml" in names and "mimetype" in names:
                kind = "ods"
            else:
                raise _not_a_spreadsheet(file)
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and _declares_doctype(archive, info):
                    raise _hostile(file)
            return kind
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError) as exc:
        raise _damaged(file) from exc
    except (NotImplementedError, RuntimeError) as exc:  # unknown compression, encryption
        raise _damaged(file) from exc


def _declares_doctype(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """True when the start of an XML part has a DOCTYPE or ENTITY (never in Office files)."""
    with archive.open(info) as member:
        probe = member.read(DOCTYPE_PROBE)
    return b"<!DOCTYPE" in probe.upper() or b"<!ENTITY" in probe.upper()


def _pick_sheet(file: Path, names: list[str], wanted: str | None) -> str:
    if not names:
        raise _damaged(file)
    if wanted is None:
        return names[0]
    for name in names:
        if name.strip().casefold() == wanted.strip().casefold():
            return name
    raise ReadError(
        tr("{file} has no sheet called '{sheet}'. Its sheets are: {names}.").format(
            file=file.name, sheet=wanted, names=", ".join(names)
        )
    )


def _read_calamine(file: Path, sheet: str | None) -> Table:
    import python_calamine

    try:
        workbook = python_calamine.CalamineWorkbook.from_path(str(file))
        try:
            names = list(workbook.sheet_names)
            chosen = _pick_sheet(file, names, sheet)
            rows = cast(
                list[list[Cell]],
                workbook.get_sheet_by_name(chosen).to_python(skip_empty_area=False),
            )
        finally:
            workbook.close()
    except ReadError:
        raise
    except python_calamine.PasswordError as exc:
        raise ReadError(
            tr(
                "{file} is protected with a password. Save a copy without one and import that."
            ).format(file=file.name)
        ) from exc
    except Exception as exc:  # calamine raises several error types for broken files
        raise _damaged(file) from exc
    return Table(file.name, chosen, names, rows)


def _read_xlsx(file: Path, sheet: str | None) -> Table:
    try:
        return _read_calamine(file, sheet)
    except ReadError as first:
        if "sheet called" in str(first):
            raise
        try:
            return _read_openpyxl(file, sheet)
        except ReadError:
            raise
        except Exception as exc:
            raise first from exc


def _read_openpyxl(file: Path, sheet: str | None) -> Table:
    """The fallback: read-only, cached values only (formulas are never evaluated)."""
    import openpyxl

    workbook = openpyxl.load_workbook(file, read_only=True, data_only=True, keep_links=False)
    try:
        names = list(workbook.sheetnames)
        chosen = _pick_sheet(file, names, sheet)
        rows = [list(row) for row in workbook[chosen].iter_rows(values_only=True)]
    finally:
        workbook.close()
    return Table(file.name, chosen, names, rows, notes=["openpyxl"])


# -- CSV -------------------------------------------------------------------------------------


def decode_text(data: bytes) -> str:
    """Decode CSV bytes: BOMs first, then UTF-8, then cp1252 (Excel's Windows default)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first lines into the most consistent number of columns."""
    best, best_score = ",", (-1, -1)
    sample = [line for line in lines if line.strip()][:25]
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(sample, delimiter=delimiter)]
        if not counts or counts[0] < 2:
            continue
        score = (sum(1 for c in counts if c == counts[0]), counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(file: Path) -> Table:
    data = file.read_bytes()
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _not_a_spreadsheet(file)
    try:
        text = decode_text(data)
    except UnicodeDecodeError as exc:
        raise _damaged(file) from exc
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > 8:
        raise _not_a_spreadsheet(file)
    lines = text.splitlines()[:50]
    delimiter = sniff_delimiter(lines)
    try:
        rows = cast(
            list[list[Cell]],
            list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)),
        )
    except csv.Error as exc:
        raise _damaged(file) from exc
    if "'" in text:  # most files have no protected text: skip the pass over every cell
        rows = [[_unprotect(cell) for cell in row] for row in rows]
    return Table(file.name, file.stem, [file.stem], rows, is_text=True)


def _unprotect(cell: Cell) -> Cell:
    return csv_unprotect(cell) if isinstance(cell, str) and cell[:1] == "'" else cell


def iter_rows(table: Table) -> Iterator[tuple[int, list[Any]]]:
    """Each row with its Excel row number."""
    for offset, row in enumerate(table.rows):
        yield table.first_row + offset, row
