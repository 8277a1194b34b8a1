"""Table exports: every row of leads, deals, activities, customers, targets or agreed actions,
as xlsx or CSV.

Rows stream from SQL in chunks straight into the file (rvgsrust-xlsxwriter's constant-memory
mode, or csv), so a million activities need little more memory than a thousand: the xlsx
writer holds only the compressed file (about 25 MB per million activities) until it writes it.
Headers are the import's canonical field names (Dutch headers with ``lang="nl"``), so an
export re-imports without duplicates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.core.money import from_cents
from kpidesk.core.relationship import STATUS_ACTIVE, STATUS_AT_RISK, STATUS_CHURNED
from kpidesk.data.database import Database
from kpidesk.data.definitions.customers import at_risk_days, last_contact_column, status_rank
from kpidesk.data.models import (
    MONEY_KPIS,
    Activity,
    ActivityType,
    AgreedAction,
    Contact,
    Customer,
    Deal,
    Lead,
    Organisation,
    Stage,
    Target,
    TeamMember,
)
from kpidesk.excel.fields import FIELDS, INT, KINDS, MONEY, PERCENT, TARGET_KPI_NAMES
from kpidesk.excel.writers import (
    EURO,
    TableColumn,
    WriteError,
    atomic_file,
    write_csv_table,
    write_xlsx_table,
)
from kpidesk.services.activities.records import ActivityFilter, activity_rows
from kpidesk.services.customers.records import CustomerFilter
from kpidesk.services.deals.records import DealFilter, filter_deals
from kpidesk.services.errors import Refused, ServiceError
from kpidesk.services.leads.records import LeadFilter, filter_leads
from kpidesk.services.listing import like_pattern

CHUNK = 5_000
# The customer list's status ranks (services.customers.status_rank).
_RANK_BY_STATUS = {STATUS_ACTIVE: 0, STATUS_AT_RISK: 1, STATUS_CHURNED: 2}
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?

SHEET_TITLES = {
    "leads": tr_noop("Leads"),
    "deals": tr_noop("Deals"),
    "activities": tr_noop("Activities"),
    "customers": tr_noop("Customers"),
    "targets": tr_noop("Targets"),
    "actions": tr_noop("Agreed actions"),
}


class ExportCancelled(ServiceError):
    """The user stopped the export; no file was written."""


@dataclass(frozen=True)
class DealIds:
    """Exactly these deals (the cards a filtered pipeline board shows)."""

    ids: tuple[int, ...]


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int


Filters = LeadFilter | DealFilter | DealIds | ActivityFilter | CustomerFilter | None


def export_table(
    db: Database,
    kind: str,
    path: Path | str,
    lang: str = "en",
    filters: Filters = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write every row of *kind* (as filtered) to *path*; ``.xlsx`` or ``.csv`` by its suffix.

    Raises:
        Refused: unknown kind or file type, or a target that cannot be written.
        ExportCancelled: *progress* returned False; the target was left as it was.
    """
    if kind not in KINDS:
        raise Refused(
            tr("KPIDesk cannot export '{kind}'. Choose one of: {kinds}.").format(
                kind=kind, kinds=", ".join(KINDS)
            )
        )
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise Refused(
            tr("Save the export as .xlsx (Excel) or .csv, not '{suffix}'.").format(
                suffix=target.suffix or target.name
            )
        )
    columns = _columns(kind, lang)
    try:
        with atomic_file(target) as temp, db.read() as session:
            query = _query(kind, filters, session)
            total = _count(session, query)
            rows = _stream(session, query, _converter(kind, lang), total, progress)
            if suffix == ".csv":
                count = write_csv_table(temp, columns, rows, lang=lang)
            else:
                count = write_xlsx_table(temp, tr(SHEET_TITLES[kind]), columns, rows, lang=lang)
    except WriteError as exc:
        raise Refused(str(exc)) from exc
    return ExportResult(kind, target, count)


def _columns(kind: str, lang: str) -> list[TableColumn]:
    columns = []
    for field in (f for f in FIELDS[kind] if f.export):
        fmt = EURO if field.type == MONEY else None
        width = {MONEY: 14.0, INT: 11.0, PERCENT: 11.0}.get(field.type, 16.0)
        if field.name in ("company", "account", "title", "note", "notes", "deal", "email", "text"):
            width = 28.0
        columns.append(TableColumn(field.export_header(lang), fmt, width))
    return columns


def _count(session: Session, query: Select[Any]) -> int:
    inner = query.order_by(None).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def _stream(
    session: Session,
    query: Select[Any],
    convert: Callable[[Sequence[Any]], Sequence[Any]],
    total: int,
    progress: Progress | None,
) -> Iterator[Sequence[Any]]:
    """Rows in chunks from a server-side cursor; reports progress and stops on Cancel."""
    result = (
        session.connection().execution_options(stream_results=True, yield_per=CHUNK).execute(query)
    )
    done = 0
    if progress is not None and not progress(0, total):
        raise ExportCancelled(tr("Export cancelled; no file was written."))
    for chunk in result.partitions(CHUNK):
        for row in chunk:
            yield convert(row)
        done += len(chunk)
        if progress is not None and not progress(done, total):
            result.close()
            raise ExportCancelled(tr("Export cancelled; no file was written."))


# Lead status words as the import reads them back (kpidesk.core.icp.parse_lead_status).
_STATUS_WORDS = {
    "new": ("new", "nieuw"),
    "qualified": ("qualified", "gekwalificeerd"),
    "disqualified": ("disqualified", "gediskwalificeerd"),
}


def status_word(code: str, lang: str) -> str:
    """The lead status as an export writes it in *lang*."""
    words = _STATUS_WORDS.get(code)
    return code if words is None else words[1 if lang == "nl" else 0]


# A deal's outcome as an export writes it; the import reads these words back.
_OUTCOME_WORDS = {
    "open": ("open", "open"),
    "won": ("won", "gewonnen"),
    "lost": ("lost", "verloren"),
}


def outcome_word(stage_kind: str, lang: str) -> str:
    """Whether a deal is open, won or lost, in *lang*, from its stage's kind."""
    words = _OUTCOME_WORDS.get(stage_kind)
    return stage_kind if words is None else words[1 if lang == "nl" else 0]


def done_word(done: bool, lang: str) -> str:
    """An activity's state as an export writes it in *lang* (parse_done reads it back)."""
    if lang == "nl":
        return "Gedaan" if done else "Gepland"
    return "Done" if done else "Planned"


def kpi_name(kpi: str, lang: str) -> str:
    """A target's KPI as an export writes it: its Dutch or English name, which the import reads."""
    names = TARGET_KPI_NAMES.get(kpi)
    return kpi if names is None else names[0 if lang == "nl" else 1]


def _euros(cents: int | None) -> Decimal | None:
    return None if cents is None else from_cents(cents)


def _pick(lang: str, nl: str, en: str) -> str:
    return (nl or en) if lang == "nl" else (en or nl)


# Queries per kind -----------------------------------------------------------------------------
def _query(kind: str, filters: Filters, session: Session) -> Any:
    if kind == "customers":
        return _customers_query(filters, session)
    return {
        "leads": _leads_query,
        "deals": _deals_query,
        "activities": _activities_query,
        "targets": _targets_query,
        "actions": _actions_query,
    }[kind](filters)


def _converter(kind: str, lang: str) -> Callable[[Sequence[Any]], Sequence[Any]]:
    if kind == "leads":
        return lambda r: (*r[:8], _euros(r[8]), *r[9:12], status_word(r[12], lang), *r[13:])
    if kind == "deals":
        return lambda r: (
            r[0],
            r[1],
            r[2],
            _pick(lang, r[3], r[4]),
            outcome_word(r[5], lang),
            _euros(r[6]),
            *r[7:],
        )
    if kind == "activities":
        # Once per export, not per row (a million rows): the two words and the name order.
        done, planned = done_word(True, lang), done_word(False, lang)
        first, second = (0, 1) if lang == "nl" else (1, 0)  # as _pick
        return lambda r: (r[first] or r[second], *r[2:-1], done if r[-1] else planned)
    if kind == "customers":
        return lambda r: (*r[:5], _euros(r[5]))
    if kind == "actions":
        return tuple
    return lambda r: (
        r[0],
        kpi_name(r[1], lang),
        r[2],
        _euros(r[3]) if r[1] in MONEY_KPIS else r[3],
    )


def _leads_query(flt: Filters) -> Any:
    query = (
        select(
            Organisation.name,
            Contact.name,
            Contact.email,
            Contact.phone,
            Organisation.city,
            Organisation.industry,
            Organisation.employees,
            Organisation.region,
            Organisation.yearly_revenue_cents,
            Lead.source,
            TeamMember.name,
            Lead.created_date,
            Lead.status,
            Lead.qualified_at,
            Lead.disqualify_reason,
            Lead.notes,
            Lead.external_id,
        )
        .join(Organisation, Lead.organisation_id == Organisation.id)
        .outerjoin(Contact, Lead.contact_id == Contact.id)
        .outerjoin(TeamMember, Lead.owner_id == TeamMember.id)
        .where(Lead.deleted_at.is_(None))
        .order_by(Lead.id)
    )
    if isinstance(flt, LeadFilter):
        query = filter_leads(query, flt)  # exactly the rows the Leads view shows
    return query


def _deals_query(flt: Filters) -> Any:
    query = (
        select(
            Deal.title,
            Organisation.name,
            TeamMember.name,
            Stage.name_nl,
            Stage.name_en,
            Stage.kind,
            Deal.value_cents,
            Deal.first_contact,
            Deal.closed_date,
            Deal.expected_close,
            Deal.product,
            Deal.lost_reason,
            Deal.probability,
            Deal.external_id,
        )
        .join(Stage, Deal.stage_id == Stage.id)
        .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
        .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
        .where(Deal.deleted_at.is_(None))
        .order_by(Deal.id)
    )
    if isinstance(flt, DealFilter):
        query = filter_deals(query, flt)
    elif isinstance(flt, DealIds):
        query = query.where(Deal.id.in_(flt.ids))
    return query


def _activities_query(flt: Filters) -> Any:
    columns = (
        ActivityType.name_nl,
        ActivityType.name_en,
        Activity.date,
        TeamMember.name,
        Organisation.name,
        Deal.title,
        Activity.note,
        Activity.done,
    )
    shown = flt if isinstance(flt, ActivityFilter) else ActivityFilter()
    return activity_rows(shown, *columns).order_by(Activity.id)


def _customers_query(flt: Filters, session: Session) -> Any:
    query = (
        select(
            Organisation.name,
            Customer.customer_since,
            Customer.churned_at,
            Customer.churn_reason,
            TeamMember.name,
            Customer.recurring_value_cents,
        )
        .join(Organisation, Customer.organisation_id == Organisation.id)
        .outerjoin(TeamMember, Customer.owner_id == TeamMember.id)
        .where(Customer.deleted_at.is_(None))
        .order_by(Customer.id)
    )
    if isinstance(flt, CustomerFilter):
        # The same rules as services.customers.list_customers (status as of today).
        today = date.today()
        rank = status_rank(last_contact_column(today), today, at_risk_days(session))
        if flt.search.strip():
            query = query.where(Organisation.name.ilike(like_pattern(flt.search), escape="\\"))
        if flt.owner_id is not None:
            query = query.where(Customer.owner_id == flt.owner_id)
        if flt.status in _RANK_BY_STATUS:
            query = query.where(rank == _RANK_BY_STATUS[flt.status])
        elif not flt.include_churned:
            query = query.where(rank != _RANK_BY_STATUS[STATUS_CHURNED])
    return query


def _targets_query(_flt: Filters) -> Any:
    return (
        select(TeamMember.name, Target.kpi, Target.month, Target.value)
        .outerjoin(TeamMember, Target.rep_id == TeamMember.id)
        .order_by(Target.rep_id.is_not(None), TeamMember.name, Target.kpi, Target.month)
    )


def _actions_query(_flt: Filters) -> Any:
    return (
        select(
            TeamMember.name,
            AgreedAction.agreed_on,
            AgreedAction.text,
            AgreedAction.due_on,
            AgreedAction.done_on,
        )
        .join(TeamMember, AgreedAction.rep_id == TeamMember.id)
        .where(AgreedAction.deleted_at.is_(None))
        .order_by(AgreedAction.id)
    )
