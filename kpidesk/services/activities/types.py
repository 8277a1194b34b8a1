"""The activity types editor: names in Dutch and English, points, active and order.

An activity is worth its type's *current* points, so changing a type's points re-weights every
activity of that type ever logged; :func:`type_usage` tells the editor how many that is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from kpidesk.core.i18n import tr
from kpidesk.core.points import TypeName, match_activity_type, name_key
from kpidesk.data.database import Database
from kpidesk.data.models import Activity, ActivityType
from kpidesk.services.common import ACTIVITIES, CONFIG, Changes
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.reference import ActivityTypeInfo, list_activity_types

MAX_POINTS = 100


@dataclass(frozen=True)
class TypeValues:
    name_nl: str
    name_en: str
    points: int
    active: bool = True


def _info(t: ActivityType) -> ActivityTypeInfo:
    return ActivityTypeInfo(t.id, t.name_nl, t.name_en, t.points, t.active, t.position)


def _clean(values: TypeValues) -> TypeValues:
    nl = " ".join(values.name_nl.split())
    en = " ".join(values.name_en.split())
    if not nl and not en:
        raise Refused(tr("An activity type needs a name in Dutch or English."))
    if not 0 <= values.points <= MAX_POINTS:
        raise Refused(tr("Points must be between 0 and {max}.").format(max=MAX_POINTS))
    return TypeValues(nl or en, en or nl, values.points, values.active)


def _check_unique(db_types: Sequence[ActivityType], values: TypeValues, own_id: int | None) -> None:
    for other in db_types:
        if other.id == own_id:
            continue
        theirs = {name_key(other.name_nl), name_key(other.name_en)}
        if {name_key(values.name_nl), name_key(values.name_en)} & theirs:
            raise Refused(
                tr("There is already an activity type called {name}.").format(
                    name=other.name_en if name_key(values.name_en) in theirs else other.name_nl
                )
            )


def type_usage(db: Database, type_id: int) -> int:
    """How many activities (not in the trash) are of this type."""
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count()).where(
                    Activity.type_id == type_id, Activity.deleted_at.is_(None)
                )
            )
            or 0
        )


def _row(clean: TypeValues, position: int, type_id: int | None = None) -> ActivityType:
    return ActivityType(
        id=type_id,
        name_nl=clean.name_nl,
        name_en=clean.name_en,
        points=clean.points,
        active=clean.active,
        position=position,
    )


def add_activity_type(db: Database, values: TypeValues) -> tuple[ActivityTypeInfo, Changes]:
    """Add a type at the end of the order."""
    clean = _clean(values)
    with db.write() as session:
        existing = list(session.scalars(select(ActivityType)))
        _check_unique(existing, clean, None)
        row = _row(clean, max((t.position for t in existing), default=0) + 1)
        session.add(row)
        session.flush()
        return _info(row), Changes.of(CONFIG, ids=(row.id,))


def update_activity_type(
    db: Database, type_id: int, values: TypeValues
) -> tuple[TypeValues, Changes]:
    """Change a type; returns the previous values for undo. New points re-weight history."""
    clean = _clean(values)
    with db.write() as session:
        row = session.get(ActivityType, type_id)
        if row is None:
            raise NotFound(tr("This activity type no longer exists."))
        _check_unique(list(session.scalars(select(ActivityType))), clean, type_id)
        before = TypeValues(row.name_nl, row.name_en, row.points, row.active)
        row.name_nl, row.name_en = clean.name_nl, clean.name_en
        row.points, row.active = clean.points, clean.active
        kinds = {CONFIG}
        if (
            before.points != clean.points
            or before.name_nl != clean.name_nl
            or (before.name_en != clean.name_en)
        ):
            kinds.add(ACTIVITIES)  # totals, goals and the table show the new points and names
        return before, Changes(frozenset(kinds), (type_id,))


@dataclass(frozen=True)
class RemovedType:
    """What :func:`restore_activity_type` needs to put a removed type back as it was."""

    type_id: int
    values: TypeValues
    position: int


def delete_activity_type(db: Database, type_id: int) -> Changes:
    """Remove an unused type; a type with history can only be switched off."""
    return remove_activity_type(db, type_id)[1]


def remove_activity_type(db: Database, type_id: int) -> tuple[RemovedType, Changes]:
    """:func:`delete_activity_type`, returning what undo needs to restore the type."""
    with db.write() as session:
        row = session.get(ActivityType, type_id)
        if row is None:
            raise NotFound(tr("This activity type no longer exists."))
        used = session.scalar(select(func.count()).where(Activity.type_id == type_id)) or 0
        if used:
            raise Refused(
                tr(
                    "{name} has {count} logged activities, so it cannot be removed. Switch it "
                    "off instead: it then disappears from the quick-log bar and keeps its history."
                ).format(name=row.name_en, count=used)
            )
        removed = RemovedType(
            type_id, TypeValues(row.name_nl, row.name_en, row.points, row.active), row.position
        )
        session.delete(row)
        return removed, Changes.of(CONFIG, ids=(type_id,))


def restore_activity_type(db: Database, removed: RemovedType) -> Changes:
    """Put a removed type back under its own id and in its old place (undo of a removal).

    Keeping the id keeps every earlier undo step that names the type working.
    """
    clean = _clean(removed.values)
    with db.write() as session:
        if session.get(ActivityType, removed.type_id) is not None:
            raise Refused(tr("The list of activity types changed meanwhile. Try again."))
        existing = list(session.scalars(select(ActivityType)))
        _check_unique(existing, clean, None)
        if any(other.position == removed.position for other in existing):  # the place is taken
            for other in existing:
                if other.position >= removed.position:
                    other.position += 1
        session.add(_row(clean, removed.position, removed.type_id))
        return Changes.of(CONFIG, ids=(removed.type_id,))


def reorder_activity_types(db: Database, ordered_ids: Sequence[int]) -> tuple[list[int], Changes]:
    """Put the types in the given order (1, 2, 3…); returns the previous order for undo."""
    with db.write() as session:
        rows = {t.id: t for t in session.scalars(select(ActivityType))}
        if set(ordered_ids) != set(rows) or len(ordered_ids) != len(rows):
            raise Refused(tr("The list of activity types changed meanwhile. Try again."))
        before = [t.id for t in sorted(rows.values(), key=lambda t: (t.position, t.id))]
        for position, type_id in enumerate(ordered_ids, 1):
            rows[type_id].position = position
        return before, Changes.of(CONFIG)


def move_activity_type(db: Database, type_id: int, step: int) -> tuple[list[int], Changes]:
    """Move a type up (step -1) or down (+1) in the order; returns the previous order."""
    order = [t.id for t in list_activity_types(db)]
    if type_id not in order:
        raise NotFound(tr("This activity type no longer exists."))
    index = order.index(type_id)
    target = index + step
    if not 0 <= target < len(order):
        raise Refused(tr("This activity type is already at the edge of the list."))
    order[index], order[target] = order[target], order[index]
    return reorder_activity_types(db, order)


def match_type_name(db: Database, name: str) -> int | None:
    """The type an imported name means (Dutch or English, any case, common aliases)."""
    types = [TypeName(t.id, t.name_nl, t.name_en) for t in list_activity_types(db)]
    return match_activity_type(name, types)
