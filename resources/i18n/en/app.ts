<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
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
        <source>write the KPI meeting workbook or a table to a file</source>
        <translation>write the KPI meeting workbook or a table to a file</translation>
    </message>
    <message>
        <source>export kpi-sheet OUT.xlsx [--period P | --from D --to D] [--rep NAME]; export leads|deals|activities|customers|targets OUT.xlsx|OUT.csv</source>
        <translation>export kpi-sheet OUT.xlsx [--period P | --from D --to D] [--rep NAME]; export leads|deals|activities|customers|targets OUT.xlsx|OUT.csv</translation>
    </message>
    <message>
        <source>the KPI workbook, or which table</source>
        <translation>the KPI workbook, or which table</translation>
    </message>
    <message>
        <source>the file to write (.xlsx, or .csv for tables)</source>
        <translation>the file to write (.xlsx, or .csv for tables)</translation>
    </message>
    <message>
        <source>2026-10, 2026-Q3 or 2026 (default: this month)</source>
        <translation>2026-10, 2026-Q3 or 2026 (default: this month)</translation>
    </message>
    <message>
        <source>first day of a custom period</source>
        <translation>first day of a custom period</translation>
    </message>
    <message>
        <source>last day of a custom period</source>
        <translation>last day of a custom period</translation>
    </message>
    <message>
        <source>only this rep (default: the team)</source>
        <translation>only this rep (default: the team)</translation>
    </message>
    <message>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>Give either --period or --from and --to, not both.</translation>
    </message>
    <message>
        <source>Give both --from and --to, for example --from 2026-01-01 --to 2026-03-31.</source>
        <translation>Give both --from and --to, for example --from 2026-01-01 --to 2026-03-31.</translation>
    </message>
    <message>
        <source>--period, --from, --to and --rep belong to export kpi-sheet; a table export holds every row.</source>
        <translation>--period, --from, --to and --rep belong to export kpi-sheet; a table export holds every row.</translation>
    </message>
    <message>
        <source>KPI sheet for {period} written to {file}.</source>
        <translation>KPI sheet for {period} written to {file}.</translation>
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
        <source>Read dates as YYYY-MM-DD, with --to not before --from.</source>
        <translation>Read dates as YYYY-MM-DD, with --to not before --from.</translation>
    </message>
    <message>
        <source>Export written to {file} ({rows} rows).</source>
        <translation>Export written to {file} ({rows} rows).</translation>
    </message>
    <message>
        <source>There is no team member called {name}.</source>
        <translation>There is no team member called {name}.</translation>
    </message>
    <message>
        <source>kpidesk: {message}</source>
        <translation>kpidesk: {message}</translation>
    </message>
    <message>
        <source>kpidesk: something went wrong that KPIDesk did not expect. Nothing was changed by the failed step. Details are in {log}.</source>
        <translation>kpidesk: something went wrong that KPIDesk did not expect. Nothing was changed by the failed step. Details are in {log}.</translation>
    </message>
    <message>
        <source>'{text}' is not a period. Use 2026-10, 2026-Q3 or 2026.</source>
        <translation>'{text}' is not a period. Use 2026-10, 2026-Q3 or 2026.</translation>
    </message>
</context>
</TS>
