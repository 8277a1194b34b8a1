<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>This activity type no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is already in {stage}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deal value cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close date cannot be before the first contact ({day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
