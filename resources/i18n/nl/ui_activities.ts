<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Edit activity</source>
        <translation>Activiteit bewerken</translation>
    </message>
    <message>
        <source>No rep</source>
        <translation>Geen verkoper</translation>
    </message>
    <message>
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <source>Done: it happened on this date</source>
        <translation>Gedaan: gebeurd op deze datum</translation>
    </message>
    <message>
        <source>Planned: due on this date</source>
        <translation>Gepland: staat voor deze datum</translation>
    </message>
    <message>
        <source>Only done activities earn points. A done activity cannot lie after today.</source>
        <translation>Alleen gedane activiteiten leveren punten op. Een gedane activiteit kan niet na vandaag liggen.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>✓ Goal reached</source>
        <translation>✓ Doel gehaald</translation>
    </message>
    <message>
        <source>On pace</source>
        <translation>Op schema</translation>
    </message>
    <message>
        <source>{points} of {goal} pt</source>
        <translation>{points} van {goal} pt</translation>
    </message>
    <message>
        <source>{percent} of goal · {points} pt</source>
        <translation>{percent} van doel · {points} pt</translation>
    </message>
    <message>
        <source>{left} pt to go</source>
        <translation>nog {left} pt</translation>
    </message>
    <message>
        <source>Team goal</source>
        <translation>Teamdoel</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Add reps in Settings › Team to see their goals here.</source>
        <translation>Voeg verkopers toe via Instellingen › Team om hier hun doelen te zien.</translation>
    </message>
    <message>
        <source>{points} pt · no goal set</source>
        <translation>{points} pt · geen doel ingesteld</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points} pt</translation>
    </message>
    <message>
        <source>no goal yet</source>
        <translation>nog geen doel</translation>
    </message>
    <message>
        <source>Top this week</source>
        <translation>Top deze week</translation>
    </message>
    <message>
        <source>Top this month</source>
        <translation>Top deze maand</translation>
    </message>
    <message>
        <source>{name}
This week: {week}
This month: {month}</source>
        <translation>{name}
Deze week: {week}
Deze maand: {month}</translation>
    </message>
    <message>
        <source>{start} – {end} · everyone, by share of their own goal</source>
        <translation>{start} – {end} · iedereen, naar deel van het eigen doel</translation>
    </message>
    <message>
        <source>{title} ({kind})</source>
        <translation>{title} ({kind})</translation>
    </message>
    <message>
        <source>Lead, deal or customer (optional)</source>
        <translation>Lead, deal of klant (optioneel)</translation>
    </message>
    <message>
        <source>{title} · {organisation} ({kind})</source>
        <translation>{title} · {organisation} ({kind})</translation>
    </message>
    <message>
        <source>Log {kind}</source>
        <translation>{kind} loggen</translation>
    </message>
    <message>
        <source>Plan {kind}</source>
        <translation>{kind} plannen</translation>
    </message>
    <message>
        <source>No next step planned.</source>
        <translation>Geen volgende stap gepland.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Markeer als gedaan</translation>
    </message>
    <message>
        <source>Its points count on the day it happened, so the week it belongs to gets them.</source>
        <translation>De punten tellen op de dag dat het gebeurde, zodat de juiste week ze krijgt.</translation>
    </message>
    <message>
        <source>On the planned day</source>
        <translation>Op de geplande dag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Next steps: {steps}</source>
        <translation>Volgende stappen: {steps}</translation>
    </message>
    <message>
        <source>{type} {day}</source>
        <translation>{type} {day}</translation>
    </message>
    <message>
        <source>Mark {kind} done</source>
        <translation>{kind} als gedaan markeren</translation>
    </message>
    <message>
        <source>Mark {count} activities done</source>
        <translation>{count} activiteiten als gedaan markeren</translation>
    </message>
    <message>
        <source>⚠ {step} (overdue)</source>
        <translation>⚠ {step} (te laat)</translation>
    </message>
    <message>
        <source>and {count} more planned</source>
        <translation>en nog {count} gepland</translation>
    </message>
    <message>
        <source>{kind} was planned for {day}. When did it happen?</source>
        <translation>{kind} stond gepland voor {day}. Wanneer is het gebeurd?</translation>
    </message>
    <message>
        <source>{count} of these were planned for an earlier day. When did they happen?</source>
        <translation>{count} hiervan stonden gepland voor een eerdere dag. Wanneer zijn ze gebeurd?</translation>
    </message>
    <message>
        <source>Log a contact moment</source>
        <translation>Contactmoment loggen</translation>
    </message>
    <message>
        <source>Pick a type (Alt+1…) and press Enter.</source>
        <translation>Kies een soort (Alt+1…) en druk op Enter.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Use the current date and time</source>
        <translation>Gebruik de huidige datum en tijd</translation>
    </message>
    <message>
        <source>Log a contact moment that happened (it earns its points)</source>
        <translation>Log een contactmoment dat gebeurd is (het levert zijn punten op)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Plan a next step: it earns its points once it is marked done</source>
        <translation>Plan een volgende stap: die levert punten op zodra hij als gedaan is gemarkeerd</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notitie (optioneel)</translation>
    </message>
    <message>
        <source>Log  ⏎</source>
        <translation>Loggen  ⏎</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Plan  ⏎</source>
        <translation>Plannen  ⏎</translation>
    </message>
    <message>
        <source>Pick an activity type first (Alt+1…).</source>
        <translation>Kies eerst een activiteitsoort (Alt+1…).</translation>
    </message>
    <message>
        <source>{name}: {points} activity points. Shortcut {key}, then Enter.</source>
        <translation>{name}: {points} activiteitspunten. Sneltoets {key}, dan Enter.</translation>
    </message>
    <message>
        <source>✓ {kind} logged for {rep}: +{points}</source>
        <translation>✓ {kind} gelogd voor {rep}: +{points}</translation>
    </message>
    <message>
        <source>✓ {kind} planned for {rep} on {day}</source>
        <translation>✓ {kind} gepland voor {rep} op {day}</translation>
    </message>
    <message>
        <source>⚠ Overdue</source>
        <translation>⚠ Te laat</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Done and planned</source>
        <translation>Gedaan en gepland</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Laatste 90 dagen</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Alle periodes</translation>
    </message>
    <message>
        <source>Done: it happened and earns its points. Planned: a next step, due on its date; it earns points once it is marked done (Ctrl+D).</source>
        <translation>Gedaan: het is gebeurd en levert zijn punten op. Gepland: een volgende stap op zijn datum; die levert punten op zodra hij als gedaan is gemarkeerd (Ctrl+D).</translation>
    </message>
    <message>
        <source>Activity points: the weight of this kind of contact moment. Always the type's current points; in brackets for a planned one, which earns them once it is done.</source>
        <translation>Activiteitspunten: het gewicht van dit soort contactmoment. Altijd de huidige punten van het soort; tussen haakjes bij een geplande, die ze oplevert zodra hij gedaan is.</translation>
    </message>
    <message>
        <source>Search notes or organisation…</source>
        <translation>Zoek in notities of organisatie…</translation>
    </message>
    <message>
        <source>Mark the selected planned activities done (Ctrl+D). Undo with Ctrl+Z.</source>
        <translation>Markeer de gekozen geplande activiteiten als gedaan (Ctrl+D). Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move the selected activities to the trash (Delete). Undo with Ctrl+Z.</source>
        <translation>Zet de gekozen activiteiten in de prullenbak (Delete). Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Nothing logged in this period yet.
Pick a type in the bar above, or press Alt+1, to log your first contact moment.</source>
        <translation>In deze periode is nog niets gelogd.
Kies hierboven een soort, of druk op Alt+1, om je eerste contactmoment te loggen.</translation>
    </message>
    <message>
        <source>All activities</source>
        <translation>Alle activiteiten</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>activiteiten</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <source>Contact moments, counted in activity points. Log them as they happen: it takes two clicks.</source>
        <translation>Contactmomenten, geteld in activiteitspunten. Log ze meteen: het kost twee klikken.</translation>
    </message>
    <message>
        <source>{count} {noun}</source>
        <translation>{count} {noun}</translation>
    </message>
    <message>
        <source>✓ Marked done: its points count now. Undo with Ctrl+Z.</source>
        <translation>✓ Gedaan: de punten tellen nu mee. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {count} activities</source>
        <translation>{count} activiteiten verwijderen</translation>
    </message>
    <message>
        <source>Moved to the trash. Undo with Ctrl+Z.</source>
        <translation>In de prullenbak gezet. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>✓ {count} activities marked done. Undo with Ctrl+Z.</source>
        <translation>✓ {count} activiteiten als gedaan gemarkeerd. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>{count} activities moved to the trash. Undo with Ctrl+Z.</source>
        <translation>{count} activiteiten in de prullenbak gezet. Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
</TS>
