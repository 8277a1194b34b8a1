"""The one-on-one pack: the method's order, the rep's own figures, the cause, the actions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from kpidesk.core.i18n import set_language
from kpidesk.core.periods import Period
from kpidesk.services.coaching.actions import ActionInput, add_action, set_done
from kpidesk.services.coaching.one_on_one import (
    build_one_on_one,
    export_one_on_one,
    file_name,
    period_text,
)
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.reference import list_team
from kpidesk.services.store.database import Database
from tests import factories as f
from tests.services.test_coaching import proposals

TODAY = date(2026, 12, 5)
DECEMBER = Period.month(2026, 12)


def texts(path: Path) -> list[str]:
    """Every text in the pack, in reading order."""
    sheet = load_workbook(path).worksheets[0]
    return [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]


def section_of(found: list[str], number: int) -> list[str]:
    start = next(i for i, t in enumerate(found) if t.startswith(f"{number}. "))
    end = next((i for i, t in enumerate(found) if t.startswith(f"{number + 1}. ")), len(found))
    return found[start:end]


@pytest.fixture
def coached(db: Database) -> Iterator[dict[str, Any]]:
    """Bram sends proposals without an intake and loses them; Anna and Eva do not."""
    bram, anna, eva = f.rep(db, "Bram de Vries"), f.rep(db, "Anna Smit"), f.rep(db, "Eva Jansen")
    proposals(db, bram, passed=4, lost=16, intake=False)
    proposals(db, anna, passed=14, lost=6, intake=True, offset=3)
    proposals(db, eva, passed=13, lost=7, intake=True, offset=5)
    org = f.org(db, "Bakkerij Één")
    sleeping = f.deal(
        db, "=Nieuwe kassa", stage="Proposal", owner_id=bram, organisation_id=org,
        first_contact=TODAY - timedelta(days=60), value=12_000_00,
    )  # fmt: skip
    f.deal(db, "Wakker", stage="Proposal", owner_id=anna, first_contact=TODAY)
    f.activity(db, "Phone call", TODAY + timedelta(days=3), rep_id=bram, deal_id=sleeping,
               done=False, note="Offerte nabellen")  # fmt: skip
    f.activity(db, "Phone call", TODAY - timedelta(days=2), rep_id=bram, done=False,
               organisation_id=org)  # fmt: skip
    f.activity(db, "Phone call", TODAY - timedelta(days=1), rep_id=bram, organisation_id=org)
    f.target(db, "activity_points", date(2026, 12, 1), 100, rep_id=bram)
    old = TODAY - timedelta(days=30)
    add_action(db, bram, ActionInput("Intake vóór elke offerte", old, TODAY - timedelta(days=2)))
    done_recently = add_action(db, bram, ActionInput("Drie demo's plannen", old))[0]
    done_long_ago = add_action(db, bram, ActionInput("Oude afspraak", old - timedelta(days=90)))[0]
    add_action(db, anna, ActionInput("Anna's eigen afspraak", old))
    set_done(db, [done_recently], day=TODAY - timedelta(days=4))
    set_done(db, [done_long_ago], day=old - timedelta(days=80))
    yield {"db": db, "bram": bram, "anna": anna, "eva": eva}


def test_the_pack_follows_the_method_and_names_the_cause(
    coached: dict[str, Any], tmp_path: Path
) -> None:
    db = coached["db"]
    path = tmp_path / "1-on-1.xlsx"
    result = export_one_on_one(db, path, coached["bram"], DECEMBER, "en", TODAY)
    assert result.path == path and result.pages >= 1
    found = texts(path)
    heads = [t for t in found if t[:2] in ("1.", "2.", "3.", "4.", "5.")]
    assert [h[:2] for h in heads] == ["1.", "2.", "3.", "4.", "5."]
    action = section_of(found, 1)
    assert "Activity points against the goal and the pace" in action
    assert "Planned next steps" in action and "Offerte nabellen" in " ".join(action)
    assert "The mix of activity types in Dec 2026" in action
    bottleneck = " ".join(section_of(found, 3))
    assert "Bram de Vries: Proposal → Negotiation 4 of 20 (20%)" in bottleneck
    assert "intake or demo" in bottleneck  # the cause, in one sentence
    deals = section_of(found, 4)
    assert "=Nieuwe kassa" in deals and "Wakker" not in deals
    actions = section_of(found, 5)
    assert "Intake vóór elke offerte" in actions and "Drie demo's plannen" in actions
    assert "Oude afspraak" not in actions and "Anna's eigen afspraak" not in actions
    assert "Overdue" in actions


def test_no_colleague_is_named_anywhere(coached: dict[str, Any], tmp_path: Path) -> None:
    db = coached["db"]
    path = tmp_path / "pack.xlsx"
    export_one_on_one(db, path, coached["bram"], DECEMBER, "en", TODAY)
    everything = " ".join(texts(path))
    assert "Bram de Vries" in everything
    for colleague in ("Anna", "Eva"):
        assert colleague not in everything


def test_a_rep_without_a_bottleneck_hears_so(db: Database) -> None:
    bram, anna = f.rep(db, "Bram de Vries"), f.rep(db, "Anna Smit")
    proposals(db, bram, passed=12, lost=8, intake=True)
    proposals(db, anna, passed=13, lost=7, intake=True, offset=2)
    pack = build_one_on_one(db, bram, DECEMBER, "en", TODAY)
    lines = [line for block in pack.sections[2].blocks for line in block.lines]
    assert lines == ["Bram de Vries: no clear bottleneck"]


def test_the_points_table_has_goal_pace_and_the_week(coached: dict[str, Any]) -> None:
    pack = build_one_on_one(coached["db"], coached["bram"], DECEMBER, "en", TODAY)
    table = pack.sections[0].blocks[1].table
    assert table is not None
    month, week = table.rows
    # One done call (2 points) by 5 December: 4 of the 23 working days of a 100-point goal.
    assert month[1:] == (2, 100, 0.02, 17, 2 - 17)
    assert str(week[0]).startswith("This week")
    assert table.marks[0] == "bad"


def test_refusals(db: Database, tmp_path: Path) -> None:
    bram = f.rep(db, "Bram de Vries")
    with pytest.raises(Refused, match=r"\.xlsx"):
        export_one_on_one(db, tmp_path / "pack.csv", bram, DECEMBER, "en", TODAY)
    with pytest.raises(NotFound):
        export_one_on_one(db, tmp_path / "pack.xlsx", 999, DECEMBER, "en", TODAY)
    assert not (tmp_path / "pack.xlsx").exists()


def test_file_names() -> None:
    set_language("nl")
    assert file_name("Bram de Vries", DECEMBER, "nl") == "1-op-1 Bram dec 2026.xlsx"
    assert period_text(Period.quarter(2026, 4), "nl") == "Q4 2026"
    set_language("en")
    assert file_name("Bram de Vries", DECEMBER, "en") == "1-on-1 Bram Dec 2026.xlsx"
    assert file_name("Eva", Period(date(2026, 1, 1), date(2026, 1, 15)), "en") == (
        "1-on-1 Eva 1 Jan 2026 - 15 Jan 2026.xlsx"
    )


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_demo_team_pack_in_both_languages(demo_db: Database, tmp_path: Path, lang: str) -> None:
    set_language(lang)
    rep = next(m for m in list_team(demo_db, active_only=True, reps_only=True))
    path = tmp_path / "pack.xlsx"
    result = export_one_on_one(demo_db, path, rep.id, DECEMBER, lang, TODAY)
    book = load_workbook(path)
    assert len(book.worksheets) == 1
    sheet = book.worksheets[0]
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.print_title_rows == "$1:$2"  # the title rows on every page
    assert len(sheet.row_breaks.brk) == result.pages - 1
    others = [m.name for m in list_team(demo_db) if m.id != rep.id]
    everything = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert not [name for name in others if name in everything]
