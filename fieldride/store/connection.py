"""An open store (:class:`Store`: the writer connection plus where it lives) and the writer
connection itself (:func:`connect_writer`, :func:`pragmas`).

Opening, checking and migrating a store is :func:`fieldride.store.open_store`; this module knows
nothing of migrations or backups, so the backup module can take a :class:`Store` without an
import cycle.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from fieldride.i18n import messages
from fieldride.store.checks import BUSY_TIMEOUT_MS
from fieldride.store.errors import StoreError, StoreReplacedError
from fieldride.store.sql import StoreDb

if TYPE_CHECKING:
    from fieldride.store.checkpoints import Checkpointer
    from fieldride.store.pending import PendingWrites


class Store:
    """An open store: the database connection (:class:`~fieldride.store.sql.StoreDb`) plus where it
    lives.

    One per process. ``db`` is the single writer connection: use ``db.execute`` for writes,
    ``db.query`` for reads and ``with db.atomic():`` around multi-step writes.
    ``was_unclean`` tells that the previous session ended without a clean close (the full
    ``integrity_check`` ran); ``other_processes`` lists the ids of live processes that had the
    store open when it was opened.
    """

    def __init__(
        self,
        db: StoreDb,
        folder: Path,
        path: Path,
        was_unclean: bool = False,
        check_pending: bool = False,
        backups_made: list[Path] | None = None,
        other_processes: list[int] | None = None,
    ) -> None:
        self.db = db
        self.folder = folder
        self.path = path
        self.was_unclean = was_unclean
        self.check_pending = check_pending
        self.backups_made: list[Path] = backups_made or []
        self.other_processes: list[int] = other_processes or []
        self._closed = False
        self._identity = _identity(path)  # which file was opened: (device, inode, had data)
        self.checkpointer: Checkpointer | None = None

    @cached_property
    def pending(self) -> PendingWrites:
        """The queue the app's edits go through (:class:`~fieldride.store.pending.PendingWrites`),
        made on first use: a command that only reads never needs it."""
        from fieldride.store.pending import PendingWrites

        return PendingWrites(self.db.rollback)

    def __repr__(self) -> str:
        return f"Store({self.path}{', closed' if self._closed else ''})"

    def start_checkpoints(
        self, interval: float = 0.5, quiet: float | None = None, quiet_frames: int | None = None
    ) -> Checkpointer:
        """Move the journal's checkpoints off the writer's thread (the app's UI thread): SQLite's
        automatic checkpoint inside a COMMIT is turned off on the writer connection and a
        :class:`~fieldride.store.checkpoints.Checkpointer` thread copies the journal into the
        data file once the writer has been quiet for ``quiet`` seconds (default
        :data:`~fieldride.store.checkpoints.QUIET_S`) and the journal holds ``quiet_frames``
        frames (default :data:`~fieldride.store.checkpoints.QUIET_FRAMES`), looking at least
        every ``interval``
        seconds; a writer that never pauses gets checkpoints in the gaps after its writes and,
        past a bound, waits for one (see that module). It waits while
        :attr:`check_pending` (the start-up check of the file has not passed) and once the file
        is no longer the one opened. Stopped by :meth:`close` and :meth:`abandon`. Calling it
        again returns the running one."""
        if self.checkpointer is None:
            from fieldride.store.checkpoints import QUIET_FRAMES, QUIET_S, Checkpointer

            self.db.execute("PRAGMA wal_autocheckpoint = 0")
            self.checkpointer = Checkpointer(
                self.path,
                may_run=lambda: (
                    not self.check_pending and not self._closed and self.file_is_intact()
                ),
                interval=interval,
                quiet=QUIET_S if quiet is None else quiet,
                quiet_frames=QUIET_FRAMES if quiet_frames is None else quiet_frames,
            )
            self.checkpointer.start()
            self.db.before_write = self.checkpointer.catch_up
            self.db.after_write = self.checkpointer.wrote
        return self.checkpointer

    def _stop_checkpoints(self) -> None:
        if self.checkpointer is not None:
            self.db.before_write = None
            self.db.after_write = None
            self.checkpointer.stop()

    def close(self) -> None:
        """Checkpoint, close the connection and remove this process's unclean-shutdown marker.

        Safe to call twice. A background checkpointer is stopped first (one checkpointer at a
        time). A failed checkpoint is logged, never raised: the WAL stays and
        SQLite replays it at the next open. While another process has the store open we do not
        checkpoint: two processes checkpointing at once is the trigger of SQLite's WAL-reset bug
        (STACK-NOTES), and the last process to close checkpoints anyway.
        """
        if self._closed:
            return
        from fieldride.store.markers import (
            mark_stale_checkpointed,
            other_processes,
            release_marker,
        )

        self._closed = True
        self._stop_checkpoints()
        if not other_processes(self.folder):
            try:
                busy = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            except sqlite3.Error:  # closing must not fail because a checkpoint could not run
                import logging  # only on this failure: a query command never imports it

                logging.getLogger(__name__).warning("WAL checkpoint at close failed", exc_info=True)
            else:
                if busy == 0:  # everything in the shared journal is now in the data file
                    mark_stale_checkpointed(self.folder)
        self.db.close()
        release_marker(self.folder)

    def abandon(self) -> None:
        """Close without touching the data file: no checkpoint, the journal stays as it is.

        For a file found damaged while open (the background check failed): SQLite checkpoints
        when the last connection to a WAL database closes, which would copy the journal into
        the damaged file. A read-only connection held open across the close keeps the writer
        from being the last one (it cannot take the exclusive lock a checkpoint on close
        needs); a read-only connection never checkpoints itself. The marker is removed, so the
        recovery window may restore a backup. Safe to call twice, or after :meth:`close`.
        """
        if self._closed:
            return
        from fieldride.store.markers import release_marker

        self._closed = True
        self._stop_checkpoints()
        guard: sqlite3.Connection | None = None
        try:
            guard = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
            guard.execute("BEGIN")  # a read transaction: its shared lock outlives the close
            guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            import logging  # only on this failure: a query command never imports it

            logging.getLogger(__name__).warning(
                "could not hold the data file open while abandoning it", exc_info=True
            )
        try:
            self.db.close()
        finally:
            if guard is not None:
                guard.close()
            release_marker(self.folder)

    def check_file(self) -> None:
        """Raise :class:`StoreReplacedError` when the data file at :attr:`path` is no longer the
        file this store opened: deleted, emptied (0 bytes after it held data) or replaced by
        another file. One ``stat`` call: cheap enough to run after every commit."""
        if self._identity is None:  # could not tell at open: nothing to compare with
            return
        device, inode, had_data = self._identity
        try:
            now = os.stat(self.path)
        except FileNotFoundError:
            raise StoreReplacedError(
                messages().gettext("The data file {path} was deleted.").format(path=self.path)
            ) from None
        except OSError as err:
            raise StoreReplacedError(
                messages()
                .gettext("The data file {path} cannot be reached ({strerror}).")
                .format(path=self.path, strerror=err.strerror)
            ) from None
        if (now.st_dev, now.st_ino) != (device, inode):
            raise StoreReplacedError(
                messages()
                .gettext("The data file {path} was replaced by another file.")
                .format(path=self.path)
            )
        if had_data and now.st_size == 0:
            raise StoreReplacedError(
                messages()
                .gettext("The data file {path} was emptied (it is 0 bytes).")
                .format(path=self.path)
            )

    def file_is_intact(self) -> bool:
        """True while the data file at :attr:`path` is still the one this store opened (see
        :meth:`check_file`)."""
        try:
            self.check_file()
        except StoreReplacedError:
            return False
        return True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _identity(path: Path) -> tuple[int, int, bool] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino, found.st_size > 0


# --- the writer connection -------------------------------------------------------------------


@contextlib.contextmanager
def read_only_store(db_path: str | os.PathLike[str]) -> Iterator[Store]:
    """A :class:`Store` on a read-only connection of its own, for a background thread (the
    writer connection belongs to the thread that opened it; in WAL mode this reader sees the
    last commit and never blocks the writer). Closed when the block ends."""
    path = Path(db_path)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield Store(db=StoreDb(conn), folder=path.parent, path=path)
    finally:
        conn.close()


def connect_writer(path: Path) -> StoreDb:
    """The store's one writer connection on ``path``, with the pragmas the store depends on:
    WAL (checked; StoreError when it cannot be had), synchronous=FULL (+ fullfsync on macOS),
    foreign keys on, a busy timeout."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = StoreDb(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.close()
        raise StoreError(
            messages()
            .gettext(
                "Could not switch {path} to write-ahead logging (got '{mode}'). The folder may be on a network drive; choose a local folder."
            )
            .format(path=path, mode=mode)
        )
    db.execute("PRAGMA synchronous = FULL")
    if sys.platform == "darwin":
        db.execute("PRAGMA fullfsync = ON")
    db.execute("PRAGMA foreign_keys = ON")
    from fieldride.store.checkpoints import JOURNAL_SIZE_LIMIT

    # a journal one large transaction grew is cut back to this size when it next restarts
    db.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
    return db


def pragmas(db: StoreDb) -> dict[str, object]:
    """Current values of the pragmas the store depends on (for tests and ``fieldride check``)."""
    names = ["journal_mode", "synchronous", "foreign_keys", "busy_timeout"]
    return {name: db.execute(f"PRAGMA {name}").fetchone()[0] for name in names}
