"""Undoable lead intents for the shared undo stack, each a pair of service calls."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from kpidesk.core.i18n import tr
from kpidesk.services.common import Changes
from kpidesk.services.leads import qualification as q
from kpidesk.services.leads import records as lead_service
from kpidesk.services.leads.records import LeadInput
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand


def create_lead_command(ctx: AppContext, data: LeadInput) -> ServiceCommand:
    """Add a lead (the duplicate question was already asked); undo moves it to the trash."""
    state: dict[str, int] = {}

    def do() -> Changes:
        if "id" in state:
            return lead_service.restore_leads(ctx.db, [state["id"]])
        lead_id, changes = lead_service.create_lead(ctx.db, data, allow_duplicate=True)
        state["id"] = lead_id
        return changes

    command = ServiceCommand(
        ctx,
        tr("New lead {company}").format(company=data.company),
        do,
        lambda: lead_service.delete_leads(ctx.db, [state["id"]]),
    )
    command.state = state  # type: ignore[attr-defined]
    return command


def edit_lead_command(ctx: AppContext, lead_id: int, data: LeadInput) -> ServiceCommand:
    previous: list[LeadInput] = []

    def do() -> Changes:
        result = lead_service.update_lead(ctx.db, lead_id, data, allow_duplicate=True)
        previous[:] = [result.previous]
        return result.changes

    def undo() -> Changes:
        return lead_service.update_lead(ctx.db, lead_id, previous[0], allow_duplicate=True).changes

    return ServiceCommand(ctx, tr("Edit lead {company}").format(company=data.company), do, undo)


def delete_leads_command(ctx: AppContext, ids: list[int]) -> ServiceCommand:
    text = tr("Delete lead") if len(ids) == 1 else tr("Delete {count} leads").format(count=len(ids))
    return ServiceCommand(
        ctx,
        text,
        lambda: lead_service.delete_leads(ctx.db, ids),
        lambda: lead_service.restore_leads(ctx.db, ids),
    )


def answers_command(
    ctx: AppContext, lead_id: int, answers: Mapping[int, bool], previous: Mapping[int, bool]
) -> ServiceCommand:
    new, old = dict(answers), dict(previous)
    return ServiceCommand(
        ctx,
        tr("Tick checklist"),
        lambda: q.set_checklist_answers(ctx.db, lead_id, new).changes,
        lambda: q.set_checklist_answers(ctx.db, lead_id, old).changes,
    )


def _status_command(
    ctx: AppContext, text: str, step: Callable[[], q.StatusChange]
) -> ServiceCommand:
    changes: list[q.StatusChange] = []

    def do() -> Changes:
        change = step()
        changes[:] = [change]
        return change.changes

    return ServiceCommand(ctx, text, do, lambda: q.restore_lead_status(ctx.db, changes[0]))


def qualify_command(ctx: AppContext, lead_id: int, on: date) -> ServiceCommand:
    return _status_command(ctx, tr("Qualify lead"), lambda: q.qualify_lead(ctx.db, lead_id, on=on))


def disqualify_command(ctx: AppContext, lead_id: int, reason: str) -> ServiceCommand:
    return _status_command(
        ctx, tr("Disqualify lead"), lambda: q.disqualify_lead(ctx.db, lead_id, reason)
    )


def reopen_command(ctx: AppContext, lead_id: int) -> ServiceCommand:
    return _status_command(ctx, tr("Reopen lead"), lambda: q.reopen_lead(ctx.db, lead_id))


def convert_command(
    ctx: AppContext, lead_id: int, title: str, value_cents: int, first_contact: date
) -> ServiceCommand:
    done: list[q.Conversion] = []

    def do() -> Changes:
        conversion = q.convert_to_deal(
            ctx.db, lead_id, title=title, value_cents=value_cents, first_contact=first_contact
        )
        done[:] = [conversion]
        return conversion.changes

    return ServiceCommand(
        ctx, tr("Convert lead to deal"), do, lambda: q.undo_conversion(ctx.db, done[0])
    )
