<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{months} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the relationship has lasted (years and months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring yearly value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ongoing customer relationships: keep them long and healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show churned customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} y {months} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
