"""Turning mapped rows into typed records, with a problem report a sales manager can act on.

Each problem names the row as Excel shows it (the header row is row 1 in a plain export), the
column header, the value and the reason.  Values are never guessed: text in a number column,
an impossible date or a negative amount is a problem, and an empty cell means "missing".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.money import to_cents
from kpidesk.core.parsing import (
    DATE_ORDERS,
    DMY,
    ParseError,
    decide_date_order,
    parse_date,
    parse_decimal,
    parse_done,
    parse_int,
    parse_percent,
    to_decimal,
)
from kpidesk.excel.fields import (
    BOOL,
    DATE,
    EMAIL,
    INT,
    MONEY,
    MONTH,
    PERCENT,
    STATE,
    Field,
    fields_for,
)
from kpidesk.excel.mapping import ColumnMapping, cell_text
from kpidesk.excel.readers import Cell, Table

MAX_TEXT = 300
MAX_NOTE = 20_000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "januari", "january"),
            ("feb", "februari", "february"),
            ("mrt", "mar", "maart", "march"),
            ("apr", "april"),
            ("mei", "may"),
            ("jun", "juni", "june"),
            ("jul", "juli", "july"),
            ("aug", "augustus", "august"),
            ("sep", "sept", "september"),
            ("okt", "oct", "oktober", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
_MONTH_TEXT = re.compile(r"^\s*([A-Za-z]+)\.?[\s\-/]+(\d{4})\s*$")
_YEAR_MONTH = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})\s*$")
_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[-/.](\d{4})\s*$")
_LONG_TEXT = {"notes", "note"}

_HINTS = {
    DATE: tr_noop("Write a date such as 31-12-2025 or 2025-12-31."),
    MONEY: tr_noop("Write an amount such as 1.234,56 or 1234."),
    INT: tr_noop("Write a whole number such as 25."),
    PERCENT: tr_noop("Write a percentage such as 60%."),
    MONTH: tr_noop("Write a month such as 2026-01 or jan 2026."),
    EMAIL: tr_noop("Write an e-mail address such as anna@example.nl."),
    BOOL: tr_noop("Write yes or no (true/false, 1/0, ja/nee)."),
    STATE: tr_noop("Write Done or Planned (Gedaan or Gepland)."),
}
_TRUE = frozenset(("true", "yes", "y", "1", "ja", "j", "waar", "x", "won", "wahr", "-1"))
_FALSE = frozenset(("false", "no", "n", "0", "nee", "onwaar", "falsch"))


def parse_bool(value: Cell) -> bool | None:
    """A yes/no cell: True, False, or None when empty.

    Raises:
        ParseError: for anything else.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if not text:
        return None
    raise ParseError(tr("this is not yes or no"))


@dataclass(frozen=True)
class Problem:
    """One thing to fix in the file before anything can be imported."""

    row: int | None  # as Excel shows it; None for the file as a whole
    column: str
    value: str
    reason: str

    def describe(self) -> str:
        """One line for the report, in the active language."""
        where = tr("Row {row}").format(row=self.row) if self.row is not None else tr("The file")
        if self.column:
            where = tr("{where}, column '{column}'").format(where=where, column=self.column)
        if self.value:
            shown = self.value if len(self.value) <= 60 else self.value[:57] + "…"
            where = tr("{where} ('{value}')").format(where=where, value=shown)
        return tr("{where}: {reason}").format(where=where, reason=self.reason)


@dataclass
class ParsedSheet:
    """Typed records (field name → value, missing fields absent) with their Excel rows."""

    records: list[dict[str, Any]]
    row_numbers: list[int]
    problems: list[Problem] = field(default_factory=list)
    date_orders: dict[str, str] = field(default_factory=dict)
    # How each percentage column was read: FRACTIONS (0.4 = 40 %) or POINTS (40 = 40 %).
    percent_scales: dict[str, str] = field(default_factory=dict)
    # The same values column by column (None where a record lacks the field), when the file
    # was clean enough for the column-wise pass; importers may use them instead of the records.
    columns: dict[str, list[Any]] = field(default_factory=dict)


def format_report(problems: Iterable[Problem]) -> str:
    return "\n".join(p.describe() for p in problems)


def _reason(error: ParseError, kind: str) -> str:
    hint = _HINTS.get(kind)
    text = str(error)
    text = text[:1].upper() + text[1:]
    return tr("{reason}. {hint}").format(reason=text, hint=tr(hint)) if hint else text + "."


def parse_month(value: Cell, order: str) -> date:
    """A target month: a date cell or written date (its month), '2026-01', '01-2026', 'jan 2026'."""
    if isinstance(value, datetime):
        return value.date().replace(day=1)
    if isinstance(value, date):
        return value.replace(day=1)
    text = cell_text(value)
    for pattern, year_first in ((_YEAR_MONTH, True), (_MONTH_YEAR, False)):
        match = pattern.match(text)
        if match:
            a, b = int(match.group(1)), int(match.group(2))
            year, month = (a, b) if year_first else (b, a)
            if not 1 <= month <= 12:
                raise ParseError(tr("there is no month {month}").format(month=month))
            return date(year, month, 1)
    match = _MONTH_TEXT.match(text)
    if match and match.group(1).lower() in _MONTH_NAMES:
        return date(int(match.group(2)), _MONTH_NAMES[match.group(1).lower()], 1)
    return parse_date(text, order).replace(day=1)


Converter = Callable[[Cell], Any]

FRACTIONS, POINTS = "fractions", "points"


def _percent_number(value: Cell) -> Decimal | None:
    """A percentage cell as the number it holds, or None for '60%', empty and non-numbers."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        try:
            return to_decimal(value)
        except ParseError:
            return None
    text = str(value).strip()
    if not text or text.endswith("%"):
        return None
    try:
        return parse_decimal(text)
    except ParseError:
        return None


def decide_percent_scale(cells: Iterable[Cell]) -> str:
    """How one percentage column is written, decided for the whole column.

    A column whose numbers all lie between 0 and 1 with a non-whole one among them holds
    fractions (HubSpot writes 0.4 for 40 %, a cell formatted as % holds 0.4 too); any other
    column holds percent points.  Deciding per column, not per cell, reads a CSV and the same
    data saved as .xlsx alike, and a 1 in a column of fractions as 100 %.  Numbers that are
    no percentage either way (150, -3) are problems in the report and do not decide.
    """
    fraction = False
    for cell in cells:
        number = _percent_number(cell)
        if number is None or not 0 <= number <= 100:
            continue
        if number > 1:
            return POINTS
        if number != number.to_integral_value():
            fraction = True
    return FRACTIONS if fraction else POINTS


def _converter(spec: Field, order: str, scale: str = POINTS) -> Converter:
    """A function from a cell to the field's value (None when empty) or a ParseError."""
    limit = MAX_NOTE if spec.name in _LONG_TEXT else MAX_TEXT

    def text(value: Cell) -> str | None:
        result = cell_text(value)
        if len(result) > limit:
            raise ParseError(tr("this text is longer than {limit} characters").format(limit=limit))
        return result or None

    def email(value: Cell) -> str | None:
        result = cell_text(value)
        if not result:
            return None
        if not _EMAIL.match(result):
            raise ParseError(tr("this is not an e-mail address"))
        return result  # as written; the import compares addresses without regard to case

    def number(value: Cell) -> Decimal:
        if isinstance(value, bool | date | datetime):
            raise ParseError(tr("this is not a number"))
        if isinstance(value, int | float):
            return to_decimal(value)
        return parse_decimal(str(value))

    def money(value: Cell) -> int | None:
        if value is None or value == "":
            return None
        amount = number(value)
        if amount < 0:
            raise ParseError(tr("an amount cannot be negative"))
        return to_cents(amount)

    def whole(value: Cell) -> int | None:
        if value is None or value == "":
            return None
        amount = number(value) if not isinstance(value, str) else Decimal(parse_int(value))
        if amount != amount.to_integral_value():
            raise ParseError(tr("this should be a whole number"))
        if amount < 0:
            raise ParseError(tr("this cannot be negative"))
        return int(amount)

    def percent(value: Cell) -> int | None:
        if value is None or value == "":
            return None
        if isinstance(value, str) and value.strip().endswith("%"):
            amount = parse_percent(value)
        else:
            amount = number(value)
            if scale == FRACTIONS:
                if not 0 <= amount <= 1:
                    raise ParseError(
                        tr("the column holds fractions (0.4 = 40 %), and this is not one")
                    )
                amount *= 100
        if not 0 <= amount <= 100:
            raise ParseError(tr("a percentage lies between 0 and 100"))
        return int(amount.to_integral_value())

    def day(value: Cell) -> date | None:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if value is None or value == "":
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            raise ParseError(tr("this is a number, not a date"))
        return parse_date(str(value), order)

    def month(value: Cell) -> date | None:
        if value is None or value == "":
            return None
        return parse_month(value, order)

    def state(value: Cell) -> bool | None:
        if value is None:
            return None
        if isinstance(value, bool):
            return value
        if isinstance(value, int | float):
            value = format(value, "g")
        return parse_done(str(value))

    return {
        BOOL: parse_bool,
        STATE: state,
        EMAIL: email,
        MONEY: money,
        INT: whole,
        PERCENT: percent,
        DATE: day,
        MONTH: month,
    }.get(spec.type, text)


def validate_table(
    table: Table, kind: str, mapping: ColumnMapping, date_format: str = "auto"
) -> ParsedSheet:
    """Convert every data row below the header into a typed record, collecting all problems."""
    specs = {f.name: f for f in fields_for(kind)}
    data = table.rows[mapping.header_row + 1 :]
    first_number = table.first_row + mapping.header_row + 1
    width = len(mapping.headers)
    while width and not mapping.headers[width - 1]:
        width -= 1
    orders: dict[str, str] = {}
    scales: dict[str, str] = {}
    converters: list[tuple[str, int, str, Field, Converter]] = []
    for name, column in mapping.fields.items():
        spec = specs[name]
        if spec.type == PERCENT:
            scales[name] = decide_percent_scale(row[column] for row in data if column < len(row))
        order = date_format if date_format in DATE_ORDERS else DMY
        if spec.type in (DATE, MONTH) and date_format not in DATE_ORDERS:
            order = decide_date_order(
                value
                for row in data
                if column < len(row)
                for value in (row[column],)
                if isinstance(value, str) and value
            )
        orders[name] = order
        convert = _converter(spec, order, scales.get(name, POINTS))
        converters.append((name, column, mapping.headers[column], spec, convert))
    required = [f for f in specs.values() if f.required]
    fast = _validate_clean(data, first_number, table.is_text, width, converters, required)
    if fast is not None:
        parsed = ParsedSheet(fast[0], fast[1], [], orders, scales, fast[2])
        if not parsed.records:
            parsed.problems.append(
                Problem(None, "", "", tr("The file has a header but no rows with data to import."))
            )
        return parsed
    # The file has problems: the row-by-row pass below collects every one, in row order.
    parsed = ParsedSheet([], [], [], orders, scales)
    problems = parsed.problems
    mapped = set(mapping.fields)  # a required field without a column is one file problem
    for offset, row in enumerate(data):
        number = first_number + offset
        if not any(c is not None and c != "" for c in row):
            continue  # blank lines between blocks are not data
        if table.is_text and (len(row) < width or any(row[width:])):
            problems.append(
                Problem(
                    number,
                    "",
                    "",
                    tr(
                        "This row has {cells} cells but the header has {width}. Check for a "
                        "missing or extra separator in this line."
                    ).format(cells=len(row), width=width),
                )
            )
            continue
        record: dict[str, Any] = {}
        failed: set[str] = set()
        for name, column, header, spec, convert in converters:
            cell = row[column] if column < len(row) else None
            try:
                value = convert(cell)
            except ParseError as exc:
                problems.append(Problem(number, header, cell_text(cell), _reason(exc, spec.type)))
                failed.add(name)
                continue
            if value is not None:
                record[name] = value
        for spec in required:
            if spec.name not in record and spec.name not in failed and spec.name in mapped:
                problems.append(
                    Problem(
                        number,
                        mapping.header_of(spec.name),
                        "",
                        tr("{field} is required and is empty here.").format(field=tr(spec.label)),
                    )
                )
        parsed.records.append(record)
        parsed.row_numbers.append(number)
    if not parsed.records:
        problems.append(
            Problem(None, "", "", tr("The file has a header but no rows with data to import."))
        )
    return parsed


class _Unclean(Exception):
    """A cell the column-wise pass cannot accept: the row-by-row pass reports it."""


ColumnConverter = Callable[[list[Cell]], list[Any]]


def _column_converter(spec: Field, convert: Converter) -> ColumnConverter:
    """One column's cells to values at once, with fast paths for the usual cells.

    Text cells are stripped in a list comprehension; number and date cells that calamine already
    typed skip the text parsers; written values of the other types (CSV dates, amounts) repeat a
    lot and are parsed once each.  Anything unusual goes through *convert*, the same function
    the row-by-row pass uses, so both passes give the same values.
    """
    memo: dict[str, Any] = {}

    def general(value: Cell) -> Any:
        if value.__class__ is not str:
            return convert(value)
        assert isinstance(value, str)
        if value in memo:
            return memo[value]
        result = memo[value] = convert(value)
        return result

    if spec.type not in (DATE, MONEY, INT, PERCENT, MONTH, EMAIL, BOOL, STATE):
        limit = MAX_NOTE if spec.name in _LONG_TEXT else MAX_TEXT

        def text_column(cells: list[Cell]) -> list[Any]:
            out = [(v.strip() or None) if v.__class__ is str else convert(v) for v in cells]
            if max(map(len, filter(None, out)), default=0) > limit:
                raise _Unclean
            return out

        return text_column
    if spec.type == EMAIL:

        def email_column(cells: list[Cell]) -> list[Any]:
            out = [(v.strip() or None) if v.__class__ is str else convert(v) for v in cells]
            if not all(map(_EMAIL.match, filter(None, out))):
                raise _Unclean
            return out

        return email_column
    if spec.type == DATE:

        def date_column(cells: list[Cell]) -> list[Any]:
            return [
                v.date()
                if v.__class__ is datetime
                else v
                if v.__class__ is date
                else None
                if v is None
                else general(v)
                for v in cells
            ]

        return date_column
    if spec.type == INT:

        def int_column(cells: list[Cell]) -> list[Any]:
            # Below 2**53 a whole float is exact, so int() gives what Decimal(str()) gives.
            return [
                int(v)
                if v.__class__ is float and 0 <= v < 1e15 and v.is_integer()
                else v
                if v.__class__ is int and v >= 0
                else None
                if v is None
                else general(v)
                for v in cells
            ]

        return int_column

    def other_column(cells: list[Cell]) -> list[Any]:
        return [None if v is None else general(v) for v in cells]

    return other_column


def _validate_clean(
    data: list[list[Cell]],
    first_number: int,
    is_text: bool,
    width: int,
    converters: list[tuple[str, int, str, Field, Converter]],
    required: list[Field],
) -> tuple[list[dict[str, Any]], list[int], dict[str, list[Any]]] | None:
    """Records, row numbers and columns converted column by column, or None on any problem.

    A clean file, the usual case, needs no per-cell bookkeeping; for a file with problems the
    caller's row-by-row pass builds the full report instead.
    """
    mapped = {name for name, *_rest in converters}
    if any(spec.name not in mapped for spec in required):
        return None
    numbers: list[int] = []
    kept: list[list[Cell]] = []
    for offset, row in enumerate(data):
        first = row[0] if row else None
        if (first is None or first == "") and row.count(None) + row.count("") == len(row):
            continue  # blank lines between blocks are not data (a filled first cell: quick no)
        numbers.append(first_number + offset)
        kept.append(row)
    if not kept:
        return [], [], {}
    if is_text and any(len(row) < width or any(row[width:]) for row in kept):
        return None
    needed = max(column for _n, column, *_rest in converters) + 1 if converters else 0
    if min(map(len, kept)) < needed:
        kept = [[*row, *[None] * (needed - len(row))] if len(row) < needed else row for row in kept]
    required_names = {spec.name for spec in required}
    names: list[str] = []
    values: list[list[Any]] = []
    try:
        for name, column, _header, spec, convert in converters:
            cells = [row[column] for row in kept]
            converted = _column_converter(spec, convert)(cells)
            if name in required_names and None in converted:
                return None
            names.append(name)
            values.append(converted)
    except (ParseError, _Unclean):
        return None
    records = (
        [
            {name: value for name, value in zip(names, row, strict=True) if value is not None}
            for row in zip(*values, strict=True)
        ]
        if values
        else [{} for _row in kept]
    )
    return records, numbers, dict(zip(names, values, strict=True))


def missing_required(kind: str, mapping: ColumnMapping) -> list[Problem]:
    """Problems for required fields that no column is mapped to."""
    return [
        Problem(
            None,
            "",
            "",
            tr(
                "No column holds {field}, which is required. Name a column '{name}' or choose "
                "one for it."
            ).format(field=tr(spec.label), name=spec.name),
        )
        for spec in fields_for(kind)
        if spec.required and spec.name not in mapping.fields
    ]
