"""Importing leads and deals: duplicates by external id or natural key, stage history."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.core.parsing import normalise_header
from kpidesk.data.models import (
    LEAD_QUALIFIED,
    STAGE_OPEN,
    STAGE_WON,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    Lead,
    Organisation,
)
from kpidesk.services.imports.job import Job, _changes, _rows
from kpidesk.services.imports.leads_fast import ExistingLeads, import_new_leads
from kpidesk.services.imports.support import (
    LEAD_STATUSES,
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
            code = LEAD_STATUSES.get(normalise_header(status))
            if code is None:
                job.problem(
                    row,
                    "status",
                    status,
                    tr(
                        "Unknown lead status. Use new, qualified or disqualified (nieuw, "
                        "gekwalificeerd, gediskwalificeerd)."
                    ),
                )
            record["status"] = code
        elif "qualified_at" in record:
            record["status"] = LEAD_QUALIFIED
        if not org_key(record["company"]):
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
        known.update({k: r[k] for k in ("city", "industry", "employees") if k in r})
    add_organisations(s, job.refs, [r["company"] for _n, r in rows], details, job.log)
    new_contacts: list[dict[str, Any]] = []
    new_leads: list[dict[str, Any]] = []
    lead_updates: dict[int, dict[str, Any]] = {}
    org_updates: dict[int, dict[str, Any]] = {}
    contact_updates: dict[int, dict[str, Any]] = {}
    contact_for_lead: list[tuple[int, int]] = []  # (index into new_contacts, existing lead id)
    organisations, owners = job.refs.organisations, job.refs.owners
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
        ) | {"external_id": old[1]}
        change = _changes(before, lead_values)
        if change:
            lead_updates[found] = change
        org_change = {k: r[k] for k in ("city", "industry", "employees") if r.get(k) is not None}
        if org_change:
            org_updates[old[5]] = org_change
        if old[4] is not None:
            c_change = {k: v for k, v in contact.items() if v is not None}
            if c_change:
                contact_updates[old[4]] = c_change
        elif contact["name"]:
            contact_for_lead.append((len(new_contacts), found))
            new_contacts.append({**contact, "organisation_id": old[5]})
        job.updated += 1
    contact_ids = insert_rows(s, Contact, new_contacts)
    job.log.add("contacts", contact_ids)
    for lead_values in new_leads:
        if lead_values["contact_id"] is not None:
            lead_values["contact_id"] = contact_ids[lead_values["contact_id"]]
    for index, lead_id in contact_for_lead:
        lead_updates.setdefault(lead_id, {})["contact_id"] = contact_ids[index]
    job.log.add("leads", insert_rows(s, Lead, new_leads))
    job.step(len(new_leads))
    update_rows(s, Lead, lead_updates, job.log)
    update_rows(s, Organisation, org_updates, job.log)
    update_rows(s, Contact, contact_updates, job.log)
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


# -- deals -----------------------------------------------------------------------------------


def import_deals(job: Job) -> None:
    s = job.session
    rows = []
    for row, r in _rows(job):
        job.step()
        job.owner(row, r, "owner")
        job.organisation(row, r, "account")
        stage = r.get("stage")
        if stage is not None and job.refs.stage_id(stage) is None:
            job._missing(row, "stage", stage, "stage", job.missing.stages, normalise_header(stage))
        first, closed = r.get("first_contact"), r.get("closed")
        if first and closed and closed < first:
            job.problem(
                row,
                "closed",
                closed,
                tr("The deal closes before its first contact ({day}). Check both dates.").format(
                    day=first.isoformat()
                ),
            )
        rows.append((row, r))

    def key(r: dict[str, Any]) -> Hashable:
        if r.get("external_id"):
            return ("x", r["external_id"])
        # A customer can buy "Consultancy" twice: the first contact tells the deals apart.
        return (*_deal_key(r), r.get("first_contact"))

    rows = job.dedupe(rows, key)
    existing: dict[int, Any] = {}
    by_external: dict[str, int] = {}
    by_natural: dict[tuple[str, str], list[tuple[int, date | None]]] = {}
    query = (
        select(
            Deal.id,
            Deal.external_id,
            Deal.title,
            Organisation.name_key,
            Deal.stage_id,
            Deal.owner_id,
            Deal.value_cents,
            Deal.first_contact,
            Deal.closed_date,
            Deal.expected_close,
            Deal.product,
            Deal.lost_reason,
            Deal.probability,
            Deal.organisation_id,
        )
        .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
        .where(Deal.deleted_at.is_(None))
    )
    for d in s.execute(query):
        existing[d[0]] = d
        if d[1]:
            by_external.setdefault(d[1], d[0])
        by_natural.setdefault((normalise_header(d[2]), d[3] or ""), []).append((d[0], d[7]))
    rows_per_key = Counter(_deal_key(r) for _n, r in rows)
    if not job.finish_checks():
        return
    default_stage = job.refs.first_open_stage()
    new: list[dict[str, Any]] = []
    updates: dict[int, dict[str, Any]] = {}
    history: list[dict[str, Any]] = []
    moves: list[tuple[int, int, date | None]] = []  # existing deal, from stage, moved on
    for _row, r in rows:
        job.step()
        stage_id = job.refs.stage_id(r["stage"]) if r.get("stage") else None
        kind = job.refs.stage_kinds.get(stage_id or -1, STAGE_OPEN)
        closed = r.get("closed")
        expected = r.get("expected_close")
        if kind == STAGE_OPEN and closed is not None:
            expected, closed = expected or closed, None  # HubSpot's close date of open deals
        values = {
            "title": r["title"],
            "organisation_id": job.organisation_id(r, "account"),
            "owner_id": job.owner_id(r, "owner"),
            "stage_id": stage_id,
            "value_cents": r.get("value"),
            "first_contact": r.get("first_contact"),
            "closed_date": closed,
            "expected_close": expected,
            "product": r.get("product"),
            "lost_reason": r.get("lost_reason"),
            "probability": r.get("probability"),
            "external_id": r.get("external_id"),
        }
        found = by_external.get(r.get("external_id") or "\x00") or _match_deal(
            by_natural.get(_deal_key(r), []), r.get("first_contact"), rows_per_key[_deal_key(r)]
        )
        entered = closed if kind != STAGE_OPEN else None
        if found is None:
            values["stage_id"] = stage_id or default_stage
            values["value_cents"] = values["value_cents"] or 0
            values["stage_entered_at"] = entered or values["first_contact"] or job.today
            new.append(values)
            continue
        if job.skip_duplicates:
            job.skipped += 1
            continue
        old = existing[found]
        before = dict(
            zip(
                (
                    "stage_id",
                    "owner_id",
                    "value_cents",
                    "first_contact",
                    "closed_date",
                    "expected_close",
                    "product",
                    "lost_reason",
                    "probability",
                ),
                old[4:13],
                strict=True,
            )
        )
        before |= {"title": old[2], "external_id": old[1], "organisation_id": old[13]}
        change = _changes(before, values)
        if "stage_id" in change:
            change["stage_entered_at"] = entered or job.today
            moves.append((found, old[4], entered))
            if kind == STAGE_OPEN and old[8] is not None:
                change["closed_date"] = None
        if change:
            updates[found] = change
        job.updated += 1
    ids = insert_rows(s, Deal, new)
    job.log.add("deals", ids)
    job.step(len(new))
    for deal_id, values in zip(ids, new, strict=True):
        history.append(
            {
                "deal_id": deal_id,
                "from_stage_id": None,
                "to_stage_id": values["stage_id"],
                "moved_at": _moment(values["stage_entered_at"]),
            }
        )
    for deal_id, from_stage, day in moves:
        history.append(
            {
                "deal_id": deal_id,
                "from_stage_id": from_stage,
                "to_stage_id": updates[deal_id]["stage_id"],
                "moved_at": _moment(day) if day else datetime.now(UTC),
            }
        )
    update_rows(s, Deal, updates, job.log)
    job.log.add("deal_stage_history", insert_rows(s, DealStageHistory, history))
    won = [
        (i, v)
        for i, v in zip(ids, new, strict=True)
        if job.refs.stage_kinds.get(v["stage_id"]) == STAGE_WON
    ]
    won += [
        (i, {**_current(existing[i]), **updates[i]})
        for i, _f, _d in moves
        if job.refs.stage_kinds.get(updates[i]["stage_id"]) == STAGE_WON
    ]
    _won_make_customers(job, won)
    job.created += len(new)
    job.kinds.add("deals")


def _deal_key(r: dict[str, Any]) -> tuple[str, str]:
    return (normalise_header(r["title"]), org_key(r.get("account") or ""))


def _match_deal(
    candidates: list[tuple[int, date | None]], first_contact: date | None, rows: int
) -> int | None:
    """The existing deal a row without external id updates: same title and organisation.

    Several such deals are told apart by their first contact.  When the first contact does not
    match, a lone deal is still the one (its first contact was corrected in the file), unless
    the file itself holds several deals of that title, which then are new ones.
    """
    for deal_id, first in candidates:
        if first == first_contact:
            return deal_id
    if len(candidates) == 1 and rows == 1:
        return candidates[0][0]
    return None


def _current(old: Any) -> dict[str, Any]:
    return {"organisation_id": old[13], "owner_id": old[5], "closed_date": old[8]}


def _moment(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)


def _won_make_customers(job: Job, won: list[tuple[int, dict[str, Any]]]) -> None:
    """A won deal makes its organisation a customer, as moving it on the board does."""
    orgs = {v["organisation_id"] for _i, v in won if v.get("organisation_id")}
    if not orgs:
        return
    known = set(
        job.session.scalars(
            select(Customer.organisation_id).where(Customer.organisation_id.in_(orgs))
        )
    )
    rows: dict[int, dict[str, Any]] = {}
    for deal_id, v in sorted(won, key=lambda item: item[1].get("closed_date") or job.today):
        org = v.get("organisation_id")
        if org and org not in known and org not in rows:
            rows[org] = {
                "organisation_id": org,
                "customer_since": v.get("closed_date") or job.today,
                "owner_id": v.get("owner_id"),
                "recurring_value_cents": 0,
                "source_deal_id": deal_id,
            }
    job.log.add("customers", insert_rows(job.session, Customer, list(rows.values())))
    if rows:
        job.kinds.add("customers")
