<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open deals by stage, with their value and weighted value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search deal or organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value × win probability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
