"""One kind's import job: the shared state of its two passes (check, then write)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from kpidesk.core.i18n import tr
from kpidesk.core.parsing import normalise_header
from kpidesk.excel.mapping import ColumnMapping
from kpidesk.excel.validation import ParsedSheet, Problem
from kpidesk.services.imports.support import (
    ImportCancelled,
    Missing,
    Progress,
    References,
    UndoLog,
    create_missing,
    name_key,
    org_key,
    unknown_problem,
)
from kpidesk.services.imports.values import STAGE_DEFAULTS, ValueMaps

Row = tuple[int, dict[str, Any]]


@dataclass
class Job:
    """Everything one kind's import needs, and what it found."""

    session: Session
    parsed: ParsedSheet
    mapping: ColumnMapping
    refs: References
    log: UndoLog
    create_missing: bool
    skip_duplicates: bool
    progress: Progress
    today: date
    values: ValueMaps = field(default_factory=ValueMaps)
    # What the user said a stage name means (normalised name → open, won or lost).
    stage_outcomes: dict[str, str] = field(default_factory=dict)
    # The file already has problems (values, required fields): check everything, write nothing.
    blocked: bool = False
    required: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)
    missing: Missing = field(default_factory=Missing)
    created: int = 0
    updated: int = 0  # rows that changed something
    unchanged: int = 0  # rows that are already there exactly as the file has them
    skipped: int = 0
    in_file_duplicates: int = 0
    kinds: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    _done: int = 0

    def header(self, name: str) -> str:
        return self.mapping.header_of(name)

    def step(self, count: int = 1) -> None:
        """Count work done; stop cleanly when the user pressed Cancel."""
        self._done += count
        if self._done % 2000 < count or count > 1 or self._done == count:
            total = 2 * len(self.parsed.records)
            if not self.progress(min(self._done, total), total):
                raise ImportCancelled(tr("The import was cancelled. Nothing was changed."))

    def reset_progress(self) -> None:
        """Start counting again: a fast path gave up and the row-by-row pass starts over."""
        self._done = 0

    def owner(self, row: int, record: dict[str, Any], name: str) -> None:
        value = record.get(name)
        if value is not None and name_key(value) not in self.refs.owners:
            self._missing(row, name, value, "owner", self.missing.owners, name_key(value))

    def organisation(self, row: int, record: dict[str, Any], name: str) -> None:
        value = record.get(name)
        if value is not None and org_key(value) not in self.refs.organisations:
            key = org_key(value)
            self._missing(row, name, value, "organisation", self.missing.organisations, key)

    def _missing(
        self, row: int, name: str, value: str, what: str, bucket: dict[str, str], key: str
    ) -> None:
        bucket.setdefault(key, value)
        if not self.create_missing:
            self.problems.append(unknown_problem(row, self.header(name), value, what))

    def stage_name(self, text: str) -> str:
        """The stage a file's stage name stands for: the user's choice, else the name itself."""
        return self.values.chosen("stage", text) or text

    def stage_of(self, text: str) -> int | None:
        """The id of the stage a file's stage name stands for, None when there is none.

        The user's choice first, then a stage of that name, then the KPIDesk default stage that
        another CRM's default stage corresponds to ("Contract Sent" → Negotiation).
        """
        name = self.stage_name(text)
        found = self.refs.stage_id(name)
        if found is not None or name != text or normalise_header(text) in self.stage_outcomes:
            return found  # a stage the user named, or said is a stage of its own
        default = STAGE_DEFAULTS.get(normalise_header(text))
        return self.refs.stage_id(default) if default else None

    def owner_id(self, record: dict[str, Any], name: str) -> int | None:
        value = record.get(name)
        return self.refs.owners[name_key(value)] if value is not None else None

    def organisation_id(self, record: dict[str, Any], name: str) -> int | None:
        value = record.get(name)
        return self.refs.organisations[org_key(value)] if value is not None else None

    def problem(self, row: int, name: str, value: Any, reason: str) -> None:
        shown = value.isoformat() if isinstance(value, date) else str(value or "")
        self.problems.append(Problem(row, self.header(name), shown, reason))

    def dedupe(self, rows: list[Row], key: Callable[[dict[str, Any]], Hashable]) -> list[Row]:
        """Fold rows that describe the same item within the file (later rows update earlier)."""
        seen: dict[Hashable, int] = {}
        result: list[Row] = []
        for row, record in rows:
            if any(name not in record for name in self.required):
                result.append((row, record))  # already a problem: nothing to fold it with
                continue
            k = key(record)
            if k in seen:
                self.in_file_duplicates += 1
                if self.skip_duplicates:
                    self.skipped += 1
                else:  # merged into the earlier row: counted with it, not as a skip
                    result[seen[k]][1].update(record)
                continue
            seen[k] = len(result)
            result.append((row, record))
        return result

    def finish_checks(self) -> bool:
        """True when pass two may write: no problems, references created where allowed."""
        if self.problems or self.blocked:
            return False
        if self.missing and self.create_missing:
            create_missing(self.session, self.refs, self.missing, self.log)
        return True


def _rows(job: Job) -> list[Row]:
    return list(zip(job.parsed.row_numbers, job.parsed.records, strict=True))


def _changes(existing: dict[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    """Only the values the file gives and that differ (an empty cell never clears a value)."""
    return {k: v for k, v in wanted.items() if v is not None and existing.get(k) != v}
