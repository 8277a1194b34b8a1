# ruff: noqa: E501  (rows of export data read better one to a line)
"""Write the CRM export corpus under tests/resources/import/<vendor>/ (run it to regenerate).

Each file has the shape of the vendor's own export, after its documented export columns: the
real header names and order, many columns KPIDesk does not use, the vendor's date and number
formats, quoting, byte order mark and encoding.  The data is made up; the figures the tests
compare with are counted by hand from the rows below (see tests/services/test_vendor_corpus.py).

    python tests/resources/import/make_vendor_corpus.py
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import openpyxl

HERE = Path(__file__).resolve().parent
ANNA, BRAM, CEES = "Anna de Vries", "Bram Jansen", "Cees Bakker"

# -- HubSpot ---------------------------------------------------------------------------------
# Deals export ("Export all properties"): booleans true/false, probability as a fraction,
# dates "YYYY-MM-DD HH:MM", a custom closed-lost stage "Dead Deals" in the sales pipeline.
HUBSPOT_DEAL_HEADERS = [
    "Record ID", "Deal Name", "Deal Stage", "Close Date", "Deal owner", "Amount", "Pipeline",
    "Create Date", "Deal probability", "Is Closed Won", "Is closed lost", "Last Modified Date",
    "Deal Type", "Forecast category", "Forecast amount", "Weighted amount",
    "Amount in company currency", "Associated Company", "Associated Contact", "Deal Description",
    "Days to close", "Last Activity Date", "Next Activity Date", "Number of Sales Activities",
    "Number of times contacted", "Original Source Type", "Priority", "Currency",
    "Is Deal Closed?", "Closed Lost Reason", "Closed Won Reason", "HubSpot Team",
    "Date entered \"Closed Won (Sales Pipeline)\"", "Deal Score", "Number of Associated Contacts",
    "Annual contract value", "Total contract value", "Recurring revenue amount",
]  # fmt: skip

# name, stage, amount, probability, won, lost, close date, created, last modified, company
HUBSPOT_DEALS = [
    ("Website Bakker", "Appointment Scheduled", "4000", "0.2", False, False, "2026-01-30", "2025-10-02 09:14", "2025-11-20 16:02", "Bakker Installatie"),
    ("CRM koppeling Visser", "Qualified To Buy", "8500", "0.4", False, False, "2026-02-15", "2025-09-12 11:30", "2025-12-01 10:00", "Visser Transport"),
    ("Onderhoud De Jong", "Presentation Scheduled", "12000", "0.6", False, False, "", "2025-08-01 08:45", "2025-12-03 09:12", "De Jong Techniek"),
    ("Licenties Smit", "Decision Maker Bought-In", "25000", "0.8", False, False, "2026-01-10", "2025-07-22 14:00", "2025-12-10 13:33", "Smit Bouw"),
    ("Training Mulder", "Contract Sent", "6000", "0.9", False, False, "2025-12-31", "2025-11-03 10:10", "2025-12-12 08:00", "Mulder Zorg"),
    ("Pilot Bos", "Appointment Scheduled", "3000", "0.2", False, False, "", "2025-11-18 15:20", "2025-11-18 15:20", "Bos & Zonen"),
    ("Migratie Meijer", "Qualified To Buy", "15000.5", "0.4", False, False, "2026-03-01", "2025-10-27 09:00", "2025-12-08 11:45", "Meijer Logistiek"),
    ("Support Dekker", "Contract Sent", "9500", "0.9", False, False, "2025-12-20", "2025-09-30 13:00", "2025-12-15 17:25", "Dekker Advies"),
    ("Rollout Visser", "Closed Won", "20000", "1", True, False, "2025-03-14 10:22", "2025-01-08 09:00", "2025-03-14 10:22", "Visser Transport"),
    ("Licenties Bakker", "Closed Won", "7500", "1", True, False, "2025-05-02 14:10", "2025-02-11 10:30", "2025-05-02 14:10", "Bakker Installatie"),
    ("Consultancy Smit", "Closed Won", "11000", "1", True, False, "2025-06-30 16:00", "2025-03-03 13:15", "2025-06-30 16:00", "Smit Bouw"),
    ("Uitbreiding Mulder", "Closed Won", "4500", "1", True, False, "", "2025-06-01 10:00", "2025-08-19 11:11", "Mulder Zorg"),
    ("Website Dekker", "Closed Lost", "5000", "0", False, True, "2025-04-11 09:30", "2025-02-20 09:00", "2025-04-11 09:30", "Dekker Advies"),
    ("App Bos", "Closed Lost", "18000", "0", False, True, "2025-07-01 12:00", "2025-03-15 11:00", "2025-07-01 12:00", "Bos & Zonen"),
    ("Koppeling Janssen", "Dead Deals", "3000", "0", False, True, "2025-05-20 10:00", "2025-01-15 10:00", "2025-05-20 10:00", "Janssen Metaal"),
    ("Analyse Peters", "Dead Deals", "2500", "0", False, True, "2025-06-12 15:45", "2025-02-02 14:30", "2025-06-12 15:45", "Peters Accountants"),
    ("Hosting Hendriks", "Dead Deals", "1200", "0", False, True, "2025-07-07 08:30", "2025-03-21 09:45", "2025-07-07 08:30", "Hendriks Media"),
    ("Scan Willems", "Dead Deals", "800", "0", False, True, "2025-08-30 17:00", "2025-04-04 16:00", "2025-08-30 17:00", "Willems Food"),
    ("Advies Vos", "Dead Deals", "6000", "0", False, True, "", "2025-05-05 10:00", "2025-09-09 09:09", "Vos Verhuur"),
    ("Beheer Kok", "Dead Deals", "4000", "0", False, True, "2025-10-31 11:00", "2025-06-06 12:00", "2025-10-31 11:00", "Café Één"),
]  # fmt: skip
HUBSPOT_OWNERS = [ANNA, BRAM, ANNA, BRAM, ANNA, BRAM, ANNA, BRAM, ANNA, BRAM] * 2


def _hubspot_deal_rows(*, typed: bool = False) -> list[list[object]]:
    rows: list[list[object]] = []
    for i, (name, stage, amount, prob, won, lost, close, created, modified, company) in enumerate(
        HUBSPOT_DEALS
    ):
        closed = won or lost
        weighted = round(float(amount) * float(prob), 2)

        def when(text: str) -> object:
            if not typed or not text:
                return text
            return datetime.fromisoformat(text if " " in text else text + " 00:00")

        rows.append([
            str(9_100_200 + i * 37), name, stage, when(close), HUBSPOT_OWNERS[i],
            float(amount) if typed else amount, "Sales Pipeline", when(created),
            float(prob) if typed else prob, "true" if won else "false",
            "true" if lost else "false", when(modified), "newbusiness",
            "Closed" if closed else "Pipeline", "0" if lost else amount,
            str(weighted), amount, company, "", "",
            "" if not closed else "41", "", "", str(i % 5), str(i % 3), "OFFLINE", "medium",
            "EUR", "true" if closed else "false", "Too expensive" if lost else "",
            "Good fit" if won else "", "Sales NL", "", "", "1", "", "", "",
        ])  # fmt: skip
    return rows


HUBSPOT_CONTACT_HEADERS = [
    "Record ID", "First Name", "Last Name", "Email", "Phone Number", "Company Name", "City",
    "State/Region", "Industry", "Number of Employees", "Annual Revenue", "Contact owner",
    "Create Date", "Lead Status", "Lifecycle Stage", "Job Title", "Last Activity Date",
    "Marketing contact status", "Original Source", "Number of Sales Activities",
    "Associated Company", "Recent Deal Amount", "Time Zone", "Persona", "Email Domain",
]  # fmt: skip
# first, last, company, city, region, employees, revenue, owner, created, status
HUBSPOT_CONTACTS = [
    ("Lisa", "de Boer", "De Boer Logistiek", "Zwolle", "Overijssel", "120", "15000000", BRAM, "2025-02-14 11:20", "New"),
    ("Tom", "Smit", "Smit Bouw", "Almere", "Flevoland", "1200", "240000000", ANNA, "2025-02-15 08:00", "Open Deal"),
    ("Eva", "Visser", "Visser Transport", "Utrecht", "Utrecht", "85", "12500000", ANNA, "2025-03-01 09:30", "In Progress"),
    ("Sem", "Mulder", "Mulder Zorg", "Amersfoort", "Utrecht", "40", "3000000", BRAM, "2025-03-09 14:45", "Attempted to Contact"),
    ("Noor", "Bos", "Bos & Zonen", "Houten", "Utrecht", "12", "", BRAM, "2025-04-02 10:00", "Connected"),
    ("Daan", "Dekker", "Dekker Advies", "Zeist", "Utrecht", "25", "4200000", ANNA, "2025-04-20 16:10", "Open"),
    ("Julia", "Peters", "Peters Accountants", "Ede", "Gelderland", "18", "2100000", ANNA, "2025-05-11 09:05", "Unqualified"),
    ("Finn", "Hendriks", "Hendriks Media", "Arnhem", "Gelderland", "9", "900000", BRAM, "2025-06-18 13:30", "Bad Timing"),
]  # fmt: skip


def _hubspot_contact_rows() -> list[list[str]]:
    rows = []
    for i, (
        first,
        last,
        company,
        city,
        region,
        staff,
        revenue,
        owner,
        created,
        status,
    ) in enumerate(HUBSPOT_CONTACTS):
        domain = company.split()[0].lower().replace("&", "") + ".nl"
        rows.append([
            str(5001 + i), first, last, f"{first.lower()}@{domain}", f"+31 6 {12345600 + i}",
            company, city, region, "Logistiek" if i % 2 else "Bouw", staff, revenue, owner,
            created, status, "lead" if status != "Open Deal" else "opportunity", "Directeur",
            "", "Marketing contact", "Offline Sources", str(i), company, "", "Europe/Amsterdam",
            "", domain,
        ])  # fmt: skip
    return rows


HUBSPOT_TASK_HEADERS = [
    "Record ID", "Task Title", "Task Type", "Due date", "Task Status", "Assigned to",
    "Associated Company", "Associated Deal", "Notes", "Priority", "Create date",
    "Last modified date", "Completed at", "Queue", "Reminder", "Task Source",
]  # fmt: skip
HUBSPOT_TASKS = [
    ("Bellen over offerte", "Call", "2025-03-10 10:00", "Completed", ANNA, "Visser Transport", "Rollout Visser", "Akkoord op prijs"),
    ("Demo inplannen", "Email", "2025-04-28 09:00", "Completed", BRAM, "Bakker Installatie", "Licenties Bakker", "Datum voorgesteld"),
    ("Contract nalopen", "To-do", "2025-06-25 14:00", "Completed", ANNA, "Smit Bouw", "Consultancy Smit", ""),
    ("Terugbellen", "Call", "2026-01-15 11:00", "Not started", BRAM, "Bos & Zonen", "Pilot Bos", "Na de kerst"),
    ("LinkedIn bericht", "LinkedIn", "2025-11-25 15:00", "Completed", ANNA, "Mulder Zorg", "Training Mulder", ""),
]  # fmt: skip


def _hubspot_task_rows() -> list[list[str]]:
    return [
        [str(7001 + i), title, kind, due, status, owner, company, deal, note, "MEDIUM",
         due, due, due if status == "Completed" else "", "", "", "CRM_UI"]
        for i, (title, kind, due, status, owner, company, deal, note) in enumerate(HUBSPOT_TASKS)
    ]  # fmt: skip


# -- Pipedrive -------------------------------------------------------------------------------
# Deals export (UTF-8 with BOM, every field quoted, "Deal - " prefixes): the outcome is in
# "Deal - Status"; won and lost deals keep the stage they were in, and their day is in
# "Deal - Won time" / "Deal - Lost time".
PIPEDRIVE_DEAL_HEADERS = [
    "Deal - ID", "Deal - Title", "Deal - Creator", "Deal - Owner", "Deal - Value",
    "Deal - Currency", "Deal - Weighted value", "Deal - Currency of Weighted value",
    "Deal - Probability", "Deal - Organization", "Deal - Pipeline", "Deal - Contact person",
    "Deal - Stage", "Deal - Label", "Deal - Expected close date", "Deal - Deal created",
    "Deal - Update time", "Deal - Last stage change", "Deal - Status",
    "Deal - Next activity date", "Deal - Last activity date", "Deal - Won time",
    "Deal - Lost time", "Deal - Lost reason", "Deal - Visible to", "Deal - Total activities",
    "Deal - Done activities", "Deal - Activities to do", "Deal - Email messages count",
    "Deal - Product quantity", "Deal - Product amount", "Deal - Product name",
]  # fmt: skip
# title, owner, value, probability, organisation, stage, status, created, won, lost
PIPEDRIVE_DEALS = [
    ("Pilot Jansen", ANNA, "5000", "", "Jansen Metaal", "Qualified", "open", "2025-09-01 09:15:00", "", ""),
    ("Rollout Jansen", ANNA, "25000", "", "Jansen Metaal", "Negotiations Started", "won", "2025-01-12 10:00:00", "2025-03-01 16:30:00", ""),
    ("Koppeling Peters", BRAM, "8000", "70", "Peters Accountants", "Proposal Made", "open", "2025-10-05 11:20:00", "", ""),
    ("Website Hendriks", BRAM, "4000", "", "Hendriks Media", "Contact Made", "open", "2025-11-11 14:00:00", "", ""),
    ("Hosting Willems", ANNA, "1500", "", "Willems Food", "Demo Scheduled", "lost", "2025-02-02 09:00:00", "", "2025-04-15 10:45:00"),
    ("Training Vos", BRAM, "3500", "", "Vos Verhuur", "Proposal Made", "won", "2025-03-03 13:00:00", "2025-05-20 09:30:00", ""),
    ("Analyse Kok", ANNA, "6000", "", "Café Één", "Negotiations Started", "open", "2025-08-08 08:00:00", "", ""),
    ("Licenties De Boer", BRAM, "12000", "", "De Boer Logistiek", "Proposal Made", "lost", "2025-04-01 10:00:00", "", "2025-06-30 17:00:00"),
    ("Scan Bakker", ANNA, "900", "", "Bakker Installatie", "Qualified", "lost", "2025-05-05 15:00:00", "", "2025-05-28 11:00:00"),
    ("Beheer Smit", BRAM, "18000", "", "Smit Bouw", "Negotiations Started", "won", "2025-06-10 09:00:00", "2025-09-12 12:00:00", ""),
    ("Oude deal Visser", ANNA, "2000", "", "Visser Transport", "Qualified", "deleted", "2025-01-20 09:00:00", "", ""),
]  # fmt: skip


def _pipedrive_deal_rows() -> list[list[str]]:
    rows = []
    for i, (title, owner, value, prob, org, stage, status, created, won, lost) in enumerate(
        PIPEDRIVE_DEALS
    ):
        last_change = won or lost or created
        rows.append([
            str(101 + i), title, owner, owner, value, "EUR", value if status == "won" else "",
            "EUR", prob, org, "Verkoop", "", stage, "", "", created, last_change, last_change,
            status, "", "", won, lost, "Too expensive" if status == "lost" else "",
            "Entire company", str(i % 4), str(i % 3), "1", "0", "", "", "",
        ])  # fmt: skip
    return rows


PIPEDRIVE_PERSON_HEADERS = [
    "Person - ID", "Person - Name", "Person - Label", "Person - Organization",
    "Person - Email - Work", "Person - Email - Home", "Person - Phone - Work",
    "Person - Phone - Mobile", "Person - Owner", "Person - Person created",
    "Person - Update time", "Person - Open deals", "Person - Won deals", "Person - Lost deals",
    "Person - Closed deals", "Person - Total activities", "Person - Next activity date",
    "Person - Visible to", "Person - Marketing status",
]  # fmt: skip
PIPEDRIVE_PERSONS = [
    ("Karin Jansen", "Jansen Metaal", "karin@jansenmetaal.nl", ANNA, "2025-01-10 09:00:00"),
    ("Peter Peters", "Peters Accountants", "peter@peters.nl", BRAM, "2025-02-01 10:00:00"),
    ("Mila Hendriks", "Hendriks Media", "", BRAM, "2025-03-15 11:00:00"),
    ("Kees Kok", "Café Één", "kees@cafe-een.nl", ANNA, "2025-04-20 12:00:00"),
]


def _pipedrive_person_rows() -> list[list[str]]:
    return [
        [str(301 + i), name, "Customer" if i % 2 else "Hot lead", org, email, "", "030 123 45 6" +
         str(i), "", owner, created, created, "1", "0", "0", "0", "2", "", "Entire company",
         "Subscribed"]
        for i, (name, org, email, owner, created) in enumerate(PIPEDRIVE_PERSONS)
    ]  # fmt: skip


PIPEDRIVE_ACTIVITY_HEADERS = [
    "Activity - ID", "Activity - Subject", "Activity - Type", "Activity - Due date",
    "Activity - Due time", "Activity - Duration", "Activity - Done", "Activity - Marked as done time",
    "Activity - Assigned to user", "Activity - Creator", "Activity - Organization",
    "Activity - Deal", "Activity - Contact person", "Activity - Note", "Activity - Add time",
    "Activity - Update time", "Activity - Busy", "Activity - Location",
]  # fmt: skip
PIPEDRIVE_ACTIVITIES = [
    ("Kennismaking", "Meeting", "2025-01-20", "Done", ANNA, "Jansen Metaal", "Rollout Jansen"),
    ("Offerte bespreken", "Call", "2025-02-14", "Done", ANNA, "Jansen Metaal", "Rollout Jansen"),
    ("Demo", "Meeting", "2025-03-20", "Done", BRAM, "Vos Verhuur", "Training Vos"),
    ("Nabellen", "Call", "2025-10-20", "Done", BRAM, "Peters Accountants", "Koppeling Peters"),
    ("Voorstel sturen", "Email", "2025-11-20", "Done", BRAM, "Hendriks Media", "Website Hendriks"),
    ("Contract", "Deadline", "2026-01-31", "To do", ANNA, "Café Één", "Analyse Kok"),
]


def _pipedrive_activity_rows() -> list[list[str]]:
    return [
        [str(501 + i), subject, kind, due, "10:00", "00:30", done,
         due + " 10:30:00" if done == "Done" else "", owner, owner, org, deal, "", "", due +
         " 08:00:00", due + " 10:30:00", "Busy", ""]
        for i, (subject, kind, due, done, owner, org, deal) in enumerate(PIPEDRIVE_ACTIVITIES)
    ]  # fmt: skip


# -- Salesforce ------------------------------------------------------------------------------
# Report exports ("Details Only", ISO-8859-1, US dates, amounts "EUR 12,500.00",
# probabilities "40%", the Won and Closed checkboxes as 1/0).
SALESFORCE_OPPORTUNITY_HEADERS = [
    "Opportunity Owner", "Account Name", "Opportunity Name", "Stage", "Fiscal Period", "Amount",
    "Probability (%)", "Age", "Close Date", "Created Date", "Next Step", "Lead Source", "Type",
    "Won", "Closed", "Forecast Category", "Last Modified Date", "Last Activity",
    "Opportunity ID", "Amount Currency", "Expected Revenue", "Description",
]  # fmt: skip
# owner, account, name, stage, amount, probability, close, created, won, closed
SALESFORCE_OPPORTUNITIES = [
    (ANNA, "Visser Transport", "Visser - Fleet tracking", "Prospecting", "7,500.00", "10%", "1/31/2026", "10/14/2025", "0", "0"),
    (BRAM, "Smit Bouw", "Smit - Licenses", "Needs Analysis", "22,000.00", "20%", "2/28/2026", "9/22/2025", "0", "0"),
    (ANNA, "De Jong Techniek", "De Jong - Support", "Proposal/Price Quote", "9,800.00", "75%", "12/31/2025", "8/13/2025", "0", "0"),
    (BRAM, "Mulder Zorg", "Mulder - Training", "Negotiation/Review", "4,200.00", "90%", "12/19/2025", "10/1/2025", "0", "0"),
    (ANNA, "Jansen Metaal", "Jansen - Rollout", "Closed Won", "31,000.00", "100%", "3/18/2025", "1/6/2025", "1", "1"),
    (BRAM, "Peters Accountants", "Peters - Audit tool", "Closed Won", "5,600.00", "100%", "6/27/2025", "2/17/2025", "1", "1"),
    (ANNA, "Hendriks Media", "Hendriks - Hosting", "Closed Lost", "2,400.00", "0%", "5/13/2025", "3/4/2025", "0", "1"),
    (BRAM, "Willems Food", "Willems - Scanners", "Closed - No Decision", "3,300.00", "0%", "8/29/2025", "4/2/2025", "0", "1"),
    (ANNA, "Café Één", "Café Één - Kassa", "Closed - No Decision", "1,750.00", "0%", "10/15/2025", "6/30/2025", "0", "1"),
]  # fmt: skip


def _salesforce_opportunity_rows() -> list[list[str]]:
    rows = []
    for i, (owner, account, name, stage, amount, prob, close, created, won, closed) in enumerate(
        SALESFORCE_OPPORTUNITIES
    ):
        rows.append([
            owner, account, name, stage, "Q4-2025", "EUR " + amount, prob, str(30 + i), close,
            created, "", "Web", "New Customer", won, closed,
            "Closed" if won == "1" else "Omitted" if closed == "1" else "Pipeline", close, "",
            f"0065g00000{i:03d}AbCQ", "EUR", "", "",
        ])  # fmt: skip
    return rows


SALESFORCE_LEAD_HEADERS = [
    "Lead Owner", "First Name", "Last Name", "Title", "Company / Account", "Email", "Phone",
    "Lead Status", "Lead Source", "Rating", "Create Date", "City", "State/Province", "Industry",
    "No. of Employees", "Annual Revenue", "Last Activity", "Lead ID", "Unread By Owner",
]  # fmt: skip
SALESFORCE_LEADS = [
    (ANNA, "Ruben", "Vermeulen", "Vermeulen Bouw", "Open - Not Contacted", "11/3/2025", "250", "EUR 45,000,000.00"),
    (BRAM, "Sanne", "Koster", "Koster Logistiek", "Working - Contacted", "10/21/2025", "60", "EUR 8,000,000.00"),
    (ANNA, "Bas", "Prins", "Prins ICT", "Closed - Converted", "9/15/2025", "30", ""),
    (BRAM, "Iris", "Huisman", "Huisman Zorg", "Closed - Not Converted", "8/28/2025", "15", "EUR 1,200,000.00"),
]  # fmt: skip


def _salesforce_lead_rows() -> list[list[str]]:
    return [
        [owner, first, last, "Directeur", company, f"{first.lower()}@{last.lower()}.nl",
         "+31 30 765 43 2" + str(i), status, "Web", "Warm", created, "Utrecht", "Utrecht",
         "Construction", staff, revenue, "", f"00Q5g00000{i:03d}XyZ", "0"]
        for i, (owner, first, last, company, status, created, staff, revenue) in enumerate(
            SALESFORCE_LEADS
        )
    ]  # fmt: skip


SALESFORCE_TASK_HEADERS = [
    "Assigned", "Subject", "Type", "Due Date", "Status", "Priority", "Company / Account",
    "Opportunity", "Contact", "Comments", "Date Completed", "Activity ID", "Call Result",
]  # fmt: skip
SALESFORCE_TASKS = [
    (ANNA, "Call", "Call", "2/10/2025", "Completed", "Jansen Metaal", "Jansen - Rollout", "Budget ok"),
    (BRAM, "Email", "Email", "5/20/2025", "Completed", "Peters Accountants", "Peters - Audit tool", ""),
    (ANNA, "Meeting", "Meeting", "11/13/2025", "Completed", "De Jong Techniek", "De Jong - Support", "Demo gegeven"),
    (BRAM, "Call", "Call", "1/14/2026", "Not Started", "Smit Bouw", "Smit - Licenses", ""),
]  # fmt: skip


def _salesforce_task_rows() -> list[list[str]]:
    return [
        [owner, subject, kind, due, status, "Normal", account, opportunity, "", comments,
         due if status == "Completed" else "", f"00T5g00000{i:03d}QrS", ""]
        for i, (owner, subject, kind, due, status, account, opportunity, comments) in enumerate(
            SALESFORCE_TASKS
        )
    ]  # fmt: skip


# -- Odoo ------------------------------------------------------------------------------------
# CRM › Pipeline › Export (all records, archived ones included): Odoo marks a won opportunity
# with probability 100 and a lost one by archiving it (Active False, probability 0).
ODOO_OPPORTUNITY_HEADERS = [
    "Opportunity", "Customer", "Email", "Phone", "Salesperson", "Sales Team", "Stage",
    "Expected Revenue", "Probability", "Expected Closing", "Created on", "Closed Date",
    "Last Stage Update", "Active", "Lost Reason", "Tags", "Priority", "Company", "Type",
    "Medium", "Source", "Campaign", "Recurring Revenue", "Days to Close",
]  # fmt: skip
# name, customer, salesperson, stage, revenue, probability, expected, created, closed, active
ODOO_OPPORTUNITIES = [
    ("Kantoorinrichting", "Vos Verhuur", ANNA, "New", "3200.00", "10.0", "2026-01-15", "2025-11-02 10:00:00", "", "True"),
    ("Koffiemachines", "Café Één", BRAM, "Qualified", "5400.00", "35.5", "2026-02-01", "2025-10-12 09:00:00", "", "True"),
    ("Beveiliging", "Smit Bouw", ANNA, "Proposition", "14000.00", "70.0", "2025-12-22", "2025-09-01 14:00:00", "", "True"),
    ("Netwerk", "Jansen Metaal", BRAM, "Won", "9000.00", "100.0", "2025-04-30", "2025-02-01 08:30:00", "2025-04-28 15:00:00", "True"),
    ("Telefonie", "Bakker Installatie", ANNA, "Won", "2600.00", "100.0", "2025-06-30", "2025-03-10 11:00:00", "2025-07-02 10:00:00", "True"),
    ("Printers", "Dekker Advies", BRAM, "Qualified", "1800.00", "0.0", "2025-05-31", "2025-02-20 09:00:00", "2025-05-15 16:00:00", "False"),
    ("Cloud opslag", "Mulder Zorg", ANNA, "Proposition", "7700.00", "0.0", "2025-09-30", "2025-05-05 10:00:00", "2025-09-18 12:00:00", "False"),
]  # fmt: skip


def _odoo_opportunity_rows() -> list[list[str]]:
    return [
        [name, customer, "", "", person, "Europe", stage, revenue, prob, expected, created,
         closed, closed or created, active, "Too expensive" if active == "False" else "",
         "Product", "Medium", "KPIDesk Demo B.V.", "Opportunity", "Email", "Website", "", "0.00",
         "0.0"]
        for name, customer, person, stage, revenue, prob, expected, created, closed, active in (
            ODOO_OPPORTUNITIES
        )
    ]  # fmt: skip


ODOO_LEAD_HEADERS = [
    "Lead", "Company Name", "Contact Name", "Email", "Phone", "City", "Country", "Salesperson",
    "Sales Team", "Created on", "Source", "Medium", "Tags", "Priority", "Type", "Active",
]  # fmt: skip
ODOO_LEADS = [
    ("Interesse in demo", "Koster Logistiek", "Sanne Koster", "sanne@koster.nl", "Zwolle", BRAM, "2025-11-20 10:00:00"),
    ("Vraag via website", "Prins ICT", "Bas Prins", "bas@prins.nl", "Utrecht", ANNA, "2025-12-01 09:30:00"),
    ("Beursbezoek", "Huisman Zorg", "Iris Huisman", "", "Ede", ANNA, "2025-10-08 15:00:00"),
]  # fmt: skip


def _odoo_lead_rows() -> list[list[str]]:
    return [
        [title, company, contact, email, "", city, "Netherlands", person, "Europe", created,
         "Website", "Website", "", "Normal", "Lead", "True"]
        for title, company, contact, email, city, person, created in ODOO_LEADS
    ]  # fmt: skip


# -- writing ---------------------------------------------------------------------------------


def _write_csv(
    path: Path,
    headers: list[str],
    rows: list[list[object]],
    *,
    encoding: str = "utf-8",
    bom: bool = False,
    delimiter: str = ",",
    quote_all: bool = False,
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        delimiter=delimiter,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
        lineterminator="\r\n",
    )
    writer.writerow(headers)
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


def _write_xlsx(path: Path, title: str, headers: list[str], rows: list[list[object]]) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def _dutch_excel(row: list[object]) -> list[object]:
    """A HubSpot row as Dutch Excel saves it as CSV: d-m-jjjj u:mm, decimal comma, WAAR."""
    out: list[object] = []
    for cell in row:
        text = str(cell)
        if text in ("true", "false"):
            out.append("WAAR" if text == "true" else "ONWAAR")
        elif len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
            day = datetime.fromisoformat(text if " " in text else text + " 00:00")
            out.append(f"{day.day}-{day.month}-{day.year} {day.hour}:{day.minute:02d}")
        elif text.replace(".", "", 1).isdigit() and "." in text:
            out.append(text.replace(".", ","))
        else:
            out.append(cell)
    return out


def main() -> None:
    hubspot = HERE / "hubspot"
    deals = _hubspot_deal_rows()
    _write_csv(hubspot / "hubspot-crm-exports-all-deals.csv", HUBSPOT_DEAL_HEADERS, deals)
    _write_xlsx(
        hubspot / "hubspot-crm-exports-all-deals.xlsx",
        "All deals",
        HUBSPOT_DEAL_HEADERS,
        _hubspot_deal_rows(typed=True),
    )
    _write_csv(
        hubspot / "hubspot-all-deals-dutch-excel.csv",
        HUBSPOT_DEAL_HEADERS,
        [_dutch_excel(r) for r in deals],
        encoding="cp1252",
        delimiter=";",
    )
    _write_csv(
        hubspot / "hubspot-crm-exports-all-contacts.csv",
        HUBSPOT_CONTACT_HEADERS,
        _hubspot_contact_rows(),  # type: ignore[arg-type]
    )
    _write_csv(
        hubspot / "hubspot-crm-exports-all-tasks.csv",
        HUBSPOT_TASK_HEADERS,
        _hubspot_task_rows(),  # type: ignore[arg-type]
    )
    pipedrive = HERE / "pipedrive"
    for name, headers, rows in (
        ("deals-export.csv", PIPEDRIVE_DEAL_HEADERS, _pipedrive_deal_rows()),
        ("people-export.csv", PIPEDRIVE_PERSON_HEADERS, _pipedrive_person_rows()),
        ("activities-export.csv", PIPEDRIVE_ACTIVITY_HEADERS, _pipedrive_activity_rows()),
    ):
        _write_csv(pipedrive / name, headers, rows, bom=True, quote_all=True)  # type: ignore[arg-type]
    salesforce = HERE / "salesforce"
    for name, headers, rows in (
        (
            "report-opportunities.csv",
            SALESFORCE_OPPORTUNITY_HEADERS,
            _salesforce_opportunity_rows(),
        ),
        ("report-leads.csv", SALESFORCE_LEAD_HEADERS, _salesforce_lead_rows()),
        ("report-tasks.csv", SALESFORCE_TASK_HEADERS, _salesforce_task_rows()),
    ):
        _write_csv(salesforce / name, headers, rows, encoding="iso-8859-1", quote_all=True)  # type: ignore[arg-type]
    odoo = HERE / "odoo"
    _write_csv(
        odoo / "crm.lead-opportunities.csv", ODOO_OPPORTUNITY_HEADERS, _odoo_opportunity_rows()
    )  # type: ignore[arg-type]
    _write_csv(odoo / "crm.lead-leads.csv", ODOO_LEAD_HEADERS, _odoo_lead_rows())  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
