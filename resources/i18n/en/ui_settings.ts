<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Name (Dutch)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Show in the quick-log bar</source>
        <translation>Show in the quick-log bar</translation>
    </message>
    <message>
        <source>Edit activity type</source>
        <translation>Edit activity type</translation>
    </message>
    <message>
        <source>New activity type</source>
        <translation>New activity type</translation>
    </message>
    <message>
        <source>Points are the type's current points: changing them later re-weights the history of this type.</source>
        <translation>Points are the type's current points: changing them later re-weights the history of this type.</translation>
    </message>
    <message>
        <source>Decide which actions matter and what each is worth: an intake meeting earns more than a voicemail. Active types get a button in the quick-log bar, in this order.</source>
        <translation>Decide which actions matter and what each is worth: an intake meeting earns more than a voicemail. Active types get a button in the quick-log bar, in this order.</translation>
    </message>
    <message>
        <source>Add activity type…</source>
        <translation>Add activity type…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add activity type</source>
        <translation>Add activity type</translation>
    </message>
    <message>
        <source>Reorder activity types</source>
        <translation>Reorder activity types</translation>
    </message>
    <message>
        <source>Remove activity type</source>
        <translation>Remove activity type</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Points count for all history: {count} logged activities of this type will count {new} instead of {old} points, in every total, goal and leaderboard, also for past weeks.</source>
        <translation>Points count for all history: {count} logged activities of this type will count {new} instead of {old} points, in every total, goal and leaderboard, also for past weeks.</translation>
    </message>
    <message>
        <source>Criterion (Dutch)</source>
        <translation>Criterion (Dutch)</translation>
    </message>
    <message>
        <source>Criterion (English)</source>
        <translation>Criterion (English)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>A lead can only be qualified when every must-have is ticked</source>
        <translation>A lead can only be qualified when every must-have is ticked</translation>
    </message>
    <message>
        <source>How much the criterion counts in the fit score (0 to 10)</source>
        <translation>How much the criterion counts in the fit score (0 to 10)</translation>
    </message>
    <message>
        <source>The checklist a lead must meet before it counts as qualified. Must-haves are required; the weights make up the fit score, which must reach the threshold.</source>
        <translation>The checklist a lead must meet before it counts as qualified. Must-haves are required; the weights make up the fit score, which must reach the threshold.</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>The fit score a lead needs to be qualified</source>
        <translation>The fit score a lead needs to be qualified</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>Save checklist</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Change checklist</source>
        <translation>Change checklist</translation>
    </message>
    <message>
        <source>{count} criteria, {musts} must-haves, total weight {total}</source>
        <translation>{count} criteria, {musts} must-haves, total weight {total}</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>The language of the window. 'Same as the system' follows your computer's language setting.</source>
        <translation>The language of the window. 'Same as the system' follows your computer's language setting.</translation>
    </message>
    <message>
        <source>Switch language now</source>
        <translation>Switch language now</translation>
    </message>
    <message>
        <source>Reopens the window in the chosen language. Undo history is cleared.</source>
        <translation>Reopens the window in the chosen language. Undo history is cleared.</translation>
    </message>
    <message>
        <source>Light or dark; 'Same as the system' follows your desktop.</source>
        <translation>Light or dark; 'Same as the system' follows your desktop.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Appearance:</translation>
    </message>
    <message>
        <source>Saved. The window switches when you click the button above, or the next time you start KPIDesk.</source>
        <translation>Saved. The window switches when you click the button above, or the next time you start KPIDesk.</translation>
    </message>
    <message>
        <source>Plan from revenue target</source>
        <translation>Plan from revenue target</translation>
    </message>
    <message>
        <source>Work back from a revenue target to the qualified leads, intakes, proposals and activity points it needs, at the team's own rates, and write them as targets per rep that start from last quarter and rise step by step.</source>
        <translation>Work back from a revenue target to the qualified leads, intakes, proposals and activity points it needs, at the team's own rates, and write them as targets per rep that start from last quarter and rise step by step.</translation>
    </message>
    <message>
        <source>for example 200.000</source>
        <translation>for example 200.000</translation>
    </message>
    <message>
        <source>Revenue target (€)</source>
        <translation>Revenue target (€)</translation>
    </message>
    <message>
        <source>The most a target rises from one month to the next.</source>
        <translation>The most a target rises from one month to the next.</translation>
    </message>
    <message>
        <source>At most per month</source>
        <translation>At most per month</translation>
    </message>
    <message>
        <source>Write targets</source>
        <translation>Write targets</translation>
    </message>
    <message>
        <source>Type the revenue target for the period, for example 200.000.</source>
        <translation>Type the revenue target for the period, for example 200.000.</translation>
    </message>
    <message>
        <source>Last quarter in all: {total}</source>
        <translation>Last quarter in all: {total}</translation>
    </message>
    <message>
        <source>Needed over the period: {need}</source>
        <translation>Needed over the period: {need}</translation>
    </message>
    <message>
        <source>At this pace the targets reach {total} of the {need} needed.</source>
        <translation>At this pace the targets reach {total} of the {need} needed.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per quarter</translation>
    </message>
    <message>
        <source>per half year</source>
        <translation>per half year</translation>
    </message>
    <message>
        <source>Start at a target the team can reach today and raise it step by step: a realistic start that grows keeps people going, a target out of reach does not.</source>
        <translation>Start at a target the team can reach today and raise it step by step: a realistic start that grows keeps people going, a target out of reach does not.</translation>
    </message>
    <message>
        <source>The team (its own target)</source>
        <translation>The team (its own target)</translation>
    </message>
    <message>
        <source>Every rep, each the same</source>
        <translation>Every rep, each the same</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Start at</translation>
    </message>
    <message>
        <source>Raise by</source>
        <translation>Raise by</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>At most</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Ramp for {kpi}</source>
        <translation>Ramp for {kpi}</translation>
    </message>
    <message>
        <source>Sleeping after (days)</source>
        <translation>Sleeping after (days)</translation>
    </message>
    <message>
        <source>An open deal without activity or stage change for longer than this is a sleeping deal</source>
        <translation>An open deal without activity or stage change for longer than this is a sleeping deal</translation>
    </message>
    <message>
        <source>Renaming keeps every deal and its stage history.</source>
        <translation>Renaming keeps every deal and its stage history.</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Reorder stages</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Delete stage</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Edit stage</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Sleeping after</source>
        <translation>Sleeping after</translation>
    </message>
    <message>
        <source>Add stage…</source>
        <translation>Add stage…</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Move later</translation>
    </message>
    <message>
        <source>Delete the stage {stage}?</source>
        <translation>Delete the stage {stage}?</translation>
    </message>
    <message>
        <source>Team: sum of the reps for {month}. Type a value to give the team its own target.</source>
        <translation>Team: sum of the reps for {month}. Type a value to give the team its own target.</translation>
    </message>
    <message>
        <source>The team's own target for {month}; it replaces the sum of the reps. Clear it to use the sum again.</source>
        <translation>The team's own target for {month}; it replaces the sum of the reps. Clear it to use the sum again.</translation>
    </message>
    <message>
        <source>Ramp…</source>
        <translation>Ramp…</translation>
    </message>
    <message>
        <source>Write targets that start realistic and are raised step by step.</source>
        <translation>Write targets that start realistic and are raised step by step.</translation>
    </message>
    <message>
        <source>Plan from revenue target…</source>
        <translation>Plan from revenue target…</translation>
    </message>
    <message>
        <source>Work back from a revenue target to targets per rep, at the team's own rates.</source>
        <translation>Work back from a revenue target to targets per rep, at the team's own rates.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Remove the targets of the selected cells (Delete).</source>
        <translation>Remove the targets of the selected cells (Delete).</translation>
    </message>
    <message>
        <source>There are no active reps yet. Add your team under Team first; you can already set targets for the team as a whole.</source>
        <translation>There are no active reps yet. Add your team under Team first; you can already set targets for the team as a whole.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Team: sum of the reps&lt;/i&gt; — in italics where the team has no target of its own. A value you type in the team row is the team's own target and replaces the sum; clear it to go back to the sum.</source>
        <translation>&lt;i&gt;Team: sum of the reps&lt;/i&gt; — in italics where the team has no target of its own. A value you type in the team row is the team's own target and replaces the sum; clear it to go back to the sum.</translation>
    </message>
    <message>
        <source>Clear targets</source>
        <translation>Clear targets</translation>
    </message>
    <message>
        <source>Ramp of targets</source>
        <translation>Ramp of targets</translation>
    </message>
    <message>
        <source>Targets from the revenue plan</source>
        <translation>Targets from the revenue plan</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Set target</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Targets and goals count pro rata by working days for the month someone starts or leaves in: from the start date up to and including the last day.</source>
        <translation>Targets and goals count pro rata by working days for the month someone starts or leaves in: from the start date up to and including the last day.</translation>
    </message>
    <message>
        <source>Still in the team</source>
        <translation>Still in the team</translation>
    </message>
    <message>
        <source>Inactive members keep their history but no longer appear in pickers and goals.</source>
        <translation>Inactive members keep their history but no longer appear in pickers and goals.</translation>
    </message>
    <message>
        <source>Ramp up the targets</source>
        <translation>Ramp up the targets</translation>
    </message>
    <message>
        <source>A new rep rarely reaches a full target at once: the ramp writes their monthly targets as a share of the full target, a month a step, from the month they start in.</source>
        <translation>A new rep rarely reaches a full target at once: the ramp writes their monthly targets as a share of the full target, a month a step, from the month they start in.</translation>
    </message>
    <message>
        <source>Percent of the full target per month, for example 50, 75, 100</source>
        <translation>Percent of the full target per month, for example 50, 75, 100</translation>
    </message>
    <message>
        <source>Steps (% a month)</source>
        <translation>Steps (% a month)</translation>
    </message>
    <message>
        <source>Write the steps as percentages, for example 50, 75, 100.</source>
        <translation>Write the steps as percentages, for example 50, 75, 100.</translation>
    </message>
    <message>
        <source>Add team member…</source>
        <translation>Add team member…</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Edit team member</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>New team member</translation>
    </message>
    <message>
        <source>The full monthly target; 0 writes no target</source>
        <translation>The full monthly target; 0 writes no target</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Writes</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>no targets</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Add {name}</translation>
    </message>
    <message>
        <source>Full: {kpi}</source>
        <translation>Full: {kpi}</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Ideal customer profile</source>
        <translation>Ideal customer profile</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your team, the pipeline stages, the activity points, the ideal-customer checklist, the targets, and the language and appearance.</source>
        <translation>Your team, the pipeline stages, the activity points, the ideal-customer checklist, the targets, and the language and appearance.</translation>
    </message>
</context>
</TS>
