"""Opening the store: one SQLite file, one writer connection per process.

``open_store`` is the only way the rest of the code gets a database. It:

1. creates the data folder 0700 and the DB file 0600 *before* SQLite touches them (SQLite would
   create 0644 and its -wal/-shm files copy the DB file's mode);
2. refuses a file that is not a SQLite database, without writing to it;
3. sets the pragmas and reads them back: WAL (checked), synchronous=FULL (+ fullfsync on macOS),
   foreign keys on, a busy timeout;
4. runs ``quick_check`` at every start and ``integrity_check`` after an unclean shutdown (a
   marker file that a clean ``close`` removes);
5. refuses a DB written by a newer FieldRide (unknown migrations), leaving it untouched;
6. backs the DB up with the SQLite backup API before any pending migration, then migrates.

Failures raise :class:`StoreError` with a message written for the user, never a traceback.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from fieldride import paths
from fieldride.migrations import MIGRATION_SET, known_names, migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
UNCLEAN_MARKER = "fieldride.open"


class StoreError(Exception):
    """The store cannot be opened; ``str(err)`` is a plain-language message for the user."""


class NewerSchemaError(StoreError):
    """The DB was written by a newer FieldRide; it was left untouched."""


class CorruptStoreError(StoreError):
    """The DB is damaged or not a FieldRide database; nothing was overwritten."""


@dataclass
class Store:
    """An open store: the sqlite-utils database plus where it lives.

    One per process. ``db`` is the single writer connection: use ``db.execute`` for writes,
    ``db.query`` for reads and ``with db.atomic():`` around multi-step writes.
    """

    db: Database
    folder: Path
    path: Path
    was_unclean: bool = False
    backups_made: list[Path] = field(default_factory=list)

    def close(self) -> None:
        """Checkpoint, close the connection and remove the unclean-shutdown marker."""
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:  # closing must not fail because a checkpoint could not run
            log.warning("WAL checkpoint at close failed", exc_info=True)
        self.db.close()
        marker = self.folder / UNCLEAN_MARKER
        marker.unlink(missing_ok=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_header(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(16)
    if header != SQLITE_HEADER:
        raise CorruptStoreError(
            f"The data file {path} is not a FieldRide database (it may have been overwritten or "
            "damaged). Nothing was changed. Restore a backup with 'fieldride restore' or move the "
            "file away to start a fresh store."
        )


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = Database(conn, execute_plugins=False)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(
            f"Could not switch {path} to write-ahead logging (got '{mode}'). "
            "The folder may be on a network drive; choose a local folder."
        )
    db.execute("PRAGMA synchronous = FULL")
    if sys.platform == "darwin":
        db.execute("PRAGMA fullfsync = ON")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def pragmas(db: Database) -> dict[str, object]:
    """Current values of the pragmas the store depends on (for tests and ``fieldride check``)."""
    names = ["journal_mode", "synchronous", "foreign_keys", "busy_timeout"]
    return {name: db.execute(f"PRAGMA {name}").fetchone()[0] for name in names}


def applied_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def schema_version(db: Database) -> str:
    applied = applied_migrations(db)
    return applied[-1] if applied else "empty"


def _run_check(db: Database, pragma: str, path: Path) -> None:
    try:
        rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.DatabaseError as err:
        raise CorruptStoreError(
            f"The data file {path} is damaged ({err}). Nothing was changed. Restore the newest "
            "good backup from the start screen or with 'fieldride restore'."
        ) from err
    if rows != ["ok"]:
        raise CorruptStoreError(
            f"The data file {path} failed its {pragma.replace('_', ' ')} "
            f"({'; '.join(str(r) for r in rows[:3])}). Nothing was changed. Restore the newest "
            "good backup from the start screen or with 'fieldride restore'."
        )


def open_store(data_dir: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the store in ``data_dir`` (see :func:`paths.data_dir`).

    Raises :class:`StoreError` (or a subclass) with a user-facing message when the folder cannot
    be created, the file is not SQLite or is damaged, or it comes from a newer FieldRide.
    """
    folder = paths.data_dir(data_dir)
    try:
        paths.ensure_private_dir(folder)
        db_file = paths.db_path(folder)
        paths.create_private_file(db_file)
    except OSError as err:
        raise StoreError(f"Cannot create the data folder {folder}: {err.strerror}.") from err
    _check_header(db_file)
    marker = folder / UNCLEAN_MARKER
    was_unclean = marker.exists()
    try:
        db = _connect(db_file)
    except sqlite3.DatabaseError as err:
        raise CorruptStoreError(
            f"The data file {db_file} cannot be opened ({err}). Nothing was changed. Restore the "
            "newest good backup with 'fieldride restore'."
        ) from err
    store = Store(db=db, folder=folder, path=db_file, was_unclean=was_unclean)
    try:
        _run_check(db, "integrity_check" if was_unclean else "quick_check", db_file)
        _refuse_newer(db, db_file)
        if migrate:
            _migrate(store)
    except BaseException:
        db.close()
        raise
    marker.touch(mode=0o600)
    return store


def _refuse_newer(db: Database, path: Path) -> None:
    unknown = [name for name in applied_migrations(db) if name not in known_names()]
    if unknown:
        raise NewerSchemaError(
            f"The data file {path} was written by a newer version of FieldRide "
            f"(schema step '{unknown[-1]}'). It was left untouched. Install the newer FieldRide "
            "to open it."
        )


def _migrate(store: Store) -> None:
    pending = migrations.pending(store.db)
    if not pending:
        return
    has_data = bool(applied_migrations(store.db))
    if has_data:
        # Local import: backup imports db's helpers.
        from fieldride.backup import make_backup

        store.backups_made.append(make_backup(store, reason="pre-migration"))
    log.info("applying %d migration(s) to set %s", len(pending), MIGRATION_SET)
    migrations.apply(store.db)
