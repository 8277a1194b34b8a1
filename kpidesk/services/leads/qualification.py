"""Qualifying leads against the ideal-customer checklist, and turning them into deals.

Each intent returns what it changed plus what is needed to undo it exactly. The qualified-leads
KPI counts a lead in the period where its qualified-at date falls, while its status is
"qualified" (and it is not in the trash).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import pick, tr
from kpidesk.core.icp import (
    DEFAULT_THRESHOLD,
    LEAD_DISQUALIFIED,
    LEAD_NEW,
    LEAD_QUALIFIED,
    Criterion,
    FitResult,
    answers_from_json,
    answers_to_json,
    clamp_threshold,
    evaluate,
)
from kpidesk.core.periods import Period, add_months, month_start
from kpidesk.data import kpi_queries as q
from kpidesk.data.database import Database
from kpidesk.data.definitions import activities as activity_rules
from kpidesk.data.models import (
    KPI_QUALIFIED_LEADS,
    STAGE_OPEN,
    Activity,
    Deal,
    DealStageHistory,
    IcpCriterion,
    Lead,
    Setting,
    Stage,
)
from kpidesk.services.common import DEALS, LEADS, Changes
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.kpis.targets import period_target
from kpidesk.services.leads.records import _load

THRESHOLD_KEY = "icp_threshold"


@dataclass(frozen=True)
class AnswersChange:
    lead_id: int
    previous: dict[int, bool]
    result: FitResult
    changes: Changes


@dataclass(frozen=True)
class StatusChange:
    """A status change and the state before it, for undo."""

    lead_id: int
    previous_status: str
    previous_qualified_at: date | None
    previous_reason: str | None
    changes: Changes


@dataclass(frozen=True)
class Conversion:
    lead_id: int
    deal_id: int
    changes: Changes


@dataclass(frozen=True)
class QualifiedProgress:
    """This month's qualified leads against the target of a rep or the team."""

    month: date
    rep_id: int | None
    count: int
    target: int | None

    @property
    def ratio(self) -> float | None:
        return None if not self.target else self.count / self.target


def threshold(session: Session) -> int:
    row = session.get(Setting, THRESHOLD_KEY)
    try:
        return clamp_threshold(int(row.value)) if row is not None else DEFAULT_THRESHOLD
    except (TypeError, ValueError):
        return DEFAULT_THRESHOLD


def load_threshold(db: Database) -> int:
    """The fit score a lead needs to be qualified, in percent."""
    with db.read() as session:
        return threshold(session)


def scoring_criteria(session: Session) -> list[Criterion]:
    """The active checklist, in order, as the core scoring sees it."""
    query = (
        select(IcpCriterion.id, IcpCriterion.weight, IcpCriterion.must_have)
        .where(IcpCriterion.active.is_(True))
        .order_by(IcpCriterion.position, IcpCriterion.id)
    )
    return [Criterion(cid, weight, must) for cid, weight, must in session.execute(query)]


def set_checklist_answers(db: Database, lead_id: int, answers: Mapping[int, bool]) -> AnswersChange:
    """Store the ticked criteria of a lead and its fit score."""
    with db.write() as session:
        lead = _load(session, lead_id)
        previous = answers_from_json(lead.checklist)
        result = evaluate(scoring_criteria(session), answers, threshold(session))
        lead.checklist = answers_to_json(answers)
        lead.fit_score = result.score
        return AnswersChange(lead_id, previous, result, Changes.of(LEADS, ids=(lead_id,)))


def _before(lead: Lead) -> tuple[str, date | None, str | None]:
    return lead.status, lead.qualified_at, lead.disqualify_reason


def qualify_lead(
    db: Database, lead_id: int, *, on: date | None = None, today: date | None = None
) -> StatusChange:
    """Mark a lead qualified on *on* (today by default).

    Refused unless every must-have is ticked and the fit score reaches the threshold.
    """
    day = today or date.today()
    when = on or day
    with db.write() as session:
        lead = _load(session, lead_id)
        criteria = scoring_criteria(session)
        result = evaluate(criteria, answers_from_json(lead.checklist), threshold(session))
        if result.missing_must_haves:
            names = _criterion_texts(session, result.missing_must_haves)
            raise Refused(
                tr("Not all must-haves are met yet: {criteria}.").format(criteria=", ".join(names))
            )
        if not result.meets_threshold:
            raise Refused(
                tr("The fit score is {score}%, below the threshold of {threshold}%.").format(
                    score=result.score, threshold=result.threshold
                )
            )
        if when > day:
            raise Refused(tr("The qualified date cannot be in the future."))
        if when < lead.created_date:
            raise Refused(
                tr("The qualified date cannot be before the lead was created ({day}).").format(
                    day=lead.created_date.isoformat()
                )
            )
        before = _before(lead)
        if before[0] == LEAD_QUALIFIED and before[1] == when:
            raise Refused(tr("This lead is already qualified on that date."))
        lead.status = LEAD_QUALIFIED
        lead.qualified_at = when
        lead.disqualify_reason = None
        lead.fit_score = result.score
        return StatusChange(lead_id, *before, Changes.of(LEADS, ids=(lead_id,)))


def disqualify_lead(db: Database, lead_id: int, reason: str) -> StatusChange:
    """Mark a lead disqualified; the reason is required (it shows why leads drop out)."""
    text = " ".join(reason.split())
    if not text:
        raise Refused(tr("Give a reason for disqualifying the lead."))
    with db.write() as session:
        lead = _load(session, lead_id)
        before = _before(lead)
        lead.status = LEAD_DISQUALIFIED
        lead.qualified_at = None
        lead.disqualify_reason = text[:300]
        return StatusChange(lead_id, *before, Changes.of(LEADS, ids=(lead_id,)))


def reopen_lead(db: Database, lead_id: int) -> StatusChange:
    """Put a qualified or disqualified lead back to new."""
    with db.write() as session:
        lead = _load(session, lead_id)
        if lead.status == LEAD_NEW:
            raise Refused(tr("This lead is already new."))
        before = _before(lead)
        lead.status, lead.qualified_at, lead.disqualify_reason = LEAD_NEW, None, None
        return StatusChange(lead_id, *before, Changes.of(LEADS, ids=(lead_id,)))


def restore_lead_status(db: Database, change: StatusChange) -> Changes:
    """Undo a qualify, disqualify or reopen: put back the status from before it."""
    with db.write() as session:
        lead = _load(session, change.lead_id)
        lead.status = change.previous_status
        lead.qualified_at = change.previous_qualified_at
        lead.disqualify_reason = change.previous_reason
        return Changes.of(LEADS, ids=(change.lead_id,))


def _criterion_texts(session: Session, ids: tuple[int, ...]) -> list[str]:
    rows = {
        c.id: pick(c.text_nl, c.text_en)
        for c in session.scalars(select(IcpCriterion).where(IcpCriterion.id.in_(ids)))
    }
    return [rows[i] for i in ids if i in rows]


def first_contact_of(db: Database, lead_id: int) -> date:
    """The first contact moment (done) logged for the lead, or the day it was created."""
    with db.read() as session:
        lead = _load(session, lead_id)
        first = session.scalar(
            select(func.min(Activity.date)).where(
                Activity.lead_id == lead_id, activity_rules.counts()
            )
        )
        return min(first, lead.created_date) if first else lead.created_date


def convert_to_deal(
    db: Database,
    lead_id: int,
    *,
    title: str | None = None,
    value_cents: int = 0,
    first_contact: date | None = None,
    today: date | None = None,
) -> Conversion:
    """Create a deal in the first open stage, linked to the lead, owned by the lead's owner."""
    day = today or date.today()
    if value_cents < 0:
        raise Refused(tr("A deal value cannot be negative."))
    contact_day = first_contact or first_contact_of(db, lead_id)
    if contact_day > day:
        raise Refused(tr("The first-contact date cannot be in the future."))
    with db.write() as session:
        lead = _load(session, lead_id)
        if lead.status == LEAD_DISQUALIFIED:
            raise Refused(tr("A disqualified lead cannot become a deal. Reopen the lead first."))
        existing = session.scalar(
            select(Deal.title).where(Deal.lead_id == lead_id, Deal.deleted_at.is_(None))
        )
        if existing is not None:
            raise Refused(tr("This lead already became the deal '{title}'.").format(title=existing))
        stage = session.scalar(
            select(Stage).where(Stage.kind == STAGE_OPEN).order_by(Stage.position, Stage.id)
        )
        if stage is None:
            raise Refused(tr("There is no open pipeline stage. Add one in Settings first."))
        deal = Deal(
            title=" ".join((title or lead.organisation.name).split()),
            organisation_id=lead.organisation_id,
            owner_id=lead.owner_id,
            value_cents=value_cents,
            stage_id=stage.id,
            first_contact=contact_day,
            stage_entered_at=day,
            lead_id=lead.id,
        )
        session.add(deal)
        session.flush()
        session.add(
            DealStageHistory(
                deal_id=deal.id,
                from_stage_id=None,
                to_stage_id=stage.id,
                moved_at=datetime.now(UTC),
                moved_by_id=lead.owner_id,
            )
        )
        return Conversion(lead_id, deal.id, Changes.of(DEALS, LEADS, ids=(deal.id, lead_id)))


def undo_conversion(db: Database, conversion: Conversion) -> Changes:
    """Remove the deal a conversion created (with its stage history)."""
    with db.write() as session:
        deal = session.get(Deal, conversion.deal_id)
        if deal is None:
            raise NotFound(tr("The deal made from this lead no longer exists."))
        session.execute(delete(DealStageHistory).where(DealStageHistory.deal_id == deal.id))
        session.delete(deal)
        return Changes.of(DEALS, LEADS, ids=(conversion.deal_id, conversion.lead_id))


def qualified_leads_by_month(
    db: Database, start: date, end: date, *, rep_id: int | None = None
) -> dict[date, int]:
    """Qualified leads per calendar month (keyed by its first day), from *start* to *end*."""
    ranges = []
    cursor = month_start(start)
    while cursor <= end:
        following = add_months(cursor, 1)
        ranges.append((max(cursor, start), min(following - timedelta(days=1), end)))
        cursor = following
    if not ranges:
        return {}
    with db.read() as session:
        counts = q.qualified_leads_by_month(session, ranges, rep_id)
    return {month_start(first): n for (first, _last), n in zip(ranges, counts, strict=True)}


def qualified_progress(
    db: Database, *, rep_id: int | None = None, today: date | None = None
) -> QualifiedProgress:
    """This month's qualified leads of a rep (or the team) and the target for it.

    The count and the target are the dashboard's: the same definition of a qualified lead and
    the same team target (its own, or else the sum of the reps' targets).
    """
    first = month_start(today or date.today())
    month = Period.month(first.year, first.month)
    with db.read() as session:
        count = q.qualified_leads_by_month(session, [(month.start, month.end)], rep_id)[0]
        target = period_target(session, KPI_QUALIFIED_LEADS, month, rep_id)
    return QualifiedProgress(first, rep_id, count, None if target is None else int(target))
