"""What every kind of import shares: reference look-ups, bulk writes and the undo log."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.core.names import organisation_key
from kpidesk.core.parsing import normalise_header
from kpidesk.data.models import (
    ROLE_REP,
    STAGE_LOST,
    STAGE_OPEN,
    STAGE_WON,
    ActivityType,
    Base,
    Organisation,
    Stage,
    TeamMember,
)
from kpidesk.excel.validation import Problem
from kpidesk.services.errors import ServiceError
from kpidesk.services.imports.values import LEAD_STATUSES

__all__ = ["LEAD_STATUSES"]

CHUNK = 2000
Progress = Callable[[int, int], bool]


class ImportCancelled(ServiceError):
    """The user pressed Cancel; nothing was written."""


# Names that mean the won and lost stage whatever the configured names are.
WON_NAMES = {normalise_header(n) for n in ("Won", "Gewonnen", "Closed Won", "Closed-Won")}
LOST_NAMES = {normalise_header(n) for n in ("Lost", "Verloren", "Closed Lost", "Closed-Lost")}
# Activity type aliases (issue 6): alias → English name of the default type.
TYPE_ALIASES = {
    normalise_header(alias): english
    for english, aliases in {
        "Intake meeting": ("Intake", "Intakegesprek", "Intake meeting", "Meeting", "Afspraak"),
        "Presentation": ("Demo", "Presentatie", "Presentation"),
        "Proposal sent": ("Offerte verstuurd", "Proposal sent", "Offerte", "Proposal"),
        "Phone call": ("Call", "Gebeld", "Telefoongesprek", "Phone call", "Bellen", "Telefoon"),
        "Voicemail": ("Voicemail", "Ingesproken"),
        "E-mail": ("Email", "Mail", "E-mail", "Gemaild"),
        "LinkedIn message": ("LinkedIn", "LinkedIn-bericht", "LinkedIn message", "InMail"),
    }.items()
    for alias in aliases
}


@lru_cache(maxsize=250_000)
def org_key(name: str) -> str:
    """organisation_key, remembered: one import looks each company up several times."""
    return organisation_key(name)


def name_key(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class UndoLog:
    """What an import added and the values it overwrote, stored on the ImportRun."""

    added: dict[str, list[int]] = field(default_factory=dict)
    updated: dict[str, dict[int, dict[str, Any]]] = field(default_factory=dict)
    stage_positions: dict[int, int] = field(default_factory=dict)

    def add(self, table: str, ids: Iterable[int]) -> None:
        self.added.setdefault(table, []).extend(ids)

    def count(self, table: str) -> int:
        return len(self.added.get(table, ()))

    def to_json(self) -> dict[str, Any]:
        """The log as the ImportRun's JSON column stores it.

        The before-values stay Python values: the engine's JSON serializer writes dates as ISO
        text and the row ids as text keys, once, in C (see ``data.database.dumps_json``).
        """
        return {
            "added": {t: compress(ids) for t, ids in self.added.items() if ids},
            "updated": {t: rows for t, rows in self.updated.items() if rows},
            "stage_positions": {str(k): v for k, v in self.stage_positions.items()},
        }


def compress(ids: Sequence[int]) -> list[list[int]]:
    """Ids as [first, last] runs: 100,000 new rows take a few bytes of undo data."""
    runs: list[list[int]] = []
    for i in sorted(ids):
        if runs and runs[-1][1] + 1 == i:
            runs[-1][1] = i
        else:
            runs.append([i, i])
    return runs


def expand(runs: Iterable[Sequence[int]]) -> list[int]:
    return [i for first, last in runs for i in range(first, last + 1)]


def from_json(table: Table, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind = table.c[column].type.python_type
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    return value


def insert_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
    """Insert rows in bulk and return their new ids in the same order.

    On SQLite the write transaction holds the database lock (BEGIN IMMEDIATE), so one
    executemany hands out consecutive ids after the current maximum; that is checked, and it is
    several times faster than RETURNING row by row.  Other databases use RETURNING.
    """
    if not rows:
        return []
    table: Table = model.__table__  # type: ignore[assignment]
    keys = sorted({k for row in rows for k in row})
    if session.get_bind().dialect.name == "sqlite":
        width = len(keys)
        pick = operator.itemgetter(*keys)
        if width == 1:
            data: list[tuple[Any, ...]] = [(row.get(keys[0]),) for row in rows]
        else:
            data = [pick(row) if len(row) == width else tuple(map(row.get, keys)) for row in rows]
        return _sqlite_insert(session, table, keys, data)
    return _returning_insert(session, table, [{k: row.get(k) for k in keys} for row in rows])


def insert_columns(
    session: Session, model: type[Base], columns: dict[str, list[Any]], count: int
) -> list[int]:
    """Insert *count* rows given column by column and return their new ids in order.

    The importers' fast paths build columns, not per-row dicts.  A column that is empty in every
    row and has no default is left out of the statement: the database stores NULL all the same.
    """
    if not count:
        return []
    table: Table = model.__table__  # type: ignore[assignment]
    keys = [
        name
        for name, values in columns.items()
        if values.count(None) != len(values)
        or table.c[name].default is not None
        or table.c[name].server_default is not None
    ]
    rows = zip(*(columns[k] for k in keys), strict=True)
    if session.get_bind().dialect.name == "sqlite":
        return _sqlite_insert(session, table, keys, list(rows))
    return _returning_insert(
        session,
        table,
        [dict(zip(keys, row, strict=True)) for row in rows],
    )


def _returning_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    ids: list[int] = []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    for start in range(0, len(rows), CHUNK * 5):
        result = session.execute(statement, rows[start : start + CHUNK * 5])
        ids.extend(result.scalars().all())
    return ids


def _sqlite_insert(
    session: Session, table: Table, keys: list[str], data: list[tuple[Any, ...]]
) -> list[int]:
    """Insert value tuples (in the order of *keys*) and return the consecutive new ids."""
    before = session.scalar(select(func.max(table.c.id))) or 0
    _sqlite_executemany(session, table, keys, data)
    after, count = session.execute(
        select(func.max(table.c.id), func.count()).where(table.c.id > before)
    ).one()
    if count == len(data) and after == before + len(data):
        return list(range(before + 1, after + 1))
    raise RuntimeError("ids of a bulk insert are not consecutive")


def _sqlite_executemany(
    session: Session, table: Table, keys: list[str], rows: list[tuple[Any, ...]]
) -> None:
    """One DB-API executemany with SQLAlchemy's own value conversions and column defaults.

    SQLAlchemy's executemany costs several microseconds per row in parameter handling; for
    100,000 rows that is most of the import, so the converted tuples go to the driver directly.
    """
    connection = session.connection()
    dialect = connection.dialect
    columns = list(keys)
    defaults: dict[str, Any] = {}
    for column in table.c:
        if column.name in keys or column.primary_key or column.default is None:
            continue
        default: Any = column.default
        value = default.arg(None) if default.is_callable else default.arg
        defaults[column.name] = value
        columns.append(column.name)
    processors = [
        (i, processor)
        for i, name in enumerate(keys)
        if (processor := table.c[name].type.bind_processor(dialect)) is not None
    ]
    default_values = []
    for name in columns[len(keys) :]:  # the same default for every row: convert it once
        # The dialect's own type (SQLite's DATETIME): a generic DateTime has no processor, and
        # sqlite3 would then adapt the same datetime again for every row.
        processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        value = defaults[name]
        default_values.append(processor(value) if processor and value is not None else value)
    tail = tuple(default_values)
    data: list[tuple[Any, ...]] = rows
    if processors:
        data = []
        for row in rows:
            values = list(row)
            for i, processor in processors:
                if values[i] is not None:
                    values[i] = processor(values[i])
            data.append((*values, *tail))
    elif tail:  # the usual case (text, numbers, dates): no conversion, only the defaults
        data = [(*row, *tail) for row in rows]
    quote = dialect.identifier_preparer.quote
    statement = "INSERT INTO {table} ({names}) VALUES ({marks})".format(
        table=quote(table.name),
        names=", ".join(quote(c) for c in columns),
        marks=", ".join("?" for _c in columns),
    )
    connection.exec_driver_sql(statement, data)


def update_rows(
    session: Session,
    model: type[Base],
    changes: dict[int, dict[str, Any]],
    log: UndoLog,
    before: Mapping[int, Mapping[str, Any]] | None = None,
) -> None:
    """Update rows by id, first keeping their old values in the undo log.

    *before* holds the rows' current values where the importer has read them already (in
    this transaction); the rows it leaves out are read here.
    """
    if not changes:
        return
    table: Table = model.__table__  # type: ignore[assignment]
    name = table.name
    columns = sorted({k for values in changes.values() for k in values})
    kept = log.updated.setdefault(name, {})
    known = before or {}
    unread = [row_id for row_id in changes if row_id not in known]
    current: list[tuple[int, dict[str, Any]]] = [
        (row_id, {c: known[row_id][c] for c in columns}) for row_id in changes if row_id in known
    ]
    for start in range(0, len(unread), 500):
        chunk = unread[start : start + 500]
        query = select(table.c.id, *(table.c[c] for c in columns)).where(table.c.id.in_(chunk))
        for row in session.execute(query):
            current.append((row[0], dict(zip(columns, row[1:], strict=True))))
    for row_id, values in current:
        if row_id in kept:
            values.update(kept[row_id])  # the first value seen is the one to restore
        kept[row_id] = values
    groups: dict[tuple[str, ...], list[int]] = {}
    for row_id, values in changes.items():
        groups.setdefault(tuple(sorted(values)), []).append(row_id)
    for keys, ids in groups.items():
        if session.get_bind().dialect.name == "sqlite" and _plain_onupdates(table):
            _sqlite_update(session, table, keys, [(changes[i], i) for i in ids])
            continue
        statement = update(table).where(table.c.id == bindparam("b_id"))
        values = {k: bindparam(k) for k in keys}
        if "version" in table.c:
            values["version"] = table.c.version + 1  # stale editors notice the change
        rows = [{"b_id": i, **changes[i]} for i in ids]
        session.execute(statement.values(values), rows)


def _plain_onupdates(table: Table) -> bool:
    """True when every ``onupdate`` of *table* is a Python value or function, not SQL."""
    return all(
        column.onupdate is None or not getattr(column.onupdate, "is_clause_element", False)
        for column in table.c
    )


def _sqlite_update(
    session: Session, table: Table, keys: tuple[str, ...], rows: list[tuple[dict[str, Any], int]]
) -> None:
    """One DB-API executemany of an UPDATE by id, converting values as SQLAlchemy does.

    What ``update(table)`` adds is added here too: the columns' ``onupdate`` values (the
    moment of the change, the same for every row of the statement) and ``version + 1``. As
    for inserts, SQLAlchemy's parameter handling per row was most of an updating import.
    """
    connection = session.connection()
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    sets = [f"{quote(k)} = ?" for k in keys]
    tail: list[Any] = []
    for column in table.c:
        if column.onupdate is None or column.name in keys:
            continue
        default: Any = column.onupdate
        value = default.arg(None) if default.is_callable else default.arg
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        tail.append(processor(value) if processor and value is not None else value)
        sets.append(f"{quote(column.name)} = ?")
    if "version" in table.c and "version" not in keys:
        sets.append(f"{quote('version')} = {quote('version')} + 1")  # stale editors notice
    processors = [
        (i, processor)
        for i, k in enumerate(keys)
        if (processor := table.c[k].type.dialect_impl(dialect).bind_processor(dialect))
    ]
    pick = operator.itemgetter(*keys)
    data: list[tuple[Any, ...]]
    if len(keys) == 1:
        data = [(values[keys[0]], *tail, row_id) for values, row_id in rows]
    else:
        data = [(*pick(values), *tail, row_id) for values, row_id in rows]
    if processors:  # dates, moments, JSON: as SQLAlchemy would bind them
        converted = []
        for row in data:
            values = list(row)
            for i, processor in processors:
                if values[i] is not None:
                    values[i] = processor(values[i])
            converted.append(tuple(values))
        data = converted
    statement = "UPDATE {table} SET {sets} WHERE id = ?".format(
        table=quote(table.name), sets=", ".join(sets)
    )
    connection.exec_driver_sql(statement, data)


@dataclass
class References:
    """Name look-ups for owners, organisations, stages and activity types, loaded once."""

    owners: dict[str, int]
    organisations: dict[str, int]
    stages: dict[str, int]
    stage_kinds: dict[int, str]
    won_id: int | None
    lost_id: int | None
    types: dict[str, int]
    stage_names: dict[int, tuple[str, str]] = field(default_factory=dict)  # id → (nl, en)

    @classmethod
    def load(cls, session: Session) -> References:
        owners = {
            name_key(n): i for i, n in session.execute(select(TeamMember.id, TeamMember.name))
        }
        organisations = dict(
            (k, i) for i, k in session.execute(select(Organisation.id, Organisation.name_key))
        )
        stages: dict[str, int] = {}
        kinds: dict[int, str] = {}
        won = lost = None
        names: dict[int, tuple[str, str]] = {}
        for stage in session.scalars(select(Stage).order_by(Stage.position)):
            kinds[stage.id] = stage.kind
            names[stage.id] = (stage.name_nl, stage.name_en)
            for text in (stage.name_nl, stage.name_en):
                stages.setdefault(normalise_header(text), stage.id)
            if stage.kind == STAGE_WON and won is None:
                won = stage.id
            if stage.kind == STAGE_LOST and lost is None:
                lost = stage.id
        types: dict[str, int] = {}
        by_english: dict[str, int] = {}
        for activity_type in session.scalars(select(ActivityType)):
            by_english[normalise_header(activity_type.name_en)] = activity_type.id
            for text in (activity_type.name_nl, activity_type.name_en):
                types.setdefault(normalise_header(text), activity_type.id)
        for alias, english in TYPE_ALIASES.items():
            target = by_english.get(normalise_header(english))
            if target is not None:
                types.setdefault(alias, target)
        return cls(owners, organisations, stages, kinds, won, lost, types, names)

    def stage_id(self, text: str) -> int | None:
        key = normalise_header(text)
        if key in WON_NAMES:
            return self.won_id
        if key in LOST_NAMES:
            return self.lost_id
        return self.stages.get(key)

    def first_open_stage(self) -> int | None:
        return next((i for i, k in self.stage_kinds.items() if k == STAGE_OPEN), None)


@dataclass
class Missing:
    """Unknown references, in order of first appearance, to report or to create."""

    owners: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)
    stages: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    # The kind (open, won, lost) each new stage gets; open when not given.
    stage_kinds: dict[str, str] = field(default_factory=dict)

    def as_lists(self) -> dict[str, list[str]]:
        words = {STAGE_WON: tr("won"), STAGE_LOST: tr("lost")}
        return {
            "owners": list(self.owners.values()),
            "organisations": list(self.organisations.values()),
            "stages": [
                name
                if self.stage_kinds.get(key, STAGE_OPEN) == STAGE_OPEN
                else tr("{stage} ({outcome})").format(
                    stage=name, outcome=words[self.stage_kinds[key]]
                )
                for key, name in self.stages.items()
            ],
            "types": list(self.types.values()),
        }

    def __bool__(self) -> bool:
        return bool(self.owners or self.organisations or self.stages or self.types)


def unknown_problem(row: int, column: str, value: str, what: str) -> Problem:
    reasons = {
        "owner": tr(
            "There is no team member with this name. Add them under Settings → Team, correct "
            "the name, or let KPIDesk create what is missing."
        ),
        "organisation": tr(
            "There is no organisation with this name yet. Correct the name, or let KPIDesk "
            "create what is missing."
        ),
        "stage": tr(
            "There is no pipeline stage with this name. Use one of your stages, or let KPIDesk "
            "create what is missing (new stages go before Won and Lost)."
        ),
        "type": tr(
            "There is no activity type with this name. Use one of your types (Intake, Demo, "
            "Call, Email, LinkedIn…), or let KPIDesk create what is missing."
        ),
    }
    return Problem(row, column, value, reasons[what])


def create_missing(session: Session, refs: References, missing: Missing, log: UndoLog) -> None:
    """Create the unknown owners, organisations, stages and types the user allowed."""
    if missing.owners:
        rows = [
            {"name": " ".join(n.split()), "role": ROLE_REP, "active": True}
            for n in missing.owners.values()
        ]
        ids = insert_rows(session, TeamMember, rows)
        log.add("team_members", ids)
        refs.owners.update(zip(missing.owners, ids, strict=True))
    if missing.organisations:
        add_organisations(session, refs, list(missing.organisations.values()), {}, log)
    if missing.stages:
        stages = [(n, missing.stage_kinds.get(k, STAGE_OPEN)) for k, n in missing.stages.items()]
        _add_stages(session, refs, stages, log)
    if missing.types:
        last = session.scalar(select(ActivityType.position).order_by(ActivityType.position.desc()))
        rows = [
            {"name_nl": n, "name_en": n, "points": 1, "active": True, "position": (last or 0) + i}
            for i, n in enumerate(missing.types.values(), 1)
        ]
        ids = insert_rows(session, ActivityType, rows)
        log.add("activity_types", ids)
        refs.types.update(zip(missing.types, ids, strict=True))


def _add_stages(
    session: Session, refs: References, stages: list[tuple[str, str]], log: UndoLog
) -> None:
    """New open stages go before Won and Lost, new won and lost stages after them, each in order
    of first appearance."""
    existing = list(session.scalars(select(Stage).order_by(Stage.position, Stage.id)))
    new_open = [(n, k) for n, k in stages if k == STAGE_OPEN]
    new_closed = [(n, k) for n, k in stages if k != STAGE_OPEN]
    open_positions = [s.position for s in existing if s.kind == STAGE_OPEN]
    start = (max(open_positions) if open_positions else 0) + 1
    for stage in existing:
        if stage.kind != STAGE_OPEN and stage.position >= start and new_open:
            log.stage_positions.setdefault(stage.id, stage.position)
            stage.position += len(new_open)
    session.flush()
    end = max([s.position for s in existing] + [start + len(new_open) - 1, 0]) + 1
    rows = [
        {
            "name_nl": n,
            "name_en": n,
            "position": start + i,
            "kind": STAGE_OPEN,
            "probability": 50,
            "rotting_days": 14,
        }
        for i, (n, _k) in enumerate(new_open)
    ] + [
        {
            "name_nl": n,
            "name_en": n,
            "position": end + i,
            "kind": k,
            "probability": 100 if k == STAGE_WON else 0,
            "rotting_days": None,
        }
        for i, (n, k) in enumerate(new_closed)
    ]
    ids = insert_rows(session, Stage, rows)
    log.add("stages", ids)
    for (name, kind), new_id in zip(new_open + new_closed, ids, strict=True):
        refs.stages[normalise_header(name)] = new_id
        refs.stage_kinds[new_id] = kind
        refs.stage_names[new_id] = (name, name)
        if kind == STAGE_WON and refs.won_id is None:
            refs.won_id = new_id
        if kind == STAGE_LOST and refs.lost_id is None:
            refs.lost_id = new_id


def add_organisations(
    session: Session,
    refs: References,
    names: list[str],
    details: dict[str, dict[str, Any]],
    log: UndoLog,
) -> None:
    """Create organisations for names whose key is new; *details* holds city, industry, size,
    region and yearly revenue (as the lead fields name them)."""
    rows: list[dict[str, Any]] = []
    keys: list[str] = []
    seen: set[str] = set()
    for name in names:
        key = org_key(name)
        if key in refs.organisations or key in seen:
            continue
        seen.add(key)
        keys.append(key)
        extra = details.get(key, {})
        rows.append(
            {
                "name": " ".join(name.split()),
                "name_key": key,
                "city": extra.get("city"),
                "industry": extra.get("industry"),
                "employees": extra.get("employees"),
                "region": extra.get("region"),
                "yearly_revenue_cents": extra.get("yearly_revenue"),
            }
        )
    ids = insert_rows(session, Organisation, rows)
    log.add("organisations", ids)
    refs.organisations.update(zip(keys, ids, strict=True))
