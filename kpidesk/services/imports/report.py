"""The full problem report of an import, saved as a spreadsheet to work through."""

from __future__ import annotations

from pathlib import Path

from kpidesk.core.i18n import current_language, tr
from kpidesk.excel.validation import Problem
from kpidesk.excel.writers import TableColumn, WriteError, atomic_file, write_xlsx_table
from kpidesk.services.errors import Refused


def save_problem_report(problems: list[Problem], path: str | Path) -> Path:
    """Write every problem (row, column, value, what to fix) to an .xlsx file.

    Raises:
        Refused: the file cannot be written (the message says why).
    """
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_suffix(".xlsx")
    columns = [
        TableColumn(tr("Row"), None, 8),
        TableColumn(tr("Column"), None, 24),
        TableColumn(tr("Value"), None, 28),
        TableColumn(tr("What to fix"), None, 90),
    ]
    rows = (
        (p.row if p.row is not None else tr("file"), p.column, p.value, p.reason) for p in problems
    )
    try:
        with atomic_file(target) as temp:
            write_xlsx_table(temp, tr("Problems"), columns, rows, lang=current_language())
    except WriteError as exc:
        raise Refused(str(exc)) from exc
    return target
