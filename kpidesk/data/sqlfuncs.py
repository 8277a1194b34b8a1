"""Portable SQL for what SQLite and PostgreSQL spell differently: day differences, month keys.

Services write ``days_between(a, b)`` or ``month_key(day)`` and each database gets its own SQL
(SQLAlchemy's ``@compiles``), so no service carries ``julianday`` or ``date_trunc`` itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement


class days_between(FunctionElement[int]):  # noqa: N801 - reads like a SQL function
    """Whole days from the first date to the second (``later - earlier``)."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between)
def _days_default(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    return "CAST(julianday({end}) - julianday({start}) AS INTEGER)".format(
        start=compiler.process(start, **kw), end=compiler.process(end, **kw)
    )


@compiles(days_between, "postgresql")
def _days_postgresql(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    # date - date is an integer of days; timestamps are cast to their day first.
    return "(CAST({end} AS DATE) - CAST({start} AS DATE))".format(
        start=compiler.process(start, **kw), end=compiler.process(end, **kw)
    )


class month_key(FunctionElement[str]):  # noqa: N801 - reads like a SQL function
    """The month of a date as text ``YYYY-MM``: a key for GROUP BY month."""

    type = String()
    inherit_cache = True
    name = "month_key"


@compiles(month_key)
def _month_default(element: month_key, compiler: Any, **kw: Any) -> str:
    (day,) = list(element.clauses)
    return "strftime('%Y-%m', {day})".format(day=compiler.process(day, **kw))


@compiles(month_key, "postgresql")
def _month_postgresql(element: month_key, compiler: Any, **kw: Any) -> str:
    (day,) = list(element.clauses)
    return "to_char({day}, 'YYYY-MM')".format(day=compiler.process(day, **kw))

