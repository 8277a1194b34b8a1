<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>An activity dated after today has not happened yet: plan it instead of logging it.</source>
        <translation>Een activiteit na vandaag is nog niet gebeurd: plan hem in plaats van hem te loggen.</translation>
    </message>
    <message>
        <source>This activity type no longer exists.</source>
        <translation>Deze activiteitsoort bestaat niet meer.</translation>
    </message>
    <message>
        <source>This team member no longer exists.</source>
        <translation>Dit teamlid bestaat niet meer.</translation>
    </message>
    <message>
        <source>Select one or more activities first.</source>
        <translation>Kies eerst een of meer activiteiten.</translation>
    </message>
    <message>
        <source>Some of these activities no longer exist.</source>
        <translation>Een deel van deze activiteiten bestaat niet meer.</translation>
    </message>
    <message>
        <source>An activity cannot be done on a day after today.</source>
        <translation>Een activiteit kan niet gedaan zijn op een dag na vandaag.</translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation>Deze deal bestaat niet meer.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Deze klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>This lead no longer exists.</source>
        <translation>Deze lead bestaat niet meer.</translation>
    </message>
    <message>
        <source>Deal: {name}</source>
        <translation>Deal: {name}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Klant: {name}</translation>
    </message>
    <message>
        <source>Lead: {name}</source>
        <translation>Lead: {name}</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Deze activiteit bestaat niet meer.</translation>
    </message>
    <message>
        <source>An activity type needs a name in Dutch or English.</source>
        <translation>Een activiteitsoort heeft een Nederlandse of Engelse naam nodig.</translation>
    </message>
    <message>
        <source>This activity type is already at the edge of the list.</source>
        <translation>Deze activiteitsoort staat al bovenaan of onderaan.</translation>
    </message>
    <message>
        <source>The list of activity types changed meanwhile. Try again.</source>
        <translation>De lijst met activiteitsoorten is intussen veranderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Points must be between 0 and {max}.</source>
        <translation>Punten moeten tussen 0 en {max} liggen.</translation>
    </message>
    <message>
        <source>There is already an activity type called {name}.</source>
        <translation>Er is al een activiteitsoort met de naam {name}.</translation>
    </message>
    <message>
        <source>{name} has {count} logged activities, so it cannot be removed. Switch it off instead: it then disappears from the quick-log bar and keeps its history.</source>
        <translation>{name} heeft {count} gelogde activiteiten en kan dus niet weg. Zet hem uit: dan verdwijnt hij uit de snelbalk en blijft de historie bewaard.</translation>
    </message>
    <message>
        <source>Write down what was agreed.</source>
        <translation>Schrijf op wat je hebt afgesproken.</translation>
    </message>
    <message>
        <source>The due date lies before the day the action was agreed.</source>
        <translation>De uiterste datum ligt vóór de dag waarop de afspraak is gemaakt.</translation>
    </message>
    <message>
        <source>This agreed action no longer exists.</source>
        <translation>Deze afspraak bestaat niet meer.</translation>
    </message>
    <message>
        <source>Some of these agreed actions no longer exist.</source>
        <translation>Een deel van deze afspraken bestaat niet meer.</translation>
    </message>
    <message>
        <source>An action cannot be done on a day after today.</source>
        <translation>Een afspraak kan niet op een dag na vandaag gedaan zijn.</translation>
    </message>
    <message>
        <source>Select one or more agreed actions first.</source>
        <translation>Kies eerst een of meer afspraken.</translation>
    </message>
    <message>
        <source>The action was done before that day; correct the day it was agreed.</source>
        <translation>De afspraak is vóór die dag al gedaan; verbeter de dag van de afspraak.</translation>
    </message>
    <message>
        <source>An agreed action is at most {count} characters; shorten it.</source>
        <translation>Een afspraak is hoogstens {count} tekens; maak hem korter.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here were in {industry}; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} van de {n} deals die hier bleven steken zaten in {industry}; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>Conversion counts the deals that entered a step in the window and have moved on, closed, or waited longer than the team usually needs; younger open deals are still in progress and left out. A step says nothing below the minimum number of deals. A step is a bottleneck only when the rep's rate is below the rest of the team's beyond chance (Fisher's exact test at 5 %, shared over the rep's steps); the causes compare the rep's deals that stopped there with the rest of the team's deals at that step, by the same test.</source>
        <translation>Conversie telt de deals die in deze periode een stap binnenkwamen en sindsdien verder gingen, gesloten werden, of langer wachtten dan het team gewoonlijk nodig heeft; jongere open deals zijn nog onderweg en tellen niet mee. Onder het minimum aantal deals zegt een stap niets. Een stap is alleen een knelpunt als de ratio van de verkoper lager is dan die van de rest van het team en dat verschil niet meer op toeval kan berusten (exacte toets van Fisher op 5 %, verdeeld over de stappen van de verkoper); de oorzaken vergelijken de deals van de verkoper die daar bleven steken met de deals van de rest van het team bij die stap, met dezelfde toets.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here had more than {middle} contact moments before this step (the team's middle); in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} van de {n} deals die hier bleven steken hadden meer dan {middle} contactmomenten vóór deze stap (het midden van het team); in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here had more than {middle} contact moments before this step (the team's middle); in the rest of the team {c} of {m}.</source>
        <translation>{name}: slechts {a} van de {n} deals die hier bleven steken hadden meer dan {middle} contactmomenten vóór deze stap (het midden van het team); in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here took more than {middle} days from first contact to this step; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} van de {n} deals die hier bleven steken deden er meer dan {middle} dagen over van eerste contact tot deze stap; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here took more than {middle} days from first contact to this step, so they came here quickly; in the rest of the team {c} of {m}.</source>
        <translation>{name}: slechts {a} van de {n} deals die hier bleven steken deden er meer dan {middle} dagen over van eerste contact tot deze stap, dus ze kwamen hier snel; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here scored above {middle} on the ideal-customer checklist; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} van de {n} deals die hier bleven steken scoorden boven {middle} op de checklist van het ideale klantprofiel; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here scored above {middle} on the ideal-customer checklist: a less suitable type of customer; in the rest of the team {c} of {m}.</source>
        <translation>{name}: slechts {a} van de {n} deals die hier bleven steken scoorden boven {middle} op de checklist van het ideale klantprofiel: een minder passend soort klant; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here had a lookalike score above {middle}; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} van de {n} deals die hier bleven steken hadden een lijkt-op-score boven {middle}; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here had a lookalike score above {middle}: they resemble today's customers less; in the rest of the team {c} of {m}.</source>
        <translation>{name}: slechts {a} van de {n} deals die hier bleven steken hadden een lijkt-op-score boven {middle}: ze lijken minder op de huidige klanten; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here were with organisations of more than {middle} employees; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} van de {n} deals die hier bleven steken waren bij organisaties met meer dan {middle} medewerkers; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here were with organisations of more than {middle} employees: smaller customers; in the rest of the team {c} of {m}.</source>
        <translation>{name}: slechts {a} van de {n} deals die hier bleven steken waren bij organisaties met meer dan {middle} medewerkers: kleinere klanten; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here were worth more than {middle} (the team's middle); in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} van de {n} deals die hier bleven steken waren meer waard dan {middle} (het midden van het team); in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here were worth more than {middle}: smaller deals; in the rest of the team {c} of {m}.</source>
        <translation>{name}: slechts {a} van de {n} deals die hier bleven steken waren meer waard dan {middle}: kleinere deals; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>The minimum lies between 1 and 1,000 deals.</source>
        <translation>Het minimum ligt tussen 1 en 1.000 deals.</translation>
    </message>
    <message>
        <source>{passed} of {mature} ({rate})</source>
        <translation>{passed} van {mature} ({rate})</translation>
    </message>
    <message>
        <source>Deals that entered a step from {start} to {end}</source>
        <translation>Deals die een stap binnenkwamen van {start} tot {end}</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here had an intake or demo before this step; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} van de {n} deals die hier bleven steken hadden een intake of demo vóór deze stap; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here had an intake or demo before this step; in the rest of the team {c} of {m}.</source>
        <translation>{name}: slechts {a} van de {n} deals die hier bleven steken hadden een intake of demo vóór deze stap; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: {step} {rep}, the rest of the team {rest}</source>
        <translation>{name}: {step} {rep}, de rest van het team {rest}</translation>
    </message>
    <message>
        <source>too few deals to say ({count})</source>
        <translation>te weinig deals om iets te zeggen ({count})</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals lost at this step were lost for “{reason}”; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} van de {n} deals die bij deze stap verloren gingen, gingen verloren om “{reason}”; in de rest van het team {c} van {m}.</translation>
    </message>
    <message>
        <source>{name}: no clear bottleneck</source>
        <translation>{name}: geen duidelijk knelpunt</translation>
    </message>
    <message>
        <source>{name}: too few deals to say</source>
        <translation>{name}: te weinig deals om iets te zeggen</translation>
    </message>
    <message>
        <source>Points are the done contact moments, each worth its type's points. The pace is what a steady pace over the working days would have by today (by the end, for a finished period); red: behind it.</source>
        <translation>Punten zijn de gedane contactmomenten, elk met de punten van zijn soort. Het tempo is wat een gelijkmatig tempo over de werkdagen vandaag zou hebben (aan het eind, bij een afgelopen periode); rood: erachter.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>1-on-1 {name} {period}.xlsx</source>
        <translation>1-op-1 {name} {period}.xlsx</translation>
    </message>
    <message>
        <source>Save the one-on-one pack as an Excel file ending in .xlsx.</source>
        <translation>Sla het 1-op-1-pakket op als Excel-bestand dat eindigt op .xlsx.</translation>
    </message>
    <message>
        <source>1. Action KPIs: the contact moments</source>
        <translation>1. Actie-KPI's: de contactmomenten</translation>
    </message>
    <message>
        <source>2. Result KPIs</source>
        <translation>2. Resultaat-KPI's</translation>
    </message>
    <message>
        <source>3. The bottleneck</source>
        <translation>3. Het knelpunt</translation>
    </message>
    <message>
        <source>4. Sleeping deals and customers at risk</source>
        <translation>4. Slapende deals en klanten met risico</translation>
    </message>
    <message>
        <source>5. Agreed actions</source>
        <translation>5. Afspraken</translation>
    </message>
    <message>
        <source>One-on-one</source>
        <translation>1-op-1</translation>
    </message>
    <message>
        <source>No points goal is set for this period (Settings › Targets).</source>
        <translation>Er is geen puntendoel voor deze periode (Instellingen › Doelen).</translation>
    </message>
    <message>
        <source>Activity points against the goal and the pace</source>
        <translation>Activiteitspunten tegen het doel en het tempo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>The last column is the whole team's mix, for comparison: no colleague is named.</source>
        <translation>De laatste kolom is de verdeling van het hele team, ter vergelijking: er wordt geen collega genoemd.</translation>
    </message>
    <message>
        <source>Planned next steps</source>
        <translation>Geplande volgende stappen</translation>
    </message>
    <message>
        <source>Red: its day has passed and it is not marked done.</source>
        <translation>Rood: de dag is voorbij en de stap is niet als gedaan gemarkeerd.</translation>
    </message>
    <message>
        <source>New revenue (won deals)</source>
        <translation>Nieuwe omzet (gewonnen deals)</translation>
    </message>
    <message>
        <source>Deal value in the pipeline (at the end)</source>
        <translation>Dealwaarde in de pipeline (aan het eind)</translation>
    </message>
    <message>
        <source>Over the deals that entered a step from {start} to {end} and have had time to move on. A bottleneck is named only when the difference from the rest of the team is beyond chance.</source>
        <translation>Over de deals die van {start} tot {end} een stap in gingen en tijd hebben gehad om door te gaan. Een knelpunt wordt alleen genoemd als het verschil met de rest van het team geen toeval is.</translation>
    </message>
    <message>
        <source>Open deals without a contact moment or stage change for longer than their stage allows, largest first.</source>
        <translation>Open deals zonder contactmoment of fasewissel, langer dan hun fase toestaat; de grootste eerst.</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <source>What stands out:</source>
        <translation>Wat opvalt:</translation>
    </message>
    <message>
        <source>Nothing in these deals stands out beyond chance (type of customer, process, lost reasons, deal size): talk them through together.</source>
        <translation>Niets in deze deals valt buiten toeval op (soort klant, proces, verliesredenen, dealgrootte): bespreek ze samen.</translation>
    </message>
    <message>
        <source>too few ({count})</source>
        <translation>te weinig ({count})</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>niets gepland</translation>
    </message>
    <message>
        <source>Agreed last time</source>
        <translation>Vorige keer afgesproken</translation>
    </message>
    <message>
        <source>The open actions, and those done in the last two months.</source>
        <translation>De open afspraken, en die in de afgelopen twee maanden gedaan zijn.</translation>
    </message>
    <message>
        <source>This time</source>
        <translation>Deze keer</translation>
    </message>
    <message>
        <source>Write down what you agree; enter it afterwards in the Coaching tab.</source>
        <translation>Schrijf op wat jullie afspreken; zet het daarna in het tabblad Coaching.</translation>
    </message>
    <message>
        <source>One-on-one: {name}</source>
        <translation>1-op-1: {name}</translation>
    </message>
    <message>
        <source>{period} · made on {day}</source>
        <translation>{period} · gemaakt op {day}</translation>
    </message>
    <message>
        <source>One-on-one {name} · {period}</source>
        <translation>1-op-1 {name} · {period}</translation>
    </message>
    <message>
        <source>The mix of activity types in {period}</source>
        <translation>De verdeling over activiteitsoorten in {period}</translation>
    </message>
    <message>
        <source>No planned next steps: agree on the next step of each open deal.</source>
        <translation>Geen geplande volgende stappen: spreek voor elke open deal de volgende stap af.</translation>
    </message>
    <message>
        <source>Previous ({period})</source>
        <translation>Vorige ({period})</translation>
    </message>
    <message>
        <source>Outcomes the rep influences, in {period}, beside the previous period.</source>
        <translation>Uitkomsten waar de verkoper invloed op heeft, in {period}, naast de vorige periode.</translation>
    </message>
    <message>
        <source>Conversion per step</source>
        <translation>Conversie per stap</translation>
    </message>
    <message>
        <source>Sleeping deals ({count})</source>
        <translation>Slapende deals ({count})</translation>
    </message>
    <message>
        <source>No sleeping deals.</source>
        <translation>Geen slapende deals.</translation>
    </message>
    <message>
        <source>Customers at risk ({count})</source>
        <translation>Klanten met risico ({count})</translation>
    </message>
    <message>
        <source>Active customers without a contact moment in the last {days} days, largest first.</source>
        <translation>Actieve klanten zonder contactmoment in de afgelopen {days} dagen; de grootste eerst.</translation>
    </message>
    <message>
        <source>No customers at risk.</source>
        <translation>Geen klanten met risico.</translation>
    </message>
    <message>
        <source>This week ({start} – {end})</source>
        <translation>Deze week ({start} – {end})</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>% of goal</source>
        <translation>% van doel</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Ahead or behind</source>
        <translation>Voor of achter</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Activiteitsoort</translation>
    </message>
    <message>
        <source>Points each</source>
        <translation>Punten per stuk</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Share of points</source>
        <translation>Deel van de punten</translation>
    </message>
    <message>
        <source>The team's share</source>
        <translation>Deel bij het team</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <source>Deal and note</source>
        <translation>Deal en notitie</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Jaarwaarde</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Dagen zonder contact</translation>
    </message>
    <message>
        <source>No actions agreed yet.</source>
        <translation>Nog geen afspraken gemaakt.</translation>
    </message>
    <message>
        <source>Moved on, of the deals that moved on or stopped; below {count} deals a step says too few to say.</source>
        <translation>Doorgegaan, van de deals die doorgingen of stopten; onder {count} deals zegt een stap: te weinig om iets te zeggen.</translation>
    </message>
    <message>
        <source>For the conversation, not for judging: nothing here compares {name} with a colleague.</source>
        <translation>Voor het gesprek, niet om te beoordelen: niets hier vergelijkt {name} met een collega.</translation>
    </message>
    <message>
        <source>And {count} more planned steps in KPIDesk.</source>
        <translation>En nog {count} geplande stappen in KPIDesk.</translation>
    </message>
    <message>
        <source>{name} is not an active rep: no coaching figures.</source>
        <translation>{name} is geen actieve verkoper: geen coachingcijfers.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>The rest of the team</source>
        <translation>De rest van het team</translation>
    </message>
    <message>
        <source>And {count} more sleeping deals in KPIDesk.</source>
        <translation>En nog {count} slapende deals in KPIDesk.</translation>
    </message>
    <message>
        <source>And {count} more customers at risk in KPIDesk.</source>
        <translation>En nog {count} klanten met risico in KPIDesk.</translation>
    </message>
    <message>
        <source>Became a customer</source>
        <translation>Klant geworden</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>A yearly value cannot be negative.</source>
        <translation>Een jaarwaarde kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The churn date cannot be in the future.</source>
        <translation>De vertrekdatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This customer is active already.</source>
        <translation>Deze klant is al actief.</translation>
    </message>
    <message>
        <source>This customer already churned on {day}. Reactivate it first.</source>
        <translation>Deze klant is al vertrokken op {day}. Heractiveer de klant eerst.</translation>
    </message>
    <message>
        <source>The churn date cannot be before the customer-since date ({day}).</source>
        <translation>De vertrekdatum kan niet vóór de klant-sinds-datum liggen ({day}).</translation>
    </message>
    <message>
        <source>Someone changed this deal in the meantime. Reload it to see the latest version, then make your change.</source>
        <translation>Iemand heeft deze deal intussen gewijzigd. Laad hem opnieuw om de nieuwste versie te zien en doe dan je wijziging.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>Een deal heeft een titel nodig.</translation>
    </message>
    <message>
        <source>A deal value cannot be negative.</source>
        <translation>Een dealwaarde kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A win probability lies between 0% and 100%.</source>
        <translation>Een winkans ligt tussen 0% en 100%.</translation>
    </message>
    <message>
        <source>The expected close date cannot be before the first contact.</source>
        <translation>De verwachte sluitdatum kan niet vóór het eerste contact liggen.</translation>
    </message>
    <message>
        <source>This deal was changed by {name} in the meantime. Reload it to see their version, then make your change.</source>
        <translation>Deze deal is intussen gewijzigd door {name}. Laad hem opnieuw om die versie te zien en doe dan je wijziging.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Deze fase bestaat niet meer.</translation>
    </message>
    <message>
        <source>A new deal starts in an open stage; move it to Won or Lost later.</source>
        <translation>Een nieuwe deal begint in een open fase. Zet hem later op Gewonnen of Verloren.</translation>
    </message>
    <message>
        <source>This deal cannot be undone any more: activities were logged on it. Delete it instead.</source>
        <translation>Deze deal kun je niet meer ongedaan maken: er zijn al activiteiten op gelogd. Verwijder hem in plaats daarvan.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Geen eigenaar</translation>
    </message>
    <message>
        <source>Choose at least one deal to move.</source>
        <translation>Kies minstens één deal om te verplaatsen.</translation>
    </message>
    <message>
        <source>{deal} is already in {stage}.</source>
        <translation>{deal} staat al in {stage}.</translation>
    </message>
    <message>
        <source>This move cannot be undone: the deal was changed or deleted since.</source>
        <translation>Deze verplaatsing kun je niet ongedaan maken: de deal is intussen gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <source>The close date cannot be before the first contact ({day}).</source>
        <translation>De sluitdatum kan niet vóór het eerste contact ({day}) liggen.</translation>
    </message>
    <message>
        <source>A deal can sleep after 1 day at the earliest; leave it empty for never.</source>
        <translation>Een deal kan op z'n vroegst na 1 dag slapend worden. Laat het veld leeg als deals in deze fase nooit slapen.</translation>
    </message>
    <message>
        <source>The stages changed meanwhile. Try again.</source>
        <translation>De fases zijn intussen veranderd. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Won and Lost always come last on the board.</source>
        <translation>Gewonnen en Verloren staan altijd achteraan op het bord.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Een fase heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Won and Lost cannot be deleted: every pipeline needs them.</source>
        <translation>Gewonnen en Verloren kun je niet verwijderen: elke pipeline heeft ze nodig.</translation>
    </message>
    <message>
        <source>The pipeline needs at least one open stage.</source>
        <translation>De pipeline heeft minstens één open fase nodig.</translation>
    </message>
    <message>
        <source>{stage} appears in the stage history, which deal velocity needs ({count} stage changes). Rename it instead of deleting it.</source>
        <translation>{stage} komt voor in de fasehistorie, en die is nodig voor de dealsnelheid ({count} fasewissels). Geef de fase een andere naam in plaats van hem te verwijderen.</translation>
    </message>
    <message>
        <source>{stage} still holds {count} deal. Move it to another stage first (a deleted deal in the trash counts too).</source>
        <translation>In {stage} staat nog {count} deal. Verplaats die eerst naar een andere fase (een verwijderde deal in de prullenbak telt ook mee).</translation>
    </message>
    <message>
        <source>{stage} still holds {count} deals. Move them to another stage first (deleted deals in the trash count too).</source>
        <translation>In {stage} staan nog {count} deals. Verplaats ze eerst naar een andere fase (verwijderde deals in de prullenbak tellen ook mee).</translation>
    </message>
    <message>
        <source>Demo data needs at least two open stages, a won and a lost stage and one activity type. Check the pipeline settings.</source>
        <translation>Voor demogegevens zijn minstens twee open fases nodig, een fase Gewonnen, een fase Verloren en één activiteitsoort. Kijk de instellingen van de pipeline na.</translation>
    </message>
    <message>
        <source>This database already holds data. Demo data can only go into an empty database: start a new database file for the demo.</source>
        <translation>Deze database bevat al gegevens. Demogegevens kunnen alleen in een lege database: begin voor de demo een nieuw databasebestand.</translation>
    </message>
    <message>
        <source>Making the demo data was cancelled; nothing was changed.</source>
        <translation>Het maken van de demogegevens is afgebroken; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export gestopt; er is geen bestand gemaakt.</translation>
    </message>
    <message>
        <source>KPIDesk cannot export '{kind}'. Choose one of: {kinds}.</source>
        <translation>KPIDesk kan '{kind}' niet exporteren. Kies uit: {kinds}.</translation>
    </message>
    <message>
        <source>Save the export as .xlsx (Excel) or .csv, not '{suffix}'.</source>
        <translation>Sla de export op als .xlsx (Excel) of .csv, niet als '{suffix}'.</translation>
    </message>
    <message>
        <source>{month}: expected {expected} (between {low} and {high})</source>
        <translation>{month}: verwacht {expected} (tussen {low} en {high})</translation>
    </message>
    <message>
        <source>against a target of {target}</source>
        <translation>tegen een target van {target}</translation>
    </message>
    <message>
        <source>Sales velocity: not enough closed deals in the last twelve months yet.</source>
        <translation>Verkoopsnelheid: nog niet genoeg gesloten deals in de laatste twaalf maanden.</translation>
    </message>
    <message>
        <source>Sales velocity: {value} per day ({deals} open deals × {rate} won × {avg} average ÷ {days} days to win).</source>
        <translation>Verkoopsnelheid: {value} per dag ({deals} open deals × {rate} gewonnen × {avg} gemiddeld ÷ {days} dagen tot winst).</translation>
    </message>
    <message>
        <source>{month}: {gap} short of the target at today's rates.</source>
        <translation>{month}: {gap} tekort op de target bij de huidige ratio's.</translation>
    </message>
    <message>
        <source>{month}: the forecast reaches the target at today's rates.</source>
        <translation>{month}: de verwachting haalt de target bij de huidige ratio's.</translation>
    </message>
    <message>
        <source>a win rate of {needed} instead of {now}</source>
        <translation>een winratio van {needed} in plaats van {now}</translation>
    </message>
    <message>
        <source>It closes with {options}.</source>
        <translation>Het gat sluit met {options}.</translation>
    </message>
    <message>
        <source>A higher win rate alone does not close it: that would take more than {step} points above today's {now}.</source>
        <translation>Een hogere winratio alleen sluit het niet: daarvoor is meer nodig dan {step} procentpunt boven de huidige {now}.</translation>
    </message>
    <message>
        <source>{count} extra deal that reaches {stage}</source>
        <translation>{count} extra deal die {stage} bereikt</translation>
    </message>
    <message>
        <source>{count} extra deals that reach {stage}</source>
        <translation>{count} extra deals die {stage} bereiken</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>The action is done before the day it was agreed.</source>
        <translation>De afspraak is gedaan vóór de dag waarop hij gemaakt is.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>as you chose</source>
        <translation>zoals je koos</translation>
    </message>
    <message>
        <source>Unknown outcome. Use won, lost or open (gewonnen, verloren, open).</source>
        <translation>Onbekende uitkomst. Gebruik gewonnen, verloren of open (won, lost, open).</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>The deal is marked both won ('{won}') and lost. Check both columns.</source>
        <translation>De deal staat zowel op gewonnen ('{won}') als op verloren. Controleer beide kolommen.</translation>
    </message>
    <message>
        <source>column '{column}' says so for its {count} deals</source>
        <translation>kolom '{column}' zegt dat voor de {count} deals erin</translation>
    </message>
    <message>
        <source>Column '{column}' decides the outcome: {deals} in an open stage go to the won or lost stage, through the stage named in the file.</source>
        <translation>Kolom '{column}' bepaalt de uitkomst: {deals} in een open fase gaan naar de fase Gewonnen of Verloren, via de fase die in het bestand staat.</translation>
    </message>
    <message>
        <source>New stage '{stage}' will be a {outcome} stage ({reason}).</source>
        <translation>Nieuwe fase '{stage}' wordt een fase voor {outcome} deals ({reason}).</translation>
    </message>
    <message>
        <source>The deal is {outcome}, but there is no {outcome} stage in Settings.</source>
        <translation>De deal is {outcome}, maar er is geen fase voor {outcome} deals in Instellingen.</translation>
    </message>
    <message>
        <source>The deal is won but has no close date. Fill in the day it was won, or choose a column that holds it (such as 'Won time' or 'Last Modified Date') for 'Close date when none is given'.</source>
        <translation>De deal is gewonnen maar heeft geen sluitdatum. Vul de dag in waarop hij gewonnen is, of kies een kolom met die dag (zoals 'Won time' of 'Last Modified Date') voor 'Sluitdatum als die ontbreekt'.</translation>
    </message>
    <message>
        <source>The deal is lost but has no close date. Fill in the day it was lost, or choose a column that holds it (such as 'Lost time' or 'Last Modified Date') for 'Close date when none is given'.</source>
        <translation>De deal is verloren maar heeft geen sluitdatum. Vul de dag in waarop hij verloren is, of kies een kolom met die dag (zoals 'Lost time' of 'Last Modified Date') voor 'Sluitdatum als die ontbreekt'.</translation>
    </message>
    <message>
        <source>{count} won deal</source>
        <translation>{count} gewonnen deal</translation>
    </message>
    <message>
        <source>{count} won deals</source>
        <translation>{count} gewonnen deals</translation>
    </message>
    <message>
        <source>{count} lost deal</source>
        <translation>{count} verloren deal</translation>
    </message>
    <message>
        <source>{count} lost deals</source>
        <translation>{count} verloren deals</translation>
    </message>
    <message>
        <source>1 closed deal without a close date takes it from column '{column}'.</source>
        <translation>1 gesloten deal zonder sluitdatum krijgt die uit kolom '{column}'.</translation>
    </message>
    <message>
        <source>{count} closed deals without a close date take it from column '{column}'.</source>
        <translation>{count} gesloten deals zonder sluitdatum krijgen die uit kolom '{column}'.</translation>
    </message>
    <message>
        <source>The deal closes before its first contact ({day}). Check both dates.</source>
        <translation>De deal sluit vóór het eerste contact ({day}). Controleer beide datums.</translation>
    </message>
    <message>
        <source>1 deal is deleted in the other CRM (outcome 'deleted'): skipped.</source>
        <translation>1 deal is verwijderd in het andere CRM (uitkomst 'deleted'): overgeslagen.</translation>
    </message>
    <message>
        <source>{count} deals are deleted in the other CRM (outcome 'deleted'): skipped.</source>
        <translation>{count} deals zijn verwijderd in het andere CRM (uitkomst 'deleted'): overgeslagen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>This is a {stage_kind} stage, but column '{column}' says the deal is {outcome}. Correct one of them, or map the stage to another one.</source>
        <translation>Dit is een fase voor {stage_kind} deals, maar kolom '{column}' zegt dat de deal {outcome} is. Verbeter een van beide, of koppel de fase aan een andere.</translation>
    </message>
    <message>
        <source>Empty here: {columns}.</source>
        <translation>Leeg in deze rij: {columns}.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>De import is geannuleerd. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>There is no deal with this title. Import the deals first, or correct the title.</source>
        <translation>Er is geen deal met deze titel. Importeer eerst de deals, of verbeter de titel.</translation>
    </message>
    <message>
        <source>This activity is marked done but dated after today. Correct the date, or mark it planned.</source>
        <translation>Deze activiteit staat op gedaan maar heeft een datum na vandaag. Verbeter de datum, of zet hem op gepland.</translation>
    </message>
    <message>
        <source>This is not a company name.</source>
        <translation>Dit is geen bedrijfsnaam.</translation>
    </message>
    <message>
        <source>Unknown KPI. Use qualified_leads, activity_points, new_revenue or pipeline_value (or their Dutch or English names).</source>
        <translation>Onbekende KPI. Gebruik qualified_leads, activity_points, new_revenue of pipeline_value (of hun Nederlandse of Engelse naam).</translation>
    </message>
    <message>
        <source>This target is a count or points and should be a whole number.</source>
        <translation>Dit doel is een aantal of punten en moet een heel getal zijn.</translation>
    </message>
    <message>
        <source>The customer leaves before becoming a customer ({day}). Check both dates.</source>
        <translation>De klant zegt op voordat hij klant werd ({day}). Controleer beide datums.</translation>
    </message>
    <message>
        <source>The lead is qualified before it was created ({day}).</source>
        <translation>De lead is gekwalificeerd voordat hij is aangemaakt ({day}).</translation>
    </message>
    <message>
        <source>Unknown lead status. Use new, qualified or disqualified (nieuw, gekwalificeerd, gediskwalificeerd), or choose what it means in the import (--map-value status:"{value}"=new).</source>
        <translation>Onbekende leadstatus. Gebruik nieuw, gekwalificeerd of gediskwalificeerd (new, qualified, disqualified), of kies bij het importeren wat hij betekent (--map-value status:"{value}"=new).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Wat je moet aanpassen</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
        <translation>{created} aangemaakt, {updated} bijgewerkt, {unchanged} ongewijzigd, {skipped} overgeslagen</translation>
    </message>
    <message>
        <source>This import no longer exists.</source>
        <translation>Deze import bestaat niet meer.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>Deze import is al ongedaan gemaakt.</translation>
    </message>
    <message>
        <source> ({count} rows repeated an earlier row of the file)</source>
        <translation> ({count} rijen herhaalden een eerdere rij uit het bestand)</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has 1 problem. Fix it in the file and import it again.</source>
        <translation>Er is niets geïmporteerd: het bestand heeft 1 probleem. Los het op in het bestand en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has {count} problems. Fix them in the file and import it again.</source>
        <translation>Er is niets geïmporteerd: het bestand heeft {count} problemen. Los ze op in het bestand en importeer het opnieuw.</translation>
    </message>
    <message>
        <source>KPIDesk cannot import '{kind}'.</source>
        <translation>KPIDesk kan '{kind}' niet importeren.</translation>
    </message>
    <message>
        <source>This import cannot be undone any more: what it added is now used by later work (for example a deal for an imported organisation).</source>
        <translation>Deze import kan niet meer ongedaan worden gemaakt: wat hij toevoegde wordt nu gebruikt door later werk (bijvoorbeeld een deal bij een geïmporteerde organisatie).</translation>
    </message>
    <message>
        <source>Column '{column}' holds fractions: 0.4 is read as 40 %.</source>
        <translation>Kolom '{column}' bevat breuken: 0,4 wordt gelezen als 40 %.</translation>
    </message>
    <message>
        <source>Column '{column}' holds percentages: 40 is read as 40 %.</source>
        <translation>Kolom '{column}' bevat percentages: 40 wordt gelezen als 40 %.</translation>
    </message>
    <message>
        <source>There is no team member with this name. Add them under Settings → Team, correct the name, or let KPIDesk create what is missing.</source>
        <translation>Er is geen teamlid met deze naam. Voeg die toe onder Instellingen → Team, verbeter de naam, of laat KPIDesk aanmaken wat ontbreekt.</translation>
    </message>
    <message>
        <source>There is no organisation with this name yet. Correct the name, or let KPIDesk create what is missing.</source>
        <translation>Er is nog geen organisatie met deze naam. Verbeter de naam, of laat KPIDesk aanmaken wat ontbreekt.</translation>
    </message>
    <message>
        <source>There is no pipeline stage with this name. Use one of your stages, or let KPIDesk create what is missing (new stages go before Won and Lost).</source>
        <translation>Er is geen fase met deze naam. Gebruik een van je fases, of laat KPIDesk aanmaken wat ontbreekt (nieuwe fases komen vóór Gewonnen en Verloren).</translation>
    </message>
    <message>
        <source>There is no activity type with this name. Use one of your types (Intake, Demo, Call, Email, LinkedIn…), or let KPIDesk create what is missing.</source>
        <translation>Er is geen activiteitsoort met deze naam. Gebruik een van je soorten (Intake, Demo, Gebeld, Mail, LinkedIn…), of laat KPIDesk aanmaken wat ontbreekt.</translation>
    </message>
    <message>
        <source>{stage} ({outcome})</source>
        <translation>{stage} ({outcome})</translation>
    </message>
    <message>
        <source>--map-value needs FIELD:VALUE=TARGET, for example --map-value status:"In Progress"=new or --map-value stage:"Contract Sent"=Proposal.</source>
        <translation>--map-value heeft VELD:WAARDE=DOEL nodig, bijvoorbeeld --map-value status:"In Progress"=new of --map-value stage:"Contract Sent"=Proposal.</translation>
    </message>
    <message>
        <source>--stage-outcome needs STAGE=won, STAGE=lost or STAGE=open, for example --stage-outcome "Dead Deals=lost".</source>
        <translation>--stage-outcome heeft FASE=won, FASE=lost of FASE=open nodig, bijvoorbeeld --stage-outcome "Dead Deals=lost".</translation>
    </message>
    <message>
        <source>won deals with a value</source>
        <translation>gewonnen deals met een waarde</translation>
    </message>
    <message>
        <source>deals that went on from the first stage to the intake</source>
        <translation>deals die van de eerste fase doorgingen naar de intake</translation>
    </message>
    <message>
        <source>deals that went on from the intake to the proposal</source>
        <translation>deals die van de intake doorgingen naar de offerte</translation>
    </message>
    <message>
        <source>proposals that were won or lost</source>
        <translation>offertes die gewonnen of verloren zijn</translation>
    </message>
    <message>
        <source>The pipeline needs an intake stage and a proposal stage (Intake, Offerte) before won to plan through.</source>
        <translation>Om door te rekenen heeft de pipeline vóór Gewonnen een intakefase en een offertefase nodig (Intake, Offerte).</translation>
    </message>
    <message>
        <source>Give a revenue target above zero, for example 200.000.</source>
        <translation>Geef een omzettarget boven nul, bijvoorbeeld 200.000.</translation>
    </message>
    <message>
        <source>That revenue target is implausibly high; check the amount.</source>
        <translation>Dat omzettarget is onwaarschijnlijk hoog; controleer het bedrag.</translation>
    </message>
    <message>
        <source>The step per month lies between 1 and 100 %.</source>
        <translation>De stap per maand ligt tussen 1 en 100 %.</translation>
    </message>
    <message>
        <source>For {revenue} in {period} you need: {leads} qualified leads, {intakes} intakes, {proposals} proposals, {won} won deals and {points} activity points.</source>
        <translation>Voor {revenue} in {period} zijn nodig: {leads} gekwalificeerde leads, {intakes} intakes, {proposals} offertes, {won} gewonnen deals en {points} activiteitspunten.</translation>
    </message>
    <message>
        <source>{rate} (the same stage)</source>
        <translation>{rate} (dezelfde fase)</translation>
    </message>
    <message>
        <source>Planning works back through the team's own rates of {start} to {end}, and that window has no {what}. Log deals through the stages to won (or import them) and plan again.</source>
        <translation>De planner rekent terug met de eigen ratio's van het team van {start} tot {end}, en in die periode zijn er geen {what}. Leg deals vast door de fases tot Gewonnen (of importeer ze) en plan opnieuw.</translation>
    </message>
    <message>
        <source>There is not enough history to plan {revenue} in {period} from. {missing}</source>
        <translation>Er is niet genoeg historie om {revenue} in {period} te plannen. {missing}</translation>
    </message>
    <message>
        <source>The suggested qualified-lead targets bring {back} at these rates.</source>
        <translation>De voorgestelde targets voor gekwalificeerde leads brengen bij deze ratio's {back} op.</translation>
    </message>
    <message>
        <source>Rates of {start} to {end}:</source>
        <translation>Ratio's van {start} tot {end}:</translation>
    </message>
    <message>
        <source>Average won deal: {avg} ({count} won deals)</source>
        <translation>Gemiddelde gewonnen deal: {avg} ({count} gewonnen deals)</translation>
    </message>
    <message>
        <source>Activity points per won deal: {points}</source>
        <translation>Activiteitspunten per gewonnen deal: {points}</translation>
    </message>
    <message>
        <source>There is no plan to write: {why}</source>
        <translation>Er is geen plan om weg te schrijven: {why}</translation>
    </message>
    <message>
        <source>{kpi}: {names} cannot reach their share in {period} at +{step} % a month from last quarter's level; the targets reach {total} of the {need} needed. Plan a longer period, a larger step or a lower target.</source>
        <translation>{kpi}: {names} halen hun deel in {period} niet met +{step} % per maand vanaf het niveau van vorig kwartaal; de targets komen op {total} van de {need} die nodig zijn. Plan een langere periode, een grotere stap of een lager target.</translation>
    </message>
    <message>
        <source>Qualified lead ({first}) → {intake}</source>
        <translation>Gekwalificeerde lead ({first}) → {intake}</translation>
    </message>
    <message>
        <source>, no </source>
        <translation>, geen </translation>
    </message>
    <message>
        <source>There is no active rep in the team during {period} to give targets.</source>
        <translation>Er is in {period} geen actieve verkoper in het team om targets te geven.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Een target kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>A ramp runs for 1 to 60 months.</source>
        <translation>Een opbouw loopt 1 tot 60 maanden.</translation>
    </message>
    <message>
        <source>A ramp starts at zero or more.</source>
        <translation>Een opbouw begint bij nul of meer.</translation>
    </message>
    <message>
        <source>The maximum must be at least the starting value.</source>
        <translation>Het maximum moet minstens de startwaarde zijn.</translation>
    </message>
    <message>
        <source>Targets are raised step by step: the step cannot be negative.</source>
        <translation>Targets gaan stap voor stap omhoog: de stap kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>There is no KPI called {kpi}.</source>
        <translation>Er is geen KPI die {kpi} heet.</translation>
    </message>
    <message>
        <source>Sleeping deal</source>
        <translation>Slapende deal</translation>
    </message>
    <message>
        <source>Contact moments (activity points)</source>
        <translation>Contactmomenten (activiteitspunten)</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dagen in fase</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation>Dagen tot sluiten</translation>
    </message>
    <message>
        <source>Bottleneck</source>
        <translation>Knelpunt</translation>
    </message>
    <message>
        <source>Deals won and lost in the period.</source>
        <translation>Deals die in de periode gewonnen of verloren zijn.</translation>
    </message>
    <message>
        <source>Save the KPI sheet as an Excel file ending in .xlsx.</source>
        <translation>Sla het KPI-overzicht op als Excel-bestand dat eindigt op .xlsx.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
    <message>
        <source>{days}, the same working days</source>
        <translation>{days}, dezelfde werkdagen</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Gewonnen waarde</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>Al gewonnen</translation>
    </message>
    <message>
        <source>Expected from open deals</source>
        <translation>Verwacht uit open deals</translation>
    </message>
    <message>
        <source>Expected in all</source>
        <translation>Verwacht in totaal</translation>
    </message>
    <message>
        <source>Low (P10)</source>
        <translation>Laag (P10)</translation>
    </message>
    <message>
        <source>High (P90)</source>
        <translation>Hoog (P90)</translation>
    </message>
    <message>
        <source>Weighted by stage</source>
        <translation>Gewogen naar fase</translation>
    </message>
    <message>
        <source>Forecast made on</source>
        <translation>Verwachting gemaakt op</translation>
    </message>
    <message>
        <source>Expected: each open deal's value × the chance that a deal at its stage and age in the stage is won, from the team's {count} closed deals of the last two years; plus what the month has already won. Between P10 and P90 lie 8 of 10 of 1,000 simulated outcomes.</source>
        <translation>Verwacht: de waarde van elke open deal × de kans dat een deal in zijn fase en met zijn leeftijd in die fase gewonnen wordt, uit de {count} gesloten deals van het team in de laatste twee jaar; plus wat de maand al gewonnen heeft. Tussen P10 en P90 liggen 8 van de 10 van 1.000 gesimuleerde uitkomsten.</translation>
    </message>
    <message>
        <source>Coaching over the deals that entered a step from {start} to {end}</source>
        <translation>Coaching over de deals die een stap binnenkwamen van {start} tot {end}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vraagt aandacht</translation>
    </message>
    <message>
        <source>Why it needs attention</source>
        <translation>Waarom het aandacht vraagt</translation>
    </message>
    <message>
        <source>Open deals on {day} whose expected close date has passed, without a planned next step, whose close date moved later twice or more, without a value, or sleeping.</source>
        <translation>Open deals op {day} waarvan de verwachte sluitdatum is verstreken, zonder geplande volgende stap, waarvan de sluitdatum twee keer of vaker naar later is verschoven, zonder waarde, of slapend.</translation>
    </message>
    <message>
        <source>KPI meeting sheet</source>
        <translation>KPI-overzicht voor het overleg</translation>
    </message>
    <message>
        <source>Deal velocity: average days to win</source>
        <translation>Dealsnelheid: gemiddeld aantal dagen tot gewonnen</translation>
    </message>
    <message>
        <source>Proposal → won ratio (close ratio)</source>
        <translation>Offerte → gewonnen-ratio</translation>
    </message>
    <message>
        <source>Open deals on {day}. A sleeping deal has had no activity or stage change for longer than its stage allows.</source>
        <translation>Open deals op {day}. Een slapende deal heeft langer dan de fase toestaat geen activiteit of fasewissel gehad.</translation>
    </message>
    <message>
        <source>Active customers without any contact in the {days} days before the end of the period.</source>
        <translation>Actieve klanten zonder contact in de {days} dagen voor het einde van de periode.</translation>
    </message>
    <message>
        <source>{window}. For finding bottlenecks and coaching, never for judging people. {method}</source>
        <translation>{window}. Om knelpunten te vinden en te coachen, nooit om mensen te beoordelen. {method}</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Gemiddeld aantal dagen</translation>
    </message>
    <message>
        <source>The threshold is a percentage from 0 to 100.</source>
        <translation>De drempel is een percentage van 0 tot 100.</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0, or the fit score stays 0%.</source>
        <translation>Geef minstens één criterium een gewicht boven 0, anders blijft de fitscore 0%.</translation>
    </message>
    <message>
        <source>Criterion {number} has no text. Type it, or remove the criterion.</source>
        <translation>Criterium {number} heeft geen tekst. Vul die in, of verwijder het criterium.</translation>
    </message>
    <message>
        <source>The weight of '{criterion}' must be from 0 to {max}.</source>
        <translation>Het gewicht van '{criterion}' moet tussen 0 en {max} liggen.</translation>
    </message>
    <message>
        <source>Give a reason for disqualifying the lead.</source>
        <translation>Geef een reden op voor het diskwalificeren van de lead.</translation>
    </message>
    <message>
        <source>The first-contact date cannot be in the future.</source>
        <translation>De datum van het eerste contact kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>The qualified date cannot be in the future.</source>
        <translation>De kwalificatiedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>This lead is already qualified on that date.</source>
        <translation>Deze lead is al op die datum gekwalificeerd.</translation>
    </message>
    <message>
        <source>This lead is already new.</source>
        <translation>Deze lead heeft al de status Nieuw.</translation>
    </message>
    <message>
        <source>A disqualified lead cannot become a deal. Reopen the lead first.</source>
        <translation>Een gediskwalificeerde lead kan geen deal worden. Heropen de lead eerst.</translation>
    </message>
    <message>
        <source>There is no open pipeline stage. Add one in Settings first.</source>
        <translation>Er is geen open fase in de pipeline. Voeg er eerst een toe bij Instellingen.</translation>
    </message>
    <message>
        <source>The deal made from this lead no longer exists.</source>
        <translation>De deal die van deze lead is gemaakt, bestaat niet meer.</translation>
    </message>
    <message>
        <source>Not all must-haves are met yet: {criteria}.</source>
        <translation>Nog niet alle must-haves zijn afgevinkt: {criteria}.</translation>
    </message>
    <message>
        <source>The fit score is {score}%, below the threshold of {threshold}%.</source>
        <translation>De fitscore is {score}%, onder de drempel van {threshold}%.</translation>
    </message>
    <message>
        <source>The qualified date cannot be before the lead was created ({day}).</source>
        <translation>De kwalificatiedatum kan niet voor de aanmaakdatum van de lead liggen ({day}).</translation>
    </message>
    <message>
        <source>This lead already became the deal '{title}'.</source>
        <translation>Deze lead is al de deal '{title}' geworden.</translation>
    </message>
    <message>
        <source>This lead no longer exists. It may have been deleted.</source>
        <translation>Deze lead bestaat niet meer. Misschien is hij verwijderd.</translation>
    </message>
    <message>
        <source>A lead needs a company name.</source>
        <translation>Een lead heeft een bedrijfsnaam nodig.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>Het aantal medewerkers kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The yearly revenue cannot be negative.</source>
        <translation>De jaaromzet kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>Choose an owner from the team.</source>
        <translation>Kies een eigenaar uit het team.</translation>
    </message>
    <message>
        <source>The created date cannot be after the date the lead was qualified.</source>
        <translation>De aanmaakdatum kan niet na de datum liggen waarop de lead gekwalificeerd is.</translation>
    </message>
    <message>
        <source>These leads no longer exist.</source>
        <translation>Deze leads bestaan niet meer.</translation>
    </message>
    <message>
        <source>'{email}' is not an e-mail address.</source>
        <translation>'{email}' is geen e-mailadres.</translation>
    </message>
    <message>
        <source>There is already a lead for {company}.</source>
        <translation>Er is al een lead voor {company}.</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>Een teamlid heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A team member is a rep or a manager.</source>
        <translation>Een teamlid is verkoper of manager.</translation>
    </message>
    <message>
        <source>The last day in the team ({end}) comes before the start date ({start}).</source>
        <translation>De laatste dag in het team ({end}) ligt vóór de startdatum ({start}).</translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation>Er is al een teamlid met de naam {name}.</translation>
    </message>
    <message>
        <source>Automatic (at start)</source>
        <translation>Automatisch (bij starten)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Zelf gemaakt</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Voor een upgrade</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Voor een import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Voor het terugzetten</translation>
    </message>
    <message>
        <source>Backups of a team database on a server are made by the server's administrator.</source>
        <translation>Back-ups van een teamdatabase op een server maakt de beheerder van de server.</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Bewaar minstens één back-up.</translation>
    </message>
    <message>
        <source>{file} already exists. Choose a new file name.</source>
        <translation>{file} bestaat al. Kies een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>De map {folder} bestaat niet.</translation>
    </message>
    <message>
        <source>Could not restore {file}: {reason}. Nothing has been changed.</source>
        <translation>Kon {file} niet terugzetten: {reason}. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Kon {file} niet opslaan: {reason}</translation>
    </message>
    <message>
        <source>Activity totals per day</source>
        <translation>Activiteitentotalen per dag</translation>
    </message>
    <message>
        <source>Stage history, figures per stage change</source>
        <translation>Fasehistorie, cijfers per faseovergang</translation>
    </message>
    <message>
        <source>Stage entries per month</source>
        <translation>Instroom per fase per maand</translation>
    </message>
    <message>
        <source>Stage exits per month</source>
        <translation>Uitstroom per fase per maand</translation>
    </message>
    <message>
        <source>Lookalike scores of organisations</source>
        <translation>Lijkt-op-scores van organisaties</translation>
    </message>
    <message>
        <source>Only the owner of the team database can rebuild the totals. Ask the administrator to run: kpidesk --db ADDRESS check-totals --repair</source>
        <translation>Alleen de eigenaar van de teamdatabase kan de totalen opnieuw opbouwen. Vraag de beheerder om uit te voeren: kpidesk --db ADRES check-totals --repair</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Select one or more items in the trash first.</source>
        <translation>Selecteer eerst een of meer items in de prullenbak.</translation>
    </message>
    <message>
        <source>Some of these items are no longer in the trash. Reopen the trash.</source>
        <translation>Een paar van deze items staan niet meer in de prullenbak. Open de prullenbak opnieuw.</translation>
    </message>
    <message>
        <source>This item was changed or deleted since it was restored.</source>
        <translation>Dit item is gewijzigd of verwijderd sinds het is teruggezet.</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokaal bestand</translation>
    </message>
    <message>
        <source>Logins exist only on a team database (PostgreSQL), not in a local file.</source>
        <translation>Logins bestaan alleen op een teamdatabase (PostgreSQL), niet in een lokaal bestand.</translation>
    </message>
    <message>
        <source>Connected as {name} (rep: changes own leads, deals and activities)</source>
        <translation>Verbonden als {name} (verkoper: wijzigt eigen leads, deals en activiteiten)</translation>
    </message>
    <message>
        <source>The team database is the database you have open.</source>
        <translation>De teamdatabase is de database die je nu open hebt.</translation>
    </message>
    <message>
        <source>Connected as {name} (manager)</source>
        <translation>Verbonden als {name} (manager)</translation>
    </message>
    <message>
        <source>'{name}' cannot be a login name: use lower-case letters, digits and _ and start with a letter, for example anna_de_vries.</source>
        <translation>'{name}' kan geen loginnaam zijn: gebruik kleine letters, cijfers en _ en begin met een letter, bijvoorbeeld anna_de_vries.</translation>
    </message>
    <message>
        <source>{login} is already the login of {name}.</source>
        <translation>{login} is al de login van {name}.</translation>
    </message>
    <message>
        <source>The team database {db} already holds data ({tables}). Choose an empty database: nothing was copied.</source>
        <translation>De teamdatabase {db} bevat al gegevens ({tables}). Kies een lege database: er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>Copying {table} went wrong: {here} rows here, {there} in the team database. Nothing was copied.</source>
        <translation>Het kopiëren van {table} ging mis: {here} rijen hier, {there} in de teamdatabase. Er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>A ramp has 1 to 12 monthly steps, for example 50, 75, 100.</source>
        <translation>Een opbouw heeft 1 tot 12 maandstappen, bijvoorbeeld 50, 75, 100.</translation>
    </message>
    <message>
        <source>Each step of a ramp is a percentage from 0 to 200.</source>
        <translation>Elke stap van een opbouw is een percentage van 0 tot 200.</translation>
    </message>
    <message>
        <source>This team member already has leads, deals, activities or customers; set them inactive in Settings › Team instead.</source>
        <translation>Dit teamlid heeft al leads, deals, activiteiten of klanten; zet het teamlid liever op inactief in Instellingen › Team.</translation>
    </message>
    <message>
        <source>Live updates from the team database stopped.</source>
        <translation>Live bijwerken vanuit de teamdatabase is gestopt.</translation>
    </message>
</context>
</TS>
