"""One running FieldRide per data folder: the one that holds the lock writes the store.

How it works (no network: a lock file and a local socket, i.e. a Unix domain socket or a Windows
named pipe, both private to this user):

1. ``fieldride.lock`` in the data folder is taken with ``QLockFile``. A lock left behind by a
   killed process is recognised (its process is gone) and taken over.
2. The holder listens on a local socket whose name is derived from the data folder and the user
   (``server_name``), with user-only access. A second launch connects, sends ``raise`` and the
   first instance emits ``activation_requested`` (the app brings its window to the front) and
   answers ``ok``; the second launch then exits with a message. The app takes the lock before
   its window paints but listens only shortly after the first paint (loading QtNetwork and
   hashlib can wait until then), so a second launch keeps trying to connect for up to
   ``TIMEOUT_MS`` before it concludes that nobody answers.
3. If the lock is held but nobody answers (a frozen app, or the folder is shared with another
   computer), the second launch explains who holds the lock and exits without touching the data.
4. If the lock names a process of this computer that has ended, but it could not be taken over
   (the disk is full or the folder cannot be written: a new lock file cannot be written), the
   launch says so (``Outcome.CANNOT_LOCK``) instead of calling the dead process "running"
   (issue 20, fault 1).
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from enum import Enum
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QCryptographicHash, QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_NAME = "fieldride.lock"
RAISE = b"raise\n"
OK = b"ok\n"
TIMEOUT_MS = 2000


class Outcome(Enum):
    PRIMARY = "primary"  # this process holds the lock: open the store
    RAISED = "raised"  # another instance was asked to come forward: exit
    UNREACHABLE = "unreachable"  # the lock is held but its holder does not answer: explain, exit
    CANNOT_LOCK = "cannot lock"  # nobody holds it, but no lock file can be written: explain, exit


class Holder(NamedTuple):  # not a dataclass: importing dataclasses can wait until after the paint
    pid: int
    host: str
    app: str

    def describe(self) -> str:
        if self.pid:
            return QCoreApplication.translate(
                "SingleInstance", "process {pid} on computer '{host}'"
            ).format(pid=self.pid, host=self.host)
        return QCoreApplication.translate("SingleInstance", "another process")


def server_name(folder: Path) -> str:
    """A local-socket name for this data folder and user (short enough for every platform).

    SHA-256 by Qt's own QCryptographicHash (the same digest as hashlib's): hashlib loads
    OpenSSL, ~3.4 MiB resident and ~8 ms at every start, for this one short name."""
    path = str(folder.resolve()).encode("utf-8")
    sha256 = QCryptographicHash.Algorithm.Sha256
    digest = bytes(QCryptographicHash.hash(path, sha256).toHex().data()).decode("ascii")[:16]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return f"fieldride-{user}-{digest}"


class InstanceGuard(QObject):
    """Owns the lock and the local server of the running instance (keep it alive)."""

    activation_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.lock = QLockFile(str(folder / LOCK_NAME))
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    @cached_property
    def name(self) -> str:  # computed once, when first needed (hashlib is not a start-up cost)
        return server_name(self.folder)

    def acquire(self, timeout_ms: int = TIMEOUT_MS, listen: bool = True) -> Outcome:
        """Take the lock (→ PRIMARY) or ask the holder to come forward (→ RAISED/UNREACHABLE).

        With ``listen=False`` the caller must call :meth:`listen` soon (the app does it shortly
        after its first paint); until then a second launch waits for the answer.
        """
        if self.lock.tryLock(100):
            with contextlib.suppress(OSError):  # it names this computer and process: keep private
                os.chmod(self.folder / LOCK_NAME, 0o600)
            if listen:
                self.listen()
            return Outcome.PRIMARY
        if self._cannot_lock():
            # info, not error: logging is not set up yet (it would go to stderr)
            log.info("the lock file cannot be written (%s)", self.lock.error())
            return Outcome.CANNOT_LOCK
        if self._ask_to_raise(timeout_ms):
            return Outcome.RAISED
        return Outcome.UNREACHABLE

    def _cannot_lock(self) -> bool:
        """``tryLock`` failed, and not because a live process holds the lock: the lock file
        could not be written (or a stale one replaced)."""
        if self.lock.error() is not QLockFile.LockError.LockFailedError:
            return True
        return not (self.folder / LOCK_NAME).exists() or self.holder_has_ended()

    def holder_has_ended(self) -> bool:
        """True when the lock names a process of this computer that no longer runs (so the
        lock is stale, yet ``tryLock`` could not replace it)."""
        import socket

        holder = self.holder()
        if holder.pid <= 0 or holder.host != socket.gethostname() or os.name != "posix":
            return False
        try:
            os.kill(holder.pid, 0)
        except ProcessLookupError:
            return True
        except OSError:  # it exists, owned by someone else
            return False
        return False

    def holder(self) -> Holder:
        info = self.lock.getLockInfo()  # PySide6: (pid, hostname, appname); older: (ok, …)
        if not isinstance(info, tuple) or len(info) < 3:
            return Holder(0, "", "")
        pid, host, app = info[-3:]
        return Holder(int(pid or 0), str(host or ""), str(app or ""))

    def release(self) -> None:
        for sock in list(self._clients):  # a launch still connected is let go first
            sock.abort()
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    # --- the running instance ----------------------------------------------------------------
    def listen(self) -> None:
        """Answer later launches (holding the lock); does nothing if already listening."""
        if self.server is not None or not self.lock.isLocked():
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a socket file left by a killed instance
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Still the only writer (we hold the lock); a second launch will explain instead.
            log.warning("single-instance server could not listen: %s", server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            self._clients.append(sock)
            sock.readyRead.connect(lambda s=sock: self._on_request(s))
            # Qt deletes the socket (a C++ slot: safe while the socket is being destroyed, when
            # the server closes or the app quits with a launch still connected); the list
            # forgets it by identity, never touching a deleted socket.
            sock.disconnected.connect(sock.deleteLater)
            sock.destroyed.connect(lambda _obj=None, s=sock: self._forget(s))

    def _on_request(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            return
        request = bytes(sock.readLine().data())
        if request == RAISE:
            log.info("another launch asked this window to come forward")
            self.activation_requested.emit()
            sock.write(OK)
            sock.flush()
        sock.disconnectFromServer()

    def _forget(self, sock: QLocalSocket) -> None:
        self._clients = [c for c in self._clients if c is not sock]

    # --- a second launch ---------------------------------------------------------------------
    def _ask_to_raise(self, timeout_ms: int) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        # The holder may not listen yet (it listens after its first paint): keep trying.
        deadline = time.monotonic() + timeout_ms / 1000
        sock = QLocalSocket()
        while True:
            sock.connectToServer(self.name)
            if sock.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
                break
            if time.monotonic() >= deadline:
                return False
            log.debug("the running instance does not answer yet; trying again")
            sock.abort()
            time.sleep(0.05)
        sock.write(RAISE)
        sock.flush()
        answered = sock.waitForReadyRead(timeout_ms) and bytes(sock.readAll().data()) == OK
        sock.disconnectFromServer()
        return answered


def unreachable_message(folder: Path, holder: Holder) -> str:
    """What to tell the user when the lock is held but its holder does not answer."""
    return QCoreApplication.translate(
        "SingleInstance",
        "FieldRide is already running with the data folder {folder} ({holder}), but it does "
        "not answer. Only one FieldRide may write to a data folder at a time, so this one will "
        "close without touching your data.\n\nIf FieldRide is frozen, close it (or end process "
        "{pid}) and start it again. If the folder is shared with another computer, close "
        "FieldRide there first.",
    ).format(folder=folder, holder=holder.describe(), pid=holder.pid or "?")


def cannot_lock_message(folder: Path, holder: Holder) -> str:
    """What to tell the user when no lock file can be written (or a stale one replaced)."""
    import shutil

    try:
        full = shutil.disk_usage(folder).free == 0
    except OSError:
        full = False
    if full:
        why = QCoreApplication.translate(
            "SingleInstance",
            "FieldRide cannot start with the data folder {folder}. The disk that holds it is "
            "full, so FieldRide cannot write the small lock file that keeps a second FieldRide "
            "from writing at the same time.",
        )
        todo = QCoreApplication.translate(
            "SingleInstance",
            "Nothing was changed. Free some space on that disk, then start FieldRide again: "
            "your data is still there.",
        )
    else:
        why = QCoreApplication.translate(
            "SingleInstance",
            "FieldRide cannot start with the data folder {folder}. The folder or its disk "
            "cannot be written (it may be full or read-only), so FieldRide cannot write the "
            "small lock file that keeps a second FieldRide from writing at the same time.",
        )
        todo = QCoreApplication.translate(
            "SingleInstance",
            "Nothing was changed. Free some space or check the folder, then start FieldRide "
            "again: your data is still there.",
        )
    paragraphs = [why.format(folder=folder)]
    if holder.pid:
        paragraphs.append(
            QCoreApplication.translate(
                "SingleInstance",
                "The FieldRide that used this folder before (process {pid}) has ended; it is "
                "not running.",
            ).format(pid=holder.pid)
        )
    return "\n\n".join([*paragraphs, todo])


def raised_message(folder: Path) -> str:
    return QCoreApplication.translate(
        "SingleInstance",
        "FieldRide is already open with the data folder {folder}: its window was brought forward.",
    ).format(folder=folder)
