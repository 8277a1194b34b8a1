"""Check and rebuild the KPI totals (the roll-ups that triggers keep exact) and the stored scores.

In normal use the totals are never wrong; this is the safety net when a database was changed
around its triggers.  See :mod:`kpidesk.data.rollups`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr, tr_noop
from kpidesk.data import rollups
from kpidesk.data.database import Database
from kpidesk.services.errors import Refused
from kpidesk.services.leads import lookalike

LOOKALIKE = "organisations.lookalike_score"
# What each derived table is, for the person reading the check.
LABELS = {
    "activity_day_totals": tr_noop("Activity totals per day"),
    "deal_stage_history": tr_noop("Stage history, figures per stage change"),
    "stage_entry_months": tr_noop("Stage entries per month"),
    "stage_exit_months": tr_noop("Stage exits per month"),
    LOOKALIKE: tr_noop("Lookalike scores of organisations"),
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


def _found(session: Session) -> TotalsCheck:
    conn = session.connection()
    states = [(s.table, s.wrong) for s in rollups.check(conn)]
    states.append((LOOKALIKE, lookalike.wrong_scores(session)))
    return TotalsCheck(
        tuple(TotalsState(tr(LABELS[table]), wrong) for table, wrong in states),
        tuple(rollups.missing_triggers(conn)),
    )


def check_totals(db: Database) -> TotalsCheck:
    """Compare every KPI total and stored score with what it is made from; changes nothing."""
    with db.read() as session:
        return _found(session)


def repair_totals(db: Database) -> TotalsCheck:
    """Rebuild every KPI total from its rows in one transaction; returns what was found before."""
    try:
        with db.write() as session:
            found = _found(session)
            rollups.rebuild(session.connection())
            lookalike.rebuild_in(session)
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
