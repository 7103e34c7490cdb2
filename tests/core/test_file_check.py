"""The background check of the data file can be cancelled (issue 23, deliver 3): quitting
interrupts it through SQLite instead of waiting for it, and a cancelled check never reads as a
verdict on the file, sound or damaged.

To cancel a check while it runs, deterministically, SQLite's progress handler on the check's
own connection holds it at its first steps until the test has cancelled it (no timing race).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from fieldride.store import (
    CheckCancelledError,
    CorruptStoreError,
    FileCheck,
    StoreError,
    open_store,
)
from fieldride.store import checks as store_checks
from fieldride.team import sellers


@pytest.fixture
def db_file(data_dir: Path) -> Path:
    with open_store(data_dir) as store:
        for i in range(200):
            sellers.add_seller(store, f"Seller {i}")
    return data_dir / "fieldride.db"


def hold_checks_until(
    monkeypatch: pytest.MonkeyPatch, release: Callable[[], bool]
) -> threading.Event:
    """Every check connection waits in SQLite's progress handler until ``release()`` is true
    (polled; at most 10 s). Returns an event set once a check is held there."""
    held = threading.Event()
    real = store_checks.read_only_connect

    def connect(db_file: Path, in_use: bool = False) -> sqlite3.Connection:
        conn = real(db_file, in_use)

        def handler() -> int:
            if held.is_set():  # held once: a regression fails the test instead of hanging it
                return 0
            held.set()
            for _ in range(1000):
                if release():
                    break
                threading.Event().wait(0.01)
            return 0  # go on: SQLite itself stops at its interrupt flag

        conn.set_progress_handler(handler, 1)
        return conn

    monkeypatch.setattr(store_checks, "read_only_connect", connect)
    return held


def run_in_thread(check: FileCheck) -> tuple[threading.Thread, list[BaseException | None]]:
    outcome: list[BaseException | None] = []

    def work() -> None:
        try:
            check.run()
        except BaseException as err:  # recorded for the test thread
            outcome.append(err)
        else:
            outcome.append(None)

    thread = threading.Thread(target=work)
    thread.start()
    return thread, outcome


def test_a_sound_file_passes_and_a_damaged_one_is_reported(db_file: Path) -> None:
    FileCheck(db_file).run()
    conn = sqlite3.connect(db_file)
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'idx_sellers_name'"
    ).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with db_file.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * (page_size - 1))
    with pytest.raises(CorruptStoreError):
        FileCheck(db_file).run()


def test_a_check_cancelled_before_it_starts_does_not_run(db_file: Path) -> None:
    check = FileCheck(db_file)
    check.cancel()
    with pytest.raises(CheckCancelledError):
        check.run()


def test_a_running_check_is_interrupted_and_gives_no_verdict(
    db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    check = FileCheck(db_file)
    held = hold_checks_until(monkeypatch, lambda: check.cancelled)
    thread, outcome = run_in_thread(check)
    assert held.wait(10), "the check started"
    check.cancel()  # from another thread than the check's: SQLite's interrupt
    thread.join(10)
    assert not thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], CheckCancelledError)
    assert isinstance(outcome[0], StoreError) and not isinstance(outcome[0], CorruptStoreError)
