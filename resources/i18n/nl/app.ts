<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>database file or SQLAlchemy URL (default: your data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language (default: the system language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIDesk: steer your sales team on a handful of KPIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window on this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty database with a demo team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small: 6 reps, 2 years; large: 10 reps, 4 years, 1M activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo team loaded into {db} in {seconds:.1f} s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {reps} team members, {leads} leads, {deals} deals ({open} open), {activities} activities, {customers} customers, {targets} targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpidesk: stopped; nothing was changed by the unfinished step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpidesk: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kpidesk: something went wrong that KPIDesk did not expect. Nothing was changed by the failed step. Details are in {log}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
