"""Formatting numbers, money, percentages and dates the way Dutch and English users read them."""

from __future__ import annotations

from datetime import date

from kpidesk.core.i18n import current_language

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def _lang(language: str | None) -> str:
    return language or current_language()


def format_int(value: int | None, language: str | None = None) -> str:
    """12345 → '12.345' (nl) or '12,345' (en)."""
    if value is None:
        return ""
    text = f"{value:,}"
    return text.replace(",", ".") if _lang(language) == "nl" else text


def format_decimal(value: float | None, decimals: int = 1, language: str | None = None) -> str:
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if _lang(language) == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def format_money(cents: int | None, language: str | None = None, *, decimals: bool = False) -> str:
    """'€ 12.345' in Dutch, '€12,345' in English; with *decimals* the cents are shown."""
    if cents is None:
        return ""
    lang = _lang(language)
    negative = cents < 0
    whole, frac = divmod(abs(cents), 100)
    if not decimals and frac >= 50:
        whole += 1
    digits = format_int(whole, lang)
    if lang == "nl":
        text = f"€ {digits}" + (f",{frac:02d}" if decimals else "")
    else:
        text = f"€{digits}" + (f".{frac:02d}" if decimals else "")
    return f"-{text}" if negative else text


def format_percent(ratio: float | None, decimals: int = 0, language: str | None = None) -> str:
    """0.354 → '35%' (en) or '35%' (nl); None → ''."""
    if ratio is None:
        return ""
    return f"{format_decimal(ratio * 100, decimals, language)}%"


def format_date(day: date | None, language: str | None = None) -> str:
    """26-11-2026 in Dutch, 26 Nov 2026 in English."""
    if day is None:
        return ""
    if _lang(language) == "nl":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


_WEEKDAYS_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def format_day_short(day: date, language: str | None = None) -> str:
    """A day near today, as a diary writes it: 'do 12 dec' in Dutch, 'Thu 12 Dec' in English."""
    if _lang(language) == "nl":
        return f"{_WEEKDAYS_NL[day.weekday()]} {day.day} {_MONTHS_NL[day.month - 1]}"
    return f"{_WEEKDAYS_EN[day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]}"


def format_month(day: date, language: str | None = None) -> str:
    """'nov 2026' / 'Nov 2026'."""
    names = _MONTHS_NL if _lang(language) == "nl" else _MONTHS_EN
    return f"{names[day.month - 1]} {day.year}"


def month_names(language: str | None = None) -> tuple[str, ...]:
    return _MONTHS_NL if _lang(language) == "nl" else _MONTHS_EN


def qt_date_format(language: str | None = None) -> str:
    """The display format for Qt date editors: 26-11-2026 (nl) or 26 Nov 2026 (en)."""
    return "dd-MM-yyyy" if _lang(language) == "nl" else "d MMM yyyy"


def format_day_range(
    start: date, end: date, language: str | None = None, *, with_year: bool = False
) -> str:
    """A stretch of days, short: '1–5 Nov', '1 Jul – 4 Sep', '1 Jan – 4 Dec 2025' (*with_year*).

    Days in two years always show both years.
    """
    names = month_names(language)
    year = f" {end.year}" if with_year else ""
    if start.year != end.year:
        return (
            f"{start.day} {names[start.month - 1]} {start.year} – "
            f"{end.day} {names[end.month - 1]} {end.year}"
        )
    if start == end:
        return f"{start.day} {names[start.month - 1]}{year}"
    if start.month == end.month:
        return f"{start.day}–{end.day} {names[end.month - 1]}{year}"
    return f"{start.day} {names[start.month - 1]} – {end.day} {names[end.month - 1]}{year}"
