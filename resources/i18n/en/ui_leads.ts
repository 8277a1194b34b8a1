<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Delete lead</source>
        <translation>Delete lead</translation>
    </message>
    <message>
        <source>Tick checklist</source>
        <translation>Tick checklist</translation>
    </message>
    <message>
        <source>Qualify lead</source>
        <translation>Qualify lead</translation>
    </message>
    <message>
        <source>Disqualify lead</source>
        <translation>Disqualify lead</translation>
    </message>
    <message>
        <source>Reopen lead</source>
        <translation>Reopen lead</translation>
    </message>
    <message>
        <source>Convert lead to deal</source>
        <translation>Convert lead to deal</translation>
    </message>
    <message>
        <source>New lead {company}</source>
        <translation>New lead {company}</translation>
    </message>
    <message>
        <source>Edit lead {company}</source>
        <translation>Edit lead {company}</translation>
    </message>
    <message>
        <source>Delete {count} leads</source>
        <translation>Delete {count} leads</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>No budget</translation>
    </message>
    <message>
        <source>Too small</source>
        <translation>Too small</translation>
    </message>
    <message>
        <source>Outside our region</source>
        <translation>Outside our region</translation>
    </message>
    <message>
        <source>No decision maker</source>
        <translation>No decision maker</translation>
    </message>
    <message>
        <source>No concrete need</source>
        <translation>No concrete need</translation>
    </message>
    <message>
        <source>Not reachable</source>
        <translation>Not reachable</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>For example Utrecht or Noord-Brabant</source>
        <translation>For example Utrecht or Noord-Brabant</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source> thousand €</source>
        <translation> thousand €</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Open existing lead</source>
        <translation>Open existing lead</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Add anyway</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Choose or type a reason</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualify</translation>
    </message>
    <message>
        <source>Convert to deal</source>
        <translation>Convert to deal</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Expected value</translation>
    </message>
    <message>
        <source>Create deal</source>
        <translation>Create deal</translation>
    </message>
    <message>
        <source>Edit lead</source>
        <translation>Edit lead</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>New lead</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Open the existing lead, or add this one anyway?</source>
        <translation>Open the existing lead, or add this one anyway?</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>same organisation</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <source>Why does {company} not fit? The reason helps you see where leads drop out.</source>
        <translation>Why does {company} not fit? The reason helps you see where leads drop out.</translation>
    </message>
    <message>
        <source>The deal starts in the stage {stage}, owned by the lead's owner.</source>
        <translation>The deal starts in the stage {stage}, owned by the lead's owner.</translation>
    </message>
    <message>
        <source>Not assessed against the checklist yet</source>
        <translation>Not assessed against the checklist yet</translation>
    </message>
    <message>
        <source>Fit score</source>
        <translation>Fit score</translation>
    </message>
    <message>
        <source>Qualified at</source>
        <translation>Qualified at</translation>
    </message>
    <message>
        <source>Fit score {score}%: how well the lead meets the ideal-customer checklist</source>
        <translation>Fit score {score}%: how well the lead meets the ideal-customer checklist</translation>
    </message>
    <message>
        <source>How well the lead meets the ideal-customer checklist</source>
        <translation>How well the lead meets the ideal-customer checklist</translation>
    </message>
    <message>
        <source>How closely the lead resembles your good customers: active, long-standing and high-value</source>
        <translation>How closely the lead resembles your good customers: active, long-standing and high-value</translation>
    </message>
    <message>
        <source>No lead selected</source>
        <translation>No lead selected</translation>
    </message>
    <message>
        <source>Select a lead in the list to qualify it against your ideal-customer checklist.</source>
        <translation>Select a lead in the list to qualify it against your ideal-customer checklist.</translation>
    </message>
    <message>
        <source>The qualified-at date: the lead counts in that month</source>
        <translation>The qualified-at date: the lead counts in that month</translation>
    </message>
    <message>
        <source>Qualify</source>
        <translation>Qualify</translation>
    </message>
    <message>
        <source>Disqualify…</source>
        <translation>Disqualify…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Convert to deal…</source>
        <translation>Convert to deal…</translation>
    </message>
    <message>
        <source>Must-have</source>
        <translation>Must-have</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Nice to have</translation>
    </message>
    <message>
        <source>Ideal customer checklist</source>
        <translation>Ideal customer checklist</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>No contact details yet</source>
        <translation>No contact details yet</translation>
    </message>
    <message>
        <source>Converted to a deal.</source>
        <translation>Converted to a deal.</translation>
    </message>
    <message>
        <source>Change date</source>
        <translation>Change date</translation>
    </message>
    <message>
        <source>Tick every must-have and reach the threshold to qualify.</source>
        <translation>Tick every must-have and reach the threshold to qualify.</translation>
    </message>
    <message>
        <source>{kind}, weight {weight}</source>
        <translation>{kind}, weight {weight}</translation>
    </message>
    <message>
        <source>Fit score {score}% · threshold {threshold}%</source>
        <translation>Fit score {score}% · threshold {threshold}%</translation>
    </message>
    <message>
        <source>All must-haves met; the score is still below the threshold.</source>
        <translation>All must-haves met; the score is still below the threshold.</translation>
    </message>
    <message>
        <source>All must-haves met and above the threshold.</source>
        <translation>All must-haves met and above the threshold.</translation>
    </message>
    <message>
        <source>Qualified on {day}.</source>
        <translation>Qualified on {day}.</translation>
    </message>
    <message>
        <source>Missing must-haves: {criteria}</source>
        <translation>Missing must-haves: {criteria}</translation>
    </message>
    <message>
        <source>Disqualified: {reason}</source>
        <translation>Disqualified: {reason}</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Whose target to show</source>
        <translation>Whose target to show</translation>
    </message>
    <message>
        <source>Prospects, how they score on your ideal-customer checklist and how much they look like your best customers.</source>
        <translation>Prospects, how they score on your ideal-customer checklist and how much they look like your best customers.</translation>
    </message>
    <message>
        <source>Search company, contact, e-mail or city…</source>
        <translation>Search company, contact, e-mail or city…</translation>
    </message>
    <message>
        <source>On the created date; with status Qualified, on the qualified-at date</source>
        <translation>On the created date; with status Qualified, on the qualified-at date</translation>
    </message>
    <message>
        <source>No leads to show. Add one with New lead (Ctrl+N), bring in a spreadsheet with File › Import (Ctrl+I), or widen the filters above.</source>
        <translation>No leads to show. Add one with New lead (Ctrl+N), bring in a spreadsheet with File › Import (Ctrl+I), or widen the filters above.</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>Qualified leads in {month} for</source>
        <translation>Qualified leads in {month} for</translation>
    </message>
    <message>
        <source>{count} of {target} target ({percent}%)</source>
        <translation>{count} of {target} target ({percent}%)</translation>
    </message>
    <message>
        <source>{count} (no target set)</source>
        <translation>{count} (no target set)</translation>
    </message>
    <message>
        <source>The deal {title} is in the pipeline, in {stage}.</source>
        <translation>The deal {title} is in the pipeline, in {stage}.</translation>
    </message>
</context>
</TS>
