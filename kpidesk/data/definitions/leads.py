"""Leads and qualification: the qualified leads of a period (base KPI 1)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, select

from kpidesk.data import tables as t
from kpidesk.data.tables import LEAD_QUALIFIED

# The day a qualified lead counts on: the day it was found to meet the ideal-customer checklist.
QUALIFIED_DAY = t.leads.c.qualified_at


def qualified_in(start: date, end: date) -> ColumnElement[bool]:
    """A lead counts as qualified in ``start``–``end`` (both inclusive).

    It is qualified now (it met the ideal-customer checklist), was qualified on a day in the
    range, and is not in the trash.  A lead that was disqualified later no longer counts.
    """
    return and_(
        t.leads.c.status == LEAD_QUALIFIED,
        QUALIFIED_DAY.between(start, end),
        t.leads.c.deleted_at.is_(None),
    )


def qualified_leads(start: date, end: date, rep_id: int | None = None, *columns: Any) -> Any:
    """The qualified leads of the range (their ids, or *columns*), for the team or one rep."""
    query = (
        select(*(columns or (t.leads.c.id,))).select_from(t.leads).where(qualified_in(start, end))
    )
    return query.where(t.leads.c.owner_id == rep_id) if rep_id is not None else query
