<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Export the rows as filtered to Excel or CSV</source>
        <translation>Exporteer de gefilterde rijen naar Excel of CSV</translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>Standaardkolommen</translation>
    </message>
    <message>
        <source>Welcome to KPIDesk</source>
        <translation>Welkom bij KPIDesk</translation>
    </message>
    <message>
        <source>Steer your team on a handful of KPIs: qualified leads, contact moments in points, deal value in the pipeline, deal velocity and the ongoing customer relationship.

Your database is still empty. Load a demo team to look around first, or bring in your own data from Excel or CSV.</source>
        <translation>Stuur je team op een handvol KPI's: gekwalificeerde leads, contactmomenten in punten, dealwaarde in de pipeline, dealsnelheid en de doorlopende klantrelatie.

Je database is nog leeg. Laad eerst een demoteam om rond te kijken, of haal je eigen gegevens binnen uit Excel of CSV.</translation>
    </message>
    <message>
        <source>Load the demo team</source>
        <translation>Demoteam laden</translation>
    </message>
    <message>
        <source>Six reps with two years of leads, deals, activities and customers. You can start a fresh database later.</source>
        <translation>Zes verkopers met twee jaar aan leads, deals, activiteiten en klanten. Later kun je met een schone database beginnen.</translation>
    </message>
    <message>
        <source>Import a spreadsheet…</source>
        <translation>Spreadsheet importeren…</translation>
    </message>
</context>
</TS>
