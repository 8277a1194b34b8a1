"""The KPI report: every figure of the dashboard, the coaching view and the meeting workbook.

Entry point: :func:`compute_kpis` (one period, the team or one rep) returns a frozen
:class:`KpiReport`.  It holds

- the five base KPIs grouped by kind (``action``, ``result``, ``pipeline``, ``velocity``,
  ``relationship``) and the ``insight`` ratios;
- ``by_rep``: the same core figures for every rep (:class:`RepFigures`), including each rep's
  stage conversion and days per stage for coaching;
- ``series``: twelve months ending with the period's last month, for charts and sparklines
  (:class:`KpiSeries`), including activity points per rep per week by type.

Money is kept in whole cents (``*_cents``); :meth:`KpiReport.to_json` gives the ``kpis --json``
shape with euros.  Definitions are those of issue 3 and are documented on each field; the
customers view uses :func:`kpidesk.data.kpi_queries.upsells` for the same upsell rule.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from kpidesk.core import kpi
from kpidesk.core import relationship as rel
from kpidesk.core.i18n import pick
from kpidesk.core.pace import Comparison, compare_with_previous
from kpidesk.core.periods import Period, add_months, last_months
from kpidesk.data import kpi_queries as q
from kpidesk.data import tables as t
from kpidesk.data.database import Database
from kpidesk.data.definitions import deals as deal_rules
from kpidesk.data.definitions.customers import at_risk_days
from kpidesk.data.reading import Reader
from kpidesk.data.tables import (
    KPI_ACTIVITY_POINTS,
    KPI_NEW_REVENUE,
    KPI_PIPELINE_VALUE,
    KPI_QUALIFIED_LEADS,
    ROLE_REP,
    STAGE_OPEN,
)
from kpidesk.services.kpis.targets import TargetBook

SERIES_MONTHS = 12
TARGET_KPIS = (KPI_ACTIVITY_POINTS, KPI_QUALIFIED_LEADS, KPI_NEW_REVENUE, KPI_PIPELINE_VALUE)


@dataclass(frozen=True)
class Named:
    """A stage or activity type as the report shows it."""

    id: int
    name_nl: str
    name_en: str

    @property
    def name(self) -> str:
        return pick(self.name_nl, self.name_en)


@dataclass(frozen=True)
class TypeFigure:
    type: Named
    count: int
    points: int


@dataclass(frozen=True)
class ActionFigures:
    """Activities dated in the period; points are each type's current points."""

    activities: int
    activity_points: int
    by_type: tuple[TypeFigure, ...]
    target_points: int | None
    pace_points: int | None = None  # where the points should be today (see core.pace)


@dataclass(frozen=True)
class ResultFigures:
    qualified_leads: int
    target_qualified_leads: int | None
    won_deals: int
    won_value_cents: int
    target_won_value_cents: int | None
    new_customers: int
    upsells: int
    pace_qualified_leads: int | None = None  # where they should be today, pro rata
    pace_won_value_cents: int | None = None


@dataclass(frozen=True)
class StageValue:
    stage: Named
    deals: int
    value_cents: int
    weighted_cents: int


@dataclass(frozen=True)
class PipelineFigures:
    """Deals open at the end of the period; the target is that of the period's last month."""

    open_deals: int
    open_value_cents: int
    weighted_value_cents: int
    target_cents: int | None
    coverage: float | None
    by_stage: tuple[StageValue, ...]
    # A running period with a revenue target: the weighted value of the open deals expected to
    # close by its end (a passed date counts) against the revenue still to go (target − won).
    closing_weighted_cents: int | None = None
    revenue_to_go_cents: int | None = None

    @property
    def revenue_coverage(self) -> float | None:
        if self.closing_weighted_cents is None or not self.revenue_to_go_cents:
            return None
        return self.closing_weighted_cents / self.revenue_to_go_cents


@dataclass(frozen=True)
class StageDays:
    stage: Named
    avg_days: float | None
    exits: int


@dataclass(frozen=True)
class VelocityFigures:
    won_deals: int
    avg_days_to_win: float | None
    median_days_to_win: float | None
    avg_days_in_stage: tuple[StageDays, ...]
    stale_deals: int


@dataclass(frozen=True)
class RelationshipFigures:
    active_customers: int
    retention_rate: float | None  # over the 12 months up to the period's end (or today)
    avg_relationship_days: float | None
    at_risk_customers: int
    at_risk_days: int


@dataclass(frozen=True)
class StageConversion:
    """Of the deals that entered *stage* in the period, the share that moved on or was won."""

    stage: Named
    next_stage: Named | None
    entered: int
    passed: int

    @property
    def rate(self) -> float | None:
        return kpi.ratio(self.passed, self.entered)


@dataclass(frozen=True)
class InsightFigures:
    win_rate: float | None
    won_deals: int
    lost_deals: int
    stage_conversion: tuple[StageConversion, ...]
    won_value_growth: float | None
    previous_won_value_cents: int


@dataclass(frozen=True)
class RepFigures:
    rep_id: int
    name: str
    activities: int
    activity_points: int
    qualified_leads: int
    won_deals: int
    lost_deals: int
    won_value_cents: int
    win_rate: float | None
    avg_days_to_win: float | None
    open_value_cents: int
    stage_conversion: tuple[StageConversion, ...]
    avg_days_in_stage: tuple[StageDays, ...]

    @property
    def closed_deals(self) -> int:
        return self.won_deals + self.lost_deals


@dataclass(frozen=True, slots=True)  # thousands per report: no dict each
class WeekPoints:
    """Activity points of one rep in one week (Monday) of one activity type."""

    week: date
    rep_id: int | None
    type_id: int
    count: int
    points: int


@dataclass(frozen=True)
class KpiSeries:
    """Twelve months ending with the period's last month, oldest first (one entry per month)."""

    months: tuple[date, ...]
    activity_points: tuple[int, ...]
    activity_points_target: tuple[int | None, ...]
    weekly_points: tuple[WeekPoints, ...]
    weekly_points_goal: float | None  # the monthly target of the last month × 12 ÷ 52
    qualified_leads: tuple[int, ...]
    qualified_leads_target: tuple[int | None, ...]
    won_value_cents: tuple[int, ...]
    won_value_target_cents: tuple[int | None, ...]
    open_value_cents: tuple[int, ...]  # at each month's end
    weighted_value_cents: tuple[int, ...]
    pipeline_target_cents: tuple[int | None, ...]
    avg_days_to_win: tuple[float | None, ...]
    active_customers: tuple[int, ...]  # at each month's end
    retention_rate: tuple[float | None, ...]  # over the 12 months up to each month's end


@dataclass(frozen=True)
class Headline:
    """The five tile figures of a period: the previous period's, for the change on each tile."""

    qualified_leads: int
    activity_points: int
    open_value_cents: int
    avg_days_to_win: float | None
    active_customers: int


@dataclass(frozen=True)
class KpiReport:
    period: Period
    rep_id: int | None
    rep_name: str | None
    today: date
    action: ActionFigures
    result: ResultFigures
    pipeline: PipelineFigures
    velocity: VelocityFigures
    relationship: RelationshipFigures
    insight: InsightFigures
    by_rep: tuple[RepFigures, ...]
    activity_types: tuple[Named, ...]
    stages: tuple[Named, ...]  # the open stages, in board order
    series: KpiSeries | None
    # The tile figures of what the period is compared with (``comparison.previous``): for a
    # running period the previous one's same stretch of working days, else all of it.
    previous: Headline | None = None
    comparison: Comparison | None = None


# Computing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StageRow:
    """A pipeline stage as the KPI engine needs it."""

    id: int
    position: int
    kind: str  # STAGE_OPEN, STAGE_WON or STAGE_LOST
    name_nl: str
    name_en: str
    probability: int
    rotting_days: int | None


@dataclass(frozen=True)
class _Config:
    stages: list[StageRow]
    types: list[Named]
    points: dict[int, int]  # activity type id → its current points
    team: dict[int, str]
    reps: set[int]  # active reps: listed in by_rep even without figures
    at_risk_days: int


def _config(session: Reader) -> _Config:
    st, at, tm = t.stages.c, t.activity_types.c, t.team_members.c
    stage = (st.id, st.position, st.kind, st.name_nl, st.name_en, st.probability, st.rotting_days)
    ordered = select(*stage).order_by(st.position, st.id)
    stages = [StageRow(*row) for row in session.execute(ordered)]
    type_rows = session.execute(
        select(at.id, at.name_nl, at.name_en, at.points).order_by(at.position)
    ).all()
    types = [Named(a.id, a.name_nl, a.name_en) for a in type_rows]
    points = {a.id: a.points for a in type_rows}
    members = session.execute(select(tm.id, tm.name, tm.role, tm.active).order_by(tm.name)).all()
    team = {m.id: m.name for m in members}
    reps = {m.id for m in members if m.role == ROLE_REP and m.active}
    return _Config(stages, types, points, team, reps, at_risk_days(session))


def compute_kpis(
    db: Database,
    period: Period,
    rep_id: int | None = None,
    today: date | None = None,
    *,
    series: bool = True,
    previous: bool | None = None,
) -> KpiReport:
    """All KPIs of *period* for the team (``rep_id=None``) or one rep.

    Args:
        today: the day "now" means for sleeping deals (default: the real today).
        series: also compute the twelve-month series for charts (a few more queries).
        previous: also give the previous period's tile figures (default: with the series).
            They come from the series where it covers that period, else from five small
            queries, never from a second full report.
    """
    day = today or date.today()
    with db.read_connection() as session:
        cfg = _config(session)
        return _compute(
            session, cfg, period, rep_id, day, series, series if previous is None else previous
        )


def compute_series(
    db: Database, period: Period, rep_id: int | None = None, today: date | None = None
) -> KpiSeries:
    """The twelve-month series alone (the dashboard draws its charts after the tiles).

    *today* (default: the real today) ends the running month's retention window, as on the
    tiles.
    """
    day = today or date.today()
    with db.read_connection() as session:
        month_ends = [m.end for m in last_months(period.end, SERIES_MONTHS)]
        rows = q.pipeline_rows(session, month_ends)
        book = TargetBook.read(session, TARGET_KPIS, month_ends[0], month_ends[-1])
        return _series(session, _config(session), period, rep_id, day, rows, month_ends, book)[0]


def headline(db: Database, period: Period, rep_id: int | None = None) -> Headline:
    """The five tile figures of *period* alone (what the dashboard compares against)."""
    with db.read_connection() as session:
        return _headline(session, _config(session), period, rep_id)


def _headline(
    session: Reader,
    cfg: _Config,
    period: Period,
    rep_id: int | None,
    shared: _WindowRows | None = None,
    pipe: tuple[list[q.PipelineRow], list[date]] | None = None,
    won_totals: dict[q.Owner, q.WonTotals] | None = None,
) -> Headline:
    """The tile figures of *period*; from *shared* rows and *pipe* scan where they cover it."""

    def keep(owner: q.Owner) -> bool:
        return rep_id is None or owner == rep_id

    start, end = period.start, period.end
    if shared is None or shared.start > start:
        # Totals alone: no weeks, no single won deals.
        points = sum(
            c.points for c in q.activity_totals(session, start, end, cfg.points) if keep(c.owner)
        )
        won, won_days = 0, 0
        if won_totals is None:
            won_totals = q.won_totals(session, start, end)
        for owner, totals in won_totals.items():
            if keep(owner):
                won += totals.timed
                won_days += totals.days
        days_to_win = won_days / won if won else None
    else:
        points = sum(
            points
            for span, _week, owner, _t, _n, points in shared.spans
            if start <= span <= end and keep(owner)
        )
        days_to_win = kpi.mean(
            d for o, d, closed in shared.won if start <= closed <= end and keep(o)
        )
    if pipe is None or end not in pipe[1]:
        pipe = (q.pipeline_rows(session, [end]), [end])
    pipe_rows, pipe_days = pipe
    return Headline(
        sum(n for o, n in q.qualified_leads(session, start, end).items() if keep(o)),
        points,
        sum(
            c.value_cents
            for c in q.pipeline_cells(pipe_rows, pipe_days.index(end), len(pipe_days))
            if keep(c.owner)
        ),
        days_to_win,
        sum(n for o, (n, _days) in q.active_customer_days(session, end).items() if keep(o)),
    )


def _headline_from_series(
    s: KpiSeries, days_lists: list[list[int]], period: Period
) -> Headline | None:
    """The figures of *period* read from the series, when it covers whole months of it."""
    first = next((i for i, m in enumerate(s.months) if m == period.start), None)
    if first is None:
        return None
    last = next(
        (i for i in range(first, len(s.months)) if _month_end(s.months[i]) == period.end), None
    )
    if last is None:
        return None
    span = range(first, last + 1)
    return Headline(
        sum(s.qualified_leads[i] for i in span),
        sum(s.activity_points[i] for i in span),
        s.open_value_cents[last],
        kpi.mean([d for i in span for d in days_lists[i]]),
        s.active_customers[last],
    )


def _month_end(first: date) -> date:
    return add_months(first, 1) - timedelta(days=1)


def _compute(
    session: Reader,
    cfg: _Config,
    period: Period,
    rep_id: int | None,
    day: date,
    series: bool,
    with_previous: bool = False,
) -> KpiReport:
    start, end = period.start, period.end
    open_stages = [s for s in cfg.stages if s.kind == STAGE_OPEN]
    named_stage = {s.id: Named(s.id, s.name_nl, s.name_en) for s in cfg.stages}

    def keep(owner: q.Owner) -> bool:
        return rep_id is None or owner == rep_id

    # The activities and won deals are read once, for every rep, from the start of the series'
    # twelve months or of the previous period (whichever is earlier) to the period's end; the
    # period's figures, the series and the previous period's tiles are sums of the same rows.
    # Activities come grouped by week and by span between the days where the period, the
    # previous period and each month of the series begin, so each of them is a sum of spans.
    window = last_months(end, SERIES_MONTHS)
    # The targets of the period and of the series' months, read once.
    book = TargetBook.read(session, TARGET_KPIS, min(start, window[0].start), end)
    comparison = compare_with_previous(period, day)
    previous_period = comparison.previous
    first = start
    bounds = {start}
    if series:
        first = min(first, window[0].start)
        bounds.update(m.start for m in window)
    if with_previous and previous_period.start >= first:
        bounds.update((previous_period.start, previous_period.end + timedelta(days=1)))
    # A previous period the rows do not cover (without the series, or a year's) gets its tile
    # figures from a few totals instead of reaching the rows back over it.
    spans = q.activity_points_by_span(
        session, sorted(b for b in bounds if first <= b <= end), end, None, cfg.points
    )
    won_rows = q.won_days(session, first, end)
    window_rows = _WindowRows(first, spans, won_rows)
    all_cells = q.activity_cells(spans, start, end)
    all_won_days = [w for w in won_rows if start <= w[2] <= end]
    # Every query groups by owner: the scope's figures and by_rep come from the same rows.
    quals = q.qualified_leads(session, start, end)
    closed = q.closed_deals(session, start, end)
    retention = q.retention(session, start, end)
    # Retention is always over the twelve months up to the period's end (or today, when the
    # period is still running), whatever the period: one figure for one name everywhere.
    # The relationship's levels (active customers, their relationship length, at risk) are
    # likewise read at the period's end or today, never at a day still to come.
    kept_end = min(end, day)
    kept = q.retention(session, rel.retention_start(kept_end), kept_end)
    ups = q.upsells(session, start, end)
    # One pipeline scan serves the period's end and, with the series, every month's end.
    month_ends = [m.end for m in window] if series else []
    prev_end = [previous_period.end] if with_previous else []
    pipe_days = sorted({end, *month_ends, *prev_end})
    pipe_rows = q.pipeline_rows(session, pipe_days)
    all_pipe = q.pipeline_cells(pipe_rows, pipe_days.index(end), len(pipe_days))
    exits = q.stage_exits(session, start, end, [s.id for s in open_stages])
    rotting = {s.id: s.rotting_days for s in open_stages if s.rotting_days is not None}
    stale = q.stale_deals(session, day, rotting)
    active = q.active_customer_days(session, kept_end)
    risk = q.at_risk(session, kept_end, cfg.at_risk_days)
    conv = q.stage_conversion(session, start, end, [(s.id, s.position, s.kind) for s in cfg.stages])
    # The previous period's won value (for the growth) and, for its tiles, its days to win.
    prev_won = q.won_totals(session, previous_period.start, previous_period.end)

    # Action
    cells = [c for c in all_cells if keep(c.owner)]
    per_type: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for c in cells:
        per_type[c.type_id][0] += c.count
        per_type[c.type_id][1] += c.points
    action = ActionFigures(
        sum(c.count for c in cells),
        sum(c.points for c in cells),
        tuple(
            TypeFigure(t, per_type[t.id][0], per_type[t.id][1])
            for t in cfg.types
            if t.id in per_type
        ),
        book.period_target(KPI_ACTIVITY_POINTS, period, rep_id),
        book.pace_target(KPI_ACTIVITY_POINTS, period, day, rep_id),
    )

    # Result
    won = sum(c.won for o, c in closed.items() if keep(o))
    lost = sum(c.lost for o, c in closed.items() if keep(o))
    won_cents = sum(c.won_cents for o, c in closed.items() if keep(o))
    result = ResultFigures(
        sum(n for o, n in quals.items() if keep(o)),
        book.period_target(KPI_QUALIFIED_LEADS, period, rep_id),
        won,
        won_cents,
        book.period_target(KPI_NEW_REVENUE, period, rep_id),
        sum(c.new for o, c in retention.items() if keep(o)),
        sum(n for o, n in ups.items() if keep(o)),
        book.pace_target(KPI_QUALIFIED_LEADS, period, day, rep_id),
        book.pace_target(KPI_NEW_REVENUE, period, day, rep_id),
    )

    # Pipeline
    pipe = [c for c in all_pipe if keep(c.owner)]
    stage_totals: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for pc in pipe:
        cell = stage_totals[pc.stage_id]
        cell[0] += pc.deals
        cell[1] += pc.value_cents
        cell[2] += pc.weighted_cents
    open_value = sum(c.value_cents for c in pipe)
    pipe_target = book.by_month(KPI_PIPELINE_VALUE, [end], rep_id)[0]
    closing = to_go = None
    if period.start <= day <= period.end and result.target_won_value_cents is not None:
        to_go = max(0, result.target_won_value_cents - won_cents)
        closing = _closing_weighted(session, period.end, rep_id)
    pipeline = PipelineFigures(
        sum(c.deals for c in pipe),
        open_value,
        sum(c.weighted_cents for c in pipe),
        pipe_target,
        kpi.progress(open_value, pipe_target),
        tuple(
            StageValue(named_stage[s.id], *stage_totals.get(s.id, [0, 0, 0])) for s in open_stages
        ),
        closing,
        to_go,
    )

    # Velocity
    days_won = [d for o, d, _c in all_won_days if keep(o)]
    velocity = VelocityFigures(
        won,
        kpi.mean(days_won),
        kpi.median(days_won),
        _stage_days(exits, open_stages, named_stage, keep),
        sum(n for o, n in stale.items() if keep(o)),
    )

    # Relationship
    active_customers = sum(n for o, (n, _d) in active.items() if keep(o))
    base = sum(c.base for o, c in kept.items() if keep(o))
    retained = sum(c.retained for o, c in kept.items() if keep(o))
    relationship = RelationshipFigures(
        active_customers,
        kpi.ratio(retained, base),
        # The mean relationship length: whole days summed exactly, divided once.
        kpi.ratio(sum(d for o, (_n, d) in active.items() if keep(o)), active_customers),
        sum(n for o, n in risk.items() if keep(o)),
        cfg.at_risk_days,
    )

    # Insight
    prev_cents = sum(c.won_cents for o, c in prev_won.items() if keep(o))
    insight = InsightFigures(
        kpi.ratio(won, won + lost),
        won,
        lost,
        _conversion(conv, open_stages, named_stage, keep),
        kpi.growth(won_cents, prev_cents),
        prev_cents,
    )

    # Per rep: active reps, plus anyone else who owns figures in the period.
    owners = set(cfg.reps)
    owners.update(c.owner for c in all_cells if c.owner is not None)
    owners.update(o for o in closed if o is not None)
    owners.update(o for o in quals if o is not None)
    if rep_id is not None:
        owners = {rep_id}
    rep_cells: dict[q.Owner, list[int]] = defaultdict(lambda: [0, 0])
    for c in all_cells:
        rep_cells[c.owner][0] += c.count
        rep_cells[c.owner][1] += c.points
    rep_won_days: dict[q.Owner, list[int]] = defaultdict(list)
    for o, d, _c in all_won_days:
        rep_won_days[o].append(d)
    rep_open: dict[q.Owner, int] = defaultdict(int)
    for pc in all_pipe:
        rep_open[pc.owner] += pc.value_cents
    by_rep = []
    for owner in sorted(owners, key=lambda o: cfg.team.get(o, "").casefold()):

        def mine(o: q.Owner, wanted: int = owner) -> bool:
            return o == wanted

        rep_closed = closed.get(owner, q.ClosedCell(owner, 0, 0, 0))
        rep_days = rep_won_days.get(owner, [])
        count, points = rep_cells.get(owner, (0, 0))
        by_rep.append(
            RepFigures(
                owner,
                cfg.team.get(owner, "?"),
                count,
                points,
                quals.get(owner, 0),
                rep_closed.won,
                rep_closed.lost,
                rep_closed.won_cents,
                kpi.ratio(rep_closed.won, rep_closed.won + rep_closed.lost),
                kpi.mean(rep_days),
                rep_open.get(owner, 0),
                _conversion(conv, open_stages, named_stage, mine),
                _stage_days(exits, open_stages, named_stage, mine),
            )
        )
    # The relationship as read on the tiles: the series' running month reads it on the same day.
    read_today = (kept_end, (active_customers, base, retained)) if kept_end == day else None
    the_series, days_lists = (
        _series(
            session, cfg, period, rep_id, day, pipe_rows, pipe_days, book, window_rows, read_today
        )
        if series
        else (None, [])
    )
    prev_headline = None
    if with_previous:
        if the_series is not None:
            prev_headline = _headline_from_series(the_series, days_lists, previous_period)
        if prev_headline is None:
            prev_headline = _headline(
                session,
                cfg,
                previous_period,
                rep_id,
                window_rows,
                (pipe_rows, pipe_days),
                prev_won,
            )
    return KpiReport(
        period,
        rep_id,
        cfg.team.get(rep_id) if rep_id is not None else None,
        day,
        action,
        result,
        pipeline,
        velocity,
        relationship,
        insight,
        tuple(by_rep),
        tuple(cfg.types),
        tuple(named_stage[s.id] for s in open_stages),
        the_series,
        prev_headline,
        comparison,
    )


@dataclass(frozen=True)
class _WindowRows:
    """Activity and won-deal rows from *start* to the period's end for every rep, read once.

    The activity spans begin at least where the period, the previous period and each month of
    the series begin.
    """

    start: date
    spans: list[q.ActivitySpanRow]
    won: list[tuple[q.Owner, int, date]]


Stages = list[StageRow]


def _stage_days(
    exits: list[q.ExitCell],
    open_stages: Stages,
    named: dict[int, Named],
    keep: Callable[[q.Owner], bool],
) -> tuple[StageDays, ...]:
    spent: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for cell in exits:
        if keep(cell.owner):
            spent[cell.stage_id][0] += cell.exits
            spent[cell.stage_id][1] += cell.days
    result = []
    for s in open_stages:
        n, days = spent.get(s.id, (0, 0))
        # Whole days summed exactly, divided once: the same float as the mean of the exits.
        result.append(StageDays(named[s.id], days / n if n else None, n))
    return tuple(result)


def _closing_weighted(session: Reader, end: date, rep_id: int | None) -> int:
    """Value × win probability of the deals open now and expected to close by *end*."""
    weighted = (
        t.deals.c.value_cents * func.coalesce(t.deals.c.probability, t.stages.c.probability) / 100
    )
    query = deal_rules.with_stage(select(func.sum(weighted)).select_from(t.deals)).where(
        deal_rules.open_now(), t.deals.c.expected_close <= end
    )
    if rep_id is not None:
        query = query.where(t.deals.c.owner_id == rep_id)
    return int(session.scalar(query) or 0)


def _conversion(
    cells: list[q.ConversionCell],
    open_stages: Stages,
    named: dict[int, Named],
    keep: Callable[[q.Owner], bool],
) -> tuple[StageConversion, ...]:
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for c in cells:
        if keep(c.owner):
            totals[c.stage_id][0] += c.entered
            totals[c.stage_id][1] += c.passed
    result = []
    for i, s in enumerate(open_stages):
        following = named[open_stages[i + 1].id] if i + 1 < len(open_stages) else None
        entered, passed = totals.get(s.id, [0, 0])
        result.append(StageConversion(named[s.id], following, entered, passed))
    return tuple(result)


def _series(
    session: Reader,
    cfg: _Config,
    period: Period,
    rep_id: int | None,
    day: date,
    pipe_rows: list[q.PipelineRow],
    pipe_days: list[date],
    book: TargetBook,
    window_rows: _WindowRows | None = None,
    read_today: tuple[date, tuple[int, int, int]] | None = None,
) -> tuple[KpiSeries, list[list[int]]]:
    """The twelve-month series, and the days-to-win of each month (for the previous period)."""
    months = last_months(period.end, SERIES_MONTHS)
    ranges = [(m.start, m.end) for m in months]
    month_starts = [m.start for m in months]
    month_ends = [m.end for m in months]

    if window_rows is None:
        spans = q.activity_points_by_span(session, month_starts, ranges[-1][1], rep_id, cfg.points)
    elif rep_id is None and window_rows.start == ranges[0][0]:
        spans = window_rows.spans
    else:
        # The rows may reach back to the previous period: keep the window's (and the rep's).
        first = ranges[0][0]
        spans = [
            r for r in window_rows.spans if r[0] >= first and (rep_id is None or r[2] == rep_id)
        ]
    # Counts and points in two dicts of ints, not a list per cell: thousands of small lists
    # outlive a few collections and so bring on a full (slow) garbage collection sooner.
    # Keyed by (week, rep or 0, type): plain tuples sort in C, without a key function.
    weekly_count: dict[tuple[date, int, int], int] = defaultdict(int)
    weekly_points: dict[tuple[date, int, int], int] = defaultdict(int)
    monthly_points = [0] * len(months)
    index_of = {(m.start.year, m.start.month): i for i, m in enumerate(months)}
    for span, week, owner, type_id, count, points in spans:
        # A span lies within one month (every month start is a boundary).
        key = (week, owner or 0, type_id)
        weekly_count[key] += count
        weekly_points[key] += points
        monthly_points[index_of[(span.year, span.month)]] += points
    points_target = book.by_month(KPI_ACTIVITY_POINTS, month_starts, rep_id)
    last_target = points_target[-1]
    weekly_goal = last_target * 12 / 52 if last_target is not None else None

    if window_rows is None:
        days_lists = q.days_to_win_by_month(session, ranges, rep_id)
    else:
        days_lists = q.won_days_by_month(window_rows.won, ranges, rep_id)
    totals = q.pipeline_totals(pipe_rows, len(pipe_days), rep_id)
    pipe = [totals[pipe_days.index(d)] for d in month_ends]
    # Each month's customers and retention (over the twelve months up to its end), as on the
    # tiles: for the running month (and any later one) they are read today, not at its end.
    customers = q.customers_by_month(
        session, [(rel.retention_start(e), e) for e in month_ends], rep_id
    )
    running = [i for i, e in enumerate(month_ends) if e > day]
    if running:
        if read_today is not None and read_today[0] == day:
            kept = read_today[1]  # (active, base, retained) of the same scope, read today
        else:
            kept = q.customers_by_month(session, [(rel.retention_start(day), day)], rep_id)[0]
        for i in running:
            customers[i] = kept
    series = KpiSeries(
        months=tuple(month_starts),
        activity_points=tuple(monthly_points),
        activity_points_target=tuple(points_target),
        weekly_points=tuple(
            WeekPoints(key[0], key[1] or None, key[2], weekly_count[key], points)
            for key, points in sorted(weekly_points.items())
        ),
        weekly_points_goal=weekly_goal,
        qualified_leads=tuple(q.qualified_leads_by_month(session, ranges, rep_id)),
        qualified_leads_target=tuple(book.by_month(KPI_QUALIFIED_LEADS, month_starts, rep_id)),
        won_value_cents=tuple(q.won_value_by_month(session, ranges, rep_id)),
        won_value_target_cents=tuple(book.by_month(KPI_NEW_REVENUE, month_starts, rep_id)),
        open_value_cents=tuple(p[1] for p in pipe),
        weighted_value_cents=tuple(p[2] for p in pipe),
        pipeline_target_cents=tuple(book.by_month(KPI_PIPELINE_VALUE, month_starts, rep_id)),
        avg_days_to_win=tuple(kpi.mean(d) for d in days_lists),
        active_customers=tuple(c[0] for c in customers),
        retention_rate=tuple(kpi.ratio(c[2], c[1]) for c in customers),
    )
    return series, days_lists
