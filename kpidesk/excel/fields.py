"""The canonical fields of each importable kind, their headers in Dutch and English, and values.

Exports write these field names (English) or the first Dutch header (Dutch) above their
columns, and the import recognises both, so an export re-imports without guessing.  Headers
compare without regard to case, spaces or punctuation (:func:`header_key`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

TEXT, DATE, INT, MONEY, PERCENT = "text", "date", "int", "money", "percent"
KINDS = ("leads", "deals", "activities", "customers", "targets")


@dataclass(frozen=True)
class Field:
    """One importable field: canonical name, value type, whether required, known headers."""

    name: str
    type: str = TEXT
    required: bool = False
    dutch: tuple[str, ...] = ()  # the first is the header a Dutch export writes
    english: tuple[str, ...] = ()  # headers besides the canonical name

    def header(self, lang: str) -> str:
        """The header an export writes: the canonical name, or the first Dutch header."""
        return self.dutch[0] if lang == "nl" and self.dutch else self.name

    def headers(self) -> tuple[str, ...]:
        return (self.name, *self.dutch, *self.english)


_COMPANY = ("Bedrijf", "Bedrijfsnaam", "Organisatie")
_COMPANY_EN = ("Company", "Organisation", "Organization", "Account", "Deal - Organization")
_OWNER = ("Eigenaar", "Verkoper", "Accountmanager", "Medewerker")
_OWNER_EN = ("Owner", "Sales rep", "Deal owner", "Deal - Owner")

FIELDS: dict[str, tuple[Field, ...]] = {
    "leads": (
        Field("company", TEXT, True, _COMPANY, _COMPANY_EN),
        Field(
            "contact_name",
            TEXT,
            False,
            ("Contactpersoon", "Naam contactpersoon"),
            ("Contact", "Contact name", "Contact person"),
        ),
        Field("email", TEXT, False, ("E-mail", "E-mailadres"), ("Email", "E-mail address")),
        Field("phone", TEXT, False, ("Telefoon", "Telefoonnummer"), ("Phone", "Phone number")),
        Field("city", TEXT, False, ("Plaats", "Woonplaats", "Stad"), ("City", "Town")),
        Field("industry", TEXT, False, ("Branche", "Sector"), ("Industry",)),
        Field(
            "employees",
            INT,
            False,
            ("Aantal medewerkers", "Medewerkers (aantal)"),
            ("Employees", "Number of employees", "Company size"),
        ),
        Field("source", TEXT, False, ("Bron", "Herkomst"), ("Source", "Lead source")),
        Field("owner", TEXT, False, _OWNER, _OWNER_EN),
        Field(
            "created",
            DATE,
            False,
            ("Aangemaakt", "Aanmaakdatum"),
            ("Created", "Create date", "Created on"),
        ),
        Field("status", TEXT, False, ("Status",), ("Lead status",)),
        Field(
            "qualified_at", DATE, False, ("Gekwalificeerd op",), ("Qualified at", "Qualified on")
        ),
        Field("notes", TEXT, False, ("Notities", "Opmerkingen"), ("Notes", "Note")),
        Field("external_id", TEXT, False, ("Extern ID", "Externe ID"), ("External id", "ID")),
    ),
    "deals": (
        Field(
            "title",
            TEXT,
            True,
            ("Titel", "Naam", "Onderwerp"),
            ("Title", "Deal", "Deal name", "Deal - Title"),
        ),
        Field("account", TEXT, False, _COMPANY, _COMPANY_EN),
        Field("owner", TEXT, False, _OWNER, _OWNER_EN),
        Field("stage", TEXT, False, ("Fase",), ("Stage", "Deal stage", "Deal - Stage")),
        Field(
            "value",
            MONEY,
            False,
            ("Waarde", "Bedrag", "Dealwaarde"),
            ("Value", "Amount", "Deal - Value"),
        ),
        Field(
            "first_contact",
            DATE,
            False,
            ("Eerste contact", "Startdatum"),
            ("First contact", "Create date", "Deal - Deal created"),
        ),
        Field(
            "closed",
            DATE,
            False,
            ("Sluitdatum", "Gesloten op"),
            ("Closed", "Close date", "Won time", "Deal - Won time"),
        ),
        Field(
            "expected_close",
            DATE,
            False,
            ("Verwachte sluitdatum",),
            ("Expected close", "Expected close date"),
        ),
        Field("product", TEXT, False, ("Product",), ("Product",)),
        Field("lost_reason", TEXT, False, ("Reden verloren",), ("Lost reason",)),
        Field("probability", PERCENT, False, ("Kans", "Winkans"), ("Probability",)),
        Field("external_id", TEXT, False, ("Extern ID", "Externe ID"), ("External id", "ID")),
    ),
    "activities": (
        Field("type", TEXT, True, ("Soort", "Activiteit"), ("Type", "Activity type")),
        Field("date", DATE, True, ("Datum",), ("Date",)),
        Field(
            "rep",
            TEXT,
            False,
            ("Verkoper", "Medewerker", "Eigenaar"),
            ("Rep", "Sales rep", "Owner"),
        ),
        Field("company", TEXT, False, _COMPANY, _COMPANY_EN),
        Field("deal", TEXT, False, ("Deal",), ("Deal", "Deal name")),
        Field("note", TEXT, False, ("Notitie", "Opmerking"), ("Note", "Notes")),
    ),
    "customers": (
        Field("company", TEXT, True, _COMPANY, _COMPANY_EN),
        Field("customer_since", DATE, True, ("Klant sinds",), ("Customer since",)),
        Field(
            "churned_at", DATE, False, ("Opgezegd op", "Einddatum"), ("Churned at", "Churn date")
        ),
        Field("churn_reason", TEXT, False, ("Reden opzegging",), ("Churn reason",)),
        Field("owner", TEXT, False, _OWNER, _OWNER_EN),
        Field(
            "recurring_value",
            MONEY,
            False,
            ("Jaarwaarde", "Terugkerende waarde"),
            ("Recurring value", "Yearly value"),
        ),
    ),
    "targets": (
        Field("rep", TEXT, False, ("Verkoper", "Medewerker"), ("Rep", "Sales rep")),
        Field("kpi", TEXT, True, ("KPI",), ("KPI",)),
        Field("month", DATE, True, ("Maand",), ("Month",)),
        Field("value", INT, True, ("Waarde", "Doel"), ("Value", "Target")),
    ),
}

# Lead status words an export writes per language; the import reads any of them.
LEAD_STATUS = {
    "new": ("new", "nieuw"),
    "qualified": ("qualified", "gekwalificeerd"),
    "disqualified": ("disqualified", "afgewezen"),
}


def fields_of(kind: str) -> tuple[Field, ...]:
    return FIELDS[kind]


def field_names(kind: str) -> list[str]:
    return [f.name for f in FIELDS[kind]]


def headers_for(kind: str, lang: str) -> list[str]:
    """The header row an export of *kind* writes in *lang*."""
    return [f.header(lang) for f in FIELDS[kind]]


def header_key(text: str) -> str:
    """Compare headers without case, accents, spaces or punctuation: 'E-mail ' → 'email'."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", "", plain.casefold())


def status_word(code: str, lang: str) -> str:
    words = LEAD_STATUS.get(code)
    return code if words is None else words[1 if lang == "nl" else 0]


def status_code(word: str) -> str | None:
    """The lead status a word in either language stands for; None when it is unknown."""
    key = header_key(word)
    for code, words in LEAD_STATUS.items():
        if key in (header_key(w) for w in words):
            return code
    return None
