"""One deal at a time: its details, creating, editing, trashing and restoring it.

Every intent returns what is needed to undo it exactly, so that the window can put it on the
undo stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import pick, tr
from kpidesk.core.names import organisation_key
from kpidesk.data.database import Database
from kpidesk.data.models import (
    STAGE_OPEN,
    Activity,
    ActivityType,
    Customer,
    Deal,
    DealCloseChange,
    DealStageHistory,
    Lead,
    Organisation,
    Stage,
    TeamMember,
)
from kpidesk.data.server import current_member_id
from kpidesk.services.common import DEALS, Changes
from kpidesk.services.deals.close_dates import record_close_change
from kpidesk.services.errors import NotFound, Refused


@dataclass(frozen=True)
class DealFields:
    """Everything a user edits on a deal; the stage changes through a move."""

    title: str
    organisation: str  # a name; a new name makes a new organisation
    owner_id: int | None
    value_cents: int
    probability: int | None  # None: the stage's probability
    first_contact: date | None
    expected_close: date | None
    product: str | None


@dataclass(frozen=True)
class StageStep:
    from_stage: str | None
    to_stage: str
    moved_at: datetime
    moved_by: str | None


@dataclass(frozen=True)
class DealActivity:
    id: int
    date: date
    type_name: str
    rep: str | None
    note: str | None
    outcome: str | None
    done: bool = True  # False: a planned next step, due on ``date``


@dataclass(frozen=True)
class DealDetail:
    id: int
    fields: DealFields
    stage_id: int
    stage: str
    stage_kind: str
    stage_probability: int
    closed_date: date | None
    lost_reason: str | None
    stage_entered_at: date | None
    last_activity_date: date | None
    organisation_id: int | None
    version: int
    history: list[StageStep]
    activities: list[DealActivity]


@dataclass(frozen=True)
class EditResult:
    """An edit with the fields before it, for the undo."""

    deal_id: int
    before: DealFields
    after: DealFields
    version: int  # the deal's version after the edit
    created_organisation_id: int | None
    changes: Changes
    close_change_id: int | None = None  # the history row of a changed expected close date


@dataclass(frozen=True)
class CreateResult:
    deal_id: int
    created_organisation_id: int | None
    changes: Changes


def get_deal(db: Database, deal_id: int) -> DealDetail:
    """A deal with its stage history (oldest first) and its activities (newest first)."""
    with db.read() as session:
        deal = session.get(Deal, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise NotFound(tr("This deal no longer exists."))
        stages = {s.id: pick(s.name_nl, s.name_en) for s in session.scalars(select(Stage))}
        team: dict[int, str] = {
            int(i): str(n) for i, n in session.execute(select(TeamMember.id, TeamMember.name))
        }
        history = [
            StageStep(
                stages.get(h.from_stage_id) if h.from_stage_id is not None else None,
                stages.get(h.to_stage_id, ""),
                h.moved_at,
                team.get(h.moved_by_id) if h.moved_by_id is not None else None,
            )
            for h in session.scalars(
                select(DealStageHistory)
                .where(DealStageHistory.deal_id == deal_id)
                .order_by(DealStageHistory.moved_at, DealStageHistory.id)
            )
        ]
        activities = [
            DealActivity(
                a_id,
                day,
                pick(nl, en),
                team.get(rep_id) if rep_id is not None else None,
                note,
                outcome,
                bool(done),
            )
            for a_id, day, nl, en, rep_id, note, outcome, done in session.execute(
                select(
                    Activity.id,
                    Activity.date,
                    ActivityType.name_nl,
                    ActivityType.name_en,
                    Activity.rep_id,
                    Activity.note,
                    Activity.outcome,
                    Activity.done,
                )
                .join(ActivityType, Activity.type_id == ActivityType.id)
                .where(Activity.deal_id == deal_id, Activity.deleted_at.is_(None))
                .order_by(Activity.date.desc(), Activity.id.desc())
            )
        ]
        return DealDetail(
            deal.id,
            _fields_of(deal),
            deal.stage_id,
            stages.get(deal.stage_id, ""),
            deal.stage.kind,
            deal.stage.probability,
            deal.closed_date,
            deal.lost_reason,
            deal.stage_entered_at,
            deal.last_activity_date,
            deal.organisation_id,
            deal.version,
            history,
            activities,
        )


def _fields_of(deal: Deal) -> DealFields:
    return DealFields(
        deal.title,
        deal.organisation.name if deal.organisation else "",
        deal.owner_id,
        deal.value_cents,
        deal.probability,
        deal.first_contact,
        deal.expected_close,
        deal.product,
    )


def _clean(values: DealFields) -> DealFields:
    title = " ".join(values.title.split())
    if not title:
        raise Refused(tr("A deal needs a title."))
    if values.value_cents < 0:
        raise Refused(tr("A deal value cannot be negative."))
    if values.probability is not None and not 0 <= values.probability <= 100:
        raise Refused(tr("A win probability lies between 0% and 100%."))
    if (
        values.first_contact
        and values.expected_close
        and values.expected_close < values.first_contact
    ):
        raise Refused(tr("The expected close date cannot be before the first contact."))
    product = (values.product or "").strip() or None
    return replace(
        values, title=title, organisation=" ".join(values.organisation.split()), product=product
    )


def _organisation(session: Session, name: str) -> tuple[int | None, int | None]:
    """The id of the organisation called *name*, and the id again when it was just made."""
    if not name:
        return None, None
    key = organisation_key(name)
    existing = session.scalar(select(Organisation.id).where(Organisation.name_key == key))
    if existing is not None:
        return existing, None
    row = Organisation(name=name, name_key=key)
    session.add(row)
    session.flush()
    return row.id, row.id


def _check_owner(session: Session, owner_id: int | None) -> None:
    if owner_id is not None and session.get(TeamMember, owner_id) is None:
        raise NotFound(tr("This team member no longer exists."))


def _apply(deal: Deal, values: DealFields, organisation_id: int | None) -> None:
    deal.title = values.title
    deal.organisation_id = organisation_id
    deal.owner_id = values.owner_id
    deal.value_cents = values.value_cents
    deal.probability = values.probability
    deal.first_contact = values.first_contact
    deal.expected_close = values.expected_close
    deal.product = values.product


def _drop_if_unused(session: Session, organisation_id: int | None) -> None:
    """Remove an organisation that an undone intent made, unless something uses it since."""
    if organisation_id is None:
        return
    for model in (Deal, Lead, Customer, Activity):
        used = session.scalar(
            select(func.count()).select_from(model).where(model.organisation_id == organisation_id)
        )
        if used:
            return
    session.execute(delete(Organisation).where(Organisation.id == organisation_id))


def create_deal(
    db: Database,
    values: DealFields,
    stage_id: int,
    *,
    created_by_id: int | None = None,
    today: date | None = None,
) -> CreateResult:
    """Add an open deal in *stage_id*, with its first stage-history row."""
    clean = _clean(values)
    day = today or date.today()
    with db.write() as session:
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise NotFound(tr("This stage no longer exists."))
        if stage.kind != STAGE_OPEN:
            raise Refused(tr("A new deal starts in an open stage; move it to Won or Lost later."))
        _check_owner(session, clean.owner_id)
        org_id, created_org = _organisation(session, clean.organisation)
        deal = Deal(
            stage_id=stage_id, stage_entered_at=day, first_contact=clean.first_contact or day
        )
        _apply(deal, replace(clean, first_contact=clean.first_contact or day), org_id)
        session.add(deal)
        session.flush()
        session.add(
            DealStageHistory(
                deal_id=deal.id,
                from_stage_id=None,
                to_stage_id=stage_id,
                moved_at=datetime.now(UTC),
                moved_by_id=created_by_id,
            )
        )
        return CreateResult(deal.id, created_org, Changes.of(DEALS, ids=(deal.id,)))


def discard_new_deal(db: Database, result: CreateResult) -> Changes:
    """Undo a create exactly: the deal, its history and a new organisation disappear."""
    with db.write() as session:
        deal = session.get(Deal, result.deal_id)
        if deal is None:
            return Changes.of(DEALS, ids=(result.deal_id,))
        has_activities = session.scalar(
            select(func.count()).select_from(Activity).where(Activity.deal_id == deal.id)
        )
        if has_activities:
            raise Refused(
                tr(
                    "This deal cannot be undone any more: activities were logged on it. "
                    "Delete it instead."
                )
            )
        session.execute(delete(DealStageHistory).where(DealStageHistory.deal_id == deal.id))
        session.delete(deal)
        session.flush()
        _drop_if_unused(session, result.created_organisation_id)
    return Changes.of(DEALS, ids=(result.deal_id,))


def update_deal(
    db: Database,
    deal_id: int,
    values: DealFields,
    *,
    expected_version: int,
    undoing: int | None = None,
) -> EditResult:
    """Save an edit, unless someone else changed the deal since it was opened (its version).

    A changed expected close date is kept in the deal's close-date history.  *undoing* is the
    history row of the edit being undone: it is removed instead of a new row being written, so
    that an undone edit leaves no trace (a move later, undone and redone, is one move).
    """
    clean = _clean(values)
    with db.write() as session:
        deal = session.get(Deal, deal_id)
        if deal is None or deal.deleted_at is not None:
            raise NotFound(tr("This deal no longer exists."))
        if deal.version != expected_version:
            raise Refused(_changed_by(session, deal.updated_by_id))
        _check_owner(session, clean.owner_id)
        before = _fields_of(deal)
        org_id, created_org = _organisation(session, clean.organisation)
        _apply(deal, clean, org_id)
        member = current_member_id(session)
        deal.updated_by_id = member
        close_change = None
        if undoing is not None:
            session.execute(delete(DealCloseChange).where(DealCloseChange.id == undoing))
        else:
            close_change = record_close_change(
                session, deal.id, before.expected_close, clean.expected_close, changed_by_id=member
            )
        session.flush()
        return EditResult(
            deal.id,
            before,
            clean,
            deal.version,
            created_org,
            Changes.of(DEALS, ids=(deal.id,)),
            close_change,
        )


def _changed_by(session: Session, member_id: int | None) -> str:
    """The refusal of a stale save, naming who saved in between when that is known."""
    name = session.scalar(select(TeamMember.name).where(TeamMember.id == member_id))
    if name is None:
        return tr(
            "Someone changed this deal in the meantime. Reload it to see the latest version, "
            "then make your change."
        )
    return tr(
        "This deal was changed by {name} in the meantime. Reload it to see their version, "
        "then make your change."
    ).format(name=name)


def revert_edit(db: Database, result: EditResult) -> EditResult:
    """Undo an edit exactly; returns the edit that redoes it."""
    undone = update_deal(
        db,
        result.deal_id,
        result.before,
        expected_version=result.version,
        undoing=result.close_change_id,
    )
    if result.created_organisation_id is not None:
        with db.write() as session:
            _drop_if_unused(session, result.created_organisation_id)
    return undone


def delete_deals(db: Database, deal_ids: Sequence[int]) -> Changes:
    """Move deals to the trash; :func:`restore_deals` brings them back unchanged."""
    moment = datetime.now(UTC)
    with db.write() as session:
        for deal_id in deal_ids:
            deal = session.get(Deal, deal_id)
            if deal is None or deal.deleted_at is not None:
                raise NotFound(tr("This deal no longer exists."))
            deal.deleted_at = moment
    return Changes.of(DEALS, ids=tuple(deal_ids))


def restore_deals(db: Database, deal_ids: Sequence[int]) -> Changes:
    """Take deals out of the trash."""
    with db.write() as session:
        for deal_id in deal_ids:
            deal = session.get(Deal, deal_id)
            if deal is None:
                raise NotFound(tr("This deal no longer exists."))
            deal.deleted_at = None
    return Changes.of(DEALS, ids=tuple(deal_ids))


def organisation_names(db: Database) -> list[str]:
    """Every organisation name, for completing the organisation field of a deal."""
    with db.read() as session:
        return list(session.scalars(select(Organisation.name).order_by(Organisation.name)))
