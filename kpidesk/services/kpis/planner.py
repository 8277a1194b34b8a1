"""The planner: from a revenue target back to the funnel it needs, and targets per rep.

The rates are the team's own over the last four full quarters: the average won deal and the
activity points per won deal (deals won, :mod:`kpidesk.data.definitions.deals`; points as the
KPI counts them), and the mature conversion per step of the coaching view
(:func:`kpidesk.services.coaching.analysis.team_steps`): from the first stage (where a qualified
lead becomes a deal) to the intake stage, from the intake to the proposal stage, and from the
proposal to won.  :mod:`kpidesk.core.planner` works back and ramps.

The targets written are those KPIDesk keeps per rep and month: qualified leads, activity points
and new revenue.  Each rep's share follows their part of last quarter (a new rep weighs as the
average rep), pro rata for the days they are in the team, and rises from their own monthly
level of last quarter.  :func:`apply_plan` writes them through
:func:`~kpidesk.services.kpis.target_grid.set_targets` and returns the previous cells, so that
the change is undone by writing those back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from math import ceil

from sqlalchemy import func, select

from kpidesk.core import planner as core
from kpidesk.core.formatting import format_int, format_money, format_percent
from kpidesk.core.i18n import tr
from kpidesk.core.pace import clip_to_presence
from kpidesk.core.periods import Period, add_months
from kpidesk.core.points import working_days
from kpidesk.data import kpi_queries as q
from kpidesk.data.database import Database
from kpidesk.data.definitions import deals as deal_rules
from kpidesk.data.models import (
    KPI_ACTIVITY_POINTS,
    KPI_NEW_REVENUE,
    KPI_QUALIFIED_LEADS,
    ROLE_REP,
    ActivityType,
    Deal,
    TeamMember,
)
from kpidesk.services.coaching.analysis import (
    PROPOSAL_WORDS,
    StepCount,
    default_window,
    team_steps,
)
from kpidesk.services.coaching.one_on_one import period_text
from kpidesk.services.common import Changes
from kpidesk.services.errors import Refused
from kpidesk.services.kpis.target_grid import TargetCell, set_targets

PLAN_KPIS = (KPI_QUALIFIED_LEADS, KPI_ACTIVITY_POINTS, KPI_NEW_REVENUE)
MAX_REVENUE_CENTS = 10**13  # € 100 billion: beyond this a typing error is likelier


@dataclass(frozen=True)
class StepRate:
    """One rate the plan works through, with where it comes from."""

    label: str  # "Qualified lead → Intake"
    rate: core.Rate
    detail: str  # "12 of 20 (60%)", or the steps multiplied


@dataclass(frozen=True)
class RepRamp:
    """One rep's month targets of one KPI."""

    rep_id: int
    name: str
    kpi: str
    last_quarter: int  # the rep's actual over the last full quarter
    plan: core.RampPlan


@dataclass(frozen=True)
class PlanPreview:
    """What :func:`plan_targets` proposes; nothing is written until :func:`apply_plan`."""

    period: Period
    revenue_cents: int
    window: Period  # where the rates come from
    last_quarter: Period
    step_percent: int
    rates: core.Rates
    steps: tuple[StepRate, ...]
    needed: core.Needed | None  # None: not enough history
    months: tuple[date, ...]
    ramps: tuple[RepRamp, ...]
    missing: tuple[str, ...] = ()  # why there is no plan, in words

    @property
    def ok(self) -> bool:
        return self.needed is not None and bool(self.ramps)

    def planned_total(self, kpi: str) -> int:
        """The sum of the suggested targets of *kpi*, pro rata as they will count."""
        return sum(r.plan.counted for r in self.ramps if r.kpi == kpi)

    def revenue_back_cents(self) -> int:
        """The suggested qualified-lead targets multiplied back through the rates."""
        return int(core.revenue_from_leads(self.planned_total(KPI_QUALIFIED_LEADS), self.rates))

    def unreachable(self) -> tuple[RepRamp, ...]:
        return tuple(r for r in self.ramps if not r.plan.reachable)

    def cells(self) -> list[TargetCell]:
        return [
            TargetCell(r.rep_id, r.kpi, month, value)
            for r in self.ramps
            for month, value in zip(self.months, r.plan.values, strict=True)
            if value is not None
        ]

    def sentence(self, *, warnings: bool = True) -> str:
        """ "For €200,000 in Q1 2027 you need: 334 qualified leads, …", or why not."""
        when = period_text(self.period)
        if self.needed is None:
            return tr(
                "There is not enough history to plan {revenue} in {period} from. {missing}"
            ).format(
                revenue=format_money(self.revenue_cents),
                period=when,
                missing=" ".join(self.missing),
            )
        n = self.needed
        text = tr(
            "For {revenue} in {period} you need: {leads} qualified leads, {intakes} intakes, "
            "{proposals} proposals, {won} won deals and {points} activity points."
        ).format(
            revenue=format_money(self.revenue_cents),
            period=when,
            leads=format_int(n.qualified_leads),
            intakes=format_int(n.intakes),
            proposals=format_int(n.proposals),
            won=format_int(n.won_deals),
            points=format_int(n.activity_points),
        )
        if not self.ramps:
            return text + " " + " ".join(self.missing)
        text += " " + tr(
            "The suggested qualified-lead targets bring {back} at these rates."
        ).format(back=format_money(self.revenue_back_cents()))
        return " ".join([text, *self.warnings()]) if warnings else text

    def warnings(self) -> list[str]:
        """Per KPI, the reps whose ramp cannot reach their share at the step, in words."""
        when = period_text(self.period)
        found: list[str] = []
        for kpi in PLAN_KPIS:
            short = [r for r in self.unreachable() if r.kpi == kpi]
            if not short:
                continue
            found.append(
                tr(
                    "{kpi}: {names} cannot reach their share in {period} at +{step} % a month from "
                    "last quarter's level; the targets reach {total} of the {need} needed. Plan a "
                    "longer period, a larger step or a lower target."
                ).format(
                    kpi=kpi_name(kpi),
                    names=", ".join(r.name for r in short),
                    period=when,
                    step=format_int(self.step_percent),
                    total=_amount(kpi, self.planned_total(kpi)),
                    need=_amount(kpi, sum(r.plan.need for r in self.ramps if r.kpi == kpi)),
                )
            )
        return found

    def rates_lines(self) -> list[str]:
        """The rates used, one line each."""
        lines = [
            tr("Rates of {start} to {end}:").format(
                start=self.window.start.strftime("%d-%m-%Y"),
                end=self.window.end.strftime("%d-%m-%Y"),
            ),
            tr("Average won deal: {avg} ({count} won deals)").format(
                avg=format_money(_whole(self.rates.avg_won_cents)),
                count=format_int(self.rates.won_deals),
            ),
        ]
        lines += [f"{s.label}: {s.detail}" for s in self.steps]
        lines.append(
            tr("Activity points per won deal: {points}").format(
                points=format_int(_whole(self.rates.points_per_won))
            )
        )
        return lines


def kpi_name(kpi: str) -> str:
    names = {
        KPI_QUALIFIED_LEADS: tr("Qualified leads"),
        KPI_ACTIVITY_POINTS: tr("Activity points"),
        KPI_NEW_REVENUE: tr("New revenue"),
    }
    return names.get(kpi, kpi)


def _amount(kpi: str, value: int) -> str:
    return format_money(value) if kpi == KPI_NEW_REVENUE else format_int(value)


def _whole(value: Fraction | None) -> int | None:
    return None if value is None else round(value)


def _chain(counts: Sequence[StepCount]) -> core.Rate:
    """Steps one after another: their rates multiplied (passed and mature multiplied)."""
    passed, total = 1, 1
    for c in counts:
        passed, total = passed * c.passed, total * c.mature
    return core.Rate(passed, total)


def _detail(counts: Sequence[StepCount], names: Sequence[str]) -> str:
    rate = _chain(counts).value
    shown = format_percent(float(rate)) if rate is not None else "–"
    if len(counts) == 1:
        return counts[0].counts_text()
    if not counts:
        return tr("{rate} (the same stage)").format(rate=format_percent(1.0))
    parts = " × ".join(f"{n} {c.counts_text()}" for n, c in zip(names, counts, strict=True))
    return f"{shown} = {parts}"


def _find(stages: Sequence[tuple[int, str]], words: Sequence[str]) -> int | None:
    return next(
        (i for i, (_id, n) in enumerate(stages) if any(w in n.casefold() for w in words)), None
    )


def _rates(
    db: Database, window: Period, today: date
) -> tuple[core.Rates, list[StepRate], list[str]]:
    flow = team_steps(db, window, today=today)
    stages = flow.stages
    intake = _find(stages, ("intake",))
    proposal = _find(stages, PROPOSAL_WORDS)
    missing: list[str] = []
    steps: list[StepRate] = []
    lead_to_intake = intake_to_proposal = core.Rate(0, 0)
    first = stages[0][1] if stages else ""
    if intake is None or proposal is None or proposal < intake or flow.to_won is None:
        missing.append(
            tr(
                "The pipeline needs an intake stage and a proposal stage (Intake, Offerte) before "
                "won to plan through."
            )
        )
    else:
        names = [s.name for s in flow.steps]
        intake_name, proposal_name = stages[intake][1], stages[proposal][1]
        before = flow.counts[:intake]
        lead_to_intake = _chain(before)
        steps.append(
            StepRate(
                tr("Qualified lead ({first}) → {intake}").format(first=first, intake=intake_name),
                lead_to_intake,
                _detail(before, names[:intake]),
            )
        )
        middle = flow.counts[intake:proposal]
        intake_to_proposal = _chain(middle)
        steps.append(
            StepRate(
                f"{intake_name} → {proposal_name}",
                intake_to_proposal,
                _detail(middle, names[intake:proposal]),
            )
        )
    to_won = flow.to_won or StepCount()
    proposal_to_won = core.Rate(to_won.passed, to_won.mature)
    if flow.to_won_step is not None:
        steps.append(StepRate(flow.to_won_step.name, proposal_to_won, to_won.counts_text()))
    with db.read() as session:
        won, won_cents = session.execute(
            deal_rules.won_deals(
                window.start, window.end, None, func.count(), func.sum(Deal.value_cents)
            )
        ).one()
        points = dict(session.execute(select(ActivityType.id, ActivityType.points)).all())
        cells = q.activity_totals(session, window.start, window.end, points)
    rates = core.Rates(
        int(won or 0),
        int(won_cents or 0),
        lead_to_intake,
        intake_to_proposal,
        proposal_to_won,
        sum(c.points for c in cells),
    )
    return rates, steps, missing


def _missing_words(rates: core.Rates, window: Period) -> list[str]:
    words = {
        "average": tr("won deals with a value"),
        "lead_to_intake": tr("deals that went on from the first stage to the intake"),
        "intake_to_proposal": tr("deals that went on from the intake to the proposal"),
        "proposal_to_won": tr("proposals that were won or lost"),
    }
    names = [words[m] for m in rates.missing()]
    if not names:
        return []
    return [
        tr(
            "Planning works back through the team's own rates of {start} to {end}, and that "
            "window has no {what}. Log deals through the stages to won (or import them) and "
            "plan again."
        ).format(
            start=window.start.strftime("%d-%m-%Y"),
            end=window.end.strftime("%d-%m-%Y"),
            what=tr(", no ").join(names),
        )
    ]


def plan_targets(
    db: Database,
    period: Period,
    revenue_cents: int,
    *,
    step_percent: int = core.DEFAULT_STEP_PERCENT,
    today: date | None = None,
) -> PlanPreview:
    """What *revenue_cents* in *period* needs, and month targets per rep that reach it."""
    day = today or date.today()
    if revenue_cents <= 0:
        raise Refused(tr("Give a revenue target above zero, for example 200.000."))
    if revenue_cents > MAX_REVENUE_CENTS:
        raise Refused(tr("That revenue target is implausibly high; check the amount."))
    if not 1 <= step_percent <= 100:
        raise Refused(tr("The step per month lies between 1 and 100 %."))
    last_quarter = default_window(day)
    window = Period(add_months(last_quarter.start, -9), last_quarter.end)
    rates, steps, missing = _rates(db, window, day)
    months = tuple(m.start for m in period.months())
    missing += _missing_words(rates, window)
    needed = None
    if not missing:
        try:
            needed = core.work_back(revenue_cents, rates)
        except core.NotEnoughHistory:  # pragma: no cover - the words above say it first
            needed = None
    ramps: list[RepRamp] = []
    if needed is not None:
        ramps = _ramps(db, period, needed, last_quarter, step_percent)
        if not ramps:
            missing.append(
                tr("There is no active rep in the team during {period} to give targets.").format(
                    period=period_text(period)
                )
            )
    return PlanPreview(
        period,
        revenue_cents,
        window,
        last_quarter,
        step_percent,
        rates,
        tuple(steps),
        needed,
        months,
        tuple(ramps),
        tuple(missing),
    )


def _ramps(
    db: Database, period: Period, needed: core.Needed, last: Period, step_percent: int
) -> list[RepRamp]:
    months = list(period.months())
    with db.read() as session:
        reps = session.execute(
            select(TeamMember.id, TeamMember.name, TeamMember.start_date, TeamMember.end_date)
            .where(TeamMember.active.is_(True), TeamMember.role == ROLE_REP)
            .order_by(TeamMember.name, TeamMember.id)
        ).all()
        leads = q.qualified_leads(session, last.start, last.end)
        closed = q.closed_deals(session, last.start, last.end)
        points = dict(session.execute(select(ActivityType.id, ActivityType.points)).all())
        cells = q.activity_totals(session, last.start, last.end, points)
    points_by: dict[int, int] = {}
    for c in cells:
        if c.owner is not None:
            points_by[c.owner] = points_by.get(c.owner, 0) + c.points
    actuals = {
        KPI_QUALIFIED_LEADS: {int(k): v for k, v in leads.items() if k is not None},
        KPI_ACTIVITY_POINTS: points_by,
        KPI_NEW_REVENUE: {int(k): c.won_cents for k, c in closed.items() if k is not None},
    }
    need = {
        KPI_QUALIFIED_LEADS: needed.qualified_leads,
        KPI_ACTIVITY_POINTS: needed.activity_points,
        KPI_NEW_REVENUE: needed.revenue_cents,
    }
    presence: dict[int, list[core.MonthPresence]] = {}
    share: dict[int, Fraction] = {}
    for rep_id, _name, start, end in reps:
        per_month = []
        for month in months:
            first, last_day = clip_to_presence(month.start, month.end, start, end)
            whole = Period.month(month.start.year, month.start.month)
            per_month.append(
                core.MonthPresence(
                    working_days(first, last_day) if first <= last_day else 0,
                    working_days(whole.start, whole.end),
                )
            )
        total = sum(m.working for m in per_month)
        present = sum(m.present for m in per_month)
        if present:
            presence[rep_id] = per_month
            share[rep_id] = Fraction(present, total)
    result: list[RepRamp] = []
    names = {int(r[0]): str(r[1]) for r in reps}
    quarter_months = len(list(last.months()))
    for kpi in PLAN_KPIS:
        weights = core.share_weights(actuals[kpi], share)
        parts = core.split(need[kpi], weights)
        for rep_id in presence:
            actual = actuals[kpi].get(rep_id, 0)
            base = ceil(Fraction(actual, quarter_months))
            if kpi == KPI_NEW_REVENUE:
                base = ceil(Fraction(base, 100)) * 100  # whole euros
            plan = core.ramp_to(base, parts.get(rep_id, 0), presence[rep_id], step_percent)
            result.append(RepRamp(rep_id, names[rep_id], kpi, actual, plan))
    return result


def apply_plan(db: Database, preview: PlanPreview) -> tuple[list[TargetCell], Changes]:
    """Write the preview's month targets; returns the previous cells, to undo with."""
    if not preview.ok:
        raise Refused(tr("There is no plan to write: {why}").format(why=" ".join(preview.missing)))
    return set_targets(db, preview.cells())


def undo_plan(db: Database, previous: list[TargetCell]) -> Changes:
    """Put back the targets :func:`apply_plan` replaced."""
    return set_targets(db, previous)[1]
