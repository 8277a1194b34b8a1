<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Export the rows as filtered to Excel or CSV</source>
        <translation>Export the rows as filtered to Excel or CSV</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Default columns</translation>
    </message>
    <message>
        <source>Welcome to KPIDesk</source>
        <translation>Welcome to KPIDesk</translation>
    </message>
    <message>
        <source>Steer your team on a handful of KPIs: qualified leads, contact moments in points, deal value in the pipeline, deal velocity and the ongoing customer relationship.

Your database is still empty. Load a demo team to look around first, or bring in your own data from Excel or CSV.</source>
        <translation>Steer your team on a handful of KPIs: qualified leads, contact moments in points, deal value in the pipeline, deal velocity and the ongoing customer relationship.

Your database is still empty. Load a demo team to look around first, or bring in your own data from Excel or CSV.</translation>
    </message>
    <message>
        <source>Load the demo team</source>
        <translation>Load the demo team</translation>
    </message>
    <message>
        <source>Six reps with two years of leads, deals, activities and customers. You can start a fresh database later.</source>
        <translation>Six reps with two years of leads, deals, activities and customers. You can start a fresh database later.</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Import a spreadsheet…</translation>
    </message>
</context>
</TS>
