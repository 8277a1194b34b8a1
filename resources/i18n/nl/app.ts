<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
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
        <source>write the KPI meeting workbook or a table to a file</source>
        <translation>schrijf het KPI-overzicht voor het overleg of een tabel naar een bestand</translation>
    </message>
    <message>
        <source>export kpi-sheet OUT.xlsx [--period P | --from D --to D] [--rep NAME]; export leads|deals|activities|customers|targets OUT.xlsx|OUT.csv</source>
        <translation>export kpi-sheet UIT.xlsx [--period P | --from D --to D] [--rep NAAM]; export leads|deals|activities|customers|targets UIT.xlsx|UIT.csv</translation>
    </message>
    <message>
        <source>the KPI workbook, or which table</source>
        <translation>het KPI-overzicht, of welke tabel</translation>
    </message>
    <message>
        <source>the file to write (.xlsx, or .csv for tables)</source>
        <translation>het bestand dat je wilt maken (.xlsx, of .csv voor tabellen)</translation>
    </message>
    <message>
        <source>2026-10, 2026-Q3 or 2026 (default: this month)</source>
        <translation>2026-10, 2026-Q3 of 2026 (standaard: deze maand)</translation>
    </message>
    <message>
        <source>first day of a custom period</source>
        <translation>eerste dag van een eigen periode</translation>
    </message>
    <message>
        <source>last day of a custom period</source>
        <translation>laatste dag van een eigen periode</translation>
    </message>
    <message>
        <source>only this rep (default: the team)</source>
        <translation>alleen deze verkoper (standaard: het team)</translation>
    </message>
    <message>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>Geef --period of --from en --to, niet allebei.</translation>
    </message>
    <message>
        <source>Give both --from and --to, for example --from 2026-01-01 --to 2026-03-31.</source>
        <translation>Geef zowel --from als --to, bijvoorbeeld --from 2026-01-01 --to 2026-03-31.</translation>
    </message>
    <message>
        <source>--period, --from, --to and --rep belong to export kpi-sheet; a table export holds every row.</source>
        <translation>--period, --from, --to en --rep horen bij export kpi-sheet; een tabelexport bevat alle rijen.</translation>
    </message>
    <message>
        <source>KPI sheet for {period} written to {file}.</source>
        <translation>KPI-overzicht voor {period} opgeslagen in {file}.</translation>
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
        <source>Read dates as YYYY-MM-DD, with --to not before --from.</source>
        <translation>Schrijf datums als JJJJ-MM-DD, met --to niet vóór --from.</translation>
    </message>
    <message>
        <source>Export written to {file} ({rows} rows).</source>
        <translation>Export opgeslagen in {file} ({rows} rijen).</translation>
    </message>
    <message>
        <source>There is no team member called {name}.</source>
        <translation>Er is geen teamlid met de naam {name}.</translation>
    </message>
    <message>
        <source>kpidesk: {message}</source>
        <translation>kpidesk: {message}</translation>
    </message>
    <message>
        <source>kpidesk: something went wrong that KPIDesk did not expect. Nothing was changed by the failed step. Details are in {log}.</source>
        <translation>kpidesk: er ging iets mis wat KPIDesk niet verwachtte. De mislukte stap heeft niets veranderd. De details staan in {log}.</translation>
    </message>
    <message>
        <source>'{text}' is not a period. Use 2026-10, 2026-Q3 or 2026.</source>
        <translation>'{text}' is geen periode. Gebruik 2026-10, 2026-Q3 of 2026.</translation>
    </message>
</context>
</TS>
