<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fit score</source>
        <translation>Fit score</translation>
    </message>
    <message>
        <source>Qualified at</source>
        <translation>Qualified at</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Number of employees</translation>
    </message>
    <message>
        <source>How well the lead meets the ideal-customer checklist</source>
        <translation>How well the lead meets the ideal-customer checklist</translation>
    </message>
    <message>
        <source>Prospects and how they score on your ideal-customer checklist.</source>
        <translation>Prospects and how they score on your ideal-customer checklist.</translation>
    </message>
    <message>
        <source>Search company, contact, e-mail or city…</source>
        <translation>Search company, contact, e-mail or city…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
</context>
</TS>
