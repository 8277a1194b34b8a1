"""The formula protection of CSV exports and its removal on import are exact inverses."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kpidesk.excel.protection import FORMULA_STARTS, csv_safe, csv_unprotect
from kpidesk.excel.readers import read_table
from kpidesk.excel.writers import TableColumn, write_csv_table

# Text built from the characters that matter here, so the edge cases come up often.
TRICKY = st.text(alphabet=st.sampled_from(["'", "=", "+", "-", "@", "\t", "\r", "a", " ", "s"]))


@given(st.one_of(TRICKY, st.text()))
def test_import_undoes_exactly_what_export_added(text: str) -> None:
    safe = csv_safe(text)
    assert not safe.startswith(FORMULA_STARTS)
    assert csv_unprotect(safe) == text


@given(st.one_of(TRICKY, st.text()))
def test_text_without_a_formula_start_is_never_touched(text: str) -> None:
    if not text.lstrip("'").startswith(FORMULA_STARTS):
        assert csv_safe(text) == text == csv_unprotect(text)


def test_the_rule_on_examples() -> None:
    assert csv_safe("=SUM(A1)") == "'=SUM(A1)"
    assert csv_safe("'=al gequote") == "''=al gequote"
    assert csv_safe("'s-Hertogenbosch") == "'s-Hertogenbosch"
    assert csv_unprotect("'+31 6 1234 5678") == "+31 6 1234 5678"
    assert csv_unprotect("''@x") == "'@x"
    assert csv_unprotect("'s-Hertogenbosch") == "'s-Hertogenbosch"
    assert csv_unprotect("'plain") == "'plain"


def test_csv_written_then_read_gives_the_text_back(tmp_path: Path) -> None:
    values = ["=1+1", "'=1+1", "-5 korting", "@home", "'s-Hertogenbosch", "'quoted'", "gewoon"]
    path = tmp_path / "t.csv"
    write_csv_table(
        path, [TableColumn("Notitie"), TableColumn("Bedrijf")], [[v, v] for v in values]
    )
    raw = path.read_text(encoding="utf-8-sig").splitlines()
    assert raw[1] == "'=1+1,'=1+1"  # what Excel opens: no formula
    table = read_table(path)
    assert [row[0] for row in table.rows[1:]] == values
    assert [row[1] for row in table.rows[1:]] == values
