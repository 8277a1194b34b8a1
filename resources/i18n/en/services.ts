<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>An activity dated after today has not happened yet: plan it instead of logging it.</source>
        <translation>An activity dated after today has not happened yet: plan it instead of logging it.</translation>
    </message>
    <message>
        <source>This activity type no longer exists.</source>
        <translation>This activity type no longer exists.</translation>
    </message>
    <message>
        <source>This team member no longer exists.</source>
        <translation>This team member no longer exists.</translation>
    </message>
    <message>
        <source>Select one or more activities first.</source>
        <translation>Select one or more activities first.</translation>
    </message>
    <message>
        <source>Some of these activities no longer exist.</source>
        <translation>Some of these activities no longer exist.</translation>
    </message>
    <message>
        <source>An activity cannot be done on a day after today.</source>
        <translation>An activity cannot be done on a day after today.</translation>
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
        <source>This lead no longer exists.</source>
        <translation>This lead no longer exists.</translation>
    </message>
    <message>
        <source>Deal: {name}</source>
        <translation>Deal: {name}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Customer: {name}</translation>
    </message>
    <message>
        <source>Lead: {name}</source>
        <translation>Lead: {name}</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>This activity no longer exists.</translation>
    </message>
    <message>
        <source>An activity type needs a name in Dutch or English.</source>
        <translation>An activity type needs a name in Dutch or English.</translation>
    </message>
    <message>
        <source>This activity type is already at the edge of the list.</source>
        <translation>This activity type is already at the edge of the list.</translation>
    </message>
    <message>
        <source>The list of activity types changed meanwhile. Try again.</source>
        <translation>The list of activity types changed meanwhile. Try again.</translation>
    </message>
    <message>
        <source>Points must be between 0 and {max}.</source>
        <translation>Points must be between 0 and {max}.</translation>
    </message>
    <message>
        <source>There is already an activity type called {name}.</source>
        <translation>There is already an activity type called {name}.</translation>
    </message>
    <message>
        <source>{name} has {count} logged activities, so it cannot be removed. Switch it off instead: it then disappears from the quick-log bar and keeps its history.</source>
        <translation>{name} has {count} logged activities, so it cannot be removed. Switch it off instead: it then disappears from the quick-log bar and keeps its history.</translation>
    </message>
    <message>
        <source>Write down what was agreed.</source>
        <translation>Write down what was agreed.</translation>
    </message>
    <message>
        <source>The due date lies before the day the action was agreed.</source>
        <translation>The due date lies before the day the action was agreed.</translation>
    </message>
    <message>
        <source>This agreed action no longer exists.</source>
        <translation>This agreed action no longer exists.</translation>
    </message>
    <message>
        <source>Some of these agreed actions no longer exist.</source>
        <translation>Some of these agreed actions no longer exist.</translation>
    </message>
    <message>
        <source>An action cannot be done on a day after today.</source>
        <translation>An action cannot be done on a day after today.</translation>
    </message>
    <message>
        <source>Select one or more agreed actions first.</source>
        <translation>Select one or more agreed actions first.</translation>
    </message>
    <message>
        <source>The action was done before that day; correct the day it was agreed.</source>
        <translation>The action was done before that day; correct the day it was agreed.</translation>
    </message>
    <message>
        <source>An agreed action is at most {count} characters; shorten it.</source>
        <translation>An agreed action is at most {count} characters; shorten it.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here were in {industry}; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} of the {n} deals that stopped here were in {industry}; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>Conversion counts the deals that entered a step in the window and have moved on, closed, or waited longer than the team usually needs; younger open deals are still in progress and left out. A step says nothing below the minimum number of deals. A step is a bottleneck only when the rep's rate is below the rest of the team's beyond chance (Fisher's exact test at 5 %, shared over the rep's steps); the causes compare the rep's deals that stopped there with the rest of the team's deals at that step, by the same test.</source>
        <translation>Conversion counts the deals that entered a step in the window and have moved on, closed, or waited longer than the team usually needs; younger open deals are still in progress and left out. A step says nothing below the minimum number of deals. A step is a bottleneck only when the rep's rate is below the rest of the team's beyond chance (Fisher's exact test at 5 %, shared over the rep's steps); the causes compare the rep's deals that stopped there with the rest of the team's deals at that step, by the same test.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here had more than {middle} contact moments before this step (the team's middle); in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} of the {n} deals that stopped here had more than {middle} contact moments before this step (the team's middle); in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here had more than {middle} contact moments before this step (the team's middle); in the rest of the team {c} of {m}.</source>
        <translation>{name}: only {a} of the {n} deals that stopped here had more than {middle} contact moments before this step (the team's middle); in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here took more than {middle} days from first contact to this step; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} of the {n} deals that stopped here took more than {middle} days from first contact to this step; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here took more than {middle} days from first contact to this step, so they came here quickly; in the rest of the team {c} of {m}.</source>
        <translation>{name}: only {a} of the {n} deals that stopped here took more than {middle} days from first contact to this step, so they came here quickly; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here scored above {middle} on the ideal-customer checklist; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} of the {n} deals that stopped here scored above {middle} on the ideal-customer checklist; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here scored above {middle} on the ideal-customer checklist: a less suitable type of customer; in the rest of the team {c} of {m}.</source>
        <translation>{name}: only {a} of the {n} deals that stopped here scored above {middle} on the ideal-customer checklist: a less suitable type of customer; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here had a lookalike score above {middle}; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} of the {n} deals that stopped here had a lookalike score above {middle}; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here had a lookalike score above {middle}: they resemble today's customers less; in the rest of the team {c} of {m}.</source>
        <translation>{name}: only {a} of the {n} deals that stopped here had a lookalike score above {middle}: they resemble today's customers less; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here were with organisations of more than {middle} employees; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} of the {n} deals that stopped here were with organisations of more than {middle} employees; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here were with organisations of more than {middle} employees: smaller customers; in the rest of the team {c} of {m}.</source>
        <translation>{name}: only {a} of the {n} deals that stopped here were with organisations of more than {middle} employees: smaller customers; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here were worth more than {middle} (the team's middle); in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} of the {n} deals that stopped here were worth more than {middle} (the team's middle); in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here were worth more than {middle}: smaller deals; in the rest of the team {c} of {m}.</source>
        <translation>{name}: only {a} of the {n} deals that stopped here were worth more than {middle}: smaller deals; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>The minimum lies between 1 and 1,000 deals.</source>
        <translation>The minimum lies between 1 and 1,000 deals.</translation>
    </message>
    <message>
        <source>{passed} of {mature} ({rate})</source>
        <translation>{passed} of {mature} ({rate})</translation>
    </message>
    <message>
        <source>Deals that entered a step from {start} to {end}</source>
        <translation>Deals that entered a step from {start} to {end}</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals that stopped here had an intake or demo before this step; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} of the {n} deals that stopped here had an intake or demo before this step; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: only {a} of the {n} deals that stopped here had an intake or demo before this step; in the rest of the team {c} of {m}.</source>
        <translation>{name}: only {a} of the {n} deals that stopped here had an intake or demo before this step; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: {step} {rep}, the rest of the team {rest}</source>
        <translation>{name}: {step} {rep}, the rest of the team {rest}</translation>
    </message>
    <message>
        <source>too few deals to say ({count})</source>
        <translation>too few deals to say ({count})</translation>
    </message>
    <message>
        <source>{name}: {a} of the {n} deals lost at this step were lost for “{reason}”; in the rest of the team {c} of {m}.</source>
        <translation>{name}: {a} of the {n} deals lost at this step were lost for “{reason}”; in the rest of the team {c} of {m}.</translation>
    </message>
    <message>
        <source>{name}: no clear bottleneck</source>
        <translation>{name}: no clear bottleneck</translation>
    </message>
    <message>
        <source>{name}: too few deals to say</source>
        <translation>{name}: too few deals to say</translation>
    </message>
    <message>
        <source>Points are the done contact moments, each worth its type's points. The pace is what a steady pace over the working days would have by today (by the end, for a finished period); red: behind it.</source>
        <translation>Points are the done contact moments, each worth its type's points. The pace is what a steady pace over the working days would have by today (by the end, for a finished period); red: behind it.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>1-on-1 {name} {period}.xlsx</source>
        <translation>1-on-1 {name} {period}.xlsx</translation>
    </message>
    <message>
        <source>Save the one-on-one pack as an Excel file ending in .xlsx.</source>
        <translation>Save the one-on-one pack as an Excel file ending in .xlsx.</translation>
    </message>
    <message>
        <source>1. Action KPIs: the contact moments</source>
        <translation>1. Action KPIs: the contact moments</translation>
    </message>
    <message>
        <source>2. Result KPIs</source>
        <translation>2. Result KPIs</translation>
    </message>
    <message>
        <source>3. The bottleneck</source>
        <translation>3. The bottleneck</translation>
    </message>
    <message>
        <source>4. Sleeping deals and customers at risk</source>
        <translation>4. Sleeping deals and customers at risk</translation>
    </message>
    <message>
        <source>5. Agreed actions</source>
        <translation>5. Agreed actions</translation>
    </message>
    <message>
        <source>One-on-one</source>
        <translation>One-on-one</translation>
    </message>
    <message>
        <source>No points goal is set for this period (Settings › Targets).</source>
        <translation>No points goal is set for this period (Settings › Targets).</translation>
    </message>
    <message>
        <source>Activity points against the goal and the pace</source>
        <translation>Activity points against the goal and the pace</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The last column is the whole team's mix, for comparison: no colleague is named.</source>
        <translation>The last column is the whole team's mix, for comparison: no colleague is named.</translation>
    </message>
    <message>
        <source>Planned next steps</source>
        <translation>Planned next steps</translation>
    </message>
    <message>
        <source>Red: its day has passed and it is not marked done.</source>
        <translation>Red: its day has passed and it is not marked done.</translation>
    </message>
    <message>
        <source>New revenue (won deals)</source>
        <translation>New revenue (won deals)</translation>
    </message>
    <message>
        <source>Deal value in the pipeline (at the end)</source>
        <translation>Deal value in the pipeline (at the end)</translation>
    </message>
    <message>
        <source>Over the deals that entered a step from {start} to {end} and have had time to move on. A bottleneck is named only when the difference from the rest of the team is beyond chance.</source>
        <translation>Over the deals that entered a step from {start} to {end} and have had time to move on. A bottleneck is named only when the difference from the rest of the team is beyond chance.</translation>
    </message>
    <message>
        <source>Open deals without a contact moment or stage change for longer than their stage allows, largest first.</source>
        <translation>Open deals without a contact moment or stage change for longer than their stage allows, largest first.</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <source>What stands out:</source>
        <translation>What stands out:</translation>
    </message>
    <message>
        <source>Nothing in these deals stands out beyond chance (type of customer, process, lost reasons, deal size): talk them through together.</source>
        <translation>Nothing in these deals stands out beyond chance (type of customer, process, lost reasons, deal size): talk them through together.</translation>
    </message>
    <message>
        <source>too few ({count})</source>
        <translation>too few ({count})</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>none planned</translation>
    </message>
    <message>
        <source>Agreed last time</source>
        <translation>Agreed last time</translation>
    </message>
    <message>
        <source>The open actions, and those done in the last two months.</source>
        <translation>The open actions, and those done in the last two months.</translation>
    </message>
    <message>
        <source>This time</source>
        <translation>This time</translation>
    </message>
    <message>
        <source>Write down what you agree; enter it afterwards in the Coaching tab.</source>
        <translation>Write down what you agree; enter it afterwards in the Coaching tab.</translation>
    </message>
    <message>
        <source>One-on-one: {name}</source>
        <translation>One-on-one: {name}</translation>
    </message>
    <message>
        <source>{period} · made on {day}</source>
        <translation>{period} · made on {day}</translation>
    </message>
    <message>
        <source>One-on-one {name} · {period}</source>
        <translation>One-on-one {name} · {period}</translation>
    </message>
    <message>
        <source>The mix of activity types in {period}</source>
        <translation>The mix of activity types in {period}</translation>
    </message>
    <message>
        <source>No planned next steps: agree on the next step of each open deal.</source>
        <translation>No planned next steps: agree on the next step of each open deal.</translation>
    </message>
    <message>
        <source>Previous ({period})</source>
        <translation>Previous ({period})</translation>
    </message>
    <message>
        <source>Outcomes the rep influences, in {period}, beside the previous period.</source>
        <translation>Outcomes the rep influences, in {period}, beside the previous period.</translation>
    </message>
    <message>
        <source>Conversion per step</source>
        <translation>Conversion per step</translation>
    </message>
    <message>
        <source>Sleeping deals ({count})</source>
        <translation>Sleeping deals ({count})</translation>
    </message>
    <message>
        <source>No sleeping deals.</source>
        <translation>No sleeping deals.</translation>
    </message>
    <message>
        <source>Customers at risk ({count})</source>
        <translation>Customers at risk ({count})</translation>
    </message>
    <message>
        <source>Active customers without a contact moment in the last {days} days, largest first.</source>
        <translation>Active customers without a contact moment in the last {days} days, largest first.</translation>
    </message>
    <message>
        <source>No customers at risk.</source>
        <translation>No customers at risk.</translation>
    </message>
    <message>
        <source>This week ({start} – {end})</source>
        <translation>This week ({start} – {end})</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
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
        <source>Pace</source>
        <translation>Pace</translation>
    </message>
    <message>
        <source>Ahead or behind</source>
        <translation>Ahead or behind</translation>
    </message>
    <message>
        <source>Activity type</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <source>Points each</source>
        <translation>Points each</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Share of points</source>
        <translation>Share of points</translation>
    </message>
    <message>
        <source>The team's share</source>
        <translation>The team's share</translation>
    </message>
    <message>
        <source>Planned for</source>
        <translation>Planned for</translation>
    </message>
    <message>
        <source>Deal and note</source>
        <translation>Deal and note</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Yearly value</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Days without contact</translation>
    </message>
    <message>
        <source>No actions agreed yet.</source>
        <translation>No actions agreed yet.</translation>
    </message>
    <message>
        <source>Moved on, of the deals that moved on or stopped; below {count} deals a step says too few to say.</source>
        <translation>Moved on, of the deals that moved on or stopped; below {count} deals a step says too few to say.</translation>
    </message>
    <message>
        <source>For the conversation, not for judging: nothing here compares {name} with a colleague.</source>
        <translation>For the conversation, not for judging: nothing here compares {name} with a colleague.</translation>
    </message>
    <message>
        <source>And {count} more planned steps in KPIDesk.</source>
        <translation>And {count} more planned steps in KPIDesk.</translation>
    </message>
    <message>
        <source>{name} is not an active rep: no coaching figures.</source>
        <translation>{name} is not an active rep: no coaching figures.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>The rest of the team</source>
        <translation>The rest of the team</translation>
    </message>
    <message>
        <source>And {count} more sleeping deals in KPIDesk.</source>
        <translation>And {count} more sleeping deals in KPIDesk.</translation>
    </message>
    <message>
        <source>And {count} more customers at risk in KPIDesk.</source>
        <translation>And {count} more customers at risk in KPIDesk.</translation>
    </message>
    <message>
        <source>Became a customer</source>
        <translation>Became a customer</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Churned</translation>
    </message>
    <message>
        <source>A yearly value cannot be negative.</source>
        <translation>A yearly value cannot be negative.</translation>
    </message>
    <message>
        <source>The churn date cannot be in the future.</source>
        <translation>The churn date cannot be in the future.</translation>
    </message>
    <message>
        <source>This customer is active already.</source>
        <translation>This customer is active already.</translation>
    </message>
    <message>
        <source>This customer already churned on {day}. Reactivate it first.</source>
        <translation>This customer already churned on {day}. Reactivate it first.</translation>
    </message>
    <message>
        <source>The churn date cannot be before the customer-since date ({day}).</source>
        <translation>The churn date cannot be before the customer-since date ({day}).</translation>
    </message>
    <message>
        <source>Someone changed this deal in the meantime. Reload it to see the latest version, then make your change.</source>
        <translation>Someone changed this deal in the meantime. Reload it to see the latest version, then make your change.</translation>
    </message>
    <message>
        <source>A deal needs a title.</source>
        <translation>A deal needs a title.</translation>
    </message>
    <message>
        <source>A deal value cannot be negative.</source>
        <translation>A deal value cannot be negative.</translation>
    </message>
    <message>
        <source>A win probability lies between 0% and 100%.</source>
        <translation>A win probability lies between 0% and 100%.</translation>
    </message>
    <message>
        <source>The expected close date cannot be before the first contact.</source>
        <translation>The expected close date cannot be before the first contact.</translation>
    </message>
    <message>
        <source>This deal was changed by {name} in the meantime. Reload it to see their version, then make your change.</source>
        <translation>This deal was changed by {name} in the meantime. Reload it to see their version, then make your change.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>This stage no longer exists.</translation>
    </message>
    <message>
        <source>A new deal starts in an open stage; move it to Won or Lost later.</source>
        <translation>A new deal starts in an open stage; move it to Won or Lost later.</translation>
    </message>
    <message>
        <source>This deal cannot be undone any more: activities were logged on it. Delete it instead.</source>
        <translation>This deal cannot be undone any more: activities were logged on it. Delete it instead.</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>No owner</translation>
    </message>
    <message>
        <source>Choose at least one deal to move.</source>
        <translation>Choose at least one deal to move.</translation>
    </message>
    <message>
        <source>{deal} is already in {stage}.</source>
        <translation>{deal} is already in {stage}.</translation>
    </message>
    <message>
        <source>This move cannot be undone: the deal was changed or deleted since.</source>
        <translation>This move cannot be undone: the deal was changed or deleted since.</translation>
    </message>
    <message>
        <source>The close date cannot be before the first contact ({day}).</source>
        <translation>The close date cannot be before the first contact ({day}).</translation>
    </message>
    <message>
        <source>A deal can sleep after 1 day at the earliest; leave it empty for never.</source>
        <translation>A deal can sleep after 1 day at the earliest; leave it empty for never.</translation>
    </message>
    <message>
        <source>The stages changed meanwhile. Try again.</source>
        <translation>The stages changed meanwhile. Try again.</translation>
    </message>
    <message>
        <source>Won and Lost always come last on the board.</source>
        <translation>Won and Lost always come last on the board.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>A stage needs a name.</translation>
    </message>
    <message>
        <source>Won and Lost cannot be deleted: every pipeline needs them.</source>
        <translation>Won and Lost cannot be deleted: every pipeline needs them.</translation>
    </message>
    <message>
        <source>The pipeline needs at least one open stage.</source>
        <translation>The pipeline needs at least one open stage.</translation>
    </message>
    <message>
        <source>{stage} appears in the stage history, which deal velocity needs ({count} stage changes). Rename it instead of deleting it.</source>
        <translation>{stage} appears in the stage history, which deal velocity needs ({count} stage changes). Rename it instead of deleting it.</translation>
    </message>
    <message>
        <source>{stage} still holds {count} deal. Move it to another stage first (a deleted deal in the trash counts too).</source>
        <translation>{stage} still holds {count} deal. Move it to another stage first (a deleted deal in the trash counts too).</translation>
    </message>
    <message>
        <source>{stage} still holds {count} deals. Move them to another stage first (deleted deals in the trash count too).</source>
        <translation>{stage} still holds {count} deals. Move them to another stage first (deleted deals in the trash count too).</translation>
    </message>
    <message>
        <source>Demo data needs at least two open stages, a won and a lost stage and one activity type. Check the pipeline settings.</source>
        <translation>Demo data needs at least two open stages, a won and a lost stage and one activity type. Check the pipeline settings.</translation>
    </message>
    <message>
        <source>This database already holds data. Demo data can only go into an empty database: start a new database file for the demo.</source>
        <translation>This database already holds data. Demo data can only go into an empty database: start a new database file for the demo.</translation>
    </message>
    <message>
        <source>Making the demo data was cancelled; nothing was changed.</source>
        <translation>Making the demo data was cancelled; nothing was changed.</translation>
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
        <source>{month}: expected {expected} (between {low} and {high})</source>
        <translation>{month}: expected {expected} (between {low} and {high})</translation>
    </message>
    <message>
        <source>against a target of {target}</source>
        <translation>against a target of {target}</translation>
    </message>
    <message>
        <source>Sales velocity: not enough closed deals in the last twelve months yet.</source>
        <translation>Sales velocity: not enough closed deals in the last twelve months yet.</translation>
    </message>
    <message>
        <source>Sales velocity: {value} per day ({deals} open deals × {rate} won × {avg} average ÷ {days} days to win).</source>
        <translation>Sales velocity: {value} per day ({deals} open deals × {rate} won × {avg} average ÷ {days} days to win).</translation>
    </message>
    <message>
        <source>{month}: {gap} short of the target at today's rates.</source>
        <translation>{month}: {gap} short of the target at today's rates.</translation>
    </message>
    <message>
        <source>{month}: the forecast reaches the target at today's rates.</source>
        <translation>{month}: the forecast reaches the target at today's rates.</translation>
    </message>
    <message>
        <source>a win rate of {needed} instead of {now}</source>
        <translation>a win rate of {needed} instead of {now}</translation>
    </message>
    <message>
        <source>It closes with {options}.</source>
        <translation>It closes with {options}.</translation>
    </message>
    <message>
        <source>A higher win rate alone does not close it: that would take more than {step} points above today's {now}.</source>
        <translation>A higher win rate alone does not close it: that would take more than {step} points above today's {now}.</translation>
    </message>
    <message>
        <source>{count} extra deal that reaches {stage}</source>
        <translation>{count} extra deal that reaches {stage}</translation>
    </message>
    <message>
        <source>{count} extra deals that reach {stage}</source>
        <translation>{count} extra deals that reach {stage}</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>The action is done before the day it was agreed.</source>
        <translation>The action is done before the day it was agreed.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>as you chose</source>
        <translation>as you chose</translation>
    </message>
    <message>
        <source>Unknown outcome. Use won, lost or open (gewonnen, verloren, open).</source>
        <translation>Unknown outcome. Use won, lost or open (gewonnen, verloren, open).</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>lost</translation>
    </message>
    <message>
        <source>The deal is marked both won ('{won}') and lost. Check both columns.</source>
        <translation>The deal is marked both won ('{won}') and lost. Check both columns.</translation>
    </message>
    <message>
        <source>column '{column}' says so for its {count} deals</source>
        <translation>column '{column}' says so for its {count} deals</translation>
    </message>
    <message>
        <source>Column '{column}' decides the outcome: {deals} in an open stage go to the won or lost stage, through the stage named in the file.</source>
        <translation>Column '{column}' decides the outcome: {deals} in an open stage go to the won or lost stage, through the stage named in the file.</translation>
    </message>
    <message>
        <source>New stage '{stage}' will be a {outcome} stage ({reason}).</source>
        <translation>New stage '{stage}' will be a {outcome} stage ({reason}).</translation>
    </message>
    <message>
        <source>The deal is {outcome}, but there is no {outcome} stage in Settings.</source>
        <translation>The deal is {outcome}, but there is no {outcome} stage in Settings.</translation>
    </message>
    <message>
        <source>The deal is won but has no close date. Fill in the day it was won, or choose a column that holds it (such as 'Won time' or 'Last Modified Date') for 'Close date when none is given'.</source>
        <translation>The deal is won but has no close date. Fill in the day it was won, or choose a column that holds it (such as 'Won time' or 'Last Modified Date') for 'Close date when none is given'.</translation>
    </message>
    <message>
        <source>The deal is lost but has no close date. Fill in the day it was lost, or choose a column that holds it (such as 'Lost time' or 'Last Modified Date') for 'Close date when none is given'.</source>
        <translation>The deal is lost but has no close date. Fill in the day it was lost, or choose a column that holds it (such as 'Lost time' or 'Last Modified Date') for 'Close date when none is given'.</translation>
    </message>
    <message>
        <source>{count} won deal</source>
        <translation>{count} won deal</translation>
    </message>
    <message>
        <source>{count} won deals</source>
        <translation>{count} won deals</translation>
    </message>
    <message>
        <source>{count} lost deal</source>
        <translation>{count} lost deal</translation>
    </message>
    <message>
        <source>{count} lost deals</source>
        <translation>{count} lost deals</translation>
    </message>
    <message>
        <source>1 closed deal without a close date takes it from column '{column}'.</source>
        <translation>1 closed deal without a close date takes it from column '{column}'.</translation>
    </message>
    <message>
        <source>{count} closed deals without a close date take it from column '{column}'.</source>
        <translation>{count} closed deals without a close date take it from column '{column}'.</translation>
    </message>
    <message>
        <source>The deal closes before its first contact ({day}). Check both dates.</source>
        <translation>The deal closes before its first contact ({day}). Check both dates.</translation>
    </message>
    <message>
        <source>1 deal is deleted in the other CRM (outcome 'deleted'): skipped.</source>
        <translation>1 deal is deleted in the other CRM (outcome 'deleted'): skipped.</translation>
    </message>
    <message>
        <source>{count} deals are deleted in the other CRM (outcome 'deleted'): skipped.</source>
        <translation>{count} deals are deleted in the other CRM (outcome 'deleted'): skipped.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>This is a {stage_kind} stage, but column '{column}' says the deal is {outcome}. Correct one of them, or map the stage to another one.</source>
        <translation>This is a {stage_kind} stage, but column '{column}' says the deal is {outcome}. Correct one of them, or map the stage to another one.</translation>
    </message>
    <message>
        <source>Empty here: {columns}.</source>
        <translation>Empty here: {columns}.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>The import was cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no deal with this title. Import the deals first, or correct the title.</source>
        <translation>There is no deal with this title. Import the deals first, or correct the title.</translation>
    </message>
    <message>
        <source>This activity is marked done but dated after today. Correct the date, or mark it planned.</source>
        <translation>This activity is marked done but dated after today. Correct the date, or mark it planned.</translation>
    </message>
    <message>
        <source>This is not a company name.</source>
        <translation>This is not a company name.</translation>
    </message>
    <message>
        <source>Unknown KPI. Use qualified_leads, activity_points, new_revenue or pipeline_value (or their Dutch or English names).</source>
        <translation>Unknown KPI. Use qualified_leads, activity_points, new_revenue or pipeline_value (or their Dutch or English names).</translation>
    </message>
    <message>
        <source>This target is a count or points and should be a whole number.</source>
        <translation>This target is a count or points and should be a whole number.</translation>
    </message>
    <message>
        <source>The customer leaves before becoming a customer ({day}). Check both dates.</source>
        <translation>The customer leaves before becoming a customer ({day}). Check both dates.</translation>
    </message>
    <message>
        <source>The lead is qualified before it was created ({day}).</source>
        <translation>The lead is qualified before it was created ({day}).</translation>
    </message>
    <message>
        <source>Unknown lead status. Use new, qualified or disqualified (nieuw, gekwalificeerd, gediskwalificeerd), or choose what it means in the import (--map-value status:"{value}"=new).</source>
        <translation>Unknown lead status. Use new, qualified or disqualified (nieuw, gekwalificeerd, gediskwalificeerd), or choose what it means in the import (--map-value status:"{value}"=new).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>What to fix</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped</source>
        <translation>{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped</translation>
    </message>
    <message>
        <source>This import no longer exists.</source>
        <translation>This import no longer exists.</translation>
    </message>
    <message>
        <source>This import has already been undone.</source>
        <translation>This import has already been undone.</translation>
    </message>
    <message>
        <source> ({count} rows repeated an earlier row of the file)</source>
        <translation> ({count} rows repeated an earlier row of the file)</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has 1 problem. Fix it in the file and import it again.</source>
        <translation>Nothing was imported: the file has 1 problem. Fix it in the file and import it again.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has {count} problems. Fix them in the file and import it again.</source>
        <translation>Nothing was imported: the file has {count} problems. Fix them in the file and import it again.</translation>
    </message>
    <message>
        <source>KPIDesk cannot import '{kind}'.</source>
        <translation>KPIDesk cannot import '{kind}'.</translation>
    </message>
    <message>
        <source>This import cannot be undone any more: what it added is now used by later work (for example a deal for an imported organisation).</source>
        <translation>This import cannot be undone any more: what it added is now used by later work (for example a deal for an imported organisation).</translation>
    </message>
    <message>
        <source>Column '{column}' holds fractions: 0.4 is read as 40 %.</source>
        <translation>Column '{column}' holds fractions: 0.4 is read as 40 %.</translation>
    </message>
    <message>
        <source>Column '{column}' holds percentages: 40 is read as 40 %.</source>
        <translation>Column '{column}' holds percentages: 40 is read as 40 %.</translation>
    </message>
    <message>
        <source>There is no team member with this name. Add them under Settings → Team, correct the name, or let KPIDesk create what is missing.</source>
        <translation>There is no team member with this name. Add them under Settings → Team, correct the name, or let KPIDesk create what is missing.</translation>
    </message>
    <message>
        <source>There is no organisation with this name yet. Correct the name, or let KPIDesk create what is missing.</source>
        <translation>There is no organisation with this name yet. Correct the name, or let KPIDesk create what is missing.</translation>
    </message>
    <message>
        <source>There is no pipeline stage with this name. Use one of your stages, or let KPIDesk create what is missing (new stages go before Won and Lost).</source>
        <translation>There is no pipeline stage with this name. Use one of your stages, or let KPIDesk create what is missing (new stages go before Won and Lost).</translation>
    </message>
    <message>
        <source>There is no activity type with this name. Use one of your types (Intake, Demo, Call, Email, LinkedIn…), or let KPIDesk create what is missing.</source>
        <translation>There is no activity type with this name. Use one of your types (Intake, Demo, Call, Email, LinkedIn…), or let KPIDesk create what is missing.</translation>
    </message>
    <message>
        <source>{stage} ({outcome})</source>
        <translation>{stage} ({outcome})</translation>
    </message>
    <message>
        <source>--map-value needs FIELD:VALUE=TARGET, for example --map-value status:"In Progress"=new or --map-value stage:"Contract Sent"=Proposal.</source>
        <translation>--map-value needs FIELD:VALUE=TARGET, for example --map-value status:"In Progress"=new or --map-value stage:"Contract Sent"=Proposal.</translation>
    </message>
    <message>
        <source>--stage-outcome needs STAGE=won, STAGE=lost or STAGE=open, for example --stage-outcome "Dead Deals=lost".</source>
        <translation>--stage-outcome needs STAGE=won, STAGE=lost or STAGE=open, for example --stage-outcome "Dead Deals=lost".</translation>
    </message>
    <message>
        <source>won deals with a value</source>
        <translation>won deals with a value</translation>
    </message>
    <message>
        <source>deals that went on from the first stage to the intake</source>
        <translation>deals that went on from the first stage to the intake</translation>
    </message>
    <message>
        <source>deals that went on from the intake to the proposal</source>
        <translation>deals that went on from the intake to the proposal</translation>
    </message>
    <message>
        <source>proposals that were won or lost</source>
        <translation>proposals that were won or lost</translation>
    </message>
    <message>
        <source>The pipeline needs an intake stage and a proposal stage (Intake, Offerte) before won to plan through.</source>
        <translation>The pipeline needs an intake stage and a proposal stage (Intake, Offerte) before won to plan through.</translation>
    </message>
    <message>
        <source>Give a revenue target above zero, for example 200.000.</source>
        <translation>Give a revenue target above zero, for example 200.000.</translation>
    </message>
    <message>
        <source>That revenue target is implausibly high; check the amount.</source>
        <translation>That revenue target is implausibly high; check the amount.</translation>
    </message>
    <message>
        <source>The step per month lies between 1 and 100 %.</source>
        <translation>The step per month lies between 1 and 100 %.</translation>
    </message>
    <message>
        <source>For {revenue} in {period} you need: {leads} qualified leads, {intakes} intakes, {proposals} proposals, {won} won deals and {points} activity points.</source>
        <translation>For {revenue} in {period} you need: {leads} qualified leads, {intakes} intakes, {proposals} proposals, {won} won deals and {points} activity points.</translation>
    </message>
    <message>
        <source>{rate} (the same stage)</source>
        <translation>{rate} (the same stage)</translation>
    </message>
    <message>
        <source>Planning works back through the team's own rates of {start} to {end}, and that window has no {what}. Log deals through the stages to won (or import them) and plan again.</source>
        <translation>Planning works back through the team's own rates of {start} to {end}, and that window has no {what}. Log deals through the stages to won (or import them) and plan again.</translation>
    </message>
    <message>
        <source>There is not enough history to plan {revenue} in {period} from. {missing}</source>
        <translation>There is not enough history to plan {revenue} in {period} from. {missing}</translation>
    </message>
    <message>
        <source>The suggested qualified-lead targets bring {back} at these rates.</source>
        <translation>The suggested qualified-lead targets bring {back} at these rates.</translation>
    </message>
    <message>
        <source>Rates of {start} to {end}:</source>
        <translation>Rates of {start} to {end}:</translation>
    </message>
    <message>
        <source>Average won deal: {avg} ({count} won deals)</source>
        <translation>Average won deal: {avg} ({count} won deals)</translation>
    </message>
    <message>
        <source>Activity points per won deal: {points}</source>
        <translation>Activity points per won deal: {points}</translation>
    </message>
    <message>
        <source>There is no plan to write: {why}</source>
        <translation>There is no plan to write: {why}</translation>
    </message>
    <message>
        <source>{kpi}: {names} cannot reach their share in {period} at +{step} % a month from last quarter's level; the targets reach {total} of the {need} needed. Plan a longer period, a larger step or a lower target.</source>
        <translation>{kpi}: {names} cannot reach their share in {period} at +{step} % a month from last quarter's level; the targets reach {total} of the {need} needed. Plan a longer period, a larger step or a lower target.</translation>
    </message>
    <message>
        <source>Qualified lead ({first}) → {intake}</source>
        <translation>Qualified lead ({first}) → {intake}</translation>
    </message>
    <message>
        <source>, no </source>
        <translation>, no </translation>
    </message>
    <message>
        <source>There is no active rep in the team during {period} to give targets.</source>
        <translation>There is no active rep in the team during {period} to give targets.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>A target cannot be negative.</translation>
    </message>
    <message>
        <source>A ramp runs for 1 to 60 months.</source>
        <translation>A ramp runs for 1 to 60 months.</translation>
    </message>
    <message>
        <source>A ramp starts at zero or more.</source>
        <translation>A ramp starts at zero or more.</translation>
    </message>
    <message>
        <source>The maximum must be at least the starting value.</source>
        <translation>The maximum must be at least the starting value.</translation>
    </message>
    <message>
        <source>Targets are raised step by step: the step cannot be negative.</source>
        <translation>Targets are raised step by step: the step cannot be negative.</translation>
    </message>
    <message>
        <source>There is no KPI called {kpi}.</source>
        <translation>There is no KPI called {kpi}.</translation>
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
        <source>Days in stage</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
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
        <source>Bottleneck</source>
        <translation>Bottleneck</translation>
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
        <source>{days}, the same working days</source>
        <translation>{days}, the same working days</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Won value</translation>
    </message>
    <message>
        <source>Won so far</source>
        <translation>Won so far</translation>
    </message>
    <message>
        <source>Expected from open deals</source>
        <translation>Expected from open deals</translation>
    </message>
    <message>
        <source>Expected in all</source>
        <translation>Expected in all</translation>
    </message>
    <message>
        <source>Low (P10)</source>
        <translation>Low (P10)</translation>
    </message>
    <message>
        <source>High (P90)</source>
        <translation>High (P90)</translation>
    </message>
    <message>
        <source>Weighted by stage</source>
        <translation>Weighted by stage</translation>
    </message>
    <message>
        <source>Forecast made on</source>
        <translation>Forecast made on</translation>
    </message>
    <message>
        <source>Expected: each open deal's value × the chance that a deal at its stage and age in the stage is won, from the team's {count} closed deals of the last two years; plus what the month has already won. Between P10 and P90 lie 8 of 10 of 1,000 simulated outcomes.</source>
        <translation>Expected: each open deal's value × the chance that a deal at its stage and age in the stage is won, from the team's {count} closed deals of the last two years; plus what the month has already won. Between P10 and P90 lie 8 of 10 of 1,000 simulated outcomes.</translation>
    </message>
    <message>
        <source>Coaching over the deals that entered a step from {start} to {end}</source>
        <translation>Coaching over the deals that entered a step from {start} to {end}</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Why it needs attention</source>
        <translation>Why it needs attention</translation>
    </message>
    <message>
        <source>Open deals on {day} whose expected close date has passed, without a planned next step, whose close date moved later twice or more, without a value, or sleeping.</source>
        <translation>Open deals on {day} whose expected close date has passed, without a planned next step, whose close date moved later twice or more, without a value, or sleeping.</translation>
    </message>
    <message>
        <source>KPI meeting sheet</source>
        <translation>KPI meeting sheet</translation>
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
        <source>Open deals on {day}. A sleeping deal has had no activity or stage change for longer than its stage allows.</source>
        <translation>Open deals on {day}. A sleeping deal has had no activity or stage change for longer than its stage allows.</translation>
    </message>
    <message>
        <source>Active customers without any contact in the {days} days before the end of the period.</source>
        <translation>Active customers without any contact in the {days} days before the end of the period.</translation>
    </message>
    <message>
        <source>{window}. For finding bottlenecks and coaching, never for judging people. {method}</source>
        <translation>{window}. For finding bottlenecks and coaching, never for judging people. {method}</translation>
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
        <source>The threshold is a percentage from 0 to 100.</source>
        <translation>The threshold is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0, or the fit score stays 0%.</source>
        <translation>Give at least one criterion a weight above 0, or the fit score stays 0%.</translation>
    </message>
    <message>
        <source>Criterion {number} has no text. Type it, or remove the criterion.</source>
        <translation>Criterion {number} has no text. Type it, or remove the criterion.</translation>
    </message>
    <message>
        <source>The weight of '{criterion}' must be from 0 to {max}.</source>
        <translation>The weight of '{criterion}' must be from 0 to {max}.</translation>
    </message>
    <message>
        <source>Give a reason for disqualifying the lead.</source>
        <translation>Give a reason for disqualifying the lead.</translation>
    </message>
    <message>
        <source>The first-contact date cannot be in the future.</source>
        <translation>The first-contact date cannot be in the future.</translation>
    </message>
    <message>
        <source>The qualified date cannot be in the future.</source>
        <translation>The qualified date cannot be in the future.</translation>
    </message>
    <message>
        <source>This lead is already qualified on that date.</source>
        <translation>This lead is already qualified on that date.</translation>
    </message>
    <message>
        <source>This lead is already new.</source>
        <translation>This lead is already new.</translation>
    </message>
    <message>
        <source>A disqualified lead cannot become a deal. Reopen the lead first.</source>
        <translation>A disqualified lead cannot become a deal. Reopen the lead first.</translation>
    </message>
    <message>
        <source>There is no open pipeline stage. Add one in Settings first.</source>
        <translation>There is no open pipeline stage. Add one in Settings first.</translation>
    </message>
    <message>
        <source>The deal made from this lead no longer exists.</source>
        <translation>The deal made from this lead no longer exists.</translation>
    </message>
    <message>
        <source>Not all must-haves are met yet: {criteria}.</source>
        <translation>Not all must-haves are met yet: {criteria}.</translation>
    </message>
    <message>
        <source>The fit score is {score}%, below the threshold of {threshold}%.</source>
        <translation>The fit score is {score}%, below the threshold of {threshold}%.</translation>
    </message>
    <message>
        <source>The qualified date cannot be before the lead was created ({day}).</source>
        <translation>The qualified date cannot be before the lead was created ({day}).</translation>
    </message>
    <message>
        <source>This lead already became the deal '{title}'.</source>
        <translation>This lead already became the deal '{title}'.</translation>
    </message>
    <message>
        <source>This lead no longer exists. It may have been deleted.</source>
        <translation>This lead no longer exists. It may have been deleted.</translation>
    </message>
    <message>
        <source>A lead needs a company name.</source>
        <translation>A lead needs a company name.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>The number of employees cannot be negative.</translation>
    </message>
    <message>
        <source>The yearly revenue cannot be negative.</source>
        <translation>The yearly revenue cannot be negative.</translation>
    </message>
    <message>
        <source>Choose an owner from the team.</source>
        <translation>Choose an owner from the team.</translation>
    </message>
    <message>
        <source>The created date cannot be after the date the lead was qualified.</source>
        <translation>The created date cannot be after the date the lead was qualified.</translation>
    </message>
    <message>
        <source>These leads no longer exist.</source>
        <translation>These leads no longer exist.</translation>
    </message>
    <message>
        <source>'{email}' is not an e-mail address.</source>
        <translation>'{email}' is not an e-mail address.</translation>
    </message>
    <message>
        <source>There is already a lead for {company}.</source>
        <translation>There is already a lead for {company}.</translation>
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
        <source>The last day in the team ({end}) comes before the start date ({start}).</source>
        <translation>The last day in the team ({end}) comes before the start date ({start}).</translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation>There is already a team member called {name}.</translation>
    </message>
    <message>
        <source>Automatic (at start)</source>
        <translation>Automatic (at start)</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Backups of a team database on a server are made by the server's administrator.</source>
        <translation>Backups of a team database on a server are made by the server's administrator.</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Keep at least one backup.</translation>
    </message>
    <message>
        <source>{file} already exists. Choose a new file name.</source>
        <translation>{file} already exists. Choose a new file name.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>Could not restore {file}: {reason}. Nothing has been changed.</source>
        <translation>Could not restore {file}: {reason}. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Could not write {file}: {reason}</translation>
    </message>
    <message>
        <source>Activity totals per day</source>
        <translation>Activity totals per day</translation>
    </message>
    <message>
        <source>Stage history, figures per stage change</source>
        <translation>Stage history, figures per stage change</translation>
    </message>
    <message>
        <source>Stage entries per month</source>
        <translation>Stage entries per month</translation>
    </message>
    <message>
        <source>Stage exits per month</source>
        <translation>Stage exits per month</translation>
    </message>
    <message>
        <source>Lookalike scores of organisations</source>
        <translation>Lookalike scores of organisations</translation>
    </message>
    <message>
        <source>Only the owner of the team database can rebuild the totals. Ask the administrator to run: kpidesk --db ADDRESS check-totals --repair</source>
        <translation>Only the owner of the team database can rebuild the totals. Ask the administrator to run: kpidesk --db ADDRESS check-totals --repair</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Select one or more items in the trash first.</source>
        <translation>Select one or more items in the trash first.</translation>
    </message>
    <message>
        <source>Some of these items are no longer in the trash. Reopen the trash.</source>
        <translation>Some of these items are no longer in the trash. Reopen the trash.</translation>
    </message>
    <message>
        <source>This item was changed or deleted since it was restored.</source>
        <translation>This item was changed or deleted since it was restored.</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Logins exist only on a team database (PostgreSQL), not in a local file.</source>
        <translation>Logins exist only on a team database (PostgreSQL), not in a local file.</translation>
    </message>
    <message>
        <source>Connected as {name} (rep: changes own leads, deals and activities)</source>
        <translation>Connected as {name} (rep: changes own leads, deals and activities)</translation>
    </message>
    <message>
        <source>The team database is the database you have open.</source>
        <translation>The team database is the database you have open.</translation>
    </message>
    <message>
        <source>Connected as {name} (manager)</source>
        <translation>Connected as {name} (manager)</translation>
    </message>
    <message>
        <source>'{name}' cannot be a login name: use lower-case letters, digits and _ and start with a letter, for example anna_de_vries.</source>
        <translation>'{name}' cannot be a login name: use lower-case letters, digits and _ and start with a letter, for example anna_de_vries.</translation>
    </message>
    <message>
        <source>{login} is already the login of {name}.</source>
        <translation>{login} is already the login of {name}.</translation>
    </message>
    <message>
        <source>The team database {db} already holds data ({tables}). Choose an empty database: nothing was copied.</source>
        <translation>The team database {db} already holds data ({tables}). Choose an empty database: nothing was copied.</translation>
    </message>
    <message>
        <source>Copying {table} went wrong: {here} rows here, {there} in the team database. Nothing was copied.</source>
        <translation>Copying {table} went wrong: {here} rows here, {there} in the team database. Nothing was copied.</translation>
    </message>
    <message>
        <source>A ramp has 1 to 12 monthly steps, for example 50, 75, 100.</source>
        <translation>A ramp has 1 to 12 monthly steps, for example 50, 75, 100.</translation>
    </message>
    <message>
        <source>Each step of a ramp is a percentage from 0 to 200.</source>
        <translation>Each step of a ramp is a percentage from 0 to 200.</translation>
    </message>
    <message>
        <source>This team member already has leads, deals, activities or customers; set them inactive in Settings › Team instead.</source>
        <translation>This team member already has leads, deals, activities or customers; set them inactive in Settings › Team instead.</translation>
    </message>
    <message>
        <source>Live updates from the team database stopped.</source>
        <translation>Live updates from the team database stopped.</translation>
    </message>
</context>
</TS>
