<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Too expensive</source>
        <translation>Too expensive</translation>
    </message>
    <message>
        <source>Chose a competitor</source>
        <translation>Chose a competitor</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>No longer needed</translation>
    </message>
    <message>
        <source>Went silent</source>
        <translation>Went silent</translation>
    </message>
    <message>
        <source>Company closed or merged</source>
        <translation>Company closed or merged</translation>
    </message>
    <message>
        <source>Unhappy with service</source>
        <translation>Unhappy with service</translation>
    </message>
    <message>
        <source>The customer stops counting as active from this date. You can reactivate it later.</source>
        <translation>The customer stops counting as active from this date. You can reactivate it later.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>What was discussed, and what is the next step?</source>
        <translation>What was discussed, and what is the next step?</translation>
    </message>
    <message>
        <source>Why did the customer leave?</source>
        <translation>Why did the customer leave?</translation>
    </message>
    <message>
        <source>Mark as churned</source>
        <translation>Mark as churned</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>Log activity</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Mark {name} as churned</source>
        <translation>Mark {name} as churned</translation>
    </message>
    <message>
        <source>Reactivate {name}</source>
        <translation>Reactivate {name}</translation>
    </message>
    <message>
        <source>Log activity with {name}</source>
        <translation>Log activity with {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Delete {name}</translation>
    </message>
    <message>
        <source>{name} ({points} pts)</source>
        <translation>{name} ({points} pts)</translation>
    </message>
    <message>
        <source>Avg. relationship (years)</source>
        <translation>Avg. relationship (years)</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>No customers yet</translation>
    </message>
    <message>
        <source>no customers a year before</source>
        <translation>no customers a year before</translation>
    </message>
    <message>
        <source>&lt;b&gt;{month}&lt;/b&gt;&lt;br&gt;Active customers: {active}&lt;br&gt;New: {new} · Churned: {churned}&lt;br&gt;Retention (12 months): {retention}&lt;br&gt;Avg. relationship: {years} years</source>
        <translation>&lt;b&gt;{month}&lt;/b&gt;&lt;br&gt;Active customers: {active}&lt;br&gt;New: {new} · Churned: {churned}&lt;br&gt;Retention (12 months): {retention}&lt;br&gt;Avg. relationship: {years} years</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Log activity…</translation>
    </message>
    <message>
        <source>Mark as churned…</source>
        <translation>Mark as churned…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Mark the first planned step done. Undo with Ctrl+Z.</source>
        <translation>Mark the first planned step done. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Won in total</source>
        <translation>Won in total</translation>
    </message>
    <message>
        <source>{count} · {value}</source>
        <translation>{count} · {value}</translation>
    </message>
    <message>
        <source>{date} (today)</source>
        <translation>{date} (today)</translation>
    </message>
    <message>
        <source>Churned on {date}: {reason}</source>
        <translation>Churned on {date}: {reason}</translation>
    </message>
    <message>
        <source>{count} employee</source>
        <translation>{count} employee</translation>
    </message>
    <message>
        <source>{count} employees</source>
        <translation>{count} employees</translation>
    </message>
    <message>
        <source>{date} ({days} day ago)</source>
        <translation>{date} ({days} day ago)</translation>
    </message>
    <message>
        <source>{date} ({days} days ago)</source>
        <translation>{date} ({days} days ago)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Contact moment</source>
        <translation>Contact moment</translation>
    </message>
    <message>
        <source>Won deal</source>
        <translation>Won deal</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Upsell</translation>
    </message>
    <message>
        <source>Lost deal</source>
        <translation>Lost deal</translation>
    </message>
    <message>
        <source>Open deal</source>
        <translation>Open deal</translation>
    </message>
    <message>
        <source>Days since contact</source>
        <translation>Days since contact</translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>Days quiet</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Start year</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Still active</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>After 1 yr</source>
        <translation>After 1 yr</translation>
    </message>
    <message>
        <source>After 2 yrs</source>
        <translation>After 2 yrs</translation>
    </message>
    <message>
        <source>After 3 yrs</source>
        <translation>After 3 yrs</translation>
    </message>
    <message>
        <source>Lookalike score</source>
        <translation>Lookalike score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>{months} m</source>
        <translation>{months} m</translation>
    </message>
    <message>
        <source>How long the relationship has lasted (years and months)</source>
        <translation>How long the relationship has lasted (years and months)</translation>
    </message>
    <message>
        <source>Recurring yearly value</source>
        <translation>Recurring yearly value</translation>
    </message>
    <message>
        <source>The latest activity logged at this organisation</source>
        <translation>The latest activity logged at this organisation</translation>
    </message>
    <message>
        <source>Days since the last contact moment</source>
        <translation>Days since the last contact moment</translation>
    </message>
    <message>
        <source>The share of this year's new customers that is still active</source>
        <translation>The share of this year's new customers that is still active</translation>
    </message>
    <message>
        <source>Still active one year after they started</source>
        <translation>Still active one year after they started</translation>
    </message>
    <message>
        <source>How closely the lead resembles your best customers (0–100)</source>
        <translation>How closely the lead resembles your best customers (0–100)</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Number of employees</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{years} y {months} m</source>
        <translation>{years} y {months} m</translation>
    </message>
    <message>
        <source>{years} y</source>
        <translation>{years} y</translation>
    </message>
    <message>
        <source>{kind}: {title} · {value}</source>
        <translation>{kind}: {title} · {value}</translation>
    </message>
    <message>
        <source>Customers that started and have not churned</source>
        <translation>Customers that started and have not churned</translation>
    </message>
    <message>
        <source>Of the customers active a year ago, the share that is still active</source>
        <translation>Of the customers active a year ago, the share that is still active</translation>
    </message>
    <message>
        <source>Avg. relationship</source>
        <translation>Avg. relationship</translation>
    </message>
    <message>
        <source>The average relationship length of active customers</source>
        <translation>The average relationship length of active customers</translation>
    </message>
    <message>
        <source>Active customers without contact for too long</source>
        <translation>Active customers without contact for too long</translation>
    </message>
    <message>
        <source>Upsells this quarter</source>
        <translation>Upsells this quarter</translation>
    </message>
    <message>
        <source>Won deals for organisations that already were customers (a result KPI)</source>
        <translation>Won deals for organisations that already were customers (a result KPI)</translation>
    </message>
    <message>
        <source>Search organisation…</source>
        <translation>Search organisation…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Active and at risk</source>
        <translation>Active and at risk</translation>
    </message>
    <message>
        <source>No customers at risk: every active customer had contact recently.</source>
        <translation>No customers at risk: every active customer had contact recently.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>No lookalike prospects yet: this needs open leads and customers who have been active for a year or more.</source>
        <translation>No lookalike prospects yet: this needs open leads and customers who have been active for a year or more.</translation>
    </message>
    <message>
        <source>Lookalike prospects</source>
        <translation>Lookalike prospects</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>of last year's customers</source>
        <translation>of last year's customers</translation>
    </message>
    <message>
        <source>The ongoing customer relationship: keep customers longer, catch the ones drifting away, and find prospects like your best customers.</source>
        <translation>The ongoing customer relationship: keep customers longer, catch the ones drifting away, and find prospects like your best customers.</translation>
    </message>
    <message>
        <source>No customers match these filters.</source>
        <translation>No customers match these filters.</translation>
    </message>
    <message>
        <source>No customers yet. Winning a deal makes its organisation a customer; the relationship figures fill in from there.</source>
        <translation>No customers yet. Winning a deal makes its organisation a customer; the relationship figures fill in from there.</translation>
    </message>
    <message>
        <source>Customers grouped by the year they started: how many are still active, and the share still active one, two and three years after they started.</source>
        <translation>Customers grouped by the year they started: how many are still active, and the share still active one, two and three years after they started.</translation>
    </message>
    <message>
        <source>Open leads that look most like your good customers (active for a year or more, with an above-median yearly value), by industry, size, region and revenue. Double-click a lead to open it in Leads.</source>
        <translation>Open leads that look most like your good customers (active for a year or more, with an above-median yearly value), by industry, size, region and revenue. Double-click a lead to open it in Leads.</translation>
    </message>
    <message>
        <source>{count} new this month</source>
        <translation>{count} new this month</translation>
    </message>
    <message>
        <source>Active customers without a contact moment in the last {days} days, the most valuable first. Call them before they drift away.</source>
        <translation>Active customers without a contact moment in the last {days} days, the most valuable first. Call them before they drift away.</translation>
    </message>
    <message>
        <source>{years} yrs</source>
        <translation>{years} yrs</translation>
    </message>
    <message>
        <source>no contact in {days} day</source>
        <translation>no contact in {days} day</translation>
    </message>
    <message>
        <source>no contact in {days} days</source>
        <translation>no contact in {days} days</translation>
    </message>
    <message>
        <source>{months} month on average</source>
        <translation>{months} month on average</translation>
    </message>
    <message>
        <source>{months} months on average</source>
        <translation>{months} months on average</translation>
    </message>
</context>
</TS>
