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
        <source>kpidesk: {message}</source>
        <translation>kpidesk: {message}</translation>
    </message>
    <message>
        <source>kpidesk: something went wrong that KPIDesk did not expect. Nothing was changed by the failed step. Details are in {log}.</source>
        <translation>kpidesk: something went wrong that KPIDesk did not expect. Nothing was changed by the failed step. Details are in {log}.</translation>
    </message>
</context>
</TS>
