<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Activity points: the weight of this kind of contact moment</source>
        <translation>Activiteitspunten: het gewicht van dit soort contactmoment</translation>
    </message>
    <message>
        <source>Contact moments, counted in activity points.</source>
        <translation>Contactmomenten, geteld in activiteitspunten.</translation>
    </message>
    <message>
        <source>Search notes or organisation…</source>
        <translation>Zoek in notities of organisatie…</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activiteiten</translation>
    </message>
</context>
</TS>
