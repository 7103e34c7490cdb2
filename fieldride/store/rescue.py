"""Rescue copies: what an open store holds, written to a new private file.

When the data file was deleted or replaced while the app had it open, the open connection still
reads the old file (and its journal); :func:`write_rescue_copy` copies that through SQLite's
backup API to ``fieldride.db.rescued-<time>`` in the data folder (0600, never over an existing
file). The copy is a complete FieldRide store: ``fieldride restore PATH`` puts it back.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path

from fieldride.i18n import messages
from fieldride.store.connection import Store
from fieldride.store.errors import StoreError

log = logging.getLogger(__name__)


def write_rescue_copy(store: Store) -> Path:
    """Copy everything ``store``'s connection can read to a new rescue file; return its path.

    The data folder is created again (0700) if it was removed with the file. Raises
    :class:`StoreError` with a message for the user when no copy could be written.
    """
    folder = store.folder
    name = f"{store.path.name}.rescued-{time.strftime('%Y%m%d-%H%M%S')}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        # written under a hidden partial name and given its name only once whole and checked:
        # a kill while it was written left an empty file that looked like a rescue copy (seen by
        # the crash harness, --mode deleted)
        partial = _new_private_file(folder, f".{name}.part")
    except OSError as err:
        raise StoreError(
            messages()
            .gettext("Could not write a rescue copy in {folder}: {strerror}.")
            .format(folder=folder, strerror=err.strerror)
        ) from err
    try:
        copy = sqlite3.connect(str(partial))
        try:
            store.db.conn.backup(copy)
            found = copy.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            copy.close()
        _fsync(partial)
        if found != "ok":
            raise StoreError(
                messages()
                .gettext("The rescue copy of {path} failed its check: what was open is damaged.")
                .format(path=store.path)
            )
        target = _link_new(partial, folder, name)
        try:
            _fsync(folder)  # the new name on disk too (not possible on every platform)
        except OSError:
            log.debug("the data folder could not be synced after the rescue copy")
    except (sqlite3.Error, OSError) as err:
        log.error("writing the rescue copy failed: %s", type(err).__name__)
        raise StoreError(
            messages()
            .gettext("Could not write a rescue copy in {folder}: {err}.")
            .format(folder=folder, err=err)
        ) from err
    finally:
        partial.unlink(missing_ok=True)
        Path(f"{partial}-journal").unlink(missing_ok=True)
    log.warning("rescue copy written: %s", target.name)
    return target


def _link_new(source: Path, folder: Path, name: str) -> Path:
    """Give ``source`` the name ``name`` (or ``name-2``…) that did not exist; never over a file."""
    for number in range(1, 100):
        path = folder / (name if number == 1 else f"{name}-{number}")
        try:
            os.link(source, path)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(f"too many rescue copies named {name}")


def _new_private_file(folder: Path, name: str) -> Path:
    """Create an empty 0600 file named ``name`` (or ``name-2``, ``name-3``…) that did not exist."""
    for number in range(1, 100):
        path = folder / (name if number == 1 else f"{name}-{number}")
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return path
    raise FileExistsError(f"too many rescue copies named {name}")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
