"""A new team member with a ramp of targets, undone; dates in the team."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.core.kpi import ramp_in
from kpidesk.core.periods import Period
from kpidesk.services.errors import Refused
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.kpis.target_grid import target_grid
from kpidesk.services.reference import find_team_member, update_team_member
from kpidesk.services.store.database import Database
from kpidesk.services.team.joining import NewMember, join_team, typical_targets, undo_join
from tests import factories as f

DEC = date(2026, 12, 1)


def test_ramp_in_rounds_half_up() -> None:
    assert ramp_in(230, (50, 75, 100), date(2026, 12, 15)) == [
        (date(2026, 12, 1), 115),
        (date(2027, 1, 1), 173),  # 172.5 → 173
        (date(2027, 2, 1), 230),
    ]


def test_joining_with_a_ramp_and_undoing_it(db: Database) -> None:
    bram, eva = f.rep(db, "Bram"), f.rep(db, "Eva")
    f.target(db, "activity_points", DEC, 200, bram)
    f.target(db, "activity_points", DEC, 260, eva)
    f.target(db, "qualified_leads", date(2026, 11, 1), 20, bram)
    typical = typical_targets(db, date(2026, 12, 15))
    assert typical == {"activity_points": 230, "qualified_leads": 20}  # medians
    new = NewMember("Anna", start_date=date(2026, 12, 15), full={"activity_points": 230})
    joined = join_team(db, new)
    assert joined.targets == (
        ("activity_points", date(2026, 12, 1), 115),
        ("activity_points", date(2027, 1, 1), 173),
        ("activity_points", date(2027, 2, 1), 230),
    )
    grid = target_grid(db, "activity_points", DEC, 3)
    anna = grid.rep_ids.index(joined.member_id)
    assert grid.rep_values[anna] == (115, 173, 230)
    # 50 % of a full December, and pro rata from 15 Dec: 115 × 13/23 = 65.
    report = compute_kpis(db, Period.month(2026, 12), joined.member_id, date(2026, 12, 5))
    assert report.action.target_points == 65
    undo_join(db, joined)
    assert find_team_member(db, "Anna") is None
    assert (
        target_grid(db, "activity_points", DEC, 3).rep_ids
        == grid.rep_ids[:anna] + (grid.rep_ids[anna + 1 :])
    )
    again = join_team(db, new, joined.member_id)  # a redo keeps the id
    assert again.member_id == joined.member_id and again.targets == joined.targets


def test_joining_refuses_what_a_manager_should_fix(db: Database) -> None:
    f.rep(db, "Bram")
    with pytest.raises(Refused, match="already a team member"):
        join_team(db, NewMember(" Bram "))
    with pytest.raises(Refused, match="0 to 200"):
        join_team(db, NewMember("Anna", steps=(50, 250), full={"activity_points": 100}))
    anna = join_team(db, NewMember("Anna", start_date=DEC))
    f.activity(db, "Phone call", date(2026, 12, 2), rep_id=anna.member_id)
    with pytest.raises(Refused, match="inactive"):
        undo_join(db, anna)


def test_the_last_day_in_the_team_makes_the_month_pro_rata(db: Database) -> None:
    bram = f.rep(db, "Bram")
    f.target(db, "activity_points", DEC, 230, bram)
    f.target(db, "activity_points", date(2027, 1, 1), 230, bram)
    update_team_member(
        db, bram, name="Bram", email=None, role="rep", active=True,
        dates=(date(2020, 1, 1), date(2026, 12, 10)),
    )  # fmt: skip
    member = find_team_member(db, "Bram")
    assert member is not None and member.end_date == date(2026, 12, 10)
    # Tue 1 – Thu 10 Dec: 8 of 23 working days: 230 × 8/23 = 80; January: nothing.
    dec = compute_kpis(db, Period.month(2026, 12), bram, date(2026, 12, 5), series=False)
    assert dec.action.target_points == 80
    jan = compute_kpis(db, Period.month(2027, 1), bram, date(2026, 12, 5), series=False)
    assert jan.action.target_points == 0
    with pytest.raises(Refused, match="before the start date"):
        update_team_member(
            db, bram, name="Bram", email=None, role="rep", active=True,
            dates=(date(2026, 12, 10), date(2026, 12, 1)),
        )  # fmt: skip
