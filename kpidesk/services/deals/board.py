"""The pipeline board: every open deal with what its card shows, in a few SQL queries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from kpidesk.core.hygiene import SLEEPING, HygieneFacts
from kpidesk.core.i18n import pick
from kpidesk.data.database import Database
from kpidesk.data.definitions import activities as activity_rules
from kpidesk.data.definitions import hygiene
from kpidesk.data.models import (
    STAGE_OPEN,
    Activity,
    ActivityType,
    Deal,
    Organisation,
    Stage,
    TeamMember,
)


@dataclass(frozen=True)
class BoardCard:
    """One deal card on the board."""

    id: int
    title: str
    organisation: str | None
    owner_id: int | None
    owner: str | None
    value_cents: int
    stage_id: int
    probability: int  # effective: the deal's override or its stage's
    stage_entered_at: date | None
    last_activity_date: date | None
    next_activity_date: date | None
    next_activity_type: str | None
    expected_close: date | None
    rotting_days: int | None  # the stage's limit
    flags: tuple[str, ...] = ()  # pipeline hygiene: why the deal needs attention (none: calm)
    later_moves: int = 0  # times the expected close date moved later

    @property
    def weighted_cents(self) -> int:
        return self.value_cents * self.probability // 100

    def days_in_stage(self, today: date) -> int | None:
        if self.stage_entered_at is None:
            return None
        return max(0, (today - self.stage_entered_at).days)

    def quiet_since(self) -> date | None:
        """The last sign of life: the latest activity or stage change."""
        days = [d for d in (self.last_activity_date, self.stage_entered_at) if d is not None]
        return max(days) if days else None

    def sleeping_days(self, today: date) -> int | None:
        """Days past the stage's rotting limit, or None when the deal is not sleeping."""
        since = self.quiet_since()
        if self.rotting_days is None or since is None:
            return None
        quiet = (today - since).days
        return quiet - self.rotting_days if quiet > self.rotting_days else None

    def is_sleeping(self, today: date) -> bool:
        """The hygiene flag, decided by the sleeping rule in SQL when the card was read."""
        return SLEEPING in self.flags

    @property
    def needs_attention(self) -> bool:
        return bool(self.flags)

    def hygiene_facts(self, today: date) -> HygieneFacts:
        since = self.quiet_since()
        quiet = (today - since).days if since is not None else None
        return HygieneFacts(
            self.flags, self.expected_close, self.later_moves, quiet, self.rotting_days
        )

    def next_step_overdue(self, today: date) -> bool:
        """The planned next step's day has passed without it being marked done."""
        return self.next_activity_date is not None and self.next_activity_date < today


def _card_query(today: date, rotting: dict[int, int]) -> Select[*tuple[Any, ...]]:
    return (
        select(
            Deal.id,
            Deal.title,
            Organisation.name,
            Deal.owner_id,
            TeamMember.name,
            Deal.value_cents,
            Deal.stage_id,
            func.coalesce(Deal.probability, Stage.probability),
            Deal.stage_entered_at,
            Deal.last_activity_date,
            Deal.expected_close,
            Stage.rotting_days,
            hygiene.later_moves(),
            *hygiene.flag_columns(today, rotting),
        )
        .join(Stage, Deal.stage_id == Stage.id)
        .outerjoin(Organisation, Deal.organisation_id == Organisation.id)
        .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
        .where(Deal.deleted_at.is_(None), Stage.kind == STAGE_OPEN)
    )


def _next_activities(
    session: Session, deal_ids: Sequence[int] | None
) -> dict[int, tuple[date, str]]:
    """The first planned activity per open deal (an overdue one first: it is the oldest)."""
    first = (
        select(Activity.deal_id.label("deal_id"), func.min(Activity.date).label("day"))
        .join(Deal, Activity.deal_id == Deal.id)
        .join(Stage, Deal.stage_id == Stage.id)
        .where(
            activity_rules.planned(),
            Deal.deleted_at.is_(None),
            Stage.kind == STAGE_OPEN,
        )
        .group_by(Activity.deal_id)
    )
    if deal_ids is not None:
        first = first.where(Activity.deal_id.in_(deal_ids))
    sub = first.subquery()
    # Join back for the type of that first activity (a handful of rows per deal at most);
    # ties on the day go to the first type in the settings' order.
    query = (
        select(sub.c.deal_id, sub.c.day, ActivityType.name_nl, ActivityType.name_en)
        .join(Activity, (Activity.deal_id == sub.c.deal_id) & (Activity.date == sub.c.day))
        .join(ActivityType, Activity.type_id == ActivityType.id)
        .where(activity_rules.planned())
        .order_by(sub.c.deal_id, ActivityType.position.desc())
    )
    result: dict[int, tuple[date, str]] = {}
    for deal_id, day, nl, en in session.execute(query):
        result[int(deal_id)] = (day, pick(nl, en))  # the last row per deal wins: lowest position
    return result


def _cards(
    session: Session, query: Select[*tuple[Any, ...]], today: date, ids: Sequence[int] | None
) -> list[BoardCard]:
    rows = session.execute(query).all()
    planned = _next_activities(session, ids)
    cards = []
    for r in rows:
        nxt = planned.get(r[0])
        cards.append(
            BoardCard(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                int(r[5]),
                r[6],
                int(r[7] or 0),
                r[8],
                r[9],
                nxt[0] if nxt else None,
                nxt[1] if nxt else None,
                r[10],
                r[11],
                hygiene.flags_of(r, 13),
                int(r[12] or 0),
            )
        )
    return cards


def board_cards(db: Database, *, today: date | None = None) -> list[BoardCard]:
    """Every open, not deleted deal as a card (two queries, whatever the number of deals)."""
    day = today or date.today()
    with db.read() as session:
        query = _card_query(day, hygiene.rotting_limits(session))
        return _cards(session, query, day, None)


def cards_for(
    db: Database, deal_ids: Iterable[int], *, today: date | None = None
) -> list[BoardCard]:
    """The cards of these deals that are open and not deleted (after a move, edit or undo)."""
    ids = sorted(set(deal_ids))
    if not ids:
        return []
    day = today or date.today()
    with db.read() as session:
        query = _card_query(day, hygiene.rotting_limits(session)).where(Deal.id.in_(ids))
        return _cards(session, query, day, ids)
