<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>'{status}' is not a lead status. Use nieuw/new, gekwalificeerd/qualified or gediskwalificeerd/disqualified.</source>
        <translation>'{status}' is geen leadstatus. Gebruik nieuw/new, gekwalificeerd/qualified of gediskwalificeerd/disqualified.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Insight</source>
        <translation>Inzicht</translation>
    </message>
    <message>
        <source>€ {low}–{high} mln</source>
        <translation>€ {low}–{high} mln</translation>
    </message>
    <message>
        <source>No good customers to compare with yet: active, a customer for at least a year and of high value.</source>
        <translation>Nog geen goede klanten om mee te vergelijken: actief, minstens een jaar klant en met een hoge waarde.</translation>
    </message>
    <message>
        <source>Resembles none of your good customers.</source>
        <translation>Lijkt op geen van je goede klanten.</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>klant</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>klanten</translation>
    </message>
    <message>
        <source>same industry</source>
        <translation>zelfde branche</translation>
    </message>
    <message>
        <source>same region</source>
        <translation>zelfde regio</translation>
    </message>
    <message>
        <source>under € {high} mln</source>
        <translation>onder € {high} mln</translation>
    </message>
    <message>
        <source>€ {low} mln or more</source>
        <translation>€ {low} mln of meer</translation>
    </message>
    <message>
        <source>Resembles {count} {noun}: {parts}</source>
        <translation>Lijkt op {count} {noun}: {parts}</translation>
    </message>
    <message>
        <source>{band} employees</source>
        <translation>{band} medewerkers</translation>
    </message>
    <message>
        <source>revenue {band}</source>
        <translation>omzet {band}</translation>
    </message>
</context>
</TS>
