<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Last full quarter</source>
        <translation>Laatste volle kwartaal</translation>
    </message>
    <message>
        <source>Last two full quarters</source>
        <translation>Laatste twee volle kwartalen</translation>
    </message>
    <message>
        <source>Last four full quarters</source>
        <translation>Laatste vier volle kwartalen</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>minstens </translation>
    </message>
    <message>
        <source> deals per step</source>
        <translation> deals per stap</translation>
    </message>
    <message>
        <source>Below this number of deals a rep's step says 'too few deals to say'.</source>
        <translation>Onder dit aantal deals zegt een stap van een verkoper 'te weinig deals om iets te zeggen'.</translation>
    </message>
    <message>
        <source>Where each rep's deals stop, beside the rest of the team: to find the bottleneck and coach on that step together. It is not for judging people.</source>
        <translation>Waar de deals van elke verkoper blijven steken, naast de rest van het team: om het knelpunt te vinden en samen op die stap te coachen. Het is niet om mensen te beoordelen.</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>{step}: deals that entered the step in the window and moved on, of those that moved on, closed or waited longer than {days} days (the team's usual time).</source>
        <translation>{step}: deals die in de periode deze stap binnenkwamen en verder gingen, van de deals die verder gingen, gesloten werden of langer dan {days} dagen wachtten (de gewone tijd van het team).</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>{passed} moved on, {stopped} stopped, {progress} still in progress</source>
        <translation>{passed} verder, {stopped} blijven steken, {progress} nog onderweg</translation>
    </message>
    <message>
        <source>Deals that entered a step from {start} to {end}, looked at on {today}</source>
        <translation>Deals die een stap binnenkwamen van {start} tot {end}, bekeken op {today}</translation>
    </message>
    <message>
        <source>The rest of the team: {counts}</source>
        <translation>De rest van het team: {counts}</translation>
    </message>
    <message>
        <source>No active reps to coach yet.</source>
        <translation>Nog geen actieve verkopers om te coachen.</translation>
    </message>
    <message>
        <source>show the {count} deals that stopped</source>
        <translation>toon de {count} deals die bleven steken</translation>
    </message>
    <message>
        <source>show the {count} deals</source>
        <translation>toon de {count} deals</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} item</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <source>The first {count} items</source>
        <translation>De eerste {count} items</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Sluitdatum</translation>
    </message>
    <message>
        <source>Stage %</source>
        <translation>Fase %</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bandbreedte</translation>
    </message>
    <message>
        <source>Within the range</source>
        <translation>Binnen de bandbreedte</translation>
    </message>
    <message>
        <source>From the team's history: the share of closed deals won after as long in this stage. * too little history: the stage's probability.</source>
        <translation>Uit de geschiedenis van het team: het deel van de gesloten deals dat na even lang in deze fase gewonnen werd. * te weinig geschiedenis: de kans van de fase.</translation>
    </message>
    <message>
        <source>Forecast of won value per month</source>
        <translation>Verwachte gewonnen waarde per maand</translation>
    </message>
    <message>
        <source>Range: 8 of 10 outcomes</source>
        <translation>Bandbreedte: 8 van 10 uitkomsten</translation>
    </message>
    <message>
        <source>Keep this forecast</source>
        <translation>Deze verwachting bewaren</translation>
    </message>
    <message>
        <source>Keep the forecast as it is now, to compare with what is won once the month is over. The first forecast of each month is kept by itself.</source>
        <translation>Bewaar de verwachting zoals ze nu is, om na afloop van de maand te vergelijken met wat gewonnen is. De eerste verwachting van elke maand wordt vanzelf bewaard.</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>No open deals with an expected close in these months yet. Add deals on the Pipeline board and give them an expected close date.</source>
        <translation>Nog geen open deals met een verwachte sluiting in deze maanden. Voeg deals toe op het Pipeline-bord en geef ze een verwachte sluitdatum.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>verstreken</translation>
    </message>
    <message>
        <source>Expected {expected} in all (weighted by stage: {weighted})</source>
        <translation>Verwacht {expected} in totaal (gewogen naar fase: {weighted})</translation>
    </message>
    <message>
        <source>Expected: each open deal's value × the chance that a deal at its stage and age in the stage is won, from the team's {count} closed deals of the last two years; plus what the month has already won. The range holds 8 of 10 of 1,000 simulated outcomes.</source>
        <translation>Verwacht: de waarde van elke open deal × de kans dat een deal in zijn fase en met zijn leeftijd in die fase gewonnen wordt, uit de {count} gesloten deals van het team in de laatste twee jaar; plus wat de maand al gewonnen heeft. De bandbreedte bevat 8 van de 10 van 1.000 gesimuleerde uitkomsten.</translation>
    </message>
    <message>
        <source>{count} months ahead</source>
        <translation>{count} maanden vooruit</translation>
    </message>
    <message>
        <source>{count} deals: too little history, their stage's probability is used (*).</source>
        <translation>{count} deals: te weinig geschiedenis, de kans van hun fase wordt gebruikt (*).</translation>
    </message>
    <message>
        <source>The deals behind it</source>
        <translation>De deals erachter</translation>
    </message>
    <message>
        <source>These ratios are for finding bottlenecks in the process, not for judging people.</source>
        <translation>Deze ratio's zijn om knelpunten in het proces te vinden, niet om mensen te beoordelen.</translation>
    </message>
    <message>
        <source>Win rate: {rate} ({won} won, {lost} lost)</source>
        <translation>Winratio: {rate} ({won} gewonnen, {lost} verloren)</translation>
    </message>
    <message>
        <source>Growth of new revenue: {growth} (previous period {prev})</source>
        <translation>Groei nieuwe omzet: {growth} (vorige periode {prev})</translation>
    </message>
    <message>
        <source>No contact moments logged yet. Log them in Activities (Ctrl+3): each one counts here in points.</source>
        <translation>Nog geen contactmomenten gelogd. Log ze bij Activiteiten (Ctrl+3): elk contactmoment telt hier mee in punten.</translation>
    </message>
    <message>
        <source>No qualified leads yet. Tick the checklist of a lead in Leads (Ctrl+2) to qualify it.</source>
        <translation>Nog geen gekwalificeerde leads. Vink bij Leads (Ctrl+2) de checklist van een lead af om hem te kwalificeren.</translation>
    </message>
    <message>
        <source>No open deals. Add a deal on the Pipeline board (Ctrl+4), or convert a qualified lead.</source>
        <translation>Geen open deals. Voeg een deal toe op het pipelinebord (Ctrl+4), of zet een gekwalificeerde lead om in een deal.</translation>
    </message>
    <message>
        <source>No deals left a stage in this period yet. The days per stage appear here once deals move on from a stage, are won or are lost.</source>
        <translation>Nog geen deals die in deze periode een fase verlieten. De dagen per fase verschijnen hier zodra deals doorschuiven, gewonnen of verloren worden.</translation>
    </message>
    <message>
        <source>No deals won yet. Deal velocity appears here once deals are marked as won.</source>
        <translation>Nog geen gewonnen deals. De dealsnelheid verschijnt hier zodra je deals op Gewonnen zet.</translation>
    </message>
    <message>
        <source>No customers yet. Winning a deal makes its organisation a customer.</source>
        <translation>Nog geen klanten. Win je een deal, dan wordt die organisatie klant.</translation>
    </message>
    <message>
        <source>No deal that entered a stage in this period has moved on yet. The conversion per stage appears here once deals move along the Pipeline board.</source>
        <translation>Nog geen deal die in deze periode een fase in kwam, is doorgeschoven. De conversie per fase verschijnt hier zodra deals over het Pipeline-bord bewegen.</translation>
    </message>
    <message>
        <source>Activity points per week</source>
        <translation>Activiteitspunten per week</translation>
    </message>
    <message>
        <source>Stacked by activity type, against the weekly goal</source>
        <translation>Gestapeld per activiteitsoort, afgezet tegen het weekdoel</translation>
    </message>
    <message>
        <source>Qualified leads per month</source>
        <translation>Gekwalificeerde leads per maand</translation>
    </message>
    <message>
        <source>Against the target</source>
        <translation>Afgezet tegen het target</translation>
    </message>
    <message>
        <source>Pipeline value per stage</source>
        <translation>Pipelinewaarde per fase</translation>
    </message>
    <message>
        <source>Over the deals that left the stage in the period</source>
        <translation>Over de deals die de fase in de periode verlieten</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Days to win, per month</source>
        <translation>Dagen tot gewonnen, per maand</translation>
    </message>
    <message>
        <source>Average days from first contact to won</source>
        <translation>Gemiddeld aantal dagen van eerste contact tot gewonnen</translation>
    </message>
    <message>
        <source>Days to win</source>
        <translation>Dagen tot gewonnen</translation>
    </message>
    <message>
        <source>Active customers and retention</source>
        <translation>Actieve klanten en klantbehoud</translation>
    </message>
    <message>
        <source>Customers at each month's end; retention over the 12 months up to it</source>
        <translation>Klanten aan het eind van elke maand; klantbehoud over de 12 maanden ervoor</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>Conversie per fase</translation>
    </message>
    <message>
        <source>Share of the deals that entered a stage in the period and moved on or were won</source>
        <translation>Aandeel van de deals die in de periode een fase in kwamen en doorgingen of gewonnen werden</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>Conversie (%)</translation>
    </message>
    <message>
        <source>{month}: {value} qualified leads, target {target}</source>
        <translation>{month}: {value} gekwalificeerde leads, target {target}</translation>
    </message>
    <message>
        <source>Total {value} (weighted {weighted}) against target {target}</source>
        <translation>Totaal {value} (gewogen {weighted}), target {target}</translation>
    </message>
    <message>
        <source>{stage}: {deals} deals, {value}, weighted {weighted}</source>
        <translation>{stage}: {deals} deals, {value}, gewogen {weighted}</translation>
    </message>
    <message>
        <source>{month}: {days} days to win</source>
        <translation>{month}: {days} dagen tot gewonnen</translation>
    </message>
    <message>
        <source>{month}: {count} active customers, retention {retention}</source>
        <translation>{month}: {count} actieve klanten, klantbehoud {retention}</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Week van {day}</translation>
    </message>
    <message>
        <source>Total: {points} points</source>
        <translation>Totaal: {points} punten</translation>
    </message>
    <message>
        <source>{stage}: {days} days on average ({n} deals)</source>
        <translation>{stage}: gemiddeld {days} dagen ({n} deals)</translation>
    </message>
    <message>
        <source>{step}: {rate} ({passed} of {entered} deals)</source>
        <translation>{step}: {rate} ({passed} van {entered} deals)</translation>
    </message>
    <message>
        <source>Weekly goal: {goal}</source>
        <translation>Weekdoel: {goal}</translation>
    </message>
    <message>
        <source>The figures could not be computed. The details are in the log file.</source>
        <translation>De cijfers konden niet worden berekend. Details staan in het logbestand.</translation>
    </message>
    <message>
        <source>For example: send a proposal only after an intake</source>
        <translation>Bijvoorbeeld: een offerte pas na een intake versturen</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The rep of the one-on-one</source>
        <translation>De verkoper van het 1-op-1-gesprek</translation>
    </message>
    <message>
        <source>Prepare 1:1…</source>
        <translation>1-op-1 voorbereiden…</translation>
    </message>
    <message>
        <source>Write the one-on-one pack for the dashboard's period: action KPIs, result KPIs, the bottleneck, sleeping deals and customers at risk, agreed actions.</source>
        <translation>Schrijf het 1-op-1-pakket voor de periode van het dashboard: actie-KPI's, resultaat-KPI's, het knelpunt, slapende deals en klanten met risico, afspraken.</translation>
    </message>
    <message>
        <source>What you agree with the rep, with a date and a done mark; the next pack carries the open ones and those done recently.</source>
        <translation>Wat je met de verkoper afspreekt, met een datum en een vinkje voor gedaan; het volgende pakket neemt de open afspraken mee en die pas gedaan zijn.</translation>
    </message>
    <message>
        <source>No actions agreed with this rep yet: add the first one.</source>
        <translation>Nog geen afspraken met deze verkoper: voeg de eerste toe.</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Afspraak toevoegen…</translation>
    </message>
    <message>
        <source>Edit agreed action</source>
        <translation>Afspraak wijzigen</translation>
    </message>
    <message>
        <source>Delete agreed action</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation>Markeer als open</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Afspraak gedaan</translation>
    </message>
    <message>
        <source>Mark action open</source>
        <translation>Afspraak weer open</translation>
    </message>
    <message>
        <source>Agree an action with {name}</source>
        <translation>Afspraak maken met {name}</translation>
    </message>
    <message>
        <source>Delete {count} agreed actions</source>
        <translation>{count} afspraken verwijderen</translation>
    </message>
    <message>
        <source>Edit agreed action with {name}</source>
        <translation>Afspraak met {name} wijzigen</translation>
    </message>
    <message>
        <source>{open} open, {done} done</source>
        <translation>{open} open, {done} gedaan</translation>
    </message>
    <message>
        <source>Mark {count} actions done</source>
        <translation>{count} afspraken gedaan</translation>
    </message>
    <message>
        <source>Mark {count} actions open</source>
        <translation>{count} afspraken weer open</translation>
    </message>
    <message>
        <source>Nothing to show for these 12 months yet. Log contact moments under Activities, qualify leads and move deals on the Pipeline board, or bring in your data with File › Import; the tiles and charts fill in as you go.</source>
        <translation>Nog niets te zien over deze 12 maanden. Log contactmomenten bij Activiteiten, kwalificeer leads en schuif deals over het pipelinebord, of haal je gegevens binnen via Bestand › Importeren. De tegels en grafieken vullen zich vanzelf.</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>vorige periode</translation>
    </message>
    <message>
        <source>Where the figure should be today: the target pro rata by working days (Monday to Friday) of the period so far</source>
        <translation>Waar het cijfer vandaag hoort te staan: het target naar rato van de werkdagen (maandag t/m vrijdag) van de periode tot nu toe</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>De laatste 12 maanden</translation>
    </message>
    <message>
        <source>Leads that meet the ideal-customer checklist, by qualified date</source>
        <translation>Leads die voldoen aan de checklist van je ideale klantprofiel, op kwalificatiedatum</translation>
    </message>
    <message>
        <source>Activities in points: each activity type has its weight</source>
        <translation>Activiteiten in punten: elke activiteitsoort heeft zijn eigen gewicht</translation>
    </message>
    <message>
        <source>Open deals at the end of the period, against the target</source>
        <translation>Open deals aan het eind van de periode, afgezet tegen het target</translation>
    </message>
    <message>
        <source>Average days from first contact to won, for deals won in the period</source>
        <translation>Gemiddeld aantal dagen van eerste contact tot gewonnen, voor deals gewonnen in de periode</translation>
    </message>
    <message>
        <source>Active customers at the end of the period, retention and risk</source>
        <translation>Actieve klanten aan het eind van de periode, klantbehoud en risico</translation>
    </message>
    <message>
        <source>{days} (same working days)</source>
        <translation>{days} (zelfde werkdagen)</translation>
    </message>
    <message>
        <source>no comparison with the previous period</source>
        <translation>geen vergelijking met de vorige periode</translation>
    </message>
    <message>
        <source>On pace ({pace} by today)</source>
        <translation>Op schema (vandaag {pace})</translation>
    </message>
    <message>
        <source>Behind pace ({pace} by today)</source>
        <translation>Achter op schema (vandaag {pace})</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Target gehaald</translation>
    </message>
    <message>
        <source>Target not reached</source>
        <translation>Target niet gehaald</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>Geen target ingesteld</translation>
    </message>
    <message>
        <source>{days} (same days)</source>
        <translation>{days} (zelfde dagen)</translation>
    </message>
    <message>
        <source>{change}{percent} vs {against}</source>
        <translation>{change}{percent} t.o.v. {against}</translation>
    </message>
    <message>
        <source>At target</source>
        <translation>Op target</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Onder target</translation>
    </message>
    <message>
        <source>Closing in the period: {weighted} weighted, {share} of the {to_go} to go: short by {short}</source>
        <translation>Sluit in de periode: {weighted} gewogen, {share} van de {to_go} die nog moet: {short} tekort</translation>
    </message>
    <message>
        <source>{count} activity</source>
        <translation>{count} activiteit</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>{count} activiteiten</translation>
    </message>
    <message>
        <source>Closing in the period: {weighted} weighted, covers the {to_go} to go</source>
        <translation>Sluit in de periode: {weighted} gewogen, dekt de {to_go} die nog moet</translation>
    </message>
    <message>
        <source>point</source>
        <translation>punt</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} dag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dagen</translation>
    </message>
    <message>
        <source>Retention (12 months) {retention} · {risk} at risk · {days} days on average</source>
        <translation>Klantbehoud (12 maanden) {retention} · {risk} met risico · gemiddeld {days} dagen</translation>
    </message>
    <message>
        <source>active customer</source>
        <translation>actieve klant</translation>
    </message>
    <message>
        <source>active customers</source>
        <translation>actieve klanten</translation>
    </message>
    <message>
        <source>Target {target} · {percent}</source>
        <translation>Target {target} · {percent}</translation>
    </message>
    <message>
        <source>{count} deal won</source>
        <translation>{count} deal gewonnen</translation>
    </message>
    <message>
        <source>{count} deals won</source>
        <translation>{count} deals gewonnen</translation>
    </message>
    <message>
        <source>{count} new customer</source>
        <translation>{count} nieuwe klant</translation>
    </message>
    <message>
        <source>{count} new customers</source>
        <translation>{count} nieuwe klanten</translation>
    </message>
    <message>
        <source>{count} upsell</source>
        <translation>{count} upsell</translation>
    </message>
    <message>
        <source>{count} upsells</source>
        <translation>{count} upsells</translation>
    </message>
    <message>
        <source>Median {median} · {stale} sleeping deal</source>
        <translation>Mediaan {median} · {stale} slapende deal</translation>
    </message>
    <message>
        <source>Median {median} · {stale} sleeping deals</source>
        <translation>Mediaan {median} · {stale} slapende deals</translation>
    </message>
    <message>
        <source>{deals} open deal · weighted {weighted}</source>
        <translation>{deals} open deal · gewogen {weighted}</translation>
    </message>
    <message>
        <source>{deals} open deals · weighted {weighted}</source>
        <translation>{deals} open deals · gewogen {weighted}</translation>
    </message>
    <message>
        <source>Deals that left the stage</source>
        <translation>Deals die de fase verlieten</translation>
    </message>
    <message>
        <source>Deals that entered the stage</source>
        <translation>Deals die de fase in kwamen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Volgende periode</translation>
    </message>
    <message>
        <source>The whole team, or one rep</source>
        <translation>Het hele team, of één verkoper</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Het team</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Forecast kept</source>
        <translation>Verwachting bewaard</translation>
    </message>
    <message>
        <source>{who} in {period}</source>
        <translation>{who} in {period}</translation>
    </message>
    <message>
        <source>Set the coaching minimum to {n} deals</source>
        <translation>Coachingminimum op {n} deals zetten</translation>
    </message>
    <message>
        <source>The forecast of the coming {count} months is kept. Once a month is over, it is shown beside what was won.</source>
        <translation>De verwachting van de komende {count} maanden is bewaard. Na afloop van een maand staat ze naast wat gewonnen is.</translation>
    </message>
</context>
</TS>
