"""The configuration the demo builds on: stages, activity types, ICP criteria and free ids."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.data import models as m
from kpidesk.services.demo import words
from kpidesk.services.demo.errors import DemoRefused

# Activity types are matched to these roles by position, as in the default configuration.
ROLES = ("intake", "presentation", "proposal", "call", "voicemail", "email", "linkedin")
ID_TABLES = (m.TeamMember, m.Organisation, m.Contact, m.Lead, m.Deal, m.Customer)


@dataclass(frozen=True)
class Config:
    """The configuration seeded by the migrations, and where the new ids start."""

    stage_ids: list[int]  # open stages by position, then won, then lost
    rotting: list[int]  # per open stage
    probability: list[int]  # per open stage
    type_ids: dict[str, int]
    points: dict[int, int]
    criteria: list[tuple[str, bool, int, str]]  # id, must-have, weight, kind
    threshold: int
    lost_reasons: list[str]
    next_ids: dict[str, int]
    name_keys: set[str]
    team_months: set[date]  # months that already have a team pipeline target

    @classmethod
    def read(cls, session: Session) -> Config:
        stages = session.execute(select(m.Stage).order_by(m.Stage.position, m.Stage.id)).scalars()
        by_kind: dict[str, list[m.Stage]] = {m.STAGE_OPEN: [], m.STAGE_WON: [], m.STAGE_LOST: []}
        for stage in stages:
            by_kind.setdefault(stage.kind, []).append(stage)
        opened = by_kind[m.STAGE_OPEN]
        active_type = select(m.ActivityType).where(m.ActivityType.active)
        types = list(session.execute(active_type.order_by(m.ActivityType.position)).scalars())
        if len(opened) < 2 or not by_kind[m.STAGE_WON] or not by_kind[m.STAGE_LOST] or not types:
            raise DemoRefused(
                tr(
                    "Demo data needs at least two open stages, a won and a lost stage and one "
                    "activity type. Check the pipeline settings."
                )
            )
        active_criterion = select(m.IcpCriterion).where(m.IcpCriterion.active)
        criteria = session.execute(active_criterion.order_by(m.IcpCriterion.position)).scalars()
        settings: dict[str, Any] = dict(
            session.execute(select(m.Setting.key, m.Setting.value)).all()
        )
        team = m.Target.scope_key == m.scope_key(None)
        return cls(
            stage_ids=[s.id for s in opened]
            + [by_kind[m.STAGE_WON][0].id, by_kind[m.STAGE_LOST][0].id],
            rotting=[s.rotting_days or 10 for s in opened],
            probability=[s.probability for s in opened],
            type_ids={role: types[min(i, len(types) - 1)].id for i, role in enumerate(ROLES)},
            points={t.id: t.points for t in types},
            criteria=[
                (str(c.id), c.must_have, c.weight, words.CRITERION_KINDS.get(c.text_nl, ""))
                for c in criteria
            ],
            threshold=int(settings.get("icp_threshold", 60)),
            lost_reasons=list(settings.get("lost_reasons_nl") or [words.LOST_SILENT]),
            next_ids=next_ids(session.connection()),
            name_keys=set(session.execute(select(m.Organisation.name_key)).scalars()),
            team_months=set(session.execute(select(m.Target.month).where(team)).scalars()),
        )


def next_ids(conn: Connection) -> dict[str, int]:
    """The first free id per table: rows get explicit ids so that they can refer to each other."""
    return {
        model.__table__.name: (conn.execute(select(func.max(model.id))).scalar() or 0) + 1
        for model in ID_TABLES
    }
