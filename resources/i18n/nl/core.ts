<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Close date passed</source>
        <translation>Sluitdatum verstreken</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>Geen volgende stap</translation>
    </message>
    <message>
        <source>Close date keeps moving</source>
        <translation>Sluitdatum schuift steeds</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Geen waarde</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Slapend</translation>
    </message>
    <message>
        <source>Sleeping: no contact moment or stage change for longer than this stage allows.</source>
        <translation>Slapend: langer geen contactmoment of fasewissel dan deze fase toestaat.</translation>
    </message>
    <message>
        <source>No next step planned: plan an activity on the deal.</source>
        <translation>Geen volgende stap gepland: plan een activiteit op de deal.</translation>
    </message>
    <message>
        <source>The deal has no value.</source>
        <translation>De deal heeft geen waarde.</translation>
    </message>
    <message>
        <source>The expected close date ({day}) has passed: win it, lose it or set a new date.</source>
        <translation>De verwachte sluitdatum ({day}) is verstreken: zet de deal op Gewonnen of Verloren, of kies een nieuwe datum.</translation>
    </message>
    <message>
        <source>Sleeping: no contact moment or stage change for {quiet} days, past this stage's limit of {limit} days.</source>
        <translation>Slapend: al {quiet} dagen geen contactmoment of fasewissel, langer dan de {limit} dagen die deze fase toestaat.</translation>
    </message>
    <message>
        <source>The expected close date moved later {count} time.</source>
        <translation>De verwachte sluitdatum is {count} keer naar later verschoven.</translation>
    </message>
    <message>
        <source>The expected close date moved later {count} times.</source>
        <translation>De verwachte sluitdatum is {count} keer naar later verschoven.</translation>
    </message>
    <message>
        <source>({days} d quiet)</source>
        <translation>({days} d stil)</translation>
    </message>
    <message>
        <source>'{status}' is not a lead status. Use nieuw/new, gekwalificeerd/qualified or gediskwalificeerd/disqualified.</source>
        <translation>'{status}' is geen leadstatus. Gebruik nieuw/new, gekwalificeerd/qualified of gediskwalificeerd/disqualified.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Inzicht</translation>
    </message>
    <message>
        <source>€ {low}–{high} mln</source>
        <translation>€ {low}–{high} mln</translation>
    </message>
    <message>
        <source>No good customers to compare with yet: active, a customer for at least a year and of high value.</source>
        <translation>Nog geen goede klanten om mee te vergelijken: actief, minstens een jaar klant en met een hoge waarde.</translation>
    </message>
    <message>
        <source>Resembles none of your good customers.</source>
        <translation>Lijkt op geen van je goede klanten.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <source>same industry</source>
        <translation>zelfde branche</translation>
    </message>
    <message>
        <source>same region</source>
        <translation>zelfde regio</translation>
    </message>
    <message>
        <source>under € {high} mln</source>
        <translation>onder € {high} mln</translation>
    </message>
    <message>
        <source>€ {low} mln or more</source>
        <translation>€ {low} mln of meer</translation>
    </message>
    <message>
        <source>Resembles {count} {noun}: {parts}</source>
        <translation>Lijkt op {count} {noun}: {parts}</translation>
    </message>
    <message>
        <source>{band} employees</source>
        <translation>{band} medewerkers</translation>
    </message>
    <message>
        <source>revenue {band}</source>
        <translation>omzet {band}</translation>
    </message>
    <message>
        <source>write Done or Planned</source>
        <translation>schrijf Gedaan of Gepland</translation>
    </message>
    <message>
        <source>this cell is empty</source>
        <translation>deze cel is leeg</translation>
    </message>
    <message>
        <source>this is not a number</source>
        <translation>dit is geen getal</translation>
    </message>
    <message>
        <source>this should be a whole number</source>
        <translation>dit moet een heel getal zijn</translation>
    </message>
    <message>
        <source>this is not a date</source>
        <translation>dit is geen datum</translation>
    </message>
    <message>
        <source>the thousands and decimal separators are mixed up</source>
        <translation>de punten en komma's voor duizendtallen en decimalen lopen door elkaar</translation>
    </message>
    <message>
        <source>the thousands separators are in the wrong place</source>
        <translation>de scheidingstekens voor duizendtallen staan op de verkeerde plek</translation>
    </message>
    <message>
        <source>this is not a percentage</source>
        <translation>dit is geen percentage</translation>
    </message>
    <message>
        <source>write the year with four digits</source>
        <translation>schrijf het jaar met vier cijfers</translation>
    </message>
    <message>
        <source>this date does not exist</source>
        <translation>deze datum bestaat niet</translation>
    </message>
    <message>
        <source>the year {year} cannot be right</source>
        <translation>het jaar {year} kan niet kloppen</translation>
    </message>
    <message>
        <source>there is no month {month} (the column is read as day-month-year)</source>
        <translation>er is geen maand {month} (de kolom wordt gelezen als dag-maand-jaar)</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>er is geen maand {month}</translation>
    </message>
</context>
</TS>
