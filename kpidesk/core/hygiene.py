"""Pipeline hygiene in words: the flags an open deal can carry and why it needs attention.

Which deals carry a flag is decided once, in SQL (:mod:`kpidesk.data.definitions.hygiene`);
this module names the flags, keeps their order and says each reason in a sentence a sales
manager reads on the card's tooltip, in the window and in the meeting workbook.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kpidesk.core.formatting import format_date, format_int
from kpidesk.core.i18n import plural, tr, tr_noop

CLOSE_PASSED = "close_passed"  # the expected close date lies in the past
NO_NEXT_STEP = "no_next_step"  # no planned, not-done activity on the deal
CLOSE_SLIPPED = "close_slipped"  # the expected close date moved later SLIP_LIMIT times or more
NO_VALUE = "no_value"  # no deal value
SLEEPING = "sleeping"  # the sleeping-deal rule, as everywhere else
FLAGS = (CLOSE_PASSED, NO_NEXT_STEP, CLOSE_SLIPPED, NO_VALUE, SLEEPING)

SLIP_LIMIT = 2  # "moved later twice or more"

_LABELS = {
    CLOSE_PASSED: tr_noop("Close date passed"),
    NO_NEXT_STEP: tr_noop("No next step"),
    CLOSE_SLIPPED: tr_noop("Close date keeps moving"),
    NO_VALUE: tr_noop("No value"),
    SLEEPING: tr_noop("Sleeping"),
}


def label(flag: str) -> str:
    """The flag in two or three words: a card, a column header, a filter."""
    return tr(_LABELS[flag])


@dataclass(frozen=True)
class HygieneFacts:
    """What a deal's flags are about, for saying them in words."""

    flags: tuple[str, ...]
    expected_close: date | None = None
    later_moves: int = 0  # times the expected close date moved later
    quiet_days: int | None = None  # days without a contact moment or stage change
    rotting_days: int | None = None  # the stage's limit for that


def reason(flag: str, facts: HygieneFacts) -> str:
    """Why *flag* is set on the deal, in one sentence."""
    if flag == CLOSE_PASSED:
        return tr(
            "The expected close date ({day}) has passed: win it, lose it or set a new date."
        ).format(day=format_date(facts.expected_close))
    if flag == NO_NEXT_STEP:
        return tr("No next step planned: plan an activity on the deal.")
    if flag == CLOSE_SLIPPED:
        return plural(
            facts.later_moves,
            tr("The expected close date moved later {count} time."),
            tr("The expected close date moved later {count} times."),
        ).format(count=format_int(facts.later_moves))
    if flag == NO_VALUE:
        return tr("The deal has no value.")
    if facts.quiet_days is not None and facts.rotting_days is not None:
        return tr(
            "Sleeping: no contact moment or stage change for {quiet} days, past this stage's "
            "limit of {limit} days."
        ).format(quiet=format_int(facts.quiet_days), limit=format_int(facts.rotting_days))
    return tr("Sleeping: no contact moment or stage change for longer than this stage allows.")


def reasons(facts: HygieneFacts) -> list[str]:
    """Every reason the deal needs attention, in the flags' order."""
    return [reason(flag, facts) for flag in FLAGS if flag in facts.flags]


def summary(facts: HygieneFacts) -> str:
    """The flags in a short line with their figure, for a table cell ("Sleeping (45 d)")."""
    parts = []
    for flag in FLAGS:
        if flag not in facts.flags:
            continue
        text = label(flag)
        if flag == CLOSE_SLIPPED:
            text += f" ({format_int(facts.later_moves)}×)"
        elif flag == SLEEPING and facts.quiet_days is not None:
            text += " " + tr("({days} d quiet)").format(days=format_int(facts.quiet_days))
        parts.append(text)
    return ", ".join(parts)
