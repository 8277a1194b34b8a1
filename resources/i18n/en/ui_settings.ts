<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Still in the team</source>
        <translation>Still in the team</translation>
    </message>
    <message>
        <source>Inactive members keep their history but no longer appear in pickers and goals.</source>
        <translation>Inactive members keep their history but no longer appear in pickers and goals.</translation>
    </message>
    <message>
        <source>Add team member…</source>
        <translation>Add team member…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Edit team member</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>New team member</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Win probability</translation>
    </message>
    <message>
        <source>Sleeping after (days)</source>
        <translation>Sleeping after (days)</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Name (Dutch)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Must-have</source>
        <translation>Must-have</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>An open deal without activity or stage change for longer than this is a sleeping deal</source>
        <translation>An open deal without activity or stage change for longer than this is a sleeping deal</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Ideal customer profile</source>
        <translation>Ideal customer profile</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your team, the pipeline stages, the activity points and the ideal-customer checklist.</source>
        <translation>Your team, the pipeline stages, the activity points and the ideal-customer checklist.</translation>
    </message>
</context>
</TS>
