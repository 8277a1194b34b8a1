"""Plan from revenue target: the dialog's preview, its model, one undoable Apply."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kpidesk.services.kpis.target_grid import target_grid
from kpidesk.services.store.database import Database
from kpidesk.ui.context import AppContext
from kpidesk.ui.settings.plan_dialog import FIXED_COLUMNS, PlanDialog
from kpidesk.ui.settings.targets import TargetsTab
from tests import factories as f
from tests.services.test_planner import TODAY, team

JAN = date(2027, 1, 1)


def make_dialog(qtbot, ctx: AppContext, revenue: str) -> PlanDialog:
    dialog = PlanDialog(ctx, TODAY)
    qtbot.addWidget(dialog)
    dialog.revenue.setText(revenue)
    dialog.calculate()
    return dialog


def test_the_preview_shows_rates_needs_and_the_ramp(
    qtbot, qtmodeltester, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    team(db)
    dialog = make_dialog(qtbot, make_ctx(db), "€ 40.000")
    assert dialog.chosen_period().label() == "2027-Q1"  # the next quarter comes first
    assert dialog.sentence.text().startswith("For €40,000 in Q1 2027 you need: 24 qualified")
    assert "Proposal → Won: 4 of 8 (50%)" in dialog.rates.text()
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 6  # 2 reps × 3 KPIs
    row = next(
        r for r in range(model.rowCount())
        if model.index(r, 0).data() == "Bram" and model.index(r, 1).data() == "Qualified leads"
    )  # fmt: skip
    months = [model.index(row, FIXED_COLUMNS + i).data() for i in range(3)]
    assert months == ["3", "4", "5"] and model.index(row, 2).data() == "2"
    assert dialog.apply_button.isEnabled()


def test_apply_is_one_undoable_step(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    bram, _eva = team(db)
    ctx = make_ctx(db)
    tab = TargetsTab(ctx, today=TODAY)
    qtbot.addWidget(tab)
    dialog = make_dialog(qtbot, ctx, "40000")
    assert dialog.preview is not None
    before = ctx.undo_stack.count()
    assert tab.write_plan(dialog.preview)
    assert ctx.undo_stack.count() == before + 1
    leads = target_grid(db, "qualified_leads", JAN, 3)
    assert dict(zip(leads.rep_ids, leads.rep_values, strict=True))[bram] == (3, 4, 5)
    ctx.undo_stack.undo()
    for kpi in ("qualified_leads", "activity_points", "new_revenue"):
        grid = target_grid(db, kpi, JAN, 3)
        assert all(v is None for row in grid.rep_values for v in row)


def test_an_empty_database_says_what_is_needed_and_offers_no_apply(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    f.rep(db, "Bram")
    dialog = make_dialog(qtbot, make_ctx(db), "200.000")
    assert "not enough history" in dialog.sentence.text()
    assert not dialog.apply_button.isEnabled() and dialog.model.rowCount() == 0
    dialog.revenue.setText("a lot")
    dialog.calculate()
    assert "'a lot' is not an amount" in dialog.sentence.text()
