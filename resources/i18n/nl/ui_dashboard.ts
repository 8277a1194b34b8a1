<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Activity points</source>
        <translation>Activiteitspunten</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>Gekwalificeerde leads</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Deal value in the pipeline</source>
        <translation>Dealwaarde in de pipeline</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The team in {month}</source>
        <translation>Het team in {month}</translation>
    </message>
</context>
</TS>
