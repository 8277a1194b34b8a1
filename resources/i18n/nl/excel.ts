<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>kpidesk</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Yearly revenue</source>
        <translation>Jaaromzet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Qualified on</source>
        <translation>Gekwalificeerd op</translation>
    </message>
    <message>
        <source>Disqualified because</source>
        <translation>Gediskwalificeerd omdat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Extern id</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Verwachte sluiting</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Reden verloren</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Is won</source>
        <translation>Is gewonnen</translation>
    </message>
    <message>
        <source>Is lost</source>
        <translation>Is verloren</translation>
    </message>
    <message>
        <source>Is closed</source>
        <translation>Is gesloten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Won on</source>
        <translation>Gewonnen op</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Verloren op</translation>
    </message>
    <message>
        <source>Close date when none is given</source>
        <translation>Sluitdatum als die ontbreekt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Done or planned</source>
        <translation>Gedaan of gepland</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Klant sinds</translation>
    </message>
    <message>
        <source>Churned on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <source>Churn reason</source>
        <translation>Reden opzegging</translation>
    </message>
    <message>
        <source>Recurring value</source>
        <translation>Terugkerende waarde</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Afgesproken op</translation>
    </message>
    <message>
        <source>Agreed action</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gedaan op</translation>
    </message>
    <message>
        <source>Insight KPIs</source>
        <translation>Inzicht-KPI's</translation>
    </message>
    <message>
        <source>Insight KPIs are for finding bottlenecks, not for judging people.</source>
        <translation>Inzicht-KPI's zijn om knelpunten te vinden, niet om mensen te beoordelen.</translation>
    </message>
    <message>
        <source>Activity points per rep against goal</source>
        <translation>Activiteitspunten per verkoper tegen persoonlijk doel</translation>
    </message>
    <message>
        <source>Qualified leads per month against target</source>
        <translation>Gekwalificeerde leads per maand tegen target</translation>
    </message>
    <message>
        <source>Won value per month</source>
        <translation>Gewonnen waarde per maand</translation>
    </message>
    <message>
        <source>Pipeline per stage: value and weighted value</source>
        <translation>Pipeline per fase: waarde en gewogen waarde</translation>
    </message>
    <message>
        <source>Average days in each stage</source>
        <translation>Gemiddeld aantal dagen per fase</translation>
    </message>
    <message>
        <source>Pipeline hygiene</source>
        <translation>Pipelinehygiëne</translation>
    </message>
    <message>
        <source>Won so far and expected, against the target</source>
        <translation>Al gewonnen en verwacht, tegen de target</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% van target</translation>
    </message>
    <message>
        <source>Pace today</source>
        <translation>Schema vandaag</translation>
    </message>
    <message>
        <source>% of pace</source>
        <translation>% van schema</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Colours go against pace, where a figure should be today (its target pro rata by working days, Monday to Friday): green at 100% of pace or more, orange at 80% or more, red below 80%. Once the period is over, pace is the target.</source>
        <translation>De kleuren gaan tegen het schema, waar een cijfer vandaag hoort te staan (het target naar rato van de werkdagen, maandag t/m vrijdag): groen bij 100% van het schema of meer, oranje bij 80% of meer, rood onder 80%. Is de periode voorbij, dan is het schema het target.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <source>Per month (last 12 months)</source>
        <translation>Per maand (laatste 12 maanden)</translation>
    </message>
    <message>
        <source>Pipeline per stage (open deals)</source>
        <translation>Pipeline per fase (open deals)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Vooruitblik</translation>
    </message>
    <message>
        <source>Forecast per month</source>
        <translation>Verwachting per maand</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Gewonnen en verloren</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Previous period ({period})</source>
        <translation>Vorige periode ({period})</translation>
    </message>
    <message>
        <source>Needs attention per rep</source>
        <translation>Vraagt aandacht, per verkoper</translation>
    </message>
    <message>
        <source>Deals that need attention</source>
        <translation>Deals die aandacht vragen</translation>
    </message>
    <message>
        <source>{scope} · {period}</source>
        <translation>{scope} · {period}</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row and no data.</source>
        <translation>Het bestand is leeg: er staat geen kopregel en geen data in.</translation>
    </message>
    <message>
        <source>'{field}' is not a field of this import. Fields: {fields}.</source>
        <translation>'{field}' is geen veld van deze import. Velden: {fields}.</translation>
    </message>
    <message>
        <source>The file has no column '{column}'. Its columns are: {headers}.</source>
        <translation>Het bestand heeft geen kolom '{column}'. De kolommen zijn: {headers}.</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Pagina &amp;P van &amp;N</translation>
    </message>
    <message>
        <source>{file} is not a spreadsheet KPIDesk can read. Save it from Excel as .xlsx or .csv and try again.</source>
        <translation>{file} is geen spreadsheet die KPIDesk kan lezen. Sla het in Excel op als .xlsx of .csv en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read. Open it in Excel, save it again as .xlsx, and import that copy.</source>
        <translation>{file} is beschadigd en kan niet gelezen worden. Open het in Excel, sla het opnieuw op als .xlsx en importeer die kopie.</translation>
    </message>
    <message>
        <source>{file} was refused: it is built to unpack into far more data than a spreadsheet holds, which is how harmful files look. Save the data again from Excel and import that copy.</source>
        <translation>{file} is geweigerd: het pakt uit tot veel meer data dan een spreadsheet bevat, en zo zien schadelijke bestanden eruit. Sla de gegevens opnieuw op vanuit Excel en importeer die kopie.</translation>
    </message>
    <message>
        <source>{file} has no sheet called '{sheet}'. Its sheets are: {names}.</source>
        <translation>{file} heeft geen werkblad '{sheet}'. De werkbladen zijn: {names}.</translation>
    </message>
    <message>
        <source>The file {file} does not exist.</source>
        <translation>Het bestand {file} bestaat niet.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Het bestand {file} is leeg.</translation>
    </message>
    <message>
        <source>The file {file} is {size} MB; KPIDesk imports files up to {limit} MB. Split it into smaller files.</source>
        <translation>Het bestand {file} is {size} MB; KPIDesk importeert bestanden tot {limit} MB. Splits het op in kleinere bestanden.</translation>
    </message>
    <message>
        <source>{file} is protected with a password. Save a copy without one and import that.</source>
        <translation>{file} is beveiligd met een wachtwoord. Sla een kopie op zonder wachtwoord en importeer die.</translation>
    </message>
    <message>
        <source>Write a date such as 31-12-2025 or 2025-12-31.</source>
        <translation>Schrijf een datum als 31-12-2025 of 2025-12-31.</translation>
    </message>
    <message>
        <source>Write an amount such as 1.234,56 or 1234.</source>
        <translation>Schrijf een bedrag als 1.234,56 of 1234.</translation>
    </message>
    <message>
        <source>Write a whole number such as 25.</source>
        <translation>Schrijf een heel getal, zoals 25.</translation>
    </message>
    <message>
        <source>Write a percentage such as 60%.</source>
        <translation>Schrijf een percentage, zoals 60%.</translation>
    </message>
    <message>
        <source>Write a month such as 2026-01 or jan 2026.</source>
        <translation>Schrijf een maand als 2026-01 of jan 2026.</translation>
    </message>
    <message>
        <source>Write an e-mail address such as anna@example.nl.</source>
        <translation>Schrijf een e-mailadres als anna@voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Write yes or no (true/false, 1/0, ja/nee).</source>
        <translation>Schrijf ja of nee (true/false, 1/0, ja/nee).</translation>
    </message>
    <message>
        <source>Write Done or Planned (Gedaan or Gepland).</source>
        <translation>Schrijf Gedaan of Gepland (Done of Planned).</translation>
    </message>
    <message>
        <source>this is not yes or no</source>
        <translation>dit is geen ja of nee</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Het bestand</translation>
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
        <translation>dit is geen e-mailadres</translation>
    </message>
    <message>
        <source>an amount cannot be negative</source>
        <translation>een bedrag kan niet negatief zijn</translation>
    </message>
    <message>
        <source>this cannot be negative</source>
        <translation>dit kan niet negatief zijn</translation>
    </message>
    <message>
        <source>a percentage lies between 0 and 100</source>
        <translation>een percentage ligt tussen 0 en 100</translation>
    </message>
    <message>
        <source>this is a number, not a date</source>
        <translation>dit is een getal, geen datum</translation>
    </message>
    <message>
        <source>The file has a header but no rows with data to import.</source>
        <translation>Het bestand heeft een kopregel, maar geen rijen met gegevens om te importeren.</translation>
    </message>
    <message>
        <source>Row {row}</source>
        <translation>Rij {row}</translation>
    </message>
    <message>
        <source>{where}, column '{column}'</source>
        <translation>{where}, kolom '{column}'</translation>
    </message>
    <message>
        <source>{where} ('{value}')</source>
        <translation>{where} ('{value}')</translation>
    </message>
    <message>
        <source>No column holds {field}, which is required. Name a column '{name}' or choose one for it.</source>
        <translation>Geen enkele kolom bevat {field}, en dat is verplicht. Noem een kolom '{name}' of kies er een voor dit veld.</translation>
    </message>
    <message>
        <source>this text is longer than {limit} characters</source>
        <translation>deze tekst is langer dan {limit} tekens</translation>
    </message>
    <message>
        <source>the column holds fractions (0.4 = 40 %), and this is not one</source>
        <translation>de kolom bevat breuken (0,4 = 40 %), en dit is er geen</translation>
    </message>
    <message>
        <source>This row has {cells} cells but the header has {width}. Check for a missing or extra separator in this line.</source>
        <translation>Deze rij heeft {cells} cellen, maar de kopregel heeft er {width}. Kijk of er in deze regel een scheidingsteken mist of te veel staat.</translation>
    </message>
    <message>
        <source>{field} is required and is empty here.</source>
        <translation>{field} is verplicht en is hier leeg.</translation>
    </message>
    <message>
        <source>KPIDesk cannot write {file}: it is open in another program (Excel?) or read-only. Close it there, or choose another file name.</source>
        <translation>KPIDesk kan {file} niet opslaan: het bestand is open in een ander programma (Excel?) of alleen-lezen. Sluit het daar, of kies een andere bestandsnaam.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name, for example {example}.</source>
        <translation>{path} is een map. Geef een bestandsnaam, bijvoorbeeld {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Create it first or choose another.</source>
        <translation>De map {folder} bestaat niet. Maak hem eerst aan of kies een andere.</translation>
    </message>
    <message>
        <source>KPIDesk may not write in the folder {folder}. Choose another folder.</source>
        <translation>KPIDesk mag niet schrijven in de map {folder}. Kies een andere map.</translation>
    </message>
    <message>
        <source>Row {row} has a text of {length} characters in column {column}; Excel takes at most {limit}. Shorten it, or export as .csv.</source>
        <translation>Rij {row} heeft in kolom {column} een tekst van {length} tekens; Excel neemt er hoogstens {limit}. Maak hem korter, of exporteer als .csv.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most {limit} rows below its header, and this export has more. Filter the list to fewer rows, or export as .csv.</source>
        <translation>Een Excel-blad heeft hoogstens {limit} rijen onder de kopregel, en deze export heeft er meer. Filter de lijst tot minder rijen, of exporteer als .csv.</translation>
    </message>
    <message>
        <source>KPIDesk could not save {file}: {reason}</source>
        <translation>KPIDesk kon {file} niet opslaan: {reason}</translation>
    </message>
</context>
</TS>
