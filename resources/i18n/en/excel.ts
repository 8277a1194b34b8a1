<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Insight KPIs</source>
        <translation>Insight KPIs</translation>
    </message>
    <message>
        <source>Activity points per rep against goal</source>
        <translation>Activity points per rep against goal</translation>
    </message>
    <message>
        <source>Qualified leads per month against target</source>
        <translation>Qualified leads per month against target</translation>
    </message>
    <message>
        <source>Won value per month</source>
        <translation>Won value per month</translation>
    </message>
    <message>
        <source>Pipeline per stage: value and weighted value</source>
        <translation>Pipeline per stage: value and weighted value</translation>
    </message>
    <message>
        <source>Average days in each stage</source>
        <translation>Average days in each stage</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% of target</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Per month (last 12 months)</source>
        <translation>Per month (last 12 months)</translation>
    </message>
    <message>
        <source>Pipeline per stage (open deals)</source>
        <translation>Pipeline per stage (open deals)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Won and lost</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Bottlenecks</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Previous period ({period})</source>
        <translation>Previous period ({period})</translation>
    </message>
    <message>
        <source>Colours: green at 100% of target or more, orange at 80% or more, red below 80%.</source>
        <translation>Colours: green at 100% of target or more, orange at 80% or more, red below 80%.</translation>
    </message>
    <message>
        <source>{scope} · {period}</source>
        <translation>{scope} · {period}</translation>
    </message>
    <message>
        <source>Insight KPIs are for finding bottlenecks, not for judging people.</source>
        <translation>Insight KPIs are for finding bottlenecks, not for judging people.</translation>
    </message>
    <message>
        <source>KPIDesk cannot write {file}: it is open in another program (Excel?) or read-only. Close it there, or choose another file name.</source>
        <translation>KPIDesk cannot write {file}: it is open in another program (Excel?) or read-only. Close it there, or choose another file name.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name, for example {example}.</source>
        <translation>{path} is a folder. Give a file name, for example {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first or choose another.</source>
        <translation>The folder {folder} does not exist. Create it first or choose another.</translation>
    </message>
    <message>
        <source>KPIDesk may not write in the folder {folder}. Choose another folder.</source>
        <translation>KPIDesk may not write in the folder {folder}. Choose another folder.</translation>
    </message>
    <message>
        <source>KPIDesk could not save {file}: {reason}</source>
        <translation>KPIDesk could not save {file}: {reason}</translation>
    </message>
</context>
</TS>
