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
        <source>The threshold is a percentage from 0 to 100.</source>
        <translation>The threshold is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0, or the fit score stays 0%.</source>
        <translation>Give at least one criterion a weight above 0, or the fit score stays 0%.</translation>
    </message>
    <message>
        <source>Criterion {number} has no text. Type it, or remove the criterion.</source>
        <translation>Criterion {number} has no text. Type it, or remove the criterion.</translation>
    </message>
    <message>
        <source>The weight of '{criterion}' must be from 0 to {max}.</source>
        <translation>The weight of '{criterion}' must be from 0 to {max}.</translation>
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
        <source>This lead no longer exists. It may have been deleted.</source>
        <translation>This lead no longer exists. It may have been deleted.</translation>
    </message>
    <message>
        <source>A lead needs a company name.</source>
        <translation>A lead needs a company name.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>The number of employees cannot be negative.</translation>
    </message>
    <message>
        <source>The yearly revenue cannot be negative.</source>
        <translation>The yearly revenue cannot be negative.</translation>
    </message>
    <message>
        <source>Choose an owner from the team.</source>
        <translation>Choose an owner from the team.</translation>
    </message>
    <message>
        <source>The created date cannot be after the date the lead was qualified.</source>
        <translation>The created date cannot be after the date the lead was qualified.</translation>
    </message>
    <message>
        <source>These leads no longer exist.</source>
        <translation>These leads no longer exist.</translation>
    </message>
    <message>
        <source>'{email}' is not an e-mail address.</source>
        <translation>'{email}' is not an e-mail address.</translation>
    </message>
    <message>
        <source>There is already a lead for {company}.</source>
        <translation>There is already a lead for {company}.</translation>
    </message>
    <message>
        <source>Give a reason for disqualifying the lead.</source>
        <translation>Give a reason for disqualifying the lead.</translation>
    </message>
    <message>
        <source>The first-contact date cannot be in the future.</source>
        <translation>The first-contact date cannot be in the future.</translation>
    </message>
    <message>
        <source>The qualified date cannot be in the future.</source>
        <translation>The qualified date cannot be in the future.</translation>
    </message>
    <message>
        <source>This lead is already qualified on that date.</source>
        <translation>This lead is already qualified on that date.</translation>
    </message>
    <message>
        <source>This lead is already new.</source>
        <translation>This lead is already new.</translation>
    </message>
    <message>
        <source>A disqualified lead cannot become a deal. Reopen the lead first.</source>
        <translation>A disqualified lead cannot become a deal. Reopen the lead first.</translation>
    </message>
    <message>
        <source>There is no open pipeline stage. Add one in Settings first.</source>
        <translation>There is no open pipeline stage. Add one in Settings first.</translation>
    </message>
    <message>
        <source>The deal made from this lead no longer exists.</source>
        <translation>The deal made from this lead no longer exists.</translation>
    </message>
    <message>
        <source>Not all must-haves are met yet: {criteria}.</source>
        <translation>Not all must-haves are met yet: {criteria}.</translation>
    </message>
    <message>
        <source>The fit score is {score}%, below the threshold of {threshold}%.</source>
        <translation>The fit score is {score}%, below the threshold of {threshold}%.</translation>
    </message>
    <message>
        <source>The qualified date cannot be before the lead was created ({day}).</source>
        <translation>The qualified date cannot be before the lead was created ({day}).</translation>
    </message>
    <message>
        <source>This lead already became the deal '{title}'.</source>
        <translation>This lead already became the deal '{title}'.</translation>
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
        <source>This team member no longer exists.</source>
        <translation>This team member no longer exists.</translation>
    </message>
    <message>
        <source>There is already a team member called {name}.</source>
        <translation>There is already a team member called {name}.</translation>
    </message>
</context>
</TS>
