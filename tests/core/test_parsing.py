"""Dutch and English numbers, dates and headers (examples and Hypothesis properties)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.core.parsing import (
    DMY,
    MDY,
    ParseError,
    date_evidence,
    decide_date_order,
    normalise_header,
    parse_date,
    parse_decimal,
    parse_int,
    parse_percent,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.56", "1234.56"),
        ("1.234,56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("€ 1.234", "1234"),
        ("€1.234,-", "1234"),  # Dutch for a whole amount
        ("50-", "-50"),  # trailing minus: an accounting negative
        ("EUR 12,5", "12.5"),
        ("1 234,56", "1234.56"),
        ("1.234.567", "1234567"),
        ("0,75", "0.75"),
        ("-3", "-3"),
        ("(1.000)", "-1000"),
        (",5", "0.5"),
    ],
)
def test_numbers_in_dutch_and_english(text: str, expected: str) -> None:
    assert parse_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["abc", "1.23.4", "1,234,56.7.8", "12a", "", "1.234,5,6"])
def test_text_is_not_a_number(text: str) -> None:
    with pytest.raises(ParseError):
        parse_decimal(text)


def test_percentages_and_whole_numbers() -> None:
    assert parse_percent("60%") == 60
    assert parse_percent("12,5 %") == Decimal("12.5")
    assert parse_int("1.200") == 1200
    with pytest.raises(ParseError):
        parse_int("12,5")


def _group(digits: str, sep: str) -> str:
    parts = []
    while len(digits) > 3:
        parts.insert(0, digits[-3:])
        digits = digits[:-3]
    parts.insert(0, digits)
    return sep.join(parts)


@given(
    st.integers(min_value=0, max_value=10**12),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(["nl", "en", "plain-dot", "plain-comma"]),
    st.booleans(),
)
def test_any_amount_written_either_way_reads_back(
    whole: int, cents: int, style: str, euro: bool
) -> None:
    expected = Decimal(whole) + Decimal(cents) / 100
    digits = str(whole)
    text = {
        "nl": f"{_group(digits, '.')},{cents:02d}",
        "en": f"{_group(digits, ',')}.{cents:02d}",
        "plain-dot": f"{digits}.{cents:02d}",
        "plain-comma": f"{digits},{cents:02d}",
    }[style]
    if euro:
        text = "€ " + text
    assert parse_decimal(text) == expected


@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from([".", ","]))
def test_grouped_whole_amounts_read_as_thousands(whole: int, sep: str) -> None:
    assert parse_decimal(_group(str(whole), sep)) == whole


@given(st.text(alphabet="abcxyz!?#", min_size=1))
def test_letters_never_pass_as_numbers(text: str) -> None:
    with pytest.raises(ParseError):
        parse_decimal(text)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("2025-03-04", DMY, date(2025, 3, 4)),
        ("04-03-2025", DMY, date(2025, 3, 4)),
        ("4-3-2025", DMY, date(2025, 3, 4)),
        ("04/03/2025", DMY, date(2025, 3, 4)),
        ("4.3.2025", DMY, date(2025, 3, 4)),
        ("3/4/2025", MDY, date(2025, 3, 4)),
        ("2025-03-04T10:20:00", DMY, date(2025, 3, 4)),
        ("2025-03-04 10:20", MDY, date(2025, 3, 4)),
    ],
)
def test_written_dates(text: str, order: str, expected: date) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize(
    "text",
    ["31-02-2025", "29-02-2025", "2025-13-01", "00-01-2025", "05-01-25", "tomorrow", "1/13/2025"],
)
def test_impossible_dates_are_errors_never_guesses(text: str) -> None:
    with pytest.raises(ParseError):
        parse_date(text, DMY)


def test_column_order_is_decided_by_evidence() -> None:
    assert date_evidence("13-01-2025") == DMY
    assert date_evidence("01/13/2025") == MDY
    assert date_evidence("01-02-2025") is None
    assert date_evidence("2025-01-13") is None
    assert decide_date_order(["01-02-2025", "13-02-2025"]) == DMY
    assert decide_date_order(["01/02/2025", "02/13/2025"]) == MDY
    assert decide_date_order(["01/02/2025", "03/04/2025"]) == DMY  # ambiguous: Dutch
    assert decide_date_order(["01/02/2025"], default=MDY) == MDY


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
    st.sampled_from(["-", "/", "."]),
    st.booleans(),
    st.sampled_from([DMY, MDY]),
)
def test_any_date_written_in_a_column_order_reads_back(
    day: date, sep: str, pad: bool, order: str
) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if pad else (str(day.day), str(day.month))
    text = sep.join((d, m, str(day.year)) if order == DMY else (m, d, str(day.year)))
    chosen = decide_date_order([text], default=order)
    assert chosen == order or date_evidence(text) is None
    assert parse_date(text, chosen) == day
    assert parse_date(day.isoformat(), MDY) == day


@given(st.integers(1, 12), st.integers(29, 31), st.integers(1900, 2100))
def test_days_past_the_end_of_a_month_are_refused(month: int, day: int, year: int) -> None:
    try:
        real = date(year, month, day)
    except ValueError:
        with pytest.raises(ParseError):
            parse_date(f"{day}-{month}-{year}", DMY)
    else:
        assert parse_date(f"{day}-{month}-{year}", DMY) == real


def test_headers_ignore_case_spaces_and_punctuation() -> None:
    assert normalise_header("Deal - Organization") == normalise_header("deal organization")
    assert normalise_header(" E-mail ") == normalise_header("EMAIL")
    assert normalise_header("Opgezegd op") == "opgezegdop"
    assert normalise_header("Café") == "cafe"


@given(st.text())
def test_header_normalisation_is_idempotent(text: str) -> None:
    once = normalise_header(text)
    assert normalise_header(once) == once
    assert once == once.casefold()
