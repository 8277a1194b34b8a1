"""The trash: deleted leads, deals, customers and activities, restorable for 30 days.

Deleting only sets ``deleted_at`` (the leads, deals, activities and customers services do that);
here the trash is listed, restored, emptied, and purged of what is older than 30 days.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kpidesk.core.i18n import pick, tr, tr_noop
from kpidesk.data.database import Database
from kpidesk.data.models import Activity, ActivityType, Customer, Deal, Lead, Organisation
from kpidesk.services.activities.records import _recompute as recompute_last_contact
from kpidesk.services.common import ACTIVITIES, CUSTOMERS, DEALS, LEADS, Changes
from kpidesk.services.errors import NotFound, Refused

KEEP_DAYS = 30
LEAD, DEAL, CUSTOMER, ACTIVITY = "lead", "deal", "customer", "activity"
KIND_TEXTS = {
    LEAD: tr_noop("Lead"),
    DEAL: tr_noop("Deal"),
    CUSTOMER: tr_noop("Customer"),
    ACTIVITY: tr_noop("Activity"),
}
_MODELS: dict[str, Any] = {LEAD: Lead, DEAL: Deal, CUSTOMER: Customer, ACTIVITY: Activity}
_CHANGE_KINDS = {LEAD: LEADS, DEAL: DEALS, CUSTOMER: CUSTOMERS, ACTIVITY: ACTIVITIES}
_LIST_LIMIT = 5000  # per kind; a trash longer than this is emptied, not browsed


@dataclass(frozen=True)
class TrashItem:
    kind: str  # lead, deal, customer or activity
    id: int
    name: str
    deleted_at: datetime  # UTC
    days_left: int  # days before it is purged, counted up; 0 once it is due

    @property
    def kind_text(self) -> str:
        return tr(KIND_TEXTS[self.kind])


@dataclass(frozen=True)
class TrashEntry:
    """What undoing a restore needs: the item and the moment it was deleted."""

    kind: str
    id: int
    deleted_at: datetime


@dataclass(frozen=True)
class RestoreResult:
    entries: tuple[TrashEntry, ...]
    changes: Changes


def _utc(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; KPIDesk stores UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _days_left(deleted_at: datetime, now: datetime) -> int:
    # Counted up: an item deleted a minute ago has 30 days left, not 29.
    left = _utc(deleted_at) + timedelta(days=KEEP_DAYS) - now
    return max(0, math.ceil(left.total_seconds() / 86400))


def list_trash(db: Database, *, now: datetime | None = None) -> list[TrashItem]:
    """Everything in the trash, the most recently deleted first."""
    moment = now or datetime.now(UTC)
    items: list[TrashItem] = []
    with db.read() as session:
        rows: list[tuple[str, int, str, datetime | None]] = []
        for lead_id, name, deleted in session.execute(
            select(Lead.id, Organisation.name, Lead.deleted_at)
            .join(Organisation, Lead.organisation_id == Organisation.id)
            .where(Lead.deleted_at.is_not(None))
            .order_by(Lead.deleted_at.desc())
            .limit(_LIST_LIMIT)
        ):
            rows.append((LEAD, lead_id, name, deleted))
        for deal_id, title, org, deleted in session.execute(
            select(Deal.id, Deal.title, Organisation.name, Deal.deleted_at)
            .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
            .where(Deal.deleted_at.is_not(None))
            .order_by(Deal.deleted_at.desc())
            .limit(_LIST_LIMIT)
        ):
            rows.append((DEAL, deal_id, f"{title} · {org}" if org else title, deleted))
        for customer_id, name, deleted in session.execute(
            select(Customer.id, Organisation.name, Customer.deleted_at)
            .join(Organisation, Customer.organisation_id == Organisation.id)
            .where(Customer.deleted_at.is_not(None))
            .order_by(Customer.deleted_at.desc())
            .limit(_LIST_LIMIT)
        ):
            rows.append((CUSTOMER, customer_id, name, deleted))
        for activity_id, type_nl, type_en, day, org, deleted in session.execute(
            select(
                Activity.id,
                ActivityType.name_nl,
                ActivityType.name_en,
                Activity.date,
                Organisation.name,
                Activity.deleted_at,
            )
            .join(ActivityType, Activity.type_id == ActivityType.id)
            .outerjoin(Organisation, Activity.organisation_id == Organisation.id)
            .where(Activity.deleted_at.is_not(None))
            .order_by(Activity.deleted_at.desc())
            .limit(_LIST_LIMIT)
        ):
            rows.append(
                (ACTIVITY, activity_id, _activity_name(pick(type_nl, type_en), day, org), deleted)
            )
    for kind, item_id, name, deleted in rows:
        if deleted is None:  # excluded by the queries; keeps the type checker informed
            continue
        items.append(TrashItem(kind, item_id, name, _utc(deleted), _days_left(deleted, moment)))
    items.sort(key=lambda item: (item.deleted_at, item.kind, item.id), reverse=True)
    return items


def _activity_name(type_name: str, day: date, org: str | None) -> str:
    from kpidesk.core.formatting import format_date

    parts = [type_name, format_date(day)]
    if org:
        parts.append(org)
    return " · ".join(parts)


def _by_kind(items: Iterable[tuple[str, int]]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = {}
    for kind, item_id in items:
        if kind not in _MODELS:
            raise ValueError(kind)
        grouped.setdefault(kind, []).append(item_id)
    return grouped


def _recompute_for_activities(session: Session, ids: Sequence[int]) -> set[str]:
    """Activities count towards a deal's and customer's last contact: bring those up to date."""
    rows = session.execute(
        select(Activity.deal_id, Activity.customer_id).where(Activity.id.in_(ids))
    ).all()
    deals = {deal for deal, _c in rows if deal is not None}
    customers = {customer for _d, customer in rows if customer is not None}
    recompute_last_contact(session, deals, customers)
    return ({DEALS} if deals else set()) | ({CUSTOMERS} if customers else set())


def restore_items(db: Database, items: Iterable[tuple[str, int]]) -> RestoreResult:
    """Take items out of the trash, all in one transaction."""
    grouped = _by_kind(items)
    if not grouped:
        raise Refused(tr("Select one or more items in the trash first."))
    entries: list[TrashEntry] = []
    kinds: set[str] = set()
    with db.write() as session:
        for kind, ids in grouped.items():
            model = _MODELS[kind]
            found = session.execute(
                select(model.id, model.deleted_at).where(
                    model.id.in_(ids), model.deleted_at.is_not(None)
                )
            ).all()
            if len(found) != len(set(ids)):
                raise NotFound(
                    tr("Some of these items are no longer in the trash. Reopen the trash.")
                )
            entries.extend(TrashEntry(kind, row[0], _utc(row[1])) for row in found)
            session.execute(update(model).where(model.id.in_(ids)).values(deleted_at=None))
            kinds.add(_CHANGE_KINDS[kind])
            if kind == ACTIVITY:
                kinds |= _recompute_for_activities(session, ids)
    ids_all = tuple(entry.id for entry in entries)
    return RestoreResult(tuple(entries), Changes(frozenset(kinds), ids_all))


def return_to_trash(db: Database, entries: Sequence[TrashEntry]) -> Changes:
    """Undo a restore: the items go back with their original deletion moment."""
    kinds: set[str] = set()
    with db.write() as session:
        for entry in entries:
            model = _MODELS[entry.kind]
            done = session.execute(
                update(model)
                .where(model.id == entry.id, model.deleted_at.is_(None))
                .values(deleted_at=entry.deleted_at)
            )
            if done.rowcount != 1:  # type: ignore[attr-defined]
                raise NotFound(tr("This item was changed or deleted since it was restored."))
            kinds.add(_CHANGE_KINDS[entry.kind])
        activity_ids = [e.id for e in entries if e.kind == ACTIVITY]
        if activity_ids:
            kinds |= _recompute_for_activities(session, activity_ids)
    return Changes(frozenset(kinds), tuple(e.id for e in entries))


@dataclass(frozen=True)
class PurgeResult:
    counts: dict[str, int]  # per kind, how many were removed for good
    changes: Changes

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _purge(db: Database, cutoff: datetime | None, only: dict[str, list[int]] | None) -> PurgeResult:
    counts: dict[str, int] = {}
    # Activities first, then what they point at: the foreign keys set their links to empty.
    with db.write() as session:
        for kind in (ACTIVITY, DEAL, CUSTOMER, LEAD):
            if only is not None and kind not in only:
                continue
            model = _MODELS[kind]
            statement = delete(model).where(model.deleted_at.is_not(None))
            if cutoff is not None:
                statement = statement.where(model.deleted_at < cutoff)
            if only is not None:
                statement = statement.where(model.id.in_(only[kind]))
            result = session.execute(statement)
            counts[kind] = int(result.rowcount)  # type: ignore[attr-defined]
    kinds = frozenset(_CHANGE_KINDS[k] for k, n in counts.items() if n)
    return PurgeResult(counts, Changes(kinds))


def purge_expired(db: Database, *, now: datetime | None = None) -> PurgeResult:
    """Remove for good what has been in the trash for more than 30 days (run at start)."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=KEEP_DAYS)
    return _purge(db, cutoff, None)


def empty_trash(db: Database) -> PurgeResult:
    """Remove everything in the trash for good; this cannot be undone."""
    return _purge(db, None, None)


def delete_for_good(db: Database, items: Iterable[tuple[str, int]]) -> PurgeResult:
    """Remove selected items from the trash for good; this cannot be undone."""
    grouped = _by_kind(items)
    if not grouped:
        raise Refused(tr("Select one or more items in the trash first."))
    return _purge(db, None, grouped)


def trash_count(db: Database) -> int:
    """How many items are in the trash (for the menu and the dialog title)."""
    from sqlalchemy import func

    with db.read() as session:
        return sum(
            int(
                session.scalar(
                    select(func.count()).where(model.deleted_at.is_not(None)).select_from(model)
                )
                or 0
            )
            for model in _MODELS.values()
        )
