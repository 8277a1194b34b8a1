"""The import of each table kind: check references and duplicates, then write in bulk.

Every function runs in the caller's transaction in two passes.  The first pass only looks: it
resolves names, finds duplicates and collects problems.  Only when the whole file is clean does
the second pass create what is missing and write the rows, logging everything for undo.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select

from kpidesk.core.i18n import tr
from kpidesk.core.parsing import normalise_header
from kpidesk.data.models import (
    MONEY_KPIS,
    Activity,
    Customer,
    Deal,
    Target,
    scope_key,
)
from kpidesk.excel.fields import TARGET_KPI_NAMES
from kpidesk.services.imports.actions import import_actions
from kpidesk.services.imports.deals import import_deals
from kpidesk.services.imports.job import Job, _changes, _rows
from kpidesk.services.imports.records import import_leads
from kpidesk.services.imports.support import (
    add_organisations,
    insert_rows,
    name_key,
    org_key,
    update_rows,
)

# -- activities ------------------------------------------------------------------------------


def import_activities(job: Job) -> None:
    """Activities; a row without a done/planned state is done up to today, planned after it."""
    s = job.session
    today = job.today
    deals: dict[str, list[_DealSpan]] = {}
    for found, title, org, start, end in s.execute(
        select(
            Deal.id, Deal.title, Deal.organisation_id, Deal.first_contact, Deal.closed_date
        ).where(Deal.deleted_at.is_(None))
    ):
        deals.setdefault(normalise_header(title), []).append((found, org, start, end))
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
        if r.get("status") is True and r.get("date") is not None and r["date"] > today:
            job.problem(
                row,
                "date",
                r["date"],
                tr(
                    "This activity is marked done but dated after today. Correct the date, or "
                    "mark it planned."
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
        deal_id: int | None = None
        if r.get("deal"):
            deal_id, deal_org = _pick_deal(deals[normalise_header(r["deal"])], org, r["date"])
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
                "done": r["date"] <= today if r.get("status") is None else r["status"],
            }
        )
    # Activities have no key of their own: a row is the same contact moment when type, date,
    # rep, company, deal (by title, as the file names it) and note all match.  Counted, not
    # just seen: two identical calls on one day are two contact moments, so a file with two
    # creates as many as the database lacks.
    first = min((rec["date"] for rec in records), default=date.max)
    titles = {deal_id: key for key, spans in deals.items() for deal_id, *_rest in spans}
    existing = Counter(
        (type_id, day, rep_id, org_id, titles.get(deal_id) if deal_id else None, note)
        for type_id, day, rep_id, org_id, deal_id, note in s.execute(
            select(
                Activity.type_id,
                Activity.date,
                Activity.rep_id,
                # An activity logged on a deal alone belongs to the deal's company, as the
                # export writes it and as this import files it.
                func.coalesce(Activity.organisation_id, Deal.organisation_id),
                Activity.deal_id,
                Activity.note,
            )
            .outerjoin(Deal, Activity.deal_id == Deal.id)
            .where(Activity.date >= first, Activity.deleted_at.is_(None))
        )
    )
    new = []
    for rec in records:
        k = (
            rec["type_id"],
            rec["date"],
            rec["rep_id"],
            rec["organisation_id"],
            titles.get(rec["deal_id"]) if rec["deal_id"] else None,
            rec["note"],
        )
        if existing[k] > 0:
            existing[k] -= 1
            job.unchanged += 1  # already there: an export imported again
            continue
        new.append(rec)
    job.log.add("activities", insert_rows(s, Activity, new))
    job.created += len(new)
    job.kinds.add("activities")
    _touch_last_contact(job, new)


_DealSpan = tuple[int, int | None, date | None, date | None]  # id, company, first contact, closed


def _pick_deal(spans: list[_DealSpan], org: int | None, day: date) -> tuple[int, int | None]:
    """The deal an activity names by title: of the company's deals with that title (a customer
    can buy "Consultancy" twice), the one that was running on the activity's day, else the
    latest one started by then, else the first."""
    options = [d for d in spans if org is None or d[1] == org] or spans
    running = [d for d in options if (d[2] or date.min) <= day <= (d[3] or date.max)]
    started = [d for d in options if (d[2] or date.min) <= day]
    best = max(running or started or options[:1], key=lambda d: d[2] or date.min)
    return best[0], best[1]


def _touch_last_contact(job: Job, new: list[dict[str, Any]]) -> None:
    """Keep the deals' and customers' last contact dates, which rotting and risk read, current
    (only a done activity is a contact)."""
    for model, column, key in (
        (Deal, "last_activity_date", "deal_id"),
        (Customer, "last_contact_date", "customer_id"),
    ):
        latest: dict[int, date] = {}
        for rec in new:
            if (
                rec["done"]
                and rec[key] is not None
                and rec["date"] > latest.get(rec[key], date.min)
            ):
                latest[rec[key]] = rec["date"]
        if not latest:
            continue
        current: dict[int, date | None] = dict(
            job.session.execute(
                select(model.id, getattr(model, column)).where(model.id.in_(latest))
            ).all()
        )
        changes = {i: {column: d} for i, d in latest.items() if (current.get(i) or date.min) < d}
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
        if "company" in r and not org_key(r["company"]):
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
            else:
                job.unchanged += 1
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
            else:
                job.unchanged += 1
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
    "actions": import_actions,
}
