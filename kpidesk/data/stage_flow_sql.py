"""The SQL that keeps the stage-flow roll-ups exact (migration 0007), per database.

Migration 0007 builds its triggers from these statements and :mod:`kpidesk.data.rollups` uses
them to check and rebuild the roll-ups.  The triggers in existing databases hold the SQL as it
was when they were created: a change here that changes what the triggers compute needs a new
migration that recreates them.  See the migration's docstring for what each column means.
"""

from __future__ import annotations

HISTORY = "deal_stage_history"
ENTRIES = "stage_entry_months"
EXITS = "stage_exit_months"
NO_MONTH = "1900-01-01"
# Base columns whose change moves a row in the flow; derived columns, maintained here.
BASE = ("deal_id", "from_stage_id", "to_stage_id", "moved_at")
DERIVED = ("owner_key", "live", "stay_days", "prev_entry_at", "passed")


class Dialect:
    """The few spellings SQLite and PostgreSQL do not share."""

    def __init__(self, postgresql: bool) -> None:
        self.postgresql = postgresql
        self.differs = "IS DISTINCT FROM" if postgresql else "IS NOT"
        self.no_month = f"DATE '{NO_MONTH}'" if postgresql else f"'{NO_MONTH}'"

    def day(self, moment: str) -> str:
        """A whole day number of a UTC moment (differences are days)."""
        if self.postgresql:
            return f"CAST(({moment}) AT TIME ZONE 'UTC' AS DATE)"
        return f"CAST(julianday(date({moment})) AS INTEGER)"

    def plain_day(self, day: str) -> str:
        """The same numbering for a plain date column."""
        if self.postgresql:
            return day
        return f"CAST(julianday(date({day})) AS INTEGER)"

    def month(self, moment: str) -> str:
        if self.postgresql:
            return f"CAST(date_trunc('month', ({moment}) AT TIME ZONE 'UTC') AS DATE)"
        return f"date({moment}, 'start of month')"


def passed(d: Dialect, row: str) -> str:
    return (
        f"EXISTS (SELECT 1 FROM {HISTORY} l JOIN stages ls ON ls.id = l.to_stage_id "
        f"JOIN stages ts ON ts.id = {row}.to_stage_id "
        f"WHERE l.deal_id = {row}.deal_id AND l.moved_at >= {row}.moved_at AND l.id <> {row}.id "
        "AND (ls.kind = 'won' OR (ls.kind = 'open' AND ls.position > ts.position)))"
    )


def derived_values(d: Dialect, where: str) -> str:
    """A query of (id, derived columns…) for the history rows matching *where* (on ``h``)."""
    previous = (
        f"(SELECT MAX(p.moved_at) FROM {HISTORY} p "
        "WHERE p.deal_id = h.deal_id AND p.moved_at < h.moved_at)"
    )
    since_contact = f"({d.day('h.moved_at')} - {d.plain_day('d.first_contact')})"
    return (
        "SELECT h.id AS id, COALESCE(d.owner_id, 0) AS owner_key, "
        "(d.deleted_at IS NULL) AS live, "
        f"COALESCE({d.day('h.moved_at')} - {d.day(previous)}, "
        f"CASE WHEN {since_contact} < 0 THEN 0 ELSE {since_contact} END) AS stay_days, "
        f"(SELECT MAX(p.moved_at) FROM {HISTORY} p WHERE p.deal_id = h.deal_id "
        "AND p.to_stage_id = h.to_stage_id "
        "AND (p.moved_at < h.moved_at OR (p.moved_at = h.moved_at AND p.id < h.id))) "
        "AS prev_entry_at, "
        f"{passed(d, 'h')} AS passed "
        f"FROM {HISTORY} h JOIN deals d ON d.id = h.deal_id WHERE {where}"
    )


def refresh(d: Dialect, where: str) -> str:
    """Recompute the derived columns of the rows matching *where*; only changed rows are written."""
    changed = " OR ".join(f"{HISTORY}.{c} {d.differs} n.{c}" for c in DERIVED)
    assign = ", ".join(f"{c} = n.{c}" for c in DERIVED)
    return (
        f"UPDATE {HISTORY} SET {assign} FROM ({derived_values(d, where)}) AS n "
        f"WHERE {HISTORY}.id = n.id AND ({changed});"
    )


def repass(d: Dialect) -> str:
    """Recompute ``passed`` everywhere (stage order or kind changed)."""
    return (
        f"UPDATE {HISTORY} SET passed = n.passed FROM "
        f"(SELECT h.id AS id, {passed(d, 'h')} AS passed FROM {HISTORY} h) AS n "
        f"WHERE {HISTORY}.id = n.id AND {HISTORY}.passed {d.differs} n.passed;"
    )


def add(d: Dialect, row: str, amount: int) -> str:
    """Add (or with -1 take off) *row*'s contribution to both roll-ups.

    A cell goes only when all its sums are 0.  On PostgreSQL the row triggers of one statement
    fire after all its rows changed, so a refresh fired by one row can take off another row's
    new values before that row's own trigger has added them: a cell may pass through a count of
    0 with other sums still non-zero (or through negative counts) and must not be lost then.
    """
    month = d.month(f"{row}.moved_at")
    prev_month = f"COALESCE({d.month(f'{row}.prev_entry_at')}, {d.no_month})"
    # The WHERE keeps SQLite's parser from reading ON CONFLICT as a join constraint.
    return (
        f"INSERT INTO {ENTRIES} (month, owner_key, stage_id, prev_month, entries, passed) "
        f"SELECT {month}, {row}.owner_key, {row}.to_stage_id, {prev_month}, {amount}, "
        f"CASE WHEN {row}.passed THEN {amount} ELSE 0 END WHERE {row}.live "
        "ON CONFLICT (month, owner_key, stage_id, prev_month) DO UPDATE SET "
        f"entries = {ENTRIES}.entries + excluded.entries, "
        f"passed = {ENTRIES}.passed + excluded.passed; "
        f"DELETE FROM {ENTRIES} WHERE month = {month} AND owner_key = {row}.owner_key "
        f"AND stage_id = {row}.to_stage_id AND prev_month = {prev_month} "
        "AND entries = 0 AND passed = 0; "
        f"INSERT INTO {EXITS} (month, owner_key, stage_id, exits, days) "
        f"SELECT {month}, {row}.owner_key, {row}.from_stage_id, {amount}, "
        f"{amount} * {row}.stay_days WHERE {row}.live "
        f"AND {row}.from_stage_id IS NOT NULL AND {row}.stay_days IS NOT NULL "
        "ON CONFLICT (month, owner_key, stage_id) DO UPDATE SET "
        f"exits = {EXITS}.exits + excluded.exits, days = {EXITS}.days + excluded.days; "
        f"DELETE FROM {EXITS} WHERE month = {month} AND owner_key = {row}.owner_key "
        f"AND stage_id = {row}.from_stage_id AND exits = 0 AND days = 0;"
    )


ENTRY_COLUMNS = ("month", "owner_key", "stage_id", "prev_month", "entries", "passed")
EXIT_COLUMNS = ("month", "owner_key", "stage_id", "exits", "days")


def entry_totals(d: Dialect, source: str = HISTORY) -> str:
    """What ``stage_entry_months`` must hold, computed from the derived columns of *source*."""
    month = d.month("moved_at")
    prev_month = f"COALESCE({d.month('prev_entry_at')}, {d.no_month})"
    return (
        f"SELECT {month}, owner_key, to_stage_id, {prev_month}, COUNT(*), "
        "SUM(CASE WHEN passed THEN 1 ELSE 0 END) "
        f"FROM {source} WHERE live GROUP BY {month}, owner_key, to_stage_id, {prev_month}"
    )


def exit_totals(d: Dialect, source: str = HISTORY) -> str:
    """What ``stage_exit_months`` must hold, computed from the derived columns of *source*."""
    month = d.month("moved_at")
    return (
        f"SELECT {month}, owner_key, from_stage_id, COUNT(*), SUM(stay_days) FROM {source} "
        "WHERE live AND from_stage_id IS NOT NULL AND stay_days IS NOT NULL "
        f"GROUP BY {month}, owner_key, from_stage_id"
    )


def recomputed_history(d: Dialect) -> str:
    """The history with its derived columns as they must be (a subquery for the totals)."""
    columns = ", ".join(f"n.{c}" for c in DERIVED)
    return (
        f"(SELECT h0.moved_at, h0.from_stage_id, h0.to_stage_id, {columns} FROM {HISTORY} h0 "
        f"JOIN ({derived_values(d, '1 = 1')}) AS n ON n.id = h0.id) AS recomputed"
    )


def derived_differences(d: Dialect) -> str:
    """Counts the history rows whose derived columns differ from what they must be."""
    changed = " OR ".join(f"{HISTORY}.{c} {d.differs} n.{c}" for c in DERIVED)
    return (
        f"SELECT COUNT(*) FROM {HISTORY} JOIN ({derived_values(d, '1 = 1')}) AS n "
        f"ON n.id = {HISTORY}.id WHERE {changed}"
    )


def backfill(d: Dialect) -> list[str]:
    """Set every derived column and fill both (empty) roll-ups."""
    return [
        refresh(d, "1 = 1"),
        f"INSERT INTO {ENTRIES} ({', '.join(ENTRY_COLUMNS)}) {entry_totals(d)}",
        f"INSERT INTO {EXITS} ({', '.join(EXIT_COLUMNS)}) {exit_totals(d)}",
    ]
