"""The headless CLI: --version, demo, check, and errors without tracebacks."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldride import __version__
from fieldride.cli import main
from fieldride.store import open_store


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
    assert main(["scorecard", "list"]) == 0
    assert (folder / "fieldride.db").is_file()
    assert main(["check"]) == 0


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
    open_store(tmp_path / "d").close()
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY []" in proc.stdout


def test_a_query_command_loads_no_hashing(tmp_path: Path) -> None:
    """Opening the store hashes nothing (a ride is hashed when it is sealed or checked), so a
    query command does not load hashlib and OpenSSL's bindings (~10 M instructions)."""
    code = (
        "import sys; from ui.launch import main;"
        "rc = main(['--data-dir', sys.argv[1], 'search', 'discount']);"
        "print('HASHLIB', 'hashlib' in sys.modules); raise SystemExit(rc)"
    )
    open_store(tmp_path / "d").close()
    proc = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert "HASHLIB False" in proc.stdout


# --- the cheap top-level parser: one command module imported per run ---------------------------


def test_command_index_matches_what_the_modules_register() -> None:
    """COMMANDS (names, modules, one-line help, order) agrees with every module's register()."""
    import argparse
    import importlib

    from fieldride.cli import COMMAND_MODULES, COMMANDS

    registered: dict[str, tuple[str, str]] = {}
    for module in COMMAND_MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(module).register(sub)
        for action in sub._choices_actions:
            registered[action.dest] = (module, str(action.help))
    assert list(COMMANDS.items()) == list(registered.items())


def test_top_level_help_is_the_full_parsers_help(capsys: pytest.CaptureFixture[str]) -> None:
    from fieldride.cli import build_parser

    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out == build_parser().format_help()
    for name in ("report", "backup", "scorecard", "training", "check"):
        assert f"    {name}" in out


def _modules_after(code: str, tmp_path: Path) -> list[str]:
    """Run ``code`` (which calls fieldride.cli.main) in a fresh interpreter and return the
    command modules it imported."""
    script = (
        "import sys\nfrom fieldride.cli import main\n"
        f"{code}\n"
        "print('MODULES', sorted(m for m in sys.modules if m.startswith('fieldride.cli.')))"
    )
    env = {**os.environ, "FIELDRIDE_HOME": str(tmp_path / "home")}
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("MODULES "))
    return list(ast.literal_eval(line[len("MODULES ") :]))


def test_opening_the_app_imports_no_command_module_and_passes_qt_args(tmp_path: Path) -> None:
    code = (
        "seen = []\n"
        "rc = main(['--data-dir', 'D', '-style=fusion', '-reverse'],"
        " open_app=lambda d, qt: seen.append((d, qt)) or 0)\n"
        "assert rc == 0 and seen == [('D', ['-style=fusion', '-reverse'])], seen"
    )
    assert _modules_after(code, tmp_path) == []


def test_a_command_imports_only_its_own_module(tmp_path: Path) -> None:
    code = f"assert main(['--data-dir', {str(tmp_path / 'd')!r}, 'backups']) == 0"
    assert _modules_after(code, tmp_path) == ["fieldride.cli.backup"]


def test_unknown_command_exits_2_naming_it(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", "x", "reprot", "summary"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'reprot'" in err and "'report'" in err


def test_command_help_and_usage_errors_come_from_the_full_parser(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["report", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "usage: fieldride report" in out and "summary" in out and "fieldride check" in out
    with pytest.raises(SystemExit) as exc:
        main(["report", "summary", "--help"])
    assert exc.value.code == 0
    assert "--page-size" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["report", "summary", "7"])  # --out missing
    assert exc.value.code == 2
    assert "--out" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["check", "--bogus"])
    assert exc.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_the_everyday_shape_names_its_command_without_the_cheap_parser() -> None:
    """`[--data-dir DIR] COMMAND ...` names its command outright (issue 23: the cheap parser,
    a parser per command, took ~2.5 ms of a query command's start); any other shape is left
    to the cheap parser, which reads what argparse would."""
    from fieldride.cli import named_command

    assert named_command(["--data-dir", "d", "search", "price"]) == "search"
    assert named_command(["--data-dir=d", "export", "--out", "x"]) == "export"
    assert named_command(["report", "summary", "7"]) == "report"
    assert named_command(["--data-dir", "search", "report"]) == "report"  # a folder "search"
    for other in (
        ["--version", "search"],
        ["-h"],
        ["--data", "d", "search"],  # an abbreviation: argparse's to read
        ["--data-dir", "d"],
        ["--data-dir", "d", "reprot"],
        ["-platform", "offscreen"],
        [],
    ):
        assert named_command(other) is None, other


def test_the_everyday_shape_parses_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The one parse of the everyday shape gives what the two did: a folder named like a
    command, a bad value and a missing argument, each as before."""
    folder = tmp_path / "report"
    open_store(folder).close()
    assert main(["--data-dir", str(folder), "search", "nothing-like-it"]) == 0
    assert "No matches." in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(folder), "search", "x", "--limit", "0"])
    assert exc.value.code == 2
    assert "argument --limit: 0 is out of range: give 1 to 10000" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(folder), "search"])
    assert exc.value.code == 2
    assert "the following arguments are required: text" in capsys.readouterr().err


def test_report_commands_skip_the_whole_file_check_and_check_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Commands that only read (reports, scorecard list) open with open_for_reading (the cheap
    checks, a read-only connection; a new folder is handed on to open_store without the
    whole-file check); commands that write keep the full check; `fieldride check` does not
    open the store at all (it reads a private copy)."""
    import fieldride.store
    from fieldride.store import opening

    real_store, real_reading = opening.open_store, fieldride.store.open_for_reading
    calls: list[str] = []

    def recording(*args: object, **kwargs: object) -> object:
        calls.append("full check" if kwargs.get("quick_check", True) else "no check")
        return real_store(*args, **kwargs)  # type: ignore[arg-type]

    def reading(*args: object, **kwargs: object) -> object:
        calls.append("reading")
        return real_reading(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fieldride.store, "open_store", recording)
    monkeypatch.setattr(opening, "open_store", recording)
    monkeypatch.setattr(fieldride.store, "open_for_reading", reading)
    folder = str(tmp_path / "d")
    out = str(tmp_path / "card.pdf")
    # a new folder: handed on to open_store, which makes the file; installs the bundled cards
    assert main(["--data-dir", folder, "scorecard", "list"]) == 0
    assert calls == ["reading", "no check"]
    calls.clear()
    card = str(tmp_path / "card.yaml")
    assert main(["--data-dir", folder, "scorecard", "export", "field-visit", "--out", card]) == 0
    assert calls == ["reading"]
    calls.clear()
    assert main(["--data-dir", folder, "scorecard", "import", card]) == 0  # writes: full check
    assert calls == ["full check"]
    calls.clear()
    assert main(["--data-dir", folder, "check"]) == 0
    assert calls == []
    capsys.readouterr()
    calls.clear()
    assert main(["--data-dir", folder, "report", "scorecard", "field-visit", "--out", out]) == 0
    assert calls == ["reading"]
    assert Path(out).read_bytes().startswith(b"%PDF")


# --- no traceback for any command-line input (issue 20, fault 10) ------------------------------

HUGE = "99999999999999999999999"


@pytest.mark.parametrize(
    ("code", "args", "expected"),
    [
        ("en", ["report", "summary", HUGE, "--out", "x.pdf"], "RIDE_ID: 9999"),
        (
            "en",
            ["report", "brief", "9223372036854775808", "--out", "x.pdf"],
            "from 1 to 9223372036854775807",
        ),
        ("en", ["report", "seller", "9223372036854775808", "--out", "x.pdf"], "SELLER_ID"),
        ("en", ["report", "summary", "0", "--out", "x.pdf"], "not an id FieldRide uses"),
        ("en", ["report", "summary", "two", "--out", "x.pdf"], "'two' is not a whole number"),
        (
            "en",
            ["report", "scorecard", "field-visit", "--calls", "9", "--out", "x.pdf"],
            "give 1 to 6",
        ),
        (
            "en",
            ["report", "scorecard", "field-visit", "--version", HUGE, "--out", "x.pdf"],
            "--version",
        ),
        ("en", ["search", "a", "--limit", "99999999999999999999"], "give 1 to 10000"),
        ("en", ["search", "a", "--limit", "-1"], "give 1 to 10000"),
        ("en", ["search", "a", "--limit", "0"], "give 1 to 10000"),
        ("en", ["export", "--out", ""], "a file name is needed"),
        ("en", ["export", "--out", "   "], "a file name is needed"),
        ("en", ["export", "--out", "folder/"], "names a folder"),
        ("en", ["scorecard", "export", "field-visit", "--out", ""], "a file name is needed"),
        (
            "en",
            ["scorecard", "export", "field-visit", "--version", "-3", "--out", "x.yaml"],
            "--version",
        ),
        ("en", ["demo", "--months", HUGE], "--months"),
        # in the user's language: argparse's own words were German under LANGUAGE=de but the
        # value's problem was English ("Fehler: Argument RIDE_ID: 'two' is not a whole number")
        ("de", ["report", "summary", "two", "--out", "x.pdf"], "„two“ ist keine ganze Zahl"),
        ("de", ["report", "summary", "0", "--out", "x.pdf"], "0 ist keine ID, die FieldRide"),
        ("de", ["search", "a", "--limit", "0"], "geben Sie 1 bis 10000 an"),
        ("de", ["export", "--out", ""], "hier wird ein Dateiname gebraucht"),
        ("de", ["export", "--out", "folder/"], "„folder/“ ist ein Ordner"),
    ],
)
def test_bad_numbers_and_names_are_usage_errors(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    code: str,
    args: list[str],
    expected: str,
) -> None:
    from fieldride.i18n import set_interface_language

    monkeypatch.chdir(tmp_path)  # relative --out names land here, whatever happens
    monkeypatch.setenv("LANGUAGE", code)
    try:
        with pytest.raises(SystemExit) as exc:
            main(["--data-dir", str(tmp_path / "d"), *args])
    finally:
        set_interface_language("en")
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert not (tmp_path / "d").exists(), "a refused command must not create the data folder"


def test_failed_xlsx_export_prints_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    assert main(["--data-dir", str(folder), "demo", "--months", "2"]) == 0
    target = tmp_path / "missing" / "x.xlsx"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "fieldride",
            "--data-dir",
            str(folder),
            "export",
            "--out",
            str(target),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1
    assert run.stderr.strip() == f"fieldride: The folder {target.parent} does not exist."
    assert not target.parent.exists()
