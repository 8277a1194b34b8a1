<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>This activity type no longer exists.</source>
        <translation>This activity type no longer exists.</translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation>This deal no longer exists.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>This stage no longer exists.</translation>
    </message>
    <message>
        <source>The deal is already in {stage}.</source>
        <translation>The deal is already in {stage}.</translation>
    </message>
    <message>
        <source>A deal value cannot be negative.</source>
        <translation>A deal value cannot be negative.</translation>
    </message>
    <message>
        <source>The close date cannot be before the first contact ({day}).</source>
        <translation>The close date cannot be before the first contact ({day}).</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>KPIDesk cannot export '{kind}'. Choose one of: {kinds}.</source>
        <translation>KPIDesk cannot export '{kind}'. Choose one of: {kinds}.</translation>
    </message>
    <message>
        <source>Save the export as .xlsx (Excel) or .csv, not '{suffix}'.</source>
        <translation>Save the export as .xlsx (Excel) or .csv, not '{suffix}'.</translation>
    </message>
    <message>
        <source>Sleeping deal</source>
        <translation>Sleeping deal</translation>
    </message>
    <message>
        <source>Contact moments (activity points)</source>
        <translation>Contact moments (activity points)</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
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
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>% of goal</source>
        <translation>% of goal</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Weighted value</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Sleeping</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation>Days to close</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Yearly value</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Days without contact</translation>
    </message>
    <message>
        <source>Close ratio</source>
        <translation>Close ratio</translation>
    </message>
    <message>
        <source>Deals closed</source>
        <translation>Deals closed</translation>
    </message>
    <message>
        <source>Biggest gap against the team</source>
        <translation>Biggest gap against the team</translation>
    </message>
    <message>
        <source>Deals won and lost in the period.</source>
        <translation>Deals won and lost in the period.</translation>
    </message>
    <message>
        <source>Save the KPI sheet as an Excel file ending in .xlsx.</source>
        <translation>Save the KPI sheet as an Excel file ending in .xlsx.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Whole team</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>Qualified leads</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Won value</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>KPI meeting sheet</source>
        <translation>KPI meeting sheet</translation>
    </message>
    <message>
        <source>Deal value in the pipeline</source>
        <translation>Deal value in the pipeline</translation>
    </message>
    <message>
        <source>New revenue (won deals)</source>
        <translation>New revenue (won deals)</translation>
    </message>
    <message>
        <source>Deal velocity: average days to win</source>
        <translation>Deal velocity: average days to win</translation>
    </message>
    <message>
        <source>Proposal → won ratio (close ratio)</source>
        <translation>Proposal → won ratio (close ratio)</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Customer retention</translation>
    </message>
    <message>
        <source>Too few deals to say anything</source>
        <translation>Too few deals to say anything</translation>
    </message>
    <message>
        <source>Open deals on {day}. A sleeping deal has had no activity or stage change for longer than its stage allows.</source>
        <translation>Open deals on {day}. A sleeping deal has had no activity or stage change for longer than its stage allows.</translation>
    </message>
    <message>
        <source>Active customers without any contact in the {days} days before the end of the period.</source>
        <translation>Active customers without any contact in the {days} days before the end of the period.</translation>
    </message>
    <message>
        <source>Share of the deals that entered a stage in the period and moved on. For finding bottlenecks and coaching, not for judging people. Reps with fewer than {n} deals in a stage are left blank.</source>
        <translation>Share of the deals that entered a stage in the period and moved on. For finding bottlenecks and coaching, not for judging people. Reps with fewer than {n} deals in a stage are left blank.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Average days</translation>
    </message>
    <message>
        <source>{stage}: {rep}% against {team}% for the team</source>
        <translation>{stage}: {rep}% against {team}% for the team</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>A team member needs a name.</translation>
    </message>
    <message>
        <source>A team member is a rep or a manager.</source>
        <translation>A team member is a rep or a manager.</translation>
    </message>
    <message>
        <source>This team member no longer exists.</source>
        <translation>This team member no longer exists.</translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation>There is already a team member called {name}.</translation>
    </message>
</context>
</TS>
