<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Gediskwalificeerd</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet importeren)</translation>
    </message>
    <message>
        <source>deleted: skipped</source>
        <translation>verwijderd: overgeslagen</translation>
    </message>
    <message>
        <source>KPIDesk field</source>
        <translation>Veld in KPIDesk</translation>
    </message>
    <message>
        <source>Column in your file</source>
        <translation>Kolom in je bestand</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Voorbeeldwaarden</translation>
    </message>
    <message>
        <source>Canonical name: {name}</source>
        <translation>Vaste veldnaam: {name}</translation>
    </message>
    <message>
        <source>Column not imported</source>
        <translation>Niet-geïmporteerde kolom</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importeren als</translation>
    </message>
    <message>
        <source>New stage (open)</source>
        <translation>Nieuwe fase (open)</translation>
    </message>
    <message>
        <source>New stage (won)</source>
        <translation>Nieuwe fase (gewonnen)</translation>
    </message>
    <message>
        <source>New stage (lost)</source>
        <translation>Nieuwe fase (verloren)</translation>
    </message>
    <message>
        <source>Value in your file</source>
        <translation>Waarde in je bestand</translation>
    </message>
    <message>
        <source>In KPIDesk</source>
        <translation>In KPIDesk</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>(not recognised)</source>
        <translation>(niet herkend)</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>kolom {n}</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Controleer voor het importeren</translation>
    </message>
    <message>
        <source>These are the values as KPIDesk reads them. Nothing has been written yet.</source>
        <translation>Zo leest KPIDesk de waarden. Er is nog niets opgeslagen.</translation>
    </message>
    <message>
        <source>Save the full list…</source>
        <translation>Volledige lijst opslaan…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Bestand lezen…</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Problemen opslaan</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deze import ongedaan maken</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Bestand controleren…</translation>
    </message>
    <message>
        <source>Create what is missing:</source>
        <translation>Aanmaken wat ontbreekt:</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} importeren</translation>
    </message>
    <message>
        <source>Other changes were made after this import. Undo those first with Edit → Undo; the import is the next step after them.</source>
        <translation>Na deze import is er nog meer gewijzigd. Maak dat eerst ongedaan met Bewerken → Ongedaan maken; daarna is de import de volgende stap.</translation>
    </message>
    <message>
        <source>Everything it added is removed and what it changed is back.</source>
        <translation>Alles wat hij toevoegde is weg en wat hij wijzigde is terug zoals het was.</translation>
    </message>
    <message>
        <source>Also created: {items}.</source>
        <translation>Ook aangemaakt: {items}.</translation>
    </message>
    <message>
        <source>Fix them in the file and press Back and Next to check again, or let KPIDesk create what is missing.</source>
        <translation>Los ze op in het bestand en klik op Terug en Volgende om opnieuw te controleren, of laat KPIDesk aanmaken wat ontbreekt.</translation>
    </message>
    <message>
        <source>Saved {count} problems in {file}.</source>
        <translation>{count} problemen opgeslagen in {file}.</translation>
    </message>
    <message>
        <source>You can undo this import here or later with Edit → Undo.</source>
        <translation>Je kunt deze import hier ongedaan maken, of later via Bewerken → Ongedaan maken.</translation>
    </message>
    <message>
        <source>The first {shown} of {count} problems; save the full list to work through it.</source>
        <translation>De eerste {shown} van {count} problemen; sla de volledige lijst op om ze af te werken.</translation>
    </message>
    <message>
        <source>{file} - problems</source>
        <translation>{file} - problemen</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} importeren…</translation>
    </message>
    <message>
        <source>The import has been undone.</source>
        <translation>De import is ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>1 problem, with its row and column.</source>
        <translation>1 probleem, met rij en kolom.</translation>
    </message>
    <message>
        <source>{count} problems, each with its row and column.</source>
        <translation>{count} problemen, elk met rij en kolom.</translation>
    </message>
    <message>
        <source>{count} team member: {names}</source>
        <translation>{count} teamlid: {names}</translation>
    </message>
    <message>
        <source>{count} team members: {names}</source>
        <translation>{count} teamleden: {names}</translation>
    </message>
    <message>
        <source>{count} organisation: {names}</source>
        <translation>{count} organisatie: {names}</translation>
    </message>
    <message>
        <source>{count} organisations: {names}</source>
        <translation>{count} organisaties: {names}</translation>
    </message>
    <message>
        <source>{count} stage: {names}</source>
        <translation>{count} fase: {names}</translation>
    </message>
    <message>
        <source>{count} stages: {names}</source>
        <translation>{count} fases: {names}</translation>
    </message>
    <message>
        <source>{count} activity type: {names}</source>
        <translation>{count} activiteitsoort: {names}</translation>
    </message>
    <message>
        <source>{count} activity types: {names}</source>
        <translation>{count} activiteitsoorten: {names}</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Klaar om te importeren.</translation>
    </message>
    <message>
        <source>{rows} row: {result}.</source>
        <translation>{rows} rij: {result}.</translation>
    </message>
    <message>
        <source>{rows} rows: {result}.</source>
        <translation>{rows} rijen: {result}.</translation>
    </message>
    <message>
        <source>1 problem: nothing will be imported until it is fixed.</source>
        <translation>1 probleem: er wordt niets geïmporteerd tot het is opgelost.</translation>
    </message>
    <message>
        <source>{count} problems: nothing will be imported until they are fixed.</source>
        <translation>{count} problemen: er wordt niets geïmporteerd tot ze zijn opgelost.</translation>
    </message>
    <message>
        <source>Imported {file}</source>
        <translation>{file} geïmporteerd</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Companies and contacts you may sell to.</source>
        <translation>Bedrijven en contactpersonen aan wie je misschien gaat verkopen.</translation>
    </message>
    <message>
        <source>Opportunities with their stage, value and dates.</source>
        <translation>Verkoopkansen met hun fase, waarde en datums.</translation>
    </message>
    <message>
        <source>Contact moments: calls, meetings, e-mails.</source>
        <translation>Contactmomenten: telefoontjes, afspraken, e-mails.</translation>
    </message>
    <message>
        <source>Who buys from you, since when, and churn.</source>
        <translation>Wie bij je koopt, sinds wanneer, en wie opzegde.</translation>
    </message>
    <message>
        <source>Monthly targets per rep or for the team.</source>
        <translation>Maanddoelen per verkoper of voor het team.</translation>
    </message>
    <message>
        <source>Automatic (day-month when a column does not tell)</source>
        <translation>Automatisch (dag-maand als een kolom het niet verraadt)</translation>
    </message>
    <message>
        <source>Day-month-year (31-12-2025)</source>
        <translation>Dag-maand-jaar (31-12-2025)</translation>
    </message>
    <message>
        <source>Month-day-year (12/31/2025)</source>
        <translation>Maand-dag-jaar (12/31/2025)</translation>
    </message>
    <message>
        <source>Year-month-day (2025-12-31)</source>
        <translation>Jaar-maand-dag (2025-12-31)</translation>
    </message>
    <message>
        <source>What do you want to import?</source>
        <translation>Wat wil je importeren?</translation>
    </message>
    <message>
        <source>Choose the file and what is in it. Nothing is written until the last step.</source>
        <translation>Kies het bestand en wat erin staat. Er wordt pas in de laatste stap iets opgeslagen.</translation>
    </message>
    <message>
        <source>An Excel or CSV file</source>
        <translation>Een Excel- of CSV-bestand</translation>
    </message>
    <message>
        <source>Exports of Pipedrive, HubSpot and Salesforce, Dutch Excel files and KPIDesk's own exports are recognised.</source>
        <translation>Exports uit Pipedrive, HubSpot en Salesforce, Nederlandse Excel-bestanden en de eigen exports van KPIDesk worden herkend.</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Kies een bestand om te importeren</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Koppel de kolommen</translation>
    </message>
    <message>
        <source>Update what is already there</source>
        <translation>Bijwerken wat er al is</translation>
    </message>
    <message>
        <source>Skip rows that are already there</source>
        <translation>Rijen overslaan die er al zijn</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datums:</translation>
    </message>
    <message>
        <source>Existing items:</source>
        <translation>Wat er al is:</translation>
    </message>
    <message>
        <source>Match the values</source>
        <translation>Waarden koppelen</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Spreadsheet importeren</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Volgende &gt;</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Terug</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Every column of the file is imported.</source>
        <translation>Elke kolom van het bestand wordt geïmporteerd.</translation>
    </message>
    <message>
        <source>* = required.</source>
        <translation>* = verplicht.</translation>
    </message>
    <message>
        <source>Stages of HubSpot, Pipedrive, Salesforce and Odoo are matched to your own where they mean the same. A stage you do not have becomes a new stage: say whether its deals are open, won or lost. Columns such as 'Is Closed Won' or 'Status' (won/lost) still decide a deal's outcome.</source>
        <translation>Fases van HubSpot, Pipedrive, Salesforce en Odoo worden gekoppeld aan je eigen fases waar ze hetzelfde betekenen. Een fase die je niet hebt wordt een nieuwe fase: geef aan of de deals erin open, gewonnen of verloren zijn. Kolommen zoals 'Is Closed Won' of 'Status' (won/lost) bepalen nog steeds de uitkomst van een deal.</translation>
    </message>
    <message>
        <source>Lead statuses of HubSpot, Pipedrive, Salesforce and Odoo are read as new, qualified or disqualified. Change any that mean something else to you.</source>
        <translation>Leadstatussen van HubSpot, Pipedrive, Salesforce en Odoo worden gelezen als nieuw, gekwalificeerd of gediskwalificeerd. Pas aan wat voor jou iets anders betekent.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Dit bestand kan niet geïmporteerd worden</translation>
    </message>
    <message>
        <source>{file}: the header is row {row}. KPIDesk filled in the columns it recognised; change any that are wrong.</source>
        <translation>{file}: de kopregel is rij {row}. KPIDesk heeft de kolommen ingevuld die het herkende; pas aan wat niet klopt.</translation>
    </message>
    <message>
        <source>Still needed: {fields}.</source>
        <translation>Nog nodig: {fields}.</translation>
    </message>
    <message>
        <source>The stages in column '{column}' and the KPIDesk stage each becomes.</source>
        <translation>De fases in kolom '{column}' en de KPIDesk-fase die elk wordt.</translation>
    </message>
    <message>
        <source>The statuses in column '{column}' and what each means in KPIDesk.</source>
        <translation>De statussen in kolom '{column}' en wat elk betekent in KPIDesk.</translation>
    </message>
    <message>
        <source>1 column of the file is not imported. Choose a field for it to import it:</source>
        <translation>1 kolom van het bestand wordt niet geïmporteerd. Kies er een veld voor om hem te importeren:</translation>
    </message>
    <message>
        <source>{count} columns of the file are not imported. Choose a field for any of them to import it:</source>
        <translation>{count} kolommen van het bestand worden niet geïmporteerd. Kies voor een kolom een veld om hem te importeren:</translation>
    </message>
</context>
</TS>
