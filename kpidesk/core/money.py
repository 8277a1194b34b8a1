"""Money is stored as whole cents; these helpers convert and format it exactly."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def to_cents(amount: Decimal | int | str) -> int:
    """Convert an amount in euros to whole cents, rounding half up."""
    value = Decimal(str(amount)) if not isinstance(amount, Decimal) else amount
    return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_cents(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))
