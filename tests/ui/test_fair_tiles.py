"""What the tiles say on Saturday 5 December 2026: the same working days, pace, colours."""

from __future__ import annotations

from datetime import date

import pytest

from kpidesk.core.i18n import set_language
from kpidesk.core.periods import Period
from kpidesk.services.kpis.figures import compute_kpis
from kpidesk.services.store.database import Database
from kpidesk.ui.dashboard.tiles import tile_data
from tests.services.test_fair_periods import DEC, NOV, SAT_5_DEC, _team


@pytest.fixture
def dutch():  # type: ignore[no-untyped-def]
    set_language("nl")
    yield
    set_language("en")


def test_tiles_compare_with_the_same_working_days_and_show_pace(db: Database) -> None:
    _team(db)
    report = compute_kpis(db, DEC, today=SAT_5_DEC)
    assert report.previous is not None
    leads, points, _pipe, _days, _customers = tile_data(report, report.previous)
    # 12 points against 7 in 1–5 Nov: +5 (+71%); pace 360 × 4/23 → 63, so behind.
    assert points.change_text == "+5 (+71%) vs 1–5 Nov (same working days)"
    assert (points.pace_text, points.on_pace) == ("Behind pace (63 by today)", False)
    # One qualified lead against one on 3 Nov; pace 23 × 4/23 = 4.
    assert leads.change_text == "+0 (+0%) vs 1–5 Nov (same working days)"
    assert (leads.pace_text, leads.on_pace) == ("Behind pace (4 by today)", False)


def test_a_finished_month_compares_whole_with_whole(db: Database) -> None:
    _team(db)
    report = compute_kpis(db, NOV, today=SAT_5_DEC)
    assert report.previous is not None
    points = tile_data(report, report.previous)[1]
    assert points.change_text.endswith("vs previous period")
    assert (points.pace_text, points.on_pace) == ("Target not reached", False)  # 14 of 210
    later = compute_kpis(db, Period.month(2027, 1), today=SAT_5_DEC)
    assert later.previous is not None
    assert tile_data(later, later.previous)[1].pace_text == ""  # still to come


def test_in_dutch(db: Database, dutch: None) -> None:
    _team(db)
    report = compute_kpis(db, DEC, today=date(2026, 12, 5))
    assert report.previous is not None
    points = tile_data(report, report.previous)[1]
    assert points.change_text == "+5 (+71%) t.o.v. 1–5 nov (zelfde werkdagen)"
    assert points.pace_text == "Achter op schema (vandaag 63)"
