"""Word lists for the demo data: Dutch names, companies, places, products and short notes.

All of this is stored data in Dutch (what a Dutch team would type), not interface text, so none
of it goes through ``tr``.
"""

from __future__ import annotations

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
    "linkedin": ("Connectieverzoek met persoonlijk bericht.", "Artikel gedeeld met de contactpersoon."),
}  # fmt: skip
NOTE_CHANCE = {
    "intake": 0.6, "presentation": 0.5, "proposal": 0.5, "call": 0.2, "voicemail": 0.1,
    "email": 0.08, "linkedin": 0.05,
}  # fmt: skip
