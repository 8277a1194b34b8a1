<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Contact moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal value in the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team in {month}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
