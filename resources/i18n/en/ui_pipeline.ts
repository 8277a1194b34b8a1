<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Open deals by stage, with their value and weighted value.</source>
        <translation>Open deals by stage, with their value and weighted value.</translation>
    </message>
    <message>
        <source>Search deal or organisation…</source>
        <translation>Search deal or organisation…</translation>
    </message>
    <message>
        <source>open deal</source>
        <translation>open deal</translation>
    </message>
    <message>
        <source>open deals</source>
        <translation>open deals</translation>
    </message>
    <message>
        <source>Value × win probability</source>
        <translation>Value × win probability</translation>
    </message>
</context>
</TS>
