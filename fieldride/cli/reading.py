"""Opening the data file for a command that reads: ``search``, ``export``, ``training list``,
``scorecard list|export`` and every ``report``.

These commands open the store with ``open_for_reading`` (``fieldride.store``): a read-only
connection after the checks that guard against a wrong file: the file header, the schema
(another program's SQLite file), a file from a newer FieldRide. They skip the whole-file
``quick_check``: it reads every page of the file, which on years of data takes far longer
than the answer (2.9 s on the 16x benchmark store, against a 20 ms search), and it grows with
the file where the answer does not. Nor do they load what only writing needs (backups,
migrations, checkpoints, the write queue). What needs more than reading goes through the full
opening: a folder without a data file, an interrupted restore, an unclean shutdown (the full
``integrity_check`` runs first), pending migrations (``quick_check`` and a backup before
them). The whole file is checked by the app in the background after every start and by
``fieldride check`` on demand.

``report summary`` also records that the ride was shared: it takes the writer connection
(``reading_store(..., records=True)``), still without the whole-file check.

Damage inside a page that only the whole-file check would find shows when the command reads
that page: :func:`reading_store` turns SQLite's error into a :class:`CommandError` that names
the file and what to do, never a traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING

from fieldride.cli import CommandError, gettext

if TYPE_CHECKING:
    from fieldride.store import Store


@contextmanager
def reading_store(data_dir: str | None, *, records: bool = False) -> Iterator[Store]:
    """The store opened for reading (see the module docstring); closed on leaving. A
    ``sqlite3.DatabaseError`` raised inside becomes a :class:`CommandError`.

    ``records``: the command also writes a note of what it did (``report summary`` marks the
    ride shared), so it gets the writer connection, still without the whole-file check."""
    opened: AbstractContextManager[Store]
    if records:
        from fieldride.store import open_store

        opened = open_store(data_dir, quick_check=False)
    else:  # the full opening (its module, its logging) is not even imported
        from fieldride.store import open_for_reading

        opened = open_for_reading(data_dir)
    with opened as store:
        try:
            yield store
        except sqlite3.DatabaseError as err:
            raise CommandError(
                gettext(
                    "The data file {path} could not be read ({err}). Run 'fieldride check'; if it reports damage, restore a backup ('fieldride backups')."
                ).format(path=store.path, err=err)
            ) from err
