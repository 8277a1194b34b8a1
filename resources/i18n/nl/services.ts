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
</context>
</TS>
