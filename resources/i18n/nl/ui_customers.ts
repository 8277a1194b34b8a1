<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Too expensive</source>
        <translation>Te duur</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Gekozen voor een concurrent</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Niet meer nodig</translation>
    </message>
    <message>
        <source>Went silent</source>
        <translation>Geen reactie meer</translation>
    </message>
    <message>
        <source>Company closed or merged</source>
        <translation>Bedrijf gestopt of overgenomen</translation>
    </message>
    <message>
        <source>Unhappy with service</source>
        <translation>Ontevreden over de service</translation>
    </message>
    <message>
        <source>The customer stops counting as active from this date. You can reactivate it later.</source>
        <translation>Vanaf deze datum telt de klant niet meer als actief. Je kunt de klant later weer heractiveren.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>What was discussed, and what is the next step?</source>
        <translation>Wat is er besproken, en wat is de volgende stap?</translation>
    </message>
    <message>
        <source>Why did the customer leave?</source>
        <translation>Waarom is de klant vertrokken?</translation>
    </message>
    <message>
        <source>Mark as churned</source>
        <translation>Als vertrokken markeren</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>Activiteit loggen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Mark {name} as churned</source>
        <translation>{name} markeren als vertrokken</translation>
    </message>
    <message>
        <source>Reactivate {name}</source>
        <translation>{name} heractiveren</translation>
    </message>
    <message>
        <source>Log activity with {name}</source>
        <translation>Activiteit met {name} loggen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bewerken</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} verwijderen</translation>
    </message>
    <message>
        <source>{name} ({points} pts)</source>
        <translation>{name} ({points} pt)</translation>
    </message>
    <message>
        <source>Avg. relationship (years)</source>
        <translation>Gem. relatieduur (jaren)</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>Nog geen klanten</translation>
    </message>
    <message>
        <source>no customers a year before</source>
        <translation>geen klanten een jaar eerder</translation>
    </message>
    <message>
        <source>&lt;b&gt;{month}&lt;/b&gt;&lt;br&gt;Active customers: {active}&lt;br&gt;New: {new} · Churned: {churned}&lt;br&gt;Retention (12 months): {retention}&lt;br&gt;Avg. relationship: {years} years</source>
        <translation>&lt;b&gt;{month}&lt;/b&gt;&lt;br&gt;Actieve klanten: {active}&lt;br&gt;Nieuw: {new} · Vertrokken: {churned}&lt;br&gt;Klantbehoud (12 maanden): {retention}&lt;br&gt;Gem. relatieduur: {years} jaar</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Activiteit loggen…</translation>
    </message>
    <message>
        <source>Mark as churned…</source>
        <translation>Als vertrokken markeren…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Heractiveren</translation>
    </message>
    <message>
        <source>Mark the first planned step done. Undo with Ctrl+Z.</source>
        <translation>Markeer de eerste geplande stap als gedaan. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relatieduur</translation>
    </message>
    <message>
        <source>Won in total</source>
        <translation>Totaal gewonnen</translation>
    </message>
    <message>
        <source>{count} · {value}</source>
        <translation>{count} · {value}</translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation>{date} (vandaag)</translation>
    </message>
    <message>
        <source>Churned on {date}: {reason}</source>
        <translation>Vertrokken op {date}: {reason}</translation>
    </message>
    <message>
        <source>{count} employee</source>
        <translation>{count} medewerker</translation>
    </message>
    <message>
        <source>{count} employees</source>
        <translation>{count} medewerkers</translation>
    </message>
    <message>
        <source>{date} ({days} day ago)</source>
        <translation>{date} ({days} dag geleden)</translation>
    </message>
    <message>
        <source>{date} ({days} days ago)</source>
        <translation>{date} ({days} dagen geleden)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Met risico</translation>
    </message>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Won deal</source>
        <translation>Gewonnen deal</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Upsell</translation>
    </message>
    <message>
        <source>Lost deal</source>
        <translation>Verloren deal</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Open deal</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>Dagen sinds contact</translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>Dagen zonder contact</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Startjaar</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Nog actief</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>After 1 yr</source>
        <translation>Na 1 jaar</translation>
    </message>
    <message>
        <source>After 2 yrs</source>
        <translation>Na 2 jaar</translation>
    </message>
    <message>
        <source>After 3 yrs</source>
        <translation>Na 3 jaar</translation>
    </message>
    <message>
        <source>Lookalike score</source>
        <translation>Lijkt-op-score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>{months} m</source>
        <translation>{months} mnd</translation>
    </message>
    <message>
        <source>How long the relationship has lasted (years and months)</source>
        <translation>Hoe lang de relatie al loopt (jaren en maanden)</translation>
    </message>
    <message>
        <source>Recurring yearly value</source>
        <translation>Terugkerende jaarwaarde</translation>
    </message>
    <message>
        <source>The latest activity logged at this organisation</source>
        <translation>De laatste activiteit bij deze organisatie</translation>
    </message>
    <message>
        <source>Days since the last contact moment</source>
        <translation>Dagen sinds het laatste contactmoment</translation>
    </message>
    <message>
        <source>The share of this year's new customers that is still active</source>
        <translation>Het deel van de nieuwe klanten van dat jaar dat nog actief is</translation>
    </message>
    <message>
        <source>Still active one year after they started</source>
        <translation>Nog actief een jaar na de start</translation>
    </message>
    <message>
        <source>How closely the lead resembles your best customers (0–100)</source>
        <translation>Hoe sterk de lead lijkt op je beste klanten (0–100)</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Aantal medewerkers</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{years} y {months} m</source>
        <translation>{years} jr {months} mnd</translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation>{years} jr</translation>
    </message>
    <message>
        <source>{kind}: {title} · {value}</source>
        <translation>{kind}: {title} · {value}</translation>
    </message>
    <message>
        <source>Customers that started and have not churned</source>
        <translation>Klanten die gestart zijn en niet vertrokken</translation>
    </message>
    <message>
        <source>Of the customers active a year ago, the share that is still active</source>
        <translation>Van de klanten die een jaar geleden actief waren, het deel dat nog actief is</translation>
    </message>
    <message>
        <source>Avg. relationship</source>
        <translation>Gem. relatieduur</translation>
    </message>
    <message>
        <source>The average relationship length of active customers</source>
        <translation>De gemiddelde relatieduur van actieve klanten</translation>
    </message>
    <message>
        <source>Active customers without contact for too long</source>
        <translation>Actieve klanten die te lang geen contact hebben gehad</translation>
    </message>
    <message>
        <source>Upsells this quarter</source>
        <translation>Upsells dit kwartaal</translation>
    </message>
    <message>
        <source>Won deals for organisations that already were customers (a result KPI)</source>
        <translation>Gewonnen deals bij organisaties die al klant waren (een resultaat-KPI)</translation>
    </message>
    <message>
        <source>Search organisation…</source>
        <translation>Zoek organisatie…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Active and at risk</source>
        <translation>Actief en met risico</translation>
    </message>
    <message>
        <source>No customers at risk: every active customer had contact recently.</source>
        <translation>Geen klanten met risico: met elke actieve klant is onlangs contact geweest.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorten</translation>
    </message>
    <message>
        <source>No lookalike prospects yet: this needs open leads and customers who have been active for a year or more.</source>
        <translation>Nog geen lijkt-op-prospects: daarvoor zijn open leads nodig en klanten die al een jaar of langer actief zijn.</translation>
    </message>
    <message>
        <source>Lookalike prospects</source>
        <translation>Lijkt-op-prospects</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>of last year's customers</source>
        <translation>van de klanten van vorig jaar</translation>
    </message>
    <message>
        <source>The ongoing customer relationship: keep customers longer, catch the ones drifting away, and find prospects like your best customers.</source>
        <translation>De doorlopende klantrelatie: houd klanten langer vast, vang op wie wegdrijft en vind prospects die lijken op je beste klanten.</translation>
    </message>
    <message>
        <source>No customers match these filters.</source>
        <translation>Geen klanten die aan deze filters voldoen.</translation>
    </message>
    <message>
        <source>No customers yet. Winning a deal makes its organisation a customer; the relationship figures fill in from there.</source>
        <translation>Nog geen klanten. Win je een deal, dan wordt die organisatie klant; vanaf dan vullen de relatiecijfers zich.</translation>
    </message>
    <message>
        <source>Customers grouped by the year they started: how many are still active, and the share still active one, two and three years after they started.</source>
        <translation>Klanten per startjaar: hoeveel er nog actief zijn, en welk deel één, twee en drie jaar na de start nog actief was.</translation>
    </message>
    <message>
        <source>Open leads that look most like your good customers (active for a year or more, with an above-median yearly value), by industry, size, region and revenue. Double-click a lead to open it in Leads.</source>
        <translation>Open leads die het meest lijken op je goede klanten (een jaar of langer actief, met een jaarwaarde boven de mediaan), op branche, omvang, regio en omzet. Dubbelklik op een lead om hem te openen bij Leads.</translation>
    </message>
    <message>
        <source>{count} new this month</source>
        <translation>{count} nieuw deze maand</translation>
    </message>
    <message>
        <source>Active customers without a contact moment in the last {days} days, the most valuable first. Call them before they drift away.</source>
        <translation>Actieve klanten zonder contactmoment in de afgelopen {days} dagen, de waardevolste bovenaan. Bel ze voordat ze wegdrijven.</translation>
    </message>
    <message>
        <source>{years} yrs</source>
        <translation>{years} jr</translation>
    </message>
    <message>
        <source>no contact in {days} day</source>
        <translation>geen contact in {days} dag</translation>
    </message>
    <message>
        <source>no contact in {days} days</source>
        <translation>geen contact in {days} dagen</translation>
    </message>
    <message>
        <source>{months} month on average</source>
        <translation>gemiddeld {months} maand</translation>
    </message>
    <message>
        <source>{months} months on average</source>
        <translation>gemiddeld {months} maanden</translation>
    </message>
</context>
</TS>
