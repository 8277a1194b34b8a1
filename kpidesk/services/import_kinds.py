"""The import of each table kind: check references and duplicates, then write in bulk.

Every function runs in the caller's transaction in two passes.  The first pass only looks: it
resolves names, finds duplicates and collects problems.  Only when the whole file is clean does
the second pass create what is missing and write the rows, logging everything for undo.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.core.parsing import normalise_header
from kpidesk.data.models import (
    LEAD_QUALIFIED,
    MONEY_KPIS,
    STAGE_OPEN,
    STAGE_WON,
    Activity,
    Contact,
    Customer,
    Deal,
    DealStageHistory,
    Lead,
    Organisation,
    Target,
    scope_key,
)
from kpidesk.excel.fields import TARGET_KPI_NAMES
from kpidesk.excel.mapping import ColumnMapping
from kpidesk.excel.validation import ParsedSheet, Problem
from kpidesk.services.import_support import (
    LEAD_STATUSES,
    ImportCancelled,
    Missing,
    Progress,
    References,
    UndoLog,
    add_organisations,
    create_missing,
    insert_rows,
    name_key,
    org_key,
    unknown_problem,
    update_rows,
)

Row = tuple[int, dict[str, Any]]


@dataclass
class Job:
    """Everything one kind's import needs, and what it found."""

    session: Session
    parsed: ParsedSheet
    mapping: ColumnMapping
    refs: References
    log: UndoLog
    create_missing: bool
    skip_duplicates: bool
    progress: Progress
    today: date
    problems: list[Problem] = field(default_factory=list)
    missing: Missing = field(default_factory=Missing)
    created: int = 0
    updated: int = 0
    skipped: int = 0
    in_file_duplicates: int = 0
    kinds: set[str] = field(default_factory=set)
    _done: int = 0

    def header(self, name: str) -> str:
        return self.mapping.header_of(name)

    def step(self, count: int = 1) -> None:
        """Count work done; stop cleanly when the user pressed Cancel."""
        self._done += count
        if self._done % 2000 < count or count > 1 or self._done == count:
            total = 2 * len(self.parsed.records)
            if not self.progress(min(self._done, total), total):
                raise ImportCancelled(tr("The import was cancelled. Nothing was changed."))

    def owner(self, row: int, record: dict[str, Any], name: str) -> None:
        value = record.get(name)
        if value is not None and name_key(value) not in self.refs.owners:
            self._missing(row, name, value, "owner", self.missing.owners, name_key(value))

    def organisation(self, row: int, record: dict[str, Any], name: str) -> None:
        value = record.get(name)
        if value is not None and org_key(value) not in self.refs.organisations:
            key = org_key(value)
            self._missing(row, name, value, "organisation", self.missing.organisations, key)

    def _missing(
        self, row: int, name: str, value: str, what: str, bucket: dict[str, str], key: str
    ) -> None:
        bucket.setdefault(key, value)
        if not self.create_missing:
            self.problems.append(unknown_problem(row, self.header(name), value, what))

    def owner_id(self, record: dict[str, Any], name: str) -> int | None:
        value = record.get(name)
        return self.refs.owners[name_key(value)] if value is not None else None

    def organisation_id(self, record: dict[str, Any], name: str) -> int | None:
        value = record.get(name)
        return self.refs.organisations[org_key(value)] if value is not None else None

    def problem(self, row: int, name: str, value: Any, reason: str) -> None:
        shown = value.isoformat() if isinstance(value, date) else str(value or "")
        self.problems.append(Problem(row, self.header(name), shown, reason))

    def dedupe(self, rows: list[Row], key: Callable[[dict[str, Any]], Hashable]) -> list[Row]:
        """Fold rows that describe the same item within the file (later rows update earlier)."""
        seen: dict[Hashable, int] = {}
        result: list[Row] = []
        for row, record in rows:
            k = key(record)
            if k in seen:
                self.in_file_duplicates += 1
                self.skipped += 1
                if not self.skip_duplicates:
                    result[seen[k]][1].update(record)
                continue
            seen[k] = len(result)
            result.append((row, record))
        return result

    def finish_checks(self) -> bool:
        """True when pass two may write: no problems, references created where allowed."""
        if self.problems:
            return False
        if self.missing and self.create_missing:
            create_missing(self.session, self.refs, self.missing, self.log)
        return True


def _rows(job: Job) -> list[Row]:
    return list(zip(job.parsed.row_numbers, job.parsed.records, strict=True))


def _changes(existing: dict[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    """Only the values the file gives and that differ (an empty cell never clears a value)."""
    return {k: v for k, v in wanted.items() if v is not None and existing.get(k) != v}


# -- leads -----------------------------------------------------------------------------------


def import_leads(job: Job) -> None:
    s = job.session
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
    existing = {}
    by_external: dict[str, int] = {}
    by_natural: dict[tuple[str, str], int] = {}
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
        )
        .join(Organisation, Lead.organisation_id == Organisation.id)
        .outerjoin(Contact, Lead.contact_id == Contact.id)
        .where(Lead.deleted_at.is_(None))
    )
    for r in s.execute(query):
        existing[r[0]] = r
        if r[1]:
            by_external.setdefault(r[1], r[0])
        by_natural.setdefault((r[2], (r[3] or "").lower()), r[0])

    def key(record: dict[str, Any]) -> Hashable:
        if record.get("external_id"):
            return ("x", record["external_id"])
        return (org_key(record["company"]), record.get("email") or "")

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
    for _row, r in rows:
        job.step()
        org_id = job.refs.organisations[org_key(r["company"])]
        lead_values = {
            "owner_id": job.owner_id(r, "owner"),
            "source": r.get("source"),
            "created_date": r.get("created"),
            "status": r.get("status"),
            "qualified_at": r.get("qualified_at")
            or (r.get("created") if r.get("status") == LEAD_QUALIFIED else None),
            "notes": r.get("notes"),
            "external_id": r.get("external_id"),
        }
        contact = {
            "name": r.get("contact_name") or r.get("email"),
            "email": r.get("email"),
            "phone": r.get("phone"),
        }
        found = by_external.get(r.get("external_id") or "\x00") or by_natural.get(
            (org_key(r["company"]), r.get("email") or "")
        )
        if found is None:
            lead_values["created_date"] = lead_values["created_date"] or job.today
            lead_values["status"] = lead_values["status"] or "new"
            lead_values.update(
                organisation_id=org_id,
                checklist={},
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
                old[6:],
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
        return (normalise_header(r["title"]), org_key(r.get("account") or ""))

    rows = job.dedupe(rows, key)
    existing: dict[int, Any] = {}
    by_external: dict[str, int] = {}
    by_natural: dict[tuple[str, str], int] = {}
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
        by_natural.setdefault((normalise_header(d[2]), d[3] or ""), d[0])
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
        found = by_external.get(r.get("external_id") or "\x00") or by_natural.get(
            (normalise_header(r["title"]), org_key(r.get("account") or ""))
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


# -- activities ------------------------------------------------------------------------------


def import_activities(job: Job) -> None:
    s = job.session
    deals: dict[str, list[tuple[int, int | None]]] = {}
    for deal_id, title, org in s.execute(
        select(Deal.id, Deal.title, Deal.organisation_id).where(Deal.deleted_at.is_(None))
    ):
        deals.setdefault(normalise_header(title), []).append((deal_id, org))
    rows = []
    for row, r in _rows(job):
        job.step()
        job.owner(row, r, "rep")
        job.organisation(row, r, "company")
        kind = r.get("type")
        if kind is not None and normalise_header(kind) not in job.refs.types:
            job._missing(row, "type", kind, "type", job.missing.types, normalise_header(kind))
        if r.get("deal") and normalise_header(r["deal"]) not in deals:
            job.problem(
                row,
                "deal",
                r["deal"],
                tr(
                    "There is no deal with this title. Import the deals first, or correct the "
                    "title."
                ),
            )
        rows.append((row, r))
    if not job.finish_checks():
        return
    customers = dict(s.execute(select(Customer.organisation_id, Customer.id)).all())
    records = []
    for _row, r in rows:
        job.step()
        org = job.organisation_id(r, "company")
        deal_id = None
        if r.get("deal"):
            options = deals[normalise_header(r["deal"])]
            match = [d for d in options if org is None or d[1] == org] or options
            deal_id, deal_org = match[0]
            org = org or deal_org
        records.append(
            {
                "type_id": job.refs.types[normalise_header(r["type"])],
                "date": r["date"],
                "rep_id": job.owner_id(r, "rep"),
                "organisation_id": org,
                "deal_id": deal_id,
                "customer_id": customers.get(org) if org else None,
                "note": r.get("note"),
            }
        )
    first = min(rec["date"] for rec in records)
    existing = {
        tuple(e)
        for e in s.execute(
            select(
                Activity.type_id,
                Activity.date,
                Activity.rep_id,
                Activity.organisation_id,
                Activity.deal_id,
                Activity.note,
            ).where(Activity.date >= first, Activity.deleted_at.is_(None))
        )
    }
    new = []
    seen: set[tuple[Any, ...]] = set()
    for rec in records:
        k = (
            rec["type_id"],
            rec["date"],
            rec["rep_id"],
            rec["organisation_id"],
            rec["deal_id"],
            rec["note"],
        )
        if k in existing or k in seen:
            job.skipped += 1  # the same contact moment again: an export imported twice
            continue
        seen.add(k)
        new.append(rec)
    job.log.add("activities", insert_rows(s, Activity, new))
    job.created += len(new)
    job.kinds.add("activities")
    _touch_last_contact(job, new)


def _touch_last_contact(job: Job, new: list[dict[str, Any]]) -> None:
    """Keep the deals' and customers' last contact dates, which rotting and risk read, current."""
    for model, column, key in (
        (Deal, "last_activity_date", "deal_id"),
        (Customer, "last_contact_date", "customer_id"),
    ):
        latest: dict[int, date] = {}
        for rec in new:
            if rec[key] is not None and rec["date"] > latest.get(rec[key], date.min):
                latest[rec[key]] = rec["date"]
        if not latest:
            continue
        current = dict(
            job.session.execute(
                select(model.id, getattr(model, column)).where(model.id.in_(latest))
            ).all()
        )
        changes = {
            i: {column: d} for i, d in latest.items() if current.get(i) is None or current[i] < d
        }
        update_rows(job.session, model, changes, job.log)
        job.kinds.add("deals" if model is Deal else "customers")


# -- customers -------------------------------------------------------------------------------


def import_customers(job: Job) -> None:
    s = job.session
    rows = []
    for row, r in _rows(job):
        job.step()
        job.owner(row, r, "owner")
        since, churned = r.get("customer_since"), r.get("churned_at")
        if since and churned and churned < since:
            job.problem(
                row,
                "churned_at",
                churned,
                tr(
                    "The customer leaves before becoming a customer ({day}). Check both dates."
                ).format(day=since.isoformat()),
            )
        if not org_key(r["company"]):
            job.problem(row, "company", r["company"], tr("This is not a company name."))
        rows.append((row, r))
    rows = job.dedupe(rows, lambda r: org_key(r["company"]))
    if not job.finish_checks():
        return
    add_organisations(s, job.refs, [r["company"] for _n, r in rows], {}, job.log)
    existing = {
        c.organisation_id: c
        for c in s.execute(
            select(
                Customer.organisation_id,
                Customer.id,
                Customer.customer_since,
                Customer.churned_at,
                Customer.churn_reason,
                Customer.owner_id,
                Customer.recurring_value_cents,
            )
        )
    }
    new, updates = [], {}
    for _row, r in rows:
        job.step()
        org = job.refs.organisations[org_key(r["company"])]
        values = {
            "customer_since": r.get("customer_since"),
            "churned_at": r.get("churned_at"),
            "churn_reason": r.get("churn_reason"),
            "owner_id": job.owner_id(r, "owner"),
            "recurring_value_cents": r.get("recurring_value"),
        }
        old = existing.get(org)
        if old is None:
            values["recurring_value_cents"] = values["recurring_value_cents"] or 0
            new.append({**values, "organisation_id": org})
        elif job.skip_duplicates:
            job.skipped += 1
        else:
            change = _changes(old._asdict(), values)
            if change:
                updates[old.id] = change
            job.updated += 1
    job.log.add("customers", insert_rows(s, Customer, new))
    update_rows(s, Customer, updates, job.log)
    job.created += len(new)
    job.kinds.add("customers")


# -- targets ---------------------------------------------------------------------------------

_KPI_KEYS = {
    normalise_header(name): kpi for kpi, names in TARGET_KPI_NAMES.items() for name in (kpi, *names)
}


def import_targets(job: Job) -> None:
    s = job.session
    rows = []
    for row, r in _rows(job):
        job.step()
        job.owner(row, r, "rep")
        kpi = _KPI_KEYS.get(normalise_header(r.get("kpi") or ""))
        if "kpi" in r and kpi is None:
            job.problem(
                row,
                "kpi",
                r["kpi"],
                tr(
                    "Unknown KPI. Use qualified_leads, activity_points, new_revenue or "
                    "pipeline_value (or their Dutch or English names)."
                ),
            )
        r["kpi"] = kpi
        if kpi and kpi not in MONEY_KPIS and r.get("value") is not None and r["value"] % 100:
            job.problem(
                row,
                "value",
                r["value"] / 100,
                tr("This target is a count or points and should be a whole number."),
            )
        rows.append((row, r))
    rows = job.dedupe(rows, lambda r: (name_key(r.get("rep") or ""), r["kpi"], r["month"]))
    if not job.finish_checks():
        return
    existing = {
        (t[1], t[2], t[3]): (t[0], t[4])
        for t in s.execute(
            select(Target.id, Target.scope_key, Target.kpi, Target.month, Target.value)
        )
    }
    new, updates = [], {}
    for _row, r in rows:
        job.step()
        rep_id = job.owner_id(r, "rep")
        value = r["value"] if r["kpi"] in MONEY_KPIS else r["value"] // 100
        old = existing.get((scope_key(rep_id), r["kpi"], r["month"]))
        if old is None:
            new.append(
                {
                    "rep_id": rep_id,
                    "scope_key": scope_key(rep_id),
                    "kpi": r["kpi"],
                    "month": r["month"],
                    "value": value,
                }
            )
        elif job.skip_duplicates:
            job.skipped += 1
        else:
            if old[1] != value:
                updates[old[0]] = {"value": value}
            job.updated += 1
    job.log.add("targets", insert_rows(s, Target, new))
    update_rows(s, Target, updates, job.log)
    job.created += len(new)
    job.kinds.add("targets")


IMPORTERS: dict[str, Callable[[Job], None]] = {
    "leads": import_leads,
    "deals": import_deals,
    "activities": import_activities,
    "customers": import_customers,
    "targets": import_targets,
}
