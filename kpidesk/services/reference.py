"""Reference data every view needs: team, stages, activity types, checklist and settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from kpidesk.core.formatting import format_date
from kpidesk.core.i18n import pick, tr
from kpidesk.data.database import Database
from kpidesk.data.models import (
    ROLE_MANAGER,
    ROLE_REP,
    ActivityType,
    IcpCriterion,
    Setting,
    Stage,
    TeamMember,
)
from kpidesk.services.common import CONFIG, TEAM, Changes
from kpidesk.services.errors import Refused


@dataclass(frozen=True)
class TeamMemberInfo:
    id: int
    name: str
    email: str | None
    role: str
    active: bool
    start_date: date | None
    end_date: date | None = None  # the last day in the team, when they left


@dataclass(frozen=True)
class StageInfo:
    id: int
    name_nl: str
    name_en: str
    position: int
    kind: str
    probability: int
    rotting_days: int | None

    @property
    def name(self) -> str:
        return pick(self.name_nl, self.name_en)


@dataclass(frozen=True)
class ActivityTypeInfo:
    id: int
    name_nl: str
    name_en: str
    points: int
    active: bool
    position: int

    @property
    def name(self) -> str:
        return pick(self.name_nl, self.name_en)


@dataclass(frozen=True)
class CriterionInfo:
    id: int
    position: int
    text_nl: str
    text_en: str
    must_have: bool
    weight: int
    active: bool

    @property
    def text(self) -> str:
        return pick(self.text_nl, self.text_en)


def list_team(
    db: Database, *, active_only: bool = False, reps_only: bool = False
) -> list[TeamMemberInfo]:
    """The team, managers last, by name."""
    query = select(TeamMember).order_by(TeamMember.role == ROLE_MANAGER, TeamMember.name)
    if active_only:
        query = query.where(TeamMember.active.is_(True))
    if reps_only:
        query = query.where(TeamMember.role == ROLE_REP)
    with db.read() as session:
        return [
            TeamMemberInfo(m.id, m.name, m.email, m.role, m.active, m.start_date, m.end_date)
            for m in session.scalars(query)
        ]


def add_team_member(
    db: Database,
    name: str,
    *,
    email: str | None = None,
    role: str = ROLE_REP,
    start_date: date | None = None,
) -> tuple[int, Changes]:
    """Add a rep or a manager; the name must be new."""
    clean = " ".join(name.split())
    if not clean:
        raise Refused(tr("A team member needs a name."))
    with db.write() as session:
        exists = session.scalar(select(TeamMember.id).where(TeamMember.name == clean))
        if exists is not None:
            raise Refused(tr("There is already a team member called {name}.").format(name=clean))
        member = TeamMember(
            name=clean, email=email, role=role, active=True, start_date=start_date or date.today()
        )
        session.add(member)
        session.flush()
        return member.id, Changes.of(TEAM, ids=(member.id,))


def find_team_member(db: Database, name: str) -> TeamMemberInfo | None:
    """Look a team member up by name, ignoring case and extra spaces."""
    wanted = " ".join(name.split()).casefold()
    for member in list_team(db):
        if member.name.casefold() == wanted:
            return member
    return None


def list_stages(db: Database) -> list[StageInfo]:
    """All stages in board order: open stages first, then won and lost."""
    with db.read() as session:
        return [
            StageInfo(s.id, s.name_nl, s.name_en, s.position, s.kind, s.probability, s.rotting_days)
            for s in session.scalars(select(Stage).order_by(Stage.position, Stage.id))
        ]


def list_activity_types(db: Database, *, include_inactive: bool = True) -> list[ActivityTypeInfo]:
    query = select(ActivityType).order_by(ActivityType.position, ActivityType.id)
    if not include_inactive:
        query = query.where(ActivityType.active.is_(True))
    with db.read() as session:
        return [
            ActivityTypeInfo(t.id, t.name_nl, t.name_en, t.points, t.active, t.position)
            for t in session.scalars(query)
        ]


def list_criteria(db: Database, *, include_inactive: bool = False) -> list[CriterionInfo]:
    query = select(IcpCriterion).order_by(IcpCriterion.position, IcpCriterion.id)
    if not include_inactive:
        query = query.where(IcpCriterion.active.is_(True))
    with db.read() as session:
        return [
            CriterionInfo(c.id, c.position, c.text_nl, c.text_en, c.must_have, c.weight, c.active)
            for c in session.scalars(query)
        ]


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    """A team-wide setting stored with the data."""
    with db.read() as session:
        row = session.get(Setting, key)
        return default if row is None else row.value


def set_setting(db: Database, key: str, value: Any) -> Changes:
    with db.write() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
    return Changes.of(CONFIG)


def update_team_member(
    db: Database,
    member_id: int,
    *,
    name: str,
    email: str | None,
    role: str,
    active: bool,
    dates: tuple[date | None, date | None] | None = None,
) -> Changes:
    """Change a team member's name, e-mail, role or whether they are still active.

    *dates* (first day, last day in the team) change the days their targets count pro rata
    for; None leaves them as they are.
    """
    clean = " ".join(name.split())
    if dates is not None:
        check_team_dates(*dates)
    if not clean:
        raise Refused(tr("A team member needs a name."))
    if role not in (ROLE_REP, ROLE_MANAGER):
        raise Refused(tr("A team member is a rep or a manager."))
    with db.write() as session:
        member = session.get(TeamMember, member_id)
        if member is None:
            raise Refused(tr("This team member no longer exists."))
        clash = session.scalar(
            select(TeamMember.id).where(TeamMember.name == clean, TeamMember.id != member_id)
        )
        if clash is not None:
            raise Refused(tr("There is already a team member called {name}.").format(name=clean))
        member.name = clean
        member.email = (email or "").strip() or None
        member.role = role
        member.active = active
        if dates is not None:
            member.start_date, member.end_date = dates
    # Targets count pro rata from the dates: the KPI figures change with them.
    return Changes.of(TEAM, ids=(member_id,))


def check_team_dates(start: date | None, end: date | None) -> None:
    """Refuse a last day in the team before the first."""
    if start is not None and end is not None and end < start:
        raise Refused(
            tr("The last day in the team ({end}) comes before the start date ({start}).").format(
                end=format_date(end), start=format_date(start)
            )
        )
