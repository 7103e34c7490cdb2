"""Rolling backups and restore.

A backup is written with the SQLite online backup API to a temporary name in
``<data>/backups``, fsynced, checked with ``quick_check`` and only then renamed into place, so a
crash mid-backup never leaves a half file that looks like a backup. At most ``KEEP`` backups of
each kind are kept (the oldest are removed).

Restore never overwrites: the current DB (and its -wal/-shm) are moved aside with a ``.replaced-``
suffix before the backup is copied in, and it refuses while another FieldRide process has the
store open. ``backup_folder`` backs up through a read-only connection, so ``fieldride backup``
works while the app is open.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fieldride import paths
from fieldride.store.connection import Store
from fieldride.store.markers import clear_stale_markers, other_processes

log = logging.getLogger(__name__)

KEEP = {"daily": 7, "pre-migration": 5, "manual": 10, "pre-restore": 3}
SUFFIX = ".fieldride-backup"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``sequence`` orders backups (each new one takes the next number), so
    a clock that was wrong when a backup was taken cannot make it look older or newer than it
    is; ``taken_at`` is the clock's word, for display. Backups named before sequences existed
    have sequence 0."""

    path: Path
    kind: str
    taken_at: datetime
    size: int
    sequence: int = 0


class BackupError(Exception):
    """A backup or restore failed; the message is for the user."""


def _fsync(path: Path) -> None:
    """Flush a file (or, on POSIX, a folder's entry list) to disk."""
    if path.is_dir() and os.name != "posix":
        return  # Windows cannot open a folder to fsync it; NTFS journals renames itself
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _quick_check(path: Path) -> bool:
    """True if ``path`` is a SQLite file that passes ``quick_check`` (read-only, never raises)."""
    try:
        with path.open("rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return False


def holds_data(conn: sqlite3.Connection) -> bool:
    """True if the database on ``conn`` holds a seller or a ride (the bundled scorecards alone
    are not data: a fresh store has them)."""
    for table in ("sellers", "rides"):
        try:
            if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is not None:
                return True
        except sqlite3.Error:
            continue
    return False


def _backup_holds_data(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return holds_data(conn)
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        return False


def _copy_db(source: sqlite3.Connection, target: Path) -> None:
    """Copy ``source`` into a fresh self-contained file ``target`` (0600, rollback journal)."""
    for leftover in (target, Path(f"{target}-journal")):
        leftover.unlink(missing_ok=True)
    paths.create_private_file(target)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        # A backup must be one self-contained file, not a DB plus a WAL.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")


def _remove_leftovers(folder: Path) -> None:
    """Temporary files of backups interrupted by a crash (never renamed, so never trusted)."""
    for leftover in folder.glob(".*.tmp*"):
        leftover.unlink(missing_ok=True)


def _write_backup(
    source: sqlite3.Connection, data_folder: Path, reason: str, now: datetime | None = None
) -> Path:
    folder = paths.ensure_private_dir(paths.backups_dir(data_folder), inside_data_folder=True)
    _remove_leftovers(folder)
    existing = list_backups(data_folder)
    sequence = (existing[0].sequence if existing else 0) + 1
    final = folder / f"{_stamp(now)}-{sequence:06d}-{reason}{SUFFIX}"
    tmp = folder / f".{final.name}.tmp"
    try:
        _copy_db(source, tmp)
        _fsync(tmp)
        if not _quick_check(tmp):
            raise BackupError(
                f"The backup written to {tmp} failed its check; it was discarded. The data file "
                "itself may be damaged: run 'fieldride check'."
            )
        os.replace(tmp, final)
        _fsync(folder)
    except OSError as err:
        raise BackupError(f"Could not write a backup in {folder}: {err.strerror}.") from err
    except sqlite3.Error as err:
        raise BackupError(f"Could not write a backup in {folder}: {err}.") from err
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
    _prune(folder, reason)
    log.info("backup written (%s)", reason)
    return final


def make_backup(store: Store, reason: str = "manual", now: datetime | None = None) -> Path:
    """Back the open store up through its own connection; return the backup's path.

    The copy goes to a temporary name, is fsynced, must pass ``quick_check`` and only then is
    renamed into place (and the folder fsynced): a crash at any moment leaves either no backup
    or a complete one. Older backups of the same kind beyond ``KEEP`` are removed.
    Raises :class:`BackupError` if the copy cannot be written or does not pass its check.
    ``now`` is the clock's time to name it by (default: the system clock).
    """
    return _write_backup(store.db.conn, store.folder, reason, now)


def backup_folder(data_folder: Path, reason: str = "manual") -> Path:
    """Back up the store in ``data_folder`` without opening it for writing.

    Reads through a read-only connection, so it is safe while the app has the store open (it
    never checkpoints, never takes the write lock). Raises :class:`BackupError` when there is no
    data file or it cannot be read.
    """
    db_file = paths.db_path(data_folder)
    if not db_file.is_file() or db_file.stat().st_size == 0:
        raise BackupError(f"There is no data file to back up in {data_folder}.")
    if not _quick_check(db_file):
        raise BackupError(
            f"The data file {db_file} is damaged (it failed its check), so it was not backed up: "
            "a copy of it would only push sound backups out. Restore the newest good backup with "
            "'fieldride restore --newest'."
        )
    try:
        source = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as err:
        raise BackupError(f"Could not read {db_file}: {err}.") from err
    try:
        return _write_backup(source, data_folder, reason)
    finally:
        source.close()


def list_backups(data_folder: Path) -> list[BackupInfo]:
    """Backups in ``data_folder``, newest first (files that vanish meanwhile are skipped)."""
    folder = paths.backups_dir(data_folder)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob(f"*{SUFFIX}"):
        stamp, _, rest = path.name.partition("-")
        kind = rest[: -len(SUFFIX)]
        number, dash, after = kind.partition("-")
        sequence = 0
        if dash and len(number) == 6 and number.isdigit():  # stamp-SEQUENCE-kind
            sequence, kind = int(number), after
        try:
            taken = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(path, kind, taken, size, sequence))
    return sorted(found, key=lambda b: (b.sequence, b.taken_at), reverse=True)


def _prune(folder: Path, kind: str) -> None:
    """Remove backups of ``kind`` beyond ``KEEP``, never the newest one that holds data (a run
    of backups of an emptied store must not push out the last one with the team in it)."""
    keep = KEEP.get(kind, 5)
    every = list_backups(folder.parent)
    same = [b for b in every if b.kind == kind]
    if len(same) <= keep:
        return
    guarded = next((b.path for b in every if _backup_holds_data(b.path)), None)
    for old in same[keep:]:
        if old.path != guarded:
            old.path.unlink(missing_ok=True)


def maybe_daily_backup(store: Store, now: datetime | None = None) -> Path | None:
    """Take the daily backup if the newest one is older than a day (or there is none), and
    only of a store that holds data: a backup of nothing protects nothing, and it would count
    against the ones worth keeping."""
    now = now or datetime.now(UTC)
    if not holds_data(store.db.conn):
        return None
    daily = [b for b in list_backups(store.folder) if b.kind == "daily"]
    # The newest daily by sequence. A stamp in the future means the clock was ahead when it was
    # taken: that is no reason to wait until then (the dailies resume at once).
    if daily and timedelta(0) <= now - daily[0].taken_at < timedelta(days=1):
        return None
    return make_backup(store, reason="daily", now=now)


def newest_good_backup(data_folder: Path) -> BackupInfo | None:
    """The newest backup that passes ``quick_check`` and holds data; if no sound backup holds
    data, the newest sound one; None if there is no sound backup."""
    sound_but_empty = None
    for info in list_backups(data_folder):
        if _quick_check(info.path):
            if _backup_holds_data(info.path):
                return info
            sound_but_empty = sound_but_empty or info
    return sound_but_empty


def check_backup(path: Path) -> bool:
    """True if the backup file at ``path`` is a sound SQLite file (``quick_check``)."""
    return _quick_check(path)


def restore_backup(data_folder: Path, backup: Path) -> Path:
    """Replace the (closed) store in ``data_folder`` by ``backup``; return where the old DB went.

    Nothing is deleted: the current DB and its -wal/-shm files are renamed together with a
    ``.replaced-<time>`` suffix (they still open as a pair). The backup is first copied to a
    temporary name, fsynced and checked, then renamed into place.
    Raises :class:`BackupError` if the backup is missing or fails its check, or if another
    FieldRide process has the store open (restoring under it would lose its edits).
    """
    if not backup.is_file():
        raise BackupError(f"The backup {backup} does not exist.")
    if not _quick_check(backup):
        raise BackupError(f"The backup {backup} is damaged (it failed its check); choose another.")
    others = other_processes(data_folder)
    if others:
        raise BackupError(
            f"FieldRide is still open on {data_folder} (process {', '.join(map(str, others))}). "
            "Close it, then restore."
        )
    db_file = paths.db_path(data_folder)
    paths.ensure_private_dir(data_folder)
    stamp = _stamp()
    aside = db_file.with_name(f"{db_file.name}.replaced-{stamp}")
    tmp = db_file.with_name(f".{db_file.name}.restoring")
    try:
        src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy_db(src, tmp)
        finally:
            src.close()
        _fsync(tmp)
        if not _quick_check(tmp):
            raise BackupError(f"The copy of {backup} failed its check; nothing was changed.")
        for ext in ("", "-wal", "-shm"):
            current = Path(f"{db_file}{ext}")
            if current.exists():
                os.replace(current, Path(f"{aside}{ext}"))
        os.replace(tmp, db_file)
        _fsync(data_folder)
    except OSError as err:
        raise BackupError(f"Could not restore into {data_folder}: {err.strerror}.") from err
    except sqlite3.Error as err:
        raise BackupError(f"Could not restore {backup}: {err}.") from err
    finally:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}-journal").unlink(missing_ok=True)
    clear_stale_markers(data_folder)
    log.info("restored a backup; previous data file moved aside")
    return aside
