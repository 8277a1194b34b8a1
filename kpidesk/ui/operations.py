"""Running user intents from the window: call a service, report problems, broadcast changes.

Every change a user makes goes through :func:`perform` or, when it can be undone, through a
:class:`ServiceCommand` pushed on the one shared ``QUndoStack`` (as in Anki's operations layer
and orange-canvas-core's document commands).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from kpidesk.core.i18n import tr
from kpidesk.services.common import Changes
from kpidesk.services.errors import ServiceError
from kpidesk.services.store.database import DatabaseError
from kpidesk.ui.context import AppContext

log = logging.getLogger(__name__)
T = TypeVar("T")


class HasChanges(Protocol):
    """A service result that says what it changed (and holds what its undo needs)."""

    @property
    def changes(self) -> Changes: ...


R = TypeVar("R", bound=HasChanges)


def show_problem(parent: QWidget | None, message: str, title: str = "") -> None:
    QMessageBox.warning(parent, title or tr("Not possible"), message)


def perform(
    ctx: AppContext,
    parent: QWidget | None,
    action: Callable[[], T],
    changes: Callable[[T], Changes] | None = None,
) -> T | None:
    """Run *action*; on a ServiceError tell the user and return None. Publishes the changes."""
    try:
        result = action()
    except (ServiceError, DatabaseError) as exc:
        show_problem(parent, str(exc))
        return None
    if changes is not None:
        ctx.bus.publish(changes(result))
    elif isinstance(result, Changes):
        ctx.bus.publish(result)
    elif isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        ctx.bus.publish(result[-1])
    return result


class ServiceCommand(QUndoCommand):
    """An undoable intent: *do* and *undo* call services and return what they changed.

    The first ``redo()`` (run by ``QUndoStack.push``) performs the intent.  If it fails the
    error is kept in ``error`` and the command marks itself obsolete, so that nothing lands on
    the stack.
    """

    def __init__(
        self, ctx: AppContext, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._do = do
        self._undo = undo
        self.error: str | None = None

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Changes]) -> None:
        try:
            changes = step()
        except (ServiceError, DatabaseError) as exc:
            self.error = str(exc)
            self.setObsolete(True)
            return
        self.error = None
        self._ctx.bus.publish(changes)


def push(ctx: AppContext, parent: QWidget | None, command: ServiceCommand) -> bool:
    """Push *command*; tell the user when it could not be carried out. True when it worked."""
    ctx.undo_stack.push(command)
    if command.error is not None:
        show_problem(parent, command.error)
        return False
    return True


def push_recorded(
    ctx: AppContext,
    parent: QWidget | None,
    text: str,
    do: Callable[[], R],
    undo: Callable[[R], Changes],
) -> bool:
    """Push an intent whose undo needs what the intent returned (previous values, new ids).

    The latest result of *do* is kept for *undo*, so redo after undo records afresh.
    """
    done: list[R] = []

    def run() -> Changes:
        done[:] = [do()]
        return done[0].changes

    return push(ctx, parent, ServiceCommand(ctx, text, run, lambda: undo(done[0])))
