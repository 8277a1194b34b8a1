"""Reading targets for a KPI: per month, per rep or for the team, over a period, and pace.

A target is set per rep and per month.  A rep's target counts pro rata by working days for the
months they start or leave in (``TeamMember.start_date`` … ``end_date``, see
:mod:`kpidesk.core.pace`): a rep who starts on Tuesday 15 December 2026 has 13 of December's 23
working days, so 13/23 of the stored target.  The team's target for a month is its own when one
is set, else the sum of the reps' (pro-rata) targets.  A target over several months is the sum
of its months (every calendar month the period touches); pace is the same sum over the days so
far.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from kpidesk.core.kpi import team_target
from kpidesk.core.pace import clip_to_presence, pace_goal, span_goal
from kpidesk.core.periods import Period, month_start
from kpidesk.data import kpi_queries as q
from kpidesk.data import tables as t
from kpidesk.data.reading import Reader

Presence = tuple[date | None, date | None]  # first and last day in the team (None: open)


def presence(session: Reader) -> dict[int, Presence]:
    """Every team member's first and last day in the team."""
    rows = session.execute(
        select(t.team_members.c.id, t.team_members.c.start_date, t.team_members.c.end_date)
    )
    return {int(i): (start, end) for i, start, end in rows}


def prorated(value: int, month: date, present: Presence | None) -> int:
    """A rep's stored target for *month*, pro rata by the working days they are in the team."""
    if present is None or present == (None, None):
        return value
    whole = Period.month(month.year, month.month)
    if clip_to_presence(whole.start, whole.end, *present) == (whole.start, whole.end):
        return value  # in the team all month: all its working days, so the whole target
    return span_goal(whole.start, whole.end, lambda _m: value, *present)


def _rep_of(scope: str) -> int | None:
    return int(scope[4:]) if scope.startswith("rep:") and scope[4:].isdigit() else None


TargetRow = tuple[str, date, int]  # scope key, month (first day), value


@dataclass(frozen=True)
class TargetBook:
    """The stored targets of some KPIs over a range of months, and the team's presence.

    Read once (:meth:`read`, two queries) and asked as often as a report needs: every
    function of this module answers from a book, so the rules above live here only.
    """

    rows: dict[str, list[TargetRow]]  # per KPI
    presence: dict[int, Presence]
    # (rep, month, stored value) → its pro-rata value: each row is asked by several figures.
    _pro_rata: dict[tuple[int, date, int], int] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def read(
        cls, session: Reader, kpis: Sequence[str], first_month: date, last_month: date
    ) -> TargetBook:
        rows = q.target_rows_of(session, kpis, month_start(first_month), month_start(last_month))
        return cls({kpi: rows.get(kpi, []) for kpi in kpis}, presence(session))

    def _prorated(self, value: int, month: date, rep: int) -> int:
        key = (rep, month, value)
        found = self._pro_rata.get(key)
        if found is None:
            found = self._pro_rata[key] = prorated(value, month, self.presence.get(rep))
        return found

    def _rows(self, kpi: str, months: Sequence[date]) -> list[TargetRow]:
        first, last = min(months), max(months)
        return [r for r in self.rows[kpi] if first <= r[1] <= last]

    def monthly(self, kpi: str, months: Sequence[date], rep_id: int | None) -> dict[date, int]:
        """The effective target per month (first day) of the scope, where one is set."""
        if not months:
            return {}
        own: dict[date, int] = {}
        reps: dict[date, list[int]] = defaultdict(list)
        wanted = q.rep_scope(rep_id)
        for scope, month, value in self._rows(kpi, months):
            rep = _rep_of(scope)
            if scope == wanted:
                own[month] = self._prorated(value, month, rep) if rep is not None else value
            elif rep_id is None and rep is not None:
                reps[month].append(self._prorated(value, month, rep))
        if rep_id is not None:
            return own
        result: dict[date, int] = {}
        for month in set(own) | set(reps):
            team = team_target(own.get(month), reps.get(month, []))
            if team is not None:
                result[month] = team
        return result

    def by_month(self, kpi: str, days: Sequence[date], rep_id: int | None) -> list[int | None]:
        """The target of the month holding each of *days*; None where no target is set."""
        months = [month_start(d) for d in days]
        values = self.monthly(kpi, months, rep_id)
        return [values.get(m) for m in months]

    def period_target(self, kpi: str, period: Period, rep_id: int | None) -> int | None:
        """The sum of the monthly targets over the months of *period*; None when none is set."""
        values = [
            v
            for v in self.by_month(kpi, [m.start for m in period.months()], rep_id)
            if v is not None
        ]
        return sum(values) if values else None

    def pace_target(self, kpi: str, period: Period, today: date, rep_id: int | None) -> int | None:
        """Where the figure should be by the end of *today*: the target of the days so far.

        Each month's (pro-rata) target × its working days so far ÷ its working days; the whole
        period target once the period is over; None when no target is set.
        """
        months = [m.start for m in period.months()]
        values = self.monthly(kpi, months, rep_id)
        if not values:
            return None
        if rep_id is None:
            return pace_goal(period, today, values.get)
        # A rep: the stored targets, with the days outside their time in the team left out once.
        wanted = q.rep_scope(rep_id)
        raw = {month: value for scope, month, value in self._rows(kpi, months) if scope == wanted}
        start, end = self.presence.get(rep_id, (None, None))
        return pace_goal(period, today, raw.get, start, end)


def _book(session: Reader, kpi: str, months: Sequence[date]) -> TargetBook:
    return TargetBook.read(session, [kpi], min(months), max(months))


def target_by_month(
    session: Reader, kpi: str, days: Sequence[date], rep_id: int | None
) -> list[int | None]:
    """The target of the month holding each of *days*; None where no target is set."""
    if not days:
        return []
    return _book(session, kpi, days).by_month(kpi, days, rep_id)


def period_target(session: Reader, kpi: str, period: Period, rep_id: int | None) -> int | None:
    """The sum of the monthly targets over the months of *period*; None when none is set."""
    return _book(session, kpi, [period.start, period.end]).period_target(kpi, period, rep_id)


def pace_target(
    session: Reader, kpi: str, period: Period, today: date, rep_id: int | None
) -> int | None:
    """Where the figure should be by the end of *today* (:meth:`TargetBook.pace_target`)."""
    book = _book(session, kpi, [period.start, period.end])
    return book.pace_target(kpi, period, today, rep_id)


def rep_targets(
    session: Reader,
    kpi: str,
    period: Period,
    today: date,
    rep_ids: Sequence[int],
    *,
    level: bool = False,
) -> dict[int, tuple[int | None, int | None]]:
    """(target, pace) of *kpi* over *period* for each rep in one query; None where none is set.

    A *level* (the pipeline) has the target of the period's last month, and its pace is that
    target: a level should be there every day, it does not build up.
    """
    months = [m.start for m in period.months()]
    rows = q.target_rows(session, kpi, min(months), max(months))
    spans = presence(session)
    wanted = set(rep_ids)
    raw: dict[int, dict[date, int]] = defaultdict(dict)
    for scope, month, value in rows:
        rep = _rep_of(scope)
        if rep in wanted and rep is not None:
            raw[rep][month] = value
    result: dict[int, tuple[int | None, int | None]] = {}
    for rep in rep_ids:
        values = raw.get(rep)
        present = spans.get(rep, (None, None))
        if not values:
            result[rep] = (None, None)
        elif level:
            last = values.get(months[-1])
            target = None if last is None else prorated(last, months[-1], present)
            result[rep] = (target, target)
        else:
            target = sum(prorated(v, m, present) for m, v in values.items())
            result[rep] = (target, pace_goal(period, today, values.get, *present))
    return result
