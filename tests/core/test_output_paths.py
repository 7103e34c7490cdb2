"""No output path may be FieldRide's own files; existing files only with --force (issue 20,
fault 3). Real data folders, real files, the real command line."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from fieldride.cli import main
from fieldride.store import OutputPathError, check_output_path, make_backup, open_store

EMPTY = hashlib.sha256(b"").hexdigest()


def digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--months", "2"]) == 0
    with open_store(folder) as store:
        make_backup(store)
    return folder


def own_files(folder: Path) -> list[Path]:
    backup = next((folder / "backups").iterdir())
    return [
        folder / "fieldride.db",
        folder / "fieldride.db-wal",
        folder / "fieldride.db-shm",
        folder / "fieldride.db-journal",
        folder / "fieldride.open.12345",
        backup,
        folder / "backups" / "new.xlsx",
        folder / "logs" / "out.csv",
    ]


def test_own_files_are_refused_however_spelled(data: Path, tmp_path: Path) -> None:
    for target in own_files(data):
        with pytest.raises(OutputPathError, match="FieldRide's own files"):
            check_output_path(target, data, replace=True)
    link = tmp_path / "innocent.pdf"
    link.symlink_to(data / "fieldride.db")
    hard = tmp_path / "hard.xlsx"
    os.link(data / "fieldride.db", hard)
    relative = Path(os.path.relpath(data / "fieldride.db"))
    dotted = data / "backups" / ".." / "fieldride.db"
    for target in (link, hard, relative, dotted, data):
        with pytest.raises(OutputPathError):
            check_output_path(target, data, replace=True)


def test_an_existing_file_needs_replace(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "old.pdf"
    assert check_output_path(out, data) == out.resolve()
    out.write_text("keep me")
    with pytest.raises(OutputPathError, match=r"already exists.*--force"):
        check_output_path(out, data)
    assert check_output_path(out, data, replace=True) == out.resolve()


def commands(out: Path) -> list[list[str]]:
    return [
        ["export", "--format", "xlsx", "--out", str(out)],
        ["export", "--format", "csv", "--out", str(out)],
        ["scorecard", "export", "field-visit", "--format", "yaml", "--out", str(out)],
        ["report", "scorecard", "field-visit", "--out", str(out)],
        ["report", "summary", "1", "--out", str(out)],
    ]


def test_no_command_writes_over_the_store_or_a_backup(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(data)
    targets = [data / "fieldride.db", next((data / "backups").iterdir())]
    for target in targets:
        for args in commands(target):
            if args[0] == "report":  # report needs a .pdf name: a symlink named .pdf to the store
                link = data.parent / f"link-{len(os.listdir(data.parent))}.pdf"
                link.symlink_to(target)
                args = [*args[:-1], str(link)]
            code = main(["--data-dir", str(data), *args, "--force"])
            err = capsys.readouterr().err
            assert code == 1, (args, err)
            assert "FieldRide's own files" in err and "Traceback" not in err
    # The store and its backups byte for byte. A command that only reads opens the file
    # read-only, and SQLite itself may leave the journal's index (-shm) and an empty journal
    # (-wal) beside it to read a WAL file: nothing of the data is in them.
    after = digest(data)
    assert after.pop("fieldride.db-wal", EMPTY) == EMPTY, "nothing may be written to the journal"
    after.pop("fieldride.db-shm", None)
    before.pop("fieldride.db-shm", None)
    assert after == before, "the data file and its backups must be byte-for-byte unchanged"
    with open_store(data) as store:  # and the store still opens with its data
        assert store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == 7


def test_commands_do_not_overwrite_without_force(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = [
        (["export", "--format", "xlsx"], tmp_path / "e.xlsx", tmp_path / "e.xlsx"),
        (["export", "--format", "csv"], tmp_path / "e.csv", tmp_path / "e-rides.csv"),
        (["scorecard", "export", "field-visit", "--format", "yaml"], tmp_path / "s.yaml", None),
        (["report", "scorecard", "field-visit"], tmp_path / "s.pdf", None),
    ]
    for args, out, existing in cases:
        existing = existing or out
        existing.write_text("mine")
        assert main(["--data-dir", str(data), *args, "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert "already exists" in err and "--force" in err and "Traceback" not in err
        assert existing.read_text() == "mine", args
        assert main(["--data-dir", str(data), *args, "--out", str(out), "--force"]) == 0
        capsys.readouterr()
        assert existing.read_bytes() != b"mine", args
