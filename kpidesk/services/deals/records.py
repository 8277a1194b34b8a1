"""Deals: listing, creating and moving them through the pipeline stages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from kpidesk.core.formatting import format_date
from kpidesk.core.i18n import tr
from kpidesk.data.database import Database
from kpidesk.data.models import (
    STAGE_LOST,
    STAGE_OPEN,
    STAGE_WON,
    Customer,
    Deal,
    DealStageHistory,
    Organisation,
    Stage,
    TeamMember,
)
from kpidesk.data.server import current_member_id
from kpidesk.services.common import CUSTOMERS, DEALS, PAGE_SIZE, Changes, Page
from kpidesk.services.customers.records import WonBack, on_deal_won, undo_win_back
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.listing import fetch_page, like_pattern


@dataclass(frozen=True)
class DealRow:
    id: int
    title: str
    organisation: str | None
    owner: str | None
    value_cents: int
    stage_id: int
    stage_kind: str
    probability: int  # effective: the deal's override or its stage's
    first_contact: date | None
    expected_close: date | None
    closed_date: date | None
    stage_entered_at: date | None
    last_activity_date: date | None


@dataclass(frozen=True)
class DealFilter:
    search: str = ""
    owner_id: int | None = None
    stage_id: int | None = None
    open_only: bool = False


@dataclass(frozen=True)
class MoveResult:
    """What a move changed, with everything needed to undo it exactly."""

    deal_id: int
    from_stage_id: int
    to_stage_id: int
    history_id: int
    previous_closed_date: date | None
    previous_stage_entered_at: date | None
    previous_value_cents: int
    previous_lost_reason: str | None
    created_customer_id: int | None
    changes: Changes
    won_back: WonBack | None = None  # a churned customer this win made active again


_SORT = {
    "title": Deal.title,
    "organisation": Organisation.name,
    "owner": TeamMember.name,
    "value": Deal.value_cents,
    "stage": Stage.position,
    "first_contact": Deal.first_contact,
    "expected_close": Deal.expected_close,
    "closed": Deal.closed_date,
}


def filter_deals(query: Any, flt: DealFilter) -> Any:
    """Apply a deals filter to a query that joins Stage and Organisation (list and export)."""
    if flt.search.strip():
        pattern = like_pattern(flt.search)
        query = query.where(
            or_(
                Deal.title.ilike(pattern, escape="\\"),
                Organisation.name.ilike(pattern, escape="\\"),
            )
        )
    if flt.owner_id is not None:
        query = query.where(Deal.owner_id == flt.owner_id)
    if flt.stage_id is not None:
        query = query.where(Deal.stage_id == flt.stage_id)
    if flt.open_only:
        query = query.where(Stage.kind == STAGE_OPEN)
    return query


def list_deals(
    db: Database,
    flt: DealFilter = DealFilter(),
    *,
    sort: str | None = "stage",
    descending: bool = False,
    offset: int = 0,
    limit: int = PAGE_SIZE,
) -> Page[DealRow]:
    query = (
        select(
            Deal.id,
            Deal.title,
            Organisation.name,
            TeamMember.name,
            Deal.value_cents,
            Deal.stage_id,
            Stage.kind,
            Deal.probability,
            Stage.probability,
            Deal.first_contact,
            Deal.expected_close,
            Deal.closed_date,
            Deal.stage_entered_at,
            Deal.last_activity_date,
        )
        .join(Stage, Deal.stage_id == Stage.id)
        .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
        .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
        .where(Deal.deleted_at.is_(None))
    )
    query = filter_deals(query, flt)
    with db.read() as session:
        rows, total = fetch_page(session, query, _SORT, sort, descending, Deal.id, offset, limit)
    return Page(
        [
            DealRow(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] if r[7] is not None else r[8], *r[9:]
            )
            for r in rows
        ],
        total,
    )


def move_deal(
    db: Database,
    deal_id: int,
    to_stage_id: int,
    *,
    moved_by_id: int | None = None,
    closed_date: date | None = None,
    final_value_cents: int | None = None,
    lost_reason: str | None = None,
    today: date | None = None,
) -> MoveResult:
    """Move a deal to another stage and write one stage-history row, in one transaction.

    A move into Won or Lost closes the deal on *closed_date* (today by default); a move back to
    an open stage reopens it.
    """
    results = move_deals(
        db,
        [deal_id],
        to_stage_id,
        moved_by_id=moved_by_id,
        closed_date=closed_date,
        final_value_cents=final_value_cents,
        lost_reason=lost_reason,
        today=today,
    )
    return results[0]


def move_deals(
    db: Database,
    deal_ids: Sequence[int],
    to_stage_id: int,
    *,
    moved_by_id: int | None = None,
    closed_date: date | None = None,
    final_value_cents: int | None = None,
    lost_reason: str | None = None,
    today: date | None = None,
) -> list[MoveResult]:
    """Move several deals to one stage in one transaction: all of them move, or none."""
    if not deal_ids:
        raise Refused(tr("Choose at least one deal to move."))
    if final_value_cents is not None and final_value_cents < 0:
        raise Refused(tr("A deal value cannot be negative."))
    day = today or date.today()
    with db.write() as session:
        target = session.get(Stage, to_stage_id)
        if target is None:
            raise NotFound(tr("This stage no longer exists."))
        if moved_by_id is None:  # on the team database: the person logged in
            moved_by_id = current_member_id(session)
        results = [
            _move_one(
                session,
                deal_id,
                target,
                day,
                moved_by_id,
                closed_date,
                final_value_cents,
                lost_reason,
            )
            for deal_id in deal_ids
        ]
    return results


def _move_one(
    session: Session,
    deal_id: int,
    target: Stage,
    day: date,
    moved_by_id: int | None,
    closed_date: date | None,
    final_value_cents: int | None,
    lost_reason: str | None,
) -> MoveResult:
    deal = session.get(Deal, deal_id)
    if deal is None or deal.deleted_at is not None:
        raise NotFound(tr("This deal no longer exists."))
    if deal.stage_id == target.id:
        raise Refused(
            tr("{deal} is already in {stage}.").format(deal=deal.title, stage=StageName.of(target))
        )
    before = (
        deal.stage_id,
        deal.closed_date,
        deal.stage_entered_at,
        deal.value_cents,
        deal.lost_reason,
    )
    if target.kind in (STAGE_WON, STAGE_LOST):
        deal.closed_date = closed_date or day
        if deal.first_contact and deal.closed_date < deal.first_contact:
            raise Refused(
                tr("The close date cannot be before the first contact ({day}).").format(
                    day=format_date(deal.first_contact)
                )
            )
        if target.kind == STAGE_LOST:
            deal.lost_reason = lost_reason
        if final_value_cents is not None:
            deal.value_cents = final_value_cents
    else:
        deal.closed_date = None
        deal.lost_reason = None
    deal.stage_id = target.id
    deal.stage_entered_at = day
    deal.updated_by_id = moved_by_id
    created_customer = None
    won_back = None
    kinds = {DEALS}
    if target.kind == STAGE_WON and deal.closed_date is not None:
        created_customer, won_back = on_deal_won(session, deal, deal.closed_date)
        if created_customer is not None or won_back is not None:
            kinds.add(CUSTOMERS)
    history = DealStageHistory(
        deal_id=deal.id,
        from_stage_id=before[0],
        to_stage_id=target.id,
        moved_at=datetime.now(UTC),
        moved_by_id=moved_by_id,
    )
    session.add(history)
    session.flush()
    return MoveResult(
        deal.id,
        before[0],
        target.id,
        history.id,
        before[1],
        before[2],
        before[3],
        before[4],
        created_customer,
        Changes(frozenset(kinds), (deal.id,)),
        won_back,
    )


def undo_move(db: Database, result: MoveResult) -> Changes:
    """Put a moved deal back exactly as it was: stage, dates, value, reason, history, customer
    (created by the win, or won back from churn)."""
    return undo_moves(db, [result])


def undo_moves(db: Database, results: Sequence[MoveResult]) -> Changes:
    """Undo several moves in one transaction, the last one first."""
    kinds = {DEALS}
    with db.write() as session:
        for result in reversed(results):
            deal = session.get(Deal, result.deal_id)
            if deal is None or deal.stage_id != result.to_stage_id:
                raise Refused(
                    tr("This move cannot be undone: the deal was changed or deleted since.")
                )
            deal.stage_id = result.from_stage_id
            deal.closed_date = result.previous_closed_date
            deal.stage_entered_at = result.previous_stage_entered_at
            deal.value_cents = result.previous_value_cents
            deal.lost_reason = result.previous_lost_reason
            session.execute(
                delete(DealStageHistory).where(DealStageHistory.id == result.history_id)
            )
            if result.created_customer_id is not None:
                # The customer was made by this move; activities logged on it since keep
                # their organisation but lose the link (SET NULL), as after any customer delete.
                session.execute(delete(Customer).where(Customer.id == result.created_customer_id))
                kinds.add(CUSTOMERS)
            if result.won_back is not None:
                undo_win_back(session, result.won_back)
                kinds.add(CUSTOMERS)
    return Changes(frozenset(kinds), tuple(r.deal_id for r in results))


class StageName:
    """The display name of an ORM stage, in the active language."""

    @staticmethod
    def of(stage: Stage) -> str:
        from kpidesk.core.i18n import pick

        return pick(stage.name_nl, stage.name_en)
