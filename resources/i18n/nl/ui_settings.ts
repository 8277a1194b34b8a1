<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Still in the team</source>
        <translation>Nog in het team</translation>
    </message>
    <message>
        <source>Inactive members keep their history but no longer appear in pickers and goals.</source>
        <translation>Inactieve teamleden houden hun historie, maar staan niet meer in keuzelijsten en doelen.</translation>
    </message>
    <message>
        <source>Add team member…</source>
        <translation>Teamlid toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Teamlid bewerken</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Nieuw teamlid</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Winkans</translation>
    </message>
    <message>
        <source>Sleeping after (days)</source>
        <translation>Slapend na (dagen)</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Naam (Engels)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Must-have</source>
        <translation>Must-have</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>An open deal without activity or stage change for longer than this is a sleeping deal</source>
        <translation>Een open deal zonder activiteit of fasewissel die langer dan dit stilligt, is een slapende deal</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Ideal customer profile</source>
        <translation>Ideaal klantprofiel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Your team, the pipeline stages, the activity points and the ideal-customer checklist.</source>
        <translation>Je team, de fases van de pipeline, de activiteitspunten en de checklist voor het ideaal klantprofiel.</translation>
    </message>
</context>
</TS>
