<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Yearly value</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>{months} m</source>
        <translation>{months} m</translation>
    </message>
    <message>
        <source>How long the relationship has lasted (years and months)</source>
        <translation>How long the relationship has lasted (years and months)</translation>
    </message>
    <message>
        <source>Recurring yearly value</source>
        <translation>Recurring yearly value</translation>
    </message>
    <message>
        <source>The ongoing customer relationships: keep them long and healthy.</source>
        <translation>The ongoing customer relationships: keep them long and healthy.</translation>
    </message>
    <message>
        <source>Search organisation…</source>
        <translation>Search organisation…</translation>
    </message>
    <message>
        <source>Show churned customers</source>
        <translation>Show churned customers</translation>
    </message>
    <message>
        <source>{years} y {months} m</source>
        <translation>{years} y {months} m</translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation>{years} y</translation>
    </message>
</context>
</TS>
