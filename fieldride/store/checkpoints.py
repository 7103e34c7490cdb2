"""WAL checkpoints off the writer's thread (issue 20, fault 12).

SQLite's automatic checkpoint (every 1,000 WAL pages) runs inside the COMMIT that crosses the
threshold, on the thread that commits: in the app that is the UI thread, and on the ten-year
store one rating in ~140 stalled ~44 ms while it copied the journal into the data file. The app
therefore turns it off on its writer connection (``PRAGMA wal_autocheckpoint = 0``) and
:class:`Checkpointer` copies the journal into the data file from a thread of its own, on a
connection of its own, with ``PRAGMA wal_checkpoint(PASSIVE)``: PASSIVE copies what no reader
still needs and never waits, so the writer is never held up. The last close still runs
``wal_checkpoint(TRUNCATE)`` (:meth:`fieldride.store.Store.close`), leaving no journal behind a
clean quit.

The WAL-reset bug (SQLite 3.7.0-3.51.2; this Python links 3.40.1): a checkpoint that *starts*
while another connection's commit resets the journal (which a writer does when the previous
checkpoint had copied every frame) can leave a wrong field in the shared header and later lose
committed pages. Two rules keep that moment from ever happening here:

- the checkpointer starts a checkpoint only when the journal holds frames not yet copied
  (``nBackfill < mxFrame``, read from the WAL index in the ``-shm`` file, whose layout is
  SQLite's documented file format, https://sqlite.org/walformat.html); only a checkpoint moves
  ``nBackfill``, and this thread is the only checkpointer while it runs, so the journal cannot
  become "all copied" — the condition for a reset — before the checkpoint it starts has begun;
  ``nBackfill`` is read before ``mxFrame``, so a reset under way reads as "nothing to copy";
- it runs only while no other process has the store open (their connections may checkpoint on
  their own; the last one to close does).

Bounded journal: checkpoints run every :attr:`Checkpointer.interval` seconds while frames wait,
so the journal holds about one interval of edits. The journal only starts over from its
beginning when a writer finds every frame copied, which a writer that never pauses (an import,
a merge, a benchmark typing 1,000 keys a second) never lets happen: past
:data:`BACKLOG_FRAMES` in the journal with some still waiting, the writer's next write first waits for one complete checkpoint
(:meth:`Checkpointer.catch_up`, called through :attr:`fieldride.store.StoreDb.before_write`),
as SQLite's own automatic checkpoint made it wait at every 1,000 pages. The writer's
``journal_size_limit`` truncates a journal that one big transaction grew once it restarts. A checkpoint that fails (disk full,
I/O error) is logged once per kind and tried again at the next interval.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path

from fieldride.store.markers import other_processes

log = logging.getLogger(__name__)

JOURNAL_SIZE_LIMIT = 4 * 1024 * 1024  # bytes kept of a journal after it restarts
# Frames in the journal since it last started over (~8 MB of 4 KiB pages) at which the writer
# waits for a complete checkpoint before its next write (Checkpointer.catch_up): only a writer
# that never pauses for a checkpoint to finish gets there.
BACKLOG_FRAMES = 2000

# WAL index (the -shm file), native byte order: the first copy of the header holds mxFrame at
# byte 16; the checkpoint info after the two 48-byte header copies starts with nBackfill.
_MX_FRAME_AT = 16
_N_BACKFILL_AT = 96
_U32 = struct.Struct("=I")


def wal_index(shm: Path) -> tuple[int, int] | None:
    """``(mxFrame, nBackfill)`` from the WAL index ``shm``: the frames in the journal since it
    last started over, and how many of them are copied into the data file; ``None`` when it
    cannot be read. ``nBackfill`` is read first: during a journal reset ``mxFrame`` drops to 0
    before ``nBackfill`` does, so a reset under way never reads as frames waiting."""
    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return None
    try:
        backfilled = os.pread(fd, 4, _N_BACKFILL_AT)
        header = os.pread(fd, 4, _MX_FRAME_AT)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(backfilled) < 4 or len(header) < 4:
        return None
    return int(_U32.unpack(header)[0]), int(_U32.unpack(backfilled)[0])


def frames_waiting(shm: Path) -> int | None:
    """Frames in the journal not yet copied into the data file (see :func:`wal_index`)."""
    found = wal_index(shm)
    return None if found is None else found[0] - found[1]


class Checkpointer:
    """Copies the journal of the store at ``path`` into its data file from a thread of its own.

    ``may_run()`` is asked before each checkpoint (the app says no while the start-up check of
    the file has not passed, or once the file was found replaced). :meth:`stop` ends the thread
    and closes its connection; call it before the writer connection closes. Counters
    (:attr:`runs`, :attr:`frames_copied`, :attr:`failures`) are for tests and benchmarks.
    """

    def __init__(
        self,
        path: Path,
        may_run: Callable[[], bool] = lambda: True,
        interval: float = 0.5,
    ) -> None:
        self.path = path
        self.may_run = may_run
        self.interval = interval
        self.runs = 0
        self.frames_copied = 0
        self.failures = 0
        self.wakes = 0  # loop turns ended (tests wait on it instead of sleeping)
        self.backlog = False  # frames waiting past BACKLOG_FRAMES: the writer should catch_up()
        self.catch_ups = 0
        self._wake = threading.Event()
        self._caught_up = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(
            target=self._loop, name="fieldride-checkpoints", daemon=True
        )
        self._logged: set[str] = set()

    def start(self) -> None:
        self._thread.start()

    def nudge(self) -> None:
        """Run the next checkpoint now rather than at the next interval (tests)."""
        self._wake.set()

    def catch_up(self, timeout: float = 2.0) -> None:
        """Called by the writer before a write: when the journal grew past
        :data:`BACKLOG_FRAMES` without starting over, wait (at most ``timeout`` seconds) for
        one checkpoint that copies every frame, so that the next commit starts the journal
        over. Does nothing otherwise (one attribute read)."""
        if not self.backlog or not self.running:
            return
        self.catch_ups += 1
        self._caught_up.clear()
        self._wake.set()
        if not self._caught_up.wait(timeout):
            log.info("the journal could not be copied whole within %.1f s (a reader)", timeout)

    def stop(self, timeout: float = 30.0) -> None:
        """End the thread (waiting for a checkpoint under way) and close its connection."""
        self._stopping = True
        self._wake.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _loop(self) -> None:
        conn: sqlite3.Connection | None = None
        shm = Path(f"{self.path}-shm")
        try:
            while not self._stopping:
                self._wake.wait(self.interval)
                self._wake.clear()
                if self._stopping:
                    break
                conn = self._turn(conn, shm)
                self.wakes += 1
        finally:
            self.backlog = False
            self._caught_up.set()
            if conn is not None:
                conn.close()

    def _turn(self, conn: sqlite3.Connection | None, shm: Path) -> sqlite3.Connection | None:
        """One turn: a checkpoint if frames wait and it may run; then the backlog flag."""
        found = wal_index(shm)
        waiting = None if found is None else found[0] - found[1]
        if (
            waiting is not None
            and waiting > 0
            and self.may_run()
            and not other_processes(self.path.parent)
        ):
            if conn is None:
                conn = self._connect()
            if conn is not None and self._checkpoint(conn):
                found = wal_index(shm)
                # a long journal with frames still waiting: the writer never paused
                self.backlog = (
                    found is not None and found[0] >= BACKLOG_FRAMES and found[0] > found[1]
                )
            else:  # a writer must not wait for checkpoints that fail
                self.backlog = False
        else:
            self.backlog = False
        if not self.backlog:
            self._caught_up.set()
        return conn

    def _connect(self) -> sqlite3.Connection | None:
        try:
            # mode=rw: never creates a file where the data file was deleted
            conn = sqlite3.connect(f"{self.path.as_uri()}?mode=rw", uri=True, timeout=0)
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            # the data file is synced before the journal may restart over copied frames
            conn.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as err:
            self._failed("open", err)
            return None
        return conn

    def _checkpoint(self, conn: sqlite3.Connection) -> bool:
        t0 = time.perf_counter()
        try:
            busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as err:
            self._failed("checkpoint", err)
            return False
        self.runs += 1
        self.frames_copied += max(0, int(copied))
        log.debug(
            "checkpoint: %s of %s frames copied in %.1f ms%s",
            copied,
            frames,
            (time.perf_counter() - t0) * 1000,
            " (a reader held the rest)" if busy else "",
        )
        return True

    def _failed(self, what: str, err: sqlite3.Error) -> None:
        self.failures += 1
        kind = f"{what}:{type(err).__name__}:{getattr(err, 'sqlite_errorname', '')}"
        if kind not in self._logged:  # once per kind: a full disk would fill the log otherwise
            self._logged.add(kind)
            log.warning("background %s failed (%s); tried again later", what, kind)
