<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>This is the database itself; choose a backup to restore.</source>
        <translation>Dit is de database zelf. Kies een back-up om terug te zetten.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} bestaat niet.</translation>
    </message>
    <message>
        <source>{file} is not a KPIDesk database, so it cannot be restored.</source>
        <translation>{file} is geen KPIDesk-database en kan dus niet worden teruggezet.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of KPIDesk. Update KPIDesk to restore it; nothing has been changed.</source>
        <translation>{file} is opgeslagen door een nieuwere versie van KPIDesk. Werk KPIDesk bij om hem terug te zetten. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>The database is in use by another KPIDesk. Close it there, then restore again. Nothing has been changed.</source>
        <translation>De database is in gebruik in een andere KPIDesk. Sluit hem daar en zet de back-up opnieuw terug. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Could not back up {file}: {reason}</source>
        <translation>Kon geen back-up maken van {file}: {reason}</translation>
    </message>
    <message>
        <source>Could not write a backup to {folder}: {reason}. Free some disk space or check the folder's permissions.</source>
        <translation>Kon geen back-up opslaan in {folder}: {reason}. Maak schijfruimte vrij of controleer de rechten van de map.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the current database in {folder}: {reason}. Nothing has been restored.</source>
        <translation>Kon geen kopie van de huidige database bewaren in {folder}: {reason}. Er is niets teruggezet.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer version of KPIDesk. Update KPIDesk to open it; the file has not been changed.</source>
        <translation>{file} is opgeslagen door een nieuwere versie van KPIDesk. Werk KPIDesk bij om het te openen; het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <source>KPIDesk needs a database file, not a memory database.</source>
        <translation>KPIDesk heeft een databasebestand nodig, geen database in het geheugen.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of a database file, for example {example}.</source>
        <translation>{path} is een map. Geef de naam van een databasebestand, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first, or choose another place for the database.</source>
        <translation>De map {folder} bestaat niet. Maak hem eerst aan, of kies een andere plek voor de database.</translation>
    </message>
    <message>
        <source>KPIDesk may not write to {path}. Check the file's permissions or choose another place.</source>
        <translation>KPIDesk mag niet schrijven naar {path}. Controleer de rechten van het bestand of kies een andere plek.</translation>
    </message>
    <message>
        <source>KPIDesk opens a database file or a PostgreSQL team database (postgresql+psycopg://user@server/database), not {url}.</source>
        <translation>KPIDesk opent een databasebestand of een PostgreSQL-teamdatabase (postgresql+psycopg://gebruiker@server/database), niet {url}.</translation>
    </message>
    <message>
        <source>KPIDesk has no driver ({driver}) for {url}. For a team database, write the address as postgresql+psycopg://user@server/database.</source>
        <translation>KPIDesk heeft geen driver ({driver}) voor {url}. Schrijf het adres van een teamdatabase als postgresql+psycopg://gebruiker@server/database.</translation>
    </message>
    <message>
        <source>Cannot reach the team database at {url}. Check the address and that the server is running.</source>
        <translation>De teamdatabase op {url} is niet bereikbaar. Controleer het adres en of de server draait.</translation>
    </message>
    <message>
        <source>Could not upgrade the database {db}: {reason}</source>
        <translation>De database {db} kon niet worden bijgewerkt: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a KPIDesk database. Choose another file, or start a new database with --db and a new file name.</source>
        <translation>{file} is geen KPIDesk-database. Kies een ander bestand, of begin een nieuwe database met --db en een nieuwe bestandsnaam.</translation>
    </message>
    <message>
        <source>'{url}' is not a database address KPIDesk understands.</source>
        <translation>'{url}' is geen databaseadres dat KPIDesk begrijpt.</translation>
    </message>
    <message>
        <source>{file} is a database, but not one of KPIDesk. Choose another file.</source>
        <translation>{file} is een database, maar niet van KPIDesk. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail}). KPIDesk has not changed it. Restore a backup: in the window choose Restore a backup…, or on the command line run 'kpidesk restore FILE' with a file from {folder}.</source>
        <translation>{file} is beschadigd ({detail}). KPIDesk heeft het bestand niet veranderd. Zet een back-up terug: kies in het venster Back-up terugzetten…, of voer op de opdrachtregel 'kpidesk restore BESTAND' uit met een bestand uit {folder}.</translation>
    </message>
    <message>
        <source>Someone else saved this at the same moment. Reload to see their change, then make yours again.</source>
        <translation>Iemand anders heeft dit op hetzelfde moment opgeslagen. Laad opnieuw om die wijziging te zien en doe je eigen wijziging daarna nog een keer.</translation>
    </message>
    <message>
        <source>The team database refused this change: it belongs to another team member. Only they and the manager can change it.</source>
        <translation>De teamdatabase weigert deze wijziging: dit hoort bij een ander teamlid. Alleen die persoon en de manager kunnen het wijzigen.</translation>
    </message>
</context>
</TS>
