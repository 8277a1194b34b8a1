"""The plan of a demo: what is planned so far, as plain rows and small records.

The planning steps (``leads``, ``deals``, ``customers``, ``prospecting``, ``targets``) each add
to one :class:`Plan`, drawing from its one seeded ``random.Random``; ``generate`` runs them in
order, since the order of the draws is what makes the same seed give the same database.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from kpidesk.core.periods import add_months, month_start
from kpidesk.data import models as m
from kpidesk.services.demo import words
from kpidesk.services.demo.config import Config
from kpidesk.services.demo.progress import Reporter
from kpidesk.services.demo.sizes import Size
from kpidesk.services.demo.workdays import Calendar

Row = tuple[Any, ...]


@dataclass(eq=False)
class Rep:
    """A rep's character in the simulation."""

    index: int
    id: int
    volume: float  # relative activity volume and share of the leads
    skill: float  # multiplies every stage's pass chance
    closing: float  # multiplies the pass chance at the proposal stage


@dataclass(eq=False)
class Customer:
    """A customer being planned; days are calendar indices."""

    id: int
    org: int
    rep: Rep
    since: int
    deal: Deal
    name: str
    recurring: int
    churn: int | None = None
    reason: str | None = None


@dataclass(eq=False)
class Deal:
    """A deal being planned; days are calendar indices, stages indices into stage_ids."""

    rep: Rep
    org: int
    name: str
    product: str
    value: int
    first: int
    lead: int | None = None
    customer: Customer | None = None  # the customer this deal is repeat business with
    moves: list[tuple[int, int]] = field(default_factory=list)  # (stage index, day)
    outcome: str = m.STAGE_OPEN
    reason: str | None = None
    linger: bool = False  # went quiet in its last stage long before it was closed
    id: int = 0


class Plan:
    """Every row of the demo, planned in memory."""

    def __init__(
        self, size: Size, config: Config, rng: random.Random, today: date, report: Reporter
    ) -> None:
        self.size, self.cfg, self.rng, self.report = size, config, rng, report
        self.cal = Calendar(add_months(month_start(today), -12 * size.years), today)
        self.team: list[Row] = []
        self.reps: list[Rep] = []
        self.organisations: list[Row] = []
        self.contacts: list[Row] = []
        self.leads: list[Row] = []
        self.qualified: list[tuple[int, int, int, Rep, str]] = []  # lead, org, day, rep, name
        self.prospects: list[int] = []  # organisations of leads that were not qualified
        self.deals: list[Deal] = []
        self.customers: list[Customer] = []
        self.activities: list[Row] = []  # day, time, type, rep, org, lead, deal, customer, note
        self.load = [[0] * (self.cal.last + 1) for _ in range(size.reps)]
        self.targets: list[Row] = []
        self.times = [time(h, mi) for h in range(8, 18) for mi in range(0, 60, 5)]
        self.namer = words.Namer(rng, config.name_keys)

    def touch(
        self,
        role: str,
        day: int,
        rep: Rep,
        org: int | None = None,
        lead: int | None = None,
        deal: int | None = None,
        customer: int | None = None,
    ) -> None:
        """Log one contact moment of *rep* on *day*, and count it in the rep's load."""
        rng = self.rng
        note = rng.choice(words.NOTES[role]) if rng.random() < words.NOTE_CHANCE[role] else None
        moment = rng.choice(self.times) if rng.random() < 0.6 else None
        self.activities.append(
            (day, moment, self.cfg.type_ids[role], rep.id, org, lead, deal, customer, note)
        )
        self.load[rep.index][day] += 1

    def touches(
        self, rep: Rep, roles: Sequence[str], count: int, lo: int, hi: int, **link: int | None
    ) -> None:
        """Up to *count* contact moments on random working days in lo…hi."""
        for _ in range(count):
            day = self.cal.pick(self.rng, lo, hi)
            if day is not None:
                self.touch(self.rng.choice(roles), day, rep, **link)


def last_days(activities: list[Row], column: int) -> dict[int, int]:
    """The last activity day per deal (column 6) or customer (column 7)."""
    result: dict[int, int] = {}
    for row in activities:
        key = row[column]
        if key is not None and row[0] > result.get(key, -1):
            result[key] = row[0]
    return result


def round_to(value: float, unit: int) -> int:
    """*value* rounded to a whole number of *unit*."""
    return round(value / unit) * unit


def short_name(name: str) -> str:
    """The name without its legal form, for deal titles."""
    return name.removesuffix(" B.V.")
