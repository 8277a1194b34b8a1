"""The activities view: quick log by keyboard, links, edit and delete with undo, goals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kpidesk.services.activities.goals import goal_board
from kpidesk.services.activities.records import list_activities
from kpidesk.services.deals.records import list_deals
from kpidesk.services.link_search import search_links
from kpidesk.services.store.database import Database
from kpidesk.ui.activities.goals_panel import LeaderboardModel
from kpidesk.ui.activities.link_field import LinkModel
from kpidesk.ui.activities.view import ActivitiesView
from kpidesk.ui.context import AppContext
from tests import factories as f


def make_view(qtbot, ctx: AppContext) -> ActivitiesView:
    view = ActivitiesView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def test_log_from_the_quick_log_bar_with_the_keyboard(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    anna = f.rep(db, "Anna de Boer")
    ctx = make_ctx(db)
    ctx.prefs.set("last_rep_id", anna)
    view = make_view(qtbot, ctx)
    assert view.quick.rep.currentData() == anna  # the last rep used
    assert len(view.quick.buttons) == 7
    view.quick.note.setFocus()
    # Alt+4 picks the fourth type (Phone call) and puts the cursor in the note; Enter logs.
    qtbot.keyClick(view.quick.note, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert view.quick.selected_type() is not None
    assert view.quick.selected_type().name_en == "Phone call"
    qtbot.keyClicks(view.quick.note, "Teruggebeld")
    qtbot.keyClick(view.quick.note, Qt.Key.Key_Return)
    rows = list_activities(db).rows
    assert [(r.type_name, r.rep, r.note, r.points, r.date) for r in rows] == [
        ("Phone call", "Anna de Boer", "Teruggebeld", 2, date.today())
    ]
    assert view.model.total == 1
    assert "Phone call" in view.quick.feedback.text()
    assert view.quick.selected_type() is None and view.quick.note.text() == ""
    assert view.goals.team.rows[0][2].text().startswith("2 pt")
    # One undo step removes it again, redo brings back the same row.
    ctx.undo_stack.undo()
    assert list_activities(db).total == 0 and view.model.total == 0
    ctx.undo_stack.redo()
    assert list_activities(db).rows[0].id == rows[0].id


def test_enter_without_a_type_asks_for_one(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    view = make_view(qtbot, make_ctx(db))
    qtbot.keyClick(view.quick.note, Qt.Key.Key_Return)
    assert list_activities(db).total == 0
    assert "Alt+1" in view.quick.feedback.text()


def test_two_clicks_with_a_link_wake_the_deal(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    anna = f.rep(db, "Anna de Boer")
    org = f.org(db, "Bakkerij Jansen")
    old = date.today() - timedelta(days=60)
    deal = f.deal(
        db, "Nieuwe kassa", stage="Proposal", owner_id=anna, organisation_id=org, first_contact=old
    )
    view = make_view(qtbot, make_ctx(db))
    view.quick.link.setText("kassa")
    view.quick.link.run_search()
    view.quick.link.choose(0)
    assert view.quick.link.link is not None and view.quick.link.link.id == deal
    qtbot.mouseClick(view.quick.buttons[2], Qt.MouseButton.LeftButton)  # Proposal sent
    qtbot.mouseClick(view.quick.log_button, Qt.MouseButton.LeftButton)
    row = next(r for r in list_deals(db).rows if r.id == deal)
    assert row.last_activity_date == date.today()
    assert list_activities(db).rows[0].deal == "Nieuwe kassa"
    assert view.quick.link.link is None


def test_delete_and_edit_with_undo(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext], monkeypatch
) -> None:
    anna = f.rep(db, "Anna de Boer")
    first = f.activity(db, "Voicemail", date.today(), rep_id=anna)
    ctx = make_ctx(db)
    view = make_view(qtbot, ctx)
    assert view.model.total == 1
    view.table.selectRow(0)
    view.delete_selected()
    assert list_activities(db).total == 0 and view.model.total == 0
    ctx.undo_stack.undo()
    assert view.model.total == 1
    from kpidesk.ui.activities import dialog as dialog_module

    def accept(self) -> int:  # fill the form as a user would, then press OK
        self.type.setCurrentIndex(self.type.findData(f.type_id(db, "Intake meeting")))
        self.note.setText("Intake gepland")
        return dialog_module.ActivityDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_module.ActivityDialog, "exec", accept)
    view.table.selectRow(0)
    view.edit_selected()
    row = list_activities(db).rows[0]
    assert (row.id, row.points, row.note) == (first, 5, "Intake gepland")
    ctx.undo_stack.undo()
    row = list_activities(db).rows[0]
    assert (row.points, row.note) == (1, None)


def test_models_pass_the_model_tester(qtmodeltester, db: Database) -> None:
    anna, bram = f.rep(db, "Anna de Boer"), f.rep(db, "Bram Visser")
    day = date(2026, 11, 11)  # a Wednesday: the week has working days in November
    f.activity(db, "Phone call", day, rep_id=bram)
    f.target(db, "activity_points", date(2026, 11, 1), 200, anna)
    board = goal_board(db, day)
    model = LeaderboardModel()
    model.set_board(board, "week")
    # By share of the own goal: Anna has one (0 %), Bram has none and follows, points or not.
    assert model.names() == ["Anna de Boer", "Bram Visser"]
    qtmodeltester.check(model)
    model.set_board(board, "month")
    qtmodeltester.check(model)
    org = f.org(db, "Bakkerij Jansen")
    f.lead(db, org)
    links = LinkModel()
    links.set_hits(search_links(db, "bak"))
    assert links.rowCount() == 1
    qtmodeltester.check(links)


def test_view_in_dutch_without_data(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    from kpidesk.core.i18n import set_language

    set_language("nl")
    view = make_view(qtbot, make_ctx(db))
    assert view.quick.buttons[0].text().startswith("Intakegesprek")
    assert view.goals.empty.isVisible()
    QApplication.processEvents()


def test_plan_a_next_step_then_mark_it_done_with_ctrl_d(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    anna = f.rep(db, "Anna de Boer")
    ctx = make_ctx(db)
    ctx.prefs.set("last_rep_id", anna)
    view = make_view(qtbot, ctx)
    view.period.setCurrentIndex(view.period.findData("all"))
    qtbot.mouseClick(view.quick.mode_plan, Qt.MouseButton.LeftButton)
    assert view.quick.log_button.text() != "" and not view.quick.now_button.isEnabled()
    view.quick.pick(view.quick.buttons[0].info.id)  # Intake meeting, 5 points
    qtbot.keyClick(view.quick.note, Qt.Key.Key_Return)
    planned = list_activities(db).rows
    assert [(r.done, r.date > date.today(), r.time is not None) for r in planned] == [
        (False, True, True)
    ]
    assert "planned" in view.quick.feedback.text()
    assert view.quick.mode_done.isChecked()  # back to logging what happened
    assert goal_board(db).team_week.points == 0  # a plan earns nothing

    view.table.selectRow(0)
    assert view.done_button.isEnabled()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    # Let go of Ctrl as a hand would: Qt keeps the modifier state for the next test's clicks.
    qtbot.keyRelease(view.table, Qt.Key.Key_Control)
    done = list_activities(db).rows[0]
    assert (done.done, done.date) == (True, date.today())  # planned ahead, done today
    assert goal_board(db).team_week.points == 5
    ctx.undo_stack.undo()
    again = list_activities(db).rows[0]
    assert (again.done, again.date) == (False, planned[0].date)


def test_a_done_activity_cannot_be_dated_after_now(
    qtbot, db: Database, make_ctx: Callable[[Database], AppContext]
) -> None:
    view = make_view(qtbot, make_ctx(db))
    tomorrow = view.quick.when.dateTime().addDays(1)
    view.quick.when.setDateTime(tomorrow)  # the editor stops at now
    assert view.quick.when.dateTime() < tomorrow
    values = view.quick.values()
    assert values is None  # no type picked yet
    view.quick.pick(view.quick.buttons[3].info.id)
    values = view.quick.values()
    assert values is not None and values.done and values.day <= date.today()
