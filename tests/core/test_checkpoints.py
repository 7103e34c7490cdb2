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
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from fieldride.store import Store, open_store
from fieldride.store.checkpoints import (
    BACKLOG_FRAMES,
    JOURNAL_SIZE_LIMIT,
    QUIET_FRAMES,
    SOFT_FRAMES,
    Checkpointer,
    frames_waiting,
    wal_index,
)
from fieldride.team import sellers
from tests.waiting import LineReader


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
    # quiet_frames=1: the last frames are copied at the pause after the writing too, whatever
    # their number (with the app's 1,000 they may stay in the journal until the close)
    checkpointer = _settled(store).start_checkpoints(interval=0.02, quiet_frames=1)
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


def _record_starts(store: Store, checkpointer: Checkpointer) -> list[tuple[float, int]]:
    """Each time the checkpointer is about to start a checkpoint (it asks ``may_run`` then):
    the time, and the frames in the journal."""
    starts: list[tuple[float, int]] = []
    asked = checkpointer.may_run

    def may_run() -> bool:
        found = wal_index(_shm(store))
        starts.append((time.monotonic(), found[0] if found else -1))
        return asked()

    checkpointer.may_run = may_run
    return starts


def test_no_checkpoint_starts_while_edits_arrive_and_one_runs_after_the_pause(
    store: Store, tmp_path: Path
) -> None:
    """Issue 23: a checkpoint's syncs queue with the writer's COMMIT sync, and the commit after
    it starts the journal over (a second sync): none while keys arrive, one once they pause."""
    quiet = 0.4
    # any journal is copied after a pause here (the default waits for QUIET_FRAMES: below)
    checkpointer = _settled(store).start_checkpoints(interval=0.05, quiet=quiet, quiet_frames=1)
    starts = _record_starts(store, checkpointer)
    ended = [time.monotonic()]  # when each write returned
    until = ended[0] + 1.5
    while time.monotonic() < until:  # a key every 20 ms: far fewer frames than SOFT_FRAMES
        sellers.add_seller(store, f"Seller {len(ended):04d}")
        ended.append(time.monotonic())
        time.sleep(0.02)
    waiting = frames_waiting(_shm(store))
    assert waiting is not None and 0 < waiting < SOFT_FRAMES, waiting
    # under load a gap between two keys can outlast `quiet`: a checkpoint may start only then
    for at, _frames in starts:
        last = max(t for t in ended if t <= at)
        assert at - last >= quiet - 0.1, (at - last, starts)  # keys were 20 ms apart
    _wait(lambda: frames_waiting(_shm(store)) == 0, seconds=10)
    assert [at for at, _frames in starts if at > ended[-1]], "no checkpoint after the pause"
    assert checkpointer.runs >= 1 and checkpointer.failures == 0
    assert checkpointer.after_writes == 0
    assert _data_file_alone(store, tmp_path) == len(ended) - 1


def test_a_pause_leaves_a_short_journal_so_the_next_rating_does_not_start_it_over(
    store: Store, tmp_path: Path
) -> None:
    """Issue 23: a checkpoint that copies the whole journal makes the next commit start it over,
    which syncs the journal's new header besides the commit. Ratings a second apart (a
    manager's pace) each paid that second sync when every pause copied the journal; now a pause
    copies it only once it holds QUIET_FRAMES frames."""
    checkpointer = _settled(store).start_checkpoints(interval=0.02, quiet=0.1)
    mx_frames = []
    for i in range(4):  # four "ratings" with pauses of three quiet times between them
        sellers.add_seller(store, f"Seller {i}")
        mx_frames.append(wal_index(_shm(store))[0])  # type: ignore[index]
        time.sleep(0.3)
    assert checkpointer.runs == 0
    assert (
        mx_frames == sorted(mx_frames) and mx_frames[0] < mx_frames[-1]
    )  # appended, never restarted
    # a long journal is still copied at the next pause
    while wal_index(_shm(store))[0] < QUIET_FRAMES:  # type: ignore[index]
        sellers.add_seller(store, "More")
    _wait(lambda: frames_waiting(_shm(store)) == 0, seconds=10)
    assert checkpointer.runs >= 1 and checkpointer.failures == 0
    assert (
        _data_file_alone(store, tmp_path)
        == store.db.execute("SELECT count(*) FROM sellers").fetchone()[0]
    )


def test_a_writer_that_never_pauses_gets_checkpoints_after_its_writes(
    store: Store, tmp_path: Path
) -> None:
    """Never quiet for long enough (a fast import, the benchmark's 100 keys a second): past
    SOFT_FRAMES a checkpoint starts as a write ends, and the journal stays bounded."""
    checkpointer = _settled(store).start_checkpoints(interval=0.05, quiet=3600)
    starts = _record_starts(store, checkpointer)
    wal = Path(f"{store.path}-wal")
    largest = 0
    for i in range(3000):  # ~3 frames a commit: 9,000 frames without checkpoints
        sellers.add_seller(store, f"Seller {i:04d}")
        if i % 50 == 0:
            largest = max(largest, wal.stat().st_size)
        time.sleep(0.001)
    # none before the journal reached SOFT_FRAMES, unless the writer waited (catch_up)
    early = [frames for _at, frames in starts if frames < SOFT_FRAMES]
    assert len(early) <= checkpointer.catch_ups, (early, checkpointer.catch_ups)
    assert checkpointer.after_writes >= 2 and checkpointer.failures == 0
    assert largest <= JOURNAL_SIZE_LIMIT + BACKLOG_FRAMES * 4200, largest
    checkpointer.nudge()
    _wait(lambda: frames_waiting(_shm(store)) == 0)
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _data_file_alone(store, tmp_path) == 3000


def test_a_journal_that_a_burst_grew_is_not_truncated_when_it_starts_over(store: Store) -> None:
    """Issue 23: past SOFT_FRAMES the journal restarts after a checkpoint in the writer's gap;
    the commit that restarts it must not also truncate it (an ftruncate inside a key's COMMIT),
    so journal_size_limit is above what SOFT_FRAMES fill."""
    checkpointer = _settled(store).start_checkpoints(interval=0.05, quiet=3600)
    wal = Path(f"{store.path}-wal")
    largest = 0
    restarted = False
    previous = 0
    for i in range(4000):
        sellers.add_seller(store, f"Seller {i:04d}")
        found = wal_index(_shm(store))
        assert found is not None
        largest = max(largest, wal.stat().st_size)
        if found[0] < previous:  # the journal started over
            restarted = True
            break
        previous = found[0]
        time.sleep(0.001)
    assert restarted and checkpointer.after_writes >= 1
    assert previous >= SOFT_FRAMES
    assert wal.stat().st_size == largest, (wal.stat().st_size, largest)


WRITER = """
import sys
from pathlib import Path
from fieldride.store import open_store
from fieldride.team import sellers
store = open_store(Path(sys.argv[1]))
checkpointer = store.start_checkpoints(interval=0.01, quiet=float(sys.argv[2]))
i = 0
while True:
    sellers.add_seller(store, f"Seller {i:05d}")
    print(i, checkpointer.after_writes, flush=True)  # acknowledged: committed
    i += 1
"""


def test_a_kill_during_checkpoints_in_the_writers_gaps_loses_nothing_acknowledged(
    data_dir: Path,
) -> None:
    """SIGKILL a writer that never pauses, after checkpoints have run in the gaps after its
    writes: every seller it acknowledged is in the store, and the store is sound."""
    with open_store(data_dir):
        pass
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), "3600"],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        text=True,
    )
    acknowledged = -1
    try:
        assert proc.stdout is not None
        lines = LineReader(proc.stdout)
        deadline = time.monotonic() + 120
        in_gaps = 0
        while in_gaps < 2:  # checkpoints started as writes ended, past SOFT_FRAMES
            line = lines.next_line(deadline)
            assert line is not None, "the writer ended"
            acknowledged, in_gaps = (int(part) for part in line.split())
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        while (line := lines.next_line(time.monotonic() + 10)) is not None:
            acknowledged = int(line.split()[0])  # printed before the kill landed
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with open_store(data_dir) as store:
        assert store.was_unclean
        names = {row[0] for row in store.db.execute("SELECT name FROM sellers")}
        assert {f"Seller {i:05d}" for i in range(acknowledged + 1)} <= names
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
