"""What the wizard's value step shows: each stage or status a file holds and what it becomes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from kpidesk.data.database import Database
from kpidesk.data.models import STAGE_OPEN, Stage
from kpidesk.services.imports.deals import column_outcome
from kpidesk.services.imports.job import Job
from kpidesk.services.imports.sheet import ImportOptions, read_sheet
from kpidesk.services.imports.support import References, UndoLog
from kpidesk.services.imports.values import OPEN, ValueMaps

# The fields whose values the user can map, per kind.
VALUE_FIELDS = {"deals": "stage", "leads": "status"}


@dataclass(frozen=True)
class StageInfo:
    id: int
    name_nl: str
    name_en: str
    kind: str  # open, won, lost


@dataclass(frozen=True)
class ValueChoice:
    """One value of the file's stage (deals) or status (leads) column.

    Attributes:
        default: what KPIDesk makes of it by itself: a stage id, or a status code; None when
            it does not know it (a new stage, an unknown status).
        outcome: for stages, the outcome the file's outcome columns give all its deals (won,
            lost or open), None when they do not agree or there are none.
    """

    field: str
    value: str
    rows: int
    default: int | str | None
    outcome: str | None


@dataclass(frozen=True)
class ValueOverview:
    field: str | None  # None: the file has nothing to match
    column: str  # its header
    choices: list[ValueChoice]
    stages: list[StageInfo]


def value_overview(
    db: Database, kind: str, path: str | Path, options: ImportOptions | None = None
) -> ValueOverview:
    """The distinct values of the stage or status column with KPIDesk's default reading.

    The user's own value mappings in *options* are not applied: the wizard shows them beside
    the defaults.

    Raises:
        ImportRefused: the file cannot be read.
    """
    name = VALUE_FIELDS.get(kind)
    given = options or ImportOptions()
    plain = ImportOptions(sheet=given.sheet, mapping=given.mapping)
    _table, mapping, parsed = read_sheet(kind, path, plain)
    with db.read() as session:
        stages = [
            StageInfo(s.id, s.name_nl, s.name_en, s.kind)
            for s in session.scalars(select(Stage).order_by(Stage.position, Stage.id))
        ]
        if name is None or name not in mapping.fields:
            return ValueOverview(None, "", [], stages)
        job = Job(
            session, parsed, mapping, References.load(session), UndoLog(), False, False,
            lambda _d, _t: True, date.today(), ValueMaps(),
        )  # fmt: skip
        counts: Counter[str] = Counter()
        outcomes: dict[str, Counter[str]] = {}
        first: dict[str, str] = {}
        for row, record in zip(parsed.row_numbers, parsed.records, strict=True):
            text = record.get(name)
            if text is None:
                continue
            key = text.casefold().strip()
            first.setdefault(key, text)
            counts[key] += 1
            if kind == "deals":
                said = column_outcome(job, row, record) or ""
                outcomes.setdefault(key, Counter())[said] += 1
        choices = []
        for key, text in first.items():
            default: int | str | None = (
                job.stage_of(text) if kind == "deals" else job.values.lead_status(text)
            )
            seen = outcomes.get(key, Counter())
            outcome = next(iter(seen)) if len(seen) == 1 and "" not in seen else None
            choices.append(ValueChoice(name, text, counts[key], default, outcome))
    return ValueOverview(name, mapping.header_of(name), choices, stages)


def default_kind(choice: ValueChoice) -> str:
    """The kind a new stage for *choice* gets when the user does not say: its deals' outcome."""
    return choice.outcome if choice.outcome and choice.outcome != OPEN else STAGE_OPEN
