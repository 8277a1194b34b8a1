"""Planning the monthly targets, from what the team achieved."""

from __future__ import annotations

from kpidesk.core.periods import add_months
from kpidesk.data import models as m
from kpidesk.services.demo.plan import Plan, round_to


def plan_targets(plan: Plan) -> None:
    """Monthly targets per rep and for the team's pipeline, from what was achieved."""
    cal, cfg = plan.cal, plan.cfg
    months = cal.month[-1] + 1
    index = {r.id: r.index for r in plan.reps}
    actual = {kpi: [[0.0] * months for _ in plan.reps] for kpi in m.TARGET_KPIS}
    for day, _t, type_id, rep_id, *_rest in plan.activities:  # all within the history
        actual[m.KPI_ACTIVITY_POINTS][index[rep_id]][cal.month[day]] += cfg.points[type_id]
    for _lead, _org, day, rep, _name in plan.qualified:
        actual[m.KPI_QUALIFIED_LEADS][rep.index][cal.month[day]] += 1
    for deal in plan.deals:
        closed = deal.moves[-1][1]
        if deal.outcome == m.STAGE_WON and closed >= cal.origin:
            actual[m.KPI_NEW_REVENUE][deal.rep.index][cal.month[closed]] += deal.value
    units = {m.KPI_ACTIVITY_POINTS: 10, m.KPI_QUALIFIED_LEADS: 1, m.KPI_NEW_REVENUE: 100_000}
    for kpi, unit in units.items():
        for rep in plan.reps:
            _add_targets(plan, rep.id, kpi, _ramp(plan, actual[kpi][rep.index], unit))
    _add_targets(plan, None, m.KPI_PIPELINE_VALUE, _ramp(plan, _pipeline(plan), 500_000))


def _pipeline(plan: Plan) -> list[float]:
    """The value of the open deals at each month's end (today for this month)."""
    cal = plan.cal
    month_ends = [i for i in range(cal.origin, cal.last) if cal.month[i + 1] != cal.month[i]]
    month_ends.append(cal.last)
    value = [0.0] * len(month_ends)
    for deal in plan.deals:
        closed = cal.last + 1 if deal.outcome == m.STAGE_OPEN else deal.moves[-1][1]
        for month in range(max(0, cal.month[deal.first]), len(month_ends)):
            if month_ends[month] >= closed:
                break
            value[month] += deal.value
    return value


def _ramp(plan: Plan, actual: list[float], unit: int) -> list[int]:
    """Monthly targets over the history and three months ahead, never going down.

    They start near what was achieved and go up a step per quarter when the trend reaches
    them, catching up when it runs well ahead. The trend is a straight line through the
    complete months after the first three, so that one lumpy month does not jerk the target.
    """
    rng = plan.rng
    xs = list(range(3, len(actual) - 1)) or list(range(len(actual)))
    mean_x, mean_y = sum(xs) / len(xs), sum(actual[x] for x in xs) / len(xs)
    spread = sum((x - mean_x) ** 2 for x in xs) or 1.0
    slope = sum((x - mean_x) * (actual[x] - mean_y) for x in xs) / spread

    def trend(month: int) -> float:
        return max(0.3 * mean_y, mean_y + slope * (month - mean_x))

    target = trend(1) * rng.uniform(0.95, 1.02)
    result: list[int] = []
    for i in range(len(actual) + 3):
        if i and add_months(plan.cal.start, i).month in (1, 4, 7, 10):
            level = trend(i + 1)  # the middle of the new quarter
            if level >= 1.1 * target:
                target = level * rng.uniform(1.0, 1.05)
            elif level >= 0.97 * target:
                target *= 1 + rng.uniform(0.05, 0.1)
        result.append(max(unit, round_to(target, unit)))
    return result


def _add_targets(plan: Plan, rep_id: int | None, kpi: str, values: list[int]) -> None:
    scope = m.scope_key(rep_id)
    for i, value in enumerate(values):
        month = add_months(plan.cal.start, i)
        if rep_id is None and month in plan.cfg.team_months:
            continue
        plan.targets.append((rep_id, scope, kpi, month, value))
