<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>KPIDesk ran into a problem it did not expect. Your data is safe; the last action may not have been saved.

The details are in {log}.</source>
        <translation>KPIDesk ran into a problem it did not expect. Your data is safe; the last action may not have been saved.

The details are in {log}.</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>Connecting to the database…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>KPIDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>KPIDesk databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>Team database not reachable</translation>
    </message>
    <message>
        <source>Try again when the server is back, or work in a local file for now.</source>
        <translation>Try again when the server is back, or work in a local file for now.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Open a local file…</source>
        <translation>Open a local file…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>targets</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the KPI sheet…</source>
        <translation>Writing the KPI sheet…</translation>
    </message>
    <message>
        <source>Export KPI sheet</source>
        <translation>Export KPI sheet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Month in the period</source>
        <translation>Month in the period</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>Export {what}</translation>
    </message>
    <message>
        <source>Exporting {what}…</source>
        <translation>Exporting {what}…</translation>
    </message>
    <message>
        <source>kpi-sheet-{period}.xlsx</source>
        <translation>kpi-sheet-{period}.xlsx</translation>
    </message>
    <message>
        <source>KPI sheet written to {file}.</source>
        <translation>KPI sheet written to {file}.</translation>
    </message>
    <message>
        <source>{count} rows exported to {file}.</source>
        <translation>{count} rows exported to {file}.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export KPI sheet…</source>
        <translation>&amp;Export KPI sheet…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About KPIDesk</source>
        <translation>&amp;About KPIDesk</translation>
    </message>
    <message>
        <source>The demo team is loaded.</source>
        <translation>The demo team is loaded.</translation>
    </message>
    <message>
        <source>About KPIDesk</source>
        <translation>About KPIDesk</translation>
    </message>
    <message>
        <source>The team database does not answer; changes by others show when it is back.</source>
        <translation>The team database does not answer; changes by others show when it is back.</translation>
    </message>
    <message>
        <source>Loading the demo team…</source>
        <translation>Loading the demo team…</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation>Demo team</translation>
    </message>
    <message>
        <source>&lt;h3&gt;KPIDesk {version}&lt;/h3&gt;&lt;p&gt;The KPI desk for the sales manager of a small B2B team.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log file: {log}&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KPIDesk {version}&lt;/h3&gt;&lt;p&gt;The KPI desk for the sales manager of a small B2B team.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log file: {log}&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Something went wrong that KPIDesk did not expect. Nothing was changed. The details are in the log file.</source>
        <translation>Something went wrong that KPIDesk did not expect. Nothing was changed. The details are in the log file.</translation>
    </message>
</context>
</TS>
