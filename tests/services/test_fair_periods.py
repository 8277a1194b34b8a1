"""Fair comparisons and goals on a database: same working days, pace, pro rata, the ranking.

Hand-computed on the 2026 calendar: December 2026 has 23 working days (Tue 1 – Thu 31),
November 21.  On Saturday 5 December, 4 of December's working days have passed (Tue 1 – Fri 4)
and November's 4th working day is Thursday 5 November.  Anna starts on Tuesday 15 December:
13 of December's 23 working days (15–18, 21–25, 28–31).
"""

from __future__ import annotations

from datetime import date

from kpidesk.core.periods import Period
from kpidesk.services.activities.goals import goal_board, leaderboard
from kpidesk.services.kpis.as_json import report_json
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.kpis.workbook import build_kpi_workbook
from kpidesk.services.store.database import Database
from tests import factories as f

SAT_5_DEC = date(2026, 12, 5)
DEC, NOV = Period.month(2026, 12), Period.month(2026, 11)


def _team(db: Database) -> tuple[int, int]:
    bram = f.rep(db, "Bram")
    anna = f.rep(db, "Anna", start=date(2026, 12, 15))
    f.target(db, "activity_points", NOV.start, 210, bram)
    f.target(db, "activity_points", DEC.start, 230, bram)
    f.target(db, "activity_points", DEC.start, 230, anna)
    f.target(db, "qualified_leads", DEC.start, 23, bram)
    # November: 5 + 2 in its first four working days, then 5 + 2 more later on.
    f.activity(db, "Intake meeting", date(2026, 11, 2), rep_id=bram)
    f.activity(db, "Phone call", date(2026, 11, 5), rep_id=bram)
    f.activity(db, "Intake meeting", date(2026, 11, 6), rep_id=bram)
    f.activity(db, "Phone call", date(2026, 11, 20), rep_id=bram)
    # December so far: 5 + 2 + 2 + 3 = 12 points.
    f.activity(db, "Intake meeting", date(2026, 12, 1), rep_id=bram)
    f.activity(db, "Phone call", date(2026, 12, 3), rep_id=bram)
    f.activity(db, "Phone call", date(2026, 12, 3), rep_id=bram)
    f.activity(db, "Proposal sent", date(2026, 12, 4), rep_id=bram)
    o = f.org(db, "Acme")
    f.lead(db, o, owner_id=bram, status="qualified", qualified_at=date(2026, 11, 3))
    f.lead(db, o, owner_id=bram, status="qualified", qualified_at=date(2026, 11, 12))
    f.lead(db, o, owner_id=bram, status="qualified", qualified_at=date(2026, 12, 2))
    return bram, anna


def test_the_5th_compares_with_the_same_working_days_and_shows_pace(db: Database) -> None:
    bram, anna = _team(db)
    report = compute_kpis(db, DEC, today=SAT_5_DEC)
    assert report.comparison is not None and report.comparison.running
    assert report.comparison.previous == Period(date(2026, 11, 1), date(2026, 11, 5))
    assert report.action.activity_points == 12
    assert report.previous is not None
    assert report.previous.activity_points == 7  # 1–5 Nov, not all of November's 14
    assert report.previous.qualified_leads == 1  # 3 Nov; 12 Nov is after the stretch
    # Team target: Bram 230 + Anna 230 × 13/23 = 130 → 360; pace 360 × 4/23 = 62.6 → 63.
    assert report.action.target_points == 360
    assert report.action.pace_points == 63
    assert report.result.pace_qualified_leads == 4  # 23 × 4/23
    mine = compute_kpis(db, DEC, bram, today=SAT_5_DEC, series=False)
    assert (mine.action.target_points, mine.action.pace_points) == (230, 40)  # 230 × 4/23
    hers = compute_kpis(db, DEC, anna, today=SAT_5_DEC, series=False)
    assert (hers.action.target_points, hers.action.pace_points) == (130, 0)  # not started yet
    later = compute_kpis(db, DEC, anna, today=date(2026, 12, 17), series=False)
    assert later.action.pace_points == 30  # 15–17 Dec: 230 × 3/23


def test_a_finished_period_compares_whole_with_whole(db: Database) -> None:
    _team(db)
    report = compute_kpis(db, NOV, today=SAT_5_DEC)
    assert report.comparison is not None and not report.comparison.running
    assert report.comparison.previous == Period.month(2026, 10)
    assert report.action.activity_points == 14
    assert (report.action.target_points, report.action.pace_points) == (210, 210)


def test_json_and_workbook_say_the_same(db: Database) -> None:
    _team(db)
    report = compute_kpis(db, DEC, today=SAT_5_DEC)
    data = report_json(report)
    assert data["comparison"] == {
        "from": "2026-12-01",
        "to": "2026-12-05",
        "previous_from": "2026-11-01",
        "previous_to": "2026-11-05",
        "working_days": 4,
        "same_working_days": True,
    }
    assert data["action"]["pace_points"] == 63 and data["previous"]["activity_points"] == 7
    book = build_kpi_workbook(db, DEC, None, "en", SAT_5_DEC)
    assert book.previous_label == "1–5 Nov 2026, the same working days"
    points = book.groups[0].lines
    assert [(line.scope, line.value, line.target, line.pace, line.previous) for line in points] == [
        ("Whole team", 12, 360, 63, 7),
        ("Anna", 0, 130, 0, 0),
        ("Bram", 12, 230, 40, 7),
    ]


def test_leaderboard_ranks_by_share_of_own_goal(db: Database) -> None:
    # Thu 17 Dec 2026.  Month goals: Bram 230; Anna (from 15 Dec) 130; Chris 460; Dirk none.
    bram, anna = _team(db)
    chris, dirk = f.rep(db, "Chris"), f.rep(db, "Dirk")
    f.target(db, "activity_points", DEC.start, 460, chris)
    f.activity(db, "Intake meeting", date(2026, 12, 15), rep_id=anna)  # 5
    f.activity(db, "Intake meeting", date(2026, 12, 16), rep_id=anna)  # 10 of 130: 7.7 %
    for day in (7, 8, 9, 10):  # 4 × 5 = 20 of 460: 4.3 %, most points after Bram
        f.activity(db, "Intake meeting", date(2026, 12, day), rep_id=chris)
    f.activity(db, "Phone call", date(2026, 12, 16), rep_id=dirk)  # 2, no goal
    board = goal_board(db, date(2026, 12, 17))
    month = leaderboard(board, by="month")
    # Bram 12 of 230 = 5.2 %, Chris 20 of 460 = 4.3 %: by points Chris (20) would lead Bram.
    assert [(e.rank, e.name, e.points, e.goal) for e in month] == [
        (1, "Anna", 10, 130),
        (2, "Bram", 12, 230),
        (3, "Chris", 20, 460),
        (4, "Dirk", 2, None),
    ]
    assert month[0].ratio is not None and round(month[0].ratio, 4) == round(10 / 130, 4)
    # Anna's week (14–20 Dec) counts only from Tuesday 15: 4 of December's 23 days × 230 =
    # 40; by Thursday 3 days: 30 expected.
    mine = next(r for r in board.reps if r.rep_id == anna)
    assert (mine.week.goal, mine.week.expected) == (40, 30)
    assert (mine.month.goal, mine.month.expected) == (130, 30)
    # Equal shares share a rank: Dirk gets a goal he is exactly level with Chris on.
    f.target(db, "activity_points", DEC.start, 46, dirk)  # 2 of 46 = 20 of 460
    ranks = {e.name: e.rank for e in leaderboard(goal_board(db, date(2026, 12, 17)), by="month")}
    assert ranks == {"Anna": 1, "Bram": 2, "Chris": 3, "Dirk": 3}
    assert bram in {r.rep_id for r in board.reps}
