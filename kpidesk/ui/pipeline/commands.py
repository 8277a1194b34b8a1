"""The board's undoable intents: each one a ServiceCommand on the shared undo stack.

After the service call the board updates just the deals concerned (a few SQL rows), which keeps
a drop well under 50 ms with thousands of cards; the board then ignores the broadcast of that
same change instead of reloading.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtWidgets import QWidget

from kpidesk.core.i18n import tr
from kpidesk.services.common import Changes
from kpidesk.services.deals import detail as deal_records
from kpidesk.services.deals import records as deals
from kpidesk.services.deals.detail import CreateResult, DealFields, EditResult
from kpidesk.services.deals.records import MoveResult
from kpidesk.ui.context import AppContext
from kpidesk.ui.operations import ServiceCommand, push

Apply = Callable[[Sequence[int], Changes], Changes]


def _merge(changes: Sequence[Changes]) -> Changes:
    kinds: set[str] = set()
    ids: list[int] = []
    for item in changes:
        kinds |= item.kinds
        ids.extend(item.ids)
    return Changes(frozenset(kinds), tuple(ids))


@dataclass
class _MoveState:
    results: list[MoveResult] = field(default_factory=list)


def move_command(
    ctx: AppContext,
    apply: Apply,
    deal_ids: Sequence[int],
    stage_id: int,
    stage_name: str,
    *,
    closed_date: date | None = None,
    final_value_cents: int | None = None,
    lost_reason: str | None = None,
) -> ServiceCommand:
    """Move deals to a stage; undo puts each back exactly, history row and customer included."""
    ids = list(deal_ids)
    state = _MoveState()

    def do() -> Changes:
        state.results = deals.move_deals(
            ctx.db,
            ids,
            stage_id,
            closed_date=closed_date,
            final_value_cents=final_value_cents,
            lost_reason=lost_reason,
        )
        return apply(ids, _merge([r.changes for r in state.results]))

    def undo() -> Changes:
        return apply(ids, deals.undo_moves(ctx.db, state.results))

    text = (
        tr("Move {count} deals to {stage}").format(count=len(ids), stage=stage_name)
        if len(ids) > 1
        else tr("Move deal to {stage}").format(stage=stage_name)
    )
    return ServiceCommand(ctx, text, do, undo)


def delete_command(ctx: AppContext, apply: Apply, deal_ids: Sequence[int]) -> ServiceCommand:
    ids = list(deal_ids)
    text = tr("Delete {count} deals").format(count=len(ids)) if len(ids) > 1 else tr("Delete deal")
    return ServiceCommand(
        ctx,
        text,
        lambda: apply(ids, deal_records.delete_deals(ctx.db, ids)),
        lambda: apply(ids, deal_records.restore_deals(ctx.db, ids)),
    )


@dataclass
class _EditState:
    result: EditResult | None = None
    version: int = 0


def edit_command(
    ctx: AppContext, apply: Apply, deal_id: int, values: DealFields, version: int
) -> ServiceCommand:
    """Save an edit checked against the version the editor opened; undo restores every field."""
    state = _EditState(version=version)

    def do() -> Changes:
        state.result = deal_records.update_deal(
            ctx.db, deal_id, values, expected_version=state.version
        )
        return apply([deal_id], state.result.changes)

    def undo() -> Changes:
        assert state.result is not None
        undone = deal_records.revert_edit(ctx.db, state.result)
        state.version = undone.version
        return apply([deal_id], undone.changes)

    return ServiceCommand(ctx, tr("Edit deal {deal}").format(deal=values.title), do, undo)


@dataclass
class _CreateState:
    result: CreateResult | None = None


def create_command(
    ctx: AppContext, apply: Apply, values: DealFields, stage_id: int
) -> tuple[ServiceCommand, _CreateState]:
    state = _CreateState()

    def do() -> Changes:
        state.result = deal_records.create_deal(ctx.db, values, stage_id)
        return apply([state.result.deal_id], state.result.changes)

    def undo() -> Changes:
        assert state.result is not None
        return apply([state.result.deal_id], deal_records.discard_new_deal(ctx.db, state.result))

    return ServiceCommand(ctx, tr("New deal {deal}").format(deal=values.title), do, undo), state


def run(ctx: AppContext, parent: QWidget | None, command: ServiceCommand) -> bool:
    return push(ctx, parent, command)
