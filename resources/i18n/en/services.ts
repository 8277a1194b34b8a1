<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>This activity type no longer exists.</source>
        <translation>This activity type no longer exists.</translation>
    </message>
    <message>
        <source>This deal no longer exists.</source>
        <translation>This deal no longer exists.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <source>Became a customer</source>
        <translation>Became a customer</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Churned</translation>
    </message>
    <message>
        <source>A yearly value cannot be negative.</source>
        <translation>A yearly value cannot be negative.</translation>
    </message>
    <message>
        <source>The churn date cannot be in the future.</source>
        <translation>The churn date cannot be in the future.</translation>
    </message>
    <message>
        <source>This customer is active already.</source>
        <translation>This customer is active already.</translation>
    </message>
    <message>
        <source>This team member no longer exists.</source>
        <translation>This team member no longer exists.</translation>
    </message>
    <message>
        <source>This customer already churned on {day}. Reactivate it first.</source>
        <translation>This customer already churned on {day}. Reactivate it first.</translation>
    </message>
    <message>
        <source>The churn date cannot be before the customer-since date ({day}).</source>
        <translation>The churn date cannot be before the customer-since date ({day}).</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>This stage no longer exists.</translation>
    </message>
    <message>
        <source>The deal is already in {stage}.</source>
        <translation>The deal is already in {stage}.</translation>
    </message>
    <message>
        <source>A deal value cannot be negative.</source>
        <translation>A deal value cannot be negative.</translation>
    </message>
    <message>
        <source>The close date cannot be before the first contact ({day}).</source>
        <translation>The close date cannot be before the first contact ({day}).</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>A team member needs a name.</translation>
    </message>
    <message>
        <source>A team member is a rep or a manager.</source>
        <translation>A team member is a rep or a manager.</translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation>There is already a team member called {name}.</translation>
    </message>
</context>
</TS>
