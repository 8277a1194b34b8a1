"""Activity points per rep and team, their goals and the leaderboard, aggregated in SQL.

Goals come from the targets table (kpi ``activity_points``): a monthly goal per rep
(``scope_key`` "rep:<id>") and optionally one for the team ("team").  The team goal is the team
row when there is one, else the sum of the rep goals.  Weekly goals follow the pro-rata rule in
:mod:`kpidesk.core.points`; a rep's goals count only the working days they are in the team
(``start_date`` … ``end_date``, :mod:`kpidesk.core.pace`).  Points are the type's *current*
points, so changing a type's points re-weights history.  The leaderboard ranks by the share of
each rep's own goal, points beside it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from sqlalchemy import func, select

from kpidesk.core.pace import span_goal
from kpidesk.core.periods import Period, month_start
from kpidesk.core.points import month_of, progress, week_of
from kpidesk.data.database import Database
from kpidesk.data.models import (
    KPI_ACTIVITY_POINTS,
    ROLE_REP,
    ActivityDayTotal,
    ActivityType,
    Target,
    TeamMember,
)
from kpidesk.services.kpis.targets import Presence, presence, prorated

Totals = ActivityDayTotal


@dataclass(frozen=True)
class PointsTotal:
    activities: int
    points: int


@dataclass(frozen=True)
class GoalProgress:
    """Points in a period against its goal; ``goal`` is None when no target is set."""

    period: Period
    points: int
    activities: int
    goal: int | None
    expected: int | None  # what a steady pace would have by today

    @property
    def ratio(self) -> float | None:
        return progress(self.points, self.goal)

    @property
    def reached(self) -> bool:
        return self.goal is not None and self.goal > 0 and self.points >= self.goal

    @property
    def on_pace(self) -> bool:
        return self.expected is None or self.points >= self.expected


@dataclass(frozen=True)
class RepGoals:
    rep_id: int
    name: str
    week: GoalProgress
    month: GoalProgress


@dataclass(frozen=True)
class GoalBoard:
    """Everything the goals panel shows: the team on top, then every active rep."""

    today: date
    team_week: GoalProgress
    team_month: GoalProgress
    reps: list[RepGoals]


@dataclass(frozen=True)
class LeaderEntry:
    rank: int  # shared by an equal share of the goal: 1, 2, 2, 4
    rep_id: int
    name: str
    points: int
    activities: int
    goal: int | None

    @property
    def ratio(self) -> float | None:
        """Points as a share of the rep's own goal (None without a goal)."""
        return progress(self.points, self.goal)


def points_by_rep(db: Database, start: date, end: date) -> dict[int | None, PointsTotal]:
    """Activities and points per rep (None: no rep) from *start* to *end*, both inclusive."""
    # From the roll-up of activities per day, rep and type (rep_key 0: no rep).
    query = (
        select(
            Totals.rep_key,
            func.sum(Totals.activities),
            func.coalesce(func.sum(Totals.activities * ActivityType.points), 0),
        )
        .join(ActivityType, Totals.type_id == ActivityType.id)
        .where(Totals.day.between(start, end))
        .group_by(Totals.rep_key)
    )
    with db.read() as session:
        return {
            (rep or None): PointsTotal(int(count), int(points))
            for rep, count, points in session.execute(query)
            if count
        }


def team_points(db: Database, start: date, end: date) -> PointsTotal:
    """All activities and points of the team from *start* to *end*."""
    query = (
        select(
            func.coalesce(func.sum(Totals.activities), 0),
            func.coalesce(func.sum(Totals.activities * ActivityType.points), 0),
        )
        .select_from(Totals)
        .join(ActivityType, Totals.type_id == ActivityType.id)
        .where(Totals.day.between(start, end))
    )
    with db.read() as session:
        count, points = session.execute(query).one()
    return PointsTotal(int(count), int(points))


def monthly_goals(db: Database, first: date, last: date) -> dict[tuple[str, date], int]:
    """Monthly points targets by (scope_key, month start) for the months first…last."""
    query = select(Target.scope_key, Target.month, Target.value).where(
        Target.kpi == KPI_ACTIVITY_POINTS,
        Target.month.between(month_start(first), month_start(last)),
    )
    with db.read() as session:
        return {(scope, month): int(value) for scope, month, value in session.execute(query)}


def _goal_lookup(
    goals: dict[tuple[str, date], int], scope: str, spans: dict[int, Presence]
) -> dict[date, int]:
    """Per month: a rep's stored goal; for the team, the team row or else the sum of the reps'
    goals, each pro rata for the working days that rep is in the team."""
    months = {month for (_s, month) in goals}
    result: dict[date, int] = {}
    for month in months:
        if scope != "team":
            value = goals.get((scope, month))
        elif ("team", month) in goals:
            value = goals[("team", month)]
        else:
            value = (
                sum(
                    prorated(v, m, spans.get(int(s[4:])))
                    for (s, m), v in goals.items()
                    if m == month and s.startswith("rep:") and s[4:].isdigit()
                )
                or None
            )
        if value:
            result[month] = value
    return result


def _progress(
    period: Period,
    total: PointsTotal,
    by_month: dict[date, int],
    today: date,
    present: Presence = (None, None),
) -> GoalProgress:
    """The goal of *period* and where a steady pace is by *today*, both by the goal rule over
    the working days the member is in the team."""
    if not by_month:
        return GoalProgress(period, total.points, total.activities, None, None)
    goal = span_goal(period.start, period.end, by_month.get, *present)
    expected = (
        0
        if today < period.start
        else span_goal(period.start, min(today, period.end), by_month.get, *present)
    )
    return GoalProgress(period, total.points, total.activities, goal, expected)


def _active_reps(db: Database) -> list[tuple[int, str]]:
    query = (
        select(TeamMember.id, TeamMember.name)
        .where(TeamMember.active.is_(True), TeamMember.role == ROLE_REP)
        .order_by(TeamMember.name)
    )
    with db.read() as session:
        return [(int(i), str(n)) for i, n in session.execute(query)]


def goal_board(db: Database, today: date | None = None) -> GoalBoard:
    """Points against goals for this week and this month, for the team and each active rep."""
    day = today or date.today()
    week, month = week_of(day), month_of(day)
    reps = _active_reps(db)
    goals = monthly_goals(db, min(week.start, month.start), max(week.end, month.end))
    with db.read() as session:
        spans = presence(session)
    week_points = points_by_rep(db, week.start, week.end)
    month_points = points_by_rep(db, month.start, month.end)
    empty = PointsTotal(0, 0)
    team = _goal_lookup(goals, "team", spans)
    rows = []
    for rep_id, name in reps:
        mine = _goal_lookup(goals, f"rep:{rep_id}", spans)
        present = spans.get(rep_id, (None, None))
        rows.append(
            RepGoals(
                rep_id,
                name,
                _progress(week, week_points.get(rep_id, empty), mine, day, present),
                _progress(month, month_points.get(rep_id, empty), mine, day, present),
            )
        )
    week_total = PointsTotal(
        sum(t.activities for t in week_points.values()), sum(t.points for t in week_points.values())
    )
    month_total = PointsTotal(
        sum(t.activities for t in month_points.values()),
        sum(t.points for t in month_points.values()),
    )
    return GoalBoard(
        day, _progress(week, week_total, team, day), _progress(month, month_total, team, day), rows
    )


def leaderboard(board: GoalBoard, *, by: str = "week") -> list[LeaderEntry]:
    """Every active rep ordered by the share of their own goal (most first), points beside it.

    A rep who joined mid-month is measured against their pro-rata goal, so a new rep is not
    last for having been there half the month.  Reps without a goal follow, by points; then by
    name.  An equal share (exactly, as fractions) shares a rank: 1, 2, 2, 4.
    """

    def pick(rep: RepGoals) -> GoalProgress:
        return rep.week if by == "week" else rep.month

    def share(p: GoalProgress) -> Fraction | None:
        return Fraction(p.points, p.goal) if p.goal else None

    def key(rep: RepGoals) -> tuple[int, Fraction, int, str]:
        current = pick(rep)
        ratio = share(current)
        return (
            0 if ratio is not None else 1,
            -(ratio or Fraction(0)),
            -current.points if ratio is None else 0,
            rep.name.casefold(),
        )

    ordered = sorted(board.reps, key=key)
    entries: list[LeaderEntry] = []
    last: tuple[int, Fraction, int] | None = None
    for index, rep in enumerate(ordered):
        current = pick(rep)
        standing = key(rep)[:3]
        rank = entries[-1].rank if entries and standing == last else index + 1
        last = standing
        entries.append(
            LeaderEntry(
                rank, rep.rep_id, rep.name, current.points, current.activities, current.goal
            )
        )
    return entries
