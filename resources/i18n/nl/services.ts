<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>This activity type no longer exists.</source>
        <translation>Deze activiteitsoort bestaat niet meer.</translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation>Deze deal bestaat niet meer.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Deze klant bestaat niet meer.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Deze fase bestaat niet meer.</translation>
    </message>
    <message>
        <source>The deal is already in {stage}.</source>
        <translation>De deal staat al in {stage}.</translation>
    </message>
    <message>
        <source>A deal value cannot be negative.</source>
        <translation>Een dealwaarde kan niet negatief zijn.</translation>
    </message>
    <message>
        <source>The close date cannot be before the first contact ({day}).</source>
        <translation>De sluitdatum kan niet vóór het eerste contact ({day}) liggen.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export gestopt; er is geen bestand gemaakt.</translation>
    </message>
    <message>
        <source>KPIDesk cannot export '{kind}'. Choose one of: {kinds}.</source>
        <translation>KPIDesk kan '{kind}' niet exporteren. Kies uit: {kinds}.</translation>
    </message>
    <message>
        <source>Save the export as .xlsx (Excel) or .csv, not '{suffix}'.</source>
        <translation>Sla de export op als .xlsx (Excel) of .csv, niet als '{suffix}'.</translation>
    </message>
    <message>
        <source>Sleeping deal</source>
        <translation>Slapende deal</translation>
    </message>
    <message>
        <source>Contact moments (activity points)</source>
        <translation>Contactmomenten (activiteitspunten)</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Activity points</source>
        <translation>Activiteitspunten</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>% of goal</source>
        <translation>% van doel</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Gewogen waarde</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dagen in fase</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Verwachte sluiting</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Slapend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation>Dagen tot sluiten</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Reden verloren</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Klant sinds</translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation>Jaarwaarde</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Dagen zonder contact</translation>
    </message>
    <message>
        <source>Close ratio</source>
        <translation>Offerte → gewonnen-ratio</translation>
    </message>
    <message>
        <source>Deals closed</source>
        <translation>Deals gesloten</translation>
    </message>
    <message>
        <source>Biggest gap against the team</source>
        <translation>Grootste verschil met het team</translation>
    </message>
    <message>
        <source>Deals won and lost in the period.</source>
        <translation>Deals die in de periode gewonnen of verloren zijn.</translation>
    </message>
    <message>
        <source>Save the KPI sheet as an Excel file ending in .xlsx.</source>
        <translation>Sla het KPI-overzicht op als Excel-bestand dat eindigt op .xlsx.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Hele team</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Qualified leads</source>
        <translation>Gekwalificeerde leads</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Gewonnen waarde</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>KPI meeting sheet</source>
        <translation>KPI-overzicht voor het overleg</translation>
    </message>
    <message>
        <source>Deal value in the pipeline</source>
        <translation>Dealwaarde in de pipeline</translation>
    </message>
    <message>
        <source>New revenue (won deals)</source>
        <translation>Nieuwe omzet (gewonnen deals)</translation>
    </message>
    <message>
        <source>Deal velocity: average days to win</source>
        <translation>Dealsnelheid: gemiddeld aantal dagen tot gewonnen</translation>
    </message>
    <message>
        <source>Proposal → won ratio (close ratio)</source>
        <translation>Offerte → gewonnen-ratio</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Klantbehoud</translation>
    </message>
    <message>
        <source>Too few deals to say anything</source>
        <translation>Te weinig deals om iets over te zeggen</translation>
    </message>
    <message>
        <source>Open deals on {day}. A sleeping deal has had no activity or stage change for longer than its stage allows.</source>
        <translation>Open deals op {day}. Een slapende deal heeft langer dan de fase toestaat geen activiteit of fasewissel gehad.</translation>
    </message>
    <message>
        <source>Active customers without any contact in the {days} days before the end of the period.</source>
        <translation>Actieve klanten zonder contact in de {days} dagen voor het einde van de periode.</translation>
    </message>
    <message>
        <source>Share of the deals that entered a stage in the period and moved on. For finding bottlenecks and coaching, not for judging people. Reps with fewer than {n} deals in a stage are left blank.</source>
        <translation>Deel van de deals die in de periode een fase binnenkwamen en doorgingen. Om knelpunten te vinden en te coachen, niet om mensen te beoordelen. Bij minder dan {n} deals in een fase blijft het vak leeg.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Gemiddeld aantal dagen</translation>
    </message>
    <message>
        <source>{stage}: {rep}% against {team}% for the team</source>
        <translation>{stage}: {rep}% tegen {team}% voor het team</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>Een teamlid heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A team member is a rep or a manager.</source>
        <translation>Een teamlid is verkoper of manager.</translation>
    </message>
    <message>
        <source>This team member no longer exists.</source>
        <translation>Dit teamlid bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation>Er is al een teamlid met de naam {name}.</translation>
    </message>
</context>
</TS>
