<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>deal</source>
        <translation>deal</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>Geen deals</translation>
    </message>
    <message>
        <source>{total} · {count} {noun}</source>
        <translation>{total} · {count} {noun}</translation>
    </message>
    <message>
        <source>Weighted {value}</source>
        <translation>Gewogen {value}</translation>
    </message>
    <message>
        <source>{count} deals, value {total}, weighted value {weighted} (value × {probability}% win probability)</source>
        <translation>{count} deals, waarde {total}, gewogen waarde {weighted} (waarde × {probability}% winkans)</translation>
    </message>
    <message>
        <source>{count} sleeping</source>
        <translation>{count} slapend</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Deal verwijderen</translation>
    </message>
    <message>
        <source>Move {count} deals to {stage}</source>
        <translation>{count} deals naar {stage} verplaatsen</translation>
    </message>
    <message>
        <source>Move deal to {stage}</source>
        <translation>Deal naar {stage} verplaatsen</translation>
    </message>
    <message>
        <source>Delete {count} deals</source>
        <translation>{count} deals verwijderen</translation>
    </message>
    <message>
        <source>Edit deal {deal}</source>
        <translation>Deal {deal} bewerken</translation>
    </message>
    <message>
        <source>New deal {deal}</source>
        <translation>Nieuwe deal {deal}</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Vraagt aandacht:</translation>
    </message>
    <message>
        <source>Nothing needs attention on this deal.</source>
        <translation>Niets aan deze deal vraagt aandacht.</translation>
    </message>
    <message>
        <source>In this stage for {days} day (the figure beside the value).</source>
        <translation>Al {days} dag in deze fase (het getal naast de waarde).</translation>
    </message>
    <message>
        <source>In this stage for {days} days (the figure beside the value).</source>
        <translation>Al {days} dagen in deze fase (het getal naast de waarde).</translation>
    </message>
    <message>
        <source>Last contact moment: {day}.</source>
        <translation>Laatste contactmoment: {day}.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Geen organisatie</translation>
    </message>
    <message>
        <source>Next step: {type}, planned for {day}, not yet marked done.</source>
        <translation>Volgende stap: {type}, gepland op {day}, nog niet afgevinkt.</translation>
    </message>
    <message>
        <source>Next step: {type} on {day} (planned).</source>
        <translation>Volgende stap: {type} op {day} (gepland).</translation>
    </message>
    <message>
        <source>{days} d in stage</source>
        <translation>{days} d in fase</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Deal gewonnen</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Op Gewonnen zetten</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Deal verloren</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>Optional: what happened, in your own words</source>
        <translation>Optioneel: wat er gebeurde, in je eigen woorden</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Op Verloren zetten</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Naar fase verplaatsen</translation>
    </message>
    <message>
        <source>Final value</source>
        <translation>Definitieve waarde</translation>
    </message>
    <message>
        <source>Congratulations! {deal} is won.</source>
        <translation>Gefeliciteerd! {deal} is gewonnen.</translation>
    </message>
    <message>
        <source>{count} deals are won, together worth {value}.</source>
        <translation>{count} deals gewonnen, samen {value} waard.</translation>
    </message>
    <message>
        <source>Why was {deal} lost?</source>
        <translation>Waarom is {deal} verloren?</translation>
    </message>
    <message>
        <source>Why were these {count} deals lost?</source>
        <translation>Waarom zijn deze {count} deals verloren?</translation>
    </message>
    <message>
        <source>Move {count} deal to:</source>
        <translation>Verplaats {count} deal naar:</translation>
    </message>
    <message>
        <source>Move {count} deals to:</source>
        <translation>Verplaats {count} deals naar:</translation>
    </message>
    <message>
        <source>For example: Yearly maintenance contract</source>
        <translation>Bijvoorbeeld: jaarlijks onderhoudscontract</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>Standaard van de fase</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Winkans</translation>
    </message>
    <message>
        <source>Mark the selected planned step done (Ctrl+D)</source>
        <translation>Markeer de gekozen geplande stap als gedaan (Ctrl+D)</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Fasegeschiedenis</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Activiteit loggen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Loggen</translation>
    </message>
    <message>
        <source>Log a contact moment that happened on this date</source>
        <translation>Log een contactmoment dat op deze datum gebeurd is</translation>
    </message>
    <message>
        <source>Plan a next step on this date; it counts once done</source>
        <translation>Plan een volgende stap op deze datum; die telt zodra hij gedaan is</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nieuwe deal</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Verplaatst op</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Stage default ({percent}%)</source>
        <translation>Standaard van de fase ({percent}%)</translation>
    </message>
    <message>
        <source>Activities ({count})</source>
        <translation>Activiteiten ({count})</translation>
    </message>
    <message>
        <source>{name} ({points} pt)</source>
        <translation>{name} ({points} pt)</translation>
    </message>
    <message>
        <source>Next step: {type} on {day}.</source>
        <translation>Volgende stap: {type} op {day}.</translation>
    </message>
    <message>
        <source>The next step ({type}, {day}) is overdue: mark it done or plan anew.</source>
        <translation>De volgende stap ({type}, {day}) is te laat: markeer hem als gedaan of plan opnieuw.</translation>
    </message>
    <message>
        <source>Search deal, organisation or owner…</source>
        <translation>Zoek deal, organisatie of eigenaar…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>elk bedrag</translation>
    </message>
    <message>
        <source>Only sleeping deals</source>
        <translation>Alleen slapende deals</translation>
    </message>
    <message>
        <source>Only deals with something wrong: the expected close date has passed, no next step is planned, the close date moved later twice or more, no value, or sleeping.</source>
        <translation>Alleen deals waar iets mis is: de verwachte sluitdatum is verstreken, er is geen volgende stap gepland, de sluitdatum is twee keer of vaker naar later verschoven, geen waarde, of slapend.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>No open deals yet. Click New deal, turn a qualified lead into a deal under Leads, or bring in your deals with File › Import. Then drag each card to the next stage as the deal moves on.</source>
        <translation>Nog geen open deals. Klik op Nieuwe deal, zet bij Leads een gekwalificeerde lead om in een deal, of haal je deals binnen via Bestand › Importeren. Sleep daarna elke kaart naar de volgende fase als de deal verder komt.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Naar fase verplaatsen…</translation>
    </message>
    <message>
        <source>Open deal…</source>
        <translation>Deal openen…</translation>
    </message>
    <message>
        <source>Mark as won…</source>
        <translation>Op Gewonnen zetten…</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Op Verloren zetten…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <source>Drag deals to the next stage. Drop them on Won or Lost to close them.</source>
        <translation>Sleep deals naar de volgende fase. Zet ze op Gewonnen of Verloren om ze af te sluiten.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; open deals · &lt;b&gt;{total}&lt;/b&gt; · weighted &lt;b&gt;{weighted}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; open deals · &lt;b&gt;{total}&lt;/b&gt; · gewogen &lt;b&gt;{weighted}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Only {owner} and the manager can move this deal.</source>
        <translation>Alleen {owner} en de manager kunnen deze deal verplaatsen.</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} vragen aandacht</translation>
    </message>
</context>
</TS>
