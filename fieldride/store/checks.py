"""The store's checks before any write: each reads the file (or a read-only connection to it)
and never writes, so a refused file is left byte-for-byte as it was found.

Used by ``fieldride.store.open_store`` and ``open_for_reading`` (:func:`schema_checks`: another
program's SQLite file, a file from a newer FieldRide, pending migrations);
:func:`check_store_file` is also the app's background ``quick_check`` after the first paint
(exported by ``fieldride.store``). Failures raise the
errors of ``fieldride.store.errors`` with a message for the user.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from fieldride import paths
from fieldride.i18n import N_, messages
from fieldride.store.errors import (
    CheckCancelledError,
    CorruptStoreError,
    EmptiedStoreError,
    MissingJournalError,
    MissingStoreError,
    NewerSchemaError,
    NoSpaceError,
    StoreError,
    continue_or_restore,
    restore_hint,
)
from fieldride.store.migrations import MIGRATIONS_TABLE, applied_names, known_names, pending_names

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def wal_path(db_file: Path) -> Path:
    return Path(f"{db_file}-wal")


def check_missing_file(db_file: Path, accept_loss: bool) -> None:
    """Refuse a data file that is gone, or emptied to 0 bytes, while its journal or backups
    are still in the folder: that is lost data, not a new store (unless ``accept_loss``)."""
    if db_file.exists():
        if db_file.stat().st_size == 0 and not accept_loss:
            check_emptied_file(db_file)
        return
    wal = wal_path(db_file)
    if wal.exists() and wal.stat().st_size > 0:
        raise MissingStoreError(
            messages()
            .gettext(
                "The data file {db_file} is missing, but its journal {journal} is still there: "
                "the data file was moved or deleted. Nothing was changed. Put the data file back, "
                "or use a backup. {restore}"
            )
            .format(db_file=db_file, journal=wal.name, restore=restore_hint()),
            details="journal without data file",
        )
    backups = paths.backups_dir(db_file.parent)
    has_backups = backups.is_dir() and any(backups.glob("*.fieldride-backup"))
    if has_backups and not accept_loss:
        raise MissingStoreError(
            messages()
            .gettext(
                "The data file {db_file} is missing, but this data folder has backups: the data "
                "file was moved or deleted. Nothing was changed. {restore} Or start with an empty "
                "data file (the backups stay where they are)."
            )
            .format(db_file=db_file, restore=restore_hint()),
            details="data file missing, backups present",
        )


def check_emptied_file(db_file: Path) -> None:
    wal = wal_path(db_file)
    backups = paths.backups_dir(db_file.parent)
    has_backups = backups.is_dir() and any(backups.glob("*.fieldride-backup"))
    has_journal = wal.exists() and wal.stat().st_size > 0
    if has_backups or has_journal:
        sentence = (
            N_(
                "The data file {db_file} is empty (0 bytes), but this data folder has backups: "
                "its content was lost (emptied by another program, a sync tool or a full disk). "
                "It is not a new data file. Nothing was changed. {restore} Or start with an "
                "empty data file (the backups stay where they are)."
            )
            if has_backups
            else N_(
                "The data file {db_file} is empty (0 bytes), but its journal {journal} is still "
                "there: its content was lost (emptied by another program, a sync tool or a full "
                "disk). It is not a new data file. Nothing was changed. {restore} Or start with "
                "an empty data file (the backups stay where they are)."
            )
        )
        raise EmptiedStoreError(
            messages()
            .gettext(sentence)
            .format(db_file=db_file, journal=wal.name, restore=restore_hint()),
            details="data file of 0 bytes, " + ("backups present" if has_backups else "journal"),
        )


def check_header(path: Path) -> None:
    size = path.stat().st_size
    if size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(100)
    if header[:16] != SQLITE_HEADER:
        raise CorruptStoreError(
            messages()
            .gettext(
                "The data file {path} is not a FieldRide database: it does not start like a "
                "SQLite database (it may have been overwritten or damaged). Nothing was changed. "
                "{restore}"
            )
            .format(path=path, restore=restore_hint()),
            details=f"first bytes {header[:16]!r}",
        )
    if len(header) < 100:
        raise CorruptStoreError(
            messages()
            .gettext(
                "The data file {path} is cut short ({size} bytes): it is damaged. Nothing was "
                "changed. {restore}"
            )
            .format(path=path, size=size, restore=restore_hint()),
            details=f"file of {size} bytes",
        )


def is_wal_mode_file(path: Path) -> bool:
    """Bytes 18-19 of the header are 2 when the file is in WAL mode."""
    with path.open("rb") as fh:
        header = fh.read(20)
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def check_missing_journal(db_file: Path, unclean: bool) -> None:
    # A clean close checkpoints and deletes the WAL; after an unclean shutdown the WAL must
    # still be there (it holds the edits since the last checkpoint). If it is gone, someone or
    # something (a sync tool, a copy of just the .db file) separated the two.
    if not unclean or db_file.stat().st_size == 0 or not is_wal_mode_file(db_file):
        return
    if wal_path(db_file).exists():
        return
    raise MissingJournalError(
        messages()
        .gettext(
            "FieldRide was not closed cleanly last time and the journal of the data file "
            "{db_file} ({journal}) is missing: the most recent edits may have been in it. The "
            "data file itself is sound. Nothing was changed. {choice}"
        )
        .format(db_file=db_file, journal=wal_path(db_file).name, choice=continue_or_restore()),
        details="WAL missing after unclean shutdown",
    )


# SQLite's words for a file it could not write or size (the -shm or -wal of a full disk):
# with almost no space left these mean "no space", not damage
# Why a file is called damaged (translated in damaged()); a check's findings come counted.
CANNOT_OPEN = N_("it cannot be opened")
CANNOT_READ = N_("SQLite cannot read it")
_NO_SPACE_WORDS = ("disk i/o error", "database or disk is full", "unable to open")
NO_SPACE_LEFT = 1024 * 1024  # bytes free below which such an error is the full disk's


def damaged(path: Path, what: str, details: str) -> StoreError:
    """The error for a file SQLite could not open or read: :class:`CorruptStoreError`, unless
    its disk is (all but) full and SQLite's words say it could not write or size a file, when
    it is :class:`NoSpaceError` (the recovery window must not offer to restore a sound file)."""
    t = messages()
    if any(words in details.lower() for words in _NO_SPACE_WORDS) and disk_nearly_full(path):
        return NoSpaceError(
            t.gettext(
                "The disk that holds {folder} is full. SQLite needs a little space (for its "
                "journal and shared-memory files) even to open the data file, and there is none. "
                "The data file is not damaged and nothing was changed. Free some space on that "
                "disk and start FieldRide again."
            ).format(folder=path.parent)
        )
    return CorruptStoreError(
        t.gettext(
            "The data file {path} is damaged ({what}). Nothing was changed. {restore}"
        ).format(path=path, what=t.gettext(what), restore=restore_hint()),
        details=details,
    )


def disk_nearly_full(path: Path) -> bool:
    """True when the disk holding ``path`` has less than ``NO_SPACE_LEFT`` free."""
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < NO_SPACE_LEFT
    except OSError:
        return False


def read_only_connect(db_file: Path, in_use: bool = False) -> sqlite3.Connection:
    try:
        # Without a journal, ``immutable`` reads the file alone and creates no -wal/-shm
        # files next to it: a refused folder is left exactly as it was found. Never for a file
        # that is open for writing (``in_use``): immutable would ignore the writer's changes.
        immutable = not in_use and not wal_path(db_file).exists()
        flags = "mode=ro&immutable=1" if immutable else "mode=ro"
        conn = sqlite3.connect(
            f"{db_file.as_uri()}?{flags}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
        )
    except sqlite3.Error as err:
        raise damaged(db_file, CANNOT_OPEN, str(err)) from err
    return conn


def run_check(conn: sqlite3.Connection, db_file: Path, pragma: str) -> None:
    """Run ``PRAGMA quick_check``/``integrity_check`` on ``conn``; raise unless it says ok."""
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
    except sqlite3.OperationalError as err:
        if "locked" in str(err) or "busy" in str(err):
            raise StoreError(
                messages()
                .gettext(
                    "The data file {db_file} is busy: another program holds it locked. Close other FieldRide windows or commands and try again."
                )
                .format(db_file=db_file)
            ) from err
        raise damaged(db_file, CANNOT_READ, str(err)) from err
    except sqlite3.DatabaseError as err:
        raise damaged(db_file, CANNOT_READ, str(err)) from err
    if rows != ["ok"]:
        problems = "\n".join(rows)
        count = sum(line.count("\n") + 1 for line in rows)
        t = messages()
        found = (
            t.ngettext(
                "its integrity check found {n} problem",
                "its integrity check found {n} problems",
                count,
            )
            if pragma == "integrity_check"
            else t.ngettext(
                "its quick check found {n} problem", "its quick check found {n} problems", count
            )
        )
        raise damaged(db_file, found.format(n=count), problems)


class FileCheck:
    """:func:`check_store_file` that another thread can cancel: the app's background check,
    which quitting must not wait for.

    :meth:`run` (on the worker thread) opens its own read-only connection and runs
    ``quick_check``; :meth:`cancel` (from any thread) interrupts it through SQLite's
    ``sqlite3_interrupt`` (``Connection.interrupt``, the one call SQLite allows from another
    thread), or keeps it from starting. A cancelled check raises :class:`CheckCancelledError`,
    never a damage report: an interrupted ``quick_check`` says nothing about the file, and the
    check is owed again at the next start. Otherwise the same results as
    :func:`check_store_file`.
    """

    def __init__(self, db_file: Path) -> None:
        import threading  # the app's background check only: every command imports this module

        self.db_file = db_file
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        with self._lock:
            if self._cancelled:
                raise CheckCancelledError(
                    messages().gettext("The check of the data file was cancelled.")
                )
            conn = self._conn = read_only_connect(self.db_file, in_use=True)
        try:
            run_check(conn, self.db_file, "quick_check")
        except StoreError:
            if self._cancelled:
                raise CheckCancelledError(
                    messages().gettext("The check of the data file was cancelled.")
                ) from None
            raise
        finally:
            with self._lock:
                self._conn = None
            conn.close()
        if self._cancelled:  # an interrupted check can end early without an error: no verdict
            raise CheckCancelledError(
                messages().gettext("The check of the data file was cancelled.")
            )

    def cancel(self) -> None:
        """Stop the check as soon as SQLite looks at its interrupt flag (between pages)."""
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()


def check_store_file(db_file: Path) -> None:
    """Run ``quick_check`` on ``db_file`` through its own read-only connection.

    The app's background check after the first paint (``open_store(..., quick_check=False)``).
    Safe while the store is open for writing in this or another process: it never writes,
    never checkpoints, never takes the write lock; it reads a consistent snapshot (the WAL
    included). Returns None when the file is sound; raises :class:`CorruptStoreError` (with
    SQLite's findings in ``details``) when it is damaged, :class:`StoreError` when it is busy.
    """
    conn = read_only_connect(db_file, in_use=True)
    try:
        run_check(conn, db_file, "quick_check")
    finally:
        conn.close()


def schema_checks(conn: sqlite3.Connection, db_file: Path) -> bool:
    """Refuse another program's SQLite file and a file from a newer FieldRide; return whether
    migrations are pending. Reads only the schema and the table of applied steps."""
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError as err:  # unchecked file whose schema cannot be read
        raise damaged(db_file, CANNOT_READ, str(err)) from err
    if tables and MIGRATIONS_TABLE not in tables:
        raise CorruptStoreError(
            messages()
            .gettext(
                "The data file {db_file} is a SQLite database of another program, not "
                "FieldRide's. Nothing was changed. Choose another data folder."
            )
            .format(db_file=db_file),
            details=f"tables: {', '.join(sorted(tables)[:8])}",
        )
    try:
        refuse_newer(conn, db_file)
        return bool(pending_names(conn))
    except sqlite3.DatabaseError as err:
        raise damaged(db_file, CANNOT_READ, str(err)) from err


def refuse_newer(conn: sqlite3.Connection, path: Path) -> None:
    """Raise :class:`NewerSchemaError` when the file records schema steps this version does not
    know (written by a newer FieldRide)."""
    unknown = [name for name in applied_names(conn) if name not in known_names()]
    if unknown:
        raise NewerSchemaError(
            messages()
            .gettext(
                "The data file {path} was written by a newer version of FieldRide (schema step '{step}'). It was left untouched. Install the newer FieldRide to open it."
            )
            .format(path=path, step=unknown[-1])
        )
