<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>This is the database itself; choose a backup to restore.</source>
        <translation>This is the database itself; choose a backup to restore.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} does not exist.</translation>
    </message>
    <message>
        <source>{file} is not a KPIDesk database, so it cannot be restored.</source>
        <translation>{file} is not a KPIDesk database, so it cannot be restored.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of KPIDesk. Update KPIDesk to restore it; nothing has been changed.</source>
        <translation>{file} was saved by a newer version of KPIDesk. Update KPIDesk to restore it; nothing has been changed.</translation>
    </message>
    <message>
        <source>The database is in use by another KPIDesk. Close it there, then restore again. Nothing has been changed.</source>
        <translation>The database is in use by another KPIDesk. Close it there, then restore again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Could not back up {file}: {reason}</source>
        <translation>Could not back up {file}: {reason}</translation>
    </message>
    <message>
        <source>Could not write a backup to {folder}: {reason}. Free some disk space or check the folder's permissions.</source>
        <translation>Could not write a backup to {folder}: {reason}. Free some disk space or check the folder's permissions.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the current database in {folder}: {reason}. Nothing has been restored.</source>
        <translation>Could not keep a copy of the current database in {folder}: {reason}. Nothing has been restored.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of KPIDesk. Update KPIDesk to open it; the file has not been changed.</source>
        <translation>{file} was saved by a newer version of KPIDesk. Update KPIDesk to open it; the file has not been changed.</translation>
    </message>
    <message>
        <source>KPIDesk needs a database file, not a memory database.</source>
        <translation>KPIDesk needs a database file, not a memory database.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of a database file, for example {example}.</source>
        <translation>{path} is a folder. Give the name of a database file, for example {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first, or choose another place for the database.</source>
        <translation>The folder {folder} does not exist. Create it first, or choose another place for the database.</translation>
    </message>
    <message>
        <source>KPIDesk may not write to {path}. Check the file's permissions or choose another place.</source>
        <translation>KPIDesk may not write to {path}. Check the file's permissions or choose another place.</translation>
    </message>
    <message>
        <source>KPIDesk opens a database file or a PostgreSQL team database (postgresql+psycopg://user@server/database), not {url}.</source>
        <translation>KPIDesk opens a database file or a PostgreSQL team database (postgresql+psycopg://user@server/database), not {url}.</translation>
    </message>
    <message>
        <source>KPIDesk has no driver ({driver}) for {url}. For a team database, write the address as postgresql+psycopg://user@server/database.</source>
        <translation>KPIDesk has no driver ({driver}) for {url}. For a team database, write the address as postgresql+psycopg://user@server/database.</translation>
    </message>
    <message>
        <source>Cannot reach the team database at {url}. Check the address and that the server is running.</source>
        <translation>Cannot reach the team database at {url}. Check the address and that the server is running.</translation>
    </message>
    <message>
        <source>Could not upgrade the database {db}: {reason}</source>
        <translation>Could not upgrade the database {db}: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a KPIDesk database. Choose another file, or start a new database with --db and a new file name.</source>
        <translation>{file} is not a KPIDesk database. Choose another file, or start a new database with --db and a new file name.</translation>
    </message>
    <message>
        <source>'{url}' is not a database address KPIDesk understands.</source>
        <translation>'{url}' is not a database address KPIDesk understands.</translation>
    </message>
    <message>
        <source>{file} is a database, but not one of KPIDesk. Choose another file.</source>
        <translation>{file} is a database, but not one of KPIDesk. Choose another file.</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail}). KPIDesk has not changed it. Restore a backup: in the window choose Restore a backup…, or on the command line run 'kpidesk restore FILE' with a file from {folder}.</source>
        <translation>{file} is damaged ({detail}). KPIDesk has not changed it. Restore a backup: in the window choose Restore a backup…, or on the command line run 'kpidesk restore FILE' with a file from {folder}.</translation>
    </message>
    <message>
        <source>Someone else saved this at the same moment. Reload to see their change, then make yours again.</source>
        <translation>Someone else saved this at the same moment. Reload to see their change, then make yours again.</translation>
    </message>
    <message>
        <source>The team database refused this change: it belongs to another team member. Only they and the manager can change it.</source>
        <translation>The team database refused this change: it belongs to another team member. Only they and the manager can change it.</translation>
    </message>
</context>
</TS>
