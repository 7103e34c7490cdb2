"""Checkpoints off the writer's thread (issue 20, fault 12).

SQLite's automatic checkpoint ran inside the COMMIT that crossed 1,000 journal pages, on the
thread that committed (the UI thread): one rating in ~140 stalled ~44 ms on the ten-year store.
With :meth:`Store.start_checkpoints` no commit of the writer copies the journal; a thread of its
own does, on its own connection. Real store files; the journal's state is read from SQLite's
WAL index (``-shm``) and from the data file alone (copied without its journal).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

from fieldride.store import Store, open_store
from fieldride.store.checkpoints import (
    BACKLOG_FRAMES,
    JOURNAL_SIZE_LIMIT,
    Checkpointer,
    frames_waiting,
)
from fieldride.team import sellers


def _shm(store: Store) -> Path:
    return Path(f"{store.path}-shm")


def _wait(condition: object, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def _turns(checkpointer: Checkpointer) -> None:
    """Two whole loop turns of the checkpointer after now (the first may have begun before)."""
    start = checkpointer.wakes
    checkpointer.nudge()
    _wait(lambda: checkpointer.wakes >= start + 1)
    checkpointer.nudge()
    _wait(lambda: checkpointer.wakes >= start + 2)


def _settled(store: Store) -> Store:
    """The store with its schema copied into the data file (as after a clean close)."""
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store


def _data_file_alone(store: Store, tmp_path: Path) -> int:
    """Sellers in a copy of the data file without its journal: what checkpoints copied."""
    copy = tmp_path / "alone.db"
    shutil.copyfile(store.path, copy)
    conn = sqlite3.connect(copy)
    try:
        return int(conn.execute("SELECT count(*) FROM sellers").fetchone()[0])
    finally:
        conn.close()


def test_no_commit_of_the_writer_copies_the_journal(store: Store, tmp_path: Path) -> None:
    checkpointer = _settled(store).start_checkpoints(interval=3600)  # only when nudged in this test
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    before = _data_file_alone(store, tmp_path)
    for i in range(1500):  # each commit adds frames: far past SQLite's 1,000-page threshold
        sellers.add_seller(store, f"Seller {i:04d}")
    waiting = frames_waiting(_shm(store))
    assert waiting is not None and waiting > 1000, waiting  # no COMMIT checkpointed
    assert _data_file_alone(store, tmp_path) == before
    assert checkpointer.runs == 0

    checkpointer.nudge()
    _wait(lambda: frames_waiting(_shm(store)) == 0)
    assert checkpointer.runs >= 1 and checkpointer.failures == 0
    assert _data_file_alone(store, tmp_path) == before + 1500


def test_the_journal_stays_bounded_while_the_writer_keeps_committing(
    store: Store, tmp_path: Path
) -> None:
    checkpointer = _settled(store).start_checkpoints(interval=0.02)
    largest = 0
    wal = Path(f"{store.path}-wal")
    for i in range(3000):
        sellers.add_seller(store, f"Seller {i:04d}")
        if i % 50 == 0:
            largest = max(largest, wal.stat().st_size)
    _wait(lambda: frames_waiting(_shm(store)) == 0)
    assert checkpointer.runs >= 2 and checkpointer.failures == 0
    # ~3 frames a commit: 9,000 frames (37 MB) of journal without checkpoints
    assert largest <= JOURNAL_SIZE_LIMIT + BACKLOG_FRAMES * 4200, largest
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _data_file_alone(store, tmp_path) == 3000
    store.close()
    assert not checkpointer.running
    assert not wal.exists() or wal.stat().st_size == 0  # TRUNCATE at a clean close


def test_nothing_is_copied_before_the_start_up_check_passed(store: Store, tmp_path: Path) -> None:
    store.check_pending = True
    checkpointer = _settled(store).start_checkpoints(interval=3600)
    for i in range(20):
        sellers.add_seller(store, f"Seller {i}")
    _turns(checkpointer)
    assert checkpointer.runs == 0
    assert _data_file_alone(store, tmp_path) == 0
    store.check_pending = False
    _turns(checkpointer)
    assert checkpointer.runs >= 1
    assert _data_file_alone(store, tmp_path) == 20


def test_a_deleted_data_file_is_not_made_again(store: Store) -> None:
    checkpointer = _settled(store).start_checkpoints(interval=3600)
    sellers.add_seller(store, "Ana")
    store.path.unlink()
    _turns(checkpointer)
    assert checkpointer.runs == 0
    assert not store.path.exists()


def test_another_process_holding_the_store_pauses_checkpoints(data_dir: Path) -> None:
    with open_store(data_dir) as first:
        checkpointer = first.start_checkpoints(interval=3600)
        sellers.add_seller(first, "Ana")
        # a second store in this process stands for another process: its marker is our pid's,
        # so write one for a live process that is not us (our parent)
        other = data_dir / f"fieldride.open.{os.getppid()}"
        other.write_text("", encoding="utf-8")
        try:
            _turns(checkpointer)
            assert checkpointer.runs == 0
        finally:
            other.unlink()
        _turns(checkpointer)
        assert checkpointer.runs >= 1
