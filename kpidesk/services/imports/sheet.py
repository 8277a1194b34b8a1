"""Importing leads, deals, activities, customers, targets and agreed actions from Excel and CSV
files.

All or nothing: the file is read, mapped and validated, references and duplicates are checked,
and only a clean file is written, in one transaction, together with an ImportRun that holds
what is needed to undo it exactly.  A dry run (and the wizard's preview) runs the same code and
rolls back.
"""

from __future__ import annotations

import time as clock
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kpidesk.core.collector import collector_paused
from kpidesk.core.i18n import tr
from kpidesk.core.parsing import ParseError, normalise_header
from kpidesk.data import tables
from kpidesk.data.database import Database
from kpidesk.data.models import (
    ImportRun,
)
from kpidesk.excel.fields import KINDS, fields_for
from kpidesk.excel.mapping import ColumnMapping, build_mapping, cell_text, headers_key
from kpidesk.excel.readers import ReadError, read_table
from kpidesk.excel.readers import Table as SheetTable
from kpidesk.excel.validation import (
    FRACTIONS,
    ParsedSheet,
    Problem,
    format_report,
    missing_required,
    parse_bool,
    validate_table,
)
from kpidesk.services.common import CONFIG, TEAM, Changes
from kpidesk.services.errors import NotFound, Refused
from kpidesk.services.imports.job import Job
from kpidesk.services.imports.kinds import IMPORTERS
from kpidesk.services.imports.support import (
    ImportCancelled,
    Progress,
    References,
    UndoLog,
    expand,
    from_json,
)
from kpidesk.services.imports.values import ValueMaps, parse_outcome

PREVIEW_ROWS = 200
# Undo deletes in this order, so that nothing added is still referenced by something added.
_DELETE_ORDER: tuple[Table, ...] = (
    tables.deal_stage_history,
    tables.deal_close_changes,
    tables.activities,
    tables.customers,
    tables.deals,
    tables.leads,
    tables.contacts,
    tables.targets,
    tables.agreed_actions,
    tables.organisations,
    tables.stages,
    tables.activity_types,
    tables.team_members,
)
_TABLES = {table.name: table for table in _DELETE_ORDER}


@dataclass(frozen=True)
class ImportOptions:
    """The choices of the command line flags and the wizard."""

    sheet: str | None = None
    mapping: Mapping[str, str | None] = field(default_factory=dict)
    date_format: str = "auto"  # auto, dmy, mdy, ymd
    create_missing: bool = False
    on_duplicate: str = "update"  # update or skip
    dry_run: bool = False
    # field → {value as the file writes it: KPIDesk value}: lead statuses, deal stages
    value_map: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # stage name → open, won or lost: what a (new) stage means
    stage_outcomes: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportSummary:
    kind: str
    file_name: str
    run_id: int | None
    rows: int
    created: int
    updated: int  # rows that changed something
    unchanged: int  # rows already there as the file has them
    skipped: int
    in_file_duplicates: int
    created_references: dict[str, int]
    dry_run: bool
    seconds: float
    changes: Changes
    # How KPIDesk read the file where it had to choose (percentages, close dates, stages).
    notes: tuple[str, ...] = ()

    def describe(self) -> str:
        text = tr(
            "{created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped"
        ).format(
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            skipped=self.skipped,
        )
        if self.in_file_duplicates:
            text += tr(" ({count} rows repeated an earlier row of the file)").format(
                count=self.in_file_duplicates
            )
        return text


@dataclass(frozen=True)
class ImportPreview:
    """What the wizard shows before anything is written."""

    file_name: str
    sheet: str
    sheet_names: list[str]
    headers: tuple[str, ...]
    header_row: int  # Excel row number
    mapping: dict[str, int]
    ignored: list[str]
    rows: list[tuple[int, dict[str, Any]]]
    total_rows: int
    problems: list[Problem]
    missing: dict[str, list[str]]
    summary: ImportSummary | None
    notes: tuple[str, ...] = ()


class ImportRefused(Refused):
    """The file has problems; nothing was written.  ``problems`` holds the full report."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        header = (
            tr(
                "Nothing was imported: the file has 1 problem. Fix it in the file and import it "
                "again."
            )
            if len(problems) == 1
            else tr(
                "Nothing was imported: the file has {count} problems. Fix them in the file and "
                "import it again."
            )
        ).format(count=len(problems))
        super().__init__(header + "\n" + format_report(problems))


class _RollBack(Exception):
    """Leaves the write transaction of a dry run or preview without keeping anything."""

    def __init__(
        self,
        summary: ImportSummary | None,
        problems: list[Problem] | None = None,
        missing: dict[str, list[str]] | None = None,
        notes: list[str] | None = None,
    ) -> None:
        super().__init__("dry run")
        self.summary = summary
        self.problems = problems or []
        self.missing = missing or {}
        self.notes = notes or []


@contextmanager
def _large_page_cache(session: Session) -> Iterator[None]:
    """Let SQLite keep up to 64 MB of pages while an import writes, then the usual 2 MB again.

    Rows of a big import go into five indexes of leads at scattered places; with the default
    cache those index pages are evicted and read again for nearly every row.
    """
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql("PRAGMA cache_size=-65536")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(before or -2000)}")


def _no_progress(_done: int, _total: int) -> bool:
    return True


def _in_file_order(mapping: ColumnMapping, problems: list[Problem]) -> list[Problem]:
    """The problems of the file first, then row by row and, within a row, column by column."""
    columns = {header: i for i, header in reversed(list(enumerate(mapping.headers)))}
    return sorted(problems, key=lambda p: (p.row or 0, columns.get(p.column, -1)))


def reading_notes(mapping: ColumnMapping, parsed: ParsedSheet) -> list[str]:
    """How the columns were read where the file leaves a choice (shown in the preview)."""
    notes = []
    for name, scale in parsed.percent_scales.items():
        column = mapping.header_of(name)
        notes.append(
            tr("Column '{column}' holds fractions: 0.4 is read as 40 %.").format(column=column)
            if scale == FRACTIONS
            else tr("Column '{column}' holds percentages: 40 is read as 40 %.").format(
                column=column
            )
        )
    return notes


def read_sheet(
    kind: str, path: str | Path, options: ImportOptions
) -> tuple[SheetTable, ColumnMapping, ParsedSheet]:
    """Read, map and validate a file (no database); problems are in the ParsedSheet."""
    if kind not in KINDS:
        raise Refused(tr("KPIDesk cannot import '{kind}'.").format(kind=kind))
    try:
        table = read_table(path, options.sheet)
        mapping = build_mapping(table.rows, kind, options.mapping)
    except ReadError as exc:
        raise ImportRefused([Problem(None, "", "", str(exc))]) from exc
    if kind == "deals":
        _adjust_deal_mapping(table, mapping, options.mapping)
    parsed = validate_table(table, kind, mapping, options.date_format)
    parsed.problems[:0] = missing_required(kind, mapping)
    return table, mapping, parsed


def _column_values(table: SheetTable, mapping: ColumnMapping, column: int) -> list[Any]:
    return [
        row[column]
        for row in table.rows[mapping.header_row + 1 :]
        if column < len(row) and row[column] is not None and row[column] != ""
    ]


def _adjust_deal_mapping(
    table: SheetTable, mapping: ColumnMapping, overrides: Mapping[str, str | None]
) -> None:
    """Let the values correct a detection that the header alone gets wrong.

    A "Status" column that holds stage names (Offerte, Intake) is the stage when no other
    column is; a "Closed" column of 1s and 0s (a Salesforce report) says whether the deal is
    closed, not when; a "Won" column of dates says when it was won.
    """
    fields = mapping.fields

    def move(source: str, target: str) -> None:
        if source in fields and source not in overrides and target not in fields:
            fields[target] = fields.pop(source)

    def all_values(name: str, test: Callable[[Any], bool]) -> bool:
        values = _column_values(table, mapping, fields[name]) if name in fields else []
        return bool(values) and all(test(v) for v in values)

    used = set(fields.values())
    for column, header in enumerate(mapping.headers):
        # A Salesforce report's "Won" and "Closed" checkboxes; "Closed" is also the name of the
        # close date, which a "Close Date" column took.
        flag = _FLAG_HEADERS.get(normalise_header(header))
        if flag and flag not in fields and column not in used and flag not in overrides:
            values = _column_values(table, mapping, column)
            if values and all(map(_is_yes_no, values)):
                fields[flag] = column
    if all_values("outcome", lambda v: parse_outcome(str(v)) is None):
        move("outcome", "stage")
    if all_values("closed", _is_yes_no):
        move("closed", "is_closed")
    for flag, day in (("is_won", "won_on"), ("is_lost", "lost_on")):
        if all_values(flag, lambda v: not _is_yes_no(v)):
            move(flag, day)


_FLAG_HEADERS = {"closed": "is_closed", "won": "is_won", "lost": "is_lost"}


def _is_yes_no(value: Any) -> bool:
    try:
        parse_bool(value)
    except ParseError:
        return False
    return True


def import_sheet(
    db: Database,
    kind: str,
    path: str | Path,
    options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
    *,
    today: date | None = None,
) -> ImportSummary:
    """Import *path* as *kind*: every row or none.

    Raises:
        ImportRefused: the file has problems (the report lists them all); nothing was written.
        ImportCancelled: the user cancelled; nothing was written.
    """
    started = clock.perf_counter()
    with collector_paused():
        table, mapping, parsed = read_sheet(kind, path, options)
        if not options.dry_run and not parsed.problems:
            from kpidesk.services.store.backups import backup_before_import

            backup_before_import(db, len(parsed.records))  # only above 1,000 rows
        try:
            return _write(db, kind, table, mapping, parsed, options, progress, today, started)
        except _RollBack as dry:
            assert dry.summary is not None  # a dry run without problems has a summary
            return dry.summary


def _write(
    db: Database,
    kind: str,
    table: SheetTable,
    mapping: ColumnMapping,
    parsed: ParsedSheet,
    options: ImportOptions,
    progress: Progress | None,
    today: date | None,
    started: float,
    *,
    preview: bool = False,
) -> ImportSummary:
    with db.write() as session:
        log = UndoLog()
        job = Job(
            session, parsed, mapping, References.load(session), log, options.create_missing,
            options.on_duplicate == "skip", progress or _no_progress, today or date.today(),
            ValueMaps.of(options.value_map),
            {normalise_header(k): v for k, v in options.stage_outcomes.items()},
            blocked=bool(parsed.problems),
            required=tuple(f.name for f in fields_for(kind) if f.required),
        )  # fmt: skip
        with _large_page_cache(session):
            IMPORTERS[kind](job)
        missing = {k: v for k, v in job.missing.as_lists().items() if v}
        problems = _in_file_order(mapping, parsed.problems + job.problems)
        if preview and problems:
            raise _RollBack(None, problems, missing, job.notes)
        if problems:
            raise ImportRefused(problems)
        references = {
            t: log.count(t)
            for t in ("team_members", "organisations", "stages", "activity_types")
            if log.count(t)
        }
        kinds = set(job.kinds)
        if log.count("team_members"):
            kinds.add(TEAM)
        if log.count("stages") or log.count("activity_types"):
            kinds.add(CONFIG)
        summary = ImportSummary(
            kind, table.file_name, None, len(parsed.records), job.created, job.updated,
            job.unchanged, job.skipped, job.in_file_duplicates, references, options.dry_run,
            clock.perf_counter() - started, Changes(frozenset(kinds)),
            tuple(reading_notes(mapping, parsed) + job.notes),
        )  # fmt: skip
        if options.dry_run or preview:
            raise _RollBack(summary, [], missing)
        run = ImportRun(
            kind=kind,
            file_name=str(table.file_name),
            summary={
                "rows": summary.rows,
                "created": summary.created,
                "updated": summary.updated,
                "unchanged": summary.unchanged,
                "skipped": summary.skipped,
                "references": references,
                "kinds": sorted(kinds),
            },
            undo_data=log.to_json(),
        )
        session.add(run)
        session.flush()
        progress_done = progress or _no_progress
        progress_done(1, 1)
        return ImportSummary(
            **{**summary.__dict__, "run_id": run.id, "seconds": clock.perf_counter() - started}
        )


def preview_import(
    db: Database,
    kind: str,
    path: str | Path,
    options: ImportOptions = ImportOptions(),
    progress: Progress | None = None,
) -> ImportPreview:
    """Everything the wizard shows before writing: mapping, parsed values, the full report."""
    with collector_paused():
        return _preview(db, kind, path, options, progress)


def _preview(
    db: Database,
    kind: str,
    path: str | Path,
    options: ImportOptions,
    progress: Progress | None,
) -> ImportPreview:
    try:
        table, mapping, parsed = read_sheet(kind, path, options)
    except ImportRefused as exc:
        return ImportPreview(Path(path).name, "", [], (), 1, {}, [], [], 0, exc.problems, {}, None)
    problems: list[Problem] = []
    summary: ImportSummary | None = None
    missing: dict[str, list[str]] = {}
    notes = reading_notes(mapping, parsed)
    try:
        _write(db, kind, table, mapping, parsed, options, progress, None, 0.0, preview=True)
    except _RollBack as dry:
        summary, problems, missing = dry.summary, dry.problems, dry.missing
        if summary is None:
            notes += dry.notes
    return ImportPreview(
        table.file_name, table.sheet, table.sheet_names, mapping.headers,
        table.first_row + mapping.header_row, dict(mapping.fields), mapping.ignored,
        list(zip(parsed.row_numbers, parsed.records, strict=True))[:PREVIEW_ROWS],
        len(parsed.records), problems, missing, summary,
        summary.notes if summary is not None else tuple(notes),
    )  # fmt: skip


# -- what the wizard needs to map columns ----------------------------------------------------


@dataclass(frozen=True)
class FieldInfo:
    name: str
    label: str  # English source; show it with tr()
    required: bool


@dataclass(frozen=True)
class FileOverview:
    """The headers of a file, what they were detected as, and a few sample values."""

    file_name: str
    sheet: str
    sheet_names: list[str]
    headers: tuple[str, ...]
    header_row: int  # Excel row number
    detected: dict[str, int]
    samples: dict[int, list[str]]
    headers_key: str


def import_fields(kind: str) -> list[FieldInfo]:
    """The fields a file of *kind* can fill, in the canonical order."""
    return [FieldInfo(f.name, f.label, f.required) for f in fields_for(kind)]


def inspect_file(kind: str, path: str | Path, sheet: str | None = None) -> FileOverview:
    """Read a file's header row and detect the mapping (the wizard's second step).

    Raises:
        ImportRefused: the file cannot be read (one problem that says why).
    """
    try:
        table = read_table(path, sheet)
        mapping = build_mapping(table.rows, kind)
    except ReadError as exc:
        raise ImportRefused([Problem(None, "", "", str(exc))]) from exc
    body = table.rows[mapping.header_row + 1 : mapping.header_row + 6]
    samples = {
        column: [cell_text(row[column]) for row in body if column < len(row)]
        for column in range(len(mapping.headers))
    }
    return FileOverview(
        table.file_name, table.sheet, table.sheet_names, mapping.headers,
        table.first_row + mapping.header_row, dict(mapping.fields), samples,
        headers_key(mapping.headers),
    )  # fmt: skip


# -- undo ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportRunInfo:
    id: int
    kind: str
    file_name: str
    created_at: datetime
    summary: dict[str, Any]
    undone_at: datetime | None


def list_import_runs(db: Database) -> list[ImportRunInfo]:
    with db.read() as session:
        return [
            ImportRunInfo(r.id, r.kind, r.file_name, r.created_at, dict(r.summary), r.undone_at)
            for r in session.scalars(select(ImportRun).order_by(ImportRun.id.desc()))
        ]


def undo_import(db: Database, run_id: int) -> Changes:
    """Remove exactly what an import added and restore what it updated.

    Raises:
        NotFound: no such import.
        Refused: already undone, or rows it added are used by later work.
    """
    with db.write() as session:
        run = session.get(ImportRun, run_id)
        if run is None:
            raise NotFound(tr("This import no longer exists."))
        if run.undone_at is not None:
            raise Refused(tr("This import has already been undone."))
        data = run.undo_data or {}
        for table_name, rows in data.get("updated", {}).items():
            table = _TABLES[table_name]
            for row_id, before in rows.items():
                values: dict[str, Any] = {k: from_json(table, k, v) for k, v in before.items()}
                if "version" in table.c:
                    values["version"] = table.c.version + 1
                session.execute(update(table).where(table.c.id == int(row_id)).values(values))
        added = data.get("added", {})
        try:
            for table in _DELETE_ORDER:
                ids = expand(added.get(table.name, []))
                for start in range(0, len(ids), 900):
                    session.execute(delete(table).where(table.c.id.in_(ids[start : start + 900])))
            positions = data.get("stage_positions", {})
            if positions:
                session.execute(
                    update(tables.stages).where(tables.stages.c.id == bindparam("b_id")),
                    [{"b_id": int(k), "position": v} for k, v in positions.items()],
                )
            session.flush()
        except IntegrityError as exc:
            raise Refused(
                tr(
                    "This import cannot be undone any more: what it added is now used by "
                    "later work (for example a deal for an imported organisation)."
                )
            ) from exc
        run.undone_at = datetime.now(UTC)
        kinds = set(run.summary.get("kinds", [])) | {"leads", "deals", "customers"}
        return Changes(frozenset(kinds))


__all__ = [
    "ImportCancelled",
    "ImportOptions",
    "ImportPreview",
    "ImportRefused",
    "ImportSummary",
    "import_sheet",
    "list_import_runs",
    "preview_import",
    "undo_import",
]
