"""Opening the store: one SQLite file, one writer connection per process.

``open_store`` is the only way the rest of the code gets a database. In order, it:

1. creates the data folder 0700 and the DB file 0600 *before* SQLite touches them (SQLite would
   create 0644 and its -wal/-shm files copy the DB file's mode);
2. finishes or undoes a restore that was interrupted (``fieldride.store.backup``: the old
   store or the restored one, each with its journal), then refuses, without writing anything,
   a data folder whose DB file vanished while its journal (``-wal``) or backups are still
   there, a file that is not a SQLite database, a SQLite file of another program, and a DB in
   WAL mode whose journal went missing after an unclean shutdown;
3. checks the file on a **read-only** connection before any write: ``quick_check`` at every
   start, ``integrity_check`` after an unclean shutdown; a read-only connection never
   checkpoints on close, so a damaged file is left byte-for-byte as it was found. The app opens
   with ``quick_check=False`` (the header, schema and newer-version checks stay, and so does the
   full ``integrity_check`` after an unclean shutdown or before a migration) and runs
   :func:`check_store_file` on its own read-only connection in the background after the first
   paint; ``Store.check_pending`` tells that this check is still owed;
4. refuses a DB written by a newer FieldRide (unknown migrations), also before any write;
5. opens the writer connection and reads the pragmas back: WAL (checked), synchronous=FULL
   (+ fullfsync on macOS), foreign keys on, a busy timeout;
6. backs the DB up with the SQLite backup API before any pending migration, then migrates.

Unclean shutdowns are detected with one marker file per process (``fieldride.open.<pid>``): a
clean :meth:`Store.close` removes it; a marker whose process is gone means that process died
with the store open. Markers of live processes tell who else has the store open.

Failures raise :class:`StoreError` (or a subclass) with a message written for the user, never a
traceback; :class:`CorruptStoreError` carries SQLite's own findings in ``details`` for the log.

The pieces live beside this module: :class:`Store` and the writer connection in
``fieldride.store.connection``, the errors in ``fieldride.store.errors``, the markers in
``fieldride.store.markers``, the file and schema checks in ``fieldride.store.checks``, the
backup taken before a migration in ``fieldride.store.backup``. The opening for a command that
only reads (``open_for_reading``) is ``fieldride.store.reading``: it does not import this
module (its logging, crash copies, backups and migration runs), only ``open_store`` when a
folder needs more than reading.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from fieldride import paths
from fieldride.i18n import messages
from fieldride.store.checks import (
    CANNOT_OPEN,
    check_header,
    check_missing_file,
    check_missing_journal,
    damaged,
    read_only_connect,
    run_check,
    schema_checks,
    wal_path,
)
from fieldride.store.connection import Store, connect_writer
from fieldride.store.errors import StoreError
from fieldride.store.markers import (
    clear_stale_markers,
    other_processes,
    stale_all_checkpointed,
    stale_markers,
    take_marker,
)
from fieldride.store.migrations import (
    MIGRATION_SET,
    applied_names,
    apply,
    known_names,
    pending_names,
)
from fieldride.store.sql import StoreDb

log = logging.getLogger(__name__)


# --- checks before any write -----------------------------------------------------------------


def _read_only_checks(db_file: Path, full: bool, quick: bool = True) -> bool:
    """Integrity and schema checks on a read-only connection (never writes, never checkpoints).

    ``full`` runs ``integrity_check``; otherwise ``quick`` runs ``quick_check``; with neither,
    only the schema checks run, unless migrations are pending (they would write), in which case
    ``quick_check`` runs anyway. Returns whether an integrity or quick check ran.
    """
    conn = read_only_connect(db_file)
    try:
        checked = full or quick
        if checked:
            run_check(conn, db_file, "integrity_check" if full else "quick_check")
        pending = schema_checks(conn, db_file)
        if not checked and pending:
            run_check(conn, db_file, "quick_check")  # a migration must not write a damaged file
            checked = True
    finally:
        conn.close()
    return checked


def applied_migrations(db: StoreDb) -> list[str]:
    return applied_names(db.conn)


def schema_version(db: StoreDb) -> str:
    applied = applied_migrations(db)
    return applied[-1] if applied else "empty"


def open_store(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    migrate: bool = True,
    accept_loss: bool = False,
    quick_check: bool = True,
) -> Store:
    """Open (creating if needed) the store in ``data_dir`` (see :func:`paths.data_dir`).

    Raises :class:`StoreError` (or a subclass) with a user-facing message when the folder cannot
    be created, the file is not SQLite or is damaged, or it comes from a newer FieldRide. Every
    refusal happens before the first write: a refused file is left byte-for-byte as it was.
    ``accept_loss`` is the user's explicit choice to go on after a :class:`MissingJournalError`
    or :class:`MissingStoreError`.

    ``quick_check=False`` (the app) skips the full-file ``quick_check`` on this, the start-up
    path; the caller must then run :func:`check_store_file` (the app does it in the background
    after the first paint) and must not take backups before it passed: the returned store has
    ``check_pending`` set. The cheap checks (header, missing file or journal, schema, newer
    version) always run, as does ``integrity_check`` after an unclean shutdown and
    ``quick_check`` before pending migrations.
    """
    folder = paths.data_dir(data_dir)
    try:
        paths.ensure_private_dir(folder)
    except paths.SharedFolderError as err:
        raise StoreError(
            messages()
            .gettext(
                "The folder {path} is open to other users (mode {mode}) and is not a FieldRide "
                "data folder. FieldRide keeps personal data in a folder only you can open, and "
                "does not change the permissions of a folder it did not make. Use a new folder, "
                "for example {new} (FieldRide creates it private), or make this one private "
                "yourself (chmod 700 {path})."
            )
            .format(path=err.folder, mode=f"{err.mode:04o}", new=err.folder / paths.APP_NAME)
        ) from err
    except OSError as err:
        raise StoreError(
            messages()
            .gettext("Cannot create the data folder {folder}: {strerror}.")
            .format(folder=folder, strerror=err.strerror)
        ) from err
    if paths.restore_left_files(folder):
        # backup.py (its checksums, progress and json) only when a restore left files behind:
        # an ordinary opening has nothing to finish and does not import it (~9 M instructions
        # of the app's start)
        from fieldride.store.backup import BackupError, finish_interrupted_restore

        try:
            finish_interrupted_restore(folder)  # before anything looks at the files (backup.py)
        except BackupError as err:
            raise StoreError(str(err)) from err
    db_file = paths.db_path(folder)
    check_missing_file(db_file, accept_loss)
    try:
        paths.create_private_file(db_file)
    except OSError as err:
        raise StoreError(
            messages()
            .gettext("Cannot create the data file {db_file}: {strerror}.")
            .format(db_file=db_file, strerror=err.strerror)
        ) from err
    check_header(db_file)
    stale = stale_markers(folder)
    was_unclean = bool(stale)
    if was_unclean:
        keep_crash_copy(db_file)  # before anything reads the journal: recovery rewrites it
    if not accept_loss:
        # A crashed process whose journal a later process checkpointed left nothing behind.
        check_missing_journal(db_file, was_unclean and not stale_all_checkpointed(stale))
    checked = db_file.stat().st_size == 0  # a new, empty file has nothing to check
    if not checked:
        checked = _read_only_checks(db_file, full=was_unclean, quick=quick_check)
    try:
        db = connect_writer(db_file)
    except sqlite3.DatabaseError as err:
        raise damaged(db_file, CANNOT_OPEN, str(err)) from err
    store = Store(
        db=db,
        folder=folder,
        path=db_file,
        was_unclean=was_unclean,
        check_pending=not checked,
        other_processes=other_processes(folder),
    )
    take_marker(folder)
    try:
        if was_unclean:
            log.info("previous session ended uncleanly; integrity check passed")
            clear_stale_markers(folder)
        if migrate:
            _migrate(store)
            _seal(store)
    except BaseException:
        store.close()
        raise
    return store


CRASH_COPIES_KEPT = 3


def keep_crash_copy(db_file: Path) -> Path | None:
    """After an unclean shutdown, copy the data file and its journal, as a pair, into a private
    ``crash-copies/<time>`` folder before anything opens them: opening recovers the journal
    into the data file and resets it, and a damaged journal is recovered only up to its first
    bad frame. The copy keeps the evidence (``fieldride check`` on a copy of it says what the
    journal held). Only when there is a journal with content; the newest three pairs are kept.
    A copy that cannot be written (full disk) is logged and skipped: it never stops the start.
    """
    wal = wal_path(db_file)
    if not wal.exists() or wal.stat().st_size == 0:
        return None
    import shutil  # imports bz2 and lzma: only after a crash

    folder = paths.crash_copies_dir(db_file.parent)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / stamp
    try:
        paths.ensure_private_dir(folder, inside_data_folder=True)
        target.mkdir(mode=0o700)
        for source in (db_file, wal):
            copy = target / source.name
            paths.create_private_file(copy)
            shutil.copyfile(source, copy)
    except OSError as err:
        log.warning("could not keep a copy of the journal after a crash: %s", err.strerror)
        shutil.rmtree(target, ignore_errors=True)
        return None
    for old in sorted(p for p in folder.iterdir() if p.is_dir())[:-CRASH_COPIES_KEPT]:
        shutil.rmtree(old, ignore_errors=True)
    log.info("journal kept after an unclean shutdown (%d bytes)", wal.stat().st_size)
    return target


def _seal(store: Store) -> None:
    """Checksum acknowledged rides that have none (a conflict copy, a seal that could not be
    written): one indexed look-up when there are none. A full disk only postpones it."""
    from fieldride.store.checksums import ensure_triggers, seal_finished_rides

    try:
        if ensure_triggers(store.db.conn):
            log.warning("ride checksum triggers were missing: made again, checksums retaken")
        sealed = seal_finished_rides(store.db.conn)
    except sqlite3.OperationalError as err:
        log.warning("ride checksums not written now (%s)", type(err).__name__)
    else:
        if sealed:
            log.info("checksums written for %d acknowledged rides", sealed)


def _migrate(store: Store) -> None:
    pending = pending_names(store.db.conn)
    if not pending:
        return
    has_data = bool(applied_migrations(store.db))
    if has_data:
        from fieldride.store.backup import make_backup

        store.backups_made.append(make_backup(store, reason="pre-migration"))
    log.info("applying %d migration(s) to set %s", len(pending), MIGRATION_SET)
    for name in pending:
        try:
            # One step at a time, each in its own transaction with the record that it ran: a
            # failure leaves the DB at the last step that completed.
            apply(store.db, stop_before=_after(name))
        except Exception as err:
            log.error("migration %s failed", name, exc_info=True)
            backup = (
                f" A backup was taken first: {store.backups_made[-1]}."
                if store.backups_made
                else ""
            )
            raise StoreError(
                messages()
                .gettext(
                    "Updating the data file {path} to this version of FieldRide failed at step '{name}' ({error}). The data file was left at the last step that completed.{backup} Please report this problem."
                )
                .format(path=store.path, name=name, error=type(err).__name__, backup=backup)
            ) from err


def _after(name: str) -> str | None:
    """The migration that follows ``name`` (to stop before it), or None for the last one."""
    names = known_names()
    index = names.index(name)
    return names[index + 1] if index + 1 < len(names) else None
