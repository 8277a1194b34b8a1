"""The leads import's fast path: a clean file of new leads, handled column by column.

A big leads file is usually a first import: every row a new lead, every owner and status known,
no row repeated.  Such a file needs no per-row dicts, no duplicate folding and no updates, so
it is checked and written column by column here.  Anything else (a problem to report, a
missing owner, a row that repeats another or matches a lead in the database) returns False
before anything is written, and the row-by-row import in import_records handles the file with
its exact reports and merges.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from kpidesk.data.models import LEAD_NEW, LEAD_QUALIFIED, Contact, Lead, Organisation
from kpidesk.services.imports.job import Job
from kpidesk.services.imports.support import insert_columns, name_key, org_key
from kpidesk.services.imports.values import ValueMaps

# Lead fields kept on the lead's organisation → their column there.
_ORG_DETAILS = {
    "city": "city",
    "industry": "industry",
    "employees": "employees",
    "region": "region",
    "yearly_revenue": "yearly_revenue_cents",
}
# The lead columns the import fills; every other column keeps its default.
_LEAD_COLUMNS = (
    "organisation_id", "contact_id", "owner_id", "source", "created_date", "status",
    "qualified_at", "disqualify_reason", "notes", "external_id",
)  # fmt: skip


class ExistingLeads:
    """The leads already in the database, indexed the ways a file row can match one."""

    def __init__(self) -> None:
        self.rows: dict[int, Any] = {}
        self.by_external: dict[str, int] = {}
        self.by_natural: dict[Hashable, int] = {}
        self.by_company: dict[str, list[int]] = {}

    def match(
        self, external_id: str | None, company: str, natural: Hashable, contact: bool
    ) -> int | None:
        """The id of the lead a row updates, or None for a new lead."""
        found = self.by_external.get(external_id or "\x00") or self.by_natural.get(natural)
        if found is None and not contact:
            # A row that names only the company is that company's lead when it has just one.
            same = self.by_company.get(company, [])
            found = same[0] if len(same) == 1 else None
        return found


def import_new_leads(job: Job, existing: ExistingLeads, natural_key: Any) -> bool:
    """Import a clean file of new leads column by column; False (nothing done) otherwise."""
    columns = job.parsed.columns
    count = len(job.parsed.records)
    if not columns or not count:
        return False
    empty: list[Any] = [None] * count
    company = columns["company"]
    email = columns.get("email", empty)
    names = columns.get("contact_name", empty)
    if "first_name" in columns or "last_name" in columns:
        first, last = columns.get("first_name", empty), columns.get("last_name", empty)
        names = [
            name
            if name is not None or (a is None and b is None)
            else " ".join(p for p in (a, b) if p)
            for name, a, b in zip(names, first, last, strict=True)
        ]
    owner_ids = _owner_ids(job, columns.get("owner", empty))
    if job.blocked:
        return False
    statuses = _statuses(job.values, columns.get("status"), count)
    if owner_ids is None or statuses is None:
        return False
    keys = [org_key(name) for name in company]
    if not all(keys):
        return False
    created = columns.get("created", empty)
    qualified = columns.get("qualified_at", empty)
    if "qualified_at" in columns:  # a qualification date without a status means qualified
        statuses = [
            LEAD_QUALIFIED if status is None and q is not None else status
            for status, q in zip(statuses, qualified, strict=True)
        ]
    if any(
        q is not None and c is not None and q < c for q, c in zip(qualified, created, strict=True)
    ):
        return False
    externals = columns.get("external_id", empty)
    naturals = [natural_key(*row) for row in zip(keys, email, names, strict=True)]
    folded = [("x", x) if x else n for x, n in zip(externals, naturals, strict=True)]
    if len(set(folded)) != count:
        return False  # rows repeat each other: the row-by-row pass folds them
    if existing.rows and any(
        existing.match(x, k, n, bool(e or c)) is not None
        for x, k, n, e, c in zip(externals, keys, naturals, email, names, strict=True)
    ):
        return False
    if not job.finish_checks():
        return False  # cannot happen without problems, but then the other pass reports them
    job.step(count)  # the checks; the user can still cancel before anything is written
    org_ids = _organisations(job, columns, keys, company, empty)
    contact_name = [n or e for n, e in zip(names, email, strict=True)]
    has_contact = [i for i, name in enumerate(contact_name) if name]
    s = job.session
    contact_ids = insert_columns(
        s,
        Contact,
        {
            "organisation_id": [org_ids[i] for i in has_contact],
            "name": [contact_name[i] for i in has_contact],
            "email": [email[i] for i in has_contact],
            "phone": [columns.get("phone", empty)[i] for i in has_contact],
        },
        len(has_contact),
    )
    job.log.add("contacts", contact_ids)
    lead_contact: list[int | None] = list(empty)
    for index, contact_id in zip(has_contact, contact_ids, strict=True):
        lead_contact[index] = contact_id
    today = job.today
    values = (
        org_ids,
        lead_contact,
        owner_ids,
        columns.get("source", empty),
        [c or today for c in created],
        [status or LEAD_NEW for status in statuses],
        [
            q or (c if status == LEAD_QUALIFIED else None)
            for q, c, status in zip(qualified, created, statuses, strict=True)
        ],
        columns.get("disqualify_reason", empty),
        columns.get("notes", empty),
        externals,
    )
    ids = insert_columns(s, Lead, dict(zip(_LEAD_COLUMNS, values, strict=True)), count)
    job.log.add("leads", ids)
    job.step(count)
    job.created += count
    job.kinds.add("leads")
    return True


def _owner_ids(job: Job, owners: list[str | None]) -> list[int | None] | None:
    """Each row's owner id, or None when an owner is not a team member (to report or create)."""
    ids: dict[str | None, int | None] = {None: None}
    for owner in set(owners):
        if owner is not None:
            found = job.refs.owners.get(name_key(owner))
            if found is None:
                return None
            ids[owner] = found
    return [ids[owner] for owner in owners]


def _statuses(
    values: ValueMaps, texts: list[str | None] | None, count: int
) -> list[str | None] | None:
    """Each row's status code (None: not given), or None when a status is unknown."""
    if texts is None:
        return [None] * count
    codes: dict[str | None, str | None] = {None: None}
    for text in set(texts):
        if text is not None:
            code = values.lead_status(text)
            if code is None:
                return None
            codes[text] = code
    return [codes[text] for text in texts]


def _organisations(
    job: Job,
    columns: dict[str, list[Any]],
    keys: list[str],
    company: list[str],
    empty: list[Any],
) -> list[int]:
    """Create the organisations that are new (first name seen, later details win); all ids."""
    known = job.refs.organisations
    new: dict[str, list[Any]] = {}
    details = list(zip(*(columns.get(name, empty) for name in _ORG_DETAILS), strict=True))
    for key, name, extra in zip(keys, company, details, strict=True):
        if key in known:
            continue
        row = new.get(key)
        if row is None:
            new[key] = [name, *extra]
            continue
        for i, value in enumerate(extra, 1):  # several leads of one company: later values win
            if value is not None:
                row[i] = value
    if new:
        rows = list(new.values())
        ids = insert_columns(
            job.session,
            Organisation,
            {
                "name": [" ".join(row[0].split()) for row in rows],
                "name_key": list(new),
                **{
                    column: [row[i] for row in rows]
                    for i, column in enumerate(_ORG_DETAILS.values(), 1)
                },
            },
            len(rows),
        )
        job.log.add("organisations", ids)
        known.update(zip(new, ids, strict=True))
    return [known[key] for key in keys]
