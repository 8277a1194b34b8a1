"""Marking planned activities done: one click or key, one undoable step.

A planned activity due today, or later, happened today: nothing to ask.  One whose day has passed
may have happened on that day or only now; then the manager is asked once which it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget

from kpidesk.core.formatting import format_date, format_day_short
from kpidesk.core.i18n import tr
from kpidesk.services.activities import records as activity_service
from kpidesk.services.activities.records import MarkedDone, PlannedStep
from kpidesk.services.common import Changes
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand, push

# What the question about an overdue activity may answer.
ON_PLANNED_DAY, TODAY, CANCELLED = "planned", "today", "cancelled"


SHOWN_STEPS = 3


def next_steps_text(steps: Sequence[PlannedStep], today: date) -> str:
    """The planned steps beside a customer or lead, soonest first, overdue ones marked."""
    if not steps:
        return tr("No next step planned.")
    lines = []
    for step in steps[:SHOWN_STEPS]:
        who = f" · {step.rep}" if step.rep else ""
        line = tr("{type} {day}").format(type=step.type_name, day=format_day_short(step.day))
        if step.overdue(today):
            line = tr("⚠ {step} (overdue)").format(step=line)
        lines.append(line + who)
    more = len(steps) - SHOWN_STEPS
    if more > 0:
        lines.append(tr("and {count} more planned").format(count=more))
    return tr("Next steps: {steps}").format(steps="; ".join(lines))


@dataclass(frozen=True)
class Planned:
    """A planned activity as a view knows it: enough to ask and to name the undo step."""

    id: int
    day: date
    type_name: str


def ask_day(parent: QWidget | None, items: Sequence[Planned], today: date) -> str:
    """Which day the overdue ones among *items* happened on; nothing is asked without one."""
    overdue = [p for p in items if p.day < today]
    if not overdue:
        return TODAY
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Mark done"))
    if len(overdue) == 1:
        box.setText(
            tr("{kind} was planned for {day}. When did it happen?").format(
                kind=overdue[0].type_name, day=format_date(overdue[0].day)
            )
        )
    else:
        box.setText(
            tr("{count} of these were planned for an earlier day. When did they happen?").format(
                count=len(overdue)
            )
        )
    box.setInformativeText(
        tr("Its points count on the day it happened, so the week it belongs to gets them.")
    )
    planned = box.addButton(tr("On the planned day"), QMessageBox.ButtonRole.AcceptRole)
    now = box.addButton(tr("Today"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(planned)
    box.exec()
    clicked = box.clickedButton()
    if clicked is planned:
        return ON_PLANNED_DAY
    if clicked is now:
        return TODAY
    return CANCELLED


def mark_done_command(
    ctx: AppContext, items: Sequence[Planned], answer: str, today: date
) -> ServiceCommand:
    """ "Mark … done": undo puts each activity back as planned on its own day and time."""
    db, ids = ctx.db, [p.id for p in items]
    day = today if answer == TODAY else None

    def do(_previous: MarkedDone | None) -> MarkedDone:
        return activity_service.mark_done(db, ids, day, today=today)

    def undo(result: MarkedDone) -> Changes:
        return activity_service.restore_states(db, result.before)

    text = (
        tr("Mark {kind} done").format(kind=items[0].type_name)
        if len(items) == 1
        else tr("Mark {count} activities done").format(count=len(items))
    )
    return ServiceCommand(ctx, text, do, undo)


def mark_done(ctx: AppContext, parent: QWidget | None, items: Sequence[Planned]) -> bool:
    """Ask what must be asked, then mark *items* done as one undoable step."""
    if not items:
        return False
    today = date.today()
    answer = ask_day(parent, items, today)
    if answer == CANCELLED:
        return False
    return push(ctx, parent, mark_done_command(ctx, items, answer, today))
