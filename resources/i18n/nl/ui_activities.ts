<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity points: the weight of this kind of contact moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact moments, counted in activity points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes or organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
