"""Managing the pipeline stages: add, rename, reorder, probability, rotting days, delete.

Every change returns what its undo needs: :func:`update_stage` the previous values,
:func:`move_stage` and :func:`reorder_stages` every stage's previous position, and
:func:`delete_stage` a :class:`RemovedStage` that :func:`restore_stage` puts back.  A stage's
position feeds the stage-flow figures (migration 0007), so positions come back exactly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import pick, plural, tr
from kpidesk.data.database import Database
from kpidesk.data.models import STAGE_OPEN, Deal, DealStageHistory, Stage
from kpidesk.services.common import CONFIG, DEALS, Changes
from kpidesk.services.errors import NotFound, Refused


@dataclass(frozen=True)
class StageValues:
    """What the stage dialog edits; ``rotting_days`` None is never (always None for Won/Lost)."""

    name_nl: str
    name_en: str
    probability: int
    rotting_days: int | None


@dataclass(frozen=True)
class RemovedStage:
    """A deleted open stage: its id and values, and every stage's position before the delete."""

    stage_id: int
    values: StageValues
    positions: dict[int, int]


def _stage(session: Session, stage_id: int) -> Stage:
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise NotFound(tr("This stage no longer exists."))
    return stage


def _check_values(probability: int, rotting_days: int | None) -> None:
    if not 0 <= probability <= 100:
        raise Refused(tr("A win probability lies between 0% and 100%."))
    if rotting_days is not None and rotting_days < 1:
        raise Refused(tr("A deal can sleep after 1 day at the earliest; leave it empty for never."))


def _renumber(session: Session) -> None:
    """Positions 1..n: open stages in their order, then Won and Lost."""
    stages = list(session.scalars(select(Stage).order_by(Stage.position, Stage.id)))
    stages.sort(key=lambda s: (s.kind != STAGE_OPEN, s.position, s.id))
    for number, stage in enumerate(stages, 1):
        stage.position = number


def _positions(session: Session) -> dict[int, int]:
    return {
        stage_id: position
        for stage_id, position in session.execute(select(Stage.id, Stage.position))
    }


def _place(session: Session, positions: Mapping[int, int]) -> None:
    """Give every stage exactly its position in *positions* (open stages before Won and Lost)."""
    stages = {s.id: s for s in session.scalars(select(Stage))}
    if set(positions) != set(stages):
        raise Refused(tr("The stages changed meanwhile. Try again."))
    opens = [positions[i] for i, s in stages.items() if s.kind == STAGE_OPEN]
    closed = [positions[i] for i, s in stages.items() if s.kind != STAGE_OPEN]
    if opens and closed and max(opens) >= min(closed):
        raise Refused(tr("Won and Lost always come last on the board."))
    for stage_id, stage in stages.items():
        if stage.position != positions[stage_id]:
            stage.position = positions[stage_id]


def _changes() -> Changes:
    return Changes.of(CONFIG, DEALS)


def add_stage(
    db: Database,
    name_nl: str,
    name_en: str,
    *,
    probability: int = 0,
    rotting_days: int | None = None,
    after_stage_id: int | None = None,
) -> tuple[int, Changes]:
    """Add an open stage after *after_stage_id* (or after the last open stage)."""
    nl, en = " ".join(name_nl.split()), " ".join(name_en.split())
    if not nl and not en:
        raise Refused(tr("A stage needs a name."))
    _check_values(probability, rotting_days)
    with db.write() as session:
        _renumber(session)
        opens = list(
            session.scalars(select(Stage).where(Stage.kind == STAGE_OPEN).order_by(Stage.position))
        )
        anchor = opens[-1].position if opens else 0
        if after_stage_id is not None:
            anchor = _stage(session, after_stage_id).position
        for other in session.scalars(select(Stage).where(Stage.position > anchor)):
            other.position += 1
        stage = Stage(
            name_nl=nl or en,
            name_en=en or nl,
            position=anchor + 1,
            kind=STAGE_OPEN,
            probability=probability,
            rotting_days=rotting_days,
        )
        session.add(stage)
        session.flush()
        return stage.id, _changes()


def update_stage(db: Database, stage_id: int, values: StageValues) -> tuple[StageValues, Changes]:
    """Rename a stage or change its numbers; deals and their history keep pointing at it.

    Returns the previous values, for undo.
    """
    nl, en = " ".join(values.name_nl.split()), " ".join(values.name_en.split())
    if not nl and not en:
        raise Refused(tr("A stage needs a name."))
    _check_values(values.probability, values.rotting_days)
    with db.write() as session:
        stage = _stage(session, stage_id)
        before = StageValues(stage.name_nl, stage.name_en, stage.probability, stage.rotting_days)
        stage.name_nl, stage.name_en = nl or en, en or nl
        stage.probability = values.probability
        stage.rotting_days = values.rotting_days if stage.kind == STAGE_OPEN else None
    return before, _changes()


def reorder_stages(db: Database, positions: Mapping[int, int]) -> tuple[dict[int, int], Changes]:
    """Give every stage (by id) exactly its position; returns the previous positions for undo.

    *positions* must name every stage, and put the open stages before Won and Lost.
    """
    with db.write() as session:
        before = _positions(session)
        _place(session, positions)
    return before, _changes()


def move_stage(db: Database, stage_id: int, steps: int) -> tuple[dict[int, int], Changes]:
    """Move an open stage *steps* places left (negative) or right among the open stages.

    Returns every stage's previous position, for :func:`reorder_stages` to undo the move.
    """
    with db.write() as session:
        stage = _stage(session, stage_id)
        if stage.kind != STAGE_OPEN:
            raise Refused(tr("Won and Lost always come last on the board."))
        before = _positions(session)
        _renumber(session)
        opens = list(
            session.scalars(select(Stage).where(Stage.kind == STAGE_OPEN).order_by(Stage.position))
        )
        index = opens.index(stage)
        new_index = max(0, min(len(opens) - 1, index + steps))
        if new_index != index:
            opens.insert(new_index, opens.pop(index))
            for number, item in enumerate(opens, 1):
                item.position = number
    return before, _changes()


def delete_stage(db: Database, stage_id: int) -> tuple[RemovedStage, Changes]:
    """Delete an empty open stage; refused while deals (also in the trash) or history use it.

    Returns what :func:`restore_stage` needs to put it back in its place.
    """
    with db.write() as session:
        stage = _stage(session, stage_id)
        name = pick(stage.name_nl, stage.name_en)
        if stage.kind != STAGE_OPEN:
            raise Refused(tr("Won and Lost cannot be deleted: every pipeline needs them."))
        deals = (
            session.scalar(select(func.count()).select_from(Deal).where(Deal.stage_id == stage_id))
            or 0
        )
        if deals:
            raise Refused(
                plural(
                    deals,
                    tr(
                        "{stage} still holds {count} deal. Move it to another stage first "
                        "(a deleted deal in the trash counts too)."
                    ),
                    tr(
                        "{stage} still holds {count} deals. Move them to another stage first "
                        "(deleted deals in the trash count too)."
                    ),
                ).format(stage=name, count=deals)
            )
        open_count = (
            session.scalar(select(func.count()).select_from(Stage).where(Stage.kind == STAGE_OPEN))
            or 0
        )
        if open_count <= 1:
            raise Refused(tr("The pipeline needs at least one open stage."))
        used = (
            session.scalar(
                select(func.count())
                .select_from(DealStageHistory)
                .where(
                    (DealStageHistory.from_stage_id == stage_id)
                    | (DealStageHistory.to_stage_id == stage_id)
                )
            )
            or 0
        )
        if used:
            raise Refused(
                tr(
                    "{stage} appears in the stage history, which deal velocity needs ({count} "
                    "stage changes). Rename it instead of deleting it."
                ).format(stage=name, count=used)
            )
        removed = RemovedStage(
            stage_id,
            StageValues(stage.name_nl, stage.name_en, stage.probability, stage.rotting_days),
            _positions(session),
        )
        session.delete(stage)
        session.flush()
        _renumber(session)
    return removed, _changes()


def restore_stage(db: Database, removed: RemovedStage) -> tuple[int, Changes]:
    """Re-create a deleted stage under its own id and put every stage back in its old position.

    A stage can only be deleted while no deal or history row uses it, so this is the old stage
    again; keeping the id keeps every earlier undo step that names it working.  Returns the id.
    """
    values = removed.values
    with db.write() as session:
        if session.get(Stage, removed.stage_id) is not None:
            raise Refused(tr("The stages changed meanwhile. Try again."))
        session.add(
            Stage(
                id=removed.stage_id,
                name_nl=values.name_nl,
                name_en=values.name_en,
                position=removed.positions.get(removed.stage_id, 0),
                kind=STAGE_OPEN,
                probability=values.probability,
                rotting_days=values.rotting_days,
            )
        )
        session.flush()
        _place(session, removed.positions)
        return removed.stage_id, _changes()
