"""Where FieldRide keeps its data.

Resolution order for the data folder: an explicit ``--data-dir`` argument, then the
``FIELDRIDE_HOME`` environment variable, then the platform's user data folder
(platformdirs). Every test sets one of the first two so it never touches real data.

The folder is created 0700 (readable by the user only): performance notes about people
are personal data.
"""

from __future__ import annotations

import os
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


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it 0700.

    Raises ``OSError`` if the folder cannot be created (read-only disk, permissions).
    """
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


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
