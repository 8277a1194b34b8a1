"""The profile of today's good customers, and the lookalike score in SQL, stored and exact.

Good customers are active (not churned, not in the trash), long-standing (a customer for at
least a year) and high-value (a recurring value at or above the median of those customers).
The profile is aggregated in SQL (one GROUP BY over customers); the score of one lead is then
computed in Python by :mod:`kpidesk.core.lookalike`, and for sorting a whole list the same score
is rebuilt as a CASE expression (:func:`score_expression`, the reference).

Evaluating that expression over 100,000 leads takes the better part of a second, so each
organisation also stores its score (migration 0014), with the profile it was computed from in
``lookalike_state``. A stored score is exact when it is not NULL and the state's profile is
today's: a trigger empties it when the organisation's industry, size, region or revenue
change, and :func:`refresh_scores` fills the empty ones and recomputes only the organisations
that an added or dropped profile value can affect. :func:`score_column` gives a query the
stored column when it is exact and the expression where it is not, so every caller sees the
same number whether or not the stored scores could be brought up to date.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, literal, or_, select, tuple_, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kpidesk.core.lookalike import (
    INDUSTRY,
    LONG_STANDING_MONTHS,
    REGION,
    REVENUE,
    REVENUE_BOUNDS_CENTS,
    SIZE,
    SIZE_BOUNDS,
    SUBSETS,
    CustomerProfile,
    Segment,
)
from kpidesk.core.periods import add_months
from kpidesk.data.database import Database
from kpidesk.data.errors import DatabaseError
from kpidesk.data.models import Customer, LookalikeState, Organisation, utcnow

log = logging.getLogger(__name__)

STATE_ID = 1
# One supported value combination of the profile: its attribute set, weight and values.
Entry = tuple[tuple[str, ...], int, tuple[str | int | None, ...]]


def _text_key(column: Any) -> ColumnElement[Any]:
    return func.nullif(func.lower(func.trim(column)), "")


def _banded(column: Any, bounds: tuple[int, ...]) -> ColumnElement[Any]:
    whens: list[tuple[Any, Any]] = [(column.is_(None), None), (column <= 0, None)]
    whens += [(column < bound, index) for index, bound in enumerate(bounds)]
    return case(*whens, else_=len(bounds))


def segment_columns() -> dict[str, ColumnElement[Any]]:
    """The four compared attributes of an organisation, normalised in SQL (portable)."""
    return {
        INDUSTRY: _text_key(Organisation.industry),
        SIZE: _banded(Organisation.employees, SIZE_BOUNDS),
        REGION: _text_key(Organisation.region),
        REVENUE: _banded(Organisation.yearly_revenue_cents, REVENUE_BOUNDS_CENTS),
    }


def segment_of(row: tuple[Any, ...]) -> Segment:
    """A Segment from the four values selected with :func:`segment_columns`."""
    industry, size, region, revenue = row
    return Segment(
        industry,
        None if size is None else int(size),
        region,
        None if revenue is None else int(revenue),
    )


def good_customer_profile(session: Session, today: date | None = None) -> CustomerProfile:
    """Count today's good customers per segment, in SQL."""
    day = today or date.today()
    since = add_months(day, -LONG_STANDING_MONTHS)
    active = and_(
        Customer.deleted_at.is_(None),
        Customer.churned_at.is_(None),
        Customer.customer_since <= since,
    )
    eligible = int(session.scalar(select(func.count()).select_from(Customer).where(active)) or 0)
    if eligible == 0:
        return CustomerProfile([])
    median = session.scalar(
        select(Customer.recurring_value_cents)
        .where(active)
        .order_by(Customer.recurring_value_cents)
        .offset(eligible // 2)
        .limit(1)
    )
    columns = segment_columns()
    query = (
        select(*columns.values(), func.count())
        .select_from(Customer)
        .join(Organisation, Customer.organisation_id == Organisation.id)
        .where(active, Customer.recurring_value_cents >= (median or 0))
        .group_by(*columns.values())
    )
    return CustomerProfile(
        (segment_of(tuple(row[:4])), int(row[4])) for row in session.execute(query)
    )


def profile_entries(profile: CustomerProfile) -> list[Entry]:
    """Every value combination enough good customers share, with its weight, in one order."""
    return sorted(
        ((attributes, weight, tuple(values)) for attributes, weight, group in profile.supported()
         for values in group),
        key=repr,
    )  # fmt: skip


def fingerprint(entries: Sequence[Entry]) -> str:
    """A short, stable name for a profile's entries: equal entries, equal fingerprint."""
    return hashlib.sha256(repr(list(entries)).encode()).hexdigest()[:64]


def _conditions(entries: Iterable[Entry]) -> list[tuple[ColumnElement[bool], int]]:
    """Per attribute set, heaviest first: 'the organisation has one of these value sets'."""
    columns = segment_columns()
    grouped: dict[tuple[str, ...], tuple[int, list[tuple[str | int | None, ...]]]] = {}
    for attributes, weight, values in entries:
        grouped.setdefault(attributes, (weight, []))[1].append(values)
    order = {subset: index for index, subset in enumerate(SUBSETS)}
    result: list[tuple[ColumnElement[bool], int]] = []
    for attributes in sorted(grouped, key=lambda a: order[a]):
        weight, value_sets = grouped[attributes]
        condition: ColumnElement[bool]
        if len(attributes) == 1:
            condition = columns[attributes[0]].in_([v[0] for v in value_sets])
        else:
            condition = tuple_(*(columns[a] for a in attributes)).in_(value_sets)
        result.append((condition, weight))
    return result


def score_expression(profile: CustomerProfile) -> ColumnElement[Any]:
    """The lookalike score of an organisation row as SQL: the same answer as ``profile.match``.

    Attribute sets are tried heaviest first; a set counts when the lead's values are among the
    value combinations that enough good customers share.
    """
    return _case(profile_entries(profile))


def _case(entries: Iterable[Entry]) -> ColumnElement[Any]:
    whens = _conditions(entries)
    if not whens:
        return literal(0)
    return case(*whens, else_=0)


def _state(session: Session) -> LookalikeState | None:
    return session.get(LookalikeState, STATE_ID)


def score_column(session: Session, profile: CustomerProfile) -> ColumnElement[Any]:
    """The lookalike score of an ``organisations`` row for a query in *session*.

    The stored score where it is exact for *profile*, the expression everywhere else: all
    stored (the fast case), stored where filled, or none (computed from another profile).
    """
    state = _state(session)
    if state is None or state.fingerprint != fingerprint(profile_entries(profile)):
        return score_expression(profile)
    empty = session.scalar(
        select(Organisation.id).where(Organisation.lookalike_score.is_(None)).limit(1)
    )
    # SQLite reads one snapshot per transaction, so "none empty" holds for the next query too;
    # on PostgreSQL another client may empty one in between, hence the expression behind it.
    if empty is None and session.get_bind().dialect.name == "sqlite":
        return Organisation.__table__.c.lookalike_score
    return func.coalesce(Organisation.lookalike_score, score_expression(profile))


@dataclass(frozen=True)
class Refresh:
    """What :func:`refresh_scores` did."""

    organisations: int  # scores written
    full: bool  # every organisation, because no earlier profile was known


def scores_current(session: Session, profile: CustomerProfile) -> bool:
    """True when every stored score is exact for *profile* (nothing to refresh)."""
    state = _state(session)
    if state is None or state.fingerprint != fingerprint(profile_entries(profile)):
        return False
    return (
        session.scalar(
            select(Organisation.id).where(Organisation.lookalike_score.is_(None)).limit(1)
        )
        is None
    )


def _stored_entries(state: LookalikeState) -> set[Entry] | None:
    try:
        return {
            (tuple(attributes), int(weight), tuple(values))
            for attributes, weight, values in state.entries
        }
    except (TypeError, ValueError):
        return None  # unreadable: recompute everything


_WRITE_CHUNK = 5_000  # organisation ids per UPDATE: well under every backend's parameter limit


def _write_scores(
    session: Session, profile: CustomerProfile, where: ColumnElement[bool] | None
) -> int:
    """Score the organisations *where* selects (all when None) and store the changed scores.

    The four attributes are normalised in SQL as the profile's own (:func:`segment_columns`),
    then each distinct segment is matched once by the profile itself, and the scores are
    written grouped by value. Evaluating :func:`score_expression` in the UPDATE gives the same
    numbers but costs PostgreSQL seconds on 100,000 rows, where row-value IN lists are
    compared one by one.
    """
    stored = Organisation.__table__.c.lookalike_score
    query = select(Organisation.id, stored, *segment_columns().values())
    if where is not None:
        query = query.where(where)
    scores: dict[tuple[Any, ...], int] = {}
    by_score: dict[int, list[int]] = {}
    for row in session.execute(query):
        key = tuple(row[2:])
        score = scores.get(key)
        if score is None:
            score = scores[key] = profile.match(segment_of(key)).score
        if score != row[1]:  # an unchanged score is not written again
            by_score.setdefault(score, []).append(row[0])
    written = 0
    for score, ids in sorted(by_score.items()):
        for start in range(0, len(ids), _WRITE_CHUNK):
            chunk = ids[start : start + _WRITE_CHUNK]
            session.execute(
                update(Organisation)
                .where(Organisation.id.in_(chunk))
                .values(lookalike_score=score)
                .execution_options(synchronize_session=False)
            )
            written += len(chunk)
    return written


def refresh_in(session: Session, today: date | None = None) -> Refresh:
    """Bring every stored score up to date with today's profile, inside a write *session*.

    Organisations whose score is empty are computed; when the profile changed, only those that
    have one of the added or dropped value combinations can score differently, so only those
    are recomputed. Without a readable earlier profile every organisation is.
    """
    profile = good_customer_profile(session, today)
    entries = profile_entries(profile)
    current = fingerprint(entries)
    state = _state(session)
    old = None if state is None else _stored_entries(state)
    affected: ColumnElement[bool] | None = None  # None: all of them
    if old is not None:
        changed = old.symmetric_difference(entries) if old != set(entries) else set()
        conditions = [condition for condition, _weight in _conditions(changed)]
        affected = or_(Organisation.lookalike_score.is_(None), *conditions, false())
    written = _write_scores(session, profile, affected)
    if state is None:
        state = LookalikeState(id=STATE_ID, fingerprint=current, entries=[])
        session.add(state)
    state.fingerprint = current
    state.entries = [[list(a), w, list(v)] for a, w, v in entries]
    state.refreshed_at = utcnow()
    session.flush()
    return Refresh(written, affected is None)


def wrong_scores(session: Session) -> int:
    """Stored scores that differ from the profile they say they were computed from (0 when
    all is well; empty scores are not wrong, only not computed yet).

    The check reads the organisations' attributes and scores them from the stored profile's
    values in Python (the heaviest supported attribute set), apart from how they were written.
    """
    stored = Organisation.__table__.c.lookalike_score
    state = _state(session)
    entries = None if state is None else _stored_entries(state)
    rows = session.execute(
        select(stored, *segment_columns().values()).where(stored.is_not(None))
    ).all()
    if entries is None:
        return len(rows)  # scores without a profile they came from
    weights = {(attributes, values): weight for attributes, weight, values in entries}
    scores: dict[tuple[Any, ...], int] = {}
    wrong = 0
    for row in rows:
        key = tuple(row[1:])
        if key not in scores:
            scores[key] = _heaviest(weights, segment_of(key))
        wrong += scores[key] != row[0]
    return wrong


def _heaviest(weights: dict[tuple[Any, ...], int], segment: Segment) -> int:
    """The weight of the heaviest attribute set whose values *segment* has among *weights*."""
    for subset in SUBSETS:
        weight = weights.get((subset, tuple(segment.value(a) for a in subset)))
        if weight is not None:
            return weight
    return 0


def rebuild_in(session: Session, today: date | None = None) -> Refresh:
    """Recompute every stored score from today's profile, inside a write *session*."""
    state = _state(session)
    if state is not None:
        session.delete(state)
        session.flush()
    return refresh_in(session, today)


def refresh_scores(db: Database, today: date | None = None) -> Refresh:
    """Bring the stored scores up to date in their own transaction (see :func:`refresh_in`)."""
    with db.write() as session:
        return refresh_in(session, today)


def _try_refresh(db: Database, today: date | None) -> bool:
    try:
        refresh_scores(db, today)
    except (DatabaseError, SQLAlchemyError) as exc:
        log.info("lookalike scores not refreshed: %s", exc)
        return False
    return True


def ensure_scores(db: Database, today: date | None = None) -> None:
    """Refresh the stored scores when they are not current and the database lets us write.

    Reading never depends on it: :func:`score_column` falls back to the expression, so a
    read-only copy or a busy database is only slower, never wrong.
    """
    with db.read() as session:
        if scores_current(session, good_customer_profile(session, today)):
            return
    _try_refresh(db, today)


def current_profile(session: Session, db: Database, today: date | None = None) -> CustomerProfile:
    """Today's profile for a read in *session*, with the stored scores brought up to date
    first when they are not (see :func:`ensure_scores`); the profile is computed once when
    they are, which is nearly always."""
    profile = good_customer_profile(session, today)
    if scores_current(session, profile) or not _try_refresh(db, today):
        return profile
    session.commit()  # end the read's snapshot: the next query sees the refreshed scores
    return good_customer_profile(session, today)
