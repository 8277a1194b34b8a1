<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
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
        <source>Remove</source>
        <translation>Remove</translation>
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
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
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
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Win probability</translation>
    </message>
    <message>
        <source>Sleeping after (days)</source>
        <translation>Sleeping after (days)</translation>
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
        <source>An open deal without activity or stage change for longer than this is a sleeping deal</source>
        <translation>An open deal without activity or stage change for longer than this is a sleeping deal</translation>
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
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Your team, the pipeline stages, the activity points and the ideal-customer checklist.</source>
        <translation>Your team, the pipeline stages, the activity points and the ideal-customer checklist.</translation>
    </message>
</context>
</TS>
