"""Sales velocity and the lever that closes the gap to this month's revenue target.

**Sales velocity** (€ per day) = open deals × win rate × average won value ÷ average days to
win, with the rates of the last twelve months: how much won value the pipeline produces per day
at today's rates.

**The lever.**  When the month's expected value (the forecast) falls short of its target, the
gap is closed at today's rates by either

* extra proposals: the gap ÷ (the share of proposals that is won × the average won value), or
* a higher win rate on the month's open deals: today's rate × (expected from open deals + the
  gap) ÷ expected from open deals.

A win rate is offered as a lever only when it is a realistic step: at most
``REALISTIC_WIN_RATE_STEP`` (10 percentage points) above today's.  A bigger one is named as
what it is, out of reach by the win rate alone, so that "95 % instead of 32 %" never reads as
advice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from math import ceil
from typing import Any

from sqlalchemy import func, select

from kpidesk.core.forecast import ChanceTable
from kpidesk.core.formatting import format_int, format_money, format_month, format_percent
from kpidesk.core.i18n import pick, plural, tr
from kpidesk.data.database import Database
from kpidesk.data.definitions import deals as deal_rules
from kpidesk.data.models import STAGE_OPEN, Deal, Stage
from kpidesk.data.sqlfuncs import days_between
from kpidesk.services.coaching.analysis import PROPOSAL_WORDS
from kpidesk.services.forecast.forecast import Forecast

YEAR = 365
REALISTIC_WIN_RATE_STEP = 0.10  # the most a win rate is asked to rise in one period


@dataclass(frozen=True)
class Velocity:
    open_deals: int
    win_rate: float | None  # closed in the last twelve months
    avg_won_cents: int | None
    avg_days_to_win: float | None
    proposal_win_rate: float | None  # of the deals that reached the proposal stage and closed
    proposal_stage: str | None

    @property
    def cents_per_day(self) -> int | None:
        if not (self.win_rate and self.avg_won_cents and self.avg_days_to_win):
            return None
        return round(self.open_deals * self.win_rate * self.avg_won_cents / self.avg_days_to_win)

    def sentence(self) -> str:
        value = self.cents_per_day
        if value is None:
            return tr("Sales velocity: not enough closed deals in the last twelve months yet.")
        return tr(
            "Sales velocity: {value} per day ({deals} open deals × {rate} won × {avg} average "
            "÷ {days} days to win)."
        ).format(
            value=format_money(value),
            deals=format_int(self.open_deals),
            rate=format_percent(self.win_rate),
            avg=format_money(self.avg_won_cents),
            days=format_int(round(self.avg_days_to_win or 0)),
        )


@dataclass(frozen=True)
class Lever:
    gap_cents: int
    extra_proposals: int | None
    needed_win_rate: float | None  # None when no win rate (≤ 100 %) would do

    def win_rate_is_realistic(self, now: float | None) -> bool:
        if self.needed_win_rate is None or now is None:
            return False
        return self.needed_win_rate - now <= REALISTIC_WIN_RATE_STEP + 1e-9

    def sentence(self, velocity: Velocity, month: date) -> str:
        if self.gap_cents <= 0:
            return tr("{month}: the forecast reaches the target at today's rates.").format(
                month=format_month(month)
            )
        options = []
        if self.extra_proposals is not None and velocity.proposal_stage:
            options.append(
                plural(
                    self.extra_proposals,
                    tr("{count} extra deal that reaches {stage}"),
                    tr("{count} extra deals that reach {stage}"),
                ).format(count=format_int(self.extra_proposals), stage=velocity.proposal_stage)
            )
        realistic = self.win_rate_is_realistic(velocity.win_rate)
        if realistic and velocity.win_rate is not None:
            options.append(
                tr("a win rate of {needed} instead of {now}").format(
                    needed=format_percent(self.needed_win_rate),
                    now=format_percent(velocity.win_rate),
                )
            )
        text = tr("{month}: {gap} short of the target at today's rates.").format(
            month=format_month(month), gap=format_money(self.gap_cents)
        )
        if options:
            text += " " + tr("It closes with {options}.").format(options=tr(" or ").join(options))
        if not realistic and velocity.win_rate is not None:
            text += " " + tr(
                "A higher win rate alone does not close it: that would take more than "
                "{step} points above today's {now}."
            ).format(
                step=format_int(round(REALISTIC_WIN_RATE_STEP * 100)),
                now=format_percent(velocity.win_rate),
            )
        return text


def velocity(
    db: Database,
    rep_id: int | None = None,
    *,
    today: date | None = None,
    chances: ChanceTable | None = None,
) -> Velocity:
    """The rates of the last twelve months for the team or one rep."""
    day = today or date.today()
    since = day - timedelta(days=YEAR)

    def scoped(query: Any) -> Any:
        return query.where(Deal.owner_id == rep_id) if rep_id is not None else query

    def count(condition: Any, *more: Any) -> Any:
        return scoped(
            deal_rules.with_stage(select(func.count()).select_from(Deal)).where(condition, *more)
        )

    with db.read() as session:
        open_deals = int(session.scalar(count(deal_rules.open_now())) or 0)
        closed = int(session.scalar(count(deal_rules.closed_in(since, day))) or 0)
        span = days_between(Deal.first_contact, Deal.closed_date)
        won_count, won_value, span_days, spans = session.execute(
            scoped(
                deal_rules.won_deals(
                    since,
                    day,
                    None,
                    func.count(),
                    func.sum(Deal.value_cents),
                    func.sum(span),
                    func.count(Deal.first_contact),
                )
            )
        ).one()
        stages = session.execute(
            select(Stage.id, Stage.name_nl, Stage.name_en, Stage.kind).order_by(Stage.position)
        ).all()
    proposal = next(
        (
            s
            for s in stages
            if s[3] == STAGE_OPEN and any(w in f"{s[1]} {s[2]}".casefold() for w in PROPOSAL_WORDS)
        ),
        None,
    )
    # The share of proposals won: the forecast's history (closed deals that were in the
    # proposal stage, any time in it), the team's, as the lever works at the team's rates.
    proposal_rate = None
    if proposal is not None and chances is not None:
        proposal_rate = chances.chance(int(proposal[0]), 0).rate
    return Velocity(
        open_deals,
        int(won_count) / closed if closed else None,
        round(int(won_value or 0) / int(won_count)) if won_count else None,
        int(span_days or 0) / int(spans) if spans else None,
        proposal_rate,
        pick(proposal[1], proposal[2]) if proposal is not None else None,
    )


def lever(forecast: Forecast, speed: Velocity) -> Lever | None:
    """What closes the gap between this month's forecast and its target; None without one."""
    month = forecast.months[0] if forecast.months else None
    if month is None or month.target_cents is None:
        return None
    gap = month.target_cents - month.expected_cents
    if gap <= 0:
        return Lever(gap, None, None)
    extra = None
    if speed.proposal_win_rate and speed.avg_won_cents:
        extra = ceil(gap / (speed.proposal_win_rate * speed.avg_won_cents))
    needed = None
    from_open = month.expected_cents - month.won_cents
    if speed.win_rate and from_open > 0:
        rate = speed.win_rate * (from_open + gap) / from_open
        needed = rate if rate <= 1 else None
    return Lever(gap, extra, needed)
