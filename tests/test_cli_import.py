"""The import command: exit codes, the report on stderr, --map, --dry-run."""

from __future__ import annotations

from pathlib import Path

import pytest

from kpidesk.cli import run

CORPUS = Path(__file__).resolve().parent / "resources" / "import"


def test_import_succeeds_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "k.db")
    assert (
        run(
            [
                "--db",
                db,
                "--lang",
                "en",
                "import",
                "leads",
                str(CORPUS / "leads_bom.csv"),
                "--dry-run",
            ]
        )
        == 0
    )
    assert "nothing was written" in capsys.readouterr().out
    assert run(["--db", db, "--lang", "en", "import", "leads", str(CORPUS / "leads_bom.csv")]) == 0
    assert "1 created, 0 updated, 0 unchanged, 0 skipped" in capsys.readouterr().out


def test_problems_exit_non_zero_with_the_full_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(
        [
            "--db",
            str(tmp_path / "k.db"),
            "--lang",
            "en",
            "import",
            "deals",
            str(CORPUS / "pipedrive_deals.csv"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "Row 2, column 'Deal - Owner' ('Anna')" in err
    assert "Row 3, column 'Deal - Organization' ('Acme Ltd')" in err


def test_map_and_create_missing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "odd.csv"
    csv.write_text("Klantcode;Wie;Bedrag\nAcme;Anna;10\n", encoding="utf-8")
    code = run(
        [
            "--db",
            str(tmp_path / "k.db"),
            "--lang",
            "en",
            "import",
            "deals",
            str(csv),
            "--map",
            "title=Klantcode",
            "--map",
            "owner=B",
            "--map",
            "value=Bedrag",
            "--create-missing",
            "--date-format",
            "dmy",
            "--on-duplicate",
            "skip",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0, out
    assert "also created: 1 team members" in out


def test_dutch_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(
        [
            "--db",
            str(tmp_path / "k.db"),
            "--lang",
            "nl",
            "import",
            "leads",
            str(CORPUS / "leads_header_only.csv"),
        ]
    )
    assert code == 1
    assert "Er is niets geïmporteerd" in capsys.readouterr().err


def test_stage_outcome_and_map_value_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "k.db")
    path = tmp_path / "deals.csv"
    path.write_text(
        "Titel,Fase,Waarde,Sluitdatum\nA,Afgeblazen,100,2025-03-01\nB,Contract Sent,200,\n",
        encoding="utf-8",
    )
    base = ["--db", db, "--lang", "en", "import", "deals", str(path), "--create-missing"]
    flags = ["--stage-outcome", "Afgeblazen=lost", "--map-value", 'stage:"Contract Sent"=Proposal']
    assert run([*base, *flags]) == 0
    out = capsys.readouterr().out
    assert "2 created" in out and "also created: 1 stages" in out
    assert "New stage 'Afgeblazen' will be a lost stage (as you chose)." in out
    assert run([*base, "--stage-outcome", "Afgeblazen=maybe"]) == 1  # as a bad --map
    assert "--stage-outcome needs STAGE=won" in capsys.readouterr().err
    assert run([*base, "--map-value", "stage=Proposal"]) == 1
    assert "--map-value needs FIELD:VALUE=TARGET" in capsys.readouterr().err


def test_report_flag_saves_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    path = tmp_path / "leads.csv"
    path.write_text("Bedrijf;Medewerkers\n" + "Alfa;veel\n" * 3, encoding="utf-8")
    report = tmp_path / "problems.xlsx"
    args = ["--db", str(tmp_path / "k.db"), "--lang", "nl", "import", "leads", str(path)]
    code = run([*args, "--report", str(report)])
    assert code == 1
    assert "problems.xlsx" in capsys.readouterr().err
    sheet = openpyxl.load_workbook(report).active
    assert sheet is not None
    assert [c.value for c in sheet[1]] == ["Rij", "Kolom", "Waarde", "Wat je moet aanpassen"]
    assert [sheet.cell(r, 1).value for r in range(2, 5)] == [2, 3, 4]
