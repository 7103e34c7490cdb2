"""Logging to ``<data>/logs/fieldride.log`` (0600, rotated at start).

Privacy rule: log messages never contain personal text (names, evidence, notes). Log events and
counts, not content; tests scan the log for the text they typed.

Rotation happens when logging is set up (each start of the app or of a command): a log over
``MAX_BYTES`` becomes ``fieldride.log.1`` and older ones shift up to ``.BACKUPS``. The app logs
events, not content, so one session stays far below the limit; rotating at start keeps
``logging.handlers`` (and the socket, pickle and queue modules it imports) off the start-up
path.

On a full disk (or a failing one) the log cannot be written either: :class:`LogFile` keeps the
records the disk refused in memory (the newest ``HELD_RECORDS``) and writes them, in order,
before the next record once the disk takes them again. It never prints to stderr (the standard
``FileHandler`` prints a "Logging error" traceback there for every refused record).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections import deque
from pathlib import Path

from fieldride import paths

MAX_BYTES = 1_000_000
BACKUPS = 3
HELD_RECORDS = 500  # records kept while the disk refuses them (the newest; older are counted)


class LogFile(logging.Handler):
    """Appends each record to ``path`` with one ``os.write``; see the module docstring."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._fd: int | None = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._held: deque[bytes] = deque()
        self._dropped = 0
        self._writing = False

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = (self.format(record) + "\n").encode("utf-8", "replace")
        except Exception:  # a bad format string must not stop the app
            line = f"unformattable log record from {record.name}\n".encode()
        if len(self._held) >= HELD_RECORDS:
            self._held.popleft()
            self._dropped += 1
        self._held.append(line)
        self._write_held()

    def _write_held(self) -> None:
        # A signal handler that logs (the app's Ctrl+C, ui/os_signals.py) runs between two steps
        # of this loop, on this thread: re-entered, it would write the record being written a
        # second time and leave the outer loop popping an empty deque (IndexError out of a log
        # call). Its record is only held here; the loop below writes it next.
        if self._writing:
            return
        self._writing = True
        try:
            self._write_pending()
        finally:
            self._writing = False

    def _write_pending(self) -> None:
        if self._fd is None:
            return
        if self._dropped and len(self._held) < HELD_RECORDS:
            note = f"({self._dropped} log records lost while the disk refused them)\n"
            self._held.appendleft(note.encode())
            self._dropped = 0
        while self._held:
            chunk = self._held[0]
            try:
                written = os.write(self._fd, chunk)
            except OSError:
                return  # the disk refuses: kept, written before the next record
            if written < len(chunk):
                self._held[0] = chunk[written:]
                return
            self._held.popleft()

    def held(self) -> int:
        """Records (or parts) waiting for the disk."""
        return len(self._held)

    def close(self) -> None:
        self._write_held()
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        super().close()


def rotate(log_file: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> bool:
    """Shift ``log_file`` to ``.1`` (and ``.1`` to ``.2``…, dropping the oldest) when it holds
    ``max_bytes`` or more; return whether it did. A file that cannot be moved stays in use."""
    try:
        if log_file.stat().st_size < max_bytes:
            return False
    except OSError:
        return False
    try:
        for n in range(backups - 1, 0, -1):
            older = log_file.with_name(f"{log_file.name}.{n}")
            if older.exists():
                os.replace(older, log_file.with_name(f"{log_file.name}.{n + 1}"))
        os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))
    except OSError:
        return False
    return True


def setup_logging(data_folder: Path, level: int = logging.INFO) -> Path:
    folder = paths.ensure_private_dir(paths.logs_dir(data_folder), inside_data_folder=True)
    log_file = folder / "fieldride.log"
    rotate(log_file)
    paths.create_private_file(log_file)
    handler = LogFile(log_file)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_fieldride", False)]:
        root.removeHandler(old)
        old.close()
    handler._fieldride = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(log_file, 0o600)
    return log_file
