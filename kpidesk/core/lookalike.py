"""Lookalike score (Lijkt-op-score): how closely a prospect resembles today's good customers.

A prospect is compared on four attributes: industry, size band (employees), region and revenue
band. The profile of good customers is a count of customers per combination of those
attributes. For every set of attributes the lead has, we count the good customers that share
all of them; the score is the weight of the heaviest set that at least ``min_customers`` good
customers share. That keeps the score explainable: "resembles 12 customers: same industry,
50–199 employees, same region" names exactly the attributes and customers behind the number.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from operator import itemgetter
from typing import Any

from kpidesk.core.formatting import format_int
from kpidesk.core.i18n import tr

INDUSTRY = "industry"
SIZE = "size"
REGION = "region"
REVENUE = "revenue"
ATTRIBUTES = (INDUSTRY, SIZE, REGION, REVENUE)
# Industry says most about fit, revenue least (it is often a guess for prospects).
WEIGHTS = {INDUSTRY: 40, SIZE: 25, REGION: 20, REVENUE: 15}
DEFAULT_MIN_CUSTOMERS = 2
# "Long-standing": a customer for at least this many months.
LONG_STANDING_MONTHS = 12

# Lower bounds of the bands after the first: 1–9, 10–49, 50–199, 200–499, 500+.
SIZE_BOUNDS = (10, 50, 200, 500)
# Yearly revenue in cents: < 1 mln, 1–5 mln, 5–20 mln, 20–100 mln, 100 mln+.
REVENUE_BOUNDS_CENTS = (100_000_000, 500_000_000, 2_000_000_000, 10_000_000_000)
_REVENUE_MLN = (1, 5, 20, 100)


def band(value: int | None, bounds: tuple[int, ...]) -> int | None:
    """The index of the band *value* falls in (0 = below the first bound); None if unknown."""
    if value is None or value < 0:
        return None
    index = 0
    for bound in bounds:
        if value >= bound:
            index += 1
    return index


def size_band(employees: int | None) -> int | None:
    return None if employees is not None and employees <= 0 else band(employees, SIZE_BOUNDS)


def revenue_band(cents: int | None) -> int | None:
    return None if cents is not None and cents <= 0 else band(cents, REVENUE_BOUNDS_CENTS)


def size_band_label(index: int) -> str:
    """'50–199' style labels; the last band is open-ended ('500+')."""
    lows = (1, *SIZE_BOUNDS)
    if index >= len(SIZE_BOUNDS):
        return f"{format_int(lows[-1])}+"
    return f"{format_int(lows[index])}–{format_int(lows[index + 1] - 1)}"


def revenue_band_label(index: int) -> str:
    if index == 0:
        return tr("under € {high} mln").format(high=_REVENUE_MLN[0])
    if index >= len(_REVENUE_MLN):
        return tr("€ {low} mln or more").format(low=_REVENUE_MLN[-1])
    return tr("€ {low}–{high} mln").format(low=_REVENUE_MLN[index - 1], high=_REVENUE_MLN[index])


def text_key(value: str | None) -> str | None:
    """Industry and region compare without case or surrounding spaces; empty is unknown."""
    if value is None:
        return None
    key = " ".join(value.split()).lower()
    return key or None


@dataclass(frozen=True)
class Segment:
    """The four compared attributes of a lead or customer, already normalised and banded."""

    industry: str | None = None
    size: int | None = None
    region: str | None = None
    revenue: int | None = None

    @classmethod
    def of(
        cls,
        industry: str | None,
        employees: int | None,
        region: str | None,
        revenue_cents: int | None,
    ) -> Segment:
        return cls(
            text_key(industry), size_band(employees), text_key(region), revenue_band(revenue_cents)
        )

    def value(self, attribute: str) -> str | int | None:
        result: str | int | None = getattr(self, attribute)
        return result


# Every non-empty set of attributes, heaviest first (more attributes first on equal weight).
SUBSETS: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (combo for n in range(1, len(ATTRIBUTES) + 1) for combo in combinations(ATTRIBUTES, n)),
        key=lambda combo: (-sum(WEIGHTS[a] for a in combo), -len(combo), combo),
    )
)


def subset_weight(attributes: Iterable[str]) -> int:
    return sum(WEIGHTS[a] for a in attributes)


def _picker(subset: tuple[str, ...]) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    """Picks a subset's values, as a tuple, out of (industry, size, region, revenue)."""
    where = [ATTRIBUTES.index(a) for a in subset]
    if len(where) == 1:
        index = where[0]
        return lambda known: (known[index],)
    return itemgetter(*where)


# Each attribute set with a picker of its values, for building profiles quickly.
_SUBSET_PICKS = tuple((subset, _picker(subset)) for subset in SUBSETS)
# One attribute set of a profile: its weight and the value combinations enough customers share.
_Supported = tuple[tuple[str, ...], int, list[tuple[str | int | None, ...]]]


@dataclass(frozen=True)
class LookalikeResult:
    """A lead's lookalike score and the reason for it."""

    score: int  # 0..100
    customers: int  # good customers sharing the matched attributes
    matched: tuple[str, ...]  # attribute names, in ATTRIBUTES order
    segment: Segment
    profile_size: int  # good customers in the profile

    def explain(self) -> str:
        """One sentence a sales manager understands, in the active language."""
        if self.profile_size == 0:
            return tr(
                "No good customers to compare with yet: active, a customer for at least a year "
                "and of high value."
            )
        if not self.matched:
            return tr("Resembles none of your good customers.")
        parts = [self._part(attribute) for attribute in self.matched]
        noun = tr("customer") if self.customers == 1 else tr("customers")
        return tr("Resembles {count} {noun}: {parts}").format(
            count=format_int(self.customers), noun=noun, parts=", ".join(parts)
        )

    def _part(self, attribute: str) -> str:
        if attribute == INDUSTRY:
            return tr("same industry")
        if attribute == REGION:
            return tr("same region")
        if attribute == SIZE and self.segment.size is not None:
            return tr("{band} employees").format(band=size_band_label(self.segment.size))
        if attribute == REVENUE and self.segment.revenue is not None:
            return tr("revenue {band}").format(band=revenue_band_label(self.segment.revenue))
        return attribute


class CustomerProfile:
    """Good customers counted per attribute set, built once and matched against many leads."""

    def __init__(
        self,
        groups: Iterable[tuple[Segment, int]],
        *,
        min_customers: int = DEFAULT_MIN_CUSTOMERS,
    ) -> None:
        """Build the profile from (segment, number of good customers in it) pairs."""
        self.min_customers = max(min_customers, 1)
        self.total = 0
        self._support: dict[tuple[tuple[str, ...], tuple[str | int | None, ...]], int] = {}
        self._supported: list[_Supported] | None = None
        support = self._support
        for segment, count in groups:
            if count <= 0:
                continue
            self.total += count
            known = (segment.industry, segment.size, segment.region, segment.revenue)
            for subset, pick in _SUBSET_PICKS:
                values = pick(known)
                if None in values:
                    continue
                key = (subset, values)
                support[key] = support.get(key, 0) + count

    def customers_sharing(self, segment: Segment, attributes: tuple[str, ...]) -> int:
        """How many good customers share all *attributes* with *segment*."""
        values = tuple(segment.value(a) for a in attributes)
        if any(v is None for v in values):
            return 0
        return self._support.get((attributes, values), 0)

    def match(self, segment: Segment) -> LookalikeResult:
        """The lookalike score of one lead and what it is based on."""
        best: tuple[int, int, tuple[str, ...]] = (0, 0, ())
        for subset in SUBSETS:
            weight = subset_weight(subset)
            if weight < best[0]:
                break  # SUBSETS is heaviest first: nothing better can follow
            count = self.customers_sharing(segment, subset)
            if count >= self.min_customers and (weight, count) > best[:2]:
                best = (weight, count, subset)
        score, customers, matched = best
        ordered = tuple(a for a in ATTRIBUTES if a in matched)
        return LookalikeResult(score, customers, ordered, segment, self.total)

    def supported(self) -> list[_Supported]:
        """For each attribute set, heaviest first: its weight and the value combinations that
        enough good customers share. A query can turn this into a score expression."""
        if self._supported is None:
            grouped: dict[tuple[str, ...], list[tuple[str | int | None, ...]]] = {}
            for (attrs, vals), count in self._support.items():
                if count >= self.min_customers:
                    grouped.setdefault(attrs, []).append(vals)
            self._supported = [
                (subset, subset_weight(subset), sorted(grouped[subset], key=repr))
                for subset in SUBSETS
                if subset in grouped
            ]
        return self._supported
