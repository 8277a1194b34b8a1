"""Word lists for the demo data, and the :class:`Namer` that makes companies and contacts.

Names, companies, places, products and notes are stored data in Dutch (what a Dutch team would
type), not interface text, so none of it goes through ``tr``.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict

from kpidesk.core.names import organisation_key

DOMAIN = "kpidesk-demo.nl"
MANAGER = ("Marieke", "van den Berg")
REPS = (
    ("Bram", "de Vries"),
    ("Sanne", "Jansen"),
    ("Daan", "Bakker"),
    ("Lotte", "Visser"),
    ("Ruben", "Smit"),
    ("Eva", "Mulder"),
    ("Thijs", "de Boer"),
    ("Femke", "Dekker"),
    ("Jeroen", "Meijer"),
    ("Anouk", "Peters"),
    ("Niels", "Hendriks"),
    ("Sophie", "van Leeuwen"),
)

FIRST_NAMES = (
    "Jan", "Peter", "Mark", "Dennis", "Kees", "Erik", "Martijn", "Jeroen", "Sander", "Tim",
    "Rob", "Wouter", "Bas", "Joost", "Michiel", "Stefan", "Arjen", "Hans", "Marco", "Frank",
    "Gert", "Rick", "Koen", "Maarten", "Paul", "Vincent", "Jasper", "Lars", "Bart", "Johan",
    "Linda", "Anja", "Marloes", "Esther", "Ingrid", "Karin", "Monique", "Sandra", "Wendy",
    "Petra", "Mirjam", "Ilse", "Nicole", "Laura", "Iris", "Kim", "Judith", "Annemiek", "Saskia",
    "Ellen", "Hanneke", "Fleur", "Manon", "Joyce", "Chantal", "Elise", "Noor", "Renske", "Gijs",
    "Roel", "Pieter", "Willem", "Marjolein", "Inge",
)  # fmt: skip

SURNAMES = (
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser",
    "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
    "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf",
    "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
    "van der Veen", "van den Broek", "de Bruijn", "van der Heijden", "Schouten", "van Beek",
    "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam",
    "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Jonge", "Kuipers", "van Veen",
    "Post", "Kuiper", "Veenstra", "Kramer", "van den Brink", "Scholten", "van Wijk", "Postma",
    "Martens", "Vink", "de Ruiter", "Timmermans", "Groen", "Gerritsen", "Jonker", "van Loon",
    "van der Velde", "Willemsen", "Smeets", "de Lange", "de Vos", "Bosch", "van Dongen",
    "Schipper", "de Koning", "van der Laan", "Driessen", "van Doorn", "Hermans", "Evers",
    "van den Bosch", "van der Meulen", "Hofman", "Bosman", "Wolters", "Sanders", "van der Horst",
    "Mol", "Kuijpers", "Molenaar", "van de Pol", "de Leeuw", "Verbeek", "Wiersma", "Brink",
    "Zwart", "Langeveld", "Oosterhuis", "Terpstra", "Boersma", "Nijhuis", "Hoogland",
    "Bouwman", "Ter Horst", "Westerhof", "Haverkamp", "Dijkman", "Veldhuis", "Admiraal",
)  # fmt: skip

JOB_TITLES = (
    ("Directeur", 10), ("Eigenaar", 8), ("Algemeen directeur", 5), ("Operationeel manager", 8),
    ("Financieel manager", 6), ("Inkoper", 8), ("Hoofd inkoop", 5), ("Facilitair manager", 5),
    ("IT-manager", 6), ("Office manager", 5), ("Bedrijfsleider", 5), ("Commercieel directeur", 4),
    ("HR-manager", 3), ("Projectleider", 4), ("Hoofd operations", 3), ("Controller", 3),
)  # fmt: skip

# (city, province, telephone area code, weight); weight roughly follows the number of companies.
CITIES = (
    ("Amsterdam", "Noord-Holland", "020", 14), ("Rotterdam", "Zuid-Holland", "010", 11),
    ("Den Haag", "Zuid-Holland", "070", 8), ("Utrecht", "Utrecht", "030", 9),
    ("Eindhoven", "Noord-Brabant", "040", 7), ("Groningen", "Groningen", "050", 5),
    ("Tilburg", "Noord-Brabant", "013", 5), ("Almere", "Flevoland", "036", 4),
    ("Breda", "Noord-Brabant", "076", 4), ("Nijmegen", "Gelderland", "024", 4),
    ("Apeldoorn", "Gelderland", "055", 4), ("Haarlem", "Noord-Holland", "023", 4),
    ("Arnhem", "Gelderland", "026", 4), ("Enschede", "Overijssel", "053", 4),
    ("Amersfoort", "Utrecht", "033", 4), ("Zwolle", "Overijssel", "038", 4),
    ("'s-Hertogenbosch", "Noord-Brabant", "073", 4), ("Zoetermeer", "Zuid-Holland", "079", 3),
    ("Leiden", "Zuid-Holland", "071", 3), ("Dordrecht", "Zuid-Holland", "078", 3),
    ("Maastricht", "Limburg", "043", 3), ("Leeuwarden", "Friesland", "058", 3),
    ("Alkmaar", "Noord-Holland", "072", 3), ("Delft", "Zuid-Holland", "015", 2),
    ("Deventer", "Overijssel", "0570", 2), ("Venlo", "Limburg", "077", 2),
    ("Helmond", "Noord-Brabant", "0492", 2), ("Hilversum", "Noord-Holland", "035", 2),
    ("Ede", "Gelderland", "0318", 2), ("Assen", "Drenthe", "0592", 2),
    ("Emmen", "Drenthe", "0591", 1), ("Middelburg", "Zeeland", "0118", 1),
    ("Roermond", "Limburg", "0475", 1), ("Heerenveen", "Friesland", "0513", 1),
    ("Lelystad", "Flevoland", "0320", 1), ("Veenendaal", "Utrecht", "0318", 2),
    ("Gouda", "Zuid-Holland", "0182", 2), ("Doetinchem", "Gelderland", "0314", 1),
    ("Hengelo", "Overijssel", "074", 2), ("Oss", "Noord-Brabant", "0412", 2),
)  # fmt: skip

# The demo team works from Utrecht; these provinces are "within our region" on the checklist.
HOME_REGIONS = frozenset(
    {"Utrecht", "Noord-Holland", "Zuid-Holland", "Gelderland", "Noord-Brabant", "Flevoland",
     "Overijssel"}
)  # fmt: skip

# industry: (weight, in the target industries, words after a name, words before a name)
INDUSTRIES: dict[str, tuple[int, bool, tuple[str, ...], tuple[str, ...]]] = {
    "Bouw": (12, True, ("Bouw", "Bouwgroep", "Renovatie", "Bouwservice"),
             ("Bouwbedrijf", "Aannemersbedrijf")),
    "Installatietechniek": (9, True, ("Installatietechniek", "Installaties", "Elektrotechniek",
                                      "Klimaattechniek"), ("Installatiebedrijf",)),
    "Logistiek": (10, True, ("Logistiek", "Transport", "Expeditie", "Warehousing"),
                  ("Transportbedrijf", "Koeriersdienst")),
    "Productie": (10, True, ("Metaalbewerking", "Kunststoffen", "Machinebouw", "Verpakkingen",
                             "Precisietechniek"), ("Metaalbedrijf", "Machinefabriek")),
    "Groothandel": (8, True, ("Groothandel", "Handelsonderneming", "Distributie", "Import"),
                    ("Groothandel",)),
    "ICT": (9, True, ("ICT Diensten", "Automatisering", "Software", "Netwerken"),
            ("ICT-bedrijf",)),
    "Zakelijke dienstverlening": (9, True, ("Advies", "Consultancy", "Accountants",
                                            "Personeelsdiensten"),
                                  ("Administratiekantoor", "Adviesbureau")),
    "Zorg": (6, False, ("Zorggroep", "Thuiszorg", "Fysiotherapie"), ("Zorggroep",)),
    "Onderwijs": (4, False, ("Opleidingen", "Academie", "Trainingen"), ("Opleidingscentrum",)),
    "Detailhandel": (6, False, ("Wonen", "Mode", "Tuincentrum"), ("Tuincentrum",)),
    "Horeca": (4, False, ("Catering", "Horeca Groep", "Evenementen"), ("Cateringbedrijf",)),
    "Agrarisch": (3, False, ("Agro", "Kwekerij", "Loonwerk"), ("Kwekerij", "Loonbedrijf")),
}  # fmt: skip
TRADES = frozenset({"Bouw", "Installatietechniek", "Logistiek", "Productie", "Groothandel"})

PLACE_WORDS = (
    "Noordzee", "Veluwe", "Randstad", "Brabant", "Twente", "Holland", "Rijnmond", "Delta",
    "Kempen", "Achterhoek", "Gooi", "IJssel", "Maas", "Amstel", "Eem", "Dommel", "Vecht", "Lek",
    "Linge", "Zaan", "Waal", "Peel", "Betuwe", "Westland", "Drechtsteden", "Noorderkwartier",
)  # fmt: skip
BRAND_HEADS = (
    "Bouw", "Trans", "Tech", "Agri", "Medi", "Euro", "Holland", "Nova", "Prima", "Inno", "Data",
    "Logi", "Metaal", "Groen", "Klimaat", "Staal", "Plan", "Net", "Servi", "Multi", "Sol", "Vita",
)  # fmt: skip
BRAND_TAILS = (
    "kracht", "flow", "point", "plus", "tec", "line", "vision", "works", "partners", "net",
    "form", "care", "trade", "link", "base", "lab",
)  # fmt: skip
BRAND_ENDS = ("", "", " Groep", " Nederland", " Solutions", " Services")

LEAD_SOURCES = (
    ("Website", 26), ("LinkedIn", 20), ("Beurs", 8), ("Netwerk", 14), ("Koude acquisitie", 20),
    ("Doorverwijzing", 12),
)  # fmt: skip
LEAD_NOTES = {
    "Website": ("Contactformulier ingevuld op de website.",
                "Whitepaper gedownload en om contact gevraagd."),
    "LinkedIn": ("Reageerde op een LinkedIn-bericht.", "Via LinkedIn-campagne binnengekomen."),
    "Beurs": ("Gesproken op de beurs, wil meer informatie.", "Visitekaartje van de beurs."),
    "Netwerk": ("Ontmoet op een netwerkbijeenkomst.", "Kennis van de ondernemersvereniging."),
    "Koude acquisitie": ("Na koud belletje interesse getoond.",
                         "Reageerde positief op mailing en belletje."),
    "Doorverwijzing": ("Doorverwezen door een bestaande klant.",
                       "Getipt door een partner."),
}  # fmt: skip

# Checklist criteria of the default configuration, by their Dutch text: what each one means for
# the organisation, so that answers and organisation data agree.
CRITERION_KINDS = {
    "Past in onze doelbranche": "industry",
    "20 of meer medewerkers": "size",
    "Binnen ons werkgebied": "region",
    "Budget aanwezig": "budget",
    "Concrete behoefte": "need",
}
DISQUALIFY_REASONS = {
    "industry": ("Buiten onze doelbranche",),
    "size": ("Te klein: minder dan 20 medewerkers",),
    "region": ("Buiten ons werkgebied",),
    "budget": ("Geen budget beschikbaar", "Budget pas volgend jaar"),
    "need": ("Geen concrete behoefte", "Zit vast aan een contract met een concurrent",
             "Doet het liever zelf"),
    "": ("Voldoet niet aan ons klantprofiel",),
}  # fmt: skip
CHURN_REASONS = (
    "Overgestapt naar een concurrent", "Bedrijf overgenomen", "Budget geschrapt",
    "Ontevreden over de service", "Bedrijf gestopt", "Eigen oplossing ontwikkeld",
    "Prijsverhoging niet geaccepteerd",
)  # fmt: skip
# Default lost reasons (settings "lost_reasons_nl") and how often each ends an early or a late
# deal; reasons a user added get weight 1.
LOST_WEIGHTS_EARLY = {
    "Geen reactie meer": 5, "Timing past niet": 3, "Geen match met behoefte": 3, "Geen budget": 2,
}  # fmt: skip
LOST_WEIGHTS_LATE = {
    "Te duur": 5, "Gekozen voor concurrent": 5, "Geen budget": 2, "Timing past niet": 2,
}  # fmt: skip
LOST_SILENT = "Geen reactie meer"

# product: (weight new business, weight existing customers, typical value in euros, recurring)
PRODUCTS = (
    ("Implementatie", 24, 4, 26_000, False),
    ("Licenties", 20, 30, 14_000, True),
    ("Onderhoudscontract", 15, 24, 9_000, True),
    ("Consultancy", 18, 16, 12_000, False),
    ("Training", 10, 16, 4_500, False),
    ("Supportabonnement", 7, 10, 6_000, True),
    ("Migratie", 6, 0, 22_000, False),
)

NOTES = {
    "intake": ("Intake met de directie, duidelijke behoefte.", "Intake gehouden, wensen op papier.",
               "Kennismaking op locatie, goede klik.", "Intake online, vervolg ingepland."),
    "presentation": ("Presentatie gegeven aan het MT.", "Demo gegeven, veel vragen over prijs.",
                     "Presentatie bij de klant op locatie."),
    "proposal": ("Offerte verstuurd, reactie binnen twee weken.",
                 "Offerte gemaild en telefonisch toegelicht.", "Aangepaste offerte verstuurd."),
    "call": ("Teruggebeld, volgende week opnieuw contact.", "Behoefte besproken.",
             "Geen tijd, later terugbellen.", "Interesse in een demo.",
             "Besluit valt na het MT-overleg.", "Vragen over de planning beantwoord."),
    "voicemail": ("Voicemail ingesproken.", "Niet bereikt, voicemail ingesproken."),
    "email": ("Informatie en referenties gemaild.", "Follow-up mail gestuurd.",
              "Afspraak per mail bevestigd."),
    "linkedin": ("Connectieverzoek met persoonlijk bericht.",
                 "Artikel gedeeld met de contactpersoon."),
}  # fmt: skip
NOTE_CHANCE = {
    "intake": 0.6, "presentation": 0.5, "proposal": 0.5, "call": 0.2, "voicemail": 0.1,
    "email": 0.08, "linkedin": 0.05,
}  # fmt: skip
RECURRING = frozenset(p[0] for p in PRODUCTS if p[4])


# Relative weights of the company name patterns in Namer.company.
NAME_PATTERNS = (30, 20, 12, 10, 8, 8, 12)
_NOT_IN_ADDRESS = re.compile(r"[^a-z0-9.-]")


class Namer:
    """Makes company names that are unique after ``organisation_key``, and contact persons."""

    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng, self.taken = rng, taken
        self.misses: defaultdict[tuple[str, int], int] = defaultdict(int)
        self.mail_names = {n: _ascii(n.replace(" ", "").lower()) for n in SURNAMES}

    def company(self, industry: str, city: str) -> tuple[str, str, str]:
        """A Dutch company name for the industry, its key and its web domain."""
        rng, taken, misses = self.rng, self.taken, self.misses
        name = domain = ""
        for _attempt in range(50):
            # Patterns with few combinations fill up in the large demo: use them less as they miss.
            weights = [w * 0.7 ** misses[industry, p] for p, w in enumerate(NAME_PATTERNS)]
            pattern = rng.choices(range(len(NAME_PATTERNS)), weights)[0]
            name, domain = self._pattern(pattern, industry, city)
            name += " B.V." if rng.random() < 0.5 else ""
            key = organisation_key(name)
            if key not in taken:
                taken.add(key)
                return name, key, domain
            misses[industry, pattern] += 1
        name = f"{name} {len(taken)}"  # practically never reached
        taken.add(organisation_key(name))
        return name, organisation_key(name), domain

    def _pattern(self, pattern: int, industry: str, city: str) -> tuple[str, str]:
        rng = self.rng
        _weight, _target, after, before = INDUSTRIES[industry]
        surname, trade = _capital(rng.choice(SURNAMES)), rng.choice(after)
        if pattern == 1:
            kind = rng.choice(before)
            return f"{kind} {surname}", _web(kind, surname)
        if pattern == 2 and industry in TRADES:
            return f"{surname} & Zonen {trade}", _web(surname, "en zonen")
        if pattern == 3:
            place = rng.choice(PLACE_WORDS)
            return f"{place} {trade}", _web(place, trade)
        if pattern == 4:
            brand = rng.choice(BRAND_HEADS) + rng.choice(BRAND_TAILS)
            return brand + rng.choice(BRAND_ENDS), _web(brand, "")
        if pattern == 5:
            return f"{surname} {trade} {city}", _web(surname, trade)
        if pattern == 6:
            other = _capital(rng.choice(SURNAMES))
            return f"{surname} & {other} {trade}", _web(surname, "-" + other)
        return f"{surname} {trade}", _web(surname, trade)

    def person(self, domain: str, area: str, k: int) -> tuple[str, str, str, str]:
        """A contact: name, e-mail, phone and job title (the first one mostly a decision maker)."""
        rng = self.rng
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        mail, surname = first.lower(), self.mail_names[last]
        local = rng.choice((f"{mail}.{surname}", f"{mail[0]}.{surname}", mail))
        if rng.random() < 0.4:
            phone = f"06-{rng.randint(10_000_000, 99_999_999)}"
        else:
            digits = 10 - len(area)
            phone = f"{area}-{rng.randint(2 * 10 ** (digits - 1), 10**digits - 1)}"
        titles = JOB_TITLES[:3] if k == 0 and rng.random() < 0.5 else JOB_TITLES
        title = rng.choices([t[0] for t in titles], [t[1] for t in titles])[0]
        return f"{first} {last}", f"{local}@{domain}", phone, title


def _capital(surname: str) -> str:
    """'van Dijk' → 'Van Dijk': a surname without a first name before it starts with a capital."""
    return surname[0].upper() + surname[1:]


def _ascii(value: str) -> str:
    """Only what an e-mail address or domain may hold."""
    return _NOT_IN_ADDRESS.sub("", value)


def _web(first: str, second: str) -> str:
    """A web domain: 'Van Dijk' + 'Installatietechniek' → vandijk-installatietechniek.nl.

    Short pairs are written together; a second part that starts with '-' keeps its hyphen.
    """
    a, b = _ascii(first.replace(" ", "").lower()), _ascii(second.replace(" ", "").lower())
    if b.startswith("-") or not b:
        return f"{a}{b}.nl"
    return f"{a}{b}.nl" if len(a + b) <= 18 else f"{a}-{b}.nl"
