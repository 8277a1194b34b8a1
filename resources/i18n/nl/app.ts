<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>opdrachten</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>argumenten</translation>
    </message>
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
        <source>kpidesk: some KPI totals are wrong. Run again with --repair to rebuild them.</source>
        <translation>kpidesk: sommige KPI-totalen kloppen niet. Voer de opdracht opnieuw uit met --repair om ze opnieuw op te bouwen.</translation>
    </message>
    <message>
        <source>Integrity check: ok.</source>
        <translation>Integriteitscontrole: in orde.</translation>
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
        <source>show the KPIs of a period for the team or one rep</source>
        <translation>toon de KPI's van een periode voor het team of één verkoper</translation>
    </message>
    <message>
        <source>2026-10, 2026-Q3 or 2026 (default: the current month)</source>
        <translation>2026-10, 2026-Q3 of 2026 (standaard: de huidige maand)</translation>
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
        <source>only this rep's figures</source>
        <translation>alleen de cijfers van deze verkoper</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>JSON tonen in plaats van een tabel</translation>
    </message>
    <message>
        <source>count as if it were this day: pace and comparison (default: today)</source>
        <translation>reken alsof het deze dag is: schema en vergelijking (standaard: vandaag)</translation>
    </message>
    <message>
        <source>show this help and quit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>copy this database into an empty team database (PostgreSQL)</source>
        <translation>kopieer deze database naar een lege teamdatabase (PostgreSQL)</translation>
    </message>
    <message>
        <source>the team database, e.g. postgresql+psycopg://manager@server/kpidesk</source>
        <translation>de teamdatabase, bijvoorbeeld postgresql+psycopg://manager@server/kpidesk</translation>
    </message>
    <message>
        <source>give a team member a login on the team database</source>
        <translation>geef een teamlid een eigen login op de teamdatabase</translation>
    </message>
    <message>
        <source>the team member's name</source>
        <translation>de naam van het teamlid</translation>
    </message>
    <message>
        <source>the login name, e.g. anna_de_vries</source>
        <translation>de loginnaam, bijvoorbeeld anna_de_vries</translation>
    </message>
    <message>
        <source>a password for the login</source>
        <translation>een wachtwoord voor de login</translation>
    </message>
    <message>
        <source>write the KPI meeting workbook, a one-on-one pack or a table to a file</source>
        <translation>schrijf het KPI-overzicht voor het overleg, een 1-op-1-pakket of een tabel naar een bestand</translation>
    </message>
    <message>
        <source>export kpi-sheet OUT.xlsx [--period P | --from D --to D] [--rep NAME]; export one-on-one OUT.xlsx --rep NAME [--period P | --from D --to D]; export leads|deals|activities|customers|targets|actions OUT.xlsx|OUT.csv</source>
        <translation>export kpi-sheet UIT.xlsx [--period P | --from D --to D] [--rep NAAM]; export one-on-one UIT.xlsx --rep NAAM [--period P | --from D --to D]; export leads|deals|activities|customers|targets|actions UIT.xlsx|UIT.csv</translation>
    </message>
    <message>
        <source>the KPI workbook, a one-on-one pack, or which table</source>
        <translation>het KPI-overzicht, een 1-op-1-pakket, of welke tabel</translation>
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
        <source>only this rep (default: the team); one-on-one: the rep, always</source>
        <translation>alleen deze verkoper (standaard: het team); one-on-one: altijd de verkoper</translation>
    </message>
    <message>
        <source>A one-on-one pack is for one rep: add --rep NAME, for example --rep "Bram".</source>
        <translation>Een 1-op-1-pakket is voor één verkoper: voeg --rep NAAM toe, bijvoorbeeld --rep "Bram".</translation>
    </message>
    <message>
        <source>the forecast of won value for the coming months, with its range</source>
        <translation>de verwachting van de gewonnen waarde voor de komende maanden, met de bandbreedte</translation>
    </message>
    <message>
        <source>months ahead, this one first (1–12)</source>
        <translation>maanden vooruit, deze maand eerst (1–12)</translation>
    </message>
    <message>
        <source>only this rep's deals</source>
        <translation>alleen de deals van deze verkoper</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>JSON in plaats van tekst</translation>
    </message>
    <message>
        <source>forecast as if it were this day</source>
        <translation>verwachting alsof het deze dag is</translation>
    </message>
    <message>
        <source>work back from a revenue target to leads, intakes, proposals and targets</source>
        <translation>reken terug van een omzettarget naar leads, intakes, offertes en targets</translation>
    </message>
    <message>
        <source>2027-01, 2027-Q1 or 2027</source>
        <translation>2027-01, 2027-Q1 of 2027</translation>
    </message>
    <message>
        <source>the revenue target, e.g. 200.000</source>
        <translation>het omzettarget, bijvoorbeeld 200.000</translation>
    </message>
    <message>
        <source>write the targets</source>
        <translation>schrijf de targets weg</translation>
    </message>
    <message>
        <source>plan as if it were this day</source>
        <translation>plan alsof het deze dag is</translation>
    </message>
    <message>
        <source>import leads, deals, activities, customers, targets or agreed actions from an Excel or CSV file</source>
        <translation>importeer leads, deals, activiteiten, klanten, doelen of afspraken uit een Excel- of CSV-bestand</translation>
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
        <source>read VALUE in FIELD as TARGET, for example status:"In Progress"=new or stage:"Contract Sent"=Proposal; repeat as needed</source>
        <translation>lees WAARDE in VELD als DOEL, bijvoorbeeld status:"In Progress"=new of stage:"Contract Sent"=Proposal; herhaal waar nodig</translation>
    </message>
    <message>
        <source>what a stage means: won, lost or open, for example "Dead Deals=lost"</source>
        <translation>wat een fase betekent: won (gewonnen), lost (verloren) of open, bijvoorbeeld "Dead Deals=lost"</translation>
    </message>
    <message>
        <source>when the file has problems, also save the full list as a spreadsheet</source>
        <translation>sla bij problemen in het bestand ook de volledige lijst op als spreadsheet</translation>
    </message>
    <message>
        <source>check the file and report, without writing anything</source>
        <translation>controleer het bestand en meld wat er zou gebeuren, zonder iets op te slaan</translation>
    </message>
    <message>
        <source>back up the database (to OUT, or the backup folder)</source>
        <translation>maak een back-up van de database (naar OUT, of in de back-upmap)</translation>
    </message>
    <message>
        <source>file or folder for the copy (default: the backup folder)</source>
        <translation>bestand of map voor de kopie (standaard: de back-upmap)</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>toon in plaats daarvan de back-ups</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept as a backup)</source>
        <translation>vervang de database door een back-up (de huidige blijft bewaard als back-up)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>de back-up die je wilt terugzetten</translation>
    </message>
    <message>
        <source>check the KPI totals against their rows (and rebuild them with --repair)</source>
        <translation>de KPI-totalen controleren tegen hun rijen (en met --repair opnieuw opbouwen)</translation>
    </message>
    <message>
        <source>rebuild the totals that are wrong</source>
        <translation>de totalen die niet kloppen opnieuw opbouwen</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>klopt</translation>
    </message>
    <message>
        <source>All KPI totals are exact.</source>
        <translation>Alle KPI-totalen kloppen.</translation>
    </message>
    <message>
        <source>Rebuilt the KPI totals from their rows; they are exact now.</source>
        <translation>De KPI-totalen zijn opnieuw opgebouwd uit hun rijen; ze kloppen nu.</translation>
    </message>
    <message>
        <source>A team database on a server is restored by its administrator.</source>
        <translation>Een teamdatabase op een server zet de beheerder terug.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>show the version and quit</source>
        <translation>toon de versie en stop</translation>
    </message>
    <message>
        <source>Copied {db} into {target}:</source>
        <translation>{db} gekopieerd naar {target}:</translation>
    </message>
    <message>
        <source>{member} now logs in to the team database as {role}.</source>
        <translation>{member} logt nu in op de teamdatabase als {role}.</translation>
    </message>
    <message>
        <source>--period, --from, --to, --rep and --today belong to export kpi-sheet and one-on-one; a table export holds every row.</source>
        <translation>--period, --from, --to, --rep en --today horen bij export kpi-sheet en one-on-one; een tabelexport bevat alle rijen.</translation>
    </message>
    <message>
        <source>KPI sheet for {period} written to {file}.</source>
        <translation>KPI-overzicht voor {period} opgeslagen in {file}.</translation>
    </message>
    <message>
        <source>One-on-one pack of {name} for {period} written to {file} ({pages} pages).</source>
        <translation>1-op-1-pakket van {name} voor {period} opgeslagen in {file} ({pages} pagina's).</translation>
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
        <source>  {reps} team members, {leads} leads, {deals} deals ({open} open), {activities} activities (and {planned} planned), {customers} customers, {targets} targets</source>
        <translation>  {reps} teamleden, {leads} leads, {deals} deals ({open} open), {activities} activiteiten (en {planned} gepland), {customers} klanten, {targets} targets</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Back-up opgeslagen in {file}.</translation>
    </message>
    <message>
        <source>Restored {db} from {file}.</source>
        <translation>{db} teruggezet vanuit {file}.</translation>
    </message>
    <message>
        <source>kpidesk: stopped; nothing was changed by the unfinished step.</source>
        <translation>kpidesk: gestopt; de onafgemaakte stap heeft niets veranderd.</translation>
    </message>
    <message>
        <source>  {table}: {rows} rows, the same on both sides</source>
        <translation>  {table}: {rows} rijen, aan beide kanten gelijk</translation>
    </message>
    <message>
        <source>Export written to {file} ({rows} rows).</source>
        <translation>Export opgeslagen in {file} ({rows} rijen).</translation>
    </message>
    <message>
        <source>the most a target rises a month, in % (default 15)</source>
        <translation>hoeveel een target per maand hoogstens stijgt, in % (standaard 15)</translation>
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
        <source>{n} wrong</source>
        <translation>{n} fout</translation>
    </message>
    <message>
        <source>kpidesk: the database triggers that keep the KPI totals exact are missing or switched off ({names}), so the totals will drift again. Restore a backup, or on a team database ask the administrator to switch them back on.</source>
        <translation>kpidesk: de databasetriggers die de KPI-totalen kloppend houden ontbreken of staan uit ({names}), dus de totalen gaan weer afwijken. Zet een back-up terug, of vraag bij een teamdatabase de beheerder ze weer aan te zetten.</translation>
    </message>
    <message>
        <source>kpidesk: the integrity check found damage in this copy: {problem}. Restore an older backup.</source>
        <translation>kpidesk: de integriteitscontrole vond schade in deze kopie: {problem}. Zet een oudere back-up terug.</translation>
    </message>
    <message>
        <source>The database as it was is kept in {file}.</source>
        <translation>De database zoals hij was, staat bewaard in {file}.</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>Nog geen back-ups in {folder}.</translation>
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
        <source>The full list is saved in {file}.</source>
        <translation>De volledige lijst staat in {file}.</translation>
    </message>
    <message>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>Geef --period óf --from en --to, niet allebei.</translation>
    </message>
    <message>
        <source>Give both --from and --to, for example --from 2026-01-01 --to 2026-03-31.</source>
        <translation>Geef zowel --from als --to, bijvoorbeeld --from 2026-01-01 --to 2026-03-31.</translation>
    </message>
    <message>
        <source>There is no team member called {name}.</source>
        <translation>Er is geen teamlid dat {name} heet.</translation>
    </message>
    <message>
        <source>--today takes a day as YYYY-MM-DD, for example 2026-12-05, not '{text}'.</source>
        <translation>--today verwacht een dag als JJJJ-MM-DD, bijvoorbeeld 2026-12-05, niet '{text}'.</translation>
    </message>
    <message>
        <source>{start} to {end} is not a period: use YYYY-MM-DD, the first day first.</source>
        <translation>{start} tot {end} is geen periode: gebruik JJJJ-MM-DD, de eerste dag eerst.</translation>
    </message>
    <message>
        <source>'{text}' is not a period. Use 2026-10, 2026-Q3 or 2026.</source>
        <translation>'{text}' is geen periode. Gebruik 2026-10, 2026-Q3 of 2026.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewogen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>--months takes 1 to 12 months.</source>
        <translation>--months neemt 1 tot 12 maanden.</translation>
    </message>
    <message>
        <source>Forecast against actual</source>
        <translation>Verwachting tegen werkelijkheid</translation>
    </message>
    <message>
        <source>Expected: from the team's own history ({count} closed deals), the chance that a deal at its stage and age is won; the range holds 8 of 10 simulated outcomes.</source>
        <translation>Verwacht: uit de eigen geschiedenis van het team ({count} gesloten deals), de kans dat een deal in zijn fase en met zijn leeftijd gewonnen wordt; de bandbreedte bevat 8 van de 10 gesimuleerde uitkomsten.</translation>
    </message>
    <message>
        <source>{count} deals have too little history: their stage's probability is used.</source>
        <translation>{count} deals hebben te weinig geschiedenis: de kans van hun fase wordt gebruikt.</translation>
    </message>
    <message>
        <source>{count} deals had no expected close date: estimated from history.</source>
        <translation>{count} deals hadden geen verwachte sluitdatum: geschat uit de geschiedenis.</translation>
    </message>
    <message>
        <source>{month}: forecast {expected} on {day} (between {low} and {high}), won {actual}</source>
        <translation>{month}: verwacht {expected} op {day} (tussen {low} en {high}), gewonnen {actual}</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>het team</translation>
    </message>
    <message>
        <source>Action KPIs</source>
        <translation>Actie-KPI's</translation>
    </message>
    <message>
        <source>Result KPIs</source>
        <translation>Resultaat-KPI's</translation>
    </message>
    <message>
        <source>Deal value in the pipeline</source>
        <translation>Dealwaarde in de pipeline</translation>
    </message>
    <message>
        <source>Deal velocity</source>
        <translation>Dealsnelheid</translation>
    </message>
    <message>
        <source>Ongoing customer relationship</source>
        <translation>Doorlopende klantrelatie</translation>
    </message>
    <message>
        <source>Insight KPIs (for finding bottlenecks, not for judging people)</source>
        <translation>Inzicht-KPI's (om knelpunten te vinden, niet om mensen te beoordelen)</translation>
    </message>
    <message>
        <source>{value} (target {target})</source>
        <translation>{value} (target {target})</translation>
    </message>
    <message>
        <source>So far {start} to {end} ({days} working days), compared with {prev_start} to {prev_end}: the same working days</source>
        <translation>Tot nu toe {start} t/m {end} ({days} werkdagen), vergeleken met {prev_start} t/m {prev_end}: dezelfde werkdagen</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Gekwalificeerd</translation>
    </message>
    <message>
        <source>New revenue</source>
        <translation>Nieuwe omzet</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>Per verkoper</translation>
    </message>
    <message>
        <source>{value} (target {target}, {pace} by today)</source>
        <translation>{value} (target {target}, vandaag {pace} volgens schema)</translation>
    </message>
    <message>
        <source>Compared with the previous period, {start} to {end}</source>
        <translation>Vergeleken met de vorige periode, {start} t/m {end}</translation>
    </message>
    <message>
        <source>KPIs for {who}, {start} to {end}</source>
        <translation>KPI's voor {who}, {start} tot en met {end}</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>Gekwalificeerde leads</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Gewonnen deals</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nieuwe klanten</translation>
    </message>
    <message>
        <source>Upsells</source>
        <translation>Upsells</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Open value</source>
        <translation>Open waarde</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Gewogen waarde</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Actieve klanten</translation>
    </message>
    <message>
        <source>Retention (12 months)</source>
        <translation>Klantbehoud (12 maanden)</translation>
    </message>
    <message>
        <source>Average relationship (days)</source>
        <translation>Gemiddelde klantrelatie (dagen)</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Klanten met risico</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Activity points</source>
        <translation>Activiteitspunten</translation>
    </message>
    <message>
        <source>Average days to win</source>
        <translation>Gemiddeld aantal dagen tot gewonnen</translation>
    </message>
    <message>
        <source>Median days to win</source>
        <translation>Mediaan dagen tot gewonnen</translation>
    </message>
    <message>
        <source>Sleeping deals</source>
        <translation>Slapende deals</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Winratio</translation>
    </message>
    <message>
        <source>Growth of new revenue</source>
        <translation>Groei nieuwe omzet</translation>
    </message>
    <message>
        <source>{count}×, {points} points</source>
        <translation>{count}×, {points} punten</translation>
    </message>
    <message>
        <source>Days in {stage}</source>
        <translation>Dagen in {stage}</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Per month last quarter</source>
        <translation>Per maand vorig kwartaal</translation>
    </message>
    <message>
        <source>Targets per rep: from each rep's monthly level of {quarter}, at most +{step} % a month, never below it.</source>
        <translation>Targets per verkoper: vanaf het maandniveau van {quarter}, hoogstens +{step} % per maand, nooit eronder.</translation>
    </message>
    <message>
        <source>Nothing written yet: add --apply to write these targets.</source>
        <translation>Nog niets weggeschreven: voeg --apply toe om deze targets weg te schrijven.</translation>
    </message>
    <message>
        <source>'{text}' is not an amount. Write it as 200.000 or 200,000.</source>
        <translation>'{text}' is geen bedrag. Schrijf het als 200.000 of 200,000.</translation>
    </message>
    <message>
        <source>{count} month targets written.</source>
        <translation>{count} maandtargets weggeschreven.</translation>
    </message>
</context>
</TS>
