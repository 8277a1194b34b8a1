"""Shared shapes for services: pages of rows and change summaries for the views."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

PAGE_SIZE = 500  # rows a list fetches at a time

# Names of the kinds of data a change can touch; views refresh on the ones they show.
LEADS = "leads"
DEALS = "deals"
ACTIVITIES = "activities"
CUSTOMERS = "customers"
TEAM = "team"
CONFIG = "config"
TARGETS = "targets"
ACTIONS = "actions"  # agreed actions of one-on-ones
ALL = frozenset({LEADS, DEALS, ACTIVITIES, CUSTOMERS, TEAM, CONFIG, TARGETS, ACTIONS})


@dataclass(frozen=True)
class Page(Generic[T]):
    """A slice of a longer list, with the length of the whole list."""

    rows: list[T]
    total: int


@dataclass(frozen=True)
class Changes:
    """What a service changed, so that each view can decide whether to refresh (as in Anki)."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    ids: tuple[int, ...] = ()

    @classmethod
    def of(cls, *kinds: str, ids: tuple[int, ...] = ()) -> Changes:
        return cls(frozenset(kinds), ids)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))
