"""Reading targets for a KPI: per month, per rep or for the team, and over a period.

A target is set per rep and per month.  The team's target for a month is its own when one is
set, else the sum of the reps' targets.  A target over several months is the sum of its months
(every calendar month the period touches).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from kpidesk.core.kpi import team_target
from kpidesk.core.periods import Period, month_start
from kpidesk.data import kpi_queries as q


def target_by_month(
    session: Session, kpi: str, days: Sequence[date], rep_id: int | None
) -> list[int | None]:
    """The target of the month holding each of *days*; None where no target is set."""
    months = [month_start(d) for d in days]
    if not months:
        return []
    rows = q.target_rows(session, kpi, min(months), max(months))
    own: dict[date, int] = {}
    reps: dict[date, list[int]] = defaultdict(list)
    wanted = q.rep_scope(rep_id)
    for scope, month, value in rows:
        if scope == wanted:
            own[month] = value
        elif rep_id is None and scope.startswith("rep:"):
            reps[month].append(value)
    if rep_id is not None:
        return [own.get(m) for m in months]
    return [team_target(own.get(m), reps.get(m, [])) for m in months]


def period_target(session: Session, kpi: str, period: Period, rep_id: int | None) -> int | None:
    """The sum of the monthly targets over the months of *period*; None when none is set."""
    values = [
        v
        for v in target_by_month(session, kpi, [m.start for m in period.months()], rep_id)
        if v is not None
    ]
    return sum(values) if values else None
