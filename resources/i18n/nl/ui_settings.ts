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
        <source>Decide which actions matter and what each is worth: an intake meeting earns more than a voicemail. Active types get a button in the quick-log bar, in this order.</source>
        <translation>Bepaal welke acties tellen en wat ze waard zijn: een intakegesprek levert meer op dan een voicemail. Actieve soorten krijgen een knop in de snelbalk, in deze volgorde.</translation>
    </message>
    <message>
        <source>Add activity type…</source>
        <translation>Activiteitsoort toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
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
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
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
        <source>Plan from revenue target</source>
        <translation>Plannen vanuit omzettarget</translation>
    </message>
    <message>
        <source>Work back from a revenue target to the qualified leads, intakes, proposals and activity points it needs, at the team's own rates, and write them as targets per rep that start from last quarter and rise step by step.</source>
        <translation>Reken terug van een omzettarget naar de gekwalificeerde leads, intakes, offertes en activiteitspunten die ervoor nodig zijn, met de eigen ratio's van het team, en schrijf ze weg als targets per verkoper die beginnen bij vorig kwartaal en stap voor stap stijgen.</translation>
    </message>
    <message>
        <source>for example 200.000</source>
        <translation>bijvoorbeeld 200.000</translation>
    </message>
    <message>
        <source>Revenue target (€)</source>
        <translation>Omzettarget (€)</translation>
    </message>
    <message>
        <source>The most a target rises from one month to the next.</source>
        <translation>Hoeveel een target hoogstens stijgt van de ene maand op de volgende.</translation>
    </message>
    <message>
        <source>At most per month</source>
        <translation>Hoogstens per maand</translation>
    </message>
    <message>
        <source>Write targets</source>
        <translation>Targets opslaan</translation>
    </message>
    <message>
        <source>Type the revenue target for the period, for example 200.000.</source>
        <translation>Typ het omzettarget voor de periode, bijvoorbeeld 200.000.</translation>
    </message>
    <message>
        <source>Last quarter in all: {total}</source>
        <translation>Vorig kwartaal in totaal: {total}</translation>
    </message>
    <message>
        <source>Needed over the period: {need}</source>
        <translation>Nodig over de periode: {need}</translation>
    </message>
    <message>
        <source>At this pace the targets reach {total} of the {need} needed.</source>
        <translation>In dit tempo komen de targets op {total} van de {need} die nodig zijn.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per maand</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>per kwartaal</translation>
    </message>
    <message>
        <source>per half year</source>
        <translation>per halfjaar</translation>
    </message>
    <message>
        <source>Start at a target the team can reach today and raise it step by step: a realistic start that grows keeps people going, a target out of reach does not.</source>
        <translation>Begin met een target dat het team nu al kan halen en verhoog het stap voor stap: een haalbare start die groeit houdt mensen gemotiveerd, een onhaalbaar target niet.</translation>
    </message>
    <message>
        <source>The team (its own target)</source>
        <translation>Het team (eigen target)</translation>
    </message>
    <message>
        <source>Every rep, each the same</source>
        <translation>Elke verkoper, allemaal hetzelfde</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Looptijd</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>Begin bij</translation>
    </message>
    <message>
        <source>Raise by</source>
        <translation>Verhoog met</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Maximaal</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>Ramp for {kpi}</source>
        <translation>Opbouw voor {kpi}</translation>
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
        <source>Reorder stages</source>
        <translation>Fases herschikken</translation>
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
        <source>Sleeping after</source>
        <translation>Slapend na</translation>
    </message>
    <message>
        <source>Add stage…</source>
        <translation>Fase toevoegen…</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Fase toevoegen</translation>
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
        <source>Delete the stage {stage}?</source>
        <translation>Fase {stage} verwijderen?</translation>
    </message>
    <message>
        <source>Team: sum of the reps for {month}. Type a value to give the team its own target.</source>
        <translation>Team: som van de verkopers voor {month}. Typ een waarde om het team een eigen target te geven.</translation>
    </message>
    <message>
        <source>The team's own target for {month}; it replaces the sum of the reps. Clear it to use the sum again.</source>
        <translation>Het eigen target van het team voor {month}; dit vervangt de som van de verkopers. Wis het om weer de som te gebruiken.</translation>
    </message>
    <message>
        <source>Ramp…</source>
        <translation>Opbouw…</translation>
    </message>
    <message>
        <source>Write targets that start realistic and are raised step by step.</source>
        <translation>Zet targets die realistisch beginnen en stap voor stap omhooggaan.</translation>
    </message>
    <message>
        <source>Plan from revenue target…</source>
        <translation>Plannen vanuit omzettarget…</translation>
    </message>
    <message>
        <source>Work back from a revenue target to targets per rep, at the team's own rates.</source>
        <translation>Reken terug van een omzettarget naar targets per verkoper, met de eigen ratio's van het team.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Remove the targets of the selected cells (Delete).</source>
        <translation>Verwijder de targets van de gekozen cellen (Delete).</translation>
    </message>
    <message>
        <source>There are no active reps yet. Add your team under Team first; you can already set targets for the team as a whole.</source>
        <translation>Er zijn nog geen actieve verkopers. Voeg eerst je team toe onder Team; targets voor het hele team kun je nu al zetten.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Team: sum of the reps&lt;/i&gt; — in italics where the team has no target of its own. A value you type in the team row is the team's own target and replaces the sum; clear it to go back to the sum.</source>
        <translation>&lt;i&gt;Team: som van de verkopers&lt;/i&gt; — schuingedrukt waar het team geen eigen target heeft. Een waarde die je in de teamrij typt, is het eigen target van het team en vervangt de som; wis het om terug te gaan naar de som.</translation>
    </message>
    <message>
        <source>Clear targets</source>
        <translation>Targets wissen</translation>
    </message>
    <message>
        <source>Ramp of targets</source>
        <translation>Opbouw van targets</translation>
    </message>
    <message>
        <source>Targets from the revenue plan</source>
        <translation>Targets uit het omzetplan</translation>
    </message>
    <message>
        <source>Set target</source>
        <translation>Target zetten</translation>
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
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Targets and goals count pro rata by working days for the month someone starts or leaves in: from the start date up to and including the last day.</source>
        <translation>Targets en doelen tellen naar rato van de werkdagen in de maand waarin iemand begint of vertrekt: van de startdatum tot en met de laatste dag.</translation>
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
        <source>Ramp up the targets</source>
        <translation>Targets stap voor stap opbouwen</translation>
    </message>
    <message>
        <source>A new rep rarely reaches a full target at once: the ramp writes their monthly targets as a share of the full target, a month a step, from the month they start in.</source>
        <translation>Een nieuwe verkoper haalt zelden meteen een volledig target: de opbouw schrijft de maandtargets als deel van het volledige target, een stap per maand, vanaf de maand waarin hij of zij begint.</translation>
    </message>
    <message>
        <source>Percent of the full target per month, for example 50, 75, 100</source>
        <translation>Procent van het volledige target per maand, bijvoorbeeld 50, 75, 100</translation>
    </message>
    <message>
        <source>Steps (% a month)</source>
        <translation>Stappen (% per maand)</translation>
    </message>
    <message>
        <source>Write the steps as percentages, for example 50, 75, 100.</source>
        <translation>Schrijf de stappen als percentages, bijvoorbeeld 50, 75, 100.</translation>
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
        <source>The full monthly target; 0 writes no target</source>
        <translation>Het volledige maandtarget; 0 schrijft geen target</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schrijft</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>geen targets</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>{name} toevoegen</translation>
    </message>
    <message>
        <source>Full: {kpi}</source>
        <translation>Volledig: {kpi}</translation>
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
        <source>Your team, the pipeline stages, the activity points, the ideal-customer checklist, the targets, and the language and appearance.</source>
        <translation>Je team, de fases van de pipeline, de activiteitspunten, de checklist voor het ideale klantprofiel, de targets, en de taal en weergave.</translation>
    </message>
</context>
</TS>
