<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Edit activity</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>No rep</source>
        <translation>No rep</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Done: it happened on this date</source>
        <translation>Done: it happened on this date</translation>
    </message>
    <message>
        <source>Planned: due on this date</source>
        <translation>Planned: due on this date</translation>
    </message>
    <message>
        <source>Only done activities earn points. A done activity cannot lie after today.</source>
        <translation>Only done activities earn points. A done activity cannot lie after today.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>✓ Goal reached</source>
        <translation>✓ Goal reached</translation>
    </message>
    <message>
        <source>On pace</source>
        <translation>On pace</translation>
    </message>
    <message>
        <source>{points} of {goal} pt</source>
        <translation>{points} of {goal} pt</translation>
    </message>
    <message>
        <source>{percent} of goal · {points} pt</source>
        <translation>{percent} of goal · {points} pt</translation>
    </message>
    <message>
        <source>{left} pt to go</source>
        <translation>{left} pt to go</translation>
    </message>
    <message>
        <source>Team goal</source>
        <translation>Team goal</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Add reps in Settings › Team to see their goals here.</source>
        <translation>Add reps in Settings › Team to see their goals here.</translation>
    </message>
    <message>
        <source>{points} pt · no goal set</source>
        <translation>{points} pt · no goal set</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points} pt</translation>
    </message>
    <message>
        <source>no goal yet</source>
        <translation>no goal yet</translation>
    </message>
    <message>
        <source>Top this week</source>
        <translation>Top this week</translation>
    </message>
    <message>
        <source>Top this month</source>
        <translation>Top this month</translation>
    </message>
    <message>
        <source>{name}
This week: {week}
This month: {month}</source>
        <translation>{name}
This week: {week}
This month: {month}</translation>
    </message>
    <message>
        <source>{start} – {end} · everyone, by share of their own goal</source>
        <translation>{start} – {end} · everyone, by share of their own goal</translation>
    </message>
    <message>
        <source>{title} ({kind})</source>
        <translation>{title} ({kind})</translation>
    </message>
    <message>
        <source>Lead, deal or customer (optional)</source>
        <translation>Lead, deal or customer (optional)</translation>
    </message>
    <message>
        <source>{title} · {organisation} ({kind})</source>
        <translation>{title} · {organisation} ({kind})</translation>
    </message>
    <message>
        <source>Log {kind}</source>
        <translation>Log {kind}</translation>
    </message>
    <message>
        <source>Plan {kind}</source>
        <translation>Plan {kind}</translation>
    </message>
    <message>
        <source>No next step planned.</source>
        <translation>No next step planned.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Its points count on the day it happened, so the week it belongs to gets them.</source>
        <translation>Its points count on the day it happened, so the week it belongs to gets them.</translation>
    </message>
    <message>
        <source>On the planned day</source>
        <translation>On the planned day</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Next steps: {steps}</source>
        <translation>Next steps: {steps}</translation>
    </message>
    <message>
        <source>{type} {day}</source>
        <translation>{type} {day}</translation>
    </message>
    <message>
        <source>Mark {kind} done</source>
        <translation>Mark {kind} done</translation>
    </message>
    <message>
        <source>Mark {count} activities done</source>
        <translation>Mark {count} activities done</translation>
    </message>
    <message>
        <source>⚠ {step} (overdue)</source>
        <translation>⚠ {step} (overdue)</translation>
    </message>
    <message>
        <source>and {count} more planned</source>
        <translation>and {count} more planned</translation>
    </message>
    <message>
        <source>{kind} was planned for {day}. When did it happen?</source>
        <translation>{kind} was planned for {day}. When did it happen?</translation>
    </message>
    <message>
        <source>{count} of these were planned for an earlier day. When did they happen?</source>
        <translation>{count} of these were planned for an earlier day. When did they happen?</translation>
    </message>
    <message>
        <source>Log a contact moment</source>
        <translation>Log a contact moment</translation>
    </message>
    <message>
        <source>Pick a type (Alt+1…) and press Enter.</source>
        <translation>Pick a type (Alt+1…) and press Enter.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Use the current date and time</source>
        <translation>Use the current date and time</translation>
    </message>
    <message>
        <source>Log a contact moment that happened (it earns its points)</source>
        <translation>Log a contact moment that happened (it earns its points)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan a next step: it earns its points once it is marked done</source>
        <translation>Plan a next step: it earns its points once it is marked done</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>Log  ⏎</source>
        <translation>Log  ⏎</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Plan  ⏎</source>
        <translation>Plan  ⏎</translation>
    </message>
    <message>
        <source>Pick an activity type first (Alt+1…).</source>
        <translation>Pick an activity type first (Alt+1…).</translation>
    </message>
    <message>
        <source>{name}: {points} activity points. Shortcut {key}, then Enter.</source>
        <translation>{name}: {points} activity points. Shortcut {key}, then Enter.</translation>
    </message>
    <message>
        <source>✓ {kind} logged for {rep}: +{points}</source>
        <translation>✓ {kind} logged for {rep}: +{points}</translation>
    </message>
    <message>
        <source>✓ {kind} planned for {rep} on {day}</source>
        <translation>✓ {kind} planned for {rep} on {day}</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Overdue</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Done and planned</source>
        <translation>Done and planned</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Last 90 days</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Done: it happened and earns its points. Planned: a next step, due on its date; it earns points once it is marked done (Ctrl+D).</source>
        <translation>Done: it happened and earns its points. Planned: a next step, due on its date; it earns points once it is marked done (Ctrl+D).</translation>
    </message>
    <message>
        <source>Activity points: the weight of this kind of contact moment. Always the type's current points; in brackets for a planned one, which earns them once it is done.</source>
        <translation>Activity points: the weight of this kind of contact moment. Always the type's current points; in brackets for a planned one, which earns them once it is done.</translation>
    </message>
    <message>
        <source>Search notes or organisation…</source>
        <translation>Search notes or organisation…</translation>
    </message>
    <message>
        <source>Mark the selected planned activities done (Ctrl+D). Undo with Ctrl+Z.</source>
        <translation>Mark the selected planned activities done (Ctrl+D). Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Move the selected activities to the trash (Delete). Undo with Ctrl+Z.</source>
        <translation>Move the selected activities to the trash (Delete). Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing logged in this period yet.
Pick a type in the bar above, or press Alt+1, to log your first contact moment.</source>
        <translation>Nothing logged in this period yet.
Pick a type in the bar above, or press Alt+1, to log your first contact moment.</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>All activities</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Contact moments, counted in activity points. Log them as they happen: it takes two clicks.</source>
        <translation>Contact moments, counted in activity points. Log them as they happen: it takes two clicks.</translation>
    </message>
    <message>
        <source>{count} {noun}</source>
        <translation>{count} {noun}</translation>
    </message>
    <message>
        <source>✓ Marked done: its points count now. Undo with Ctrl+Z.</source>
        <translation>✓ Marked done: its points count now. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {count} activities</source>
        <translation>Delete {count} activities</translation>
    </message>
    <message>
        <source>Moved to the trash. Undo with Ctrl+Z.</source>
        <translation>Moved to the trash. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>✓ {count} activities marked done. Undo with Ctrl+Z.</source>
        <translation>✓ {count} activities marked done. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>{count} activities moved to the trash. Undo with Ctrl+Z.</source>
        <translation>{count} activities moved to the trash. Undo with Ctrl+Z.</translation>
    </message>
</context>
</TS>
