<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
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
        <source>Some of these activities no longer exist.</source>
        <translation>Een deel van deze activiteiten bestaat niet meer.</translation>
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
        <source>This database already holds data. Demo data can only go into an empty database: start a new database file for the demo.</source>
        <translation>Deze database bevat al gegevens. Demogegevens kunnen alleen in een lege database: begin voor de demo een nieuw databasebestand.</translation>
    </message>
    <message>
        <source>Making the demo data was cancelled; nothing was changed.</source>
        <translation>Het maken van de demogegevens is afgebroken; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Demo data needs at least two open stages, a won and a lost stage and one activity type. Check the pipeline settings.</source>
        <translation>Voor demogegevens zijn minstens twee open fases nodig, een fase Gewonnen, een fase Verloren en één activiteitsoort. Kijk de instellingen van de pipeline na.</translation>
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
        <source>Live updates from the team database stopped.</source>
        <translation>Live bijwerken vanuit de teamdatabase is gestopt.</translation>
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
        <source>A team member needs a name.</source>
        <translation>Een teamlid heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A team member is a rep or a manager.</source>
        <translation>Een teamlid is verkoper of manager.</translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation>Er is al een teamlid met de naam {name}.</translation>
    </message>
    <message>
        <source>A deal can sleep after 1 day at the earliest; leave it empty for never.</source>
        <translation>Een deal kan op z'n vroegst na 1 dag slapend worden. Laat het veld leeg als deals in deze fase nooit slapen.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Een fase heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Won and Lost always come last on the board.</source>
        <translation>Gewonnen en Verloren staan altijd achteraan op het bord.</translation>
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
        <source>{stage} still holds {count} deal(s). Move them to another stage first (deleted deals in the trash count too).</source>
        <translation>In {stage} staan nog {count} deal(s). Verplaats ze eerst naar een andere fase (verwijderde deals in de prullenbak tellen ook mee).</translation>
    </message>
    <message>
        <source>{stage} appears in the stage history of {count} deal(s), which deal velocity needs. Rename it instead of deleting it.</source>
        <translation>{stage} komt voor in de fasegeschiedenis van {count} deal(s), en die heeft de dealsnelheid nodig. Geef de fase een andere naam in plaats van hem te verwijderen.</translation>
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
</context>
</TS>
