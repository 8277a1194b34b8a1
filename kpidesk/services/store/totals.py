"""Check and rebuild the KPI totals (the roll-ups that triggers keep exact).

In normal use the totals are never wrong; this is the safety net when a database was changed
around its triggers.  See :mod:`kpidesk.data.rollups`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.data import rollups
from kpidesk.data.database import Database
from kpidesk.services.errors import Refused

# What each derived table is, for the person reading the check.
LABELS = {
    "activity_day_totals": tr_noop("Activity totals per day"),
    "deal_stage_history": tr_noop("Stage history, figures per stage change"),
    "stage_entry_months": tr_noop("Stage entries per month"),
    "stage_exit_months": tr_noop("Stage exits per month"),
}


@dataclass(frozen=True)
class TotalsState:
    label: str  # translated
    wrong: int  # cells or rows that differ from their source


@dataclass(frozen=True)
class TotalsCheck:
    states: tuple[TotalsState, ...]
    missing_triggers: tuple[str, ...] = ()  # nothing keeps these totals exact any more

    @property
    def exact(self) -> bool:
        return not any(s.wrong for s in self.states)


def _translated(states: list[rollups.RollupState], missing: list[str]) -> TotalsCheck:
    return TotalsCheck(
        tuple(TotalsState(tr(LABELS[s.table]), s.wrong) for s in states),
        tuple(missing),
    )


def check_totals(db: Database) -> TotalsCheck:
    """Compare every KPI total with the rows it sums; changes nothing."""
    with db.read() as session:
        conn = session.connection()
        return _translated(rollups.check(conn), rollups.missing_triggers(conn))


def repair_totals(db: Database) -> TotalsCheck:
    """Rebuild every KPI total from its rows in one transaction; returns what was found before."""
    try:
        with db.write() as session:
            conn = session.connection()
            found = _translated(rollups.check(conn), rollups.missing_triggers(conn))
            rollups.rebuild(conn)
    except DBAPIError as exc:
        denied = getattr(exc.orig, "sqlstate", None) == "42501"  # insufficient_privilege
        if denied or "permission denied" in str(exc.orig).lower():
            raise Refused(
                tr(
                    "Only the owner of the team database can rebuild the totals. Ask the "
                    "administrator to run: kpidesk --db ADDRESS check-totals --repair"
                )
            ) from exc
        raise
    return found
