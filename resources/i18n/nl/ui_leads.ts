<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Gekwalificeerd</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Gediskwalificeerd</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Number of employees</source>
        <translation>Aantal medewerkers</translation>
    </message>
    <message>
        <source>How well the lead meets the ideal-customer checklist</source>
        <translation>Hoe goed de lead voldoet aan de checklist van het ideaal klantprofiel</translation>
    </message>
    <message>
        <source>Prospects and how they score on your ideal-customer checklist.</source>
        <translation>Prospects en hoe ze scoren op je checklist voor het ideaal klantprofiel.</translation>
    </message>
    <message>
        <source>Search company, contact, e-mail or city…</source>
        <translation>Zoek bedrijf, contactpersoon, e-mail of plaats…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
</context>
</TS>
