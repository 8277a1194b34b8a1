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
        <source>kpidesk: {message}</source>
        <translation>kpidesk: {message}</translation>
    </message>
    <message>
        <source>kpidesk: something went wrong that KPIDesk did not expect. Nothing was changed by the failed step. Details are in {log}.</source>
        <translation>kpidesk: er ging iets mis wat KPIDesk niet verwachtte. De mislukte stap heeft niets veranderd. De details staan in {log}.</translation>
    </message>
</context>
</TS>
