<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Insight KPIs</source>
        <translation>Inzicht-KPI's</translation>
    </message>
    <message>
        <source>Activity points per rep against goal</source>
        <translation>Activiteitspunten per verkoper tegen persoonlijk doel</translation>
    </message>
    <message>
        <source>Qualified leads per month against target</source>
        <translation>Gekwalificeerde leads per maand tegen target</translation>
    </message>
    <message>
        <source>Won value per month</source>
        <translation>Gewonnen waarde per maand</translation>
    </message>
    <message>
        <source>Pipeline per stage: value and weighted value</source>
        <translation>Pipeline per fase: waarde en gewogen waarde</translation>
    </message>
    <message>
        <source>Average days in each stage</source>
        <translation>Gemiddeld aantal dagen per fase</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% van target</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Per month (last 12 months)</source>
        <translation>Per maand (laatste 12 maanden)</translation>
    </message>
    <message>
        <source>Pipeline per stage (open deals)</source>
        <translation>Pipeline per fase (open deals)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Gewonnen en verloren</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Knelpunten</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Previous period ({period})</source>
        <translation>Vorige periode ({period})</translation>
    </message>
    <message>
        <source>Colours: green at 100% of target or more, orange at 80% or more, red below 80%.</source>
        <translation>Kleuren: groen bij 100% van het target of meer, oranje bij 80% of meer, rood onder 80%.</translation>
    </message>
    <message>
        <source>{scope} · {period}</source>
        <translation>{scope} · {period}</translation>
    </message>
    <message>
        <source>Insight KPIs are for finding bottlenecks, not for judging people.</source>
        <translation>Inzicht-KPI's zijn om knelpunten te vinden, niet om mensen te beoordelen.</translation>
    </message>
    <message>
        <source>KPIDesk cannot write {file}: it is open in another program (Excel?) or read-only. Close it there, or choose another file name.</source>
        <translation>KPIDesk kan {file} niet opslaan: het bestand is open in een ander programma (Excel?) of alleen-lezen. Sluit het daar, of kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name, for example {example}.</source>
        <translation>{path} is een map. Geef een bestandsnaam, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first or choose another.</source>
        <translation>De map {folder} bestaat niet. Maak hem eerst aan of kies een andere.</translation>
    </message>
    <message>
        <source>KPIDesk may not write in the folder {folder}. Choose another folder.</source>
        <translation>KPIDesk mag niet schrijven in de map {folder}. Kies een andere map.</translation>
    </message>
    <message>
        <source>KPIDesk could not save {file}: {reason}</source>
        <translation>KPIDesk kon {file} niet opslaan: {reason}</translation>
    </message>
</context>
</TS>
