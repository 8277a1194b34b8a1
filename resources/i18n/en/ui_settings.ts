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
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Show in the quick-log bar</source>
        <translation>Show in the quick-log bar</translation>
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
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
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
        <source>Points count for all history: {count} logged activities of this type will count {new} instead of {old} points, in every total, goal and leaderboard, also for past weeks.</source>
        <translation>Points count for all history: {count} logged activities of this type will count {new} instead of {old} points, in every total, goal and leaderboard, also for past weeks.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Renaming keeps every deal and its stage history.</source>
        <translation>Renaming keeps every deal and its stage history.</translation>
    </message>
    <message>
        <source>Add stage…</source>
        <translation>Add stage…</translation>
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
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Sleeping after</source>
        <translation>Sleeping after</translation>
    </message>
    <message>
        <source>Delete the stage {stage}?</source>
        <translation>Delete the stage {stage}?</translation>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Must-have</source>
        <translation>Must-have</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
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
