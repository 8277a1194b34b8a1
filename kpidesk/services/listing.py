"""Helpers for paged, sorted, filtered lists that views show through lazy table models."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session


def like_pattern(text: str) -> str:
    """A case-insensitive LIKE pattern that treats % and _ in the search text literally."""
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def ordered(
    query: Any,
    sort_columns: Mapping[str, Any],
    sort_key: str | None,
    descending: bool,
    tiebreak: Any,
) -> Any:
    """Apply a sort chosen by key (unknown keys sort by the tiebreak), always stable."""
    column = sort_columns.get(sort_key or "")
    if column is None:
        return query.order_by(tiebreak.desc() if descending else tiebreak)
    primary = column.desc() if descending else column.asc()
    return query.order_by(primary, tiebreak.desc() if descending else tiebreak)


def count_rows(session: Session, query: Any) -> int:
    """Count the rows a filtered query returns, without its ordering or paging."""
    inner = query.order_by(None).limit(None).offset(None).subquery()
    return int(session.scalar(select(func.count()).select_from(inner)) or 0)


def fetch_page(
    session: Session,
    query: Any,
    sort_columns: Mapping[str, Any],
    sort_key: str | None,
    descending: bool,
    tiebreak: Any,
    offset: int,
    limit: int,
    count_query: Any = None,
) -> tuple[list[tuple[Any, ...]], int]:
    """Count the filtered rows, then fetch one sorted page of them as plain tuples.

    *count_query*, when given, counts the same rows more cheaply (for example without the
    outer joins that only add display columns); it must select exactly one count.
    """
    if count_query is not None:
        total = int(session.scalar(count_query) or 0)
    else:
        total = count_rows(session, query)
    page = ordered(query, sort_columns, sort_key, descending, tiebreak)
    rows = [tuple(row) for row in session.execute(page.offset(offset).limit(limit))]
    return rows, total
