<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Close date passed</source>
        <translation>Close date passed</translation>
    </message>
    <message>
        <source>No next step</source>
        <translation>No next step</translation>
    </message>
    <message>
        <source>Close date keeps moving</source>
        <translation>Close date keeps moving</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>No value</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>Sleeping</translation>
    </message>
    <message>
        <source>Sleeping: no contact moment or stage change for longer than this stage allows.</source>
        <translation>Sleeping: no contact moment or stage change for longer than this stage allows.</translation>
    </message>
    <message>
        <source>No next step planned: plan an activity on the deal.</source>
        <translation>No next step planned: plan an activity on the deal.</translation>
    </message>
    <message>
        <source>The deal has no value.</source>
        <translation>The deal has no value.</translation>
    </message>
    <message>
        <source>The expected close date ({day}) has passed: win it, lose it or set a new date.</source>
        <translation>The expected close date ({day}) has passed: win it, lose it or set a new date.</translation>
    </message>
    <message>
        <source>Sleeping: no contact moment or stage change for {quiet} days, past this stage's limit of {limit} days.</source>
        <translation>Sleeping: no contact moment or stage change for {quiet} days, past this stage's limit of {limit} days.</translation>
    </message>
    <message>
        <source>The expected close date moved later {count} time.</source>
        <translation>The expected close date moved later {count} time.</translation>
    </message>
    <message>
        <source>The expected close date moved later {count} times.</source>
        <translation>The expected close date moved later {count} times.</translation>
    </message>
    <message>
        <source>({days} d quiet)</source>
        <translation>({days} d quiet)</translation>
    </message>
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
    <message>
        <source>write Done or Planned</source>
        <translation>write Done or Planned</translation>
    </message>
    <message>
        <source>this cell is empty</source>
        <translation>this cell is empty</translation>
    </message>
    <message>
        <source>this is not a number</source>
        <translation>this is not a number</translation>
    </message>
    <message>
        <source>this should be a whole number</source>
        <translation>this should be a whole number</translation>
    </message>
    <message>
        <source>this is not a date</source>
        <translation>this is not a date</translation>
    </message>
    <message>
        <source>the thousands and decimal separators are mixed up</source>
        <translation>the thousands and decimal separators are mixed up</translation>
    </message>
    <message>
        <source>the thousands separators are in the wrong place</source>
        <translation>the thousands separators are in the wrong place</translation>
    </message>
    <message>
        <source>this is not a percentage</source>
        <translation>this is not a percentage</translation>
    </message>
    <message>
        <source>write the year with four digits</source>
        <translation>write the year with four digits</translation>
    </message>
    <message>
        <source>this date does not exist</source>
        <translation>this date does not exist</translation>
    </message>
    <message>
        <source>the year {year} cannot be right</source>
        <translation>the year {year} cannot be right</translation>
    </message>
    <message>
        <source>there is no month {month} (the column is read as day-month-year)</source>
        <translation>there is no month {month} (the column is read as day-month-year)</translation>
    </message>
    <message>
        <source>there is no month {month}</source>
        <translation>there is no month {month}</translation>
    </message>
</context>
</TS>
