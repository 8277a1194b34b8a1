"""The ideal-customer checklist: weighted fit score, missing must-haves and the qualify rule.

Pure functions over plain values, shared by the services (which store the score) and the
qualification panel (which shows it live while the user ticks criteria).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kpidesk.core.i18n import tr

LEAD_NEW = "new"
LEAD_QUALIFIED = "qualified"
LEAD_DISQUALIFIED = "disqualified"
LEAD_STATUSES = (LEAD_NEW, LEAD_QUALIFIED, LEAD_DISQUALIFIED)
DEFAULT_THRESHOLD = 60


@dataclass(frozen=True)
class Criterion:
    """One checklist line as far as scoring is concerned."""

    id: int
    weight: int
    must_have: bool = False


@dataclass(frozen=True)
class FitResult:
    """How a lead scores against the checklist."""

    score: int  # weighted percentage 0..100
    missing_must_haves: tuple[int, ...]  # criterion ids, in checklist order
    threshold: int
    answered: int  # criteria ticked

    @property
    def meets_threshold(self) -> bool:
        return self.score >= self.threshold

    @property
    def can_qualify(self) -> bool:
        """Qualifying needs every must-have ticked and the score at or above the threshold."""
        return not self.missing_must_haves and self.meets_threshold


def answers_from_json(raw: Mapping[str, object] | None) -> dict[int, bool]:
    """Read stored answers (``{"<criterion id>": true}``) into ``{id: bool}``, skipping junk."""
    result: dict[int, bool] = {}
    for key, value in (raw or {}).items():
        try:
            result[int(key)] = bool(value)
        except (TypeError, ValueError):
            continue
    return result


def answers_to_json(answers: Mapping[int, bool]) -> dict[str, bool]:
    """Store only the ticked criteria; an unticked one is simply absent."""
    return {str(cid): True for cid, ticked in sorted(answers.items()) if ticked}


def fit_score(criteria: Iterable[Criterion], answers: Mapping[int, bool]) -> int:
    """The weighted share of ticked criteria, rounded half up to a whole percent.

    Criteria with weight 0 count for must-have purposes only; an empty checklist scores 0.
    """
    total = 0
    ticked = 0
    for criterion in criteria:
        weight = max(criterion.weight, 0)
        total += weight
        if answers.get(criterion.id):
            ticked += weight
    if total == 0:
        return 0
    # Integer arithmetic: round half up without floating point surprises.
    return (200 * ticked + total) // (2 * total)


def evaluate(
    criteria: Iterable[Criterion], answers: Mapping[int, bool], threshold: int
) -> FitResult:
    """Score *answers* and list the must-haves that are still missing."""
    items = list(criteria)
    missing = tuple(c.id for c in items if c.must_have and not answers.get(c.id))
    answered = sum(1 for c in items if answers.get(c.id))
    return FitResult(fit_score(items, answers), missing, clamp_threshold(threshold), answered)


def clamp_threshold(value: int) -> int:
    """A threshold is a whole percentage from 0 to 100."""
    return min(max(int(value), 0), 100)


# Import and typing: status words in Dutch and English ---------------------------------------

_STATUS_WORDS = {
    LEAD_NEW: ("new", "nieuw", "open", "nog niet gekwalificeerd", "not qualified yet"),
    LEAD_QUALIFIED: ("qualified", "gekwalificeerd"),
    LEAD_DISQUALIFIED: (
        "disqualified",
        "gediskwalificeerd",
        "gedisqualificeerd",
        "gedeskwalificeerd",
        "afgewezen",
        "rejected",
    ),
}
_NOISE = re.compile(r"[\s_\-.]+")
_LOOKUP = {
    _NOISE.sub("", word): status for status, words in _STATUS_WORDS.items() for word in words
}


class LeadStatusError(ValueError):
    """A status text that is neither a Dutch nor an English lead status."""


def parse_lead_status(text: str | None, *, default: str = LEAD_NEW) -> str:
    """Read a lead status in Dutch or English ('Nieuw', 'QUALIFIED', 'gediskwalificeerd').

    An empty cell gives *default*. Case, accents, surrounding spaces, dashes and underscores do
    not matter.

    Raises:
        LeadStatusError: for any other text.
    """
    if text is None or not str(text).strip():
        return default
    folded = unicodedata.normalize("NFKD", str(text))
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    key = _NOISE.sub("", folded)
    status = _LOOKUP.get(key)
    if status is None:
        raise LeadStatusError(
            tr(
                "'{status}' is not a lead status. Use nieuw/new, gekwalificeerd/qualified or "
                "gediskwalificeerd/disqualified."
            ).format(status=str(text).strip())
        )
    return status
