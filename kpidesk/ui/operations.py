"""Running user intents from the window: call a service, report problems, broadcast changes.

Every change a user makes goes through :func:`perform` or, when it can be undone, through a
:class:`ServiceCommand` pushed on the one shared ``QUndoStack`` (as in Anki's operations layer
and orange-canvas-core's document commands).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
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


class UndoStack(QUndoStack):
    """The one undo stack of the window.

    A step whose service refuses it (when it is first done, undone from Edit › Undo, or redone)
    is dropped from the stack and its message is shown once, here: the next Undo is then the
    step before it, and nothing is left half-done.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asker: QWidget | None = None

    def refuse(self, message: str) -> None:
        owner = self.parent()
        parent = self._asker or (owner if isinstance(owner, QWidget) else None)
        show_problem(parent, message)

    def push_from(self, parent: QWidget | None, command: ServiceCommand) -> bool:
        """Push *command* on behalf of *parent* (messages appear over it); True when it worked."""
        self._asker = parent
        try:
            self.push(command)
        finally:
            self._asker = None
        return command.error is None


class ServiceCommand(QUndoCommand):
    """The one undoable intent: *do* and *undo* call services.

    The state an undo needs (previous values, new ids) is the result of the last *do*, kept in
    ``result``: *do* receives the previous result (None the first time, so a redo can restore
    instead of creating again) and returns a result with ``changes`` (or the Changes), and
    *undo* receives it.  The first ``redo()`` (run by ``QUndoStack.push``) performs the intent.
    When a service refuses, the error is kept in ``error``, the command marks itself obsolete
    (Qt then drops it from the stack) and the stack shows the message.
    """

    def __init__(
        self,
        ctx: AppContext,
        text: str,
        do: Callable[[Any], Any],
        undo: Callable[[Any], Changes],
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._do = do
        self._undo = undo
        self.result: Any = None
        self.error: str | None = None

    @classmethod
    def pair(
        cls, ctx: AppContext, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]
    ) -> ServiceCommand:
        """An intent whose undo needs nothing from its do (delete / restore and the like)."""
        return cls(ctx, text, lambda _previous: do(), lambda _result: undo())

    def redo(self) -> None:
        self._run(self._record)

    def undo(self) -> None:
        self._run(lambda: self._undo(self.result))

    def _record(self) -> Changes:
        self.result = self._do(self.result)
        return self.result if isinstance(self.result, Changes) else self.result.changes

    def _run(self, step: Callable[[], Changes]) -> None:
        try:
            changes = step()
        except (ServiceError, DatabaseError) as exc:
            self.error = str(exc)
            self.setObsolete(True)
            stack = self._ctx.undo_stack
            if isinstance(stack, UndoStack):
                stack.refuse(self.error)
            else:
                show_problem(None, self.error)
            return
        self.error = None
        self._ctx.bus.publish(changes)


def push(ctx: AppContext, parent: QWidget | None, command: ServiceCommand) -> bool:
    """Push *command*; its refusal, if any, is shown by the stack. True when it worked."""
    stack = ctx.undo_stack
    if isinstance(stack, UndoStack):
        return stack.push_from(parent, command)
    stack.push(command)
    return command.error is None


def push_recorded(
    ctx: AppContext,
    parent: QWidget | None,
    text: str,
    do: Callable[[], R],
    undo: Callable[[R], Changes],
) -> bool:
    """Push an intent whose undo needs what the intent returned (previous values, new ids)."""
    return push(ctx, parent, ServiceCommand(ctx, text, lambda _previous: do(), undo))
