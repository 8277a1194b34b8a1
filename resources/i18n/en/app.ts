<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>arguments</translation>
    </message>
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
        <source>kpidesk: some KPI totals are wrong. Run again with --repair to rebuild them.</source>
        <translation>kpidesk: some KPI totals are wrong. Run again with --repair to rebuild them.</translation>
    </message>
    <message>
        <source>Integrity check: ok.</source>
        <translation>Integrity check: ok.</translation>
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
        <source>show the KPIs of a period for the team or one rep</source>
        <translation>show the KPIs of a period for the team or one rep</translation>
    </message>
    <message>
        <source>2026-10, 2026-Q3 or 2026 (default: the current month)</source>
        <translation>2026-10, 2026-Q3 or 2026 (default: the current month)</translation>
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
        <source>only this rep's figures</source>
        <translation>only this rep's figures</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>print JSON instead of a table</translation>
    </message>
    <message>
        <source>count as if it were this day: pace and comparison (default: today)</source>
        <translation>count as if it were this day: pace and comparison (default: today)</translation>
    </message>
    <message>
        <source>show this help and quit</source>
        <translation>show this help and quit</translation>
    </message>
    <message>
        <source>copy this database into an empty team database (PostgreSQL)</source>
        <translation>copy this database into an empty team database (PostgreSQL)</translation>
    </message>
    <message>
        <source>the team database, e.g. postgresql+psycopg://manager@server/kpidesk</source>
        <translation>the team database, e.g. postgresql+psycopg://manager@server/kpidesk</translation>
    </message>
    <message>
        <source>give a team member a login on the team database</source>
        <translation>give a team member a login on the team database</translation>
    </message>
    <message>
        <source>the team member's name</source>
        <translation>the team member's name</translation>
    </message>
    <message>
        <source>the login name, e.g. anna_de_vries</source>
        <translation>the login name, e.g. anna_de_vries</translation>
    </message>
    <message>
        <source>a password for the login</source>
        <translation>a password for the login</translation>
    </message>
    <message>
        <source>write the KPI meeting workbook, a one-on-one pack or a table to a file</source>
        <translation>write the KPI meeting workbook, a one-on-one pack or a table to a file</translation>
    </message>
    <message>
        <source>export kpi-sheet OUT.xlsx [--period P | --from D --to D] [--rep NAME]; export one-on-one OUT.xlsx --rep NAME [--period P | --from D --to D]; export leads|deals|activities|customers|targets|actions OUT.xlsx|OUT.csv</source>
        <translation>export kpi-sheet OUT.xlsx [--period P | --from D --to D] [--rep NAME]; export one-on-one OUT.xlsx --rep NAME [--period P | --from D --to D]; export leads|deals|activities|customers|targets|actions OUT.xlsx|OUT.csv</translation>
    </message>
    <message>
        <source>the KPI workbook, a one-on-one pack, or which table</source>
        <translation>the KPI workbook, a one-on-one pack, or which table</translation>
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
        <source>only this rep (default: the team); one-on-one: the rep, always</source>
        <translation>only this rep (default: the team); one-on-one: the rep, always</translation>
    </message>
    <message>
        <source>A one-on-one pack is for one rep: add --rep NAME, for example --rep "Bram".</source>
        <translation>A one-on-one pack is for one rep: add --rep NAME, for example --rep "Bram".</translation>
    </message>
    <message>
        <source>the forecast of won value for the coming months, with its range</source>
        <translation>the forecast of won value for the coming months, with its range</translation>
    </message>
    <message>
        <source>months ahead, this one first (1–12)</source>
        <translation>months ahead, this one first (1–12)</translation>
    </message>
    <message>
        <source>only this rep's deals</source>
        <translation>only this rep's deals</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>print JSON instead of text</translation>
    </message>
    <message>
        <source>forecast as if it were this day</source>
        <translation>forecast as if it were this day</translation>
    </message>
    <message>
        <source>work back from a revenue target to leads, intakes, proposals and targets</source>
        <translation>work back from a revenue target to leads, intakes, proposals and targets</translation>
    </message>
    <message>
        <source>2027-01, 2027-Q1 or 2027</source>
        <translation>2027-01, 2027-Q1 or 2027</translation>
    </message>
    <message>
        <source>the revenue target, e.g. 200.000</source>
        <translation>the revenue target, e.g. 200.000</translation>
    </message>
    <message>
        <source>write the targets</source>
        <translation>write the targets</translation>
    </message>
    <message>
        <source>plan as if it were this day</source>
        <translation>plan as if it were this day</translation>
    </message>
    <message>
        <source>import leads, deals, activities, customers, targets or agreed actions from an Excel or CSV file</source>
        <translation>import leads, deals, activities, customers, targets or agreed actions from an Excel or CSV file</translation>
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
        <source>read VALUE in FIELD as TARGET, for example status:"In Progress"=new or stage:"Contract Sent"=Proposal; repeat as needed</source>
        <translation>read VALUE in FIELD as TARGET, for example status:"In Progress"=new or stage:"Contract Sent"=Proposal; repeat as needed</translation>
    </message>
    <message>
        <source>what a stage means: won, lost or open, for example "Dead Deals=lost"</source>
        <translation>what a stage means: won, lost or open, for example "Dead Deals=lost"</translation>
    </message>
    <message>
        <source>when the file has problems, also save the full list as a spreadsheet</source>
        <translation>when the file has problems, also save the full list as a spreadsheet</translation>
    </message>
    <message>
        <source>check the file and report, without writing anything</source>
        <translation>check the file and report, without writing anything</translation>
    </message>
    <message>
        <source>back up the database (to OUT, or the backup folder)</source>
        <translation>back up the database (to OUT, or the backup folder)</translation>
    </message>
    <message>
        <source>file or folder for the copy (default: the backup folder)</source>
        <translation>file or folder for the copy (default: the backup folder)</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>list the backups instead</translation>
    </message>
    <message>
        <source>replace the database by a backup (the current one is kept as a backup)</source>
        <translation>replace the database by a backup (the current one is kept as a backup)</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>the backup to restore</translation>
    </message>
    <message>
        <source>check the KPI totals against their rows (and rebuild them with --repair)</source>
        <translation>check the KPI totals against their rows (and rebuild them with --repair)</translation>
    </message>
    <message>
        <source>rebuild the totals that are wrong</source>
        <translation>rebuild the totals that are wrong</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>All KPI totals are exact.</source>
        <translation>All KPI totals are exact.</translation>
    </message>
    <message>
        <source>Rebuilt the KPI totals from their rows; they are exact now.</source>
        <translation>Rebuilt the KPI totals from their rows; they are exact now.</translation>
    </message>
    <message>
        <source>A team database on a server is restored by its administrator.</source>
        <translation>A team database on a server is restored by its administrator.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>show the version and quit</source>
        <translation>show the version and quit</translation>
    </message>
    <message>
        <source>Copied {db} into {target}:</source>
        <translation>Copied {db} into {target}:</translation>
    </message>
    <message>
        <source>{member} now logs in to the team database as {role}.</source>
        <translation>{member} now logs in to the team database as {role}.</translation>
    </message>
    <message>
        <source>--period, --from, --to, --rep and --today belong to export kpi-sheet and one-on-one; a table export holds every row.</source>
        <translation>--period, --from, --to, --rep and --today belong to export kpi-sheet and one-on-one; a table export holds every row.</translation>
    </message>
    <message>
        <source>KPI sheet for {period} written to {file}.</source>
        <translation>KPI sheet for {period} written to {file}.</translation>
    </message>
    <message>
        <source>One-on-one pack of {name} for {period} written to {file} ({pages} pages).</source>
        <translation>One-on-one pack of {name} for {period} written to {file} ({pages} pages).</translation>
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
        <source>  {reps} team members, {leads} leads, {deals} deals ({open} open), {activities} activities (and {planned} planned), {customers} customers, {targets} targets</source>
        <translation>  {reps} team members, {leads} leads, {deals} deals ({open} open), {activities} activities (and {planned} planned), {customers} customers, {targets} targets</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Backup written to {file}.</translation>
    </message>
    <message>
        <source>Restored {db} from {file}.</source>
        <translation>Restored {db} from {file}.</translation>
    </message>
    <message>
        <source>kpidesk: stopped; nothing was changed by the unfinished step.</source>
        <translation>kpidesk: stopped; nothing was changed by the unfinished step.</translation>
    </message>
    <message>
        <source>  {table}: {rows} rows, the same on both sides</source>
        <translation>  {table}: {rows} rows, the same on both sides</translation>
    </message>
    <message>
        <source>Export written to {file} ({rows} rows).</source>
        <translation>Export written to {file} ({rows} rows).</translation>
    </message>
    <message>
        <source>the most a target rises a month, in % (default 15)</source>
        <translation>the most a target rises a month, in % (default 15)</translation>
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
        <source>{n} wrong</source>
        <translation>{n} wrong</translation>
    </message>
    <message>
        <source>kpidesk: the database triggers that keep the KPI totals exact are missing or switched off ({names}), so the totals will drift again. Restore a backup, or on a team database ask the administrator to switch them back on.</source>
        <translation>kpidesk: the database triggers that keep the KPI totals exact are missing or switched off ({names}), so the totals will drift again. Restore a backup, or on a team database ask the administrator to switch them back on.</translation>
    </message>
    <message>
        <source>kpidesk: the integrity check found damage in this copy: {problem}. Restore an older backup.</source>
        <translation>kpidesk: the integrity check found damage in this copy: {problem}. Restore an older backup.</translation>
    </message>
    <message>
        <source>The database as it was is kept in {file}.</source>
        <translation>The database as it was is kept in {file}.</translation>
    </message>
    <message>
        <source>No backups yet in {folder}.</source>
        <translation>No backups yet in {folder}.</translation>
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
        <source>The full list is saved in {file}.</source>
        <translation>The full list is saved in {file}.</translation>
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
        <source>There is no team member called {name}.</source>
        <translation>There is no team member called {name}.</translation>
    </message>
    <message>
        <source>--today takes a day as YYYY-MM-DD, for example 2026-12-05, not '{text}'.</source>
        <translation>--today takes a day as YYYY-MM-DD, for example 2026-12-05, not '{text}'.</translation>
    </message>
    <message>
        <source>{start} to {end} is not a period: use YYYY-MM-DD, the first day first.</source>
        <translation>{start} to {end} is not a period: use YYYY-MM-DD, the first day first.</translation>
    </message>
    <message>
        <source>'{text}' is not a period. Use 2026-10, 2026-Q3 or 2026.</source>
        <translation>'{text}' is not a period. Use 2026-10, 2026-Q3 or 2026.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
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
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>--months takes 1 to 12 months.</source>
        <translation>--months takes 1 to 12 months.</translation>
    </message>
    <message>
        <source>Forecast against actual</source>
        <translation>Forecast against actual</translation>
    </message>
    <message>
        <source>Expected: from the team's own history ({count} closed deals), the chance that a deal at its stage and age is won; the range holds 8 of 10 simulated outcomes.</source>
        <translation>Expected: from the team's own history ({count} closed deals), the chance that a deal at its stage and age is won; the range holds 8 of 10 simulated outcomes.</translation>
    </message>
    <message>
        <source>{count} deals have too little history: their stage's probability is used.</source>
        <translation>{count} deals have too little history: their stage's probability is used.</translation>
    </message>
    <message>
        <source>{count} deals had no expected close date: estimated from history.</source>
        <translation>{count} deals had no expected close date: estimated from history.</translation>
    </message>
    <message>
        <source>{month}: forecast {expected} on {day} (between {low} and {high}), won {actual}</source>
        <translation>{month}: forecast {expected} on {day} (between {low} and {high}), won {actual}</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>the team</translation>
    </message>
    <message>
        <source>Action KPIs</source>
        <translation>Action KPIs</translation>
    </message>
    <message>
        <source>Result KPIs</source>
        <translation>Result KPIs</translation>
    </message>
    <message>
        <source>Deal value in the pipeline</source>
        <translation>Deal value in the pipeline</translation>
    </message>
    <message>
        <source>Deal velocity</source>
        <translation>Deal velocity</translation>
    </message>
    <message>
        <source>Ongoing customer relationship</source>
        <translation>Ongoing customer relationship</translation>
    </message>
    <message>
        <source>Insight KPIs (for finding bottlenecks, not for judging people)</source>
        <translation>Insight KPIs (for finding bottlenecks, not for judging people)</translation>
    </message>
    <message>
        <source>{value} (target {target})</source>
        <translation>{value} (target {target})</translation>
    </message>
    <message>
        <source>So far {start} to {end} ({days} working days), compared with {prev_start} to {prev_end}: the same working days</source>
        <translation>So far {start} to {end} ({days} working days), compared with {prev_start} to {prev_end}: the same working days</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>New revenue</source>
        <translation>New revenue</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>Per rep</translation>
    </message>
    <message>
        <source>{value} (target {target}, {pace} by today)</source>
        <translation>{value} (target {target}, {pace} by today)</translation>
    </message>
    <message>
        <source>Compared with the previous period, {start} to {end}</source>
        <translation>Compared with the previous period, {start} to {end}</translation>
    </message>
    <message>
        <source>KPIs for {who}, {start} to {end}</source>
        <translation>KPIs for {who}, {start} to {end}</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>Qualified leads</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>Won deals</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
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
        <translation>Open value</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Weighted value</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Active customers</translation>
    </message>
    <message>
        <source>Retention (12 months)</source>
        <translation>Retention (12 months)</translation>
    </message>
    <message>
        <source>Average relationship (days)</source>
        <translation>Average relationship (days)</translation>
    </message>
    <message>
        <source>Customers at risk</source>
        <translation>Customers at risk</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>Activity points</source>
        <translation>Activity points</translation>
    </message>
    <message>
        <source>Average days to win</source>
        <translation>Average days to win</translation>
    </message>
    <message>
        <source>Median days to win</source>
        <translation>Median days to win</translation>
    </message>
    <message>
        <source>Sleeping deals</source>
        <translation>Sleeping deals</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <source>Growth of new revenue</source>
        <translation>Growth of new revenue</translation>
    </message>
    <message>
        <source>{count}×, {points} points</source>
        <translation>{count}×, {points} points</translation>
    </message>
    <message>
        <source>Days in {stage}</source>
        <translation>Days in {stage}</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Per month last quarter</source>
        <translation>Per month last quarter</translation>
    </message>
    <message>
        <source>Targets per rep: from each rep's monthly level of {quarter}, at most +{step} % a month, never below it.</source>
        <translation>Targets per rep: from each rep's monthly level of {quarter}, at most +{step} % a month, never below it.</translation>
    </message>
    <message>
        <source>Nothing written yet: add --apply to write these targets.</source>
        <translation>Nothing written yet: add --apply to write these targets.</translation>
    </message>
    <message>
        <source>'{text}' is not an amount. Write it as 200.000 or 200,000.</source>
        <translation>'{text}' is not an amount. Write it as 200.000 or 200,000.</translation>
    </message>
    <message>
        <source>{count} month targets written.</source>
        <translation>{count} month targets written.</translation>
    </message>
</context>
</TS>
