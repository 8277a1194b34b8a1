"""Managing the pipeline stages: add, rename, reorder, probability, rotting days, delete."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import pick, plural, tr
from kpidesk.data.database import Database
from kpidesk.data.models import STAGE_OPEN, Deal, DealStageHistory, Stage
from kpidesk.services.common import CONFIG, DEALS, Changes
from kpidesk.services.errors import NotFound, Refused


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


def update_stage(
    db: Database,
    stage_id: int,
    *,
    name_nl: str,
    name_en: str,
    probability: int,
    rotting_days: int | None,
) -> Changes:
    """Rename a stage or change its numbers; deals and their history keep pointing at it."""
    nl, en = " ".join(name_nl.split()), " ".join(name_en.split())
    if not nl and not en:
        raise Refused(tr("A stage needs a name."))
    _check_values(probability, rotting_days)
    with db.write() as session:
        stage = _stage(session, stage_id)
        stage.name_nl, stage.name_en = nl or en, en or nl
        stage.probability = probability
        stage.rotting_days = rotting_days if stage.kind == STAGE_OPEN else None
    return _changes()


def move_stage(db: Database, stage_id: int, steps: int) -> Changes:
    """Move an open stage *steps* places left (negative) or right among the open stages."""
    with db.write() as session:
        stage = _stage(session, stage_id)
        if stage.kind != STAGE_OPEN:
            raise Refused(tr("Won and Lost always come last on the board."))
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
    return _changes()


def delete_stage(db: Database, stage_id: int) -> Changes:
    """Delete an empty open stage; refused while deals (also in the trash) or history use it."""
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
        session.delete(stage)
        session.flush()
        _renumber(session)
    return _changes()
