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

When: the journal is copied once the writer has been quiet for :data:`QUIET_S` (no write for
that long) and it holds :data:`QUIET_FRAMES` frames, not on a fixed tick while edits arrive. The commit after a checkpoint that copied
every frame starts the journal over, which costs it a second sync (of the journal's new
header), and a checkpoint's own syncs of the journal and the data file can queue with the
writer's sync of its COMMIT on the same disk. On a fixed half-second tick one key in ~25 of a
fast burst paid one or the other (issue 23: the ten-year keystroke p99.9); copying at every
pause, whatever the journal held, made nearly every rating typed at a manager's pace (a second
or more apart) start the journal over.

Bounded journal: the journal only starts over from its beginning when a writer finds every frame
copied, which a writer that never pauses for :data:`QUIET_S` (an import, a merge, a benchmark
typing 100 keys a second) never lets happen by itself. Two limits keep it bounded:

- past :data:`SOFT_FRAMES` in the journal with some waiting, a checkpoint starts right after
  the writer's next write ends (:meth:`Checkpointer.wrote`, called through
  :attr:`fieldride.store.StoreDb.after_write`), in the gap before its next one; it usually
  copies every frame, and the writer's next commit starts the journal over;
- past :data:`BACKLOG_FRAMES` with some still waiting, the writer's next write first waits for
  one complete checkpoint (:meth:`Checkpointer.catch_up`, called through
  :attr:`fieldride.store.StoreDb.before_write`), as SQLite's own automatic checkpoint made it
  wait at every 1,000 pages.

The writer's ``journal_size_limit`` (:data:`JOURNAL_SIZE_LIMIT`, above what
:data:`SOFT_FRAMES` fill) truncates a journal that one big transaction grew once it restarts;
the journal of a burst keeps its size, and the next burst's commits write over it. A checkpoint that fails (disk full, I/O error) is logged once per kind and tried again
at the next turn.
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

# Bytes kept of a journal after it restarts: more than SOFT_FRAMES frames of 4 KiB pages, so the
# commit that restarts a journal a burst grew does not also truncate it (with 4 MiB, 1.3-5 ms of
# ftruncate inside that key's COMMIT, issue 23); only one big transaction's journal is cut back.
JOURNAL_SIZE_LIMIT = 8 * 1024 * 1024
# Frames in the journal since it last started over (~8 MB of 4 KiB pages) at which the writer
# waits for a complete checkpoint before its next write (Checkpointer.catch_up): only a writer
# that never pauses for a checkpoint to finish gets there.
BACKLOG_FRAMES = 2000
# Frames in the journal since it last started over at which a writer that does not pause gets a
# checkpoint anyway, started as one of its writes ends (Checkpointer.wrote).
SOFT_FRAMES = 1500
# Seconds without a write after which the journal is copied: longer than the gaps between a
# fast typist's keys, short enough that a pause in the work copies it.
QUIET_S = 0.4
# Frames the journal must hold (since it last started over) before a pause copies it. A journal
# copied whole starts over at the next commit, which then syncs the journal's new header as well
# as itself: at a manager's pace (a pause before nearly every rating) copying every few frames
# made nearly every rating pay that second sync. SQLite's own automatic checkpoint waits for
# 1,000 pages too. Below it the frames stay in the journal (committed and synced like any
# other) until a later pause, or the TRUNCATE at close.
QUIET_FRAMES = 1000

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

    A checkpoint runs when frames wait, the journal holds ``quiet_frames`` frames and the
    writer has written nothing for ``quiet`` seconds (the writer reports each write's end
    through :meth:`wrote`), right after a write
    once the journal is past :data:`SOFT_FRAMES`, and at once when nudged (:meth:`nudge`) or when
    the writer waits in :meth:`catch_up`. The thread looks at least every ``interval`` seconds.
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
        quiet: float = QUIET_S,
        quiet_frames: int = QUIET_FRAMES,
    ) -> None:
        self.path = path
        self.may_run = may_run
        self.interval = interval
        self.quiet = quiet
        self.quiet_frames = quiet_frames
        self.runs = 0
        self.frames_copied = 0
        self.failures = 0
        self.wakes = 0  # loop turns ended (tests wait on it instead of sleeping)
        self.backlog = False  # frames waiting past BACKLOG_FRAMES: the writer should catch_up()
        self.catch_ups = 0
        self.after_writes = 0  # checkpoints started as a write ended (past SOFT_FRAMES)
        self.last_write = time.monotonic()  # when the writer's last write ended
        self._due = False  # past SOFT_FRAMES: the next write's end wakes the thread
        # nudged, or the writer waits in catch_up: run now (a count, so that a request made
        # while a turn runs is never lost)
        self._requested = 0
        self._served = 0
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
        """Run the next checkpoint now, whether or not the writer is quiet (tests)."""
        self._requested += 1
        self._wake.set()

    def wrote(self) -> None:
        """Called by the writer each time one of its transactions ended (a write committed, or
        an ``atomic`` block ended either way): restarts the quiet time, and wakes the thread
        when the journal is past :data:`SOFT_FRAMES`, so that its checkpoint runs in the gap
        after this write rather than during the next one. Two attribute writes otherwise."""
        self.last_write = time.monotonic()
        if self._due:
            self._due = False
            self._wake.set()

    def quiet_for(self) -> float:
        """Seconds since the writer's last transaction ended (see :meth:`wrote`)."""
        return time.monotonic() - self.last_write

    def catch_up(self, timeout: float = 2.0) -> None:
        """Called by the writer before a write: when the journal grew past
        :data:`BACKLOG_FRAMES` without starting over, wait (at most ``timeout`` seconds) for
        one checkpoint that copies every frame, so that the next commit starts the journal
        over. Does nothing otherwise (one attribute read)."""
        if not self.backlog or not self.running:
            return
        self.catch_ups += 1
        self._caught_up.clear()
        self._requested += 1
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
        timeout = self.interval
        try:
            while not self._stopping:
                woken = self._wake.wait(timeout)
                self._wake.clear()
                if self._stopping:
                    break
                conn, timeout = self._turn(conn, shm, woken)
                self.wakes += 1
        finally:
            self.backlog = False
            self._caught_up.set()
            if conn is not None:
                conn.close()

    def _turn(
        self, conn: sqlite3.Connection | None, shm: Path, woken: bool
    ) -> tuple[sqlite3.Connection | None, float]:
        """One turn: a checkpoint if frames wait, it is time (see the class) and it may run;
        then the backlog flags. Returns the connection and how long to wait for the next turn."""
        requested = self._requested
        urgent = requested != self._served
        self._served = requested  # one made from here on is seen by the next turn
        # woken and not urgent: wrote() woke this thread as a write ended (past SOFT_FRAMES)
        after_write = woken and not urgent
        self._due = False
        timeout = self.interval
        found = wal_index(shm)
        waiting = None if found is None else found[0] - found[1]
        if waiting is not None and waiting > 0:
            quiet_for = self.quiet_for()
            soft = found is not None and found[0] >= SOFT_FRAMES
            in_gap = soft and after_write and quiet_for < self.quiet
            paused = quiet_for >= self.quiet and found is not None and found[0] >= self.quiet_frames
            if not (urgent or paused or in_gap):
                # edits are arriving, or the journal is short: look again once the writer may
                # have paused; past SOFT_FRAMES, the end of its next write wakes this thread
                self._due = soft
                if quiet_for >= self.quiet:  # paused with a short journal: no hurry
                    return conn, self.interval
                return conn, min(self.interval, max(0.01, self.quiet - quiet_for))
            if self.may_run() and not other_processes(self.path.parent):
                if conn is None:
                    conn = self._connect()
                if conn is not None and self._checkpoint(conn):
                    self.after_writes += int(in_gap)
                    found = wal_index(shm)
                    # a long journal with frames still waiting: the writer never paused
                    self.backlog = (
                        found is not None and found[0] >= BACKLOG_FRAMES and found[0] > found[1]
                    )
                else:  # a writer must not wait for checkpoints that fail
                    self.backlog = False
            else:
                self.backlog = False
        else:
            self.backlog = False
        if not self.backlog:
            self._caught_up.set()
        return conn, timeout

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
