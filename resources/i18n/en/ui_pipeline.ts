<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>deal</source>
        <translation>deal</translation>
    </message>
    <message>
        <source>No deals</source>
        <translation>No deals</translation>
    </message>
    <message>
        <source>{total} · {count} {noun}</source>
        <translation>{total} · {count} {noun}</translation>
    </message>
    <message>
        <source>Weighted {value}</source>
        <translation>Weighted {value}</translation>
    </message>
    <message>
        <source>{count} deals, value {total}, weighted value {weighted} (value × {probability}% win probability)</source>
        <translation>{count} deals, value {total}, weighted value {weighted} (value × {probability}% win probability)</translation>
    </message>
    <message>
        <source>{count} sleeping</source>
        <translation>{count} sleeping</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Delete deal</translation>
    </message>
    <message>
        <source>Move {count} deals to {stage}</source>
        <translation>Move {count} deals to {stage}</translation>
    </message>
    <message>
        <source>Move deal to {stage}</source>
        <translation>Move deal to {stage}</translation>
    </message>
    <message>
        <source>Delete {count} deals</source>
        <translation>Delete {count} deals</translation>
    </message>
    <message>
        <source>Edit deal {deal}</source>
        <translation>Edit deal {deal}</translation>
    </message>
    <message>
        <source>New deal {deal}</source>
        <translation>New deal {deal}</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Needs attention:</translation>
    </message>
    <message>
        <source>Nothing needs attention on this deal.</source>
        <translation>Nothing needs attention on this deal.</translation>
    </message>
    <message>
        <source>In this stage for {days} day (the figure beside the value).</source>
        <translation>In this stage for {days} day (the figure beside the value).</translation>
    </message>
    <message>
        <source>In this stage for {days} days (the figure beside the value).</source>
        <translation>In this stage for {days} days (the figure beside the value).</translation>
    </message>
    <message>
        <source>Last contact moment: {day}.</source>
        <translation>Last contact moment: {day}.</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>No organisation</translation>
    </message>
    <message>
        <source>Next step: {type}, planned for {day}, not yet marked done.</source>
        <translation>Next step: {type}, planned for {day}, not yet marked done.</translation>
    </message>
    <message>
        <source>Next step: {type} on {day} (planned).</source>
        <translation>Next step: {type} on {day} (planned).</translation>
    </message>
    <message>
        <source>{days} d in stage</source>
        <translation>{days} d in stage</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Deal won</translation>
    </message>
    <message>
        <source>Mark as won</source>
        <translation>Mark as won</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Deal lost</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>Optional: what happened, in your own words</source>
        <translation>Optional: what happened, in your own words</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Mark as lost</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Move to stage</translation>
    </message>
    <message>
        <source>Final value</source>
        <translation>Final value</translation>
    </message>
    <message>
        <source>Congratulations! {deal} is won.</source>
        <translation>Congratulations! {deal} is won.</translation>
    </message>
    <message>
        <source>{count} deals are won, together worth {value}.</source>
        <translation>{count} deals are won, together worth {value}.</translation>
    </message>
    <message>
        <source>Why was {deal} lost?</source>
        <translation>Why was {deal} lost?</translation>
    </message>
    <message>
        <source>Why were these {count} deals lost?</source>
        <translation>Why were these {count} deals lost?</translation>
    </message>
    <message>
        <source>Move {count} deal to:</source>
        <translation>Move {count} deal to:</translation>
    </message>
    <message>
        <source>Move {count} deals to:</source>
        <translation>Move {count} deals to:</translation>
    </message>
    <message>
        <source>For example: Yearly maintenance contract</source>
        <translation>For example: Yearly maintenance contract</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>Stage default</source>
        <translation>Stage default</translation>
    </message>
    <message>
        <source>Win probability</source>
        <translation>Win probability</translation>
    </message>
    <message>
        <source>Mark the selected planned step done (Ctrl+D)</source>
        <translation>Mark the selected planned step done (Ctrl+D)</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <source>Log an activity</source>
        <translation>Log an activity</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Log a contact moment that happened on this date</source>
        <translation>Log a contact moment that happened on this date</translation>
    </message>
    <message>
        <source>Plan a next step on this date; it counts once done</source>
        <translation>Plan a next step on this date; it counts once done</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>New deal</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Moved on</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Stage default ({percent}%)</source>
        <translation>Stage default ({percent}%)</translation>
    </message>
    <message>
        <source>Activities ({count})</source>
        <translation>Activities ({count})</translation>
    </message>
    <message>
        <source>{name} ({points} pt)</source>
        <translation>{name} ({points} pt)</translation>
    </message>
    <message>
        <source>Next step: {type} on {day}.</source>
        <translation>Next step: {type} on {day}.</translation>
    </message>
    <message>
        <source>The next step ({type}, {day}) is overdue: mark it done or plan anew.</source>
        <translation>The next step ({type}, {day}) is overdue: mark it done or plan anew.</translation>
    </message>
    <message>
        <source>Search deal, organisation or owner…</source>
        <translation>Search deal, organisation or owner…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Only sleeping deals</source>
        <translation>Only sleeping deals</translation>
    </message>
    <message>
        <source>Only deals with something wrong: the expected close date has passed, no next step is planned, the close date moved later twice or more, no value, or sleeping.</source>
        <translation>Only deals with something wrong: the expected close date has passed, no next step is planned, the close date moved later twice or more, no value, or sleeping.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>No open deals yet. Click New deal, turn a qualified lead into a deal under Leads, or bring in your deals with File › Import. Then drag each card to the next stage as the deal moves on.</source>
        <translation>No open deals yet. Click New deal, turn a qualified lead into a deal under Leads, or bring in your deals with File › Import. Then drag each card to the next stage as the deal moves on.</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Move to stage…</translation>
    </message>
    <message>
        <source>Open deal…</source>
        <translation>Open deal…</translation>
    </message>
    <message>
        <source>Mark as won…</source>
        <translation>Mark as won…</translation>
    </message>
    <message>
        <source>Mark as lost…</source>
        <translation>Mark as lost…</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Drag deals to the next stage. Drop them on Won or Lost to close them.</source>
        <translation>Drag deals to the next stage. Drop them on Won or Lost to close them.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count}&lt;/b&gt; open deals · &lt;b&gt;{total}&lt;/b&gt; · weighted &lt;b&gt;{weighted}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{count}&lt;/b&gt; open deals · &lt;b&gt;{total}&lt;/b&gt; · weighted &lt;b&gt;{weighted}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Only {owner} and the manager can move this deal.</source>
        <translation>Only {owner} and the manager can move this deal.</translation>
    </message>
    <message>
        <source>{count} need attention</source>
        <translation>{count} need attention</translation>
    </message>
</context>
</TS>
