"""SIGKILL the real app in the middle of a burst of capture edits: every edit it had shown as
saved is in the store, the store is sound, and the next start reopens the ride in progress.

The app process is the real one (``python -m tests.harness.drive_app``) driven by the scripted user in
``tests/harness/crash_driver.py`` (``FIELDRIDE_DRIVE``): key presses on the capture screen's rating grid,
typed evidence, F2 notes. It prints ``ACK`` only after the screen's ``saved`` signal, which the
screen emits only after the core call committed. Each (call, behaviour) is edited once per run,
so the stored value must equal the acknowledged one exactly. The long, randomised version (100
kills) is ``scripts/crash_harness.py``; this one stays bounded (~5 s).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from fieldride import rides
from fieldride.scorecards.defaults import install_defaults
from fieldride.scorecards.store import latest_version
from fieldride.store import open_store
from fieldride.team import sellers
from tests.waiting import LineReader

KILL_AFTER_ACKS = 17  # mid-burst: after the second call's first ratings


def _prepare(data_dir: Path) -> tuple[int, list[str]]:
    store = open_store(data_dir)
    try:
        install_defaults(store)
        seller = sellers.add_seller(store, "Crash Test")
        ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
        rides.add_call(store, ride.id, "visit", "First account")  # the ride is in progress
        version = latest_version(store, "field-visit")
        assert version is not None
        return ride.id, [b.key for b in version.card.behaviours()]
    finally:
        store.close()


def _script(keys: list[str]) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [{"op": "open"}]
    for call in range(3):
        steps.append({"op": "add_call"})
        for i, key in enumerate(keys):
            if i == 2:
                steps.append({"op": "no_opportunity", "key": key})
            else:
                steps.append({"op": "rate", "key": key, "level": 1 + (i + call) % 4})
        steps.append({"op": "evidence", "key": keys[0], "text": f"Evidence on call {call}"})
        steps.append({"op": "note", "text": f"Note {call}"})
    return steps


def _launch(data_dir: Path, script: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FIELDRIDE_DRIVE": str(script)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.harness.drive_app", "--data-dir", str(data_dir)],
        cwd=Path(__file__).resolve().parents[2],  # the repository: tests.harness importable
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def _read_until(proc: subprocess.Popen[str], done: Any, timeout: float = 30) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    reader = LineReader(proc.stdout)
    try:
        while (line := reader.next_line(deadline)) is not None:
            lines.append(line.strip())
            assert not line.startswith(("FAIL", "NOACK")), line
            if done(lines):
                return lines
    except TimeoutError:
        proc.kill()
    raise AssertionError(f"the app stopped or timed out; output: {lines[-5:]}")


@pytest.mark.slow
def test_sigkill_mid_burst_loses_nothing_shown_as_saved(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    ride_id, keys = _prepare(data_dir)
    script = tmp_path / "burst.jsonl"
    script.write_text("\n".join(json.dumps(s) for s in _script(keys)), encoding="utf-8")

    proc = _launch(data_dir, script)
    lines = _read_until(proc, lambda ls: sum(x.startswith("ACK") for x in ls) >= KILL_AFTER_ACKS)
    os.kill(proc.pid, signal.SIGKILL)  # the burst is still running: no clean shutdown
    proc.wait(timeout=10)
    acks = [json.loads(x.split(" ", 1)[1]) for x in lines if x.startswith("ACK")]
    opened = json.loads(next(x for x in lines if x.startswith("OPENED")).split(" ", 1)[1])
    assert opened["path"] == "ui" and opened["auto"]  # reopened by itself at start
    assert all(a["path"] == "ui" for a in acks)

    # Check a copy: a connection on the store itself would checkpoint and remove the WAL when it
    # closes, and the app rightly treats "unclean shutdown + WAL gone" as damage at next start.
    copy = tmp_path / "copy"
    copy.mkdir()
    for f in data_dir.glob("fieldride.db*"):
        shutil.copy2(f, copy / f.name)
    db = sqlite3.connect(copy / "fieldride.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    checked = 0
    for a in acks:
        if a["op"] in ("rate", "no_opportunity", "evidence"):
            row = db.execute(
                "SELECT level, no_opportunity, evidence FROM observations "
                "WHERE call_id = ? AND behaviour_key = ?",
                [a["call"], a["key"]],
            ).fetchone()
            assert row is not None, f"acknowledged edit lost: {a}"
            if a["op"] == "rate":
                assert (row[0], row[1]) == (a["level"], 0), a
            elif a["op"] == "no_opportunity":
                assert (row[0], row[1]) == (None, 1), a
            else:
                assert row[2] == a["text"], a
        elif a["op"] == "note":
            assert (
                db.execute(
                    "SELECT count(*) FROM quick_notes WHERE ride_id = ? AND text = ?",
                    [ride_id, a["text"]],
                ).fetchone()[0]
                == 1
            ), a
        elif a["op"] == "add_call":
            assert db.execute("SELECT 1 FROM calls WHERE id = ?", [a["call"]]).fetchone(), a
        checked += 1
    db.close()
    assert checked == KILL_AFTER_ACKS

    # the next start reopens the ride in progress by itself, on one of its calls
    reopen = tmp_path / "reopen.jsonl"
    reopen.write_text('{"op": "open"}\n{"op": "quit"}\n', encoding="utf-8")
    proc = _launch(data_dir, reopen)
    lines = _read_until(proc, lambda ls: any(x.startswith("QUIT") for x in ls))
    proc.wait(timeout=15)
    again = json.loads(next(x for x in lines if x.startswith("OPENED")).split(" ", 1)[1])
    assert again["auto"] and again["ride"] == ride_id
    assert again["call"] in {a["call"] for a in acks if a["op"] == "add_call"} | {opened["call"]}
