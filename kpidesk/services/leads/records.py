"""Leads: listing with fit and lookalike scores, creating, editing, trash and duplicates.

Qualification (checklist answers, qualify, disqualify, convert) lives in
:mod:`kpidesk.services.leads.qualification`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.core.icp import LEAD_NEW, LEAD_QUALIFIED, answers_from_json
from kpidesk.core.lookalike import LookalikeResult
from kpidesk.core.names import organisation_key
from kpidesk.data.database import Database
from kpidesk.data.definitions import leads as lead_rules
from kpidesk.data.models import Contact, Lead, Organisation, TeamMember
from kpidesk.services.activities.records import PlannedStep, planned_steps
from kpidesk.services.common import LEADS, PAGE_SIZE, Changes, Page
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.leads.lookalike import (
    current_profile,
    good_customer_profile,
    score_column,
    segment_columns,
    segment_of,
)
from kpidesk.services.listing import fetch_page, like_pattern


@dataclass(frozen=True)
class LeadRow:
    id: int
    company: str
    contact: str | None
    email: str | None
    city: str | None
    industry: str | None
    employees: int | None
    source: str | None
    owner: str | None
    created: date
    status: str
    fit_score: int | None
    qualified_at: date | None
    lookalike_score: int = 0
    lookalike_text: str = ""


@dataclass(frozen=True)
class LeadFilter:
    """What the list shows. The period is on the created date, or on the qualified-at date when
    the status filter is "qualified" (so the list matches the qualified-leads KPI)."""

    search: str = ""
    status: str | None = None
    owner_id: int | None = None
    source: str | None = None
    created_from: date | None = None
    created_to: date | None = None


@dataclass(frozen=True)
class LeadInput:
    """Everything the lead form edits; organisation fields are shared with deals and customers."""

    company: str
    contact_name: str | None = None
    email: str | None = None
    phone: str | None = None
    city: str | None = None
    industry: str | None = None
    employees: int | None = None
    region: str | None = None
    yearly_revenue_cents: int | None = None
    source: str | None = None
    owner_id: int | None = None
    created: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class LeadDetail:
    id: int
    data: LeadInput
    owner: str | None
    status: str
    qualified_at: date | None
    disqualify_reason: str | None
    answers: dict[int, bool]
    fit_score: int | None
    lookalike: LookalikeResult
    deal_id: int | None  # the deal it was converted into, if any
    planned: tuple[PlannedStep, ...] = ()  # next steps with the lead, soonest (overdue) first


@dataclass(frozen=True)
class DuplicateLead:
    id: int
    company: str
    contact: str | None
    email: str | None
    status: str
    owner: str | None
    same_organisation: bool
    same_email: bool


class DuplicateLeadError(Refused):
    """A lead with the same organisation or e-mail exists; ``duplicates`` says which."""

    def __init__(self, message: str, duplicates: list[DuplicateLead]) -> None:
        super().__init__(message)
        self.duplicates = duplicates


@dataclass(frozen=True)
class LeadUpdate:
    lead_id: int
    previous: LeadInput
    changes: Changes = field(default_factory=Changes)


_SORT = {
    "company": Organisation.name,
    "contact": Contact.name,
    "city": Organisation.city,
    "industry": Organisation.industry,
    "employees": Organisation.employees,
    "source": Lead.source,
    "owner": TeamMember.name,
    "created": Lead.created_date,
    "status": Lead.status,
    "fit_score": Lead.fit_score,
    "qualified_at": Lead.qualified_at,
}


_ORGANISATION_SORTS = {"company", "city", "industry", "employees", "lookalike"}


def _clean(text: str | None) -> str | None:
    value = " ".join((text or "").split())
    return value or None


def _email_key(email: str | None) -> str | None:
    value = (email or "").strip().lower()
    return value or None


def filter_leads(query: Any, flt: LeadFilter) -> Any:
    """Apply the Leads view's filter to a query that joins Organisation and Contact.

    The list and the export share it, so an export holds exactly the rows the list shows.
    """
    if flt.search.strip():
        pattern = like_pattern(flt.search)
        query = query.where(
            or_(
                Organisation.name.ilike(pattern, escape="\\"),
                Contact.name.ilike(pattern, escape="\\"),
                Contact.email.ilike(pattern, escape="\\"),
                Organisation.city.ilike(pattern, escape="\\"),
            )
        )
    if flt.owner_id is not None:
        query = query.where(Lead.owner_id == flt.owner_id)
    if flt.source:
        query = query.where(Lead.source == flt.source)
    if flt.status == LEAD_QUALIFIED and (flt.created_from or flt.created_to):
        # The qualified leads of a period are the ones the KPI counts, by its own definition.
        first, last = flt.created_from or date.min, flt.created_to or date.max
        return query.where(lead_rules.qualified_in(first, last))
    if flt.status:
        query = query.where(Lead.status == flt.status)
    if flt.created_from:
        query = query.where(Lead.created_date >= flt.created_from)
    if flt.created_to:
        query = query.where(Lead.created_date <= flt.created_to)
    return query


def _row_query() -> Any:
    """What the list shows of a lead, with the four attributes its lookalike score reads."""
    return (
        select(
            Lead.id,
            Organisation.name,
            Contact.name,
            Contact.email,
            Organisation.city,
            Organisation.industry,
            Organisation.employees,
            Lead.source,
            TeamMember.name,
            Lead.created_date,
            Lead.status,
            Lead.fit_score,
            Lead.qualified_at,
            *segment_columns().values(),
        )
        .join(Organisation, Lead.organisation_id == Organisation.id)
        .outerjoin(Contact, Lead.contact_id == Contact.id)
        .outerjoin(TeamMember, Lead.owner_id == TeamMember.id)
    )


def list_leads(
    db: Database,
    flt: LeadFilter = LeadFilter(),
    *,
    sort: str | None = "created",
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    today: date | None = None,
) -> Page[LeadRow]:
    """One page of leads (not in the trash), filtered and sorted in SQL, with their scores.

    The profile of good customers is aggregated once per call; sorting by ``lookalike`` orders
    the whole list in the database by the stored score (brought up to date first), which is the
    same score as shown.
    """
    # The page's leads are found first over the tables the filter and the sort need, and only
    # those few rows are then joined to what the list shows: sorting 100,000 narrow rows is
    # what the database does fastest.
    search = bool(flt.search.strip())
    keys, count = select(Lead.id), select(func.count(Lead.id))
    if search or sort in _ORGANISATION_SORTS:
        keys = keys.join(Organisation, Lead.organisation_id == Organisation.id)
    if search:
        count = count.join(Organisation, Lead.organisation_id == Organisation.id)
    if search or sort == "contact":
        keys = keys.outerjoin(Contact, Lead.contact_id == Contact.id)
    if search:
        count = count.outerjoin(Contact, Lead.contact_id == Contact.id)
    if sort == "owner":
        keys = keys.outerjoin(TeamMember, Lead.owner_id == TeamMember.id)
    keys = filter_leads(keys.where(Lead.deleted_at.is_(None)), flt)
    count = filter_leads(count.where(Lead.deleted_at.is_(None)), flt)
    with db.read() as session:
        columns: dict[str, Any] = dict(_SORT)
        if sort == "lookalike":
            profile = current_profile(session, db, today)
            columns["lookalike"] = score_column(session, profile)
        else:
            profile = good_customer_profile(session, today)
        found, total = fetch_page(
            session, keys, columns, sort, descending, Lead.id, offset, limit, count_query=count
        )
        ids = [row[0] for row in found]
        by_id = {row[0]: row for row in session.execute(_row_query().where(Lead.id.in_(ids)))}
    matches: dict[tuple[Any, ...], tuple[int, str]] = {}  # many leads share a segment
    result = []
    for lead_id in ids:
        row = by_id[lead_id]
        key = tuple(row[13:17])
        if key not in matches:
            match = profile.match(segment_of(key))
            matches[key] = (match.score, match.explain())
        score, explanation = matches[key]
        base = row[:13]
        result.append(
            LeadRow(
                base[0], base[1], base[2], base[3], base[4], base[5], base[6], base[7], base[8],
                base[9], base[10], base[11], base[12], score, explanation,
            )
        )  # fmt: skip
    return Page(result, total)


def list_sources(db: Database) -> list[str]:
    """The lead sources in use, for the filter."""
    with db.read() as session:
        query = (
            select(Lead.source)
            .where(Lead.source.is_not(None), Lead.deleted_at.is_(None))
            .group_by(Lead.source)
            .order_by(Lead.source)
        )
        return [s for s in session.scalars(query) if s]


def _load(session: Session, lead_id: int) -> Lead:
    lead = session.get(Lead, lead_id)
    if lead is None or lead.deleted_at is not None:
        raise NotFound(tr("This lead no longer exists. It may have been deleted."))
    return lead


def _input_of(lead: Lead) -> LeadInput:
    org = lead.organisation
    contact = lead.contact
    return LeadInput(
        company=org.name,
        contact_name=contact.name if contact else None,
        email=contact.email if contact else None,
        phone=contact.phone if contact else None,
        city=org.city,
        industry=org.industry,
        employees=org.employees,
        region=org.region,
        yearly_revenue_cents=org.yearly_revenue_cents,
        source=lead.source,
        owner_id=lead.owner_id,
        created=lead.created_date,
        notes=lead.notes,
    )


def get_lead(db: Database, lead_id: int, *, today: date | None = None) -> LeadDetail:
    """A lead with its checklist answers and its lookalike explanation."""
    from kpidesk.data.models import Deal

    with db.read() as session:
        lead = _load(session, lead_id)
        profile = good_customer_profile(session, today)
        segment = session.execute(
            select(*segment_columns().values()).where(Organisation.id == lead.organisation_id)
        ).one()
        deal_id = session.scalar(
            select(Deal.id).where(Deal.lead_id == lead_id, Deal.deleted_at.is_(None)).limit(1)
        )
        detail = LeadDetail(
            id=lead.id,
            data=_input_of(lead),
            owner=lead.owner.name if lead.owner else None,
            status=lead.status,
            qualified_at=lead.qualified_at,
            disqualify_reason=lead.disqualify_reason,
            answers=answers_from_json(lead.checklist),
            fit_score=lead.fit_score,
            lookalike=profile.match(segment_of(tuple(segment))),
            deal_id=deal_id,
        )
    return replace(detail, planned=tuple(planned_steps(db, lead_id=lead_id)))


def find_duplicates(
    db: Database, company: str, email: str | None = None, *, exclude_id: int | None = None
) -> list[DuplicateLead]:
    """Leads (not in the trash) with the same normalised organisation name or the same e-mail."""
    key = organisation_key(company)
    mail = _email_key(email)
    conditions = [Organisation.name_key == key] if key else []
    if mail:
        conditions.append(func.lower(func.trim(Contact.email)) == mail)
    if not conditions:
        return []
    query = (
        select(
            Lead.id,
            Organisation.name,
            Organisation.name_key,
            Contact.name,
            Contact.email,
            Lead.status,
            TeamMember.name,
        )
        .join(Organisation, Lead.organisation_id == Organisation.id)
        .outerjoin(Contact, Lead.contact_id == Contact.id)
        .outerjoin(TeamMember, Lead.owner_id == TeamMember.id)
        .where(Lead.deleted_at.is_(None), or_(*conditions))
        .order_by(Lead.created_date.desc(), Lead.id.desc())
        .limit(20)
    )
    if exclude_id is not None:
        query = query.where(Lead.id != exclude_id)
    with db.read() as session:
        return [
            DuplicateLead(
                lid,
                name,
                contact,
                mail_,
                status,
                owner,
                bool(key) and name_key == key,
                mail is not None and _email_key(mail_) == mail,
            )
            for lid, name, name_key, contact, mail_, status, owner in session.execute(query)
        ]


def _validate(data: LeadInput) -> str:
    company = _clean(data.company)
    if not company or not organisation_key(company):
        raise Refused(tr("A lead needs a company name."))
    if data.employees is not None and data.employees < 0:
        raise Refused(tr("The number of employees cannot be negative."))
    if data.yearly_revenue_cents is not None and data.yearly_revenue_cents < 0:
        raise Refused(tr("The yearly revenue cannot be negative."))
    email = _email_key(data.email)
    if email and ("@" not in email or " " in email):
        raise Refused(tr("'{email}' is not an e-mail address.").format(email=data.email))
    if data.owner_id is not None and data.owner_id <= 0:
        raise Refused(tr("Choose an owner from the team."))
    return company


def _organisation(session: Session, data: LeadInput, company: str) -> Organisation:
    """Find the organisation by its normalised name, or create it; then apply the form."""
    key = organisation_key(company)
    org = session.scalar(select(Organisation).where(Organisation.name_key == key))
    if org is None:
        org = Organisation(name=company, name_key=key)
        session.add(org)
    else:
        org.name = company
    org.city = _clean(data.city)
    org.industry = _clean(data.industry)
    org.employees = data.employees
    org.region = _clean(data.region)
    org.yearly_revenue_cents = data.yearly_revenue_cents
    return org


def _apply(session: Session, lead: Lead, data: LeadInput, company: str) -> None:
    org = _organisation(session, data, company)
    session.flush()
    lead.organisation_id = org.id
    name, email, phone = _clean(data.contact_name), _email_key(data.email), _clean(data.phone)
    contact = lead.contact
    if name or email or phone:
        if contact is None or contact.organisation_id != org.id:
            contact = Contact(organisation_id=org.id, name=name or email or phone or "")
            session.add(contact)
            session.flush()
            lead.contact_id = contact.id
        contact.name = name or email or phone or ""
        contact.email = (data.email or "").strip() or None
        contact.phone = phone
    else:
        lead.contact_id = None
    lead.source = _clean(data.source)
    lead.owner_id = data.owner_id
    lead.notes = (data.notes or "").strip() or None
    if data.created is not None:
        lead.created_date = data.created
    if (
        lead.qualified_at is not None
        and lead.created_date is not None
        and lead.qualified_at < lead.created_date
    ):
        raise Refused(tr("The created date cannot be after the date the lead was qualified."))


def create_lead(
    db: Database, data: LeadInput, *, allow_duplicate: bool = False, today: date | None = None
) -> tuple[int, Changes]:
    """Add a lead. Refused with :class:`DuplicateLeadError` when it looks like an existing one,
    unless *allow_duplicate*."""
    company = _validate(data)
    if not allow_duplicate:
        duplicates = find_duplicates(db, company, data.email)
        if duplicates:
            raise DuplicateLeadError(
                tr("There is already a lead for {company}.").format(company=duplicates[0].company),
                duplicates,
            )
    with db.write() as session:
        lead = Lead(
            status=LEAD_NEW, checklist={}, created_date=data.created or today or date.today()
        )
        with session.no_autoflush:
            _apply(session, lead, data, company)
        session.add(lead)
        session.flush()
        return lead.id, Changes.of(LEADS, ids=(lead.id,))


def update_lead(
    db: Database, lead_id: int, data: LeadInput, *, allow_duplicate: bool = False
) -> LeadUpdate:
    """Save the lead form; returns what it was before, so that the edit can be undone."""
    company = _validate(data)
    if not allow_duplicate:
        duplicates = find_duplicates(db, company, data.email, exclude_id=lead_id)
        if duplicates:
            raise DuplicateLeadError(
                tr("There is already a lead for {company}.").format(company=duplicates[0].company),
                duplicates,
            )
    with db.write() as session:
        lead = _load(session, lead_id)
        previous = _input_of(lead)
        _apply(session, lead, data, company)
        return LeadUpdate(lead_id, previous, Changes.of(LEADS, ids=(lead_id,)))


def delete_leads(db: Database, lead_ids: list[int]) -> Changes:
    """Move leads to the trash; :func:`restore_leads` brings them back."""
    if not lead_ids:
        return Changes()
    moment = datetime.now(UTC)
    with db.write() as session:
        leads = list(session.scalars(select(Lead).where(Lead.id.in_(lead_ids))))
        live = [lead for lead in leads if lead.deleted_at is None]
        if not live:
            raise NotFound(tr("These leads no longer exist."))
        for lead in live:
            lead.deleted_at = moment
        return Changes.of(LEADS, ids=tuple(lead.id for lead in live))


def restore_leads(db: Database, lead_ids: list[int]) -> Changes:
    with db.write() as session:
        leads = list(session.scalars(select(Lead).where(Lead.id.in_(lead_ids))))
        if not leads:
            raise NotFound(tr("These leads no longer exist."))
        for lead in leads:
            lead.deleted_at = None
        return Changes.of(LEADS, ids=tuple(lead.id for lead in leads))
