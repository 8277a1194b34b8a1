<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>This activity type no longer exists.</source>
        <translation>This activity type no longer exists.</translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation>This deal no longer exists.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>This stage no longer exists.</translation>
    </message>
    <message>
        <source>The deal is already in {stage}.</source>
        <translation>The deal is already in {stage}.</translation>
    </message>
    <message>
        <source>A deal value cannot be negative.</source>
        <translation>A deal value cannot be negative.</translation>
    </message>
    <message>
        <source>The close date cannot be before the first contact ({day}).</source>
        <translation>The close date cannot be before the first contact ({day}).</translation>
    </message>
    <message>
        <source>This database already holds data. Demo data can only go into an empty database: start a new database file for the demo.</source>
        <translation>This database already holds data. Demo data can only go into an empty database: start a new database file for the demo.</translation>
    </message>
    <message>
        <source>Making the demo data was cancelled; nothing was changed.</source>
        <translation>Making the demo data was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>Demo data needs at least two open stages, a won and a lost stage and one activity type. Check the pipeline settings.</source>
        <translation>Demo data needs at least two open stages, a won and a lost stage and one activity type. Check the pipeline settings.</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>A team member needs a name.</translation>
    </message>
    <message>
        <source>A team member is a rep or a manager.</source>
        <translation>A team member is a rep or a manager.</translation>
    </message>
    <message>
        <source>This team member no longer exists.</source>
        <translation>This team member no longer exists.</translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation>There is already a team member called {name}.</translation>
    </message>
</context>
</TS>
