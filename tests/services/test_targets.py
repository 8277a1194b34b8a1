"""Targets editor and ramp generator services."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpidesk.core.kpi import Ramp
from kpidesk.core.pace import span_goal
from kpidesk.core.periods import add_months, month_start
from kpidesk.services.errors import Refused
from kpidesk.services.kpis.target_grid import TargetCell, apply_ramp, set_targets, target_grid
from kpidesk.services.kpis.targets import prorated
from kpidesk.services.store.database import Database
from tests import factories as f


def test_grid_team_is_sum_unless_own(db: Database) -> None:
    bram, anna = f.rep(db, "Bram"), f.rep(db, "Anna")
    set_targets(
        db,
        [
            TargetCell(bram, "qualified_leads", date(2026, 1, 9), 10),
            TargetCell(anna, "qualified_leads", date(2026, 1, 1), 5),
            TargetCell(None, "qualified_leads", date(2026, 2, 1), 30),
        ],
    )
    grid = target_grid(db, "qualified_leads", date(2026, 1, 1), 3)
    assert grid.rep_names == ("Anna", "Bram")
    assert grid.rep_values == ((5, None, None), (10, None, None))
    assert grid.team_own == (None, 30, None)
    assert grid.team_effective == (15, 30, None)


def test_set_returns_previous_for_undo_and_clears(db: Database) -> None:
    bram = f.rep(db, "Bram")
    set_targets(db, [TargetCell(bram, "activity_points", date(2026, 1, 1), 100)])
    previous, changes = set_targets(
        db, [TargetCell(bram, "activity_points", date(2026, 1, 1), None)]
    )
    assert previous == [TargetCell(bram, "activity_points", date(2026, 1, 1), 100)]
    assert changes.touches("targets")
    assert target_grid(db, "activity_points", date(2026, 1, 1), 1).rep_values == ((None,),)
    set_targets(db, previous)
    assert target_grid(db, "activity_points", date(2026, 1, 1), 1).rep_values == ((100,),)


def test_ramp_writes_monthly_targets(db: Database) -> None:
    bram = f.rep(db, "Bram")
    apply_ramp(db, [bram], "qualified_leads", date(2026, 1, 1), 12, Ramp(20, 10, 3, 24))
    grid = target_grid(db, "qualified_leads", date(2026, 1, 1), 12)
    assert grid.rep_values[0] == (20, 20, 20, 22, 22, 22, 24, 24, 24, 24, 24, 24)


def test_refusals(db: Database) -> None:
    with pytest.raises(Refused):
        apply_ramp(db, [None], "qualified_leads", date(2026, 1, 1), 12, Ramp(20, -5))
    with pytest.raises(Refused):
        apply_ramp(db, [None], "qualified_leads", date(2026, 1, 1), 12, Ramp(20, 5, 3, 10))
    with pytest.raises(Refused):
        set_targets(db, [TargetCell(None, "nonsense", date(2026, 1, 1), 1)])
    with pytest.raises(Refused):
        set_targets(db, [TargetCell(None, "qualified_leads", date(2026, 1, 1), -1)])


@given(
    value=st.integers(min_value=-10_000, max_value=10_000_000),
    month=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 1)).map(month_start),
    since=st.one_of(st.none(), st.dates(min_value=date(2019, 1, 1), max_value=date(2031, 12, 31))),
    until=st.one_of(st.none(), st.dates(min_value=date(2019, 1, 1), max_value=date(2031, 12, 31))),
)
def test_prorated_is_the_goal_rule_over_the_month(
    value: int, month: date, since: date | None, until: date | None
) -> None:
    # The shortcut for a member in the team all month gives what the rule itself gives.
    last = add_months(month, 1) - timedelta(days=1)
    assert prorated(value, month, (since, until)) == span_goal(
        month, last, lambda _m: value, since, until
    )
