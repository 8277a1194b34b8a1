"""Targets: reading and setting monthly targets per rep and for the team, and ramps.

The method asks for targets that start realistic and are raised step by step: a ramp such as
"start at 20 qualified leads, +10% per quarter, at most 40" writes one target per month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.core.kpi import Ramp, ramp_months, team_target
from kpidesk.core.periods import add_months, month_start
from kpidesk.data.database import Database
from kpidesk.data.models import TARGET_KPIS, Target, TeamMember, scope_key
from kpidesk.services.common import TARGETS, Changes
from kpidesk.services.errors import NotFound, Refused


@dataclass(frozen=True)
class TargetCell:
    """One scope's target for one KPI and month; ``value`` is None when none is set."""

    rep_id: int | None
    kpi: str
    month: date
    value: int | None


@dataclass(frozen=True)
class TargetGrid:
    """The targets of one KPI over consecutive months: rows per rep plus the team row.

    ``team_effective`` is the team's own target where set, else the sum of the reps'.
    """

    kpi: str
    months: tuple[date, ...]
    rep_ids: tuple[int, ...]
    rep_names: tuple[str, ...]
    rep_values: tuple[tuple[int | None, ...], ...]
    team_own: tuple[int | None, ...]
    team_effective: tuple[int | None, ...]


def _check_kpi(kpi: str) -> None:
    if kpi not in TARGET_KPIS:
        raise Refused(tr("There is no KPI called {kpi}.").format(kpi=kpi))


def target_grid(db: Database, kpi: str, first_month: date, count: int = 12) -> TargetGrid:
    """The targets of *kpi* for *count* months from *first_month*, for every active rep."""
    _check_kpi(kpi)
    months = tuple(add_months(month_start(first_month), i) for i in range(count))
    with db.read() as session:
        reps = session.execute(
            select(TeamMember.id, TeamMember.name)
            .where(TeamMember.active.is_(True), TeamMember.role == "rep")
            .order_by(TeamMember.name)
        ).all()
        rows = session.execute(
            select(Target.scope_key, Target.month, Target.value).where(
                Target.kpi == kpi, Target.month.between(months[0], months[-1])
            )
        ).all()
    values = {(scope, month): int(value) for scope, month, value in rows}
    rep_values = tuple(
        tuple(values.get((scope_key(rid), m)) for m in months) for rid, _name in reps
    )
    team_own = tuple(values.get(("team", m)) for m in months)
    effective = []
    for i, m in enumerate(months):
        # Every rep's target counts toward the team, also reps no longer shown as active.
        others = [v for (scope, month), v in values.items() if month == m and scope != "team"]
        effective.append(team_target(team_own[i], others))
    return TargetGrid(
        kpi,
        months,
        tuple(r[0] for r in reps),
        tuple(r[1] for r in reps),
        rep_values,
        team_own,
        tuple(effective),
    )


def _set(db_session: Session, rep_id: int | None, kpi: str, month: date, value: int | None) -> None:
    key = scope_key(rep_id)
    first = month_start(month)
    row = db_session.scalar(
        select(Target).where(Target.scope_key == key, Target.kpi == kpi, Target.month == first)
    )
    if value is None:
        if row is not None:
            db_session.delete(row)
        return
    if value < 0:
        raise Refused(tr("A target cannot be negative."))
    if row is None:
        db_session.add(Target(rep_id=rep_id, scope_key=key, kpi=kpi, month=first, value=value))
    else:
        row.value = value


def set_targets(db: Database, cells: list[TargetCell]) -> tuple[list[TargetCell], Changes]:
    """Set (or with ``value=None`` clear) targets; returns the previous cells for undo."""
    previous: list[TargetCell] = []
    with db.write() as session:
        for cell in cells:
            _check_kpi(cell.kpi)
            if cell.rep_id is not None and session.get(TeamMember, cell.rep_id) is None:
                raise NotFound(tr("This team member no longer exists."))
            old = session.scalar(
                select(Target.value).where(
                    Target.scope_key == scope_key(cell.rep_id),
                    Target.kpi == cell.kpi,
                    Target.month == month_start(cell.month),
                )
            )
            previous.append(
                TargetCell(
                    cell.rep_id,
                    cell.kpi,
                    month_start(cell.month),
                    None if old is None else int(old),
                )
            )
            _set(session, cell.rep_id, cell.kpi, cell.month, cell.value)
    return previous, Changes.of(TARGETS)


def ramp_cells(
    rep_ids: list[int | None], kpi: str, first_month: date, months: int, ramp: Ramp
) -> list[TargetCell]:
    """The target cells a ramp writes for each scope (a rep id, or None for the team)."""
    _check_kpi(kpi)
    if months < 1 or months > 60:
        raise Refused(tr("A ramp runs for 1 to 60 months."))
    if ramp.start < 0:
        raise Refused(tr("A ramp starts at zero or more."))
    if ramp.cap is not None and ramp.cap < ramp.start:
        raise Refused(tr("The maximum must be at least the starting value."))
    if ramp.step_percent < 0:
        raise Refused(tr("Targets are raised step by step: the step cannot be negative."))
    return [
        TargetCell(rid, kpi, month, value)
        for rid in rep_ids
        for month, value in ramp_months(ramp, first_month, months)
    ]


def apply_ramp(
    db: Database, rep_ids: list[int | None], kpi: str, first_month: date, months: int, ramp: Ramp
) -> tuple[list[TargetCell], Changes]:
    """Write a ramp of monthly targets; returns the previous cells so the change can be undone."""
    return set_targets(db, ramp_cells(rep_ids, kpi, first_month, months, ramp))


def clear_targets(db: Database, rep_id: int | None, kpi: str) -> Changes:
    """Remove every target of one scope and KPI."""
    _check_kpi(kpi)
    with db.write() as session:
        session.execute(
            delete(Target).where(Target.scope_key == scope_key(rep_id), Target.kpi == kpi)
        )
    return Changes.of(TARGETS)
