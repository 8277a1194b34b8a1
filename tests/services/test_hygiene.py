"""Pipeline hygiene: each flag on a hand-made deal, the reasons in words, counts per rep."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kpidesk.core.hygiene import CLOSE_PASSED, CLOSE_SLIPPED, NO_NEXT_STEP, NO_VALUE, SLEEPING
from kpidesk.data.models import DealCloseChange
from kpidesk.services.deals.hygiene import deal_hygiene, hygiene_by_rep
from kpidesk.services.store.database import Database
from tests import factories as f

TODAY = date(2026, 6, 15)


def _plan(db: Database, deal_id: int, *, done: bool = False) -> None:
    f.activity(db, "Phone call", date(2026, 6, 20), deal_id=deal_id, done=done)


def _moves(db: Database, deal_id: int, *dates: tuple[date | None, date | None]) -> None:
    with db.write() as s:
        for n, (old, new) in enumerate(dates):
            s.add(
                DealCloseChange(
                    deal_id=deal_id,
                    old_date=old,
                    new_date=new,
                    changed_at=datetime(2026, 5, 1 + n, tzinfo=UTC),
                )
            )


def _healthy(db: Database, title: str, **fields: object) -> int:
    """An open deal with nothing wrong: a value, a future close date, a planned step, recent."""
    values: dict[str, object] = {
        "first_contact": date(2026, 6, 10),
        "expected_close": date(2026, 7, 31),
        "last_activity_date": date(2026, 6, 12),
    }
    values.update(fields)
    deal_id = f.deal(db, title, **values)  # type: ignore[arg-type]
    _plan(db, deal_id)
    return deal_id


def _flags(db: Database) -> dict[str, tuple[str, ...]]:
    return {d.title: d.flags for d in deal_hygiene(db, today=TODAY, flagged_only=False)}


def test_each_flag_on_its_own_deal(db: Database) -> None:
    _healthy(db, "Calm")
    _healthy(db, "Passed", expected_close=date(2026, 6, 14))
    _healthy(db, "Due today", expected_close=TODAY)  # today is not past
    bare = f.deal(
        db,
        "No step",
        first_contact=date(2026, 6, 10),
        expected_close=date(2026, 7, 31),
        last_activity_date=date(2026, 6, 12),
    )
    _plan(db, bare, done=True)  # a done activity is no next step
    _healthy(db, "No value", value=0)
    twice = _healthy(db, "Slipped twice")
    _moves(db, twice, (date(2026, 6, 1), date(2026, 6, 30)), (date(2026, 6, 30), date(2026, 7, 31)))
    back = _healthy(db, "Earlier then later")
    _moves(db, back, (date(2026, 7, 31), date(2026, 6, 30)), (date(2026, 6, 30), date(2026, 7, 31)))
    empty = _healthy(db, "Cleared and set")  # to and from no date is no move later
    _moves(db, empty, (date(2026, 6, 1), None), (None, date(2026, 7, 31)))
    # Lead in allows 14 days without a contact moment or stage change (the default stages).
    _healthy(db, "Asleep", first_contact=date(2026, 4, 1), last_activity_date=date(2026, 5, 1))
    assert _flags(db) == {
        "Calm": (),
        "Passed": (CLOSE_PASSED,),
        "Due today": (),
        "No step": (NO_NEXT_STEP,),
        "No value": (NO_VALUE,),
        "Slipped twice": (CLOSE_SLIPPED,),
        "Earlier then later": (),
        "Cleared and set": (),
        "Asleep": (SLEEPING,),
    }


def test_closed_and_trashed_deals_carry_no_flags(db: Database) -> None:
    f.deal(db, "Won", stage="Won", closed=date(2026, 6, 1), value=0)
    trashed = f.deal(db, "Trashed", value=0, deleted_at=datetime(2026, 6, 1, tzinfo=UTC))
    assert trashed
    assert deal_hygiene(db, today=TODAY, flagged_only=False) == []


def test_reasons_in_words_and_counts_per_rep(db: Database) -> None:
    anna, bram = f.rep(db, "Anna"), f.rep(db, "Bram")
    _healthy(db, "Calm", owner_id=anna)
    worst = _healthy(db, "Worst", owner_id=anna, value=0, expected_close=date(2026, 6, 1))
    _moves(
        db,
        worst,
        (date(2026, 4, 1), date(2026, 5, 1)),
        (date(2026, 5, 1), date(2026, 5, 20)),
        (date(2026, 5, 20), date(2026, 6, 1)),
    )
    f.deal(db, "Bare", owner_id=bram, first_contact=date(2026, 6, 10))
    found = deal_hygiene(db, today=TODAY)
    assert [d.title for d in found] == ["Worst", "Bare"]
    assert found[0].reasons(TODAY) == [
        "The expected close date (1 Jun 2026) has passed: win it, lose it or set a new date.",
        "The expected close date moved later 3 times.",
        "The deal has no value.",
    ]
    reps = {r.name: r for r in hygiene_by_rep(db, today=TODAY)}
    assert (reps["Anna"].open_deals, reps["Anna"].needing_attention) == (2, 1)
    assert reps["Anna"].per_flag == {
        CLOSE_PASSED: 1,
        NO_NEXT_STEP: 0,
        CLOSE_SLIPPED: 1,
        NO_VALUE: 1,
        SLEEPING: 0,
    }
    assert (reps["Bram"].open_deals, reps["Bram"].needing_attention) == (1, 1)
    assert reps["Bram"].per_flag[NO_NEXT_STEP] == 1
