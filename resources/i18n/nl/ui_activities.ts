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
        <source>This week: {week}
This month: {month}</source>
        <translation>Deze week: {week}
Deze maand: {month}</translation>
    </message>
    <message>
        <source>{points} pt</source>
        <translation>{points} pt</translation>
    </message>
    <message>
        <source>{start} – {end} · everyone, with their progress</source>
        <translation>{start} – {end} · iedereen, met de eigen voortgang</translation>
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
        <source>Time</source>
        <translation>Tijd</translation>
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
        <source>Activity points: the weight of this kind of contact moment. Always the type's current points.</source>
        <translation>Activiteitspunten: het gewicht van dit soort contactmoment. Altijd de huidige punten van de soort.</translation>
    </message>
    <message>
        <source>Search notes or organisation…</source>
        <translation>Zoek in notities of organisatie…</translation>
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
        <source>Delete {count} activities</source>
        <translation>{count} activiteiten verwijderen</translation>
    </message>
    <message>
        <source>Moved to the trash. Undo with Ctrl+Z.</source>
        <translation>In de prullenbak gezet. Ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>{count} activities moved to the trash. Undo with Ctrl+Z.</source>
        <translation>{count} activiteiten in de prullenbak gezet. Ongedaan maken met Ctrl+Z.</translation>
    </message>
</context>
</TS>
