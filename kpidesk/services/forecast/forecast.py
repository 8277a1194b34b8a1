"""The forecast by close month: what the open deals will bring, in two estimates and a range.

For the coming months (this one first), per rep or for the team: the open deals expected to
close in each month, their value, and

1. the **weighted** value: value × the stage's (or the deal's own) win probability, as every
   CRM shows it;
2. the **expected** value from the team's own history: value × the chance that a deal at this
   stage and this age in the stage is won (:mod:`kpidesk.core.forecast`), plus what the month has
   already won; with the P10–P90 range of a simulation.

A deal without an expected close date gets one: the day it entered its stage plus the team's
middle number of days from that stage to a win (at the earliest today); a deal whose expected
close date has passed counts in this month.  Both are marked.  The chances always come from the
whole team's history, also in a rep's forecast: a rep alone has too few closed deals.

The first time a month's forecast is computed, a snapshot of it is kept
(:class:`~kpidesk.data.models.ForecastSnapshot`), so that after the month it can be set beside
what was really won.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kpidesk.core.forecast import (
    AGE_BANDS,
    Chance,
    ChanceTable,
    median_days,
    simulate,
)
from kpidesk.core.formatting import format_money, format_month
from kpidesk.core.i18n import pick, tr
from kpidesk.core.periods import Period, add_months, month_start
from kpidesk.data.database import Database
from kpidesk.data.definitions import deals as deal_rules
from kpidesk.data.models import (
    KPI_NEW_REVENUE,
    STAGE_LOST,
    STAGE_OPEN,
    STAGE_WON,
    Deal,
    DealStageHistory,
    ForecastSnapshot,
    Stage,
    TeamMember,
)
from kpidesk.services.kpis.targets import target_by_month

log = logging.getLogger(__name__)
HISTORY_DAYS = 730  # closed deals of the last two years teach the chances
DEFAULT_MONTHS, MAX_MONTHS = 3, 12


@dataclass(frozen=True)
class ForecastDeal:
    id: int
    title: str
    owner: str | None
    owner_id: int | None
    stage: str
    value_cents: int
    probability: int  # the stage's or the deal's own, percent
    chance: float  # from history (or the probability where history is thin)
    from_history: bool
    close_day: date
    estimated_close: bool  # no expected close date: estimated from history
    close_passed: bool  # the expected close date lies before this month: counted now


@dataclass(frozen=True)
class ForecastMonth:
    month: Period
    deals: int
    open_cents: int
    weighted_cents: int
    won_cents: int  # already won in the month (this month only)
    expected_cents: int  # won so far + the history-based expectation of the open deals
    low_cents: int  # P10, with what is won so far
    high_cents: int  # P90
    target_cents: int | None
    thin_history: int  # deals whose chance is their stage probability (too little history)
    estimated: int  # deals whose close date was estimated

    def sentence(self) -> str:
        """ "December: expected € 182,000 (between € 120,000 and € 240,000) against a target
        of € 200,000"."""
        text = tr("{month}: expected {expected} (between {low} and {high})").format(
            month=format_month(self.month.start),
            expected=format_money(self.expected_cents),
            low=format_money(self.low_cents),
            high=format_money(self.high_cents),
        )
        if self.target_cents is not None:
            text += " " + tr("against a target of {target}").format(
                target=format_money(self.target_cents)
            )
        return text


@dataclass(frozen=True)
class PastMonth:
    """A month that is over: its forecast as made (the first snapshot) beside the actual."""

    month: Period
    made_on: date
    expected_cents: int
    low_cents: int
    high_cents: int
    weighted_cents: int
    actual_cents: int

    @property
    def within_range(self) -> bool:
        return self.low_cents <= self.actual_cents <= self.high_cents


@dataclass(frozen=True)
class Forecast:
    today: date
    rep_id: int | None
    months: tuple[ForecastMonth, ...]
    deals: tuple[ForecastDeal, ...]
    past: tuple[PastMonth, ...]
    history_deals: int  # closed deals the chances were learned from

    def total(self) -> tuple[int, int]:
        """Expected and weighted value over all forecast months."""
        return (
            sum(m.expected_cents for m in self.months),
            sum(m.weighted_cents for m in self.months),
        )


# -- learning from history ---------------------------------------------------------------


def chance_table(session: Session, today: date) -> tuple[ChanceTable, int]:
    """Won share per open stage and age band over the closed deals of the last two years."""
    since = today - timedelta(days=HISTORY_DAYS)
    deal_stage = Stage.__table__.alias("deal_stage")
    from_stage = Stage.__table__.alias("from_stage")
    won = deal_stage.c.kind == STAGE_WON
    columns: list[Any] = [DealStageHistory.from_stage_id]
    for low in AGE_BANDS:
        longer = DealStageHistory.stay_days >= low
        columns.append(func.sum(case((longer, 1), else_=0)))
        columns.append(func.sum(case((longer & won, 1), else_=0)))
    query = (
        select(*columns)
        .join(Deal, Deal.id == DealStageHistory.deal_id)
        .join(deal_stage, deal_stage.c.id == Deal.stage_id)
        .join(from_stage, from_stage.c.id == DealStageHistory.from_stage_id)
        .where(
            from_stage.c.kind == STAGE_OPEN,
            deal_stage.c.kind.in_((STAGE_WON, STAGE_LOST)),
            Deal.deleted_at.is_(None),
            Deal.closed_date >= since,
            DealStageHistory.stay_days.is_not(None),
        )
        .group_by(DealStageHistory.from_stage_id)
    )
    counts: dict[tuple[int, int], Chance] = {}
    for row in session.execute(query):
        for band in range(len(AGE_BANDS)):
            n, w = int(row[1 + 2 * band] or 0), int(row[2 + 2 * band] or 0)
            if n:
                counts[int(row[0]), band] = Chance(w, n)
    closed = session.scalar(
        deal_rules.with_stage(select(func.count()).select_from(Deal)).where(
            deal_rules.closed_in(since, today)
        )
    )
    return ChanceTable(counts), int(closed or 0)


def days_to_win(session: Session, today: date) -> dict[int, int]:
    """Per open stage, the middle number of days from entering it to the win."""
    since = today - timedelta(days=HISTORY_DAYS)
    query = (
        deal_rules.with_stage(
            select(
                DealStageHistory.to_stage_id, func.min(DealStageHistory.moved_at), Deal.closed_date
            )
            .select_from(DealStageHistory)
            .join(Deal, Deal.id == DealStageHistory.deal_id)
        )
        .where(deal_rules.won_in(since, today))
        .group_by(Deal.id, DealStageHistory.to_stage_id, Deal.closed_date)
    )
    spans: dict[int, list[int]] = defaultdict(list)
    for stage_id, entered, closed in session.execute(query):
        if closed is not None and entered is not None:
            spans[int(stage_id)].append(max(0, (closed - entered.date()).days))
    return {
        stage: days for stage, values in spans.items() if (days := median_days(values)) is not None
    }


# -- the forecast ----------------------------------------------------------------------------


def _open_deals(
    session: Session, table: ChanceTable, rep_id: int | None, today: date, horizon_end: date
) -> list[ForecastDeal]:
    to_win = days_to_win(session, today)
    this_month = month_start(today)
    query = (
        deal_rules.with_stage(
            select(
                Deal.id,
                Deal.title,
                TeamMember.name,
                Deal.owner_id,
                Stage.id,
                Stage.name_nl,
                Stage.name_en,
                Deal.value_cents,
                func.coalesce(Deal.probability, Stage.probability),
                Deal.stage_entered_at,
                Deal.first_contact,
                Deal.expected_close,
            ).select_from(Deal)
        )
        .outerjoin(TeamMember, Deal.owner_id == TeamMember.id)
        .where(deal_rules.open_now())
    )
    if rep_id is not None:
        query = query.where(Deal.owner_id == rep_id)
    result = []
    for r in session.execute(query):
        entered = r[9] or r[10] or today
        age = max(0, (today - entered).days)
        probability = int(r[8] or 0)
        chance, known = table.probability(int(r[4]), age, probability / 100)
        expected = r[11]
        estimated = expected is None
        if estimated:
            expected = max(today, entered + timedelta(days=to_win.get(int(r[4]), 30)))
        passed = expected < this_month
        day = today if passed else expected
        if day > horizon_end:
            continue
        result.append(
            ForecastDeal(
                int(r[0]), r[1], r[2], r[3], pick(r[5], r[6]), int(r[7] or 0), probability,
                chance, known, day, estimated, passed,
            )
        )  # fmt: skip
    return result


def _won_in(session: Session, period: Period, rep_id: int | None) -> int:
    query = deal_rules.won_deals(period.start, period.end, rep_id, func.sum(Deal.value_cents))
    return int(session.scalar(query) or 0)


def compute_forecast(
    db: Database,
    months: int = DEFAULT_MONTHS,
    rep_id: int | None = None,
    *,
    today: date | None = None,
    snapshot: bool = True,
) -> Forecast:
    """The forecast of this month and the *months* − 1 after it; keeps a first snapshot of
    each month (``snapshot=False`` only reads)."""
    day = today or date.today()
    count = max(1, min(MAX_MONTHS, months))
    periods = [
        Period.month(d.year, d.month)
        for d in (add_months(month_start(day), i) for i in range(count))
    ]
    with db.read() as session:
        table, history = chance_table(session, day)
        deals = _open_deals(session, table, rep_id, day, periods[-1].end)
        targets = target_by_month(session, KPI_NEW_REVENUE, [p.start for p in periods], rep_id)
        won_now = _won_in(session, Period(periods[0].start, day), rep_id)
        past = _past_months(session, rep_id, day)
    groups = [[d for d in deals if p.start <= d.close_day <= p.end] for p in periods]
    ranges = simulate([[(d.value_cents, d.chance) for d in g] for g in groups])
    result = []
    for i, (period, group, spread) in enumerate(zip(periods, groups, ranges, strict=True)):
        won = won_now if i == 0 else 0
        expected = won + round(sum(d.value_cents * d.chance for d in group))
        result.append(
            ForecastMonth(
                period,
                len(group),
                sum(d.value_cents for d in group),
                sum(d.value_cents * d.probability // 100 for d in group),
                won,
                expected,
                won + spread.low,
                won + spread.high,
                targets[i],
                sum(1 for d in group if not d.from_history),
                sum(1 for d in group if d.estimated_close),
            )
        )
    forecast = Forecast(day, rep_id, tuple(result), tuple(deals), past, history)
    if snapshot:
        try:
            _keep_first_snapshots(db, forecast)
        except SQLAlchemyError:  # a read-only copy, a busy team database: the forecast stands
            log.warning("could not keep the forecast's first snapshot", exc_info=True)
    return forecast


# -- snapshots -------------------------------------------------------------------------------


def _rep_key(rep_id: int | None) -> int:
    return rep_id or 0


def _snapshot_row(month: ForecastMonth, rep_id: int | None, day: date, automatic: bool) -> Any:
    return ForecastSnapshot(
        month=month.month.start,
        rep_key=_rep_key(rep_id),
        made_on=day,
        automatic=automatic,
        open_cents=month.open_cents,
        weighted_cents=month.weighted_cents,
        expected_cents=month.expected_cents,
        low_cents=month.low_cents,
        high_cents=month.high_cents,
        won_cents=month.won_cents,
        target_cents=month.target_cents,
    )


def _keep_first_snapshots(db: Database, forecast: Forecast) -> None:
    key = _rep_key(forecast.rep_id)
    starts = [m.month.start for m in forecast.months]
    with db.read() as session:
        have = set(
            session.scalars(
                select(ForecastSnapshot.month).where(
                    ForecastSnapshot.rep_key == key, ForecastSnapshot.month.in_(starts)
                )
            )
        )
    missing = [m for m in forecast.months if m.month.start not in have]
    if missing:
        with db.write() as session:
            for month in missing:
                session.add(_snapshot_row(month, forecast.rep_id, forecast.today, True))


def take_snapshot(db: Database, rep_id: int | None = None, *, today: date | None = None) -> int:
    """Keep the forecast of the coming months as it is now (on request); returns how many."""
    forecast = compute_forecast(db, rep_id=rep_id, today=today, snapshot=False)
    with db.write() as session:
        for month in forecast.months:
            session.add(_snapshot_row(month, rep_id, forecast.today, False))
    return len(forecast.months)


def _past_months(
    session: Session, rep_id: int | None, today: date, count: int = 6
) -> tuple[PastMonth, ...]:
    """The last *count* months that are over and have a snapshot: its first forecast beside
    what was won."""
    first = add_months(month_start(today), -count)
    rows = session.execute(
        select(ForecastSnapshot)
        .where(
            ForecastSnapshot.rep_key == _rep_key(rep_id),
            ForecastSnapshot.month >= first,
            ForecastSnapshot.month < month_start(today),
        )
        .order_by(ForecastSnapshot.month, ForecastSnapshot.made_at, ForecastSnapshot.id)
    ).scalars()
    firsts: dict[date, ForecastSnapshot] = {}
    for snap in rows:
        firsts.setdefault(snap.month, snap)
    result = []
    for start, snap in sorted(firsts.items()):
        period = Period.month(start.year, start.month)
        result.append(
            PastMonth(
                period,
                snap.made_on,
                snap.expected_cents,
                snap.low_cents,
                snap.high_cents,
                snap.weighted_cents,
                _won_in(session, period, rep_id),
            )
        )
    return tuple(result)
