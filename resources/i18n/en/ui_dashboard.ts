<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Last full quarter</source>
        <translation>Last full quarter</translation>
    </message>
    <message>
        <source>Last two full quarters</source>
        <translation>Last two full quarters</translation>
    </message>
    <message>
        <source>Last four full quarters</source>
        <translation>Last four full quarters</translation>
    </message>
    <message>
        <source>at least </source>
        <translation>at least </translation>
    </message>
    <message>
        <source> deals per step</source>
        <translation> deals per step</translation>
    </message>
    <message>
        <source>Below this number of deals a rep's step says 'too few deals to say'.</source>
        <translation>Below this number of deals a rep's step says 'too few deals to say'.</translation>
    </message>
    <message>
        <source>Where each rep's deals stop, beside the rest of the team: to find the bottleneck and coach on that step together. It is not for judging people.</source>
        <translation>Where each rep's deals stop, beside the rest of the team: to find the bottleneck and coach on that step together. It is not for judging people.</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Bottlenecks</translation>
    </message>
    <message>
        <source>{step}: deals that entered the step in the window and moved on, of those that moved on, closed or waited longer than {days} days (the team's usual time).</source>
        <translation>{step}: deals that entered the step in the window and moved on, of those that moved on, closed or waited longer than {days} days (the team's usual time).</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>{passed} moved on, {stopped} stopped, {progress} still in progress</source>
        <translation>{passed} moved on, {stopped} stopped, {progress} still in progress</translation>
    </message>
    <message>
        <source>Deals that entered a step from {start} to {end}, looked at on {today}</source>
        <translation>Deals that entered a step from {start} to {end}, looked at on {today}</translation>
    </message>
    <message>
        <source>The rest of the team: {counts}</source>
        <translation>The rest of the team: {counts}</translation>
    </message>
    <message>
        <source>No active reps to coach yet.</source>
        <translation>No active reps to coach yet.</translation>
    </message>
    <message>
        <source>show the {count} deals that stopped</source>
        <translation>show the {count} deals that stopped</translation>
    </message>
    <message>
        <source>show the {count} deals</source>
        <translation>show the {count} deals</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>{count} item</source>
        <translation>{count} item</translation>
    </message>
    <message>
        <source>{count} items</source>
        <translation>{count} items</translation>
    </message>
    <message>
        <source>The first {count} items</source>
        <translation>The first {count} items</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Close date</translation>
    </message>
    <message>
        <source>Stage %</source>
        <translation>Stage %</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Within the range</source>
        <translation>Within the range</translation>
    </message>
    <message>
        <source>From the team's history: the share of closed deals won after as long in this stage. * too little history: the stage's probability.</source>
        <translation>From the team's history: the share of closed deals won after as long in this stage. * too little history: the stage's probability.</translation>
    </message>
    <message>
        <source>Forecast of won value per month</source>
        <translation>Forecast of won value per month</translation>
    </message>
    <message>
        <source>Range: 8 of 10 outcomes</source>
        <translation>Range: 8 of 10 outcomes</translation>
    </message>
    <message>
        <source>Keep this forecast</source>
        <translation>Keep this forecast</translation>
    </message>
    <message>
        <source>Keep the forecast as it is now, to compare with what is won once the month is over. The first forecast of each month is kept by itself.</source>
        <translation>Keep the forecast as it is now, to compare with what is won once the month is over. The first forecast of each month is kept by itself.</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No open deals with an expected close in these months yet. Add deals on the Pipeline board and give them an expected close date.</source>
        <translation>No open deals with an expected close in these months yet. Add deals on the Pipeline board and give them an expected close date.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>Expected {expected} in all (weighted by stage: {weighted})</source>
        <translation>Expected {expected} in all (weighted by stage: {weighted})</translation>
    </message>
    <message>
        <source>Expected: each open deal's value × the chance that a deal at its stage and age in the stage is won, from the team's {count} closed deals of the last two years; plus what the month has already won. The range holds 8 of 10 of 1,000 simulated outcomes.</source>
        <translation>Expected: each open deal's value × the chance that a deal at its stage and age in the stage is won, from the team's {count} closed deals of the last two years; plus what the month has already won. The range holds 8 of 10 of 1,000 simulated outcomes.</translation>
    </message>
    <message>
        <source>{count} months ahead</source>
        <translation>{count} months ahead</translation>
    </message>
    <message>
        <source>{count} deals: too little history, their stage's probability is used (*).</source>
        <translation>{count} deals: too little history, their stage's probability is used (*).</translation>
    </message>
    <message>
        <source>The deals behind it</source>
        <translation>The deals behind it</translation>
    </message>
    <message>
        <source>These ratios are for finding bottlenecks in the process, not for judging people.</source>
        <translation>These ratios are for finding bottlenecks in the process, not for judging people.</translation>
    </message>
    <message>
        <source>Win rate: {rate} ({won} won, {lost} lost)</source>
        <translation>Win rate: {rate} ({won} won, {lost} lost)</translation>
    </message>
    <message>
        <source>Growth of new revenue: {growth} (previous period {prev})</source>
        <translation>Growth of new revenue: {growth} (previous period {prev})</translation>
    </message>
    <message>
        <source>No contact moments logged yet. Log them in Activities (Ctrl+3): each one counts here in points.</source>
        <translation>No contact moments logged yet. Log them in Activities (Ctrl+3): each one counts here in points.</translation>
    </message>
    <message>
        <source>No qualified leads yet. Tick the checklist of a lead in Leads (Ctrl+2) to qualify it.</source>
        <translation>No qualified leads yet. Tick the checklist of a lead in Leads (Ctrl+2) to qualify it.</translation>
    </message>
    <message>
        <source>No open deals. Add a deal on the Pipeline board (Ctrl+4), or convert a qualified lead.</source>
        <translation>No open deals. Add a deal on the Pipeline board (Ctrl+4), or convert a qualified lead.</translation>
    </message>
    <message>
        <source>No deals left a stage in this period yet. The days per stage appear here once deals move on from a stage, are won or are lost.</source>
        <translation>No deals left a stage in this period yet. The days per stage appear here once deals move on from a stage, are won or are lost.</translation>
    </message>
    <message>
        <source>No deals won yet. Deal velocity appears here once deals are marked as won.</source>
        <translation>No deals won yet. Deal velocity appears here once deals are marked as won.</translation>
    </message>
    <message>
        <source>No customers yet. Winning a deal makes its organisation a customer.</source>
        <translation>No customers yet. Winning a deal makes its organisation a customer.</translation>
    </message>
    <message>
        <source>No deal that entered a stage in this period has moved on yet. The conversion per stage appears here once deals move along the Pipeline board.</source>
        <translation>No deal that entered a stage in this period has moved on yet. The conversion per stage appears here once deals move along the Pipeline board.</translation>
    </message>
    <message>
        <source>Activity points per week</source>
        <translation>Activity points per week</translation>
    </message>
    <message>
        <source>Stacked by activity type, against the weekly goal</source>
        <translation>Stacked by activity type, against the weekly goal</translation>
    </message>
    <message>
        <source>Qualified leads per month</source>
        <translation>Qualified leads per month</translation>
    </message>
    <message>
        <source>Against the target</source>
        <translation>Against the target</translation>
    </message>
    <message>
        <source>Pipeline value per stage</source>
        <translation>Pipeline value per stage</translation>
    </message>
    <message>
        <source>Over the deals that left the stage in the period</source>
        <translation>Over the deals that left the stage in the period</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Days to win, per month</source>
        <translation>Days to win, per month</translation>
    </message>
    <message>
        <source>Average days from first contact to won</source>
        <translation>Average days from first contact to won</translation>
    </message>
    <message>
        <source>Days to win</source>
        <translation>Days to win</translation>
    </message>
    <message>
        <source>Active customers and retention</source>
        <translation>Active customers and retention</translation>
    </message>
    <message>
        <source>Customers at each month's end; retention over the 12 months up to it</source>
        <translation>Customers at each month's end; retention over the 12 months up to it</translation>
    </message>
    <message>
        <source>Stage conversion</source>
        <translation>Stage conversion</translation>
    </message>
    <message>
        <source>Share of the deals that entered a stage in the period and moved on or were won</source>
        <translation>Share of the deals that entered a stage in the period and moved on or were won</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>Conversion (%)</translation>
    </message>
    <message>
        <source>{month}: {value} qualified leads, target {target}</source>
        <translation>{month}: {value} qualified leads, target {target}</translation>
    </message>
    <message>
        <source>Total {value} (weighted {weighted}) against target {target}</source>
        <translation>Total {value} (weighted {weighted}) against target {target}</translation>
    </message>
    <message>
        <source>{stage}: {deals} deals, {value}, weighted {weighted}</source>
        <translation>{stage}: {deals} deals, {value}, weighted {weighted}</translation>
    </message>
    <message>
        <source>{month}: {days} days to win</source>
        <translation>{month}: {days} days to win</translation>
    </message>
    <message>
        <source>{month}: {count} active customers, retention {retention}</source>
        <translation>{month}: {count} active customers, retention {retention}</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Week of {day}</translation>
    </message>
    <message>
        <source>Total: {points} points</source>
        <translation>Total: {points} points</translation>
    </message>
    <message>
        <source>{stage}: {days} days on average ({n} deals)</source>
        <translation>{stage}: {days} days on average ({n} deals)</translation>
    </message>
    <message>
        <source>{step}: {rate} ({passed} of {entered} deals)</source>
        <translation>{step}: {rate} ({passed} of {entered} deals)</translation>
    </message>
    <message>
        <source>Weekly goal: {goal}</source>
        <translation>Weekly goal: {goal}</translation>
    </message>
    <message>
        <source>The figures could not be computed. The details are in the log file.</source>
        <translation>The figures could not be computed. The details are in the log file.</translation>
    </message>
    <message>
        <source>For example: send a proposal only after an intake</source>
        <translation>For example: send a proposal only after an intake</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The rep of the one-on-one</source>
        <translation>The rep of the one-on-one</translation>
    </message>
    <message>
        <source>Prepare 1:1…</source>
        <translation>Prepare 1:1…</translation>
    </message>
    <message>
        <source>Write the one-on-one pack for the dashboard's period: action KPIs, result KPIs, the bottleneck, sleeping deals and customers at risk, agreed actions.</source>
        <translation>Write the one-on-one pack for the dashboard's period: action KPIs, result KPIs, the bottleneck, sleeping deals and customers at risk, agreed actions.</translation>
    </message>
    <message>
        <source>What you agree with the rep, with a date and a done mark; the next pack carries the open ones and those done recently.</source>
        <translation>What you agree with the rep, with a date and a done mark; the next pack carries the open ones and those done recently.</translation>
    </message>
    <message>
        <source>No actions agreed with this rep yet: add the first one.</source>
        <translation>No actions agreed with this rep yet: add the first one.</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Add action…</translation>
    </message>
    <message>
        <source>Edit agreed action</source>
        <translation>Edit agreed action</translation>
    </message>
    <message>
        <source>Delete agreed action</source>
        <translation>Delete agreed action</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <source>Mark open</source>
        <translation>Mark open</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Mark action done</translation>
    </message>
    <message>
        <source>Mark action open</source>
        <translation>Mark action open</translation>
    </message>
    <message>
        <source>Agree an action with {name}</source>
        <translation>Agree an action with {name}</translation>
    </message>
    <message>
        <source>Delete {count} agreed actions</source>
        <translation>Delete {count} agreed actions</translation>
    </message>
    <message>
        <source>Edit agreed action with {name}</source>
        <translation>Edit agreed action with {name}</translation>
    </message>
    <message>
        <source>{open} open, {done} done</source>
        <translation>{open} open, {done} done</translation>
    </message>
    <message>
        <source>Mark {count} actions done</source>
        <translation>Mark {count} actions done</translation>
    </message>
    <message>
        <source>Mark {count} actions open</source>
        <translation>Mark {count} actions open</translation>
    </message>
    <message>
        <source>Nothing to show for these 12 months yet. Log contact moments under Activities, qualify leads and move deals on the Pipeline board, or bring in your data with File › Import; the tiles and charts fill in as you go.</source>
        <translation>Nothing to show for these 12 months yet. Log contact moments under Activities, qualify leads and move deals on the Pipeline board, or bring in your data with File › Import; the tiles and charts fill in as you go.</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>previous period</translation>
    </message>
    <message>
        <source>Where the figure should be today: the target pro rata by working days (Monday to Friday) of the period so far</source>
        <translation>Where the figure should be today: the target pro rata by working days (Monday to Friday) of the period so far</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <source>Leads that meet the ideal-customer checklist, by qualified date</source>
        <translation>Leads that meet the ideal-customer checklist, by qualified date</translation>
    </message>
    <message>
        <source>Activities in points: each activity type has its weight</source>
        <translation>Activities in points: each activity type has its weight</translation>
    </message>
    <message>
        <source>Open deals at the end of the period, against the target</source>
        <translation>Open deals at the end of the period, against the target</translation>
    </message>
    <message>
        <source>Average days from first contact to won, for deals won in the period</source>
        <translation>Average days from first contact to won, for deals won in the period</translation>
    </message>
    <message>
        <source>Active customers at the end of the period, retention and risk</source>
        <translation>Active customers at the end of the period, retention and risk</translation>
    </message>
    <message>
        <source>{days} (same working days)</source>
        <translation>{days} (same working days)</translation>
    </message>
    <message>
        <source>no comparison with the previous period</source>
        <translation>no comparison with the previous period</translation>
    </message>
    <message>
        <source>On pace ({pace} by today)</source>
        <translation>On pace ({pace} by today)</translation>
    </message>
    <message>
        <source>Behind pace ({pace} by today)</source>
        <translation>Behind pace ({pace} by today)</translation>
    </message>
    <message>
        <source>Target reached</source>
        <translation>Target reached</translation>
    </message>
    <message>
        <source>Target not reached</source>
        <translation>Target not reached</translation>
    </message>
    <message>
        <source>No target set</source>
        <translation>No target set</translation>
    </message>
    <message>
        <source>{days} (same days)</source>
        <translation>{days} (same days)</translation>
    </message>
    <message>
        <source>{change}{percent} vs {against}</source>
        <translation>{change}{percent} vs {against}</translation>
    </message>
    <message>
        <source>At target</source>
        <translation>At target</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Below target</translation>
    </message>
    <message>
        <source>Closing in the period: {weighted} weighted, {share} of the {to_go} to go: short by {short}</source>
        <translation>Closing in the period: {weighted} weighted, {share} of the {to_go} to go: short by {short}</translation>
    </message>
    <message>
        <source>{count} activity</source>
        <translation>{count} activity</translation>
    </message>
    <message>
        <source>{count} activities</source>
        <translation>{count} activities</translation>
    </message>
    <message>
        <source>Closing in the period: {weighted} weighted, covers the {to_go} to go</source>
        <translation>Closing in the period: {weighted} weighted, covers the {to_go} to go</translation>
    </message>
    <message>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} day</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} days</translation>
    </message>
    <message>
        <source>Retention (12 months) {retention} · {risk} at risk · {days} days on average</source>
        <translation>Retention (12 months) {retention} · {risk} at risk · {days} days on average</translation>
    </message>
    <message>
        <source>active customer</source>
        <translation>active customer</translation>
    </message>
    <message>
        <source>active customers</source>
        <translation>active customers</translation>
    </message>
    <message>
        <source>Target {target} · {percent}</source>
        <translation>Target {target} · {percent}</translation>
    </message>
    <message>
        <source>{count} deal won</source>
        <translation>{count} deal won</translation>
    </message>
    <message>
        <source>{count} deals won</source>
        <translation>{count} deals won</translation>
    </message>
    <message>
        <source>{count} new customer</source>
        <translation>{count} new customer</translation>
    </message>
    <message>
        <source>{count} new customers</source>
        <translation>{count} new customers</translation>
    </message>
    <message>
        <source>{count} upsell</source>
        <translation>{count} upsell</translation>
    </message>
    <message>
        <source>{count} upsells</source>
        <translation>{count} upsells</translation>
    </message>
    <message>
        <source>Median {median} · {stale} sleeping deal</source>
        <translation>Median {median} · {stale} sleeping deal</translation>
    </message>
    <message>
        <source>Median {median} · {stale} sleeping deals</source>
        <translation>Median {median} · {stale} sleeping deals</translation>
    </message>
    <message>
        <source>{deals} open deal · weighted {weighted}</source>
        <translation>{deals} open deal · weighted {weighted}</translation>
    </message>
    <message>
        <source>{deals} open deals · weighted {weighted}</source>
        <translation>{deals} open deals · weighted {weighted}</translation>
    </message>
    <message>
        <source>Deals that left the stage</source>
        <translation>Deals that left the stage</translation>
    </message>
    <message>
        <source>Deals that entered the stage</source>
        <translation>Deals that entered the stage</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>The whole team, or one rep</source>
        <translation>The whole team, or one rep</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>The team</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Forecast kept</source>
        <translation>Forecast kept</translation>
    </message>
    <message>
        <source>{who} in {period}</source>
        <translation>{who} in {period}</translation>
    </message>
    <message>
        <source>Set the coaching minimum to {n} deals</source>
        <translation>Set the coaching minimum to {n} deals</translation>
    </message>
    <message>
        <source>The forecast of the coming {count} months is kept. Once a month is over, it is shown beside what was won.</source>
        <translation>The forecast of the coming {count} months is kept. Once a month is over, it is shown beside what was won.</translation>
    </message>
</context>
</TS>
