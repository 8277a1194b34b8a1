"""Importing leads and deals: duplicates by external id or natural key, stage history."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.data.models import (
    LEAD_QUALIFIED,
    Contact,
    Lead,
    Organisation,
)
from kpidesk.services.imports.job import Job, _changes, _rows
from kpidesk.services.imports.leads_fast import ExistingLeads, import_new_leads
from kpidesk.services.imports.support import (
    add_organisations,
    insert_rows,
    name_key,
    org_key,
    update_rows,
)

# -- leads -----------------------------------------------------------------------------------


def import_leads(job: Job) -> None:
    s = job.session
    in_db = _existing_leads(s)
    if import_new_leads(job, in_db, _natural_key):
        return
    job.reset_progress()
    rows = []
    for row, record in _rows(job):
        job.step()
        if "contact_name" not in record and ("first_name" in record or "last_name" in record):
            parts = (record.get("first_name"), record.get("last_name"))
            record["contact_name"] = " ".join(p for p in parts if p)
        job.owner(row, record, "owner")
        status = record.get("status")
        if status is not None:
            code = job.values.lead_status(status)
            if code is None:
                job.problem(
                    row,
                    "status",
                    status,
                    tr(
                        "Unknown lead status. Use new, qualified or disqualified (nieuw, "
                        "gekwalificeerd, gediskwalificeerd), or choose what it means in the "
                        'import (--map-value status:"{value}"=new).'
                    ).format(value=status),
                )
            record["status"] = code
        elif "qualified_at" in record:
            record["status"] = LEAD_QUALIFIED
        if "company" in record and not org_key(record["company"]):
            job.problem(row, "company", record["company"], tr("This is not a company name."))
        created, qualified = record.get("created"), record.get("qualified_at")
        if created and qualified and qualified < created:
            job.problem(
                row,
                "qualified_at",
                qualified,
                tr("The lead is qualified before it was created ({day}).").format(
                    day=created.isoformat()
                ),
            )
        rows.append((row, record))
    existing, by_external, by_natural = in_db.rows, in_db.by_external, in_db.by_natural
    by_company = in_db.by_company

    def key(record: dict[str, Any]) -> Hashable:
        if record.get("external_id"):
            return ("x", record["external_id"])
        return _lead_key(record["company"], record.get("email"), record.get("contact_name"))

    rows = job.dedupe(rows, key)
    if not job.finish_checks():
        return
    details: dict[str, dict[str, Any]] = {}
    for _n, r in rows:  # several leads of one company: later values fill in and win
        known = details.setdefault(org_key(r["company"]), {})
        known.update({k: r[k] for k in _ORG_FIELDS if k in r})
    add_organisations(s, job.refs, [r["company"] for _n, r in rows], details, job.log)
    new_contacts: list[dict[str, Any]] = []
    new_leads: list[dict[str, Any]] = []
    lead_updates: dict[int, dict[str, Any]] = {}
    org_updates: dict[int, dict[str, Any]] = {}
    contact_updates: dict[int, dict[str, Any]] = {}
    contact_for_lead: list[tuple[int, int]] = []  # (index into new_contacts, existing lead id)
    organisations, owners = job.refs.organisations, job.refs.owners
    # What the rows to update hold now, read with the leads: kept for the undo log.
    lead_before: dict[int, dict[str, Any]] = {}
    org_before: dict[int, dict[str, Any]] = {}
    contact_before: dict[int, dict[str, Any]] = {}
    owner_ids: dict[str, int] = {}  # a file names the same few owners 100,000 times
    for _row, r in rows:
        job.step()
        get = r.get
        company = org_key(r["company"])
        org_id = organisations[company]
        owner, status, created = get("owner"), get("status"), get("created")
        email, name = get("email"), get("contact_name")
        if owner is not None:
            owner_id = owner_ids.get(owner)
            if owner_id is None:
                owner_id = owner_ids[owner] = owners[name_key(owner)]
        else:
            owner_id = None
        lead_values = {
            "owner_id": owner_id,
            "source": get("source"),
            "created_date": created,
            "status": status,
            "qualified_at": get("qualified_at") or (created if status == LEAD_QUALIFIED else None),
            "disqualify_reason": get("disqualify_reason"),
            "notes": get("notes"),
            "external_id": get("external_id"),
        }
        contact = {"name": name or email, "email": email, "phone": get("phone")}
        found = None
        if existing:  # a first import into an empty list has nothing to look up
            found = by_external.get(get("external_id") or "\x00") or by_natural.get(
                _natural_key(company, email, name)
            )
            if found is None and not (email or name):
                # A row that names only the company is that company's lead when it has just one.
                same = by_company.get(company, [])
                found = same[0] if len(same) == 1 else None
        if found is None:
            lead_values["created_date"] = lead_values["created_date"] or job.today
            lead_values["status"] = lead_values["status"] or "new"
            lead_values.update(
                organisation_id=org_id,
                contact_id=len(new_contacts) if contact["name"] else None,
            )
            if contact["name"]:
                new_contacts.append({**contact, "organisation_id": org_id})
            new_leads.append(lead_values)
            continue
        if job.skip_duplicates:
            job.skipped += 1
            continue
        old = existing[found]
        before = dict(
            zip(
                ("owner_id", "source", "created_date", "status", "qualified_at", "notes"),
                old[6:12],
                strict=True,
            )
        ) | {"external_id": old[1], "disqualify_reason": old[14]}
        change = _changes(before, lead_values)
        lead_before[found] = before | {"contact_id": old[4]}
        if change:
            lead_updates[found] = change
        org_now = dict(zip(_ORG_COLUMNS.values(), old[15:20], strict=True))
        org_before[old[5]] = org_now
        org_change = _changes(org_now, {_ORG_COLUMNS[k]: r.get(k) for k in _ORG_FIELDS})
        if org_change:
            org_updates[old[5]] = {**org_updates.get(old[5], {}), **org_change}
        c_change: dict[str, Any] = {}
        if old[4] is not None:
            contact_now = {"name": old[12], "email": old[3], "phone": old[13]}
            contact_before[old[4]] = contact_now
            c_change = _changes(contact_now, contact)
            if c_change:
                contact_updates[old[4]] = c_change
        elif contact["name"]:
            contact_for_lead.append((len(new_contacts), found))
            new_contacts.append({**contact, "organisation_id": old[5]})
        if change or org_change or c_change or (old[4] is None and contact["name"]):
            job.updated += 1
        else:
            job.unchanged += 1
    contact_ids = insert_rows(s, Contact, new_contacts)
    job.log.add("contacts", contact_ids)
    for lead_values in new_leads:
        if lead_values["contact_id"] is not None:
            lead_values["contact_id"] = contact_ids[lead_values["contact_id"]]
    for index, lead_id in contact_for_lead:
        lead_updates.setdefault(lead_id, {})["contact_id"] = contact_ids[index]
    job.log.add("leads", insert_rows(s, Lead, new_leads))
    job.step(len(new_leads))
    update_rows(s, Lead, lead_updates, job.log, lead_before)
    update_rows(s, Organisation, org_updates, job.log, org_before)
    update_rows(s, Contact, contact_updates, job.log, contact_before)
    job.created += len(new_leads)
    job.kinds.add("leads")


def _existing_leads(s: Session) -> ExistingLeads:
    """The leads in the database, by external id, by natural key and by organisation."""
    known = ExistingLeads()
    query = (
        select(
            Lead.id,
            Lead.external_id,
            Organisation.name_key,
            Contact.email,
            Lead.contact_id,
            Lead.organisation_id,
            Lead.owner_id,
            Lead.source,
            Lead.created_date,
            Lead.status,
            Lead.qualified_at,
            Lead.notes,
            Contact.name,
            Contact.phone,
            Lead.disqualify_reason,
            *(getattr(Organisation, c) for c in _ORG_COLUMNS.values()),  # 15…19
        )
        .join(Organisation, Lead.organisation_id == Organisation.id)
        .outerjoin(Contact, Lead.contact_id == Contact.id)
        .where(Lead.deleted_at.is_(None))
    )
    for e in s.execute(query):
        known.rows[e[0]] = e
        if e[1]:
            known.by_external.setdefault(e[1], e[0])
        known.by_natural.setdefault(_natural_key(e[2], e[3], e[12]), e[0])
        known.by_company.setdefault(e[2], []).append(e[0])
    return known


# Lead fields that belong to the lead's organisation, and their columns there.
_ORG_COLUMNS = {
    "city": "city",
    "industry": "industry",
    "employees": "employees",
    "region": "region",
    "yearly_revenue": "yearly_revenue_cents",
}
_ORG_FIELDS = tuple(_ORG_COLUMNS)


def _lead_key(company: str, email: str | None, contact: str | None) -> Hashable:
    return _natural_key(org_key(company), email, contact)


def _natural_key(organisation: str, email: str | None, contact: str | None) -> Hashable:
    """A lead is its company and contact: the e-mail address, or without one the name.

    Several people of one company without an address (the baker and his partner) are several
    leads, not one lead that the second row overwrites.
    """
    if email:
        return (organisation, email.casefold())
    return (organisation, "", name_key(contact or ""))
