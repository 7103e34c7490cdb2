"""Where FieldRide may write a file the user asked for (an export, a PDF, a scorecard file).

One check for every writer, the command line's and the app's: an output path must never be the
data file, its journal files, a crash marker, or anything in the backup or log folders, however
it is spelled (relative, through a symlink, a hard link to the same file); and an existing file
is replaced only when the user said so (``--force`` on the command line; the app's save dialog
asks before it returns a path that exists).
"""

from __future__ import annotations

import os
from pathlib import Path

from fieldride.i18n import messages
from fieldride.paths import backups_dir, crash_copies_dir, db_path, logs_dir
from fieldride.store.errors import StoreError
from fieldride.store.markers import UNCLEAN_MARKER


class OutputPathError(StoreError):
    """An output path that would overwrite FieldRide's own files, or an existing file."""


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output_path(out: Path, data_folder: Path, *, replace: bool = False) -> Path:
    """Return ``out`` resolved, or raise :class:`OutputPathError` with a plain message.

    Refused: the data folder itself, the data file and any file named after it (``-wal``,
    ``-shm``, ``-journal``, rescue copies), crash markers, anything in the backup and log
    folders, and any path that is the same file as one of those (symlink or hard link). An
    existing file is refused unless ``replace``.
    """
    resolved = out.expanduser().resolve()
    folder = data_folder.expanduser().resolve()
    store_file = db_path(folder)
    own_names = (store_file.name, UNCLEAN_MARKER)
    protected = [store_file, *(store_file.with_name(store_file.name + s) for s in ("-wal", "-shm"))]
    if (
        resolved == folder
        or (resolved.parent == folder and resolved.name.startswith(own_names))
        or _inside(resolved, backups_dir(folder))
        or _inside(resolved, logs_dir(folder))
        or _inside(resolved, crash_copies_dir(folder))
        or any(_same_file(resolved, p) for p in protected)
    ):
        raise OutputPathError(
            messages()
            .gettext(
                "{out} is one of FieldRide's own files in {folder} (the data file, its journal, a backup or a log): writing there would destroy your data. Nothing was written. Choose a file outside the data folder, for example in your Documents folder."
            )
            .format(out=out, folder=folder)
        )
    if resolved.is_dir():
        raise OutputPathError(
            messages()
            .gettext("{out} is a folder; give a file name inside it. Nothing was written.")
            .format(out=out)
        )
    if resolved.exists() and not replace:
        raise OutputPathError(
            messages()
            .gettext(
                "{out} already exists. Nothing was written. Give another file name, or add --force to replace it."
            )
            .format(out=out)
        )
    return resolved
