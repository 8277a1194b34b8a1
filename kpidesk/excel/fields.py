"""The canonical fields of each table kind, shared by import and export.

Exports write ``Field.name`` as the header (or ``Field.header_nl`` with ``--lang nl``); the
importer recognises those, the English label, and the headers of the CRMs people come from
(Pipedrive, HubSpot, Salesforce), without regard to case, spaces or punctuation.

Values as exports should write them and the importer reads them:

* money fields (``MONEY``) in euros, as numbers (``1234.5``);
* dates as real date cells (or ISO text in CSV);
* ``probability`` in percent points (60 = 60 %);
* an activity's ``status`` as "Done"/"Planned" ("Gedaan"/"Gepland"); without the column a
  date up to today is done and a later one planned;
* targets: ``kpi`` is a :data:`TARGET_KPI_NAMES` key or one of its names (exports write the name
  in their language), ``month`` the first day of the month, ``value`` in euros for the money KPIs
  and a count or points otherwise; ``rep`` empty for the team;
* agreed actions: ``done`` is the day an action was done, empty while it is open;
* formula-like text protected as :mod:`kpidesk.excel.protection` describes (the CSV reader
  removes the apostrophe a CSV export adds).
"""

from __future__ import annotations

from dataclasses import dataclass

from kpidesk.core.i18n import tr_noop
from kpidesk.core.parsing import normalise_header

LEADS, DEALS, ACTIVITIES, CUSTOMERS, TARGETS, ACTIONS = (
    "leads",
    "deals",
    "activities",
    "customers",
    "targets",
    "actions",  # the agreed actions of one-on-ones
)
KINDS = (LEADS, DEALS, ACTIVITIES, CUSTOMERS, TARGETS, ACTIONS)
KIND_LABELS = {
    LEADS: tr_noop("Leads"),
    DEALS: tr_noop("Deals"),
    ACTIVITIES: tr_noop("Activities"),
    CUSTOMERS: tr_noop("Customers"),
    TARGETS: tr_noop("Targets"),
    ACTIONS: tr_noop("Agreed actions"),
}

# Value types of a field.
TEXT, INT, MONEY, DATE, PERCENT, MONTH, EMAIL, BOOL, STATE = (
    "text",
    "int",
    "money",
    "date",
    "percent",
    "month",
    "email",
    "bool",
    "state",  # an activity done or planned (kpidesk.core.parsing.parse_done)
)

# The KPIs a target can be set for, with the Dutch and English names an export may write.
TARGET_KPI_NAMES: dict[str, tuple[str, str]] = {
    "qualified_leads": ("Gekwalificeerde leads", "Qualified leads"),
    "activity_points": ("Activiteitspunten", "Activity points"),
    "new_revenue": ("Nieuwe omzet", "New revenue"),
    "pipeline_value": ("Dealwaarde in de pipeline", "Deal value in the pipeline"),
}


@dataclass(frozen=True)
class Field:
    """One column of a table kind.

    Attributes:
        name: the canonical name; the English export header.
        type: one of TEXT, INT, MONEY, DATE, PERCENT, MONTH, EMAIL, BOOL, STATE.
        label: the English label shown in the window (translated with ``tr``).
        header_nl: the Dutch export header.
        synonyms: other headers that mean this field (CRM exports, Dutch and English words).
        required: a row without this value is refused.
        export: False for helper columns that only the importer knows (first/last name).
    """

    name: str
    type: str
    label: str
    header_nl: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    export: bool = True

    def export_header(self, language: str = "en") -> str:
        return self.header_nl if language == "nl" else self.name


_COMPANY = (
    "Bedrijf", "Bedrijfsnaam", "Organisatie", "Organisation", "Organization", "Account",
    "Company", "Company name", "Account name", "Organisation name", "Organization name",
    "Organization - Name", "Deal - Organization", "Lead - Organization", "Klant", "Klantnaam",
    "Customer", "Customer name", "Company / Account", "Associated Company",
    "Person - Organization", "Associated Company (Primary)",
)  # fmt: skip
_OWNER = (
    "Eigenaar", "Verkoper", "Accountmanager", "Medewerker", "Owner", "Sales rep", "Salesrep",
    "Deal owner", "Deal - Owner", "Lead owner", "Lead - Owner", "Contact owner",
    "Company owner", "Opportunity owner", "Account owner", "Organization - Owner", "Rep",
    "Vertegenwoordiger", "Verantwoordelijke", "Assigned to", "User", "HubSpot owner",
    "Person - Owner", "Salesperson", "Assigned",
)  # fmt: skip
_EXTERNAL_ID = (
    "Extern id", "Externe id", "External id", "ID", "Record ID", "Deal - ID", "Lead - ID",
    "Lead ID", "Opportunity ID", "Deal ID", "Company ID", "Account ID", "Id", "Person - ID",
)  # fmt: skip

_LEAD_FIELDS = (
    Field("company", TEXT, tr_noop("Company"), "Bedrijf", _COMPANY, required=True),
    Field("contact_name", TEXT, tr_noop("Contact"), "Contactpersoon", (
        "Contact", "Contact name", "Contactpersoon", "Naam contactpersoon", "Person - Name",
        "Full name", "Name", "Naam", "Lead name", "Volledige naam",
    )),
    Field("email", EMAIL, tr_noop("E-mail"), "E-mail", (
        "Email", "E-mailadres", "Emailadres", "Email address", "Person - Email",
        "Person - Email - Work", "Mail", "E-mail address",
    )),
    Field("phone", TEXT, tr_noop("Phone"), "Telefoon", (
        "Telefoonnummer", "Telefoon", "Tel", "Phone number", "Person - Phone",
        "Person - Phone - Work", "Mobile", "Mobiel", "Phone",
    )),
    Field("city", TEXT, tr_noop("City"), "Plaats", (
        "Plaats", "Stad", "Woonplaats", "Vestigingsplaats", "City", "Organization - City",
        "Organization - Address - City/town/village/locality", "Town",
    )),
    Field("industry", TEXT, tr_noop("Industry"), "Branche", (
        "Branche", "Sector", "Industrie", "Industry", "Organization - Industry",
    )),
    Field("employees", INT, tr_noop("Employees"), "Medewerkers", (
        "Medewerkers", "Aantal medewerkers", "Werknemers", "Aantal werknemers", "FTE",
        "Employees", "Number of employees", "No. of employees", "Employee count",
        "Organization - Number of employees",
    )),
    Field("region", TEXT, tr_noop("Region"), "Regio", (
        "Regio", "Provincie", "Region", "State", "State/Region", "Province", "State/Province",
        "Organization - Address - State/county", "Billing State/Province",
    )),
    Field("yearly_revenue", MONEY, tr_noop("Yearly revenue"), "Jaaromzet", (
        "Jaaromzet", "Omzet", "Omzet per jaar", "Bedrijfsomzet", "Revenue", "Annual revenue",
        "Yearly revenue", "Annual Revenue", "Organization - Annual revenue",
    )),
    Field("source", TEXT, tr_noop("Source"), "Bron", (
        "Bron", "Herkomst", "Leadbron", "Source", "Lead source", "Lead - Source",
        "Original source", "Kanaal", "Channel",
    )),
    Field("owner", TEXT, tr_noop("Owner"), "Eigenaar", _OWNER),
    Field("created", DATE, tr_noop("Created"), "Aangemaakt", (
        "Aangemaakt", "Aangemaakt op", "Datum", "Created", "Create date", "Created date",
        "Created on", "Lead - Lead created", "Lead created", "Date added", "Toegevoegd",
        "Lead - Created", "Person - Person created", "Person created", "Created on",
    )),
    Field("status", TEXT, tr_noop("Status"), "Status", (
        "Status", "Lead status", "Lead - Status", "Leadstatus", "Lead Status",
    )),
    Field("qualified_at", DATE, tr_noop("Qualified on"), "Gekwalificeerd op", (
        "Gekwalificeerd op", "Gekwalificeerd", "Kwalificatiedatum", "Qualified at",
        "Qualified on", "Qualified date", "Became a sales qualified lead date",
        "Became an SQL date",
    )),
    Field("disqualify_reason", TEXT, tr_noop("Disqualified because"), "Reden gediskwalificeerd", (
        "Reden gediskwalificeerd", "Reden diskwalificatie", "Diskwalificatiereden",
        "Disqualify reason", "Disqualified reason", "Disqualification reason",
        "Reason disqualified", "Unqualified reason", "Lead - Unqualified reason",
    )),
    Field("notes", TEXT, tr_noop("Notes"), "Notities", (
        "Notities", "Notitie", "Opmerkingen", "Opmerking", "Notes", "Note", "Description",
        "Omschrijving", "Toelichting",
    )),
    Field("external_id", TEXT, tr_noop("External id"), "Extern id", _EXTERNAL_ID),
    Field("first_name", TEXT, tr_noop("First name"), "Voornaam", (
        "Voornaam", "First name", "Person - First name",
    ), export=False),
    Field("last_name", TEXT, tr_noop("Last name"), "Achternaam", (
        "Achternaam", "Last name", "Surname", "Person - Last name",
    ), export=False),
)  # fmt: skip

_DEAL_FIELDS = (
    Field("title", TEXT, tr_noop("Title"), "Titel", (
        "Titel", "Naam", "Onderwerp", "Deal", "Deal name", "Deal - Title", "Dealnaam",
        "Opportunity name", "Opportunity", "Title", "Name", "Deal title",
    ), required=True),
    Field("account", TEXT, tr_noop("Organisation"), "Organisatie", _COMPANY),
    Field("owner", TEXT, tr_noop("Owner"), "Eigenaar", _OWNER),
    Field("stage", TEXT, tr_noop("Stage"), "Fase", (
        "Fase", "Stage", "Deal stage", "Deal - Stage", "Dealfase", "Pipeline stage",
        "StageName", "Stage name",
    )),
    # Whether a deal is won, lost or open, as a CRM's export says it; wins over the stage name.
    Field("outcome", TEXT, tr_noop("Outcome"), "Uitkomst", (
        "Uitkomst", "Resultaat", "Status", "Deal - Status", "Deal status", "Dealstatus",
        "Outcome",
    )),
    Field("value", MONEY, tr_noop("Value"), "Waarde", (
        "Waarde", "Bedrag", "Dealwaarde", "Value", "Amount", "Deal - Value", "Deal value",
        "Omzet", "Amount in company currency", "Expected Revenue", "Verwachte omzet",
    )),
    Field("first_contact", DATE, tr_noop("First contact"), "Eerste contact", (
        "Eerste contact", "Aangemaakt", "Startdatum", "Created", "Create date", "Created date",
        "Deal - Deal created", "Deal created", "Aangemaakt op", "First contact date",
        "Created on", "CreatedDate",
    )),
    Field("closed", DATE, tr_noop("Closed on"), "Gesloten op", (
        "Sluitdatum", "Gesloten op", "Close date", "Closed date", "Deal - Close time",
        "Close time", "Deal closed on", "Deal - Deal closed on", "Closed on", "Datum gesloten",
        "CloseDate", "Date closed", "Closed Date",
    )),
    Field("expected_close", DATE, tr_noop("Expected close"), "Verwachte sluitdatum", (
        "Verwachte sluitdatum", "Verwacht", "Verwachte afsluitdatum", "Expected close",
        "Expected close date", "Deal - Expected close date", "Expected Closing",
    )),
    Field("product", TEXT, tr_noop("Product"), "Product", (
        "Product", "Producten", "Products", "Deal - Product name", "Dienst",
    )),
    Field("lost_reason", TEXT, tr_noop("Lost reason"), "Reden verloren", (
        "Reden verloren", "Verliesreden", "Lost reason", "Deal - Lost reason",
        "Closed lost reason", "Reden",
    )),
    Field("probability", PERCENT, tr_noop("Probability"), "Kans", (
        "Kans", "Slagingskans", "Waarschijnlijkheid", "Probability", "Deal - Probability",
        "Probability (%)", "Deal probability", "Winkans",
    )),
    Field("external_id", TEXT, tr_noop("External id"), "Extern id", _EXTERNAL_ID),
    # Import only: the columns other CRMs use to say a deal is won, lost or closed, and when.
    Field("is_won", BOOL, tr_noop("Is won"), "Is gewonnen", (
        "Is Closed Won", "IsWon", "Is won", "Won", "Gewonnen",
    ), export=False),
    Field("is_lost", BOOL, tr_noop("Is lost"), "Is verloren", (
        "Is closed lost", "IsLost", "Is lost", "Lost", "Verloren",
    ), export=False),
    Field("is_closed", BOOL, tr_noop("Is closed"), "Is gesloten", (
        "IsClosed", "Is Closed", "Is Deal Closed?", "Deal closed", "Gesloten",
    ), export=False),
    Field("active", BOOL, tr_noop("Active"), "Actief", ("Active", "Actief"), export=False),
    Field("won_on", DATE, tr_noop("Won on"), "Gewonnen op", (
        "Gewonnen op", "Won time", "Deal - Won time", "Won date", "Won on",
    ), export=False),
    Field("lost_on", DATE, tr_noop("Lost on"), "Verloren op", (
        "Verloren op", "Lost time", "Deal - Lost time", "Lost date", "Lost on",
    ), export=False),
    Field("closed_fallback", DATE, tr_noop("Close date when none is given"),
          "Sluitdatum als er geen is", (
        "Last Modified Date", "Last stage change", "Deal - Last stage change",
        "Last Stage Update", "LastModifiedDate", "Laatst gewijzigd",
    ), export=False),
)  # fmt: skip

_ACTIVITY_FIELDS = (
    Field("type", TEXT, tr_noop("Type"), "Soort", (
        "Type", "Soort", "Activiteit", "Activity type", "Activiteitsoort", "Activity - Type",
        "Activity", "Task Type", "Activity Type",
    ), required=True),
    Field("date", DATE, tr_noop("Date"), "Datum", (
        "Datum", "Date", "Activity date", "Activity - Due date", "Due date", "Activity - Date",
        "Activity - Done time", "Done time", "Gedaan op",
    ), required=True),
    Field("rep", TEXT, tr_noop("Rep"), "Verkoper", (
        *_OWNER,
        "Activity - Assigned to user", "Activity - Owner",
    )),
    Field("company", TEXT, tr_noop("Company"), "Bedrijf", (
        *_COMPANY,
        "Activity - Organization",
    )),
    Field("deal", TEXT, tr_noop("Deal"), "Deal", (
        "Deal", "Deal title", "Deal - Title", "Activity - Deal", "Opportunity", "Dealnaam",
        "Associated Deal",
    )),
    Field("note", TEXT, tr_noop("Note"), "Notitie", (
        "Notitie", "Notities", "Opmerking", "Note", "Notes", "Activity - Note", "Subject",
        "Onderwerp", "Omschrijving", "Description", "Comments", "Activity - Subject",
    )),
    Field("status", STATE, tr_noop("Done or planned"), "Status", (
        "Status", "Done", "Gedaan", "Afgerond", "Activity - Done", "Task status", "Task Status",
        "Completed", "Is done", "State",
    )),
)  # fmt: skip

_CUSTOMER_FIELDS = (
    Field("company", TEXT, tr_noop("Company"), "Bedrijf", _COMPANY, required=True),
    Field("customer_since", DATE, tr_noop("Customer since"), "Klant sinds", (
        "Klant sinds", "Klant vanaf", "Customer since", "Startdatum", "Start date",
        "Became a customer date", "Ingangsdatum",
    ), required=True),
    Field("churned_at", DATE, tr_noop("Churned on"), "Opgezegd op", (
        "Opgezegd op", "Opgezegd", "Einddatum", "Churn date", "Churned at", "Churned on",
        "End date", "Vertrokken op",
    )),
    Field("churn_reason", TEXT, tr_noop("Churn reason"), "Reden opzegging", (
        "Reden opzegging", "Opzegreden", "Reden vertrek", "Churn reason",
    )),
    Field("owner", TEXT, tr_noop("Owner"), "Eigenaar", _OWNER),
    Field("recurring_value", MONEY, tr_noop("Recurring value"), "Terugkerende waarde", (
        "Terugkerende waarde", "Terugkerende omzet", "Jaarwaarde", "Contractwaarde",
        "Recurring value", "Recurring revenue", "ARR", "MRR", "Annual revenue",
        "Annual recurring revenue",
    )),
)  # fmt: skip

_TARGET_FIELDS = (
    Field("rep", TEXT, tr_noop("Rep"), "Verkoper", _OWNER),
    Field("kpi", TEXT, tr_noop("KPI"), "KPI", ("KPI", "Doel voor", "Target for", "Metric"),
          required=True),
    Field("month", MONTH, tr_noop("Month"), "Maand", ("Maand", "Month", "Periode", "Period"),
          required=True),
    Field("value", MONEY, tr_noop("Value"), "Waarde", (
        "Waarde", "Doel", "Target", "Value", "Goal", "Streefwaarde",
    ), required=True),
)  # fmt: skip

_ACTION_FIELDS = (
    Field("rep", TEXT, tr_noop("Rep"), "Verkoper", _OWNER, required=True),
    Field("agreed_on", DATE, tr_noop("Agreed on"), "Afgesproken op", (
        "Afgesproken op", "Afgesproken", "Datum afspraak", "Agreed on", "Agreed", "Date agreed",
        "Datum", "Date",
    ), required=True),
    Field("text", TEXT, tr_noop("Agreed action"), "Afspraak", (
        "Afspraak", "Actie", "Actiepunt", "Agreed action", "Action", "Action item", "Tekst",
        "Text", "Omschrijving", "Description",
    ), required=True),
    Field("due", DATE, tr_noop("Due"), "Uiterlijk", (
        "Uiterlijk", "Deadline", "Vervaldatum", "Klaar op", "Due", "Due date", "Due on",
    )),
    Field("done", DATE, tr_noop("Done on"), "Gedaan op", (
        "Gedaan op", "Gedaan", "Afgerond", "Afgerond op", "Done", "Done on", "Completed",
        "Completed on",
    )),
)  # fmt: skip

FIELDS: dict[str, tuple[Field, ...]] = {
    LEADS: _LEAD_FIELDS,
    DEALS: _DEAL_FIELDS,
    ACTIVITIES: _ACTIVITY_FIELDS,
    CUSTOMERS: _CUSTOMER_FIELDS,
    TARGETS: _TARGET_FIELDS,
    ACTIONS: _ACTION_FIELDS,
}


def fields_for(kind: str) -> tuple[Field, ...]:
    """All fields of *kind*, the import-only helpers included."""
    return FIELDS[kind]


def field_names(kind: str) -> list[str]:
    """The canonical field names of *kind* in export order."""
    return [f.name for f in FIELDS[kind] if f.export]


def field(kind: str, name: str) -> Field:
    for candidate in FIELDS[kind]:
        if candidate.name == name:
            return candidate
    raise KeyError(f"{kind} has no field {name}")


def export_headers(kind: str, language: str = "en") -> list[str]:
    """The header row an export writes: canonical names, or the Dutch headers for 'nl'."""
    return [f.export_header(language) for f in FIELDS[kind] if f.export]


def header_index(kind: str) -> dict[str, str]:
    """Normalised header → field name for *kind*.

    The canonical name, the Dutch export header and the English label come first, so that an
    export always maps back onto itself; then the synonyms, first come first served.
    """
    index: dict[str, str] = {}
    for f in FIELDS[kind]:
        for text in (f.name, f.header_nl, f.label):
            index.setdefault(normalise_header(text), f.name)
    for f in FIELDS[kind]:
        for text in f.synonyms:
            index.setdefault(normalise_header(text), f.name)
    return index
