"""``fieldride check`` is read-only (issue 20, fault 9): after a crash, with a damaged journal,
on an emptied or missing store, the data folder is byte for byte as it was, and nothing is
created in it. Real stores, a real SIGKILLed process, the real command line."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from fieldride.cli import main
from fieldride.store import inspect_store, make_backup, open_store

CRASHER = """
import sys, time
from fieldride.team import sellers
from fieldride.store import open_store
store = open_store(sys.argv[1], quick_check=False)
store.db.execute("PRAGMA wal_autocheckpoint = 0")
for i in range(20):
    sellers.add_seller(store, f"Committed before the kill {i}")
print("ready", flush=True)
time.sleep(60)
"""


def crash_after_writes(folder: Path) -> None:
    """Another process commits 20 sellers into the journal and is SIGKILLed."""
    crasher = subprocess.Popen(
        [sys.executable, "-c", CRASHER, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert crasher.stdout is not None
    assert crasher.stdout.readline().strip() == "ready"
    crasher.kill()
    crasher.wait()


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``folder``: mode and content hash."""
    return {
        str(p.relative_to(folder)): (p.stat().st_mode, hashlib.sha256(p.read_bytes()).hexdigest())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def crashed(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with open_store(folder) as store:
        make_backup(store)
    crash_after_writes(folder)
    assert (folder / "fieldride.db-wal").stat().st_size > 0
    assert list(folder.glob("fieldride.open.*")), "the killed process left its marker"
    return folder


def run_check(folder: Path) -> tuple[int, str]:
    run = subprocess.run(
        [sys.executable, "-m", "fieldride", "--data-dir", str(folder), "check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in run.stderr
    return run.returncode, run.stdout + run.stderr


def test_check_after_a_crash_changes_nothing_and_sees_the_journal(crashed: Path) -> None:
    before = snapshot(crashed)
    code, out = run_check(crashed)
    assert snapshot(crashed) == before, "check must leave every file as it was"
    assert code == 0, out
    assert "Integrity:      ok" in out
    sellers_line = next(line for line in out.splitlines() if line.strip().startswith("sellers"))
    assert sellers_line.split()[1] == "20", "the journal's committed edits are counted"
    assert "recoverable" in out and "WARNING" not in out
    # and the real open afterwards still finds the 20 sellers (the journal was not removed)
    with open_store(crashed) as store:
        assert store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == 20


def test_check_reports_a_damaged_journal_and_keeps_it(crashed: Path) -> None:
    wal = crashed / "fieldride.db-wal"
    data = bytearray(wal.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit flipped in a frame in the middle
    wal.write_bytes(bytes(data))
    before = snapshot(crashed)
    report = inspect_store(crashed, ["sellers"])
    assert report.journal.current > report.journal.recovered
    assert not report.ok
    code, out = run_check(crashed)
    assert code == 1
    assert "frames SQLite cannot recover" in out
    assert snapshot(crashed) == before, "the damaged journal is evidence: kept as it was"


def test_check_on_a_missing_folder_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "never-made"
    code, out = run_check(folder)
    assert code == 1 and "no data file" in out and "Nothing was created" in out
    assert not folder.exists()


def test_check_on_an_emptied_store_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--months", "2"]) == 0
    with open_store(folder) as store:
        make_backup(store)
    (folder / "fieldride.db").write_bytes(b"")
    before = snapshot(folder)
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "check"]) == 1
    err = capsys.readouterr().err
    assert "empty (0 bytes)" in err and "has backups" in err and "not a new data file" in err
    assert snapshot(folder) == before


def test_check_of_a_sound_closed_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--months", "2"]) == 0
    before = snapshot(folder)
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "check"]) == 0
    out = capsys.readouterr().out
    assert "Integrity:      ok" in out and "Nothing was changed" in out
    assert snapshot(folder) == before
