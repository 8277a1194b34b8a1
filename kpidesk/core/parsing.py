"""Reading numbers, percentages, dates and headers as Dutch and English spreadsheets write them.

Pure functions over text: the spreadsheet readers hand over cell text (or real cell values, which
need no parsing) and get a value back or a :class:`ParseError` whose message a sales manager can
act on.  Nothing here guesses: an impossible date or an unreadable number is an error.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from kpidesk.core.i18n import tr

DMY, MDY, YMD = "dmy", "mdy", "ymd"
DATE_ORDERS = (DMY, MDY, YMD)
MIN_YEAR, MAX_YEAR = 1900, 2100


class ParseError(ValueError):
    """A value that cannot be read; ``str(error)`` says why, in the user's language."""


# -- headers ---------------------------------------------------------------------------------


@lru_cache(maxsize=65_536)  # an import compares the same few stage and status names 100,000 times
def normalise_header(text: str) -> str:
    """The form under which headers are compared: no case, accents, spaces or punctuation.

    'Deal - Organization' → 'dealorganization', 'E-mail' → 'email', 'Klant sinds' → 'klantsinds'.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.casefold() if ch.isalnum())


# -- numbers ---------------------------------------------------------------------------------

_CURRENCY = re.compile(r"(?i)€|euros?|eur")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_DIGITS_AND_SEPARATORS = re.compile(r"^\d+(?:[.,]\d+)*$")
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:[.,]\d{3})+$")


def parse_decimal(text: str) -> Decimal:
    """Read a number written the Dutch or the English way.

    Accepts ``1234.56``, ``1234,56``, ``1.234,56``, ``1,234.56``, ``1 234,56``, ``€ 1.234``,
    ``-12``, ``(12)`` (accounting negative).  When both separators occur the last one is the
    decimal sign.  A single separator followed by exactly three digits (``1.234``, ``1,234``)
    groups thousands: that is how both languages write whole amounts.
    """
    raw = text.strip()
    if not raw:
        raise ParseError(tr("this cell is empty"))
    body = _CURRENCY.sub("", raw)
    body = _SPACES.sub("", body)
    negative = False
    if body.endswith((",-", ".-", ",--", ".--")):
        body = body.rstrip("-")[:-1]  # Dutch '€ 1.234,-': a whole amount, not a negative
    if body.startswith("(") and body.endswith(")"):
        negative, body = True, body[1:-1]
    if body[:1] in ("-", "−", "+"):
        negative, body = body[0] != "+", body[1:]
    elif body[-1:] == "-":
        negative, body = True, body[:-1]
    if body.startswith((".", ",")) and body[1:].isdigit():
        body = "0" + body  # ',5' and '.5'
    if not body or not _DIGITS_AND_SEPARATORS.match(body):
        raise ParseError(tr("this is not a number"))
    number = _digits(body)
    return -number if negative else number


def _digits(body: str) -> Decimal:
    """Turn digits with '.' and ',' into a Decimal, deciding which one is the decimal sign."""
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        decimal_sign = "." if body.rfind(".") > body.rfind(",") else ","
        group_sign = "," if decimal_sign == "." else "."
        whole, _, fraction = body.rpartition(decimal_sign)
        if body.count(decimal_sign) != 1 or not _is_grouped(whole, group_sign):
            raise ParseError(tr("the thousands and decimal separators are mixed up"))
        return Decimal(whole.replace(group_sign, "") + "." + fraction)
    if not dots and not commas:
        return Decimal(body)
    sign = "." if dots else ","
    if body.count(sign) > 1:
        if not _is_grouped(body, sign):
            raise ParseError(tr("the thousands separators are in the wrong place"))
        return Decimal(body.replace(sign, ""))
    if _GROUPED.match(body):
        return Decimal(body.replace(sign, ""))
    return Decimal(body.replace(sign, "."))


def _is_grouped(whole: str, sign: str) -> bool:
    if sign not in whole:
        return whole.isdigit()
    return bool(_GROUPED.match(whole.replace(sign, ".")))


def parse_int(text: str) -> int:
    """A whole number such as a number of employees ('1.200' → 1200)."""
    value = parse_decimal(text)
    if value != value.to_integral_value():
        raise ParseError(tr("this should be a whole number"))
    return int(value)


def parse_percent(text: str) -> Decimal:
    """A percentage in points: '60%', '60 %', '60' and '12,5%' give 60, 60, 60 and 12.5."""
    raw = text.strip()
    if raw.endswith("%"):
        raw = raw[:-1]
    try:
        return parse_decimal(raw)
    except ParseError as exc:
        raise ParseError(tr("this is not a percentage")) from exc


def to_decimal(value: int | float | Decimal) -> Decimal:
    """A real number cell as an exact Decimal (floats via their shortest text form)."""
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value))
    except InvalidOperation as exc:  # inf, nan
        raise ParseError(tr("this is not a number")) from exc


# -- dates -----------------------------------------------------------------------------------

_DATE = re.compile(
    r"^\s*(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})"
    r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\.?\s*$"
)


def split_date(text: str) -> tuple[int, int, int, bool] | None:
    """The three numbers of a written date and whether the year comes first; None if no date."""
    match = _DATE.match(text)
    if match is None:
        return None
    first, _sep, second, third = match.groups()
    year_first = len(first) > 2
    if year_first and len(third) > 2:
        return None
    return int(first), int(second), int(third), year_first


def date_evidence(text: str) -> str | None:
    """What one value says about its column's order: DMY, MDY, or None when it cannot tell."""
    parts = split_date(text)
    if parts is None or parts[3]:
        return None
    first, second, _third, _ = parts
    if first > 12 >= second:
        return DMY
    if second > 12 >= first:
        return MDY
    return None


def decide_date_order(texts: Iterable[str], default: str = DMY) -> str:
    """Choose the order of one column's written dates.

    A first part above 12 means day-month, a second part above 12 means month-day.  A column
    that stays ambiguous gets *default* (Dutch day-month unless the user said otherwise).  In a
    column that shows both, the larger group wins, so the other rows are reported as errors.
    """
    counts = {DMY: 0, MDY: 0}
    for text in texts:
        evidence = date_evidence(text)
        if evidence is not None:
            counts[evidence] += 1
    if counts[DMY] == counts[MDY]:
        return default
    return DMY if counts[DMY] > counts[MDY] else MDY


def parse_date(text: str, order: str = DMY) -> date:
    """Read a written date in the given order; ISO ``yyyy-mm-dd`` is always read year first.

    Raises:
        ParseError: for text that is no date, a two-digit year, or a date that does not exist
            (31-02-2024); never a guess.
    """
    parts = split_date(text)
    if parts is None:
        raise ParseError(tr("this is not a date"))
    first, second, third, year_first = parts
    if year_first:
        year, month, day = first, second, third
    else:
        if third < 100:
            raise ParseError(tr("write the year with four digits"))
        year = third
        month, day = (first, second) if order == MDY else (second, first)
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ParseError(tr("the year {year} cannot be right").format(year=year))
    if not 1 <= month <= 12:
        if order == MDY or year_first:
            raise ParseError(tr("there is no month {month}").format(month=month))
        raise ParseError(
            tr("there is no month {month} (the column is read as day-month-year)").format(
                month=month
            )
        )
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ParseError(tr("this date does not exist")) from exc


# An activity's state as exports write it: KPIDesk's own words, and those of other CRMs
# (Pipedrive "Done" 1/0, Salesforce Task "Status", HubSpot task status).  Compared after
# normalise_header, so case, spaces and underscores do not matter.
DONE_WORDS = frozenset(
    normalise_header(w)
    for w in (
        "done", "gedaan", "afgerond", "voltooid", "completed", "complete", "closed", "yes",
        "ja", "true", "waar", "1", "x",
    )
)  # fmt: skip
PLANNED_WORDS = frozenset(
    normalise_header(w)
    for w in (
        "planned", "gepland", "open", "to do", "todo", "te doen", "not started", "not_started",
        "niet gestart", "in progress", "in_progress", "bezig", "waiting", "waiting on someone else",
        "deferred", "uitgesteld", "scheduled", "no", "nee", "false", "onwaar", "0",
    )
)  # fmt: skip


def parse_done(text: str) -> bool | None:
    """True for a done activity, False for a planned one, None for an empty cell."""
    key = normalise_header(text)
    if not key:
        return None
    if key in DONE_WORDS:
        return True
    if key in PLANNED_WORDS:
        return False
    raise ParseError(tr("write Done or Planned"))
