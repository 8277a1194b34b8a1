"""Portable SQL for what SQLite and PostgreSQL spell differently: UTC days, day differences, months.

Services write ``days_between(a, b)``, ``day_number(x)`` or ``month_key(day)`` and each database
gets its own SQL (SQLAlchemy's ``@compiles``), so no service carries ``julianday`` or
``AT TIME ZONE`` itself.  Moments (``DateTime``) count by their UTC calendar day on both
databases, whatever the server's or the session's time zone; plain dates count as they are.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date, DateTime, Integer, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import FunctionElement


class day_number(FunctionElement[int]):
    """A whole number for the calendar day of a date, or the UTC day of a moment.

    Only differences mean something (the numbering differs per database): ``day_number(b) -
    day_number(a)`` is :class:`days_between`, and unlike it works through ``COALESCE``.
    """

    type = Integer()
    inherit_cache = True
    name = "day_number"


class days_between(FunctionElement[int]):
    """Whole days from the first date or moment to the second (``later - earlier``).

    Moments count by their UTC day: 23:59 and 00:01 UTC of the next day are one day apart.
    """

    type = Integer()
    inherit_cache = True
    name = "days_between"


def _is_moment(clause: Any) -> bool:
    return isinstance(getattr(clause, "type", None), DateTime)


def _is_aware(clause: Any) -> bool:
    kind = getattr(clause, "type", None)
    return isinstance(kind, DateTime) and bool(kind.timezone)


def _julian_day(clause: Any, compiler: Any, **kw: Any) -> str:
    # date() reads the ISO text SQLite stores (any "+hh:mm" suffix shifts it to UTC) and drops
    # the time of day; julianday() of a bare date is the day number at its midnight, so two of
    # them differ by an exact whole number.
    return f"julianday(date({compiler.process(clause, **kw)}))"


def _pg_day(clause: Any, compiler: Any, **kw: Any) -> str:
    sql: str = compiler.process(clause, **kw)
    if _is_aware(clause):
        # timestamptz → the UTC wall clock → its day; a plain cast would use the session zone.
        return f"CAST(({sql} AT TIME ZONE 'UTC') AS DATE)"
    if _is_moment(clause) or not isinstance(getattr(clause, "type", None), Date):
        return f"CAST({sql} AS DATE)"
    return sql


@compiles(day_number)
def _day_number_default(element: day_number, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    # The Julian day at midnight is n + 0.5: dropping the half keeps differences exact.
    return f"CAST({_julian_day(value, compiler, **kw)} AS INTEGER)"


@compiles(day_number, "postgresql")
def _day_number_postgresql(element: day_number, compiler: Any, **kw: Any) -> str:
    (value,) = list(element.clauses)
    return f"({_pg_day(value, compiler, **kw)} - DATE '2000-01-01')"


@compiles(days_between)
def _days_default(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    first, last = _julian_day(start, compiler, **kw), _julian_day(end, compiler, **kw)
    return f"CAST({last} - {first} AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_postgresql(element: days_between, compiler: Any, **kw: Any) -> str:
    start, end = list(element.clauses)
    # date - date is an integer number of days.
    return f"({_pg_day(end, compiler, **kw)} - {_pg_day(start, compiler, **kw)})"


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
