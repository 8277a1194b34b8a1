"""SQL aggregations behind the KPIs, portable between SQLite and PostgreSQL.

Every function takes an open reader (an ORM session or a plain connection:
:mod:`kpidesk.data.reading`) and a day range (both days inclusive), runs Core statements over
:mod:`kpidesk.data.tables` and returns small plain values; grouping happens in the database.
Date arithmetic stays out of SQL: cut-off days are computed in Python and bound as parameters,
and where days between two columns are needed the (small) pairs are fetched.  Per-rep figures
come from ``GROUP BY owner`` so that one query serves the team and every rep; ``None`` keys are
items without an owner.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    String,
    and_,
    case,
    exists,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    true,
    type_coerce,
)

from kpidesk.data import tables as t
from kpidesk.data.definitions import customers, deals, leads
from kpidesk.data.moments import as_date, end_moment, start_moment
from kpidesk.data.reading import Reader
from kpidesk.data.reading import run as _run
from kpidesk.data.sqlfuncs import day_number, days_between
from kpidesk.data.tables import STAGE_LOST, STAGE_OPEN, STAGE_WON, scope_key

Owner = int | None
Totals = t.activity_day_totals.c


# The biggest statements (a CASE tree per day or span) are built once per set of days and kept:
# a statement is immutable, and SQLAlchemy keeps its cache key on it, so the dashboard asking
# for the same period again (after every change, on every refresh) neither rebuilds nor
# re-walks them.  A handful of periods are in use at a time.
STATEMENTS_KEPT = 32


def owner_of(rep_key: int | None) -> Owner:
    """The rep of a roll-up row: its ``rep_key``, where 0 means no rep."""
    return int(rep_key) if rep_key else None


def bucket_case(column: Any, ranges: Sequence[tuple[date, date]]) -> Any:
    """A CASE that maps *column* to the index of the range holding it (portable GROUP BY key).

    Back-to-back ranges (months, one after the other) are searched by halves, as
    :func:`first_index` does: a few comparisons per row instead of one per range.
    """
    following = all(
        ranges[i][1] + timedelta(days=1) == ranges[i + 1][0] for i in range(len(ranges) - 1)
    )
    if following and len(ranges) > 2:
        within = column.between(ranges[0][0], ranges[-1][1])
        index = first_index(lambda start: column < start, [r[0] for r in ranges[1:]])
        return case((within, index), else_=None)
    return case(
        *[(column.between(start, end), index) for index, (start, end) in enumerate(ranges)],
        else_=None,
    )


# Action ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivityCell:
    owner: Owner
    type_id: int
    count: int
    points: int


def activity_totals(
    session: Reader, start: date, end: date, points: dict[int, int]
) -> list[ActivityCell]:
    """Activities and points in the range, per rep and activity type.

    *points* maps type ids to their current points; multiplying here instead of joining the
    types keeps the query on the roll-up table alone.
    """
    rows = _run(
        session,
        select(Totals.rep_key, Totals.type_id, func.sum(Totals.activities))
        .where(Totals.day.between(start, end))
        .group_by(Totals.rep_key, Totals.type_id),
    )
    cells = []
    for rep_key, type_id, count in rows:
        if count:
            n = int(count)
            cells.append(
                ActivityCell(owner_of(rep_key), int(type_id), n, n * points.get(type_id, 0))
            )
    return cells


# (span start, week start (Monday), rep, type id, activities, points)
ActivitySpanRow = tuple[date, date, Owner, int, int, int]


def activity_cells(spans: Sequence[ActivitySpanRow], start: date, end: date) -> list[ActivityCell]:
    """The :func:`activity_totals` of the range, summed from :func:`activity_points_by_span` rows.

    *start* and the day after *end* must be span boundaries of the rows (or outside them).
    """
    cells: dict[tuple[Owner, int], list[int]] = defaultdict(lambda: [0, 0])
    for span, _week, owner, type_id, count, points in spans:
        if start <= span <= end:
            cell = cells[(owner, type_id)]
            cell[0] += count
            cell[1] += points
    return [ActivityCell(o, t, v[0], v[1]) for (o, t), v in cells.items()]


def first_index(test: Callable[[Any], ColumnElement[bool]], bounds: Sequence[Any]) -> Any:
    """A CASE giving the first index *i* with ``test(bounds[i])`` true, else ``len(bounds)``.

    *test* must be monotonic over the ascending *bounds* (false … false, true … true), so the
    CASE can halve the range at each step: about log2(n) comparisons per row instead of n.
    A NULL test counts as false throughout, as in a flat CASE.
    """

    def split(lo: int, hi: int) -> Any:
        if lo == hi:
            return literal_column(str(lo), Integer())
        mid = (lo + hi) // 2
        return case((test(bounds[mid]), split(lo, mid)), else_=split(mid + 1, hi))

    return split(0, len(bounds))


def _segments(bounds: Sequence[date], end: date) -> list[tuple[date, date, date]]:
    """(first day, span start, week start) of each piece the bounds and Mondays cut the range in.

    The first piece begins at ``bounds[0]``, each next one at a span bound or a Monday, the
    last runs to *end*: each lies in one span and one week, and each (span, week) pair that
    holds a day is one piece.
    """
    first = bounds[0]
    monday = first + timedelta(days=7 - first.weekday())
    mondays = [monday + timedelta(weeks=i) for i in range((end - monday).days // 7 + 1)]
    pieces = []
    span_at = 0
    for start in [first, *sorted({*mondays, *bounds[1:]} - {first})]:
        if start > end:
            break
        while span_at + 1 < len(bounds) and bounds[span_at + 1] <= start:
            span_at += 1
        pieces.append((start, bounds[span_at], start - timedelta(days=start.weekday())))
    return pieces


@lru_cache(maxsize=STATEMENTS_KEPT)
def _activity_span_query(
    bounds: tuple[date, ...], end: date, rep_id: int | None
) -> tuple[Any, list[tuple[date, date, date]]]:
    pieces = _segments(bounds, end)
    # One CASE that halves the pieces' first days finds a day's span and week at once (cheaper
    # per row than a day number for the week and a second CASE for the span).
    piece: Any = literal_column("0", Integer())
    keys = [Totals.rep_key, Totals.type_id]
    if len(pieces) > 1:
        # Grouping by a bare constant would mean "by the first column".
        starts = [start for start, _span, _week in pieces[1:]]
        piece = first_index(lambda start: Totals.day < start, starts)
        keys.append(piece)
    query = (
        select(piece, Totals.rep_key, Totals.type_id, func.sum(Totals.activities))
        .where(Totals.day.between(bounds[0], end))
        .group_by(*keys)
    )
    if rep_id is not None:
        query = query.where(Totals.rep_key == rep_id)
    return query, pieces


def activity_points_by_span(
    session: Reader,
    bounds: Sequence[date],
    end: date,
    rep_id: int | None,
    points: dict[int, int],
) -> list[ActivitySpanRow]:
    """Activities and points from ``bounds[0]`` to *end* per span, week, rep and activity type.

    The ascending *bounds* cut the range into spans (``bounds[i]`` up to the day before
    ``bounds[i + 1]``); weeks start on Monday.  Read from the roll-up ``activity_day_totals``
    (one row per day, rep and type, kept exact by triggers) and grouped in the database, so a
    year comes back as some 4 000 rows instead of 17 000 day rows.
    """
    query, pieces = _activity_span_query(tuple(bounds), end, rep_id)
    rows = []
    for piece, rep_key, type_id, count in _run(session, query).all():
        if not count:
            continue
        _start, span, week = pieces[int(piece)]
        n = int(count)
        rows.append((span, week, rep_key or None, int(type_id), n, n * points.get(type_id, 0)))
    return rows


# Result ---------------------------------------------------------------------------------------


def _owner_filter(column: Any, rep_id: int | None) -> ColumnElement[bool]:
    return column == rep_id if rep_id is not None else true()


def qualified_leads(session: Reader, start: date, end: date) -> dict[Owner, int]:
    """Leads qualified in the range, per owner."""
    rows = _run(
        session,
        select(t.leads.c.owner_id, func.count())
        .where(leads.qualified_in(start, end))
        .group_by(t.leads.c.owner_id),
    )
    return {r[0]: int(r[1]) for r in rows}


def qualified_leads_by_month(
    session: Reader, months: Sequence[tuple[date, date]], rep_id: int | None
) -> list[int]:
    """Qualified leads in each of *months* (any ranges), for the team or one rep."""
    bucket = bucket_case(leads.QUALIFIED_DAY, months)
    rows = _run(
        session,
        select(bucket, func.count())
        .where(
            leads.qualified_in(months[0][0], months[-1][1]),
            _owner_filter(t.leads.c.owner_id, rep_id),
        )
        .group_by(bucket),
    )
    counts = [0] * len(months)
    for index, n in rows:
        if index is not None:
            counts[int(index)] = int(n)
    return counts


@dataclass(frozen=True)
class ClosedCell:
    owner: Owner
    won: int
    lost: int
    won_cents: int


def closed_deals(session: Reader, start: date, end: date) -> dict[Owner, ClosedCell]:
    """Won and lost deals closed in the range and the won value, per owner."""
    won = deals.won_in(start, end)
    lost = deals.LOST
    query = select(
        t.deals.c.owner_id,
        func.coalesce(func.sum(case((won, 1), else_=0)), 0),
        func.coalesce(func.sum(case((lost, 1), else_=0)), 0),
        func.coalesce(func.sum(case((won, t.deals.c.value_cents), else_=0)), 0),
    )
    rows = _run(
        session,
        deals.with_stage(query).where(deals.closed_in(start, end)).group_by(t.deals.c.owner_id),
    )
    return {r[0]: ClosedCell(r[0], int(r[1]), int(r[2]), int(r[3])) for r in rows}


def _day_reader() -> Any:
    """Converts stored day values to dates, each distinct value once (days repeat a lot)."""
    days: dict[Any, date] = {}

    def read(raw: Any) -> date:
        day = days.get(raw)
        if day is None:
            day = days[raw] = as_date(raw)
        return day

    return read


def _raw_day(column: Any) -> Any:
    # Fetched as stored (ISO text on SQLite, a date on PostgreSQL) and converted by _day_reader:
    # once per distinct day instead of once per row.
    return type_coerce(column, String())


def _won_with_contact(query: Any, start: date, end: date) -> Any:
    """*query* limited to the deals won in the range that have a first-contact date."""
    return deals.with_stage(query).where(
        deals.won_in(start, end), t.deals.c.first_contact.is_not(None)
    )


def won_days(session: Reader, start: date, end: date) -> list[tuple[Owner, int, date]]:
    """(owner, days first contact → closed, closed date) of deals won in the range."""
    query = select(
        t.deals.c.owner_id,
        days_between(t.deals.c.first_contact, t.deals.c.closed_date),
        _raw_day(t.deals.c.closed_date),
    )
    rows = _run(session, _won_with_contact(query, start, end)).all()
    read = _day_reader()
    return [(owner, int(days), read(closed)) for owner, days, closed in rows]


def won_days_totals(session: Reader, start: date, end: date) -> dict[Owner, tuple[int, int]]:
    """(deals, days summed) of :func:`won_days` per owner: the mean without the single deals."""
    query = select(
        t.deals.c.owner_id,
        func.count(),
        func.sum(days_between(t.deals.c.first_contact, t.deals.c.closed_date)),
    )
    rows = _run(session, _won_with_contact(query, start, end).group_by(t.deals.c.owner_id))
    return {owner: (int(n), int(days or 0)) for owner, n, days in rows if n}


@dataclass(frozen=True)
class WonTotals:
    """Deals won in a range by one owner: their value, and :func:`won_days_totals`."""

    won_cents: int
    timed: int  # won deals with a first contact
    days: int  # their days first contact → closed, summed


def won_totals(session: Reader, start: date, end: date) -> dict[Owner, WonTotals]:
    """Per owner: the won value of the range and the (deals, days summed) of
    :func:`won_days_totals`, in one pass over the won deals."""
    timed = t.deals.c.first_contact.is_not(None)
    query = select(
        t.deals.c.owner_id,
        func.coalesce(func.sum(t.deals.c.value_cents), 0),
        func.coalesce(func.sum(case((timed, 1), else_=0)), 0),
        func.coalesce(
            func.sum(
                case((timed, days_between(t.deals.c.first_contact, t.deals.c.closed_date)), else_=0)
            ),
            0,
        ),
    )
    rows = _run(
        session,
        deals.with_stage(query).where(deals.won_in(start, end)).group_by(t.deals.c.owner_id),
    )
    return {o: WonTotals(int(c), int(n), int(d)) for o, c, n, d in rows}


def won_value_by_month(
    session: Reader, months: Sequence[tuple[date, date]], rep_id: int | None
) -> list[int]:
    """Won value in cents in each range of *months*."""
    bucket = bucket_case(deals.CLOSED_DAY, months)
    query = select(bucket, func.coalesce(func.sum(t.deals.c.value_cents), 0))
    rows = _run(
        session,
        deals.with_stage(query)
        .where(deals.won_in(months[0][0], months[-1][1]), _owner_filter(t.deals.c.owner_id, rep_id))
        .group_by(bucket),
    )
    values = [0] * len(months)
    for index, cents in rows:
        if index is not None:
            values[int(index)] = int(cents)
    return values


def upsells(session: Reader, start: date, end: date) -> dict[Owner, int]:
    """Won deals in the range that are upsells (:func:`customers.upsell`), per owner."""
    # Counted over the won deals rather than filtered: SQLite then asks the customers only
    # about won deals, not about every deal closed in the range before the stage is known.
    upsell = func.coalesce(func.sum(case((customers.upsell(), 1), else_=0)), 0)
    rows = _run(
        session,
        deals.with_stage(select(t.deals.c.owner_id, upsell))
        .where(deals.won_in(start, end))
        .group_by(t.deals.c.owner_id),
    )
    return {r[0]: int(r[1]) for r in rows if r[1]}


# Pipeline -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PipelineCell:
    owner: Owner
    stage_id: int
    deals: int
    value_cents: int
    weighted_cents: int


def stale_deals_query(today: date, rep_id: int | None, rotting: dict[int, int]) -> Any:
    """Deals open now without activity and stage change for longer than their stage allows."""
    condition = deals.sleeping(today, rotting)
    if condition is None:
        return None
    return select(t.deals.c.id).where(condition, _owner_filter(t.deals.c.owner_id, rep_id))


def stale_deals(session: Reader, today: date, rotting: dict[int, int]) -> dict[Owner, int]:
    """Sleeping deals per owner; *rotting* maps open stage ids to their rotting days."""
    query = stale_deals_query(today, None, rotting)
    if query is None:
        return {}
    sub = query.add_columns(t.deals.c.owner_id).subquery()
    rows = _run(session, select(sub.c.owner_id, func.count()).group_by(sub.c.owner_id))
    return {r[0]: int(r[1]) for r in rows}


# Velocity and conversion ----------------------------------------------------------------------


@dataclass(frozen=True)
class ExitCell:
    """Exits from one open stage by one owner's deals, and the whole days spent in it."""

    owner: Owner
    stage_id: int
    exits: int
    days: int


def whole_months(start: date, end: date) -> bool:
    """Whether the range runs from a first of the month to a last of the month."""
    return start.day == 1 and (end + timedelta(days=1)).day == 1 and start <= end


# The month of a previous entry that means "none" in ``stage_entry_months``.
NO_MONTH = date(1900, 1, 1)


def stage_exits(
    session: Reader, start: date, end: date, open_stage_ids: Sequence[int]
) -> list[ExitCell]:
    """Exits from each open stage in the range and the days spent there, per owner and stage.

    Over whole months this reads the roll-up ``stage_exit_months``; other ranges go through
    the stage history row by row (:func:`stage_exits_from_history`, the same figures).
    """
    if not whole_months(start, end):
        return stage_exits_from_history(session, start, end, open_stage_ids)
    wanted = set(open_stage_ids)
    rows = _run(
        session,
        select(
            t.stage_exit_months.c.owner_key,
            t.stage_exit_months.c.stage_id,
            func.sum(t.stage_exit_months.c.exits),
            func.sum(t.stage_exit_months.c.days),
        )
        .where(t.stage_exit_months.c.month.between(start, end))
        .group_by(t.stage_exit_months.c.owner_key, t.stage_exit_months.c.stage_id),
    )
    return [
        ExitCell(owner_of(o), int(st), int(n), int(d))
        for o, st, n, d in rows
        if n and int(st) in wanted
    ]


def stage_exits_from_history(
    session: Reader, start: date, end: date, open_stage_ids: Sequence[int]
) -> list[ExitCell]:
    """:func:`stage_exits` computed from the stage history itself, for any range.

    The stage was entered at the deal's previous history row or, for its first row, at its first
    contact (never after the exit: a first contact dated later counts as 0 days).  Days are whole
    UTC days between the two moments, summed in the database so only a few rows come back.
    """
    prev = t.deal_stage_history.alias()
    moved = t.deal_stage_history.c.moved_at
    entered = (
        select(func.max(prev.c.moved_at))
        .where(prev.c.deal_id == t.deal_stage_history.c.deal_id, prev.c.moved_at < moved)
        .scalar_subquery()
    )
    since_contact = day_number(moved) - day_number(t.deals.c.first_contact)
    days = func.coalesce(
        day_number(moved) - day_number(entered),
        case((since_contact < 0, 0), else_=since_contact),
    )
    per_exit = (
        select(
            t.deals.c.owner_id.label("owner"),
            t.deal_stage_history.c.from_stage_id.label("stage"),
            days.label("days"),
        )
        .join(t.deals, t.deals.c.id == t.deal_stage_history.c.deal_id)
        .where(
            moved >= start_moment(start),
            moved < end_moment(end),
            t.deal_stage_history.c.from_stage_id.in_(list(open_stage_ids)),
            t.deals.c.deleted_at.is_(None),
        )
        # OFFSET 0 keeps the subquery whole: flattened, SQLite would look up the previous row
        # once for COUNT and again for SUM.
        .offset(0)
        .subquery()
    )
    rows = _run(
        session,
        select(
            per_exit.c.owner,
            per_exit.c.stage,
            func.count(per_exit.c.days),  # no entry moment known: not an exit with days
            func.coalesce(func.sum(per_exit.c.days), 0),
        ).group_by(per_exit.c.owner, per_exit.c.stage),
    )
    return [ExitCell(o, int(st or 0), int(n), int(d)) for o, st, n, d in rows if n]


@dataclass(frozen=True)
class ConversionCell:
    owner: Owner
    stage_id: int
    entered: int
    passed: int


def stage_conversion(
    session: Reader, start: date, end: date, stages: Sequence[tuple[int, int, str]]
) -> list[ConversionCell]:
    """Deals that entered each open stage in the range, and how many moved on or were won.

    *stages* lists (id, position, kind) of every stage.  A deal without stage history counts as
    having entered every open stage up to its current one at its first contact (or creation)
    and as having passed every open stage before its current one.  Over whole months the
    history part reads the roll-up ``stage_entry_months``, else the history row by row.
    """
    counts: dict[tuple[Owner, int], list[int]] = defaultdict(lambda: [0, 0])
    if whole_months(start, end):
        open_ids = {sid for sid, _p, k in stages if k == STAGE_OPEN}
        rows = _run(
            session,
            select(
                t.stage_entry_months.c.owner_key,
                t.stage_entry_months.c.stage_id,
                func.sum(t.stage_entry_months.c.entries),
                func.sum(t.stage_entry_months.c.passed),
            )
            .where(
                t.stage_entry_months.c.month.between(start, end),
                t.stage_entry_months.c.prev_month < start,
            )
            .group_by(t.stage_entry_months.c.owner_key, t.stage_entry_months.c.stage_id),
        )
        for owner_key, stage_id, entered, passed in rows:
            if int(stage_id) in open_ids and entered:
                cell = counts[(owner_of(owner_key), int(stage_id))]
                cell[0] += int(entered)
                cell[1] += int(passed)
    else:
        _history_conversion(session, start, end, counts)
    _conversion_without_history(session, start, end, stages, counts)
    return [ConversionCell(o, s, v[0], v[1]) for (o, s), v in counts.items()]


def stage_conversion_from_history(
    session: Reader, start: date, end: date, stages: Sequence[tuple[int, int, str]]
) -> list[ConversionCell]:
    """:func:`stage_conversion` computed from the stage history row by row, for any range."""
    counts: dict[tuple[Owner, int], list[int]] = defaultdict(lambda: [0, 0])
    _history_conversion(session, start, end, counts)
    _conversion_without_history(session, start, end, stages, counts)
    return [ConversionCell(o, s, v[0], v[1]) for (o, s), v in counts.items()]


def _history_conversion(
    session: Reader, start: date, end: date, counts: dict[tuple[Owner, int], list[int]]
) -> None:
    """Add the deals that entered each open stage in the range by their history rows."""
    later = t.deal_stage_history.alias()
    later_stage = t.stages.alias()
    this_stage = t.stages.alias()
    moved_on = exists().where(
        later.c.deal_id == t.deal_stage_history.c.deal_id,
        later.c.moved_at >= t.deal_stage_history.c.moved_at,
        later.c.id != t.deal_stage_history.c.id,
        later_stage.c.id == later.c.to_stage_id,
        or_(
            later_stage.c.kind == STAGE_WON,
            and_(later_stage.c.kind == STAGE_OPEN, later_stage.c.position > this_stage.c.position),
        ),
    )
    rows = _run(
        session,
        select(
            t.deals.c.owner_id,
            t.deal_stage_history.c.to_stage_id,
            func.count(func.distinct(t.deal_stage_history.c.deal_id)),
            func.count(func.distinct(case((moved_on, t.deal_stage_history.c.deal_id), else_=None))),
        )
        .join(t.deals, t.deals.c.id == t.deal_stage_history.c.deal_id)
        .join(this_stage, this_stage.c.id == t.deal_stage_history.c.to_stage_id)
        .where(
            t.deal_stage_history.c.moved_at >= start_moment(start),
            t.deal_stage_history.c.moved_at < end_moment(end),
            this_stage.c.kind == STAGE_OPEN,
            t.deals.c.deleted_at.is_(None),
        )
        .group_by(t.deals.c.owner_id, t.deal_stage_history.c.to_stage_id),
    )
    for owner, stage_id, entered, passed in rows:
        cell = counts[(owner, int(stage_id))]
        cell[0] += int(entered)
        cell[1] += int(passed)


def _conversion_without_history(
    session: Reader,
    start: date,
    end: date,
    stages: Sequence[tuple[int, int, str]],
    counts: dict[tuple[Owner, int], list[int]],
) -> None:
    """Add the deals without history: entered at first contact (or creation), per current stage."""
    position = {sid: pos for sid, pos, _kind in stages}
    kind = {sid: k for sid, _pos, k in stages}
    open_ids = [sid for sid, _p, k in stages if k == STAGE_OPEN]
    has_history = exists().where(t.deal_stage_history.c.deal_id == t.deals.c.id)
    begun = or_(
        t.deals.c.first_contact.between(start, end),
        and_(
            t.deals.c.first_contact.is_(None),
            t.deals.c.created_at >= start_moment(start),
            t.deals.c.created_at < end_moment(end),
        ),
    )
    rows2 = _run(
        session,
        select(t.deals.c.owner_id, t.deals.c.stage_id, func.count())
        .where(~has_history, begun, t.deals.c.deleted_at.is_(None))
        .group_by(t.deals.c.owner_id, t.deals.c.stage_id),
    )
    for owner, current, n in rows2:
        current_kind = kind.get(int(current))
        current_pos = position.get(int(current), 0)
        for sid in open_ids:
            if current_kind == STAGE_OPEN and position[sid] > current_pos:
                continue
            cell = counts[(owner, sid)]
            cell[0] += int(n)
            last_open = sid == open_ids[-1]
            if (
                current_kind == STAGE_OPEN and position[sid] < current_pos
            ) or current_kind == STAGE_WON:
                cell[1] += int(n)
            elif current_kind == STAGE_LOST and not last_open:
                # It went through every open stage, so it left each one for the next; only
                # from the last open stage did it go to Lost instead of on.
                cell[1] += int(n)


def days_to_win_by_month(
    session: Reader, months: Sequence[tuple[date, date]], rep_id: int | None
) -> list[list[int]]:
    """The days first contact → won of the deals won in each range of *months*."""
    return won_days_by_month(won_days(session, months[0][0], months[-1][1]), months, rep_id)


def won_days_by_month(
    won: Sequence[tuple[Owner, int, date]], months: Sequence[tuple[date, date]], rep_id: int | None
) -> list[list[int]]:
    """Bucket rows of :func:`won_days` into *months* (whole calendar months, for the team or
    one rep)."""
    result: list[list[int]] = [[] for _ in months]
    index = {(start.year, start.month): i for i, (start, _end) in enumerate(months)}
    first, last = months[0][0], months[-1][1]
    for owner, days, closed in won:
        if (rep_id is not None and owner != rep_id) or not first <= closed <= last:
            continue
        i = index.get((closed.year, closed.month))
        if i is not None:
            result[i].append(days)
    return result


# Relationship ---------------------------------------------------------------------------------


def active_customer_days(session: Reader, day: date) -> dict[Owner, tuple[int, int]]:
    """Customers active at *day* per owner: (customers, days since each became one, summed)."""
    rows = _run(
        session,
        select(
            t.customers.c.owner_id,
            func.count(),
            func.sum(days_between(t.customers.c.customer_since, literal(day, Date()))),
        )
        .where(customers.active_at(day))
        .group_by(t.customers.c.owner_id),
    )
    return {owner: (int(n), int(days or 0)) for owner, n, days in rows if n}


@dataclass(frozen=True)
class RetentionCell:
    owner: Owner
    base: int
    retained: int
    new: int


def retention(session: Reader, start: date, end: date) -> dict[Owner, RetentionCell]:
    """Per owner: customers active on *start*, how many still are at *end*, and new ones."""
    base = and_(
        t.customers.c.customer_since < start,
        or_(t.customers.c.churned_at.is_(None), t.customers.c.churned_at > start),
    )
    still = or_(t.customers.c.churned_at.is_(None), t.customers.c.churned_at > end)
    new = t.customers.c.customer_since.between(start, end)
    rows = _run(
        session,
        select(
            t.customers.c.owner_id,
            func.coalesce(func.sum(case((base, 1), else_=0)), 0),
            func.coalesce(func.sum(case((and_(base, still), 1), else_=0)), 0),
            func.coalesce(func.sum(case((new, 1), else_=0)), 0),
        )
        .where(t.customers.c.deleted_at.is_(None), t.customers.c.customer_since <= end)
        .group_by(t.customers.c.owner_id),
    )
    return {r[0]: RetentionCell(r[0], int(r[1]), int(r[2]), int(r[3])) for r in rows}


def at_risk(session: Reader, day: date, days: int) -> dict[Owner, int]:
    sub = customers.at_risk_query(day, days, None).add_columns(t.customers.c.owner_id).subquery()
    rows = _run(session, select(sub.c.owner_id, func.count()).group_by(sub.c.owner_id))
    return {r[0]: int(r[1]) for r in rows}


# Targets --------------------------------------------------------------------------------------


def target_rows(
    session: Reader, kpi: str, first_month: date, last_month: date
) -> list[tuple[str, date, int]]:
    """(scope key, month, value) of the targets of *kpi* for the months in the range."""
    rows = _run(
        session,
        select(t.targets.c.scope_key, t.targets.c.month, t.targets.c.value).where(
            t.targets.c.kpi == kpi, t.targets.c.month.between(first_month, last_month)
        ),
    )
    return [(r[0], as_date(r[1]), int(r[2])) for r in rows]


def target_rows_of(
    session: Reader, kpis: Sequence[str], first_month: date, last_month: date
) -> dict[str, list[tuple[str, date, int]]]:
    """:func:`target_rows` of several KPIs in one query, per KPI."""
    rows = _run(
        session,
        select(t.targets.c.kpi, t.targets.c.scope_key, t.targets.c.month, t.targets.c.value).where(
            t.targets.c.kpi.in_(list(kpis)), t.targets.c.month.between(first_month, last_month)
        ),
    )
    found: dict[str, list[tuple[str, date, int]]] = defaultdict(list)
    read = _day_reader()
    for kpi, scope, month, value in rows:
        found[kpi].append((scope, read(month), int(value)))
    return dict(found)


def rep_scope(rep_id: int | None) -> str:
    return scope_key(rep_id)


# Series over several months: one scan, one sum per month ----------------------------------


PipelineRow = tuple[int, int, Owner, int, int, int, int]


@lru_cache(maxsize=STATEMENTS_KEPT)
def _pipeline_queries(days: tuple[date, ...]) -> tuple[Any, Any]:
    """The two grouped scans of :func:`pipeline_rows` for *days*."""
    begun_idx = case(
        (
            t.deals.c.first_contact.is_not(None),
            first_index(lambda d: t.deals.c.first_contact <= d, days),
        ),
        else_=first_index(lambda d: t.deals.c.created_at < end_moment(d), days),
    )
    closed_idx = first_index(lambda d: t.deals.c.closed_date <= d, days)
    sums = (
        t.deals.c.owner_id,
        t.deals.c.stage_id,
        func.count(),
        func.coalesce(func.sum(t.deals.c.value_cents), 0),
        # value × the deal's own percent; the value of deals without one is summed apart and
        # multiplied by its stage's percent below: the same exact integer sum.
        func.coalesce(func.sum(t.deals.c.value_cents * t.deals.c.probability), 0),
        func.coalesce(func.sum(case((t.deals.c.probability.is_(None), t.deals.c.value_cents))), 0),
    )
    closed_later = (
        select(begun_idx, closed_idx, *sums)
        .where(t.deals.c.deleted_at.is_(None), t.deals.c.closed_date > days[0])
        .group_by(begun_idx, closed_idx, t.deals.c.owner_id, t.deals.c.stage_id)
    )
    never_closed = (
        select(begun_idx, null(), *sums)
        .where(t.deals.c.deleted_at.is_(None), t.deals.c.closed_date.is_(None))
        .group_by(begun_idx, t.deals.c.owner_id, t.deals.c.stage_id)
    )
    return closed_later, never_closed


def pipeline_rows(session: Reader, days: Sequence[date]) -> list[PipelineRow]:
    """Grouped scans for the open pipeline at the end of each of *days* (ascending).

    Each deal gets the index of the first day on which it has begun and of the first day on
    which it is closed; it is open on the days between.  Rows are (begun index, closed index,
    owner, stage, deals, value cents, value × percent) with -1 as closed index for deals closed
    without a date (never open).  Deals closed after the first day and deals without a close
    date are read in two range scans of the covering closed-date index; the indexes come from
    CASEs that halve the days at each step.  The stages (kind, percent) are applied per group
    afterwards instead of joined per deal.
    """
    n = len(days)
    stages = {
        int(sid): (kind, int(percent or 0))
        for sid, kind, percent in _run(
            session, select(t.stages.c.id, t.stages.c.kind, t.stages.c.probability)
        )
    }
    later_query, never_query = _pipeline_queries(tuple(days))
    closed_later = _run(session, later_query).all()
    never_closed = _run(session, never_query).all()
    rows: list[PipelineRow] = []
    for b, c, o, st, k, v, w, v_stage in [*closed_later, *never_closed]:
        stage = stages.get(int(st))
        if stage is None:
            continue
        kind, percent = stage
        closed = int(c) if c is not None else (n if kind == STAGE_OPEN else -1)
        rows.append((int(b), closed, o, int(st), int(k), int(v), int(w) + int(v_stage) * percent))
    return rows


def _open_on(row: PipelineRow, index: int, n: int) -> bool:
    begun, closed = row[0], row[1]
    return closed >= 0 and begun <= index < min(closed, n)


def pipeline_cells(rows: Sequence[PipelineRow], index: int, n: int) -> list[PipelineCell]:
    """Open deals per owner and stage on day *index* of the *n* days of :func:`pipeline_rows`."""
    cells: dict[tuple[Owner, int], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        if _open_on(row, index, n):
            cell = cells[(row[2], row[3])]
            cell[0] += row[4]
            cell[1] += row[5]
            cell[2] += row[6]
    # value × percent summed, then divided once: exact cents, rounded half up.
    return [PipelineCell(o, st, v[0], v[1], (v[2] + 50) // 100) for (o, st), v in cells.items()]


def pipeline_totals(
    rows: Sequence[PipelineRow], n: int, rep_id: int | None
) -> list[tuple[int, int, int]]:
    """(open deals, value cents, weighted cents) on each of the *n* days, team or one rep."""
    # Each group is open from its begun index up to its closed one: add it where it opens and
    # take it off where it closes, then sum up day by day (the same exact integers).
    change = [[0, 0, 0] for _ in range(n + 1)]
    for row in rows:
        if rep_id is not None and row[2] != rep_id:
            continue
        if row[1] < 0:
            continue  # closed without a date: never counted as open
        opened, closed = row[0], min(row[1], n)
        if opened >= closed:
            continue
        on, off = change[opened], change[closed]
        on[0] += row[4]
        on[1] += row[5]
        on[2] += row[6]
        off[0] -= row[4]
        off[1] -= row[5]
        off[2] -= row[6]
    totals = []
    deals_open = value = weighted = 0
    for step in change[:n]:
        deals_open += step[0]
        value += step[1]
        weighted += step[2]
        totals.append((deals_open, value, (weighted + 50) // 100))
    return totals


def customers_by_month(
    session: Reader, months: Sequence[tuple[date, date]], rep_id: int | None
) -> list[tuple[int, int, int]]:
    """(active at the month's end, active at its start, still active at its end) per month."""
    row = _run(session, _customers_query(tuple(months), rep_id)).one()
    values = [int(v) for v in row]
    return [(values[i], values[i + 1], values[i + 2]) for i in range(0, len(values), 3)]


@lru_cache(maxsize=STATEMENTS_KEPT)
def _customers_query(months: tuple[tuple[date, date], ...], rep_id: int | None) -> Any:
    columns: list[Any] = []
    for start, end in months:
        active_end = and_(
            t.customers.c.customer_since <= end,
            or_(t.customers.c.churned_at.is_(None), t.customers.c.churned_at > end),
        )
        base = and_(
            t.customers.c.customer_since < start,
            or_(t.customers.c.churned_at.is_(None), t.customers.c.churned_at > start),
        )
        columns.append(func.coalesce(func.sum(case((active_end, 1), else_=0)), 0))
        columns.append(func.coalesce(func.sum(case((base, 1), else_=0)), 0))
        columns.append(func.coalesce(func.sum(case((and_(base, active_end), 1), else_=0)), 0))
    return select(*columns).where(
        t.customers.c.deleted_at.is_(None), _owner_filter(t.customers.c.owner_id, rep_id)
    )
