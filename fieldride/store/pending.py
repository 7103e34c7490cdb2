"""Writes that could not be committed (disk full, read-only file, I/O error, a file held by
another program), kept in memory in the order they were made and tried again (issue 20, fault 1).

Every edit the app makes goes through :meth:`PendingWrites.attempt` on the store's one queue
(``store.pending``): the write is queued, replacing a queued write with the same ``key`` (the
newest state of the same thing wins: a rating, an evidence text, a draft), and the queue is run
from its head. A write whose commit fails for a reason of the storage (:func:`classify`) stays
in the queue with everything after it, the transaction is rolled back (SQLite may or may not
have done so itself), and :attr:`PendingWrites.failure` says what happened; nothing after the
failed write is tried before it (edits commit in the order they were made). The queue is run
again on every new edit and on :meth:`PendingWrites.retry` (the window calls it on a timer);
when space returns everything commits in order and each write's ``done`` callback runs then.

Why in memory, in the core: the store has one writer connection per process, so one queue per
store sees every write; writes are plain callables of the core's own functions, so the queue
needs no knowledge of what they do. Why keys replace: the app's edits are "set this to that"
(idempotent), so the newest queued state of a thing is all that needs to reach the disk.

Failure modes: a :class:`~fieldride.errors.DomainError` (a rule refused the write) leaves the
queue; on the first attempt it propagates to the caller (or goes to ``refused``); a refused
retry is logged and goes to ``refused``. Any other exception (a bug) leaves the queue and
propagates from :meth:`attempt`; from :meth:`retry` it is logged and the write dropped.
The log records the operation and the error class, never the text of an edit.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import time
from collections.abc import Callable, Hashable
from enum import Enum
from typing import Any, NamedTuple

from fieldride.errors import DomainError
from fieldride.i18n import N_, messages

log = logging.getLogger(__name__)

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 13, 14


class FailureKind(Enum):
    """Why the storage refused a write; the value names it in the log."""

    DISK_FULL = "disk full"
    READ_ONLY = "read-only"
    IO_ERROR = "I/O error"
    BUSY = "held by another program"


_WHAT = {  # what happened, what to do: clauses of the sentences below (N_: translated there)
    FailureKind.DISK_FULL: (N_("The disk is full"), N_("Free some space")),
    FailureKind.READ_ONLY: (
        N_("The data file cannot be written (it or its drive is read-only)"),
        N_("Check the file's permissions or the drive"),
    ),
    FailureKind.IO_ERROR: (
        N_("The disk reported an error"),
        N_("Check the drive (is it still connected?)"),
    ),
    FailureKind.BUSY: (
        N_("Another program is holding the data file"),
        N_("Close that program"),
    ),
}


def _said(kind: FailureKind, sentence: str, **more: str) -> str:
    """``sentence`` (marked with N_) in the interface language, its ``{what}`` and ``{todo}``
    filled with what happened and what to do about ``kind``."""
    t = messages()
    what, todo = _WHAT[kind]
    return t.gettext(sentence).format(what=t.gettext(what), todo=t.gettext(todo), **more)


def classify(err: BaseException) -> FailureKind | None:
    """The storage reason behind ``err``, or None when it is not one (a bug, a rule).

    SQLite errors by their result code (``sqlite_errorcode``; the message as a fallback), file
    errors by ``errno``."""
    if isinstance(err, sqlite3.Error):
        code = getattr(err, "sqlite_errorcode", None)
        if isinstance(code, int):
            primary = code & 0xFF
            if primary == _SQLITE_FULL:
                return FailureKind.DISK_FULL
            if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN):
                return FailureKind.READ_ONLY
            if primary == _SQLITE_IOERR:
                return FailureKind.IO_ERROR
            if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
                return FailureKind.BUSY
            return None
        text = str(err).lower()
        for words, kind in (
            ("disk is full", FailureKind.DISK_FULL),
            ("readonly", FailureKind.READ_ONLY),
            ("disk i/o error", FailureKind.IO_ERROR),
            ("locked", FailureKind.BUSY),
        ):
            if words in text:
                return kind
        return None
    if isinstance(err, OSError):
        if err.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return FailureKind.DISK_FULL
        if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return FailureKind.READ_ONLY
        if err.errno == errno.EIO:
            return FailureKind.IO_ERROR
    return None


def error_name(err: BaseException) -> str:
    """The error class for the log, with SQLite's code name when there is one
    (``OperationalError/SQLITE_FULL``, ``OSError/ENOSPC``): never the message, which may quote
    data."""
    name = type(err).__name__
    code = getattr(err, "sqlite_errorname", None)
    if isinstance(err, OSError) and err.errno is not None:
        code = errno.errorcode.get(err.errno, str(err.errno))
    return f"{name}/{code}" if code else name


class StorageFailure(NamedTuple):
    """The failure that holds the queue: what, which operation, the error class, when."""

    kind: FailureKind
    operation: str
    error: str  # error class (see error_name), never the message
    at: float  # time.time() of the failure

    def message(self, since: str) -> str:
        """One plain line for the user: what happened, what is not saved (``since`` is a time
        of day), what to do."""
        return _said(
            self.kind,
            N_("{what} — nothing since {since} is saved. {todo}; FieldRide will try again."),
            since=since,
        )


def lost_message(kind: FailureKind) -> str:
    """For a write that could not wait in the queue: it is not saved and must be made again."""
    return _said(kind, N_("{what} — that change was not saved. {todo}, then make it again."))


def kept_message(kind: FailureKind) -> str:
    """For a dialog whose write failed: nothing was saved, what was entered is still in the
    dialog, and the same button saves it once the cause is gone."""
    return _said(
        kind,
        N_(
            "{what} — nothing was saved, and what you entered is still here. {todo}, then try again."
        ),
    )


class _Write(NamedTuple):
    operation: str
    write: Callable[[], Any]
    done: Callable[[Any], None] | None
    refused: Callable[[DomainError], None] | None


class PendingWrites:
    """The store's queue of writes not committed yet (see the module docstring).

    ``rollback`` ends a transaction a failed commit left open (the store passes its
    connection's). ``failure`` is the failure holding the queue (None while writes commit);
    ``last_saved`` the time of the last write that committed (None before the first);
    ``since`` the time from which nothing is saved (the last commit before the failure, else the
    failure itself). Listeners are called after every change of that state (a failure, a
    commit that emptied the queue)."""

    def __init__(self, rollback: Callable[[], None], clock: Callable[[], float] = time.time):
        self._rollback = rollback
        self._clock = clock
        self._queue: dict[Hashable, _Write] = {}
        self._serial = 0
        self._running = False
        self.failure: StorageFailure | None = None
        self.last_saved: float | None = None
        self.since: float | None = None
        self.failed_writes = 0  # attempts that failed for a storage reason, this session
        self._listeners: list[Callable[[], None]] = []

    def __len__(self) -> int:
        return len(self._queue)

    def __bool__(self) -> bool:
        return bool(self._queue)

    def holds(self, key: Hashable) -> bool:
        """True while a write under ``key`` waits in the queue."""
        return key in self._queue

    def operations(self) -> list[str]:
        """The operations waiting, oldest first (for the log and the close prompt)."""
        return [w.operation for w in self._queue.values()]

    def add_listener(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def attempt(
        self,
        operation: str,
        write: Callable[[], Any],
        *,
        key: Hashable | None = None,
        done: Callable[[Any], None] | None = None,
        refused: Callable[[DomainError], None] | None = None,
    ) -> bool:
        """Queue ``write`` (under ``key``, replacing a queued write with that key; a fresh key
        when None) and run the queue. True when this write committed before the call returned
        (``done`` has then been called with its result); False when it waits in the queue
        (``failure`` says why) or runs later in a run already under way.

        ``operation`` names the write in the log (no personal text). A DomainError on this first
        attempt goes to ``refused``, or propagates when there is none."""
        if key is None:
            self._serial += 1
            key = ("write", self._serial)
        self._queue.pop(key, None)  # the newest state of a thing goes to the end of the queue
        self._queue[key] = _Write(operation, write, done, refused)
        if self._running:
            return False
        return self._run(first=key)

    def cancel(self, key: Hashable) -> bool:
        """Drop the write waiting under ``key`` (its edit was taken back before it reached the
        disk); True when there was one."""
        found = self._queue.pop(key, None) is not None
        if found and not self._queue:
            self._cleared()
        return found

    def retry(self) -> bool:
        """Run the queue again (the window's timer, or after space was freed). True when it is
        empty afterwards."""
        if self._queue and not self._running:
            self._run(first=None)
        return not self._queue

    # --- running ------------------------------------------------------------------------------
    def _run(self, first: Hashable | None) -> bool:
        """Run the queue from its head; True when the write under ``first`` committed."""
        self._running = True
        committed = False
        had_failure = self.failure is not None
        try:
            while self._queue:
                key, item = next(iter(self._queue.items()))
                try:
                    result = item.write()
                except DomainError as err:
                    self._queue.pop(key, None)
                    self._end_transaction()
                    log.info("write refused: %s", item.operation)
                    if item.refused is not None:
                        item.refused(err)
                    elif key == first:
                        raise
                    continue
                except Exception as err:
                    self._end_transaction()
                    kind = classify(err)
                    if kind is None:
                        self._queue.pop(key, None)
                        if key == first:
                            raise
                        log.exception("a waiting write failed and was dropped: %s", item.operation)
                        continue
                    self._failed(kind, item.operation, err)
                    return committed
                self._queue.pop(key, None)
                self.last_saved = self._clock()
                committed = committed or key == first
                if item.done is not None:
                    item.done(result)
            if had_failure or self.failure is not None:
                self._cleared()
            return committed
        finally:
            self._running = False

    def _end_transaction(self) -> None:
        try:
            self._rollback()
        except sqlite3.Error:  # the transaction was already gone (SQLite rolled it back)
            log.debug("rollback after a failed write: nothing to roll back")

    def _failed(self, kind: FailureKind, operation: str, err: BaseException) -> None:
        now = self._clock()
        first = self.failure is None
        self.failed_writes += 1
        if first:
            self.since = self.last_saved if self.last_saved is not None else now
        self.failure = StorageFailure(kind, operation, error_name(err), now)
        if first:
            log.error(
                "write failed, kept to try again: %s (%s, %s); %d waiting",
                operation,
                kind.value,
                error_name(err),
                len(self._queue),
            )
        else:
            log.debug("write still failing: %s (%s)", operation, error_name(err))
        self._notify()

    def _cleared(self) -> None:
        if self.failure is not None:
            log.warning(
                "writes commit again after %d failed attempts (%s); nothing waits",
                self.failed_writes,
                self.failure.kind.value,
            )
        self.failure = None
        self.since = None
        self._notify()

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener()
