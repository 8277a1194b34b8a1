<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>'{status}' is not a lead status. Use nieuw/new, gekwalificeerd/qualified or gediskwalificeerd/disqualified.</source>
        <translation>'{status}' is not a lead status. Use nieuw/new, gekwalificeerd/qualified or gediskwalificeerd/disqualified.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Insight</translation>
    </message>
    <message>
        <source>€ {low}–{high} mln</source>
        <translation>€ {low}–{high} mln</translation>
    </message>
    <message>
        <source>No good customers to compare with yet: active, a customer for at least a year and of high value.</source>
        <translation>No good customers to compare with yet: active, a customer for at least a year and of high value.</translation>
    </message>
    <message>
        <source>Resembles none of your good customers.</source>
        <translation>Resembles none of your good customers.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <source>same industry</source>
        <translation>same industry</translation>
    </message>
    <message>
        <source>same region</source>
        <translation>same region</translation>
    </message>
    <message>
        <source>under € {high} mln</source>
        <translation>under € {high} mln</translation>
    </message>
    <message>
        <source>€ {low} mln or more</source>
        <translation>€ {low} mln or more</translation>
    </message>
    <message>
        <source>Resembles {count} {noun}: {parts}</source>
        <translation>Resembles {count} {noun}: {parts}</translation>
    </message>
    <message>
        <source>{band} employees</source>
        <translation>{band} employees</translation>
    </message>
    <message>
        <source>revenue {band}</source>
        <translation>revenue {band}</translation>
    </message>
</context>
</TS>
