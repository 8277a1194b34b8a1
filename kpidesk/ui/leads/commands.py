"""Undoable lead intents for the shared undo stack, each a pair of service calls.

What an undo needs (the new lead's id, the previous values, the status change) is the result
of the intent, kept by the command itself (``ServiceCommand.result``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from kpidesk.core.i18n import tr
from kpidesk.services.common import Changes
from kpidesk.services.leads import qualification as q
from kpidesk.services.leads import records as lead_service
from kpidesk.services.leads.records import LeadInput
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand


@dataclass(frozen=True)
class NewLead:
    lead_id: int
    changes: Changes


def create_lead_command(ctx: AppContext, data: LeadInput) -> ServiceCommand:
    """Add a lead (the duplicate question was already asked); undo moves it to the trash and
    redo brings the same lead back.  The new lead's id is ``command.result.lead_id``."""

    def do(previous: NewLead | None) -> NewLead:
        if previous is not None:
            return NewLead(previous.lead_id, lead_service.restore_leads(ctx.db, [previous.lead_id]))
        return NewLead(*lead_service.create_lead(ctx.db, data, allow_duplicate=True))

    return ServiceCommand(
        ctx,
        tr("New lead {company}").format(company=data.company),
        do,
        lambda new: lead_service.delete_leads(ctx.db, [new.lead_id]),
    )


def edit_lead_command(ctx: AppContext, lead_id: int, data: LeadInput) -> ServiceCommand:
    return ServiceCommand(
        ctx,
        tr("Edit lead {company}").format(company=data.company),
        lambda _previous: lead_service.update_lead(ctx.db, lead_id, data, allow_duplicate=True),
        lambda result: (
            lead_service.update_lead(ctx.db, lead_id, result.previous, allow_duplicate=True).changes
        ),
    )


def delete_leads_command(ctx: AppContext, ids: list[int]) -> ServiceCommand:
    text = tr("Delete lead") if len(ids) == 1 else tr("Delete {count} leads").format(count=len(ids))
    return ServiceCommand.pair(
        ctx,
        text,
        lambda: lead_service.delete_leads(ctx.db, ids),
        lambda: lead_service.restore_leads(ctx.db, ids),
    )


def answers_command(
    ctx: AppContext, lead_id: int, answers: Mapping[int, bool], previous: Mapping[int, bool]
) -> ServiceCommand:
    new, old = dict(answers), dict(previous)
    return ServiceCommand.pair(
        ctx,
        tr("Tick checklist"),
        lambda: q.set_checklist_answers(ctx.db, lead_id, new).changes,
        lambda: q.set_checklist_answers(ctx.db, lead_id, old).changes,
    )


def _status_command(
    ctx: AppContext, text: str, step: Callable[[], q.StatusChange]
) -> ServiceCommand:
    return ServiceCommand(
        ctx, text, lambda _previous: step(), lambda change: q.restore_lead_status(ctx.db, change)
    )


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
    return ServiceCommand(
        ctx,
        tr("Convert lead to deal"),
        lambda _previous: q.convert_to_deal(
            ctx.db, lead_id, title=title, value_cents=value_cents, first_contact=first_contact
        ),
        lambda conversion: q.undo_conversion(ctx.db, conversion),
    )
