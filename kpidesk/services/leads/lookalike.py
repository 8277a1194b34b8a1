"""The profile of today's good customers, and the lookalike score as a SQL expression.

Good customers are active (not churned, not in the trash), long-standing (a customer for at
least a year) and high-value (a recurring value at or above the median of those customers).
The profile is aggregated in SQL (one GROUP BY over customers); the score of a page of leads is
then computed in Python by :mod:`kpidesk.core.lookalike`, and for sorting a whole list the same
score is rebuilt as a CASE expression so the database can order 100,000 leads itself.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, select, tuple_
from sqlalchemy.orm import Session

from kpidesk.core.lookalike import (
    INDUSTRY,
    LONG_STANDING_MONTHS,
    REGION,
    REVENUE,
    REVENUE_BOUNDS_CENTS,
    SIZE,
    SIZE_BOUNDS,
    CustomerProfile,
    Segment,
)
from kpidesk.core.periods import add_months
from kpidesk.data.models import Customer, Organisation


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


def score_expression(profile: CustomerProfile) -> ColumnElement[Any]:
    """The lookalike score of an organisation row as SQL: the same answer as ``profile.match``.

    Attribute sets are tried heaviest first; a set counts when the lead's values are among the
    value combinations that enough good customers share.
    """
    columns = segment_columns()
    whens: list[tuple[Any, Any]] = []
    for attributes, weight, values in profile.supported():
        if len(attributes) == 1:
            condition = columns[attributes[0]].in_([v[0] for v in values])
        else:
            condition = tuple_(*(columns[a] for a in attributes)).in_(values)
        whens.append((condition, weight))
    if not whens:
        return literal(0)
    return case(*whens, else_=0)
