<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>team members</source>
        <translation>team members</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>stages</translation>
    </message>
    <message>
        <source>activity types</source>
        <translation>activity types</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: your data folder)</source>
        <translation>database file or SQLAlchemy URL (default: your data folder)</translation>
    </message>
    <message>
        <source>language (default: the system language)</source>
        <translation>language (default: the system language)</translation>
    </message>
    <message>
        <source>KPIDesk: steer your sales team on a handful of KPIs.</source>
        <translation>KPIDesk: steer your sales team on a handful of KPIs.</translation>
    </message>
    <message>
        <source>open the window on this view</source>
        <translation>open the window on this view</translation>
    </message>
    <message>
        <source>fill an empty database with a demo team</source>
        <translation>fill an empty database with a demo team</translation>
    </message>
    <message>
        <source>small: 6 reps, 2 years; large: 10 reps, 4 years, 1M activities</source>
        <translation>small: 6 reps, 2 years; large: 10 reps, 4 years, 1M activities</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>random seed (same seed, same data)</translation>
    </message>
    <message>
        <source>import leads, deals, activities, customers or targets from an Excel or CSV file</source>
        <translation>import leads, deals, activities, customers or targets from an Excel or CSV file</translation>
    </message>
    <message>
        <source>the sheet to read (default: the first)</source>
        <translation>the sheet to read (default: the first)</translation>
    </message>
    <message>
        <source>read FIELD from COLUMN (a header or a letter); repeat as needed</source>
        <translation>read FIELD from COLUMN (a header or a letter); repeat as needed</translation>
    </message>
    <message>
        <source>how to read dates such as 03/04/2025 (default: auto, Dutch day-month when a column does not tell)</source>
        <translation>how to read dates such as 03/04/2025 (default: auto, Dutch day-month when a column does not tell)</translation>
    </message>
    <message>
        <source>create unknown owners, stages, activity types and organisations</source>
        <translation>create unknown owners, stages, activity types and organisations</translation>
    </message>
    <message>
        <source>what to do with rows that already exist (default: update)</source>
        <translation>what to do with rows that already exist (default: update)</translation>
    </message>
    <message>
        <source>check the file and report, without writing anything</source>
        <translation>check the file and report, without writing anything</translation>
    </message>
    <message>
        <source>--map needs FIELD=COLUMN, for example --map company=Klant.</source>
        <translation>--map needs FIELD=COLUMN, for example --map company=Klant.</translation>
    </message>
    <message>
        <source>Demo team loaded into {db} in {seconds:.1f} s:</source>
        <translation>Demo team loaded into {db} in {seconds:.1f} s:</translation>
    </message>
    <message>
        <source>  {reps} team members, {leads} leads, {deals} deals ({open} open), {activities} activities, {customers} customers, {targets} targets</source>
        <translation>  {reps} team members, {leads} leads, {deals} deals ({open} open), {activities} activities, {customers} customers, {targets} targets</translation>
    </message>
    <message>
        <source>kpidesk: stopped; nothing was changed by the unfinished step.</source>
        <translation>kpidesk: stopped; nothing was changed by the unfinished step.</translation>
    </message>
    <message>
        <source>Dry run of {file}: nothing was written. The import would give: {result}.</source>
        <translation>Dry run of {file}: nothing was written. The import would give: {result}.</translation>
    </message>
    <message>
        <source>Imported {file} ({rows} rows) in {seconds:.1f} s: {result}.</source>
        <translation>Imported {file} ({rows} rows) in {seconds:.1f} s: {result}.</translation>
    </message>
    <message>
        <source>  also created: {count} {what}</source>
        <translation>  also created: {count} {what}</translation>
    </message>
    <message>
        <source>kpidesk: {message}</source>
        <translation>kpidesk: {message}</translation>
    </message>
    <message>
        <source>kpidesk: something went wrong that KPIDesk did not expect. Nothing was changed by the failed step. Details are in {log}.</source>
        <translation>kpidesk: something went wrong that KPIDesk did not expect. Nothing was changed by the failed step. Details are in {log}.</translation>
    </message>
</context>
</TS>
