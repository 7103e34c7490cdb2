"""The headless CLI: --version, demo, check, and errors without tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldride import __version__
from fieldride.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"FieldRide {__version__}"


def test_demo_then_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo", "--months", "3"]) == 0
    out = capsys.readouterr().out
    assert "sellers: 7" in out
    assert main(["--data-dir", str(folder), "check"]) == 0
    out = capsys.readouterr().out
    assert "Integrity:      ok" in out
    assert "Schema version: 0001_initial_schema" in out or "Schema version: 0" in out
    rows = {
        line.split()[0]: int(line.split()[1]) for line in out.splitlines() if line.startswith("  ")
    }
    assert rows["sellers"] == 7
    assert rows["rides"] > 20
    assert rows["observations"] > 200
    assert rows["commitments"] > 10


def test_demo_refuses_a_store_with_sellers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo", "--months", "2"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "demo"]) == 1
    err = capsys.readouterr().err
    assert "already has sellers" in err
    assert "Traceback" not in err


def test_env_var_selects_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "via-env"
    monkeypatch.setenv("FIELDRIDE_HOME", str(folder))
    assert main(["check"]) == 0
    assert (folder / "fieldride.db").is_file()


def test_not_a_database_is_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "fieldride.db").write_bytes(b"this is a text file, not a database" * 100)
    before = (folder / "fieldride.db").read_bytes()
    assert main(["--data-dir", str(folder), "check"]) == 1
    err = capsys.readouterr().err
    assert "not a FieldRide database" in err
    assert "Traceback" not in err
    assert (folder / "fieldride.db").read_bytes() == before


def test_python_m_fieldride_without_command_prints_help(tmp_path: Path) -> None:
    env = {**os.environ, "FIELDRIDE_HOME": str(tmp_path / "h")}
    proc = subprocess.run(
        [sys.executable, "-m", "fieldride"], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 2
    assert "usage: fieldride" in proc.stdout


def test_headless_command_does_not_import_qt(tmp_path: Path) -> None:
    """`fieldride <command>` stays light: no Qt, no reportlab, no openpyxl at start."""
    code = (
        "import sys; from ui.launch import main; rc = main(['--data-dir', sys.argv[1], 'check']);"
        "heavy = [m for m in ('PySide6', 'reportlab', 'openpyxl', 'pypdf') if m in sys.modules];"
        "print('HEAVY', heavy); raise SystemExit(rc)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY []" in proc.stdout
