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
from pathlib import Path

import platformdirs

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
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


class SharedFolderError(OSError):
    """An existing folder open to others that FieldRide did not make; ``str()`` says what to do."""


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
    raise SharedFolderError(
        f"The folder {path} is open to other users (mode {mode:04o}) and is not a FieldRide data "
        "folder. FieldRide keeps personal data in a folder only you can open, and does not "
        "change the permissions of a folder it did not make. Use a new folder, for example "
        f"{path / APP_NAME} (FieldRide creates it private), or make this one private yourself "
        f"(chmod 700 {path})."
    )


def db_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def logs_dir(folder: Path) -> Path:
    return folder / "logs"


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 if it does not exist yet.

    SQLite creates new files 0644 and its -wal/-shm files copy the DB file's mode, so the
    file must exist with the right mode before SQLite opens it.
    """
    if path.exists():
        return
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
