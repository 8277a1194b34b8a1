<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>KPIDesk field</source>
        <translation>KPIDesk field</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Column in your file</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Example values</translation>
    </message>
    <message>
        <source>Canonical name: {name}</source>
        <translation>Canonical name: {name}</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>What to fix</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>column {n}</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <source>These are the values as KPIDesk reads them. Nothing has been written yet.</source>
        <translation>These are the values as KPIDesk reads them. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message>
        <source>Other changes were made after this import. Undo those first with Edit → Undo; the import is the next step after them.</source>
        <translation>Other changes were made after this import. Undo those first with Edit → Undo; the import is the next step after them.</translation>
    </message>
    <message>
        <source>Everything it added is removed and what it changed is back.</source>
        <translation>Everything it added is removed and what it changed is back.</translation>
    </message>
    <message>
        <source>Also created: {items}.</source>
        <translation>Also created: {items}.</translation>
    </message>
    <message>
        <source>Create what is missing: {items}</source>
        <translation>Create what is missing: {items}</translation>
    </message>
    <message>
        <source>Fix them in the file and press Back and Next to check again, or let KPIDesk create what is missing.</source>
        <translation>Fix them in the file and press Back and Next to check again, or let KPIDesk create what is missing.</translation>
    </message>
    <message>
        <source>You can undo this import here or later with Edit → Undo.</source>
        <translation>You can undo this import here or later with Edit → Undo.</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message>
        <source>The import has been undone.</source>
        <translation>The import has been undone.</translation>
    </message>
    <message>
        <source>{count} team member: {names}</source>
        <translation>{count} team member: {names}</translation>
    </message>
    <message>
        <source>{count} team members: {names}</source>
        <translation>{count} team members: {names}</translation>
    </message>
    <message>
        <source>{count} organisation: {names}</source>
        <translation>{count} organisation: {names}</translation>
    </message>
    <message>
        <source>{count} organisations: {names}</source>
        <translation>{count} organisations: {names}</translation>
    </message>
    <message>
        <source>{count} stage: {names}</source>
        <translation>{count} stage: {names}</translation>
    </message>
    <message>
        <source>{count} stages: {names}</source>
        <translation>{count} stages: {names}</translation>
    </message>
    <message>
        <source>{count} activity type: {names}</source>
        <translation>{count} activity type: {names}</translation>
    </message>
    <message>
        <source>{count} activity types: {names}</source>
        <translation>{count} activity types: {names}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Ready to import.</translation>
    </message>
    <message>
        <source>{rows} row: {result}.</source>
        <translation>{rows} row: {result}.</translation>
    </message>
    <message>
        <source>{rows} rows: {result}.</source>
        <translation>{rows} rows: {result}.</translation>
    </message>
    <message>
        <source>1 problem: nothing will be imported until it is fixed.</source>
        <translation>1 problem: nothing will be imported until it is fixed.</translation>
    </message>
    <message>
        <source>{count} problems: nothing will be imported until they are fixed.</source>
        <translation>{count} problems: nothing will be imported until they are fixed.</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>Imported {file}</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Companies and contacts you may sell to.</source>
        <translation>Companies and contacts you may sell to.</translation>
    </message>
    <message>
        <source>Opportunities with their stage, value and dates.</source>
        <translation>Opportunities with their stage, value and dates.</translation>
    </message>
    <message>
        <source>Contact moments: calls, meetings, e-mails.</source>
        <translation>Contact moments: calls, meetings, e-mails.</translation>
    </message>
    <message>
        <source>Who buys from you, since when, and churn.</source>
        <translation>Who buys from you, since when, and churn.</translation>
    </message>
    <message>
        <source>Monthly targets per rep or for the team.</source>
        <translation>Monthly targets per rep or for the team.</translation>
    </message>
    <message>
        <source>Automatic (day-month when a column does not tell)</source>
        <translation>Automatic (day-month when a column does not tell)</translation>
    </message>
    <message>
        <source>Day-month-year (31-12-2025)</source>
        <translation>Day-month-year (31-12-2025)</translation>
    </message>
    <message>
        <source>Month-day-year (12/31/2025)</source>
        <translation>Month-day-year (12/31/2025)</translation>
    </message>
    <message>
        <source>Year-month-day (2025-12-31)</source>
        <translation>Year-month-day (2025-12-31)</translation>
    </message>
    <message>
        <source>What do you want to import?</source>
        <translation>What do you want to import?</translation>
    </message>
    <message>
        <source>Choose the file and what is in it. Nothing is written until the last step.</source>
        <translation>Choose the file and what is in it. Nothing is written until the last step.</translation>
    </message>
    <message>
        <source>An Excel or CSV file</source>
        <translation>An Excel or CSV file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Exports of Pipedrive, HubSpot and Salesforce, Dutch Excel files and KPIDesk's own exports are recognised.</source>
        <translation>Exports of Pipedrive, HubSpot and Salesforce, Dutch Excel files and KPIDesk's own exports are recognised.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Update what is already there</source>
        <translation>Update what is already there</translation>
    </message>
    <message>
        <source>Skip rows that are already there</source>
        <translation>Skip rows that are already there</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Existing items:</source>
        <translation>Existing items:</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>* = required.</source>
        <translation>* = required.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>This file cannot be imported</translation>
    </message>
    <message>
        <source>{file}: the header is row {row}. KPIDesk filled in the columns it recognised; change any that are wrong.</source>
        <translation>{file}: the header is row {row}. KPIDesk filled in the columns it recognised; change any that are wrong.</translation>
    </message>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>Still needed: {fields}.</translation>
    </message>
</context>
</TS>
