"""Activity points per rep and team, their goals and the leaderboard, aggregated in SQL.

Goals come from the targets table (kpi ``activity_points``): a monthly goal per rep
(``scope_key`` "rep:<id>") and optionally one for the team ("team").  The team goal is the team
row when there is one, else the sum of the rep goals.  Weekly goals follow the pro-rata rule in
:mod:`kpidesk.core.points`.  Points are the type's *current* points, so changing a type's points
re-weights history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from kpidesk.core.periods import Period, month_start
from kpidesk.core.points import expected_by, goal_for, month_of, progress, week_of
from kpidesk.data.database import Database
from kpidesk.data.models import (
    KPI_ACTIVITY_POINTS,
    ROLE_REP,
    ActivityDayTotal,
    ActivityType,
    Target,
    TeamMember,
)

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
    rank: int  # shared by equal points: 1, 2, 2, 4
    rep_id: int
    name: str
    points: int
    activities: int
    goal: int | None


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
    goals: dict[tuple[str, date], int], scope: str, rep_scopes: list[str]
) -> dict[date, int]:
    """Per month: the scope's goal; for the team, the team row or else the sum of rep rows."""
    months = {month for (_s, month) in goals}
    result: dict[date, int] = {}
    for month in months:
        if scope != "team":
            value = goals.get((scope, month))
        elif ("team", month) in goals:
            value = goals[("team", month)]
        else:
            value = sum(goals.get((s, month), 0) for s in rep_scopes) or None
        if value:
            result[month] = value
    return result


def _progress(
    period: Period, total: PointsTotal, by_month: dict[date, int], today: date
) -> GoalProgress:
    if not by_month:
        return GoalProgress(period, total.points, total.activities, None, None)
    goal = goal_for(period.start, period.end, by_month.get)
    return GoalProgress(
        period,
        total.points,
        total.activities,
        goal,
        expected_by(period.start, period.end, today, goal),
    )


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
    rep_scopes = [f"rep:{rep_id}" for rep_id, _n in reps]
    week_points = points_by_rep(db, week.start, week.end)
    month_points = points_by_rep(db, month.start, month.end)
    empty = PointsTotal(0, 0)
    team = _goal_lookup(goals, "team", rep_scopes)
    rows = []
    for rep_id, name in reps:
        mine = _goal_lookup(goals, f"rep:{rep_id}", rep_scopes)
        rows.append(
            RepGoals(
                rep_id,
                name,
                _progress(week, week_points.get(rep_id, empty), mine, day),
                _progress(month, month_points.get(rep_id, empty), mine, day),
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
    """Every active rep ordered by points (most first, then by name); equal points share a rank."""

    def pick(rep: RepGoals) -> GoalProgress:
        return rep.week if by == "week" else rep.month

    ordered = sorted(board.reps, key=lambda r: (-pick(r).points, r.name.casefold()))
    entries: list[LeaderEntry] = []
    for index, rep in enumerate(ordered):
        current = pick(rep)
        rank = index + 1
        if entries and entries[-1].points == current.points:
            rank = entries[-1].rank
        entries.append(
            LeaderEntry(
                rank, rep.rep_id, rep.name, current.points, current.activities, current.goal
            )
        )
    return entries
