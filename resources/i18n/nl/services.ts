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
        <source>This deal no longer exists.</source>
        <translation>Deze deal bestaat niet meer.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Deze klant bestaat niet meer.</translation>
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
        <source>This stage no longer exists.</source>
        <translation>Deze fase bestaat niet meer.</translation>
    </message>
    <message>
        <source>The deal is already in {stage}.</source>
        <translation>De deal staat al in {stage}.</translation>
    </message>
    <message>
        <source>A deal value cannot be negative.</source>
        <translation>Een dealwaarde kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The close date cannot be before the first contact ({day}).</source>
        <translation>De sluitdatum kan niet vóór het eerste contact ({day}) liggen.</translation>
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
        <translation>Deze lead staat al op nieuw.</translation>
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
        <source>This team member no longer exists.</source>
        <translation>Dit teamlid bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation>Er is al een teamlid met de naam {name}.</translation>
    </message>
</context>
</TS>
