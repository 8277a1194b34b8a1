<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Activity points: the weight of this kind of contact moment</source>
        <translation>Activity points: the weight of this kind of contact moment</translation>
    </message>
    <message>
        <source>Contact moments, counted in activity points.</source>
        <translation>Contact moments, counted in activity points.</translation>
    </message>
    <message>
        <source>Search notes or organisation…</source>
        <translation>Search notes or organisation…</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
</context>
</TS>
