"""Checking and rebuilding the derived KPI tables that triggers keep exact.

Three roll-ups make the dashboard fast: ``activity_day_totals`` (migration 0006) and the
stage-flow tables ``stage_entry_months`` and ``stage_exit_months`` with the derived columns of
``deal_stage_history`` (migration 0007).  Triggers keep them exact on every change, so they never
need this module in normal use.  It is the safety net for a database whose triggers were bypassed
(a bulk load on the server with triggers disabled, a hand-edited copy): :func:`check` compares
each roll-up with what its source rows say, :func:`rebuild` computes them all anew.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, text

from kpidesk.data import stage_flow_sql as flow
from kpidesk.data.definitions import activities
from kpidesk.data.models import Activity, ActivityDayTotal


@dataclass(frozen=True)
class RollupState:
    """One derived table and how many of its cells (or, for the history, rows) are wrong."""

    table: str
    wrong: int


def _dialect(conn: Connection) -> flow.Dialect:
    return flow.Dialect(conn.dialect.name == "postgresql")


def _cells(conn: Connection, query: Any, keys: int) -> dict[tuple[Any, ...], tuple[int, ...]]:
    """Rows as {key columns: integer totals}; keys are read as text so both sides compare."""
    return {
        tuple(str(v) for v in row[:keys]): tuple(int(v or 0) for v in row[keys:])
        for row in conn.execute(query)
    }


def _differences(left: dict[Any, Any], right: dict[Any, Any]) -> int:
    return sum(1 for key in left.keys() | right.keys() if left.get(key) != right.get(key))


def _activity_truth() -> Any:
    rep_key = func.coalesce(Activity.rep_id, 0)
    return (
        select(Activity.date, rep_key, Activity.type_id, func.count())
        .where(activities.counts())
        .group_by(Activity.date, rep_key, Activity.type_id)
    )


# The triggers of migrations 0006/0009, 0007 and 0014 that keep the roll-ups and the stored
# lookalike scores exact, per database.
SQLITE_TRIGGERS = (
    "activity_day_totals_insert",
    "activity_day_totals_delete",
    "activity_day_totals_update",
    "stage_flow_insert",
    "stage_flow_delete",
    "stage_flow_moved",
    "stage_flow_rollup",
    "stage_flow_deal",
    "stage_flow_stage",
    "organisations_lookalike_stale",
)
POSTGRESQL_TRIGGERS = (
    "kpidesk_activity_day_totals",
    "kpidesk_stage_flow",
    "kpidesk_stage_flow_deal",
    "kpidesk_stage_flow_stages",
    "kpidesk_lookalike_stale",
)


def missing_triggers(conn: Connection) -> list[str]:
    """The roll-up triggers that are gone or switched off (then nothing keeps the totals)."""
    if conn.dialect.name == "postgresql":
        present = set(
            conn.execute(
                text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'")
            ).scalars()
        )
        return [name for name in POSTGRESQL_TRIGGERS if name not in present]
    present = set(
        conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars()
    )
    return [name for name in SQLITE_TRIGGERS if name not in present]


def check(conn: Connection) -> list[RollupState]:
    """How far each derived table is from its source (0 everywhere when all is well)."""
    d = _dialect(conn)
    t = ActivityDayTotal
    stored_days = select(t.day, t.rep_key, t.type_id, t.activities)
    states = [
        RollupState(
            t.__table__.name,
            _differences(_cells(conn, stored_days, 3), _cells(conn, _activity_truth(), 3)),
        ),
        RollupState(  # its derived columns
            flow.HISTORY,
            int(conn.execute(text(flow.derived_differences(d))).scalar_one()),
        ),
    ]
    # The stage tables are compared with the derived columns as they must be, not as they are:
    # a wrong derived column would otherwise hide a wrong cell.
    fresh = flow.recomputed_history(d)
    for table, columns, truth in (
        (flow.ENTRIES, flow.ENTRY_COLUMNS, flow.entry_totals(d, fresh)),
        (flow.EXITS, flow.EXIT_COLUMNS, flow.exit_totals(d, fresh)),
    ):
        keys = len(columns) - 2
        stored = _cells(conn, text(f"SELECT {', '.join(columns)} FROM {table}"), keys)
        states.append(RollupState(table, _differences(stored, _cells(conn, text(truth), keys))))
    return states


# The PostgreSQL triggers that run once per written row, by their table: what makes a bulk load
# of a large team slow there (SQLite runs its triggers in-process, 1M activities in seconds).
PER_ROW_TRIGGERS = {
    "activities": "kpidesk_activity_day_totals",
    "deal_stage_history": "kpidesk_stage_flow",
}


def _owns_tables(conn: Connection, names: Iterable[str]) -> bool:
    """True when this login owns every one of the tables (it may switch their triggers)."""
    wanted = sorted(names)
    owned = conn.execute(
        text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
            "AND tablename = ANY(:names) AND pg_has_role(current_user, tableowner, 'USAGE')"
        ),
        {"names": wanted},
    ).scalar_one()
    return int(owned) == len(wanted)


@contextmanager
def bulk_load(conn: Connection) -> Iterator[bool]:
    """Rows written in bulk inside the caller's transaction, with the roll-ups rebuilt once.

    On PostgreSQL, when this login owns the tables, the per-row roll-up triggers are switched
    off for the block and every roll-up is computed anew at its end (:func:`rebuild`, a few
    grouped statements instead of a trigger call per activity and stage change); then the
    triggers are switched on again and the tables analysed.  All of it is part of the
    transaction: an error or a cancel in the block rolls the switch back with the rows.
    Elsewhere (SQLite, or a login that may not change the tables) nothing is switched and the
    triggers keep the roll-ups exact row by row.  Yields whether the triggers were switched off.
    """
    if conn.dialect.name != "postgresql" or not _owns_tables(conn, PER_ROW_TRIGGERS):
        yield False
        return
    for table, trigger in PER_ROW_TRIGGERS.items():
        conn.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}"))
    yield True
    rebuild(conn)
    for table, trigger in PER_ROW_TRIGGERS.items():
        conn.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}"))
    # The planner has no statistics for tables that were empty a minute ago: the first reports
    # would otherwise wait for the autovacuum's ANALYZE (several minutes after a large load).
    conn.execute(text("ANALYZE"))


def rebuild(conn: Connection) -> None:
    """Compute every derived table anew from its source rows (inside the caller's transaction)."""
    d = _dialect(conn)
    t = ActivityDayTotal
    conn.execute(delete(t))
    conn.execute(
        insert(t).from_select(["day", "rep_key", "type_id", "activities"], _activity_truth())
    )
    conn.execute(text(flow.refresh(d, "1 = 1")))  # the triggers move the cells along
    conn.execute(text(f"DELETE FROM {flow.ENTRIES}"))
    conn.execute(text(f"DELETE FROM {flow.EXITS}"))
    for statement in flow.backfill(d)[1:]:
        conn.execute(text(statement))
