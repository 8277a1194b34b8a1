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
        <source>This database already holds data. Demo data can only go into an empty database: start a new database file for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo data was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data needs at least two open stages, a won and a lost stage and one activity type. Check the pipeline settings.</source>
        <translation type="unfinished"></translation>
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
