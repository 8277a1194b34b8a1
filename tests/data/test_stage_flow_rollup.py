"""Stage flow roll-ups (migration 0007): the derived columns of ``deal_stage_history`` and the
month tables ``stage_entry_months`` / ``stage_exit_months`` always hold what their definitions
give, and the KPI queries read the same figures from them as from the history row by row.

:func:`truth` computes everything in Python from the base columns only (the history's deal,
stages and moment, the deal's owner, trash state and first contact, the stages' position and
kind), following the definitions in the migration's docstring; it never reads a derived column.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import case, delete, insert, select, text, update

from kpidesk.data import kpi_queries as q
from kpidesk.data.database import alembic_config, upgrade_to
from kpidesk.data.models import (
    STAGE_OPEN,
    STAGE_WON,
    Deal,
    DealStageHistory,
    Stage,
    StageEntryMonth,
    StageExitMonth,
    TeamMember,
)
from kpidesk.services.deals.detail import (
    DealFields,
    create_deal,
    delete_deals,
    discard_new_deal,
    get_deal,
    restore_deals,
    update_deal,
)
from kpidesk.services.deals.records import move_deal, undo_move
from kpidesk.services.deals.stages import move_stage
from kpidesk.services.store.database import Database, open_database
from kpidesk.services.store.trash import empty_trash
from kpidesk.services.team.access import migrate_to
from tests import factories as f

D = date
H = DealStageHistory
NO_MONTH = date(1900, 1, 1)
STAGE_NAMES = ("Lead in", "Contact made", "Intake", "Proposal", "Negotiation", "Won", "Lost")

EntryCells = dict[tuple[date, int, int, date], tuple[int, int]]  # → (entries, passed)
ExitCells = dict[tuple[date, int, int], tuple[int, int]]  # → (exits, days)


# The truth -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Derived:
    owner_key: int
    live: bool
    stay_days: int | None
    prev_entry_at: datetime | None
    passed: bool


@dataclass(frozen=True)
class Flow:
    derived: dict[int, Derived]  # per history row id
    entries: EntryCells
    exits: ExitCells


def _utc(moment: datetime) -> datetime:
    """SQLite gives back the stored UTC wall clock without a zone, PostgreSQL an aware moment."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _month(moment: datetime) -> date:
    return moment.date().replace(day=1)


def truth(db: Database) -> Flow:
    """The derived columns and both roll-ups, from the base columns and the definitions."""
    with db.read() as s:
        stages = {
            int(i): (int(p), str(k))
            for i, p, k in s.execute(select(Stage.id, Stage.position, Stage.kind))
        }
        deals = {
            int(i): (o, d, fc)
            for i, o, d, fc in s.execute(
                select(Deal.id, Deal.owner_id, Deal.deleted_at, Deal.first_contact)
            )
        }
        rows = [
            (int(i), int(deal), frm, int(to), _utc(moved))
            for i, deal, frm, to, moved in s.execute(
                select(H.id, H.deal_id, H.from_stage_id, H.to_stage_id, H.moved_at)
            )
        ]
    by_deal: dict[int, list[tuple[int, int, Any, int, datetime]]] = defaultdict(list)
    for row in rows:
        by_deal[row[1]].append(row)
    derived: dict[int, Derived] = {}
    entries: dict[tuple[date, int, int, date], list[int]] = defaultdict(lambda: [0, 0])
    exits: dict[tuple[date, int, int], list[int]] = defaultdict(lambda: [0, 0])
    for hid, deal_id, frm, to, moved in rows:
        owner, deleted_at, first_contact = deals[deal_id]
        mine = by_deal[deal_id]
        # Days in the stage left: from the previous change (strictly earlier), else from the
        # first contact (at least 0), else unknown.
        earlier = [m for _i, _d, _f, _t, m in mine if m < moved]
        stay: int | None
        if earlier:
            stay = (moved.date() - max(earlier).date()).days
        elif first_contact is not None:
            stay = max(0, (moved.date() - first_contact).days)
        else:
            stay = None
        # The deal's previous entry into the same stage, ties broken by id.
        before = [m for i, _d, _f, t, m in mine if t == to and (m, i) < (moved, hid)]
        prev = max(before, default=None)
        # Passed on: another change at the same moment or later goes to Won or to an open
        # stage placed after this one (the history query's ``>=`` and ``id <>``).
        here = stages[to][0]
        passed = any(
            i != hid
            and m >= moved
            and (stages[t][1] == STAGE_WON or (stages[t][1] == STAGE_OPEN and stages[t][0] > here))
            for i, _d, _f, t, m in mine
        )
        row = Derived(int(owner or 0), deleted_at is None, stay, prev, passed)
        derived[hid] = row
        if not row.live:
            continue
        cell = entries[(_month(moved), row.owner_key, to, _month(prev) if prev else NO_MONTH)]
        cell[0] += 1
        cell[1] += int(passed)
        if frm is not None and stay is not None:
            cell = exits[(_month(moved), row.owner_key, int(frm))]
            cell[0] += 1
            cell[1] += stay
    return Flow(
        derived,
        {k: (v[0], v[1]) for k, v in entries.items()},
        {k: (v[0], v[1]) for k, v in exits.items()},
    )


def stored(db: Database) -> Flow:
    """What the triggers keep: the derived columns and the two tables."""
    e, x = StageEntryMonth, StageExitMonth
    with db.read() as s:
        derived = {
            int(i): Derived(
                int(o), bool(live), None if d is None else int(d), p and _utc(p), bool(pa)
            )
            for i, o, live, d, p, pa in s.execute(
                select(H.id, H.owner_key, H.live, H.stay_days, H.prev_entry_at, H.passed)
            )
        }
        entries = {
            (m, int(o), int(sid), pm): (int(n), int(p))
            for m, o, sid, pm, n, p in s.execute(
                select(e.month, e.owner_key, e.stage_id, e.prev_month, e.entries, e.passed)
            )
        }
        exits = {
            (m, int(o), int(sid)): (int(n), int(d))
            for m, o, sid, n, d in s.execute(
                select(x.month, x.owner_key, x.stage_id, x.exits, x.days)
            )
        }
    return Flow(derived, entries, exits)


def assert_exact(db: Database) -> Flow:
    """The stored flow equals the truth: same derived values, same cells, no zero cells left."""
    expected, actual = truth(db), stored(db)
    assert actual.derived == expected.derived
    assert actual.entries == expected.entries
    assert actual.exits == expected.exits
    return expected


# The queries ------------------------------------------------------------------------------------


def month_range(first: date, last: date | None = None) -> tuple[date, date]:
    """From the first of *first*'s month to the last day of *last*'s month (or *first*'s)."""
    end = (last or first).replace(day=28) + timedelta(days=4)
    return first.replace(day=1), end - timedelta(days=end.day)


def _stage_rows(db: Database) -> list[tuple[int, int, str]]:
    with db.read() as s:
        rows = s.execute(select(Stage.id, Stage.position, Stage.kind).order_by(Stage.position))
        return [(int(i), int(p), str(k)) for i, p, k in rows]


def _cell_key(cell: q.ExitCell | q.ConversionCell) -> tuple[bool, int, int]:
    return (cell.owner is not None, cell.owner or 0, cell.stage_id)


Figures = dict[tuple[int | None, int], tuple[int, int]]  # (owner, stage) → two numbers


def flow_figures(db: Database, start: date, end: date) -> tuple[Figures, Figures]:
    """Exits (count, days) and conversion (entered, passed) per (owner, stage) over a range of
    whole months, after checking that the roll-up path gives the row-by-row figures."""
    assert q.whole_months(start, end)
    stages = _stage_rows(db)
    open_ids = [i for i, _p, k in stages if k == STAGE_OPEN]
    with db.read() as s:
        ex = sorted(q.stage_exits(s, start, end, open_ids), key=_cell_key)
        ex_ref = sorted(q.stage_exits_from_history(s, start, end, open_ids), key=_cell_key)
        conv = sorted(q.stage_conversion(s, start, end, stages), key=_cell_key)
        conv_ref = sorted(q.stage_conversion_from_history(s, start, end, stages), key=_cell_key)
    assert ex == ex_ref, (start, end)
    assert conv == conv_ref, (start, end)
    return (
        {(c.owner, c.stage_id): (c.exits, c.days) for c in ex},
        {(c.owner, c.stage_id): (c.entered, c.passed) for c in conv},
    )


def conversion(db: Database, start: date, end: date | None = None) -> dict[Any, tuple[int, int]]:
    """Conversion over whole months by (owner, English stage name)."""
    names = _names(db)
    _exits, conv = flow_figures(db, *month_range(start, end))
    return {(o, names[sid]): v for (o, sid), v in conv.items()}


def exits(db: Database, start: date, end: date | None = None) -> dict[Any, tuple[int, int]]:
    """Exits (count, days) over whole months by (owner, English stage name)."""
    names = _names(db)
    ex, _conv = flow_figures(db, *month_range(start, end))
    return {(o, names[sid]): v for (o, sid), v in ex.items()}


def _names(db: Database) -> dict[int, str]:
    with db.read() as s:
        return {int(i): str(n) for i, n in s.execute(select(Stage.id, Stage.name_en))}


def _history_ids(db: Database, deal_id: int) -> list[int]:
    with db.read() as s:
        query = select(H.id).where(H.deal_id == deal_id).order_by(H.moved_at, H.id)
        return [int(i) for i in s.scalars(query)]


def _fields(db: Database, deal_id: int, **changes: Any) -> tuple[DealFields, int]:
    detail = get_deal(db, deal_id)
    return replace(detail.fields, **changes), detail.version


def _edit(db: Database, deal_id: int, **changes: Any) -> None:
    values, version = _fields(db, deal_id, **changes)
    update_deal(db, deal_id, values, expected_version=version)


JAN, FEB, MAR = D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1)


# Scenarios -------------------------------------------------------------------------------------


def test_moves_forward_back_and_re_entry(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    deal = f.deal(db, "Re-entry", stage="Proposal", owner_id=anna, first_contact=D(2026, 1, 5))
    steps = [
        (None, "Lead in", D(2026, 1, 5)),
        ("Lead in", "Contact made", D(2026, 1, 12)),
        ("Contact made", "Intake", D(2026, 1, 20)),
        ("Intake", "Contact made", D(2026, 2, 3)),  # back
        ("Contact made", "Intake", D(2026, 2, 10)),  # Intake again
        ("Intake", "Proposal", D(2026, 3, 2)),
    ]
    for frm, to, day in steps:
        f.move(db, deal, frm, to, f.at(day))
        assert_exact(db)

    flow = assert_exact(db)
    second_intake = _history_ids(db, deal)[4]
    assert flow.derived[second_intake] == Derived(anna, True, 7, f.at(D(2026, 1, 20)), passed=True)
    assert conversion(db, JAN) == {
        (anna, "Lead in"): (1, 1),
        (anna, "Contact made"): (1, 1),
        (anna, "Intake"): (1, 1),
    }
    assert conversion(db, FEB) == {(anna, "Contact made"): (1, 1), (anna, "Intake"): (1, 1)}
    # Over January and February each stage was entered by one deal, not twice.
    assert conversion(db, JAN, FEB)[(anna, "Intake")] == (1, 1)
    assert conversion(db, JAN, MAR)[(anna, "Proposal")] == (1, 0)
    assert exits(db, JAN, MAR) == {
        (anna, "Lead in"): (1, 7),
        (anna, "Contact made"): (2, 8 + 7),
        (anna, "Intake"): (2, 14 + 20),
    }
    assert exits(db, FEB) == {(anna, "Contact made"): (1, 7), (anna, "Intake"): (1, 14)}

    # Going back from Proposal to Intake in March: the earlier entries still passed on.
    f.move(db, deal, "Proposal", "Intake", f.at(D(2026, 3, 20)))
    assert_exact(db)
    assert conversion(db, MAR) == {(anna, "Intake"): (1, 0), (anna, "Proposal"): (1, 0)}
    assert conversion(db, FEB, MAR)[(anna, "Intake")] == (1, 1)


def test_moves_and_undo_through_the_services(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    fields = DealFields("Printers", "Acme", anna, 500_00, None, D(2026, 1, 5), None, None)
    created = create_deal(db, fields, f.stage_id(db, "Lead in"), today=D(2026, 11, 1))
    deal = created.deal_id
    assert_exact(db)
    with db.read() as s:
        moment = _utc(s.scalar(select(H.moved_at).where(H.deal_id == deal)))
    this_month = _month(moment)

    forward = move_deal(db, deal, f.stage_id(db, "Contact made"))
    assert_exact(db)
    back = move_deal(db, deal, f.stage_id(db, "Lead in"))
    assert_exact(db)
    on = move_deal(db, deal, f.stage_id(db, "Intake"))
    assert_exact(db)
    assert conversion(db, this_month) == {
        (anna, "Lead in"): (1, 1),  # entered twice, counted once
        (anna, "Contact made"): (1, 1),
        (anna, "Intake"): (1, 0),
    }

    undo_move(db, on)  # the history row goes
    assert len(_history_ids(db, deal)) == 3
    assert_exact(db)
    assert conversion(db, this_month) == {
        (anna, "Lead in"): (1, 1),
        (anna, "Contact made"): (1, 0),
    }
    undo_move(db, back)
    assert_exact(db)
    won = move_deal(db, deal, f.stage_id(db, "Won"), closed_date=this_month)
    assert_exact(db)
    assert conversion(db, this_month) == {
        (anna, "Lead in"): (1, 1),
        (anna, "Contact made"): (1, 1),
    }
    undo_move(db, won)
    undo_move(db, forward)
    assert_exact(db)
    assert conversion(db, this_month) == {(anna, "Lead in"): (1, 0)}

    discard_new_deal(db, created)  # undo of the create: deal and history go
    flow = assert_exact(db)
    assert flow.derived == {} and flow.entries == {} and flow.exits == {}


def test_owner_changes_and_a_rep_removed_for_good(db: Database) -> None:
    anna, bram = f.rep(db, "Anna de Boer"), f.rep(db, "Bram Jansen")
    history = [
        ("Lead in", "Contact made", f.at(D(2026, 1, 10))),
        ("Contact made", "Intake", f.at(D(2026, 2, 10))),
    ]
    deal = f.deal(db, "a", stage="Intake", owner_id=anna, history=history)
    other = f.deal(db, "b", stage="Intake", owner_id=bram, history=history)
    assert_exact(db)
    assert exits(db, JAN, FEB) == {
        (anna, "Lead in"): (1, 5),
        (anna, "Contact made"): (1, 31),
        (bram, "Lead in"): (1, 5),
        (bram, "Contact made"): (1, 31),
    }

    _edit(db, deal, owner_id=bram)
    assert_exact(db)
    assert exits(db, JAN, FEB) == {(bram, "Lead in"): (2, 10), (bram, "Contact made"): (2, 62)}
    _edit(db, other, owner_id=None)
    assert_exact(db)
    assert conversion(db, FEB) == {(bram, "Intake"): (1, 0), (None, "Intake"): (1, 0)}

    with db.write() as s:  # the foreign key empties owner_id: an update the triggers see
        s.execute(delete(TeamMember).where(TeamMember.id == bram))
    assert_exact(db)
    assert exits(db, JAN, FEB) == {(None, "Lead in"): (2, 10), (None, "Contact made"): (2, 62)}


def test_trash_restore_and_delete_for_good(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    history = [
        ("Lead in", "Contact made", f.at(D(2026, 1, 10))),
        ("Contact made", "Won", f.at(D(2026, 1, 30))),
    ]
    kept = f.deal(db, "kept", stage="Won", owner_id=anna, history=history)
    gone = f.deal(db, "gone", stage="Won", owner_id=anna, history=history)
    assert conversion(db, JAN) == {(anna, "Contact made"): (2, 2)}

    delete_deals(db, [gone])
    flow = assert_exact(db)
    assert not any(flow.derived[i].live for i in _history_ids(db, gone))
    assert conversion(db, JAN) == {(anna, "Contact made"): (1, 1)}
    restore_deals(db, [gone])
    assert_exact(db)
    assert exits(db, JAN) == {(anna, "Lead in"): (2, 10), (anna, "Contact made"): (2, 40)}

    delete_deals(db, [gone])
    empty_trash(db)  # hard delete: the history goes with the deal
    flow = assert_exact(db)
    assert len(flow.derived) == 2
    assert conversion(db, JAN) == {(anna, "Contact made"): (1, 1)}
    delete_deals(db, [kept])
    flow = assert_exact(db)
    assert flow.entries == {} and flow.exits == {}


def test_first_contact_changes(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    # Imported history: the first row leaves Lead in, entered at the first contact.
    deal = f.deal(
        db,
        "a",
        stage="Intake",
        owner_id=anna,
        first_contact=D(2026, 1, 5),
        history=[
            ("Lead in", "Contact made", f.at(D(2026, 1, 20))),
            ("Contact made", "Intake", f.at(D(2026, 1, 25))),
        ],
    )
    assert exits(db, JAN)[(anna, "Lead in")] == (1, 15)
    _edit(db, deal, first_contact=D(2026, 1, 15))
    assert_exact(db)
    assert exits(db, JAN)[(anna, "Lead in")] == (1, 5)
    _edit(db, deal, first_contact=D(2026, 1, 22))  # after the first move: 0 days, not -2
    assert_exact(db)
    assert exits(db, JAN)[(anna, "Lead in")] == (1, 0)
    _edit(db, deal, first_contact=None)  # no known stay: not an exit with days
    assert_exact(db)
    assert exits(db, JAN) == {(anna, "Contact made"): (1, 5)}
    _edit(db, deal, first_contact=D(2025, 12, 31))
    assert_exact(db)
    assert exits(db, JAN)[(anna, "Lead in")] == (1, 20)


def test_stage_order_changes_flip_passed(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    f.deal(
        db,
        "a",
        stage="Contact made",
        owner_id=anna,
        history=[
            ("Lead in", "Intake", f.at(D(2026, 1, 10))),
            ("Intake", "Contact made", f.at(D(2026, 1, 20))),  # back to an earlier stage
        ],
    )
    assert_exact(db)
    assert conversion(db, JAN)[(anna, "Intake")] == (1, 0)

    move_stage(db, f.stage_id(db, "Intake"), -1)  # Intake now before Contact made
    assert_exact(db)
    assert conversion(db, JAN)[(anna, "Intake")] == (1, 1)
    move_stage(db, f.stage_id(db, "Intake"), +3)  # and now after Negotiation
    assert_exact(db)
    assert conversion(db, JAN)[(anna, "Intake")] == (1, 0)

    # A change of kind (not offered in settings, but the trigger watches it too).
    with db.write() as s:
        s.execute(update(Stage).where(Stage.name_en == "Contact made").values(kind=STAGE_WON))
    assert_exact(db)
    assert conversion(db, JAN)[(anna, "Intake")] == (1, 1)


def test_moves_at_the_same_moment(db: Database) -> None:
    anna = f.rep(db, "Anna de Boer")
    t = f.at(D(2026, 1, 20))
    u = f.at(D(2026, 2, 2))
    deal = f.deal(db, "tie", stage="Intake", owner_id=anna, first_contact=D(2026, 1, 5))
    with db.write() as s:  # written in one go (an import): one multi-row INSERT on PostgreSQL
        s.add_all(
            H(
                deal_id=deal,
                from_stage_id=f.stage_id(db, a),
                to_stage_id=f.stage_id(db, b),
                moved_at=m,
            )
            for a, b, m in [
                ("Lead in", "Contact made", t),
                ("Contact made", "Lead in", t),
                ("Lead in", "Contact made", t),  # Contact made entered twice at one moment
                ("Contact made", "Intake", u),
                ("Intake", "Proposal", u),
                ("Proposal", "Intake", u),
            ]
        )
    flow = assert_exact(db)
    ids = _history_ids(db, deal)
    assert flow.derived[ids[2]].prev_entry_at == t  # the tie is broken by id
    assert flow.derived[ids[0]].stay_days == 15  # all three: 15 days since first contact
    assert flow.derived[ids[2]].stay_days == 15
    assert flow.derived[ids[3]].stay_days == 13  # since the previous (earlier) moment
    assert conversion(db, JAN) == {(anna, "Lead in"): (1, 1), (anna, "Contact made"): (1, 1)}
    assert conversion(db, FEB) == {(anna, "Intake"): (1, 1), (anna, "Proposal"): (1, 0)}

    # A second deal gets a row at the same moment as the first one's: nothing mixes.
    other = f.deal(db, "other", owner_id=anna, first_contact=D(2026, 1, 5))
    f.move(db, other, "Lead in", "Contact made", t)
    assert_exact(db)
    assert conversion(db, JAN)[(anna, "Contact made")] == (2, 1)


def test_bulk_statements_on_the_history(db: Database) -> None:
    anna, bram = f.rep(db, "Anna de Boer"), f.rep(db, "Bram Jansen")
    path = [
        ("Lead in", "Contact made", f.at(D(2026, 1, 10))),
        ("Contact made", "Intake", f.at(D(2026, 1, 31), 23)),
        ("Intake", "Proposal", f.at(D(2026, 2, 1), 1)),
        ("Proposal", "Contact made", f.at(D(2026, 2, 20))),
        ("Contact made", "Intake", f.at(D(2026, 3, 1))),
    ]
    a = f.deal(db, "a", stage="Intake", owner_id=anna, history=path)
    b = f.deal(db, "b", stage="Intake", history=path)
    f.deal(db, "c", stage="Intake", owner_id=bram, history=path[:3])
    assert_exact(db)

    with db.write() as s:  # every row of a deal shifted by 12 days in one statement
        rows = s.execute(select(H.id, H.moved_at).where(H.deal_id == a))
        later = {int(i): _utc(m) + timedelta(days=12) for i, m in rows}
        s.execute(update(H).where(H.deal_id == a).values(moved_at=case(later, value=H.id)))
    assert_exact(db)
    flow_figures(db, *month_range(JAN, MAR))
    with db.write() as s:  # rows moved from one deal to another
        s.execute(
            update(H)
            .where(H.deal_id == b, H.to_stage_id == f.stage_id(db, "Intake"))
            .values(deal_id=a)
        )
    assert_exact(db)
    with db.write() as s:  # stages of several rows changed at once
        s.execute(
            update(H)
            .where(H.to_stage_id == f.stage_id(db, "Contact made"))
            .values(to_stage_id=f.stage_id(db, "Negotiation"))
        )
    assert_exact(db)
    with db.write() as s:
        s.execute(delete(H).where(H.moved_at < f.at(D(2026, 2, 5))))
    assert_exact(db)
    for first in (JAN, FEB, MAR):
        flow_figures(db, *month_range(first, MAR))


def test_month_and_day_edges_are_utc(db: Database, backend: str) -> None:
    anna = f.rep(db, "Anna de Boer")
    deal = f.deal(db, "edge", stage="Intake", owner_id=anna, first_contact=D(2026, 1, 31))
    with db.write() as s:
        if backend == "postgresql":  # the session's zone must not matter
            s.execute(text("SET LOCAL TIME ZONE 'Pacific/Kiritimati'"))
        s.add(
            H(
                deal_id=deal,
                from_stage_id=f.stage_id(db, "Lead in"),
                to_stage_id=f.stage_id(db, "Contact made"),
                moved_at=datetime(2026, 1, 31, 23, 59, 59, tzinfo=UTC),
            )
        )
        s.add(
            H(
                deal_id=deal,
                from_stage_id=f.stage_id(db, "Contact made"),
                to_stage_id=f.stage_id(db, "Intake"),
                moved_at=datetime(2026, 2, 1, 0, 0, 1, tzinfo=UTC),
            )
        )
    flow = assert_exact(db)
    assert {k[0] for k in flow.entries} == {JAN, FEB}
    assert exits(db, JAN) == {(anna, "Lead in"): (1, 0)}
    assert exits(db, FEB) == {(anna, "Contact made"): (1, 1)}


# Random histories ------------------------------------------------------------------------------

BASE = datetime(2026, 1, 1, tzinfo=UTC)
STEP = timedelta(hours=11)  # 0..200 steps: some 92 days, every hour of the day, ties likely
TRASHED_AT = datetime(2026, 6, 1, tzinfo=UTC)

deal_specs = st.lists(
    st.fixed_dictionaries(
        {
            "owner": st.sampled_from((None, 0, 1, 2)),
            "first_contact": st.none()
            | st.integers(-10, 95).map(lambda n: D(2026, 1, 1) + timedelta(days=n)),
            "created": st.booleans(),  # the first row comes from no stage (create_deal)
            "path": st.lists(
                st.tuples(st.sampled_from(STAGE_NAMES), st.integers(0, 200)), max_size=6
            ),
            "trashed": st.integers(0, 5).map(lambda n: n == 0),
        }
    ),
    min_size=1,
    max_size=10,
)
changes = st.lists(
    st.tuples(
        st.sampled_from(("owner", "trash", "restore", "first_contact", "drop", "shift")),
        st.integers(0, 10**6),
        st.integers(-1, 200),
    ),
    max_size=5,
)
MONTHS = [D(2025, 12, 1), JAN, FEB, MAR, D(2026, 4, 1)]


def _reps(db: Database) -> list[int]:
    with db.read() as s:
        ids = [int(i) for i in s.scalars(select(TeamMember.id).order_by(TeamMember.id))]
    for n in range(len(ids), 3):
        ids.append(f.rep(db, f"Rep {n}"))
    return ids


def _clear(db: Database) -> None:
    with db.write() as s:
        s.execute(delete(Deal))  # the history goes with it (ON DELETE CASCADE)


def _build(
    db: Database, specs: Sequence[dict[str, Any]], reps: list[int], rnd: random.Random
) -> None:
    ids = {name: f.stage_id(db, name) for name in STAGE_NAMES}
    with db.write() as s:
        deals = []
        for n, spec in enumerate(specs):
            path = sorted(spec["path"], key=lambda step: step[1])  # in time; ties stay
            deal = Deal(
                title=f"Deal {n}",
                stage_id=ids[path[-1][0]] if path else ids["Lead in"],
                owner_id=None if spec["owner"] is None else reps[spec["owner"]],
                first_contact=spec["first_contact"],
                value_cents=0,
                deleted_at=TRASHED_AT if spec["trashed"] else None,
            )
            s.add(deal)
            deals.append((deal, path, spec["created"]))
        s.flush()
        rows = []
        for deal, path, created in deals:
            previous = None if created else ids["Lead in"]
            for name, step in path:
                rows.append(
                    H(
                        deal_id=deal.id,
                        from_stage_id=previous,
                        to_stage_id=ids[name],
                        moved_at=BASE + step * STEP,
                    )
                )
                previous = ids[name]
        rnd.shuffle(rows)  # ids out of time order, one multi-row INSERT on PostgreSQL
        s.add_all(rows)


def _change(db: Database, kind: str, pick: int, value: int, reps: list[int]) -> None:
    with db.write() as s:
        deal_ids = sorted(int(i) for i in s.scalars(select(Deal.id)))
        row_ids = sorted(int(i) for i in s.scalars(select(H.id)))
        deal_id = deal_ids[pick % len(deal_ids)]
        if kind == "owner":
            owner = None if value < 0 else reps[value % len(reps)]
            s.execute(update(Deal).where(Deal.id == deal_id).values(owner_id=owner))
        elif kind in ("trash", "restore"):
            moment = TRASHED_AT if kind == "trash" else None
            s.execute(update(Deal).where(Deal.id == deal_id).values(deleted_at=moment))
        elif kind == "first_contact":
            day = None if value < 0 else D(2025, 12, 20) + timedelta(days=value // 2)
            s.execute(update(Deal).where(Deal.id == deal_id).values(first_contact=day))
        elif row_ids and kind == "drop":
            s.execute(delete(H).where(H.id == row_ids[pick % len(row_ids)]))
        elif row_ids:  # "shift": a row to another moment
            moment = BASE + max(value, 0) * STEP
            s.execute(update(H).where(H.id == row_ids[pick % len(row_ids)]).values(moved_at=moment))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(specs=deal_specs, edits=changes, rnd=st.randoms(use_true_random=False))
def test_random_histories(
    db: Database, specs: list[dict[str, Any]], edits: list[tuple[str, int, int]], rnd: random.Random
) -> None:
    reps = _reps(db)
    try:
        _build(db, specs, reps, rnd)
        assert_exact(db)
        for kind, pick, value in edits:
            _change(db, kind, pick, value, reps)
        assert_exact(db)
        for i, first in enumerate(MONTHS):
            for last in MONTHS[i:]:
                flow_figures(db, *month_range(first, last))
        _clear(db)
        flow = assert_exact(db)
        assert flow.derived == {} and flow.entries == {} and flow.exits == {}
    finally:
        _clear(db)


# The migration ---------------------------------------------------------------------------------


def _downgrade(db: Database, revision: str) -> None:
    with db.engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_the_migration_fills_the_roll_ups_from_existing_history(db: Database) -> None:
    anna, bram = f.rep(db, "Anna de Boer"), f.rep(db, "Bram Jansen")
    path = [
        ("Lead in", "Contact made", f.at(D(2026, 1, 10))),
        ("Contact made", "Intake", f.at(D(2026, 1, 20))),
        ("Intake", "Contact made", f.at(D(2026, 2, 20))),
        ("Contact made", "Won", f.at(D(2026, 3, 3))),
    ]
    a = f.deal(db, "a", stage="Won", owner_id=anna, history=path)
    b = f.deal(db, "b", stage="Won", owner_id=bram, first_contact=None, history=path)
    trashed = f.deal(db, "c", stage="Won", history=path)
    delete_deals(db, [trashed])
    _downgrade(db, "0006")

    # Written while nothing derives or counts: new rows (a tie among them), an owner change,
    # a first contact, a deal to the trash and a stage order.
    stage = {name: f.stage_id(db, name) for name in STAGE_NAMES}
    with db.engine.begin() as conn:
        conn.execute(
            insert(H.__table__),
            [
                {
                    "deal_id": deal,
                    "from_stage_id": stage[frm],
                    "to_stage_id": stage[to],
                    "moved_at": moment,
                }
                for deal in (b, trashed)
                for frm, to, moment in [
                    ("Won", "Proposal", f.at(D(2026, 3, 10))),
                    ("Proposal", "Negotiation", f.at(D(2026, 3, 10))),
                ]
            ],
        )
        conn.execute(update(Deal.__table__).where(Deal.id == a).values(owner_id=bram))
        conn.execute(update(Deal.__table__).where(Deal.id == b).values(first_contact=D(2026, 1, 1)))
        conn.execute(update(Deal.__table__).where(Deal.id == trashed).values(deleted_at=None))
        conn.execute(update(Deal.__table__).where(Deal.id == b).values(deleted_at=TRASHED_AT))
    move_stage(db, stage["Intake"], -1)

    upgrade_to(db, "head")
    flow = assert_exact(db)
    assert len(flow.derived) == 16 and flow.entries and flow.exits
    for first in (JAN, FEB, MAR):
        flow_figures(db, *month_range(first, MAR))
    f.move(db, a, "Won", "Lost", f.at(D(2026, 3, 15)))  # and the triggers are back
    restore_deals(db, [b])
    assert_exact(db)


def test_a_copy_to_the_team_database_is_exact(db_path: Path, pg_url: str) -> None:
    """Moving to a team database copies the history with its derived columns, row by row, and
    the stages after the deals: the server's triggers end up where the local ones were."""
    local = open_database(db_path)
    try:
        anna = f.rep(local, "Anna de Boer")
        path = [
            (None, "Lead in", f.at(D(2026, 1, 5))),
            ("Lead in", "Intake", f.at(D(2026, 1, 20))),
            ("Intake", "Contact made", f.at(D(2026, 2, 2))),
            ("Contact made", "Won", f.at(D(2026, 2, 2))),
        ]
        f.deal(local, "a", stage="Won", owner_id=anna, history=path)
        f.deal(local, "b", stage="Contact made", history=path[:3])
        trashed = f.deal(local, "c", stage="Won", owner_id=anna, first_contact=None, history=path)
        delete_deals(local, [trashed])
        move_stage(local, f.stage_id(local, "Intake"), -1)
        expected = assert_exact(local)
        migrate_to(local, pg_url)
    finally:
        local.dispose()
    team = open_database(pg_url)
    try:
        assert assert_exact(team) == expected
        assert flow_figures(team, *month_range(JAN, FEB))[1]  # some conversion to compare
    finally:
        team.dispose()
