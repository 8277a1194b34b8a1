"""Points per rep, team and period; goals from targets; the leaderboard order."""

from __future__ import annotations

from datetime import date

from kpidesk.services.activities.goals import goal_board, leaderboard, points_by_rep, team_points
from kpidesk.services.activities.records import delete_activities
from kpidesk.services.store.database import Database
from tests import factories as f

TODAY = date(2026, 11, 11)  # a Wednesday; week 9..15 Nov, November has 21 working days
NOV = date(2026, 11, 1)


def _team(db: Database) -> tuple[int, int, int]:
    return f.rep(db, "Anna de Boer"), f.rep(db, "Bram Visser"), f.rep(db, "Chris Jansen")


def test_points_per_rep_team_and_period(db: Database) -> None:
    anna, bram, _chris = _team(db)
    f.activity(db, "Intake meeting", date(2026, 11, 10), rep_id=anna)  # 5
    f.activity(db, "Phone call", date(2026, 11, 11), rep_id=anna)  # 2
    f.activity(db, "Voicemail", date(2026, 11, 2), rep_id=anna)  # 1, previous week
    f.activity(db, "Proposal sent", date(2026, 11, 9), rep_id=bram)  # 3
    f.activity(db, "E-mail", date(2026, 10, 31), rep_id=bram)  # 1, October
    gone = f.activity(db, "Presentation", date(2026, 11, 11), rep_id=bram)  # 4, deleted
    delete_activities(db, [gone])
    week = points_by_rep(db, date(2026, 11, 9), date(2026, 11, 15))
    assert {k: (v.activities, v.points) for k, v in week.items()} == {anna: (2, 7), bram: (1, 3)}
    month = points_by_rep(db, date(2026, 11, 1), date(2026, 11, 30))
    assert month[anna].points == 8 and month[bram].points == 3
    assert team_points(db, date(2026, 10, 1), date(2026, 11, 30)).points == 12
    assert team_points(db, date(2026, 10, 1), date(2026, 10, 31)).activities == 1


def test_goals_and_progress_from_the_targets(db: Database) -> None:
    anna, bram, chris = _team(db)
    f.target(db, "activity_points", NOV, 210, anna)
    f.target(db, "activity_points", NOV, 420, bram)
    f.activity(db, "Intake meeting", date(2026, 11, 9), rep_id=anna)
    f.activity(db, "Intake meeting", date(2026, 11, 10), rep_id=anna)
    board = goal_board(db, TODAY)
    by_name = {r.name: r for r in board.reps}
    anna_goals = by_name["Anna de Boer"]
    assert (anna_goals.week.goal, anna_goals.month.goal) == (50, 210)
    assert anna_goals.week.points == 10 and anna_goals.week.ratio == 0.2
    assert anna_goals.week.expected == 30  # Mon..Wed of five working days
    assert not anna_goals.week.on_pace and not anna_goals.week.reached
    assert by_name["Bram Visser"].week.goal == 100
    assert by_name["Chris Jansen"].week.goal is None  # no target: no goal, still listed
    assert by_name["Chris Jansen"].week.ratio is None
    # Team goal without a team row: the sum of the rep goals.
    assert (board.team_week.goal, board.team_month.goal) == (150, 630)
    assert board.team_week.points == 10
    f.target(db, "activity_points", NOV, 1050)  # an explicit team target wins
    board = goal_board(db, TODAY)
    assert (board.team_week.goal, board.team_month.goal) == (250, 1050)
    assert chris in {r.rep_id for r in board.reps}


def test_other_kpis_and_months_do_not_count_as_points_goals(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    f.target(db, "qualified_leads", NOV, 8, anna)
    f.target(db, "activity_points", date(2026, 12, 1), 300, anna)
    board = goal_board(db, TODAY)
    assert board.reps[0].month.goal is None and board.team_month.goal is None


def test_leaderboard_orders_by_points_then_name_and_shares_ranks(db: Database) -> None:
    anna, bram, chris = _team(db)
    dirk = f.rep(db, "Dirk Smit")
    f.activity(db, "Phone call", TODAY, rep_id=bram)  # 2
    f.activity(db, "Phone call", TODAY, rep_id=chris)  # 2
    f.activity(db, "Intake meeting", TODAY, rep_id=dirk)  # 5
    f.activity(db, "Intake meeting", date(2026, 11, 3), rep_id=anna)  # earlier week: 5
    f.activity(db, "Intake meeting", date(2026, 11, 4), rep_id=anna)  # 5
    board = goal_board(db, TODAY)
    week = leaderboard(board, by="week")
    assert [(e.rank, e.name, e.points) for e in week] == [
        (1, "Dirk Smit", 5),
        (2, "Bram Visser", 2),
        (2, "Chris Jansen", 2),
        (4, "Anna de Boer", 0),  # everyone is listed, also without points this week
    ]
    month = leaderboard(board, by="month")
    assert [e.name for e in month] == ["Anna de Boer", "Dirk Smit", "Bram Visser", "Chris Jansen"]
    assert month[0].points == 10 and month[0].activities == 2


def test_changing_type_points_reweights_history(db: Database) -> None:
    from kpidesk.services.activities.types import TypeValues, update_activity_type

    anna = f.rep(db, "Anna de Boer")
    f.activity(db, "Voicemail", date(2026, 1, 5), rep_id=anna)
    f.activity(db, "Voicemail", TODAY, rep_id=anna)
    assert team_points(db, date(2026, 1, 1), date(2026, 12, 31)).points == 2
    update_activity_type(db, f.type_id(db, "Voicemail"), TypeValues("Voicemail", "Voicemail", 3))
    assert team_points(db, date(2026, 1, 1), date(2026, 12, 31)).points == 6
