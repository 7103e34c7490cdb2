"""Concurrency: two processes on one data folder never corrupt it.

- two processes writing through the core at the same moment (WAL + busy timeout): every write
  lands, integrity stays ok;
- two app instances: the second one defers to the first (single-instance guard) and writes
  nothing; the first goes on saving;
- CLI commands while the app is open: ``check`` and ``backup`` work (and say the app is open);
  ``restore`` refuses and explains.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from fieldride import rides
from fieldride.store import list_backups, open_store
from fieldride.team import sellers
from tests.waiting import LineReader

ROOT = Path(__file__).resolve().parents[2]

WORKER = """
import sys
from fieldride import rides
from fieldride.store import open_store
folder, ride_id, n, tag = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
store = open_store(folder)
call = rides.add_call(store, ride_id, account=tag)
keys = ["preparation", "opening", "discovery", "listening"]
for i in range(n):
    rides.add_note(store, ride_id, f"{tag} note {i}", call.id)
    rides.rate(store, call.id, keys[i % 4], 1 + i % 4)
store.close()
print("done", call.id)
"""


def integrity(db_file: Path) -> str:
    conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def ride_folder(data_dir: Path) -> tuple[Path, int]:
    from fieldride.scorecards.defaults import install_defaults

    with open_store(data_dir) as store:
        install_defaults(store)
        seller = sellers.add_seller(store, "Concurrent Seller")
        ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
        rides.start_ride(store, ride.id)
    return data_dir, ride.id


def test_two_processes_writing_at_once_lose_nothing(ride_folder: tuple[Path, int]) -> None:
    folder, ride_id = ride_folder
    n = 150
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(folder), str(ride_id), str(n), tag],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("alpha", "beta")
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err[-2000:]
        assert out.startswith("done")
    assert integrity(folder / "fieldride.db") == "ok"
    with open_store(folder) as store:
        notes = rides.list_notes(store, ride_id)
        for tag in ("alpha", "beta"):
            assert sorted(x.text for x in notes if x.text.startswith(tag)) == sorted(
                f"{tag} note {i}" for i in range(n)
            )
        assert len(rides.observations_for_ride(store, ride_id)) == 8
    assert list(folder.glob("fieldride.open*")) == []  # both closed cleanly


class App:
    """The real app under the scripted driver (tests/harness/crash_driver.py)."""

    def __init__(self, folder: Path, steps: list[dict[str, Any]], tmp: Path, name: str) -> None:
        script = tmp / f"{name}.jsonl"
        script.write_text("\n".join(json.dumps(s) for s in steps), encoding="utf-8")
        env = {**os.environ, "FIELDRIDE_DRIVE": str(script), "QT_QPA_PLATFORM": "offscreen"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.harness.drive_app", "--data-dir", str(folder)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: list[str] = []
        assert self.proc.stdout is not None and self.proc.stderr is not None
        self.out = LineReader(self.proc.stdout)
        self.err = LineReader(self.proc.stderr)

    def wait_for(self, tag: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        try:
            while (line := self.out.next_line(deadline)) is not None:
                self.lines.append(line)
                if line.startswith(tag):
                    return
        except TimeoutError:
            self.proc.kill()
        raise AssertionError(f"no {tag}: {self.lines} {''.join(self.err.rest(10))}")

    def finish(self, timeout: float = 60) -> tuple[int, str, str]:
        try:
            code = self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            raise
        self.lines += self.out.rest(timeout)
        return code, "".join(self.lines), "".join(self.err.rest(timeout))


def cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.launch", "--data-dir", str(folder), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_second_instance_defers_and_cli_works_while_the_app_is_open(
    ride_folder: tuple[Path, int], tmp_path: Path
) -> None:
    folder, _ride_id = ride_folder
    first = App(
        folder,
        [
            {"op": "open"},
            {"op": "add_call"},
            {"op": "rate", "key": "opening", "level": 3},
            {"op": "wait", "ms": 120_000, "until_file": str(tmp_path / "go-on")},
            {"op": "rate", "key": "discovery", "level": 2},
            {"op": "quit"},
        ],
        tmp_path,
        "first",
    )
    first.wait_for("WAITING")
    # A second instance on the same folder: it must not open the store.
    second = App(folder, [{"op": "open"}, {"op": "add_call"}, {"op": "quit"}], tmp_path, "second")
    _code2, out2, err2 = second.finish()
    assert "OPENED" not in out2 and "ACK" not in out2, "a second instance wrote to the store"
    assert "already" in err2, err2
    # CLI commands meanwhile.
    check = cli(folder, "check")
    assert check.returncode == 0, check.stderr
    assert "Integrity:      ok" in check.stdout and "Also open in:   process" in check.stdout
    backup = cli(folder, "backup")
    assert backup.returncode == 0 and "Backup written" in backup.stdout, backup.stderr
    restore = cli(folder, "restore", "--newest")
    assert restore.returncode == 1 and "still open" in restore.stderr
    assert "Traceback" not in restore.stderr + check.stderr + backup.stderr
    (tmp_path / "go-on").touch()  # the first instance may finish its script now
    code1, out1, err1 = first.finish()
    assert code1 == 0, err1[-2000:]
    acks = [
        json.loads(line.split(" ", 1)[1]) for line in out1.splitlines() if line.startswith("ACK")
    ]
    assert [a["op"] for a in acks] == ["add_call", "rate", "rate"]
    assert integrity(folder / "fieldride.db") == "ok"
    with open_store(folder) as store:
        call_id = acks[0]["call"]
        assert rides.get_observation(store, call_id, "discovery").level == 2  # type: ignore[union-attr]
        assert len(rides.list_calls(store, _ride_id)) == 1  # the second instance added nothing
    assert [b.kind for b in list_backups(folder)].count("manual") == 1
