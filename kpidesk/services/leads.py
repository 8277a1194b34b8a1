"""Leads: listing and the intents around qualification."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select

from kpidesk.data.database import Database
from kpidesk.data.models import Contact, Lead, Organisation, TeamMember
from kpidesk.services.common import Page
from kpidesk.services.listing import PAGE_SIZE, fetch_page, like_pattern


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


@dataclass(frozen=True)
class LeadFilter:
    search: str = ""
    status: str | None = None
    owner_id: int | None = None
    source: str | None = None
    created_from: date | None = None
    created_to: date | None = None


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


def list_leads(
    db: Database,
    flt: LeadFilter = LeadFilter(),
    *,
    sort: str | None = "created",
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> Page[LeadRow]:
    """One page of leads (not in the trash), filtered and sorted in SQL."""
    query = (
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
        )
        .join(Organisation, Lead.organisation_id == Organisation.id)
        .outerjoin(Contact, Lead.contact_id == Contact.id)
        .outerjoin(TeamMember, Lead.owner_id == TeamMember.id)
        .where(Lead.deleted_at.is_(None))
    )
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
    if flt.status:
        query = query.where(Lead.status == flt.status)
    if flt.owner_id is not None:
        query = query.where(Lead.owner_id == flt.owner_id)
    if flt.source:
        query = query.where(Lead.source == flt.source)
    if flt.created_from:
        query = query.where(Lead.created_date >= flt.created_from)
    if flt.created_to:
        query = query.where(Lead.created_date <= flt.created_to)
    with db.read() as session:
        rows, total = fetch_page(session, query, _SORT, sort, descending, Lead.id, offset, limit)
    return Page([LeadRow(*row) for row in rows], total)
