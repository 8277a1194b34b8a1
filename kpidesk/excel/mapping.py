"""Finding the header row and mapping its columns onto the canonical fields of a kind."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kpidesk.core.i18n import tr
from kpidesk.core.parsing import normalise_header
from kpidesk.excel.fields import fields_for, header_index
from kpidesk.excel.readers import Cell, ReadError

HEADER_SEARCH_ROWS = 10
_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based) holds which field; columns not in it are ignored."""

    header_row: int  # index into the table's rows
    headers: tuple[str, ...]
    fields: dict[str, int]

    def column_of(self, field_name: str) -> int | None:
        return self.fields.get(field_name)

    def header_of(self, field_name: str) -> str:
        column = self.fields.get(field_name)
        return self.headers[column] if column is not None else field_name

    @property
    def ignored(self) -> list[str]:
        used = set(self.fields.values())
        return [h for i, h in enumerate(self.headers) if i not in used and h]


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def find_header_row(rows: Sequence[Sequence[Cell]], kind: str) -> int:
    """The index of the header row: the one of the first rows that names most known fields.

    Title rows above the table ('Export of 3 March') are skipped that way; without any known
    header the first non-empty row is the header.
    """
    index = header_index(kind)
    best, best_hits, first_filled = -1, 0, -1
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        texts = [normalise_header(cell_text(c)) for c in row]
        if first_filled < 0 and any(texts):
            first_filled = i
        hits = len({index[t] for t in texts if t in index})
        if hits > best_hits:
            best, best_hits = i, hits
    if best >= 0:
        return best
    if first_filled >= 0:
        return first_filled
    raise ReadError(tr("The file is empty: it has no header row and no data."))


def detect_mapping(headers: Sequence[str], kind: str) -> dict[str, int]:
    """Field → column for the headers that are recognised; the first column of a field wins."""
    index = header_index(kind)
    mapping: dict[str, int] = {}
    for column, header in enumerate(headers):
        name = index.get(normalise_header(header))
        if name is not None and name not in mapping:
            mapping[name] = column
    return mapping


def column_by_reference(headers: Sequence[str], reference: str) -> int | None:
    """A column named by its header (ignoring case and punctuation) or by its letter (C, AB)."""
    wanted = normalise_header(reference)
    for column, header in enumerate(headers):
        if normalise_header(header) == wanted and wanted:
            return column
    if _LETTERS.match(reference.strip()):
        number = 0
        for ch in reference.strip().upper():
            number = number * 26 + ord(ch) - 64
        if number <= len(headers):
            return number - 1
    return None


def build_mapping(
    rows: Sequence[Sequence[Cell]],
    kind: str,
    overrides: Mapping[str, str | None] | None = None,
) -> ColumnMapping:
    """Detect the header row and its mapping, then apply the user's overrides.

    An override maps a field to a column header or letter; ``None`` or '' unmaps the field.

    Raises:
        ReadError: an override names an unknown field or a column that is not there.
    """
    header_row = find_header_row(rows, kind)
    headers = tuple(cell_text(c) for c in rows[header_row])
    mapping = detect_mapping(headers, kind)
    known = {f.name for f in fields_for(kind)}
    for name, reference in (overrides or {}).items():
        if name not in known:
            raise ReadError(
                tr("'{field}' is not a field of this import. Fields: {fields}.").format(
                    field=name, fields=", ".join(f.name for f in fields_for(kind))
                )
            )
        if not reference:
            mapping.pop(name, None)
            continue
        column = column_by_reference(headers, reference)
        if column is None:
            raise ReadError(
                tr("The file has no column '{column}'. Its columns are: {headers}.").format(
                    column=reference, headers=", ".join(h for h in headers if h)
                )
            )
        for other, col in list(mapping.items()):
            if col == column and other != name:
                del mapping[other]
        mapping[name] = column
    return ColumnMapping(header_row, headers, mapping)


def headers_key(headers: Sequence[str]) -> str:
    """A stable key for a set of headers, under which the window remembers a mapping."""
    return "|".join(sorted(normalise_header(h) for h in headers if h))
