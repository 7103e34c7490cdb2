"""Where FieldRide keeps its data.

Resolution order for the data folder: an explicit ``--data-dir`` argument, then the
``FIELDRIDE_HOME`` environment variable, then the platform's user data folder
(platformdirs). Every test sets one of the first two so it never touches real data.

The folder is created 0700 (readable by the user only): performance notes about people
are personal data. FieldRide changes the mode only of folders it made: its own data folder (one
holding a FieldRide data file) and the folders inside it. An existing folder that others can
open and that is not a FieldRide data folder (a shared or system-wide temporary folder, a
folder of the user's own) is refused with a plain message, never made private behind the
owner's back (a 1777 folder would lose its sticky bit and lock every other user out).
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

APP_NAME = "FieldRide"
DB_FILENAME = "fieldride.db"
ENV_HOME = "FIELDRIDE_HOME"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder (not created; see :func:`ensure_private_dir`)."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(ENV_HOME)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # only without --data-dir or FIELDRIDE_HOME

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class SharedFolderError(OSError):
    """An existing folder open to others that FieldRide did not make: ``folder`` and its
    ``mode``. ``str()`` is for the log; what the user reads is written where it is shown (the
    store's refusal, in the interface language: this module sits below the translations)."""

    def __init__(self, folder: Path, mode: int) -> None:
        super().__init__(f"folder {folder} is open to other users (mode {mode:04o})")
        self.folder = folder
        self.mode = mode


def ensure_private_dir(path: Path, *, inside_data_folder: bool = False) -> Path:
    """Create ``path`` (and parents) if needed, 0700; return it.

    An existing folder is made 0700 only when it is FieldRide's: it holds a FieldRide data file
    or backup folder, or it is one of the data folder's own subfolders (``inside_data_folder``: backups, logs).
    Raises :class:`SharedFolderError` for an existing folder that others can open and that is
    not FieldRide's, ``OSError`` if the folder cannot be created (read-only disk, permissions).
    """
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix":
            os.chmod(path, 0o700)
        return path
    if os.name != "posix":
        return path
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077 == 0:
        return path
    if inside_data_folder or db_path(path).exists() or backups_dir(path).is_dir():
        os.chmod(path, 0o700)
        return path
    raise SharedFolderError(path, mode)


def db_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def crash_copies_dir(folder: Path) -> Path:
    return folder / "crash-copies"


def logs_dir(folder: Path) -> Path:
    return folder / "logs"


# Written while a backup is being restored (fieldride.store.backup); its presence tells that a
# restore was interrupted or is under way.
RESTORE_JOURNAL = "fieldride.db.restore-journal"


# The backup being restored, copied in under this name before the journal is written.
RESTORE_INCOMING = ".fieldride.db.restoring"


def restore_journal_path(folder: Path) -> Path:
    return folder / RESTORE_JOURNAL


def restore_left_files(folder: Path) -> bool:
    """True if a restore left anything in ``folder``: its journal (or the journal's temporary
    name), or the incoming copy (or that copy's SQLite journal). Only then has an opening
    anything to finish or clean up (``fieldride.store.backup.finish_interrupted_restore``)."""
    journal = restore_journal_path(folder)
    incoming = folder / RESTORE_INCOMING
    return any(
        path.exists()
        for path in (
            journal,
            journal.with_name(f".{journal.name}.tmp"),
            incoming,
            incoming.with_name(f"{incoming.name}-journal"),
        )
    )


def process_alive(pid: int) -> bool:
    """True if process ``pid`` is running (POSIX). Elsewhere there is no cheap, safe probe
    without extra libraries: False, so callers must make "gone" the harmless answer."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


PARTIAL_PREFIX = ".fieldride-partial-"
# Versions before the process id in the name wrote ".fieldride-<random>.pdf.part". Those carry no
# writer, so only ones older than this process (it cannot have written them) are leftovers.
LEGACY_PARTIAL_GLOB = ".fieldride-*.pdf.part"
LOADED_AT = time.time()


def new_partial_file(folder: Path, suffix: str) -> tuple[int, Path]:
    """A hidden 0600 file in ``folder`` to write a document into before renaming it into place:
    ``(fd, path)``. Its name carries this process's id, so :func:`remove_dead_partials` can tell
    a write in progress from the leftover of a writer that was killed, and a number counted up
    past any name that exists (a leftover of an earlier process with the same id, another
    document of this one). Created exclusively (``O_EXCL``, never through a symbolic link), as
    ``tempfile.mkstemp`` would: the process id already makes the name this process's own, and
    ``tempfile`` (with ``random``, ``hashlib``'s SHA-512) took an export ~1 ms to import."""
    remove_dead_partials(folder)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)  # Windows: no newline translation
    prefix = f"{PARTIAL_PREFIX}{os.getpid()}-"
    number = 0
    while True:
        path = folder / f"{prefix}{number}{suffix}"
        try:
            return os.open(path, flags, 0o600), path
        except FileExistsError:
            number += 1


def remove_dead_partials(folder: Path) -> list[Path]:
    """Remove partial files in ``folder`` whose writing process is gone (killed mid-write: the
    file was never renamed into place, so it is not a document anyone asked for)."""
    removed = []
    for path in folder.glob(f"{PARTIAL_PREFIX}*"):
        pid_text = path.name[len(PARTIAL_PREFIX) :].partition("-")[0]
        if not pid_text.isdigit() or (os.name == "posix" and process_alive(int(pid_text))):
            continue
        if os.name != "posix" and time.time() - path.stat().st_mtime < 24 * 3600:
            continue  # no liveness probe: only clearly old leftovers
        path.unlink(missing_ok=True)
        removed.append(path)
    for path in folder.glob(LEGACY_PARTIAL_GLOB):
        if path.name.startswith(PARTIAL_PREFIX):
            continue
        try:
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < LOADED_AT:
                path.unlink()
                removed.append(path)
        except OSError:
            continue
    return removed


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist yet.

    SQLite creates new files 0644 and its -wal/-shm files copy the DB file's mode, so the
    file must exist with the right mode before SQLite opens it.
    """
    if path.exists():
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
