<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Delete lead</source>
        <translation>Lead verwijderen</translation>
    </message>
    <message>
        <source>Tick checklist</source>
        <translation>Checklist afvinken</translation>
    </message>
    <message>
        <source>Qualify lead</source>
        <translation>Lead kwalificeren</translation>
    </message>
    <message>
        <source>Disqualify lead</source>
        <translation>Lead diskwalificeren</translation>
    </message>
    <message>
        <source>Reopen lead</source>
        <translation>Lead heropenen</translation>
    </message>
    <message>
        <source>Convert lead to deal</source>
        <translation>Lead omzetten naar deal</translation>
    </message>
    <message>
        <source>New lead {company}</source>
        <translation>Nieuwe lead {company}</translation>
    </message>
    <message>
        <source>Edit lead {company}</source>
        <translation>Lead {company} bewerken</translation>
    </message>
    <message>
        <source>Delete {count} leads</source>
        <translation>{count} leads verwijderen</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>Geen budget</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Te klein</translation>
    </message>
    <message>
        <source>Outside our region</source>
        <translation>Buiten ons werkgebied</translation>
    </message>
    <message>
        <source>No decision maker</source>
        <translation>Geen beslisser</translation>
    </message>
    <message>
        <source>No concrete need</source>
        <translation>Geen concrete behoefte</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Niet bereikbaar</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>For example Utrecht or Noord-Brabant</source>
        <translation>Bijvoorbeeld Utrecht of Noord-Brabant</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source> thousand €</source>
        <translation> duizend €</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mogelijk dubbel</translation>
    </message>
    <message>
        <source>Open existing lead</source>
        <translation>Bestaande lead openen</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Toch toevoegen</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Kies of typ een reden</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Diskwalificeren</translation>
    </message>
    <message>
        <source>Convert to deal</source>
        <translation>Omzetten naar deal</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Verwachte waarde</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Deal aanmaken</translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation>Lead bewerken</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Nieuwe lead</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Open the existing lead, or add this one anyway?</source>
        <translation>Open je de bestaande lead, of voeg je deze toch toe?</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>zelfde organisatie</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>zelfde e-mail</translation>
    </message>
    <message>
        <source>Why does {company} not fit? The reason helps you see where leads drop out.</source>
        <translation>Waarom past {company} niet? Met de reden zie je waar leads afvallen.</translation>
    </message>
    <message>
        <source>The deal starts in the stage {stage}, owned by the lead's owner.</source>
        <translation>De deal start in de fase {stage}, bij de eigenaar van de lead.</translation>
    </message>
    <message>
        <source>Not assessed against the checklist yet</source>
        <translation>Nog niet langs de checklist gelegd</translation>
    </message>
    <message>
        <source>Fit score</source>
        <translation>Fitscore</translation>
    </message>
    <message>
        <source>Qualified at</source>
        <translation>Gekwalificeerd op</translation>
    </message>
    <message>
        <source>Fit score {score}%: how well the lead meets the ideal-customer checklist</source>
        <translation>Fitscore {score}%: hoe goed de lead voldoet aan de checklist van je ideale klantprofiel</translation>
    </message>
    <message>
        <source>How well the lead meets the ideal-customer checklist</source>
        <translation>Hoe goed de lead voldoet aan de checklist van je ideale klantprofiel</translation>
    </message>
    <message>
        <source>How closely the lead resembles your good customers: active, long-standing and high-value</source>
        <translation>Hoe sterk de lead lijkt op je goede klanten: actief, al lang klant en met een hoge waarde</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>Geen lead gekozen</translation>
    </message>
    <message>
        <source>Select a lead in the list to qualify it against your ideal-customer checklist.</source>
        <translation>Kies een lead in de lijst om hem te kwalificeren met de checklist van je ideale klantprofiel.</translation>
    </message>
    <message>
        <source>The qualified-at date: the lead counts in that month</source>
        <translation>De kwalificatiedatum: de lead telt mee in die maand</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>Kwalificeren</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>Diskwalificeren…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <source>Convert to deal…</source>
        <translation>Omzetten naar deal…</translation>
    </message>
    <message>
        <source>Must-have</source>
        <translation>Must-have</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Nice-to-have</translation>
    </message>
    <message>
        <source>Ideal customer checklist</source>
        <translation>Checklist ideaal klantprofiel</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>Nog geen contactgegevens</translation>
    </message>
    <message>
        <source>Converted to a deal.</source>
        <translation>Omgezet naar een deal.</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Datum wijzigen</translation>
    </message>
    <message>
        <source>Tick every must-have and reach the threshold to qualify.</source>
        <translation>Vink alle must-haves af en haal de drempel om te kwalificeren.</translation>
    </message>
    <message>
        <source>{kind}, weight {weight}</source>
        <translation>{kind}, gewicht {weight}</translation>
    </message>
    <message>
        <source>Fit score {score}% · threshold {threshold}%</source>
        <translation>Fitscore {score}% · drempel {threshold}%</translation>
    </message>
    <message>
        <source>All must-haves met; the score is still below the threshold.</source>
        <translation>Alle must-haves afgevinkt; de score zit nog onder de drempel.</translation>
    </message>
    <message>
        <source>All must-haves met and above the threshold.</source>
        <translation>Alle must-haves afgevinkt en boven de drempel.</translation>
    </message>
    <message>
        <source>Qualified on {day}.</source>
        <translation>Gekwalificeerd op {day}.</translation>
    </message>
    <message>
        <source>Missing must-haves: {criteria}</source>
        <translation>Ontbrekende must-haves: {criteria}</translation>
    </message>
    <message>
        <source>Disqualified: {reason}</source>
        <translation>Gediskwalificeerd: {reason}</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Whose target to show</source>
        <translation>Van wie je het target ziet</translation>
    </message>
    <message>
        <source>Prospects, how they score on your ideal-customer checklist and how much they look like your best customers.</source>
        <translation>Prospects, hun score op de checklist van je ideale klantprofiel en hoeveel ze lijken op je beste klanten.</translation>
    </message>
    <message>
        <source>Search company, contact, e-mail or city…</source>
        <translation>Zoek bedrijf, contactpersoon, e-mail of plaats…</translation>
    </message>
    <message>
        <source>On the created date; with status Qualified, on the qualified-at date</source>
        <translation>Op de aanmaakdatum; bij status Gekwalificeerd op de kwalificatiedatum</translation>
    </message>
    <message>
        <source>No leads to show. Add one with New lead (Ctrl+N), bring in a spreadsheet with File › Import (Ctrl+I), or widen the filters above.</source>
        <translation>Geen leads om te tonen. Voeg er een toe met Nieuwe lead (Ctrl+N), haal een spreadsheet binnen via Bestand › Importeren (Ctrl+I), of verruim de filters hierboven.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>Qualified leads in {month} for</source>
        <translation>Gekwalificeerde leads in {month} voor</translation>
    </message>
    <message>
        <source>{count} of {target} target ({percent}%)</source>
        <translation>{count} van {target} target ({percent}%)</translation>
    </message>
    <message>
        <source>{count} (no target set)</source>
        <translation>{count} (geen target ingesteld)</translation>
    </message>
    <message>
        <source>The deal {title} is in the pipeline, in {stage}.</source>
        <translation>De deal {title} staat in de pipeline, in {stage}.</translation>
    </message>
</context>
</TS>
