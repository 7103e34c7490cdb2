"""``fieldride scorecard import | export | list | validate``."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldride.cli import main

FIXTURES = Path(__file__).parent.parent / "fixtures" / "scorecards"


def test_validate_prints_every_problem_and_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scorecard", "validate", str(FIXTURES / "many-problems.yaml")]) == 1
    err = capsys.readouterr().err
    assert "10 problems, nothing was imported" in err
    assert err.count("\n  - many-problems.yaml, line ") == 10


def test_validate_ok(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scorecard", "validate", str(FIXTURES / "excel-de-semicolon-cp1252.csv")]) == 0
    assert "OK. 'Entdeckung im Gespräch'" in capsys.readouterr().out


def test_import_list_export_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = ["--data-dir", str(tmp_path / "data")]
    assert main([*d, "scorecard", "list"]) == 0
    assert "discovery-depth" in capsys.readouterr().out  # defaults available on first run
    card = str(FIXTURES / "excel-unicode-text-utf16.txt")
    assert main([*d, "scorecard", "import", card]) == 0
    assert "New scorecard 'Entdeckung im Gespräch'" in capsys.readouterr().out
    assert main([*d, "scorecard", "import", card]) == 0
    assert "unchanged" in capsys.readouterr().out
    out = tmp_path / "e.yaml"
    assert main([*d, "scorecard", "export", "entdeckung-im-gesprach", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Entdeckung im Gespräch, version 1")
    text = out.read_text(encoding="utf-8").replace("Zusammenfassen", "Zusammenfassen (neu)")
    out.write_text(text, encoding="utf-8")
    assert main([*d, "scorecard", "import", str(out)]) == 0
    assert "New version 2 of 'Entdeckung im Gespräch'" in capsys.readouterr().out
    xlsx = tmp_path / "v1.xlsx"
    args = ["scorecard", "export", "entdeckung-im-gesprach", "--version", "1", "--out", str(xlsx)]
    assert main([*d, *args]) == 0
    assert xlsx.stat().st_size > 0
    assert (
        main(
            [
                *d,
                "scorecard",
                "export",
                "entdeckung-im-gesprach",
                "--version",
                "9",
                "--out",
                str(xlsx),
            ]
        )
        == 1
    )
    assert "no version 9 (versions: 1, 2)" in capsys.readouterr().err


def test_refused_import_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    d = ["--data-dir", str(tmp_path / "data")]
    main([*d, "scorecard", "list"])
    before = capsys.readouterr().out
    assert main([*d, "scorecard", "import", str(FIXTURES / "misspelt-and-broken.csv")]) == 1
    assert "Did you mean 'title'?" in capsys.readouterr().err
    main([*d, "scorecard", "list"])
    assert capsys.readouterr().out == before
