<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>team members</source>
        <translation>teamleden</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisaties</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>fases</translation>
    </message>
    <message>
        <source>activity types</source>
        <translation>activiteitsoorten</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: your data folder)</source>
        <translation>databasebestand of SQLAlchemy-URL (standaard: je gegevensmap)</translation>
    </message>
    <message>
        <source>language (default: the system language)</source>
        <translation>taal (standaard: de systeemtaal)</translation>
    </message>
    <message>
        <source>KPIDesk: steer your sales team on a handful of KPIs.</source>
        <translation>KPIDesk: stuur je salesteam op een handvol KPI's.</translation>
    </message>
    <message>
        <source>open the window on this view</source>
        <translation>open het venster op dit overzicht</translation>
    </message>
    <message>
        <source>fill an empty database with a demo team</source>
        <translation>vul een lege database met een demoteam</translation>
    </message>
    <message>
        <source>small: 6 reps, 2 years; large: 10 reps, 4 years, 1M activities</source>
        <translation>small: 6 verkopers, 2 jaar; large: 10 verkopers, 4 jaar, 1 mln. activiteiten</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>startwaarde voor het toeval (zelfde seed, zelfde gegevens)</translation>
    </message>
    <message>
        <source>import leads, deals, activities, customers or targets from an Excel or CSV file</source>
        <translation>importeer leads, deals, activiteiten, klanten of doelen uit een Excel- of CSV-bestand</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>het werkblad dat je wilt lezen (standaard: het eerste)</translation>
    </message>
    <message>
        <source>read FIELD from COLUMN (a header or a letter); repeat as needed</source>
        <translation>lees VELD uit KOLOM (een kolomkop of een letter); herhaal zo vaak als nodig</translation>
    </message>
    <message>
        <source>how to read dates such as 03/04/2025 (default: auto, Dutch day-month when a column does not tell)</source>
        <translation>hoe datums als 03/04/2025 gelezen worden (standaard: auto, Nederlands dag-maand als een kolom het niet verraadt)</translation>
    </message>
    <message>
        <source>create unknown owners, stages, activity types and organisations</source>
        <translation>maak onbekende eigenaren, fases, activiteitsoorten en organisaties aan</translation>
    </message>
    <message>
        <source>what to do with rows that already exist (default: update)</source>
        <translation>wat er gebeurt met rijen die al bestaan (standaard: bijwerken)</translation>
    </message>
    <message>
        <source>check the file and report, without writing anything</source>
        <translation>controleer het bestand en meld wat er zou gebeuren, zonder iets op te slaan</translation>
    </message>
    <message>
        <source>--map needs FIELD=COLUMN, for example --map company=Klant.</source>
        <translation>--map heeft VELD=KOLOM nodig, bijvoorbeeld --map company=Klant.</translation>
    </message>
    <message>
        <source>Demo team loaded into {db} in {seconds:.1f} s:</source>
        <translation>Demoteam geladen in {db} in {seconds:.1f} s:</translation>
    </message>
    <message>
        <source>  {reps} team members, {leads} leads, {deals} deals ({open} open), {activities} activities, {customers} customers, {targets} targets</source>
        <translation>  {reps} teamleden, {leads} leads, {deals} deals ({open} open), {activities} activiteiten, {customers} klanten, {targets} doelen</translation>
    </message>
    <message>
        <source>kpidesk: stopped; nothing was changed by the unfinished step.</source>
        <translation>kpidesk: gestopt; de onafgemaakte stap heeft niets veranderd.</translation>
    </message>
    <message>
        <source>Dry run of {file}: nothing was written. The import would give: {result}.</source>
        <translation>Proefrun van {file}: er is niets opgeslagen. De import zou geven: {result}.</translation>
    </message>
    <message>
        <source>Imported {file} ({rows} rows) in {seconds:.1f} s: {result}.</source>
        <translation>{file} geïmporteerd ({rows} rijen) in {seconds:.1f} s: {result}.</translation>
    </message>
    <message>
        <source>  also created: {count} {what}</source>
        <translation>  ook aangemaakt: {count} {what}</translation>
    </message>
    <message>
        <source>kpidesk: {message}</source>
        <translation>kpidesk: {message}</translation>
    </message>
    <message>
        <source>kpidesk: something went wrong that KPIDesk did not expect. Nothing was changed by the failed step. Details are in {log}.</source>
        <translation>kpidesk: er ging iets mis wat KPIDesk niet verwachtte. De mislukte stap heeft niets veranderd. De details staan in {log}.</translation>
    </message>
</context>
</TS>
