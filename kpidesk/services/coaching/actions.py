"""Agreed actions (afspraken): what a rep and the manager agree in a one-on-one.

An action belongs to one rep and has a text, the day it was agreed, an optional due day and a
done mark (``done_on``: empty while open, the day it was done).  The next one-on-one pack
carries the open actions and the recently done ones.  Every change returns what its undo
needs, as the other services do; deleting moves an action to the trash (``deleted_at``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.data.database import Database
from kpidesk.data.models import AgreedAction, TeamMember
from kpidesk.services.common import ACTIONS, Changes
from kpidesk.services.errors import NotFound, Refused

MAX_TEXT = 1000  # characters: an action is a sentence or two, not a report
RECENT_DAYS = 60  # done actions a pack still shows: done in the last two months


@dataclass(frozen=True)
class ActionInput:
    """What the manager fills in for one action."""

    text: str
    agreed_on: date
    due_on: date | None = None


@dataclass(frozen=True)
class ActionRow:
    id: int
    rep_id: int
    text: str
    agreed_on: date
    due_on: date | None
    done_on: date | None

    @property
    def done(self) -> bool:
        return self.done_on is not None

    def overdue(self, today: date) -> bool:
        return not self.done and self.due_on is not None and self.due_on < today

    @property
    def values(self) -> ActionInput:
        return ActionInput(self.text, self.agreed_on, self.due_on)


@dataclass(frozen=True)
class DoneState:
    """An action's done mark before :func:`set_done` changed it (for the undo)."""

    id: int
    done_on: date | None


@dataclass(frozen=True)
class MarkedActions:
    before: list[DoneState]
    changes: Changes


def _clean(values: ActionInput) -> ActionInput:
    text = values.text.strip()
    if not text:
        raise Refused(tr("Write down what was agreed."))
    if len(text) > MAX_TEXT:
        raise Refused(
            tr("An agreed action is at most {count} characters; shorten it.").format(count=MAX_TEXT)
        )
    if values.due_on is not None and values.due_on < values.agreed_on:
        raise Refused(tr("The due date lies before the day the action was agreed."))
    return ActionInput(text, values.agreed_on, values.due_on)


def _rep(session: Session, rep_id: int) -> TeamMember:
    member = session.get(TeamMember, rep_id)
    if member is None:
        raise NotFound(tr("This team member no longer exists."))
    return member


def _action(session: Session, action_id: int) -> AgreedAction:
    row = session.get(AgreedAction, action_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(tr("This agreed action no longer exists."))
    return row


def _row(a: AgreedAction) -> ActionRow:
    return ActionRow(a.id, a.rep_id, a.text, a.agreed_on, a.due_on, a.done_on)


def list_actions(db: Database, rep_id: int) -> list[ActionRow]:
    """A rep's actions: the open ones first (soonest due, then oldest agreed), then the done
    ones, most recently done first."""
    with db.read() as session:
        rows = [
            _row(a)
            for a in session.scalars(
                select(AgreedAction).where(
                    AgreedAction.rep_id == rep_id, AgreedAction.deleted_at.is_(None)
                )
            )
        ]
    return sort_actions(rows)


def sort_actions(rows: Iterable[ActionRow]) -> list[ActionRow]:
    def key(a: ActionRow) -> tuple[object, ...]:
        if a.done_on is None:
            return (0, a.due_on or date.max, a.agreed_on, a.id)
        return (1, -a.done_on.toordinal(), -a.agreed_on.toordinal(), -a.id)

    return sorted(rows, key=key)


def pack_actions(
    db: Database, rep_id: int, today: date, recent_days: int = RECENT_DAYS
) -> list[ActionRow]:
    """What the next one-on-one looks back on: every open action of the rep, and those done
    in the last *recent_days* days."""
    since = today - timedelta(days=recent_days)
    with db.read() as session:
        rows = [
            _row(a)
            for a in session.scalars(
                select(AgreedAction).where(
                    AgreedAction.rep_id == rep_id,
                    AgreedAction.deleted_at.is_(None),
                    or_(AgreedAction.done_on.is_(None), AgreedAction.done_on >= since),
                )
            )
        ]
    return sort_actions(rows)


def get_action(db: Database, action_id: int) -> ActionRow:
    with db.read() as session:
        return _row(_action(session, action_id))


def add_action(db: Database, rep_id: int, values: ActionInput) -> tuple[int, Changes]:
    """Record an agreed action for a rep; undo with :func:`delete_actions`."""
    clean = _clean(values)
    with db.write() as session:
        _rep(session, rep_id)
        row = AgreedAction(
            rep_id=rep_id, text=clean.text, agreed_on=clean.agreed_on, due_on=clean.due_on
        )
        session.add(row)
        session.flush()
        return row.id, Changes.of(ACTIONS, ids=(row.id,))


def update_action(db: Database, action_id: int, values: ActionInput) -> tuple[ActionInput, Changes]:
    """Change an action's text and dates; returns the previous values for the undo."""
    clean = _clean(values)
    with db.write() as session:
        row = _action(session, action_id)
        if row.done_on is not None and row.done_on < clean.agreed_on:
            raise Refused(tr("The action was done before that day; correct the day it was agreed."))
        before = ActionInput(row.text, row.agreed_on, row.due_on)
        row.text, row.agreed_on, row.due_on = clean.text, clean.agreed_on, clean.due_on
        return before, Changes.of(ACTIONS, ids=(action_id,))


def _set_states(session: Session, states: Iterable[DoneState]) -> Changes:
    wanted = {s.id: s for s in states}
    rows = list(
        session.scalars(
            select(AgreedAction).where(
                AgreedAction.id.in_(sorted(wanted)), AgreedAction.deleted_at.is_(None)
            )
        )
    )
    if len(rows) != len(wanted):
        raise NotFound(tr("Some of these agreed actions no longer exist."))
    for row in rows:
        row.done_on = wanted[row.id].done_on
    return Changes.of(ACTIONS, ids=tuple(sorted(wanted)))


def set_done(
    db: Database, ids: Iterable[int], done: bool = True, *, day: date | None = None
) -> MarkedActions:
    """Mark actions done (on *day*, default today) or open again; returns the marks before.

    An action cannot be done before it was agreed, nor after today; one already in the asked
    state keeps its mark (its done day does not move).
    """
    today = date.today()
    when = day or today
    if done and when > today:
        raise Refused(tr("An action cannot be done on a day after today."))
    wanted = sorted(set(ids))
    if not wanted:
        raise Refused(tr("Select one or more agreed actions first."))
    with db.write() as session:
        rows = list(
            session.scalars(
                select(AgreedAction).where(
                    AgreedAction.id.in_(wanted), AgreedAction.deleted_at.is_(None)
                )
            )
        )
        if len(rows) != len(wanted):
            raise NotFound(tr("Some of these agreed actions no longer exist."))
        changing = [r for r in rows if (r.done_on is not None) != done]
        before = [DoneState(r.id, r.done_on) for r in changing]
        after = [DoneState(r.id, max(when, r.agreed_on) if done else None) for r in changing]
        if not changing:
            return MarkedActions([], Changes.of(ACTIONS, ids=tuple(wanted)))
        return MarkedActions(before, _set_states(session, after))


def restore_done(db: Database, states: Iterable[DoneState]) -> Changes:
    """Put the done marks back as :func:`set_done` found them (its undo)."""
    with db.write() as session:
        return _set_states(session, list(states))


def _set_deleted(db: Database, ids: Iterable[int], deleted: bool) -> Changes:
    wanted = sorted(set(ids))
    if not wanted:
        raise Refused(tr("Select one or more agreed actions first."))
    with db.write() as session:
        rows = list(session.scalars(select(AgreedAction).where(AgreedAction.id.in_(wanted))))
        if len(rows) != len(wanted):
            raise NotFound(tr("Some of these agreed actions no longer exist."))
        moment = datetime.now(UTC) if deleted else None
        for row in rows:
            row.deleted_at = moment
        return Changes.of(ACTIONS, ids=tuple(wanted))


def delete_actions(db: Database, ids: Iterable[int]) -> Changes:
    """Move agreed actions to the trash (undo of an add, or the manager's delete)."""
    return _set_deleted(db, ids, True)


def restore_actions(db: Database, ids: Iterable[int]) -> Changes:
    """Bring agreed actions back from the trash (undo of a delete, redo of an add)."""
    return _set_deleted(db, ids, False)
