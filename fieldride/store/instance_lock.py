"""The app's single-instance lock (``fieldride.lock``), taken from the core without Qt.

The app takes the lock with Qt's ``QLockFile`` (``ui/single_instance.py``) before it opens the
store. A command that must not run beside the app (``fieldride repair``) takes the same lock the
same way, so neither can start while the other holds it: on POSIX, ``QLockFile`` creates the
file with ``O_EXCL``, writes ``pid``, the process's program name and the host name, one per line,
and holds an exclusive ``flock`` on it for as long as it runs; a lock file whose process is gone
is stale and may be replaced (only once its ``flock`` can be taken, i.e. nobody holds it).
:func:`hold_instance_lock` does exactly that. Elsewhere (Windows) the file alone is the lock and
a lock whose process is gone is replaced.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

from fieldride.i18n import messages
from fieldride.paths import process_alive
from fieldride.store.errors import StoreError

LOCK_NAME = "fieldride.lock"


class LockHeldError(StoreError):
    """Another process holds the data folder's lock; the message names it."""


def _program_name() -> str:
    """What Qt compares with the running process's name (the file name of its executable)."""
    try:
        return Path(os.readlink("/proc/self/exe")).name
    except OSError:
        return Path(sys.executable).name


def _holder(lock: Path) -> tuple[int, str]:
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
        return int(lines[0]), lines[2] if len(lines) > 2 else ""
    except (OSError, ValueError, IndexError):
        return 0, ""


def _try_flock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - no flock on Windows: the file is the lock
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _refuse(folder: Path, pid: int, host: str) -> LockHeldError:
    t = messages()
    elsewhere = bool(host) and host != socket.gethostname()
    if pid and elsewhere:
        who = t.gettext("process {pid} on computer '{host}'").format(pid=pid, host=host)
    elif pid:
        who = t.gettext("process {pid}").format(pid=pid)
    elif elsewhere:
        who = t.gettext("another process on computer '{host}'").format(host=host)
    else:
        who = t.gettext("another process")
    return LockHeldError(
        t.gettext(
            "FieldRide is open on {folder} ({who} holds its lock). Close FieldRide (every window "
            "on this data folder), then try again. Nothing was changed."
        ).format(folder=folder, who=who)
    )


def _remove_stale(lock: Path) -> bool:
    """Remove a lock whose process has ended, as Qt does: only while holding its flock."""
    try:
        fd = os.open(lock, os.O_WRONLY)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        if not _try_flock(fd):
            return False
        lock.unlink(missing_ok=True)
        return True
    finally:
        os.close(fd)


@contextlib.contextmanager
def hold_instance_lock(folder: Path) -> Iterator[None]:
    """Hold the data folder's lock for the ``with`` block, or raise :class:`LockHeldError`
    (the app or another command holds it). A lock left by a process that has ended is replaced.
    Raises :class:`StoreError` when no lock file can be written (full disk, read-only folder)."""
    lock = folder / LOCK_NAME
    for _attempt in range(3):
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pid, host = _holder(lock)
            same_host = not host or host == socket.gethostname()
            if pid and same_host and process_alive(pid) and pid != os.getpid():
                raise _refuse(folder, pid, host) from None
            if not _remove_stale(lock):
                raise _refuse(folder, pid, host) from None
            continue
        except OSError as err:
            raise StoreError(
                messages()
                .gettext("Cannot write the lock file in {folder} ({reason}). Nothing was changed.")
                .format(folder=folder, reason=err.strerror)
            ) from err
        break
    else:
        raise _refuse(folder, 0, "")
    try:
        if not _try_flock(fd):  # someone took it between our create and now
            raise _refuse(folder, 0, "")
        os.write(fd, f"{os.getpid()}\n{_program_name()}\n{socket.gethostname()}\n".encode())
        try:
            yield
        finally:
            lock.unlink(missing_ok=True)
    finally:
        os.close(fd)
