"""Opening the store: one SQLite file, one writer connection per process.

``open_store`` is the only way the rest of the code gets a database. In order, it:

1. creates the data folder 0700 and the DB file 0600 *before* SQLite touches them (SQLite would
   create 0644 and its -wal/-shm files copy the DB file's mode);
2. refuses, without writing anything, a data folder whose DB file vanished while its journal
   (``-wal``) or backups are still there, a file that is not a SQLite database, a SQLite file of
   another program, and a DB in WAL mode whose journal went missing after an unclean shutdown;
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
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from fieldride import paths
from fieldride.migrations import MIGRATION_SET, known_names, migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
UNCLEAN_MARKER = "fieldride.open"
RESTORE_HINT = (
    "Restore the newest good backup from the recovery window that FieldRide shows at start, "
    "or with 'fieldride restore --newest'."
)

# Stores open in this process, per folder: the marker goes only when the last one closes.
_open_counts: dict[Path, int] = {}


class StoreError(Exception):
    """The store cannot be opened; ``str(err)`` is a plain-language message for the user."""


class NewerSchemaError(StoreError):
    """The DB was written by a newer FieldRide; it was left untouched."""


class CorruptStoreError(StoreError):
    """The DB is damaged or not a FieldRide database; nothing was overwritten.

    ``details`` holds SQLite's own findings (for the log and a "details" section, not the main
    message). ``can_accept`` is True when the file itself is sound and the user may choose to
    continue with it as it is (see :class:`MissingJournalError`).
    """

    can_accept = False

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


class MissingJournalError(CorruptStoreError):
    """The DB is sound but its write-ahead journal vanished after an unclean shutdown.

    The edits made since the last checkpoint were in that journal. The user chooses: restore a
    backup, or continue with the file as it is (``open_store(..., accept_loss=True)``).
    """

    can_accept = True


class MissingStoreError(CorruptStoreError):
    """The DB file is gone but backups (or its journal) are still in the data folder.

    Starting empty would hide the loss, so the user chooses: restore a backup, or start with an
    empty data file (``open_store(..., accept_loss=True)``).
    """

    can_accept = True


@dataclass
class Store:
    """An open store: the sqlite-utils database plus where it lives.

    One per process. ``db`` is the single writer connection: use ``db.execute`` for writes,
    ``db.query`` for reads and ``with db.atomic():`` around multi-step writes.
    ``was_unclean`` tells that the previous session ended without a clean close (the full
    ``integrity_check`` ran); ``other_processes`` lists the ids of live processes that had the
    store open when it was opened.
    """

    db: Database
    folder: Path
    path: Path
    was_unclean: bool = False
    check_pending: bool = False
    backups_made: list[Path] = field(default_factory=list)
    other_processes: list[int] = field(default_factory=list)
    _closed: bool = False

    def close(self) -> None:
        """Checkpoint, close the connection and remove this process's unclean-shutdown marker.

        Safe to call twice. A failed checkpoint is logged, never raised: the WAL stays and
        SQLite replays it at the next open. While another process has the store open we do not
        checkpoint: two processes checkpointing at once is the trigger of SQLite's WAL-reset bug
        (STACK-NOTES), and the last process to close checkpoints anyway.
        """
        if self._closed:
            return
        self._closed = True
        if not other_processes(self.folder):
            try:
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:  # closing must not fail because a checkpoint could not run
                log.warning("WAL checkpoint at close failed", exc_info=True)
        self.db.close()
        _release_marker(self.folder)

    def abandon(self) -> None:
        """Close without touching the data file: no checkpoint, the journal stays as it is.

        For a file found damaged while open (the background check failed): SQLite checkpoints
        when the last connection to a WAL database closes, which would copy the journal into
        the damaged file. A read-only connection held open across the close keeps the writer
        from being the last one (it cannot take the exclusive lock a checkpoint on close
        needs); a read-only connection never checkpoints itself. The marker is removed, so the
        recovery window may restore a backup. Safe to call twice, or after :meth:`close`.
        """
        if self._closed:
            return
        self._closed = True
        guard: sqlite3.Connection | None = None
        try:
            guard = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
            guard.execute("BEGIN")  # a read transaction: its shared lock outlives the close
            guard.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            log.warning("could not hold the data file open while abandoning it", exc_info=True)
        try:
            self.db.close()
        finally:
            if guard is not None:
                guard.close()
            _release_marker(self.folder)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- markers ---------------------------------------------------------------------------------


def _marker(folder: Path, pid: int) -> Path:
    return folder / f"{UNCLEAN_MARKER}.{pid}"


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        # No cheap, safe liveness probe without extra libraries: treat it as gone, which only
        # costs a full integrity_check at the next start.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, owned by someone else
        return True
    return True


def _markers(folder: Path) -> list[tuple[Path, int | None]]:
    found: list[tuple[Path, int | None]] = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"{UNCLEAN_MARKER}*"):
        suffix = path.name[len(UNCLEAN_MARKER) :].lstrip(".")
        found.append((path, int(suffix) if suffix.isdigit() else None))
    return found


def stale_markers(folder: Path) -> list[Path]:
    """Markers left by processes that died with the store open (an unclean shutdown)."""
    return [p for p, pid in _markers(folder) if pid is None or not _pid_alive(pid)]


def other_processes(folder: Path) -> list[int]:
    """Ids of other live processes that have the store in ``folder`` open."""
    me = os.getpid()
    return sorted(pid for _, pid in _markers(folder) if pid and pid != me and _pid_alive(pid))


def clear_stale_markers(folder: Path) -> None:
    """Forget earlier unclean shutdowns (after a check passed, a restore, or the user accepted)."""
    for path in stale_markers(folder):
        path.unlink(missing_ok=True)


def _take_marker(folder: Path) -> None:
    _open_counts[folder] = _open_counts.get(folder, 0) + 1
    marker = _marker(folder, os.getpid())
    marker.touch(mode=0o600)


def _release_marker(folder: Path) -> None:
    count = _open_counts.get(folder, 1) - 1
    if count > 0:
        _open_counts[folder] = count
        return
    _open_counts.pop(folder, None)
    _marker(folder, os.getpid()).unlink(missing_ok=True)


# --- checks before any write -----------------------------------------------------------------


def _wal_path(db_file: Path) -> Path:
    return Path(f"{db_file}-wal")


def _check_missing_file(db_file: Path, accept_loss: bool) -> None:
    if db_file.exists():
        return
    wal = _wal_path(db_file)
    if wal.exists() and wal.stat().st_size > 0:
        raise MissingStoreError(
            f"The data file {db_file} is missing, but its journal {wal.name} is still there: the "
            "data file was moved or deleted. Nothing was changed. Put the data file back, or "
            + RESTORE_HINT,
            details="journal without data file",
        )
    backups = paths.backups_dir(db_file.parent)
    has_backups = backups.is_dir() and any(backups.glob("*.fieldride-backup"))
    if has_backups and not accept_loss:
        raise MissingStoreError(
            f"The data file {db_file} is missing, but this data folder has backups: the data file "
            "was moved or deleted. Nothing was changed. " + RESTORE_HINT + " Or start with an "
            "empty data file (the backups stay where they are).",
            details="data file missing, backups present",
        )


def _check_header(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(100)
    if header[:16] != SQLITE_HEADER:
        raise CorruptStoreError(
            f"The data file {path} is not a FieldRide database: it does not start like a SQLite "
            "database (it may have been overwritten or damaged). Nothing was changed. "
            + RESTORE_HINT,
            details=f"first bytes {header[:16]!r}",
        )
    if len(header) < 100:
        raise CorruptStoreError(
            f"The data file {path} is cut short ({size} bytes): it is damaged. Nothing was "
            "changed. " + RESTORE_HINT,
            details=f"file of {size} bytes",
        )


def _is_wal_mode_file(path: Path) -> bool:
    """Bytes 18-19 of the header are 2 when the file is in WAL mode."""
    with path.open("rb") as fh:
        header = fh.read(20)
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def _check_missing_journal(db_file: Path, unclean: bool) -> None:
    # A clean close checkpoints and deletes the WAL; after an unclean shutdown the WAL must
    # still be there (it holds the edits since the last checkpoint). If it is gone, someone or
    # something (a sync tool, a copy of just the .db file) separated the two.
    if not unclean or db_file.stat().st_size == 0 or not _is_wal_mode_file(db_file):
        return
    if _wal_path(db_file).exists():
        return
    raise MissingJournalError(
        f"FieldRide was not closed cleanly last time and the journal of the data file {db_file} "
        f"({_wal_path(db_file).name}) is missing: the most recent edits may have been in it. "
        "The data file itself is sound. Nothing was changed. Either continue with the data "
        "file as it is, or " + RESTORE_HINT[0].lower() + RESTORE_HINT[1:],
        details="WAL missing after unclean shutdown",
    )


def _damaged(path: Path, what: str, details: str) -> CorruptStoreError:
    return CorruptStoreError(
        f"The data file {path} is damaged ({what}). Nothing was changed. " + RESTORE_HINT,
        details=details,
    )


def _read_only_connect(db_file: Path, in_use: bool = False) -> sqlite3.Connection:
    try:
        # Without a journal, ``immutable`` reads the file alone and creates no -wal/-shm
        # files next to it: a refused folder is left exactly as it was found. Never for a file
        # that is open for writing (``in_use``): immutable would ignore the writer's changes.
        immutable = not in_use and not _wal_path(db_file).exists()
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        conn = sqlite3.connect(
            f"{db_file.as_uri()}?{flags}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as err:
        raise _damaged(db_file, "it cannot be opened", str(err)) from err
    return conn


def _run_check(conn: sqlite3.Connection, db_file: Path, pragma: str) -> None:
    """Run ``PRAGMA quick_check``/``integrity_check`` on ``conn``; raise unless it says ok."""
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.OperationalError as err:
        if "locked" in str(err) or "busy" in str(err):
            raise StoreError(
                f"The data file {db_file} is busy: another program holds it locked. Close "
                "other FieldRide windows or commands and try again."
            ) from err
        raise _damaged(db_file, "SQLite cannot read it", str(err)) from err
    except sqlite3.DatabaseError as err:
        raise _damaged(db_file, "SQLite cannot read it", str(err)) from err
    if rows != ["ok"]:
        problems = "\n".join(rows)
        count = sum(line.count("\n") + 1 for line in rows)
        raise _damaged(
            db_file, f"its {pragma.replace('_', ' ')} found {count} problem(s)", problems
        )


def _read_only_checks(db_file: Path, full: bool, quick: bool = True) -> bool:
    """Integrity and schema checks on a read-only connection (never writes, never checkpoints).

    ``full`` runs ``integrity_check``; otherwise ``quick`` runs ``quick_check``; with neither,
    only the schema checks run, unless migrations are pending (they would write), in which case
    ``quick_check`` runs anyway. Returns whether an integrity or quick check ran.
    """
    conn = _read_only_connect(db_file)
    try:
        checked = full or quick
        if checked:
            _run_check(conn, db_file, "integrity_check" if full else "quick_check")
        db = Database(conn, execute_plugins=False)
        try:
            tables = set(db.table_names())
        except sqlite3.DatabaseError as err:  # unchecked file whose schema cannot be read
            raise _damaged(db_file, "SQLite cannot read it", str(err)) from err
        if tables and migrations.migrations_table not in tables:
            raise CorruptStoreError(
                f"The data file {db_file} is a SQLite database of another program, not FieldRide's. "
                "Nothing was changed. Choose another data folder.",
                details=f"tables: {', '.join(sorted(tables)[:8])}",
            )
        try:
            _refuse_newer(db, db_file)
            pending = bool(migrations.pending(db))
        except sqlite3.DatabaseError as err:
            raise _damaged(db_file, "SQLite cannot read it", str(err)) from err
        if not checked and pending:
            _run_check(conn, db_file, "quick_check")  # a migration must not write a damaged file
            checked = True
    finally:
        conn.close()
    return checked


def check_store_file(db_file: Path) -> None:
    """Run ``quick_check`` on ``db_file`` through its own read-only connection.

    The app's background check after the first paint (``open_store(..., quick_check=False)``).
    Safe while the store is open for writing in this or another process: it never writes,
    never checkpoints, never takes the write lock; it reads a consistent snapshot (the WAL
    included). Returns None when the file is sound; raises :class:`CorruptStoreError` (with
    SQLite's findings in ``details``) when it is damaged, :class:`StoreError` when it is busy.
    """
    conn = _read_only_connect(db_file, in_use=True)
    try:
        _run_check(conn, db_file, "quick_check")
    finally:
        conn.close()


# --- the writer connection -------------------------------------------------------------------


class _Database(Database):
    """sqlite-utils' Database whose outermost ``atomic()`` starts with ``BEGIN IMMEDIATE``.

    A deferred ``BEGIN`` that reads and then writes cannot wait for another writer: if someone
    committed since its read began, SQLite refuses the upgrade at once ("database is locked")
    without calling the busy handler. ``IMMEDIATE`` takes the write lock first, so a second
    process (a CLI command, another instance) makes it wait up to the busy timeout instead.
    Nested blocks keep using savepoints.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = _Database(conn, execute_plugins=False)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.close()
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
    except OSError as err:
        raise StoreError(f"Cannot create the data folder {folder}: {err.strerror}.") from err
    db_file = paths.db_path(folder)
    _check_missing_file(db_file, accept_loss)
    try:
        paths.create_private_file(db_file)
    except OSError as err:
        raise StoreError(f"Cannot create the data file {db_file}: {err.strerror}.") from err
    _check_header(db_file)
    stale = stale_markers(folder)
    was_unclean = bool(stale)
    if not accept_loss:
        _check_missing_journal(db_file, was_unclean)
    checked = db_file.stat().st_size == 0  # a new, empty file has nothing to check
    if not checked:
        checked = _read_only_checks(db_file, full=was_unclean, quick=quick_check)
    try:
        db = _connect(db_file)
    except sqlite3.DatabaseError as err:
        raise _damaged(db_file, "it cannot be opened", str(err)) from err
    store = Store(
        db=db,
        folder=folder,
        path=db_file,
        was_unclean=was_unclean,
        check_pending=not checked,
        other_processes=other_processes(folder),
    )
    _take_marker(folder)
    try:
        if was_unclean:
            log.info("previous session ended uncleanly; integrity check passed")
            clear_stale_markers(folder)
        if migrate:
            _migrate(store)
    except BaseException:
        store.close()
        raise
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
    for migration in pending:
        try:
            # One step at a time, each in its own transaction with the record that it ran: a
            # failure leaves the DB at the last step that completed.
            migrations.apply(store.db, stop_before=_after(migration.name))
        except Exception as err:
            log.error("migration %s failed", migration.name, exc_info=True)
            backup = (
                f" A backup was taken first: {store.backups_made[-1]}."
                if store.backups_made
                else ""
            )
            raise StoreError(
                f"Updating the data file {store.path} to this version of FieldRide failed at "
                f"step '{migration.name}' ({type(err).__name__}). The data file was left at the "
                f"last step that completed.{backup} Please report this problem."
            ) from err


def _after(name: str) -> str | None:
    """The migration that follows ``name`` (to stop before it), or None for the last one."""
    names = known_names()
    index = names.index(name)
    return names[index + 1] if index + 1 < len(names) else None
