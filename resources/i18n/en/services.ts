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
        <source>This team member no longer exists.</source>
        <translation>This team member no longer exists.</translation>
    </message>
    <message>
        <source>Select one or more activities first.</source>
        <translation>Select one or more activities first.</translation>
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
        <source>This lead no longer exists.</source>
        <translation>This lead no longer exists.</translation>
    </message>
    <message>
        <source>Deal: {name}</source>
        <translation>Deal: {name}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Customer: {name}</translation>
    </message>
    <message>
        <source>Lead: {name}</source>
        <translation>Lead: {name}</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message>
        <source>Some of these activities no longer exist.</source>
        <translation>Some of these activities no longer exist.</translation>
    </message>
    <message>
        <source>An activity type needs a name in Dutch or English.</source>
        <translation>An activity type needs a name in Dutch or English.</translation>
    </message>
    <message>
        <source>This activity type is already at the edge of the list.</source>
        <translation>This activity type is already at the edge of the list.</translation>
    </message>
    <message>
        <source>The list of activity types changed meanwhile. Try again.</source>
        <translation>The list of activity types changed meanwhile. Try again.</translation>
    </message>
    <message>
        <source>Points must be between 0 and {max}.</source>
        <translation>Points must be between 0 and {max}.</translation>
    </message>
    <message>
        <source>There is already an activity type called {name}.</source>
        <translation>There is already an activity type called {name}.</translation>
    </message>
    <message>
        <source>{name} has {count} logged activities, so it cannot be removed. Switch it off instead: it then disappears from the quick-log bar and keeps its history.</source>
        <translation>{name} has {count} logged activities, so it cannot be removed. Switch it off instead: it then disappears from the quick-log bar and keeps its history.</translation>
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
        <source>A team member needs a name.</source>
        <translation>A team member needs a name.</translation>
    </message>
    <message>
        <source>A team member is a rep or a manager.</source>
        <translation>A team member is a rep or a manager.</translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation>There is already a team member called {name}.</translation>
    </message>
</context>
</TS>
