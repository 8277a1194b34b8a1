"""The one undo stack: a refused step says why, once, and the stack stays consistent."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kpidesk.services.common import Changes
from kpidesk.services.errors import Refused
from kpidesk.services.store.database import Database
from kpidesk.ui.main_window import MainWindow
from kpidesk.ui.operations import ServiceCommand, push

MOVE_REFUSED = "This move cannot be undone: the deal was moved again by Eva."


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        "kpidesk.ui.operations.show_problem", lambda _p, message, title="": shown.append(message)
    )
    return shown


def _step(log: list[str], name: str, *, refuse_undo: bool = False, refuse_redo: bool = False):
    done = {"times": 0}

    def do() -> Changes:
        done["times"] += 1
        if refuse_redo and done["times"] > 1:
            raise Refused(MOVE_REFUSED)
        log.append(f"do {name}")
        return Changes()

    def undo() -> Changes:
        if refuse_undo:
            raise Refused(MOVE_REFUSED)
        log.append(f"undo {name}")
        return Changes()

    return do, undo


def test_a_refused_undo_from_the_edit_menu_says_why_and_undo_goes_on(
    db: Database, make_window: Callable[..., MainWindow], messages: list[str]
) -> None:
    window = make_window(db)
    ctx, log = window.ctx, []
    assert push(ctx, window, ServiceCommand.pair(ctx, "Edit lead", *_step(log, "edit")))
    assert push(
        ctx, window, ServiceCommand.pair(ctx, "Move deal", *_step(log, "move", refuse_undo=True))
    )
    assert window.undo_action.text().endswith("Move deal")

    window.undo_action.trigger()
    assert messages == [MOVE_REFUSED]
    assert ctx.undo_stack.count() == 1
    assert window.undo_action.text().endswith("Edit lead")
    assert not window.redo_action.isEnabled()

    window.undo_action.trigger()
    assert log == ["do edit", "do move", "undo edit"]
    assert messages == [MOVE_REFUSED]


def test_a_refused_redo_says_why_once_and_leaves_the_rest(
    db: Database, make_window: Callable[..., MainWindow], messages: list[str]
) -> None:
    window = make_window(db)
    ctx, log = window.ctx, []
    push(ctx, window, ServiceCommand.pair(ctx, "Edit lead", *_step(log, "edit")))
    push(ctx, window, ServiceCommand.pair(ctx, "Move deal", *_step(log, "move", refuse_redo=True)))
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert messages == [MOVE_REFUSED]
    assert ctx.undo_stack.count() == 1
    assert window.undo_action.text().endswith("Edit lead")


def test_a_refused_intent_is_shown_once_and_never_lands(
    db: Database, make_window: Callable[..., MainWindow], messages: list[str]
) -> None:
    window = make_window(db)
    ctx = window.ctx

    def refuse() -> Changes:
        raise Refused("Choose a date after the customer-since date.")

    assert not push(ctx, window, ServiceCommand.pair(ctx, "Churn", refuse, Changes))
    assert messages == ["Choose a date after the customer-since date."]
    assert ctx.undo_stack.count() == 0


def test_the_result_of_the_intent_is_what_its_undo_gets(
    db: Database, make_window: Callable[..., MainWindow], messages: list[str]
) -> None:
    window = make_window(db)
    ctx = window.ctx
    seen: list[object] = []

    class Made:
        def __init__(self, n: int) -> None:
            self.n, self.changes = n, Changes()

    def do(previous: Made | None) -> Made:
        return Made(1 if previous is None else previous.n + 1)

    def undo(made: Made) -> Changes:
        seen.append(made.n)
        return Changes()

    command = ServiceCommand(ctx, "New lead", do, undo)
    push(ctx, window, command)
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    ctx.undo_stack.undo()
    assert seen == [1, 2] and messages == []
