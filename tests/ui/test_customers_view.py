"""The customers view: models pass qtmodeltester, actions are undoable, the detail follows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from kpidesk.services.customers.records import get_customer, list_customers
from kpidesk.services.customers.relationship import relationship_trend
from kpidesk.services.store.database import Database
from kpidesk.ui.customers import actions
from kpidesk.ui.customers.chart import RelationshipChart
from kpidesk.ui.customers.detail import CustomerDetailDialog
from kpidesk.ui.customers.models import TimelineModel
from kpidesk.ui.customers.view import CustomersView
from tests import factories as f

TODAY = date.today()


@pytest.fixture
def team_db(db: Database) -> Database:
    anna = f.rep(db, "Anna")
    best = []
    for i, name in enumerate(("Bakker Bouw", "De Vries Bouw", "Smit Bouw")):
        org = f.org(db, name, industry="Construction", employees=30, region="North")
        best.append(
            f.customer(
                db,
                org,
                TODAY - timedelta(days=800 + i),
                owner_id=anna,
                value=(20_000 + i * 1000) * 100,
            )
        )
        f.activity(
            db,
            "Phone call",
            TODAY - timedelta(days=3 + 200 * (i == 0)),
            organisation_id=org,
            rep_id=anna,
        )
    gone = f.org(db, "Weg BV", industry="Retail", employees=4, region="South")
    f.customer(db, gone, date(2023, 1, 1), churned=date(2025, 6, 30), value=500_00)
    twin = f.org(db, "Tweeling Bouw", industry="Construction", employees=25, region="North")
    f.lead(db, twin, owner_id=anna, status="qualified")
    return db


@pytest.fixture
def view(team_db: Database, make_ctx, qtbot) -> CustomersView:
    widget = CustomersView(make_ctx(team_db))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_models_pass_the_model_tester(view: CustomersView, qtmodeltester) -> None:
    for model in (view.model, view.at_risk_model, view.cohort_model, view.lookalike_model):
        qtmodeltester.check(model)
    timeline = TimelineModel()
    from kpidesk.services.customers.detail import customer_detail

    timeline.set_entries(customer_detail(view.ctx.db, view.model.rows()[0].id).timeline)
    assert timeline.rowCount() > 0
    qtmodeltester.check(timeline)


def test_table_shows_status_and_filters(view: CustomersView) -> None:
    names = [r.organisation for r in view.model.rows()]
    assert names == ["Bakker Bouw", "De Vries Bouw", "Smit Bouw"]  # churned hidden by default
    status_col = view.model.column_index("status")
    assert view.model.index(0, status_col).data() == "At risk"
    assert view.tile_active.value.text() == "3"
    assert view.tile_at_risk.value.text() == "1"
    view.status.setCurrentIndex(view.status.findData("churned"))
    assert [r.organisation for r in view.model.rows()] == ["Weg BV"]
    assert [r.organisation for r in view.at_risk_model.rows()] == ["Bakker Bouw"]
    assert view.lookalike_model.rows()[0].company == "Tweeling Bouw"
    assert view.table.grab().width() > 0  # paints the status pills without warnings


def test_churn_and_reactivate_are_undoable(view: CustomersView, qtbot) -> None:
    ctx = view.ctx
    row = view.model.rows()[1]
    assert actions.churn(ctx, view, row, TODAY, "Te duur")
    churned = get_customer(ctx.db, row.id)
    assert (churned.status, churned.churn_reason) == ("churned", "Te duur")
    assert "De Vries Bouw" not in [r.organisation for r in view.model.rows()]  # refreshed
    ctx.undo_stack.undo()
    assert get_customer(ctx.db, row.id).churned_at is None
    ctx.undo_stack.redo()
    assert actions.reactivate(ctx, view, get_customer(ctx.db, row.id))
    assert get_customer(ctx.db, row.id).churned_at is None
    ctx.undo_stack.undo()
    assert get_customer(ctx.db, row.id).churned_at == TODAY
    assert ctx.undo_stack.count() == 2


def test_refused_churn_lands_not_on_the_stack(view: CustomersView, monkeypatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        "kpidesk.ui.operations.show_problem", lambda _p, message, title="": messages.append(message)
    )
    row = view.model.rows()[0]
    assert not actions.churn(view.ctx, view, row, date(2000, 1, 1), "")
    assert messages and "before the customer-since date" in messages[0]
    assert view.ctx.undo_stack.count() == 0


def test_log_activity_and_edit_are_undoable(view: CustomersView) -> None:
    ctx = view.ctx
    row = next(r for r in view.model.rows() if r.status == "at_risk")
    phone = f.type_id(ctx.db, "Phone call")
    assert actions.log_activity(ctx, view, row, phone, row.owner_id, TODAY, "Bijgepraat")
    assert get_customer(ctx.db, row.id).status == "active"
    assert view.tile_at_risk.value.text() == "0"
    ctx.undo_stack.undo()
    assert get_customer(ctx.db, row.id).status == "at_risk"
    assert actions.edit(ctx, view, row, None, 99_000_00)
    assert get_customer(ctx.db, row.id).recurring_value_cents == 99_000_00
    ctx.undo_stack.undo()
    after = get_customer(ctx.db, row.id)
    assert (after.recurring_value_cents, after.owner) == (row.recurring_value_cents, "Anna")


def test_delete_goes_to_the_trash_and_undo_restores(view: CustomersView) -> None:
    row = view.model.rows()[0]
    assert actions.delete(view.ctx, view, row)
    assert list_customers(view.ctx.db).total == 3
    view.ctx.undo_stack.undo()
    assert list_customers(view.ctx.db).total == 4


def test_detail_shows_timeline_and_follows_changes(view: CustomersView, qtbot) -> None:
    row = view.model.rows()[0]
    dialog = view.open_customer(row)
    assert isinstance(dialog, CustomerDetailDialog)
    assert dialog.title.text() == "Bakker Bouw"
    kinds = [dialog.timeline_model.entry(i).kind for i in range(dialog.timeline_model.rowCount())]
    assert kinds == ["activity", "started"]
    assert dialog.churn_button.isVisibleTo(dialog)
    assert not dialog.reactivate_button.isVisibleTo(dialog)
    actions.churn(view.ctx, dialog, row, TODAY, "Gekozen voor concurrent")
    assert dialog.reactivate_button.isVisibleTo(dialog)
    assert dialog.timeline_model.entry(0).kind == "churned"
    assert "Gekozen voor concurrent" in dialog.churn_note.text()
    assert view.open_customer(row) is dialog  # one window per customer
    dialog.grab()
    dialog.close()


def test_lookalike_double_click_asks_for_the_lead(view: CustomersView, qtbot) -> None:
    index = view.lookalike_model.index(0, 1)
    with qtbot.waitSignal(view.open_lead_requested) as blocker:
        view.lookalike_table.doubleClicked.emit(index)
    first = view.lookalike_model.rows()[0]
    assert blocker.args == [first.lead_id, first.company]


def test_buttons_follow_the_selection(view: CustomersView) -> None:
    assert not view.churn_button.isEnabled()
    view.table.selectionModel().select(
        view.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert view.churn_button.isEnabled() and not view.reactivate_button.isEnabled()
    assert view.selected_row() == view.model.rows()[0]


def test_chart_holds_twelve_months_with_tooltips(team_db: Database, qtbot) -> None:
    chart = RelationshipChart()
    qtbot.addWidget(chart)
    bars, line = chart.bars, chart.retention_line
    chart.set_months(relationship_trend(team_db, TODAY))
    chart.set_months(relationship_trend(team_db, TODAY))
    assert chart.bars is bars and chart.retention_line is line  # updated, not rebuilt
    assert list(chart.bars.opts["height"])[-1] == 3
    assert "Active customers: 3" in chart.tooltip_for(11)
    assert not chart.empty_label.isVisible()
    chart.set_months(relationship_trend(team_db, date(2020, 1, 31)))
    assert chart.empty_label.isVisible()


def test_dutch_texts(team_db: Database, make_ctx, qtbot) -> None:
    from kpidesk.core.i18n import set_language

    set_language("nl")
    widget = CustomersView(make_ctx(team_db))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.headerData(0, Qt.Orientation.Horizontal) == "Organisatie"
    status_col = widget.model.column_index("status")
    assert widget.model.index(0, status_col).data() == "Met risico"


def test_main_window_opens_the_lookalike_lead(team_db: Database, make_window) -> None:
    window = make_window(team_db, "customers")
    window.show()
    customers = window.views["customers"]
    prospect = customers.lookalike_model.rows()[0]
    customers.open_lead_requested.emit(prospect.lead_id, prospect.company)
    assert window.current_view() == "leads"
    assert prospect.lead_id in [r.id for r in window.views["leads"].model.rows()]
