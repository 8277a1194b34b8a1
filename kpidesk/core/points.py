"""Activity points: matching type names on import, and the maths of points goals.

Goal rule (documented for managers in the Activities view's tooltips):
    A points goal is set per month (targets table, kpi ``activity_points``).  The goal for any
    shorter span, such as an ISO week (Monday to Sunday), is the monthly goal pro rata by
    working days (Monday to Friday): ``monthly goal × working days of the span inside that
    month ÷ working days of the month``.  A week that straddles two months takes its share of
    each month's goal.  The result is rounded half up to whole points.  Public holidays are not
    taken out: teams differ, and a rep who takes a day off simply catches up over the month.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from kpidesk.core.periods import Period, add_months, month_start, week_start

# Canonical English name → every spelling an import sheet may use, Dutch or English.
# The first Dutch and English spellings are the default type's own names.
DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "Intake meeting": ("Intakegesprek", "Intake meeting", "Intake"),
    "Presentation": ("Presentatie", "Presentation", "Demo"),
    "Proposal sent": ("Offerte verstuurd", "Proposal sent"),
    "Phone call": ("Telefoongesprek", "Phone call", "Call", "Gebeld"),
    "Voicemail": ("Voicemail",),
    "E-mail": ("E-mail", "Email", "Mail"),
    "LinkedIn message": ("LinkedIn-bericht", "LinkedIn message", "LinkedIn"),
}

_NOT_LETTERS = re.compile(r"[\s\-_./]+")


def name_key(name: str) -> str:
    """How type names compare: case, accents, spaces, hyphens and dots do not count.

    'E-mail', 'email' and ' E mail ' are the same key.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NOT_LETTERS.sub("", text.casefold())


@dataclass(frozen=True)
class TypeName:
    """An activity type as the matcher sees it."""

    id: int
    name_nl: str
    name_en: str


def type_matcher(types: Iterable[TypeName]) -> Callable[[str], int | None]:
    """Build a function that maps an imported type name to a type id, or None when unknown.

    The type's own Dutch and English names always match.  The built-in aliases (Call, Gebeld,
    Demo, Mail, LinkedIn…) match the type whose Dutch or English name is one of that alias
    group's names, so a renamed or reordered default type keeps its aliases.
    """
    keys: dict[str, int] = {}
    listed = list(types)
    for t in listed:
        for name in (t.name_nl, t.name_en):
            if name.strip():
                keys.setdefault(name_key(name), t.id)
    for group in DEFAULT_ALIASES.values():
        group_keys = [name_key(name) for name in group]
        owner = next((keys[k] for k in group_keys if k in keys), None)
        if owner is None:
            continue
        for k in group_keys:
            keys.setdefault(k, owner)

    def match(name: str) -> int | None:
        return keys.get(name_key(name)) if name else None

    return match


def match_activity_type(name: str, types: Iterable[TypeName]) -> int | None:
    """The id of the type *name* means (Dutch or English, any case), or None."""
    return type_matcher(types)(name)


# --- goals ------------------------------------------------------------------------------------


def working_days(start: date, end: date) -> int:
    """Monday-to-Friday days from *start* to *end*, both inclusive (0 when end < start)."""
    if end < start:
        return 0
    days = (end - start).days + 1
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    weekday = start.weekday()
    for offset in range(rest):
        if (weekday + offset) % 7 < 5:
            count += 1
    return count


def week_of(day: date) -> Period:
    """The ISO week (Monday to Sunday) holding *day*."""
    first = week_start(day)
    return Period(first, first + timedelta(days=6))


def month_of(day: date) -> Period:
    return Period.month(day.year, day.month)


def exact_goal(start: date, end: date, monthly_goal: Callable[[date], int | None]) -> Fraction:
    """The unrounded goal for *start*…*end* from the monthly goals (see the module's rule).

    *monthly_goal* gives the goal of the month starting on a given first day, or None.
    """
    total = Fraction(0)
    cursor = month_start(start)
    while cursor <= end:
        goal = monthly_goal(cursor)
        if goal:
            month_end = add_months(cursor, 1) - timedelta(days=1)
            in_month = working_days(max(start, cursor), min(end, month_end))
            month_days = working_days(cursor, month_end)
            if month_days:
                total += Fraction(goal * in_month, month_days)
        cursor = add_months(cursor, 1)
    return total


def round_points(value: Fraction) -> int:
    """Round half up to whole points (1.5 → 2), never banker's rounding."""
    return int((value + Fraction(1, 2)).__floor__())


def goal_for(start: date, end: date, monthly_goal: Callable[[date], int | None]) -> int:
    """The whole-point goal for *start*…*end*: a week, a month or any other span."""
    return round_points(exact_goal(start, end, monthly_goal))


def progress(points: int, goal: int | None) -> float | None:
    """Points as a share of the goal (1.0 = reached, may exceed 1); None without a goal."""
    if not goal or goal <= 0:
        return None
    return points / goal


def expected_by(start: date, end: date, today: date, goal: int) -> int:
    """The points a steady pace would have reached by the end of *today* within the span."""
    if today < start:
        return 0
    total = working_days(start, end)
    if total == 0 or today >= end:
        return goal
    return round_points(Fraction(goal * working_days(start, today), total))
