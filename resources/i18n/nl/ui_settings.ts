<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <source>Name (Dutch)</source>
        <translation>Naam (Nederlands)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Naam (Engels)</translation>
    </message>
    <message>
        <source>Show in the quick-log bar</source>
        <translation>Tonen in de snelbalk</translation>
    </message>
    <message>
        <source>Decide which actions matter and what each is worth: an intake meeting earns more than a voicemail. Active types get a button in the quick-log bar, in this order.</source>
        <translation>Bepaal welke acties tellen en wat ze waard zijn: een intakegesprek levert meer op dan een voicemail. Actieve soorten krijgen een knop in de snelbalk, in deze volgorde.</translation>
    </message>
    <message>
        <source>Add activity type…</source>
        <translation>Activiteitsoort toevoegen…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Edit activity type</source>
        <translation>Activiteitsoort bewerken</translation>
    </message>
    <message>
        <source>New activity type</source>
        <translation>Nieuwe activiteitsoort</translation>
    </message>
    <message>
        <source>Points are the type's current points: changing them later re-weights the history of this type.</source>
        <translation>Punten zijn de huidige punten van de soort: pas je ze later aan, dan telt de hele historie van deze soort opnieuw mee.</translation>
    </message>
    <message>
        <source>Add activity type</source>
        <translation>Activiteitsoort toevoegen</translation>
    </message>
    <message>
        <source>Reorder activity types</source>
        <translation>Activiteitsoorten herschikken</translation>
    </message>
    <message>
        <source>Remove activity type</source>
        <translation>Activiteitsoort verwijderen</translation>
    </message>
    <message>
        <source>Points count for all history: {count} logged activities of this type will count {new} instead of {old} points, in every total, goal and leaderboard, also for past weeks.</source>
        <translation>Punten gelden voor de hele historie: {count} gelogde activiteiten van deze soort tellen dan voor {new} in plaats van {old} punten, in elk totaal, doel en klassement, ook voor eerdere weken.</translation>
    </message>
    <message>
        <source>Criterion (Dutch)</source>
        <translation>Criterium (Nederlands)</translation>
    </message>
    <message>
        <source>Criterion (English)</source>
        <translation>Criterium (Engels)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>A lead can only be qualified when every must-have is ticked</source>
        <translation>Een lead is pas te kwalificeren als alle must-haves zijn afgevinkt</translation>
    </message>
    <message>
        <source>How much the criterion counts in the fit score (0 to 10)</source>
        <translation>Hoe zwaar het criterium meetelt in de fitscore (0 tot 10)</translation>
    </message>
    <message>
        <source>The checklist a lead must meet before it counts as qualified. Must-haves are required; the weights make up the fit score, which must reach the threshold.</source>
        <translation>De checklist waar een lead aan moet voldoen voordat hij als gekwalificeerd telt. Must-haves zijn verplicht; de gewichten bepalen de fitscore, en die moet de drempel halen.</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <source>The fit score a lead needs to be qualified</source>
        <translation>De fitscore die een lead nodig heeft om gekwalificeerd te worden</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <source>Save checklist</source>
        <translation>Checklist opslaan</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Drempel</translation>
    </message>
    <message>
        <source>Change checklist</source>
        <translation>Checklist wijzigen</translation>
    </message>
    <message>
        <source>{count} criteria, {musts} must-haves, total weight {total}</source>
        <translation>{count} criteria, {musts} must-haves, totaal gewicht {total}</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zelfde als het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>The language of the window. 'Same as the system' follows your computer's language setting.</source>
        <translation>De taal van het venster. 'Zelfde als het systeem' volgt de taalinstelling van je computer.</translation>
    </message>
    <message>
        <source>Switch language now</source>
        <translation>Nu van taal wisselen</translation>
    </message>
    <message>
        <source>Reopens the window in the chosen language. Undo history is cleared.</source>
        <translation>Opent het venster opnieuw in de gekozen taal. De lijst om ongedaan te maken wordt leeggemaakt.</translation>
    </message>
    <message>
        <source>Light or dark; 'Same as the system' follows your desktop.</source>
        <translation>Licht of donker; 'Zelfde als het systeem' volgt je bureaublad.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Weergave:</translation>
    </message>
    <message>
        <source>Saved. The window switches when you click the button above, or the next time you start KPIDesk.</source>
        <translation>Opgeslagen. Het venster wisselt als je op de knop hierboven klikt, of de volgende keer dat je KPIDesk start.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Sleeping after (days)</source>
        <translation>Slapend na (dagen)</translation>
    </message>
    <message>
        <source>An open deal without activity or stage change for longer than this is a sleeping deal</source>
        <translation>Een open deal zonder activiteit of fasewissel die langer dan dit stilligt, is een slapende deal</translation>
    </message>
    <message>
        <source>Renaming keeps every deal and its stage history.</source>
        <translation>Bij een nieuwe naam blijven alle deals en hun fasegeschiedenis bewaard.</translation>
    </message>
    <message>
        <source>Add stage…</source>
        <translation>Fase toevoegen…</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Naar voren</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Naar achteren</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Fase bewerken</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>Sleeping after</source>
        <translation>Slapend na</translation>
    </message>
    <message>
        <source>Delete the stage {stage}?</source>
        <translation>Fase {stage} verwijderen?</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Still in the team</source>
        <translation>Nog in het team</translation>
    </message>
    <message>
        <source>Inactive members keep their history but no longer appear in pickers and goals.</source>
        <translation>Inactieve teamleden houden hun historie, maar staan niet meer in keuzelijsten en doelen.</translation>
    </message>
    <message>
        <source>Add team member…</source>
        <translation>Teamlid toevoegen…</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Teamlid bewerken</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Nieuw teamlid</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Ideal customer profile</source>
        <translation>Ideaal klantprofiel</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Your team, the pipeline stages, the activity points, the ideal-customer checklist, and the language and appearance.</source>
        <translation>Je team, de fases van de pipeline, de activiteitspunten, de checklist voor het ideale klantprofiel, en de taal en weergave.</translation>
    </message>
</context>
</TS>
