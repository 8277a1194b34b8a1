<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Relationship</source>
        <translation>Relatieduur</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Jaarwaarde</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>{months} m</source>
        <translation>{months} mnd</translation>
    </message>
    <message>
        <source>How long the relationship has lasted (years and months)</source>
        <translation>Hoe lang de relatie al loopt (jaren en maanden)</translation>
    </message>
    <message>
        <source>Recurring yearly value</source>
        <translation>Terugkerende jaarwaarde</translation>
    </message>
    <message>
        <source>The ongoing customer relationships: keep them long and healthy.</source>
        <translation>De doorlopende klantrelaties: houd ze lang en gezond.</translation>
    </message>
    <message>
        <source>Search organisation…</source>
        <translation>Zoek organisatie…</translation>
    </message>
    <message>
        <source>Show churned customers</source>
        <translation>Toon opgezegde klanten</translation>
    </message>
    <message>
        <source>{years} y {months} m</source>
        <translation>{years} jr {months} mnd</translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation>{years} jr</translation>
    </message>
</context>
</TS>
