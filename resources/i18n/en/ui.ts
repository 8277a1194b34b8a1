<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>About KPIDesk</source>
        <translation>About KPIDesk</translation>
    </message>
    <message>
        <source>Steer your sales team on a handful of KPIs: action, result and insight.</source>
        <translation>Steer your sales team on a handful of KPIs: action, result and insight.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence:</translation>
    </message>
    <message>
        <source>Copy version info</source>
        <translation>Copy version info</translation>
    </message>
    <message>
        <source>For a question to whoever supports KPIDesk</source>
        <translation>For a question to whoever supports KPIDesk</translation>
    </message>
    <message>
        <source>MIT licence: free to use, change and share.</source>
        <translation>MIT licence: free to use, change and share.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>The backup is restored. The data as it was before is kept as a backup.</source>
        <translation>The backup is restored. The data as it was before is kept as a backup.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>{size} kB</source>
        <translation>{size} kB</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>No backups yet. The first one is made at the next start, or now with Back up now.</source>
        <translation>No backups yet. The first one is made at the next start, or now with Back up now.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>Restore from a file…</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Show folder</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <source>KPIDesk databases (*.db *.sqlite);;All files (*)</source>
        <translation>KPIDesk databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>KPIDesk backs up {name} once a day when it starts, before each upgrade and before large imports. Restoring a backup keeps a copy of the database as it is now, so a restore can be undone by restoring that copy.</source>
        <translation>KPIDesk backs up {name} once a day when it starts, before each upgrade and before large imports. Restoring a backup keeps a copy of the database as it is now, so a restore can be undone by restoring that copy.</translation>
    </message>
    <message>
        <source>Replace the data in {name} by the backup of {label}?

Everything entered after that backup is replaced. The current data is kept as a backup first, so you can go back to it.</source>
        <translation>Replace the data in {name} by the backup of {label}?

Everything entered after that backup is replaced. The current data is kept as a backup first, so you can go back to it.</translation>
    </message>
    <message>
        <source>The backup was made, but the integrity check found damage in the database: {problem}. Restore an older backup.</source>
        <translation>The backup was made, but the integrity check found damage in the database: {problem}. Restore an older backup.</translation>
    </message>
    <message>
        <source>Connecting to the database…</source>
        <translation>Connecting to the database…</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Team database not reachable</source>
        <translation>Team database not reachable</translation>
    </message>
    <message>
        <source>Try again when the server is back, or work in a local file for now.</source>
        <translation>Try again when the server is back, or work in a local file for now.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Open a local file…</source>
        <translation>Open a local file…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>KPIDesk ran into a problem it did not expect. Your data is safe; the last action may not have been saved. You can keep working.</source>
        <translation>KPIDesk ran into a problem it did not expect. Your data is safe; the last action may not have been saved. You can keep working.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>Copy the technical details, to paste into an e-mail to whoever supports KPIDesk</source>
        <translation>Copy the technical details, to paste into an e-mail to whoever supports KPIDesk</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>The details are also in the log file:&lt;br&gt;&lt;a href="{url}"&gt;{path}&lt;/a&gt;</source>
        <translation>The details are also in the log file:&lt;br&gt;&lt;a href="{url}"&gt;{path}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{count} errors happened one after the other.</source>
        <translation>{count} errors happened one after the other.</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>targets</translation>
    </message>
    <message>
        <source>agreed actions</source>
        <translation>agreed actions</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>Writing the KPI sheet…</source>
        <translation>Writing the KPI sheet…</translation>
    </message>
    <message>
        <source>Writing the one-on-one pack…</source>
        <translation>Writing the one-on-one pack…</translation>
    </message>
    <message>
        <source>KPI overview {period}.xlsx</source>
        <translation>KPI overview {period}.xlsx</translation>
    </message>
    <message>
        <source>Export KPI sheet</source>
        <translation>Export KPI sheet</translation>
    </message>
    <message>
        <source>The workbook is written here; Browse… to choose another place.</source>
        <translation>The workbook is written here; Browse… to choose another place.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Month in the period</source>
        <translation>Month in the period</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The KPI sheet is saved.</source>
        <translation>The KPI sheet is saved.</translation>
    </message>
    <message>
        <source>The one-on-one pack is saved.</source>
        <translation>The one-on-one pack is saved.</translation>
    </message>
    <message>
        <source>Export {what}</source>
        <translation>Export {what}</translation>
    </message>
    <message>
        <source>{count} row exported.</source>
        <translation>{count} row exported.</translation>
    </message>
    <message>
        <source>{count} rows exported.</source>
        <translation>{count} rows exported.</translation>
    </message>
    <message>
        <source>Exporting {what}…</source>
        <translation>Exporting {what}…</translation>
    </message>
    <message>
        <source>Choose where to save it.</source>
        <translation>Choose where to save it.</translation>
    </message>
    <message>
        <source>KPI sheet written to {file}.</source>
        <translation>KPI sheet written to {file}.</translation>
    </message>
    <message>
        <source>Prepare 1:1 with {name}</source>
        <translation>Prepare 1:1 with {name}</translation>
    </message>
    <message>
        <source>{count} row exported to {file}.</source>
        <translation>{count} row exported to {file}.</translation>
    </message>
    <message>
        <source>{count} rows exported to {file}.</source>
        <translation>{count} rows exported to {file}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose another with Browse….</source>
        <translation>The folder {folder} does not exist. Choose another with Browse….</translation>
    </message>
    <message>
        <source>One-on-one pack written to {file} ({count} page).</source>
        <translation>One-on-one pack written to {file} ({count} page).</translation>
    </message>
    <message>
        <source>One-on-one pack written to {file} ({count} pages).</source>
        <translation>One-on-one pack written to {file} ({count} pages).</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export KPI sheet…</source>
        <translation>&amp;Export KPI sheet…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>A new lead, deal or contact moment, in the current view</source>
        <translation>A new lead, deal or contact moment, in the current view</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About KPIDesk</source>
        <translation>&amp;About KPIDesk</translation>
    </message>
    <message>
        <source>The demo team is loaded.</source>
        <translation>The demo team is loaded.</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Undo {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Redo {action}</translation>
    </message>
    <message>
        <source>The team database does not answer; changes by others show when it is back.</source>
        <translation>The team database does not answer; changes by others show when it is back.</translation>
    </message>
    <message>
        <source>Loading the demo team…</source>
        <translation>Loading the demo team…</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>Updated with changes saved elsewhere.</source>
        <translation>Updated with changes saved elsewhere.</translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation>Demo team</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Deleted on</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>After 30 days in the trash an item is removed for good.</source>
        <translation>After 30 days in the trash an item is removed for good.</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>Empty trash…</source>
        <translation>Empty trash…</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Delete for good…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Restore {name}</translation>
    </message>
    <message>
        <source>Restore {count} items</source>
        <translation>Restore {count} items</translation>
    </message>
    <message>
        <source>Remove everything in the trash for good? This cannot be undone.</source>
        <translation>Remove everything in the trash for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleted leads, deals, customers and activities stay here for {days} days. Restore them, or they are removed for good.</source>
        <translation>Deleted leads, deals, customers and activities stay here for {days} days. Restore them, or they are removed for good.</translation>
    </message>
    <message>
        <source>Remove {count} items for good? This cannot be undone.</source>
        <translation>Remove {count} items for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Something went wrong that KPIDesk did not expect. Nothing was changed. The details are in the log file.</source>
        <translation>Something went wrong that KPIDesk did not expect. Nothing was changed. The details are in the log file.</translation>
    </message>
</context>
</TS>
