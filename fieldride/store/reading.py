"""Opening the store for a command that only reads (:func:`open_for_reading`).

Its own module, beside ``fieldride.store.opening``: a query command (``search``, ``export``,
``report``...) imports this one and not the full opening, whose migration steps, backups,
crash copies and logging only a store that writes needs. What needs more than reading is
handed to ``open_store`` (see :func:`open_for_reading`), imported then.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from fieldride import paths
from fieldride.store.checks import check_header, read_only_connect, schema_checks
from fieldride.store.connection import Store
from fieldride.store.markers import stale_markers
from fieldride.store.sql import StoreDb


@contextmanager
def open_for_reading(data_dir: str | os.PathLike[str] | None = None) -> Iterator[Store]:
    """The store in ``data_dir`` for a command that only reads (``search``, ``export``, ...):
    a :class:`Store` on a read-only connection, closed when the block ends.

    Only the cheap checks run: the file header, another program's SQLite file, a file from a
    newer FieldRide. No whole-file check (it reads every page: seconds on years of data, for an
    answer of milliseconds), no backup, no writer connection, no unclean-shutdown marker (a
    read-only connection cannot leave the file damaged), no checkpoint: the folder is left as
    it was found, apart from the journal index files SQLite itself may create to read.

    Whatever needs more than reading is handed to :func:`open_store` (``quick_check=False``),
    which then also does its writes: a folder without a data file yet (it is created), a
    restore that was interrupted (finished or undone first), an unclean shutdown (the full
    ``integrity_check`` runs first), pending migrations (a ``quick_check`` and a backup before
    them). Refusals raise :class:`StoreError` (or a subclass), as :func:`open_store` does.
    """
    folder = paths.data_dir(data_dir)
    db_file = paths.db_path(folder)
    conn = _reading_connection(folder, db_file)
    if conn is None:
        from fieldride.store.opening import open_store  # it writes: only when reading is not enough

        with open_store(data_dir, quick_check=False) as store:
            yield store
        return
    try:
        # check_pending: the whole-file check was not run here (nothing may be backed up or
        # written on the strength of this opening)
        yield Store(db=StoreDb(conn), folder=folder, path=db_file, check_pending=True)
    finally:
        conn.close()


def _reading_connection(folder: Path, db_file: Path) -> sqlite3.Connection | None:
    """A read-only connection to ``db_file`` after the cheap checks, or None when the store
    needs more than reading first (see :func:`open_for_reading`): no data file yet, an
    interrupted restore, an unclean shutdown, pending migrations."""
    if (
        not db_file.is_file()
        or db_file.stat().st_size == 0
        or paths.restore_journal_path(folder).exists()
        or stale_markers(folder)
    ):
        return None
    check_header(db_file)
    conn = read_only_connect(db_file, in_use=True)
    try:
        pending = schema_checks(conn, db_file)
    except BaseException:
        conn.close()
        raise
    if pending:  # migrating writes: the full opening, with its check and backup first
        conn.close()
        return None
    return conn
