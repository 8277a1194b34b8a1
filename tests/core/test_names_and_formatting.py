from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.core.formatting import format_date, format_int, format_money, format_percent
from kpidesk.core.money import from_cents, to_cents
from kpidesk.core.names import initials, organisation_key


@pytest.mark.parametrize(
    "a,b",
    [
        ("Bakker B.V.", "bakker bv"),
        ("  Van  Dijk   Installatie BV", "van dijk installatie"),
        ("Noordzee Logistiek N.V.", "noordzee logistiek"),
        ("Café De Hoek", "cafe de hoek"),
    ],
)
def test_organisation_key_equal(a: str, b: str) -> None:
    assert organisation_key(a) == organisation_key(b)


def test_organisation_key_keeps_distinct_names() -> None:
    assert organisation_key("Bakker Bouw") != organisation_key("Bakker")
    assert organisation_key("BV Nederland Holding") == "bv nederland holding"


def test_initials() -> None:
    assert initials("Bram de Vries") == "BV"
    assert initials("Sanne") == "S"
    assert initials("") == "?"


def test_money_formats() -> None:
    assert format_money(1234556, "nl") == "€ 12.346"
    assert format_money(1234556, "en") == "€12,346"
    assert format_money(1234556, "nl", decimals=True) == "€ 12.345,56"
    assert format_money(-500, "en", decimals=True) == "-€5.00"
    assert format_money(None, "nl") == ""


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_cents_round_trip(cents: int) -> None:
    assert to_cents(from_cents(cents)) == cents


def test_other_formats() -> None:
    assert format_int(1234567, "nl") == "1.234.567"
    assert format_percent(0.354, 0, "nl") == "35%"
    assert format_percent(0.3549, 1, "nl") == "35,5%"
    assert format_date(date(2026, 11, 26), "nl") == "26-11-2026"
    assert format_date(date(2026, 11, 26), "en") == "26 Nov 2026"
