"""What the values of other CRMs mean in KPIDesk: lead statuses, deal stages, deal outcomes.

Each table maps a value as a CRM writes it (compared without case, spaces or punctuation) onto
KPIDesk's own.  They are defaults: the wizard shows them for the values a file holds and the user
can change each one (``--map-value status:"In Progress"=new`` on the command line).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kpidesk.core.i18n import tr
from kpidesk.core.parsing import normalise_header
from kpidesk.data.models import LEAD_DISQUALIFIED, LEAD_NEW, LEAD_QUALIFIED

WON, LOST, OPEN, DELETED = "won", "lost", "open", "deleted"
OUTCOMES = (OPEN, WON, LOST)

# Lead status as KPIDesk's own exports, HubSpot ("Lead Status"), Salesforce ("Lead Status"),
# Pipedrive (leads inbox) and Odoo write it → KPIDesk's status.
_LEAD_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    LEAD_NEW: (
        "nieuw", "new", "open", "nieuwe lead", "in behandeling",
        # HubSpot
        "in progress", "attempted to contact", "connected",
        # Salesforce
        "open - not contacted", "working - contacted", "working",
        # Odoo, Pipedrive
        "lead", "active",
    ),
    LEAD_QUALIFIED: (
        "gekwalificeerd", "qualified", "sql", "sales qualified lead", "mql",
        # HubSpot, Salesforce, Pipedrive
        "open deal", "closed - converted", "converted", "converted to deal",
    ),
    LEAD_DISQUALIFIED: (
        "gediskwalificeerd", "disqualified", "afgewezen", "unqualified",
        # HubSpot, Salesforce, Pipedrive
        "bad timing", "closed - not converted", "archived", "lost",
    ),
}  # fmt: skip
LEAD_STATUSES = {
    normalise_header(word): status for status, words in _LEAD_STATUS_WORDS.items() for word in words
}

# Default pipeline stages of HubSpot, Pipedrive, Salesforce and Odoo → the English name of a
# KPIDesk default stage.  Used only when the database has a stage of that name and none of the
# file's own name.
_STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "Lead in": ("Lead In", "Prospecting", "New"),
    "Contact made": ("Contact Made", "Appointment Scheduled", "Qualification"),
    "Intake": (
        "Qualified", "Qualified To Buy", "Presentation Scheduled", "Demo Scheduled",
        "Needs Defined", "Needs Analysis", "Value Proposition", "Id. Decision Makers",
        "Perception Analysis",
    ),
    "Proposal": (
        "Proposal Made", "Decision Maker Bought-In", "Proposal/Price Quote", "Proposition",
    ),
    "Negotiation": ("Negotiations Started", "Contract Sent", "Negotiation/Review"),
    "Won": ("Closed Won", "Closed-Won", "Won", "Gewonnen"),
    "Lost": ("Closed Lost", "Closed-Lost", "Lost", "Verloren"),
}  # fmt: skip
STAGE_DEFAULTS = {
    normalise_header(word): english for english, words in _STAGE_WORDS.items() for word in words
}

# A deal's outcome as a column writes it (Pipedrive "Status", KPIDesk's "outcome").
OUTCOME_WORDS = {
    normalise_header(word): outcome
    for outcome, words in {
        WON: ("won", "gewonnen", "closed won", "win"),
        LOST: ("lost", "verloren", "closed lost"),
        OPEN: ("open", "openstaand", "active", "actief", "lopend"),
        DELETED: ("deleted", "verwijderd"),
    }.items()
    for word in words
}


def parse_outcome(text: str) -> str | None:
    """won, lost, open or deleted for an outcome word; None when it is none of them."""
    return OUTCOME_WORDS.get(normalise_header(text))


@dataclass(frozen=True)
class ValueMaps:
    """The user's value mappings (field → value as written → KPIDesk value), over the defaults."""

    by_field: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def of(cls, mapping: Mapping[str, Mapping[str, str]]) -> ValueMaps:
        return cls(
            {
                name: {normalise_header(k): v for k, v in values.items()}
                for name, values in mapping.items()
            }
        )

    def chosen(self, name: str, text: str) -> str | None:
        """The user's choice for *text* in field *name*, or None."""
        return self.by_field.get(name, {}).get(normalise_header(text))

    def lead_status(self, text: str) -> str | None:
        """new, qualified or disqualified for a status as written; None when unknown."""
        chosen = self.chosen("status", text)
        if chosen is not None:
            return LEAD_STATUSES.get(normalise_header(chosen), chosen)
        return LEAD_STATUSES.get(normalise_header(text))


def parse_value_map(items: list[str]) -> dict[str, dict[str, str]]:
    """``FIELD:VALUE=TARGET`` items (the --map-value flags) as field → {value: target}.

    Raises:
        ValueError: an item is not of that form; the message says so.
    """
    result: dict[str, dict[str, str]] = {}
    for item in items:
        name, colon, rest = item.partition(":")
        value, equals, target = rest.rpartition("=")
        if not colon or not equals or not name.strip() or not value.strip() or not target.strip():
            raise ValueError(
                tr(
                    "--map-value needs FIELD:VALUE=TARGET, for example --map-value "
                    'status:"In Progress"=new or --map-value stage:"Contract Sent"=Proposal.'
                )
            )
        result.setdefault(name.strip(), {})[_unquote(value)] = _unquote(target)
    return result


def parse_stage_outcomes(items: list[str]) -> dict[str, str]:
    """``STAGE=won|lost|open`` items (the --stage-outcome flags) as stage → outcome.

    Raises:
        ValueError: an item is not of that form; the message says so.
    """
    result: dict[str, str] = {}
    for item in items:
        stage, equals, outcome = item.rpartition("=")
        word = parse_outcome(outcome)
        if not equals or not stage.strip() or word not in OUTCOMES:
            raise ValueError(
                tr(
                    "--stage-outcome needs STAGE=won, STAGE=lost or STAGE=open, for example "
                    '--stage-outcome "Dead Deals=lost".'
                )
            )
        result[_unquote(stage)] = str(word)
    return result


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1].strip()
    return text


def as_dict(maps: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    return {k: dict(v) for k, v in maps.items()}
