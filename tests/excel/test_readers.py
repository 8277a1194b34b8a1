"""Reading the awkward corpus, and refusing broken and hostile files in bounded time."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from kpidesk.excel import readers
from kpidesk.excel.readers import ReadError, read_table

CORPUS = Path(__file__).resolve().parents[1] / "resources" / "import"


def test_dutch_excel_csv_in_cp1252_with_semicolons() -> None:
    table = read_table(CORPUS / "deals_dutch_excel.csv")
    assert table.is_text
    assert table.rows[0][:3] == ["Titel", "Organisatie", "Eigenaar"]
    assert table.rows[1][1] == "Café De Zon B.V."
    assert table.rows[1][4] == "€ 1.234,56"


def test_bom_is_dropped_and_utf8_kept() -> None:
    table = read_table(CORPUS / "leads_bom.csv")
    assert table.rows[0][0] == "Company"  # no '\ufeff' glued to the first header
    assert table.rows[1][1] == "Eva Müller"


def test_tab_separated_cp1252() -> None:
    table = read_table(CORPUS / "leads_cp1252.txt")
    assert table.rows[1] == ["Coöperatie Oost", "José Peña", "Enschede", "1.2.2025"]


def test_sniffing_prefers_the_consistent_delimiter() -> None:
    assert readers.sniff_delimiter(["a;b,c;d", "1;2,5;3"]) == ";"
    assert readers.sniff_delimiter(["a,b,c", "1,2,3"]) == ","
    assert readers.sniff_delimiter(["a\tb", "1\t2"]) == "\t"


def test_xlsx_real_date_cells_and_sheets() -> None:
    table = read_table(CORPUS / "customers_and_targets.xlsx")
    assert table.sheet == "Klanten" and table.sheet_names == ["Klanten", "Doelen"]
    assert not table.is_text
    assert table.rows[3][1] in (date(2021, 3, 1), datetime(2021, 3, 1))
    other = read_table(CORPUS / "customers_and_targets.xlsx", "doelen")
    assert other.rows[0][0] == "Verkoper"


def test_an_unknown_sheet_names_the_sheets_there_are() -> None:
    with pytest.raises(ReadError, match="Klanten, Doelen"):
        read_table(CORPUS / "customers_and_targets.xlsx", "Leads")


def test_openpyxl_fallback_reads_cached_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_file: Path, _sheet: str | None) -> readers.Table:
        raise ReadError("calamine failed")

    monkeypatch.setattr(readers, "_read_calamine", broken)
    table = read_table(CORPUS / "customers_and_targets.xlsx")
    assert table.notes == ["openpyxl"]
    assert table.rows[2][0] == "Klantnaam"


@pytest.mark.parametrize("name", ["not_a_spreadsheet.csv", "word_document.xlsx"])
def test_not_a_spreadsheet(name: str) -> None:
    with pytest.raises(ReadError, match="not a spreadsheet"):
        read_table(CORPUS / name)


def test_damaged_xlsx() -> None:
    with pytest.raises(ReadError, match="damaged"):
        read_table(CORPUS / "damaged.xlsx")


def test_xml_entity_expansion_is_refused() -> None:
    with pytest.raises(ReadError, match="refused"):
        read_table(CORPUS / "entity_expansion.xlsx")


def test_defusedxml_guards_openpyxl() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML is True


def test_openpyxl_itself_refuses_the_entity_file() -> None:
    """Even past our own check, openpyxl parses through defusedxml and refuses the DTD."""
    import openpyxl

    with pytest.raises(Exception) as caught:
        openpyxl.load_workbook(CORPUS / "entity_expansion.xlsx", read_only=False)
    assert "Entit" in type(caught.value).__name__ or "entit" in str(caught.value).lower()


def _zip_bomb(path: Path, inflated: int) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            block = b" " * (1024 * 1024)
            for _ in range(inflated // len(block)):
                member.write(block)


def test_zip_bomb_is_refused_by_ratio(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    _zip_bomb(bomb, 40 * 1024 * 1024)
    assert bomb.stat().st_size < 200_000
    with pytest.raises(ReadError, match="refused"):
        read_table(bomb)


def test_zip_bomb_is_refused_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_RATIO", 10**9)
    monkeypatch.setattr(readers, "MAX_INFLATED_BYTES", 8 * 1024 * 1024)
    bomb = tmp_path / "bomb.xlsx"
    _zip_bomb(bomb, 16 * 1024 * 1024)
    with pytest.raises(ReadError, match="refused"):
        read_table(bomb)


def test_files_far_beyond_sensible_size_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    big.write_text("Bedrijf\n" + "Alfa\n" * 1000)
    with pytest.raises(ReadError, match="up to 0 MB"):
        read_table(big, max_bytes=1000)


def test_empty_and_missing_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ReadError, match="empty"):
        read_table(empty)
    with pytest.raises(ReadError, match="does not exist"):
        read_table(tmp_path / "nope.xlsx")


@pytest.mark.parametrize("name", ["customers.ods", "customers.xls"])
def test_ods_and_xls_written_by_libreoffice(name: str) -> None:
    table = read_table(CORPUS / name)
    assert table.sheet_names == ["Klanten", "Doelen"]
    assert table.rows[2][:2] == ["Klantnaam", "Klant sinds"]
    assert table.rows[3][1] in (date(2021, 3, 1), datetime(2021, 3, 1))
