"""Money is stored as whole cents; these helpers convert and format it exactly."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def to_cents(amount: Decimal | int | str) -> int:
    """Convert an amount in euros to whole cents, rounding half up."""
    value = Decimal(str(amount)) if not isinstance(amount, Decimal) else amount
    return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


def format_money(cents: int | None, language: str, *, decimals: bool = False) -> str:
    """'€ 12.345' in Dutch, '€12,345' in English; with *decimals* the cents are shown."""
    if cents is None:
        return ""
    negative = cents < 0
    value = abs(cents)
    whole, frac = divmod(value, 100)
    if not decimals and frac >= 50:
        whole += 1
    digits = f"{whole:,}"
    if language == "nl":
        digits = digits.replace(",", ".")
        text = f"€ {digits}" + (f",{frac:02d}" if decimals else "")
    else:
        text = f"€{digits}" + (f".{frac:02d}" if decimals else "")
    return f"-{text}" if negative else text
