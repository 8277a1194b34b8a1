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
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The backup is restored. The data as it was before is kept as a backup.</source>
        <translation>De back-up is teruggezet. De gegevens zoals ze waren, zijn bewaard als back-up.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>No backups yet. The first one is made at the next start, or now with Back up now.</source>
        <translation>Nog geen back-ups. De eerste komt bij de volgende start, of nu met Nu back-up maken.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Nu back-up maken</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Terugzetten uit een bestand…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Terugzetten uit een bestand</translation>
    </message>
    <message>
        <source>KPIDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>KPIDesk-databases (*.db *.sqlite);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>KPIDesk backs up {name} once a day when it starts, before each upgrade and before large imports. Restoring a backup keeps a copy of the database as it is now, so a restore can be undone by restoring that copy.</source>
        <translation>KPIDesk maakt een back-up van {name} als het start (één keer per dag), voor elke upgrade en voor grote imports. Zet je een back-up terug, dan bewaart KPIDesk eerst een kopie van de database zoals hij nu is. Zo kun je het terugzetten altijd weer ongedaan maken.</translation>
    </message>
    <message>
        <source>Replace the data in {name} by the backup of {label}?

Everything entered after that backup is replaced. The current data is kept as a backup first, so you can go back to it.</source>
        <translation>De gegevens in {name} vervangen door de back-up van {label}?

Alles wat je na die back-up hebt ingevoerd, wordt vervangen. De huidige gegevens worden eerst als back-up bewaard, dus je kunt altijd terug.</translation>
    </message>
    <message>
        <source>The backup was made, but the integrity check found damage in the database: {problem}. Restore an older backup.</source>
        <translation>De back-up is gemaakt, maar de integriteitscontrole vond schade in de database: {problem}. Zet een oudere back-up terug.</translation>
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
        <source>Restore a backup…</source>
        <translation>Back-up terugzetten…</translation>
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
        <source>agreed actions</source>
        <translation>afspraken</translation>
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
        <source>Show in folder</source>
        <translation>Tonen in map</translation>
    </message>
    <message>
        <source>Writing the KPI sheet…</source>
        <translation>KPI-overzicht maken…</translation>
    </message>
    <message>
        <source>Writing the one-on-one pack…</source>
        <translation>Het 1-op-1-pakket wordt geschreven…</translation>
    </message>
    <message>
        <source>KPI overview {period}.xlsx</source>
        <translation>KPI-overzicht {period}.xlsx</translation>
    </message>
    <message>
        <source>Export KPI sheet</source>
        <translation>KPI-overzicht exporteren</translation>
    </message>
    <message>
        <source>The workbook is written here; Browse… to choose another place.</source>
        <translation>Hier komt het werkboek; kies met Bladeren… een andere plek.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
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
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>The KPI sheet is saved.</source>
        <translation>Het KPI-overzicht is opgeslagen.</translation>
    </message>
    <message>
        <source>The one-on-one pack is saved.</source>
        <translation>Het 1-op-1-pakket is opgeslagen.</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>{what} exporteren</translation>
    </message>
    <message>
        <source>{count} row exported.</source>
        <translation>{count} rij geëxporteerd.</translation>
    </message>
    <message>
        <source>{count} rows exported.</source>
        <translation>{count} rijen geëxporteerd.</translation>
    </message>
    <message>
        <source>Exporting {what}…</source>
        <translation>{what} exporteren…</translation>
    </message>
    <message>
        <source>Choose where to save it.</source>
        <translation>Kies waar het moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>KPI sheet written to {file}.</source>
        <translation>KPI-overzicht opgeslagen in {file}.</translation>
    </message>
    <message>
        <source>Prepare 1:1 with {name}</source>
        <translation>1-op-1 met {name} voorbereiden</translation>
    </message>
    <message>
        <source>{count} row exported to {file}.</source>
        <translation>{count} rij geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>{count} rows exported to {file}.</source>
        <translation>{count} rijen geëxporteerd naar {file}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another with Browse….</source>
        <translation>De map {folder} bestaat niet. Kies een andere met Bladeren….</translation>
    </message>
    <message>
        <source>One-on-one pack written to {file} ({count} page).</source>
        <translation>1-op-1-pakket opgeslagen in {file} ({count} pagina).</translation>
    </message>
    <message>
        <source>One-on-one pack written to {file} ({count} pages).</source>
        <translation>1-op-1-pakket opgeslagen in {file} ({count} pagina's).</translation>
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
        <source>Opening the database…</source>
        <translation>Database openen…</translation>
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
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Prullenbak…</translation>
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
        <source>&amp;Undo {action}</source>
        <translation>{action} &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>{action} &amp;opnieuw doen</translation>
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
        <source>Updated with changes saved elsewhere.</source>
        <translation>Bijgewerkt met wijzigingen van elders.</translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation>Demoteam</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Verwijderd op</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Nog dagen</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} dagen</translation>
    </message>
    <message>
        <source>After 30 days in the trash an item is removed for good.</source>
        <translation>Na 30 dagen in de prullenbak wordt een item definitief verwijderd.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Prullenbak legen…</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Definitief verwijderen…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>{name} terugzetten</translation>
    </message>
    <message>
        <source>Restore {count} items</source>
        <translation>{count} items terugzetten</translation>
    </message>
    <message>
        <source>Remove everything in the trash for good? This cannot be undone.</source>
        <translation>Alles in de prullenbak definitief verwijderen? Dit kun je niet ongedaan maken.</translation>
    </message>
    <message>
        <source>Deleted leads, deals, customers and activities stay here for {days} days. Restore them, or they are removed for good.</source>
        <translation>Verwijderde leads, deals, klanten en activiteiten blijven hier {days} dagen staan. Zet ze terug, anders worden ze daarna definitief verwijderd.</translation>
    </message>
    <message>
        <source>Remove {count} items for good? This cannot be undone.</source>
        <translation>{count} items definitief verwijderen? Dit kun je niet ongedaan maken.</translation>
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
