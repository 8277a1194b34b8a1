"""The lazy table model passes Qt's model tester and fetches pages on demand."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from kpidesk.services.common import Page
from kpidesk.ui.widgets.table_model import Column, LazyTableModel, StaticTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str


DATA = [Row(i, f"naam {i:03d}") for i in range(25)]
COLUMNS = [Column("id", "Id", lambda r: str(r.id)), Column("name", "Name", lambda r: r.name)]


def fetch(offset: int, limit: int, sort: str | None, descending: bool) -> Page[Row]:
    rows = sorted(DATA, key=lambda r: getattr(r, sort or "id"), reverse=descending)
    return Page(rows[offset : offset + limit], len(rows))


def test_lazy_model_passes_modeltester(qtmodeltester) -> None:
    model = LazyTableModel(COLUMNS, fetch, page_size=10)
    model.reload()
    assert model.rowCount() == 10 and model.total == 25 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 20
    model.fetchMore()
    assert model.rowCount() == 25 and not model.canFetchMore()
    assert [model.data(model.index(r, 0)) for r in (0, 24)] == ["0", "24"]
    qtmodeltester.check(model)


def test_sort_asks_the_fetcher(qtmodeltester) -> None:
    model = LazyTableModel(COLUMNS, fetch, page_size=10)
    model.reload()
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "naam 024"
    assert model.sort_state() == ("name", True)
    qtmodeltester.check(model)


def test_static_model(qtmodeltester) -> None:
    model = StaticTableModel(COLUMNS, lambda: DATA[:3])
    model.reload()
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 1)) == "naam 002"
