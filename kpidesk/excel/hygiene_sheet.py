"""What the pipeline hygiene sheet of the meeting workbook holds: what needs attention, per rep.

Two tables on one sheet: per rep the open deals, those needing attention and the count of each
flag (the team on the last row), then every deal that needs attention with its reasons.  The
figures come from :mod:`kpidesk.services.deals.hygiene`; :mod:`kpidesk.excel.kpi_workbook`
lays the sheet out like its other detail sheets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class HygieneTable:
    """Headers, the Excel number format per column (None = general), and the rows."""

    headers: list[str]
    formats: list[str | None]
    rows: Sequence[Sequence[Any]]


@dataclass(frozen=True)
class HygieneSheet:
    """Per rep: rep, open deals, needing attention, one count per flag (the team last when the
    workbook is the team's); then the deals that need attention: rep, deal, organisation, stage,
    value, expected close, and the flags in a short line (the full sentences are on the
    board's card)."""

    per_rep: HygieneTable
    deals: HygieneTable
    note: str
    team_row: bool = True  # the last row of per_rep is the whole team
