"""The history of a deal's expected close date: one row per change, written where it changes.

The deal editor and imports that update a deal write it; a new deal's first date is no change.
Pipeline hygiene reads it (a deal whose date moved later twice or more needs attention).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from kpidesk.data.models import DealCloseChange


def close_change_row(
    deal_id: int,
    old: date | None,
    new: date | None,
    *,
    changed_by_id: int | None = None,
    changed_at: datetime | None = None,
) -> dict[str, Any]:
    """The values of one history row, for a bulk insert (imports)."""
    return {
        "deal_id": deal_id,
        "old_date": old,
        "new_date": new,
        "changed_at": changed_at or datetime.now(UTC),
        "changed_by_id": changed_by_id,
    }


def record_close_change(
    session: Session,
    deal_id: int,
    old: date | None,
    new: date | None,
    *,
    changed_by_id: int | None = None,
) -> int | None:
    """Keep a change of the expected close date; returns the new row's id (None: no change)."""
    if old == new:
        return None
    row = DealCloseChange(**close_change_row(deal_id, old, new, changed_by_id=changed_by_id))
    session.add(row)
    session.flush()
    return row.id
