"""Opening the data file for a command that reads: ``search``, ``export``, ``training list``,
``scorecard list|export`` and every ``report``.

These commands skip the whole-file ``quick_check``: it reads every page of the file, which on
years of data takes far longer than the answer (2.9 s on the 16x benchmark store, against a
20 ms search), and it grows with the file where the answer does not. They open with
``open_store(quick_check=False)``. The checks that guard against a wrong or damaged file still
run inside ``open_store``, before anything is read: the file header, a data file that vanished
or was emptied while its journal or backups remain, an interrupted restore, a missing journal
after a crash, the schema (another program's SQLite file), a file from a newer FieldRide. After
an unclean shutdown the full ``integrity_check`` runs first (a crash marker forces it), and
before a pending migration ``quick_check`` runs. The whole file is checked by the app in the
background after every start and by ``fieldride check`` on demand.

Damage inside a page that only the whole-file check would find shows when the command reads
that page: :func:`reading_store` turns SQLite's error into a :class:`CommandError` that names
the file and what to do, never a traceback.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from fieldride.cli import CommandError, gettext

if TYPE_CHECKING:
    from fieldride.store import Store


@contextmanager
def reading_store(data_dir: str | None) -> Iterator[Store]:
    """The store opened without the whole-file check (see the module docstring); closed on
    leaving. A ``sqlite3.DatabaseError`` raised inside becomes a :class:`CommandError`."""
    from fieldride.store import open_store

    with open_store(data_dir, quick_check=False) as store:
        try:
            yield store
        except sqlite3.DatabaseError as err:
            raise CommandError(
                gettext(
                    "The data file {path} could not be read ({err}). Run 'fieldride check'; if it reports damage, restore a backup ('fieldride backups')."
                ).format(path=store.path, err=err)
            ) from err
