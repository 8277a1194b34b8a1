"""Logging a contact moment as one undoable step, wherever it is logged from."""

from __future__ import annotations

from kpidesk.core.i18n import tr
from kpidesk.services.activities import records as activity_service
from kpidesk.services.activities.records import ActivityInput
from kpidesk.services.common import Changes
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand


def log_command(ctx: AppContext, values: ActivityInput, kind: str) -> ServiceCommand:
    """ "Log {kind}" (or "Plan {kind}"): undo moves the activity to the trash, redo brings that
    same one back."""
    db = ctx.db
    logged: list[int] = []

    def do() -> Changes:
        if logged:
            return activity_service.restore_activities(db, logged)
        activity_id, changes = activity_service.log(db, values)
        logged.append(activity_id)
        return changes

    def undo() -> Changes:
        return activity_service.delete_activities(db, logged)

    text = tr("Log {kind}") if values.done else tr("Plan {kind}")
    return ServiceCommand.pair(ctx, text.format(kind=kind), do, undo)
