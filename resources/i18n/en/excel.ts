<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Agreed actions</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation>Yearly revenue</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Qualified on</source>
        <translation>Qualified on</translation>
    </message>
    <message>
        <source>Disqualified because</source>
        <translation>Disqualified because</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>External id</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Lost reason</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>Is won</source>
        <translation>Is won</translation>
    </message>
    <message>
        <source>Is lost</source>
        <translation>Is lost</translation>
    </message>
    <message>
        <source>Is closed</source>
        <translation>Is closed</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>Won on</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Lost on</translation>
    </message>
    <message>
        <source>Close date when none is given</source>
        <translation>Close date when none is given</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Done or planned</source>
        <translation>Done or planned</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>Churned on</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation>Churn reason</translation>
    </message>
    <message>
        <source>Recurring value</source>
        <translation>Recurring value</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Agreed on</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Agreed action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Insight KPIs</source>
        <translation>Insight KPIs</translation>
    </message>
    <message>
        <source>Insight KPIs are for finding bottlenecks, not for judging people.</source>
        <translation>Insight KPIs are for finding bottlenecks, not for judging people.</translation>
    </message>
    <message>
        <source>Activity points per rep against goal</source>
        <translation>Activity points per rep against goal</translation>
    </message>
    <message>
        <source>Qualified leads per month against target</source>
        <translation>Qualified leads per month against target</translation>
    </message>
    <message>
        <source>Won value per month</source>
        <translation>Won value per month</translation>
    </message>
    <message>
        <source>Pipeline per stage: value and weighted value</source>
        <translation>Pipeline per stage: value and weighted value</translation>
    </message>
    <message>
        <source>Average days in each stage</source>
        <translation>Average days in each stage</translation>
    </message>
    <message>
        <source>Pipeline hygiene</source>
        <translation>Pipeline hygiene</translation>
    </message>
    <message>
        <source>Won so far and expected, against the target</source>
        <translation>Won so far and expected, against the target</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% of target</translation>
    </message>
    <message>
        <source>Pace today</source>
        <translation>Pace today</translation>
    </message>
    <message>
        <source>% of pace</source>
        <translation>% of pace</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Colours go against pace, where a figure should be today (its target pro rata by working days, Monday to Friday): green at 100% of pace or more, orange at 80% or more, red below 80%. Once the period is over, pace is the target.</source>
        <translation>Colours go against pace, where a figure should be today (its target pro rata by working days, Monday to Friday): green at 100% of pace or more, orange at 80% or more, red below 80%. Once the period is over, pace is the target.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Per month (last 12 months)</source>
        <translation>Per month (last 12 months)</translation>
    </message>
    <message>
        <source>Pipeline per stage (open deals)</source>
        <translation>Pipeline per stage (open deals)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
    <message>
        <source>Forecast per month</source>
        <translation>Forecast per month</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Won and lost</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Previous period ({period})</source>
        <translation>Previous period ({period})</translation>
    </message>
    <message>
        <source>Needs attention per rep</source>
        <translation>Needs attention per rep</translation>
    </message>
    <message>
        <source>Deals that need attention</source>
        <translation>Deals that need attention</translation>
    </message>
    <message>
        <source>{scope} · {period}</source>
        <translation>{scope} · {period}</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>The file is empty: it has no header row and no data.</translation>
    </message>
    <message>
        <source>'{field}' is not a field of this import. Fields: {fields}.</source>
        <translation>'{field}' is not a field of this import. Fields: {fields}.</translation>
    </message>
    <message>
        <source>The file has no column '{column}'. Its columns are: {headers}.</source>
        <translation>The file has no column '{column}'. Its columns are: {headers}.</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet KPIDesk can read. Save it from Excel as .xlsx or .csv and try again.</source>
        <translation>{file} is not a spreadsheet KPIDesk can read. Save it from Excel as .xlsx or .csv and try again.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read. Open it in Excel, save it again as .xlsx, and import that copy.</source>
        <translation>{file} is damaged and cannot be read. Open it in Excel, save it again as .xlsx, and import that copy.</translation>
    </message>
    <message>
        <source>{file} was refused: it is built to unpack into far more data than a spreadsheet holds, which is how harmful files look. Save the data again from Excel and import that copy.</source>
        <translation>{file} was refused: it is built to unpack into far more data than a spreadsheet holds, which is how harmful files look. Save the data again from Excel and import that copy.</translation>
    </message>
    <message>
        <source>{file} has no sheet called '{sheet}'. Its sheets are: {names}.</source>
        <translation>{file} has no sheet called '{sheet}'. Its sheets are: {names}.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>The file {file} is empty.</translation>
    </message>
    <message>
        <source>The file {file} is {size} MB; KPIDesk imports files up to {limit} MB. Split it into smaller files.</source>
        <translation>The file {file} is {size} MB; KPIDesk imports files up to {limit} MB. Split it into smaller files.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Save a copy without one and import that.</source>
        <translation>{file} is protected with a password. Save a copy without one and import that.</translation>
    </message>
    <message>
        <source>Write a date such as 31-12-2025 or 2025-12-31.</source>
        <translation>Write a date such as 31-12-2025 or 2025-12-31.</translation>
    </message>
    <message>
        <source>Write an amount such as 1.234,56 or 1234.</source>
        <translation>Write an amount such as 1.234,56 or 1234.</translation>
    </message>
    <message>
        <source>Write a whole number such as 25.</source>
        <translation>Write a whole number such as 25.</translation>
    </message>
    <message>
        <source>Write a percentage such as 60%.</source>
        <translation>Write a percentage such as 60%.</translation>
    </message>
    <message>
        <source>Write a month such as 2026-01 or jan 2026.</source>
        <translation>Write a month such as 2026-01 or jan 2026.</translation>
    </message>
    <message>
        <source>Write an e-mail address such as anna@example.nl.</source>
        <translation>Write an e-mail address such as anna@example.nl.</translation>
    </message>
    <message>
        <source>Write yes or no (true/false, 1/0, ja/nee).</source>
        <translation>Write yes or no (true/false, 1/0, ja/nee).</translation>
    </message>
    <message>
        <source>Write Done or Planned (Gedaan or Gepland).</source>
        <translation>Write Done or Planned (Gedaan or Gepland).</translation>
    </message>
    <message>
        <source>this is not yes or no</source>
        <translation>this is not yes or no</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>The file</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>{reason}. {hint}</source>
        <translation>{reason}. {hint}</translation>
    </message>
    <message>
        <source>this is not an e-mail address</source>
        <translation>this is not an e-mail address</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>an amount cannot be negative</translation>
    </message>
    <message>
        <source>this cannot be negative</source>
        <translation>this cannot be negative</translation>
    </message>
    <message>
        <source>a percentage lies between 0 and 100</source>
        <translation>a percentage lies between 0 and 100</translation>
    </message>
    <message>
        <source>this is a number, not a date</source>
        <translation>this is a number, not a date</translation>
    </message>
    <message>
        <source>The file has a header but no rows with data to import.</source>
        <translation>The file has a header but no rows with data to import.</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Row {row}</translation>
    </message>
    <message>
        <source>{where}, column '{column}'</source>
        <translation>{where}, column '{column}'</translation>
    </message>
    <message>
        <source>{where} ('{value}')</source>
        <translation>{where} ('{value}')</translation>
    </message>
    <message>
        <source>No column holds {field}, which is required. Name a column '{name}' or choose one for it.</source>
        <translation>No column holds {field}, which is required. Name a column '{name}' or choose one for it.</translation>
    </message>
    <message>
        <source>this text is longer than {limit} characters</source>
        <translation>this text is longer than {limit} characters</translation>
    </message>
    <message>
        <source>the column holds fractions (0.4 = 40 %), and this is not one</source>
        <translation>the column holds fractions (0.4 = 40 %), and this is not one</translation>
    </message>
    <message>
        <source>This row has {cells} cells but the header has {width}. Check for a missing or extra separator in this line.</source>
        <translation>This row has {cells} cells but the header has {width}. Check for a missing or extra separator in this line.</translation>
    </message>
    <message>
        <source>{field} is required and is empty here.</source>
        <translation>{field} is required and is empty here.</translation>
    </message>
    <message>
        <source>KPIDesk cannot write {file}: it is open in another program (Excel?) or read-only. Close it there, or choose another file name.</source>
        <translation>KPIDesk cannot write {file}: it is open in another program (Excel?) or read-only. Close it there, or choose another file name.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name, for example {example}.</source>
        <translation>{path} is a folder. Give a file name, for example {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first or choose another.</source>
        <translation>The folder {folder} does not exist. Create it first or choose another.</translation>
    </message>
    <message>
        <source>KPIDesk may not write in the folder {folder}. Choose another folder.</source>
        <translation>KPIDesk may not write in the folder {folder}. Choose another folder.</translation>
    </message>
    <message>
        <source>Row {row} has a text of {length} characters in column {column}; Excel takes at most {limit}. Shorten it, or export as .csv.</source>
        <translation>Row {row} has a text of {length} characters in column {column}; Excel takes at most {limit}. Shorten it, or export as .csv.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most {limit} rows below its header, and this export has more. Filter the list to fewer rows, or export as .csv.</source>
        <translation>An Excel sheet holds at most {limit} rows below its header, and this export has more. Filter the list to fewer rows, or export as .csv.</translation>
    </message>
    <message>
        <source>KPIDesk could not save {file}: {reason}</source>
        <translation>KPIDesk could not save {file}: {reason}</translation>
    </message>
</context>
</TS>
