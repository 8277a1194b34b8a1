<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Open the folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>About KPIDesk</source>
        <translation>Over KPIDesk</translation>
    </message>
    <message>
        <source>Steer your sales team on a handful of KPIs: action, result and insight.</source>
        <translation>Stuur je salesteam op een handvol KPI's: actie, resultaat en inzicht.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Logbestand:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licentie:</translation>
    </message>
    <message>
        <source>Copy version info</source>
        <translation>Versiegegevens kopiëren</translation>
    </message>
    <message>
        <source>For a question to whoever supports KPIDesk</source>
        <translation>Handig bij een vraag aan degene die KPIDesk ondersteunt</translation>
    </message>
    <message>
        <source>MIT licence: free to use, change and share.</source>
        <translation>MIT-licentie: vrij te gebruiken, aan te passen en te delen.</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>Verbinden met de database…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>KPIDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>KPIDesk-databases (*.db *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>Teamdatabase niet bereikbaar</translation>
    </message>
    <message>
        <source>Try again when the server is back, or work in a local file for now.</source>
        <translation>Probeer het opnieuw als de server terug is, of werk voorlopig in een lokaal bestand.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Open a local file…</source>
        <translation>Lokaal bestand openen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>KPIDesk ran into a problem it did not expect. Your data is safe; the last action may not have been saved. You can keep working.</source>
        <translation>KPIDesk liep tegen een onverwacht probleem aan. Je gegevens zijn veilig, maar je laatste handeling is misschien niet opgeslagen. Je kunt gewoon verder werken.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste into an e-mail to whoever supports KPIDesk</source>
        <translation>Kopieer de technische details, om ze in een mail te plakken aan degene die KPIDesk ondersteunt</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details tonen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details verbergen</translation>
    </message>
    <message>
        <source>The details are also in the log file:&lt;br&gt;&lt;a href="{url}"&gt;{path}&lt;/a&gt;</source>
        <translation>De details staan ook in het logbestand:&lt;br&gt;&lt;a href="{url}"&gt;{path}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{count} errors happened one after the other.</source>
        <translation>Er gingen {count} dingen kort na elkaar mis.</translation>
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
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the KPI sheet…</source>
        <translation>KPI-overzicht maken…</translation>
    </message>
    <message>
        <source>Export KPI sheet</source>
        <translation>KPI-overzicht exporteren</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Month in the period</source>
        <translation>Maand in de periode</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>{what} exporteren</translation>
    </message>
    <message>
        <source>Exporting {what}…</source>
        <translation>{what} exporteren…</translation>
    </message>
    <message>
        <source>kpi-sheet-{period}.xlsx</source>
        <translation>kpi-overzicht-{period}.xlsx</translation>
    </message>
    <message>
        <source>KPI sheet written to {file}.</source>
        <translation>KPI-overzicht opgeslagen in {file}.</translation>
    </message>
    <message>
        <source>{count} rows exported to {file}.</source>
        <translation>{count} rijen geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export KPI sheet…</source>
        <translation>KPI-overzicht &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Database &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;doen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>A new lead, deal or contact moment, in the current view</source>
        <translation>Een nieuwe lead, deal of contactmoment, in het huidige scherm</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About KPIDesk</source>
        <translation>&amp;Over KPIDesk</translation>
    </message>
    <message>
        <source>The demo team is loaded.</source>
        <translation>Het demoteam is geladen.</translation>
    </message>
    <message>
        <source>The team database does not answer; changes by others show when it is back.</source>
        <translation>De teamdatabase reageert niet; wijzigingen van anderen zie je weer zodra hij terug is.</translation>
    </message>
    <message>
        <source>Loading the demo team…</source>
        <translation>Het demoteam wordt geladen…</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation>Demoteam</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Even geduld</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
    <message>
        <source>Something went wrong that KPIDesk did not expect. Nothing was changed. The details are in the log file.</source>
        <translation>Er ging iets mis wat KPIDesk niet verwachtte. Er is niets veranderd. De details staan in het logbestand.</translation>
    </message>
</context>
</TS>
