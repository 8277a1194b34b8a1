"""A new team member joins: added with a ramp of targets, in one step that can be undone.

A new rep rarely reaches a full target in their first month.  The ramp writes their monthly
targets as a share of the team's usual target, month by month from the month they start in
(for example 50 %, 75 %, 100 %); the month they start in is also pro rata by working days from
their start date (``core.pace``), so a rep who starts on 15 December at 50 % has
50 % × 13/23 of a full December.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, exists, or_, select

from kpidesk.core.i18n import tr
from kpidesk.core.kpi import ramp_in
from kpidesk.core.periods import month_start
from kpidesk.data.database import Database
from kpidesk.data.models import (
    KPI_ACTIVITY_POINTS,
    KPI_NEW_REVENUE,
    KPI_PIPELINE_VALUE,
    KPI_QUALIFIED_LEADS,
    ROLE_MANAGER,
    ROLE_REP,
    Activity,
    Customer,
    Deal,
    Lead,
    Target,
    TeamMember,
    scope_key,
)
from kpidesk.services.common import TARGETS, TEAM, Changes
from kpidesk.services.errors import Refused
from kpidesk.services.reference import check_team_dates

DEFAULT_STEPS = (50, 75, 100)
RAMP_KPIS = (KPI_ACTIVITY_POINTS, KPI_QUALIFIED_LEADS, KPI_NEW_REVENUE, KPI_PIPELINE_VALUE)


@dataclass(frozen=True)
class NewMember:
    """Who joins, from when, and the ramp of their targets (no *full* values: no ramp)."""

    name: str
    email: str | None = None
    role: str = ROLE_REP
    start_date: date | None = None
    steps: tuple[int, ...] = DEFAULT_STEPS  # percent of the full target, a month a step
    full: dict[str, int] = field(default_factory=dict)  # KPI → full monthly target (cents)


@dataclass(frozen=True)
class Joined:
    member_id: int
    targets: tuple[tuple[str, date, int], ...]  # (KPI, month, value) the ramp wrote
    changes: Changes


def typical_targets(db: Database, month: date) -> dict[str, int]:
    """Per KPI, the median monthly target of the active reps: the latest month up to *month*
    with rep targets (or the first after it), as the full target a ramp grows to."""
    first = month_start(month)
    query = (
        select(Target.kpi, Target.month, Target.value)
        .join(TeamMember, Target.rep_id == TeamMember.id)
        .where(
            TeamMember.active.is_(True),
            TeamMember.role == ROLE_REP,
            Target.kpi.in_(RAMP_KPIS),
        )
    )
    by_kpi: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    with db.read() as session:
        for kpi, when, value in session.execute(query):
            by_kpi[str(kpi)][when].append(int(value))
    result: dict[str, int] = {}
    for kpi, months in by_kpi.items():
        before = [m for m in months if m <= first]
        chosen = max(before) if before else min(months)
        result[kpi] = int(statistics.median(months[chosen]) + 0.5)
    return result


def _check(new: NewMember) -> str:
    clean = " ".join(new.name.split())
    if not clean:
        raise Refused(tr("A team member needs a name."))
    if new.role not in (ROLE_REP, ROLE_MANAGER):
        raise Refused(tr("A team member is a rep or a manager."))
    if new.full and not 1 <= len(new.steps) <= 12:
        raise Refused(tr("A ramp has 1 to 12 monthly steps, for example 50, 75, 100."))
    if any(not 0 <= step <= 200 for step in new.steps):
        raise Refused(tr("Each step of a ramp is a percentage from 0 to 200."))
    if any(value < 0 for value in new.full.values()):
        raise Refused(tr("A target cannot be negative."))
    check_team_dates(new.start_date, None)
    return clean


def join_team(db: Database, new: NewMember, member_id: int | None = None) -> Joined:
    """Add a team member and write the ramp of their targets, all or nothing.

    *member_id* gives a redo the id the first run had, so the steps after it still name it.
    """
    clean = _check(new)
    start = new.start_date or date.today()
    written: list[tuple[str, date, int]] = []
    with db.write() as session:
        taken = session.scalar(select(TeamMember.id).where(TeamMember.name == clean))
        if taken is not None:
            raise Refused(tr("There is already a team member called {name}.").format(name=clean))
        member = TeamMember(
            id=member_id,
            name=clean,
            email=(new.email or "").strip() or None,
            role=new.role,
            active=True,
            start_date=start,
        )
        session.add(member)
        session.flush()
        for kpi, full in sorted(new.full.items()):
            if kpi not in RAMP_KPIS:
                raise Refused(tr("There is no KPI called {kpi}.").format(kpi=kpi))
            for month, value in ramp_in(full, new.steps, start):
                session.add(
                    Target(
                        rep_id=member.id,
                        scope_key=scope_key(member.id),
                        kpi=kpi,
                        month=month,
                        value=value,
                    )
                )
                written.append((kpi, month, value))
        member_key = member.id
    kinds = (TEAM, TARGETS) if written else (TEAM,)
    return Joined(member_key, tuple(written), Changes.of(*kinds, ids=(member_key,)))


def undo_join(db: Database, joined: Joined) -> Changes:
    """Take a member who just joined out again, with the targets the ramp wrote.

    Refused once they own leads, deals, activities or customers: then set them inactive.
    """
    rep = joined.member_id
    with db.write() as session:
        owns = session.scalar(
            select(
                or_(
                    exists().where(Lead.owner_id == rep),
                    exists().where(Deal.owner_id == rep),
                    exists().where(Activity.rep_id == rep),
                    exists().where(Customer.owner_id == rep),
                )
            )
        )
        if owns:
            raise Refused(
                tr(
                    "This team member already has leads, deals, activities or customers; "
                    "set them inactive in Settings › Team instead."
                )
            )
        session.execute(delete(Target).where(Target.scope_key == scope_key(rep)))
        session.execute(delete(TeamMember).where(TeamMember.id == rep))
    return Changes.of(TEAM, TARGETS, ids=(rep,))
