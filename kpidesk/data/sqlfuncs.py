"""Portable SQL for what SQLite and PostgreSQL spell differently: day differences, month keys.

Services write ``days_between(a, b)`` or ``month_key(day)`` and each database gets its own SQL
(SQLAlchemy's ``@compiles``), so no service carries ``julianday`` or ``date_trunc`` itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement


class days_between(FunctionElement[int]):
    """Whole days from the first date to the second (``later - earlier``)."""

    type = Integer()
    inherit_cache = True
    name = "days_between"


@compiles(days_between)
def _days_default(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    first, last = compiler.process(start, **kw), compiler.process(end, **kw)
    return f"CAST(julianday({last}) - julianday({first}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_postgresql(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    # date - date is an integer of days; timestamps are cast to their day first.
    first, last = compiler.process(start, **kw), compiler.process(end, **kw)
    return f"(CAST({last} AS DATE) - CAST({first} AS DATE))"


class month_key(FunctionElement[str]):
    """The month of a date as text ``YYYY-MM``: a key for GROUP BY month."""

    type = String()
    inherit_cache = True
    name = "month_key"


@compiles(month_key)
def _month_default(element: month_key, compiler: Any, **kw: Any) -> str:
    (day,) = list(element.clauses)
    return f"strftime('%Y-%m', {compiler.process(day, **kw)})"


@compiles(month_key, "postgresql")
def _month_postgresql(element: month_key, compiler: Any, **kw: Any) -> str:
    (day,) = list(element.clauses)
    return f"to_char({compiler.process(day, **kw)}, 'YYYY-MM')"
