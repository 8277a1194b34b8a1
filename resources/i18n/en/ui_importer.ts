<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>deleted: skipped</source>
        <translation>deleted: skipped</translation>
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
        <source>Column not imported</source>
        <translation>Column not imported</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>New stage (open)</source>
        <translation>New stage (open)</translation>
    </message>
    <message>
        <source>New stage (won)</source>
        <translation>New stage (won)</translation>
    </message>
    <message>
        <source>New stage (lost)</source>
        <translation>New stage (lost)</translation>
    </message>
    <message>
        <source>Value in your file</source>
        <translation>Value in your file</translation>
    </message>
    <message>
        <source>In KPIDesk</source>
        <translation>In KPIDesk</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>(not recognised)</source>
        <translation>(not recognised)</translation>
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
        <source>Save the full list…</source>
        <translation>Save the full list…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Save the problems</translation>
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
        <source>Create what is missing:</source>
        <translation>Create what is missing:</translation>
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
        <source>Fix them in the file and press Back and Next to check again, or let KPIDesk create what is missing.</source>
        <translation>Fix them in the file and press Back and Next to check again, or let KPIDesk create what is missing.</translation>
    </message>
    <message>
        <source>Saved {count} problems in {file}.</source>
        <translation>Saved {count} problems in {file}.</translation>
    </message>
    <message>
        <source>You can undo this import here or later with Edit → Undo.</source>
        <translation>You can undo this import here or later with Edit → Undo.</translation>
    </message>
    <message>
        <source>The first {shown} of {count} problems; save the full list to work through it.</source>
        <translation>The first {shown} of {count} problems; save the full list to work through it.</translation>
    </message>
    <message>
        <source>{file} - problems</source>
        <translation>{file} - problems</translation>
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
        <source>1 problem, with its row and column.</source>
        <translation>1 problem, with its row and column.</translation>
    </message>
    <message>
        <source>{count} problems, each with its row and column.</source>
        <translation>{count} problems, each with its row and column.</translation>
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
        <source>Match the values</source>
        <translation>Match the values</translation>
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
        <source>Every column of the file is imported.</source>
        <translation>Every column of the file is imported.</translation>
    </message>
    <message>
        <source>* = required.</source>
        <translation>* = required.</translation>
    </message>
    <message>
        <source>Stages of HubSpot, Pipedrive, Salesforce and Odoo are matched to your own where they mean the same. A stage you do not have becomes a new stage: say whether its deals are open, won or lost. Columns such as 'Is Closed Won' or 'Status' (won/lost) still decide a deal's outcome.</source>
        <translation>Stages of HubSpot, Pipedrive, Salesforce and Odoo are matched to your own where they mean the same. A stage you do not have becomes a new stage: say whether its deals are open, won or lost. Columns such as 'Is Closed Won' or 'Status' (won/lost) still decide a deal's outcome.</translation>
    </message>
    <message>
        <source>Lead statuses of HubSpot, Pipedrive, Salesforce and Odoo are read as new, qualified or disqualified. Change any that mean something else to you.</source>
        <translation>Lead statuses of HubSpot, Pipedrive, Salesforce and Odoo are read as new, qualified or disqualified. Change any that mean something else to you.</translation>
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
    <message>
        <source>The stages in column '{column}' and the KPIDesk stage each becomes.</source>
        <translation>The stages in column '{column}' and the KPIDesk stage each becomes.</translation>
    </message>
    <message>
        <source>The statuses in column '{column}' and what each means in KPIDesk.</source>
        <translation>The statuses in column '{column}' and what each means in KPIDesk.</translation>
    </message>
    <message>
        <source>1 column of the file is not imported. Choose a field for it to import it:</source>
        <translation>1 column of the file is not imported. Choose a field for it to import it:</translation>
    </message>
    <message>
        <source>{count} columns of the file are not imported. Choose a field for any of them to import it:</source>
        <translation>{count} columns of the file are not imported. Choose a field for any of them to import it:</translation>
    </message>
</context>
</TS>
