"""A compact per-rep overview of a period, aggregated in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from kpidesk.data.database import Database
from kpidesk.data.models import (
    LEAD_QUALIFIED,
    STAGE_OPEN,
    Activity,
    ActivityType,
    Deal,
    Lead,
    Stage,
    TeamMember,
)


@dataclass(frozen=True)
class RepOverview:
    id: int
    name: str
    activities: int
    points: int
    qualified_leads: int
    open_deals: int
    open_value_cents: int


def team_overview(db: Database, start: date, end: date) -> list[RepOverview]:
    """Activities, points and qualified leads in the period, and the open pipeline now."""
    with db.read() as session:
        reps = session.execute(
            select(TeamMember.id, TeamMember.name)
            .where(TeamMember.active.is_(True))
            .order_by(TeamMember.name)
        ).all()
        acts = dict(
            (rep, (n, pts))
            for rep, n, pts in session.execute(
                select(
                    Activity.rep_id, func.count(), func.coalesce(func.sum(ActivityType.points), 0)
                )
                .join(ActivityType, Activity.type_id == ActivityType.id)
                .where(Activity.date.between(start, end), Activity.deleted_at.is_(None))
                .group_by(Activity.rep_id)
            )
        )
        quals: dict[int | None, int] = dict(
            session.execute(
                select(Lead.owner_id, func.count())
                .where(
                    Lead.status == LEAD_QUALIFIED,
                    Lead.qualified_at.between(start, end),
                    Lead.deleted_at.is_(None),
                )
                .group_by(Lead.owner_id)
            ).all()
        )
        pipe = dict(
            (owner, (n, value))
            for owner, n, value in session.execute(
                select(Deal.owner_id, func.count(), func.coalesce(func.sum(Deal.value_cents), 0))
                .join(Stage, Deal.stage_id == Stage.id)
                .where(Stage.kind == STAGE_OPEN, Deal.deleted_at.is_(None))
                .group_by(Deal.owner_id)
            )
        )
    return [
        RepOverview(
            rep_id,
            name,
            int(acts.get(rep_id, (0, 0))[0]),
            int(acts.get(rep_id, (0, 0))[1]),
            int(quals.get(rep_id, 0)),
            int(pipe.get(rep_id, (0, 0))[0]),
            int(pipe.get(rep_id, (0, 0))[1]),
        )
        for rep_id, name in reps
    ]
