"""Rolling backups and restore.

A backup is written with the SQLite online backup API to a temporary name in
``<data>/backups``, fsynced, checked with ``quick_check`` and only then renamed into place, so a
crash mid-backup never leaves a half file that looks like a backup. At most ``KEEP`` backups of
each kind are kept (the oldest are removed).

Restore never overwrites: the current DB (and its -wal/-shm) are moved aside with a ``.replaced-``
suffix before the backup is copied in.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from fieldride import paths

if TYPE_CHECKING:
    from fieldride.db import Store

log = logging.getLogger(__name__)

KEEP = {"daily": 7, "pre-migration": 5, "manual": 10, "pre-restore": 3}
SUFFIX = ".fieldride-backup"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    taken_at: datetime
    size: int


class BackupError(Exception):
    """A backup or restore failed; the message is for the user."""


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _quick_check(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return bool(conn.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _copy_db(source: sqlite3.Connection, target: Path) -> None:
    paths.create_private_file(target)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
        # A backup must be one self-contained file, not a DB plus a WAL.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def make_backup(store: Store, reason: str = "manual") -> Path:
    """Back the open store up; return the backup's path.

    Raises :class:`BackupError` if the copy cannot be written or does not pass ``quick_check``.
    """
    folder = paths.ensure_private_dir(paths.backups_dir(store.folder))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"{stamp}-{reason}{SUFFIX}"
    tmp = folder / f".{final.name}.tmp"
    try:
        _copy_db(store.db.conn, tmp)
        _fsync(tmp)
        if not _quick_check(tmp):
            raise BackupError(f"The backup written to {tmp} failed its check; it was discarded.")
        os.replace(tmp, final)
        _fsync(folder)
    except OSError as err:
        raise BackupError(f"Could not write a backup in {folder}: {err.strerror}.") from err
    finally:
        tmp.unlink(missing_ok=True)
    _prune(folder, reason)
    log.info("backup written (%s)", reason)
    return final


def list_backups(data_folder: Path) -> list[BackupInfo]:
    """Backups in ``data_folder``, newest first."""
    folder = paths.backups_dir(data_folder)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob(f"*{SUFFIX}"):
        stamp, _, rest = path.name.partition("-")
        kind = rest[: -len(SUFFIX)]
        try:
            taken = datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupInfo(path, kind, taken, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _prune(folder: Path, kind: str) -> None:
    keep = KEEP.get(kind, 5)
    same = [b for b in list_backups(folder.parent) if b.kind == kind]
    for old in same[keep:]:
        old.path.unlink(missing_ok=True)


def maybe_daily_backup(store: Store, now: datetime | None = None) -> Path | None:
    """Take the daily backup if the newest one is older than a day (or there is none)."""
    now = now or datetime.now(UTC)
    daily = [b for b in list_backups(store.folder) if b.kind == "daily"]
    if daily and now - daily[0].taken_at < timedelta(days=1):
        return None
    return make_backup(store, reason="daily")


def newest_good_backup(data_folder: Path) -> BackupInfo | None:
    for info in list_backups(data_folder):
        if _quick_check(info.path):
            return info
    return None


def restore_backup(data_folder: Path, backup: Path) -> Path:
    """Replace the (closed) store in ``data_folder`` by ``backup``; return where the old DB went.

    The store must not be open in this process. Nothing is deleted: the current DB and its
    -wal/-shm files are renamed with a ``.replaced-<time>`` suffix.
    Raises :class:`BackupError` if the backup is missing or fails its check.
    """
    if not backup.is_file():
        raise BackupError(f"The backup {backup} does not exist.")
    if not _quick_check(backup):
        raise BackupError(f"The backup {backup} is damaged (it failed its check); choose another.")
    db_file = paths.db_path(data_folder)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = db_file.with_name(f"{db_file.name}.replaced-{stamp}")
    tmp = db_file.with_name(f".{db_file.name}.restoring")
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        _copy_db(src, tmp)
    finally:
        src.close()
    _fsync(tmp)
    for ext in ("", "-wal", "-shm"):
        current = Path(str(db_file) + ext)
        if current.exists():
            os.replace(current, Path(str(aside) + ext))
    os.replace(tmp, db_file)
    (data_folder / "fieldride.open").unlink(missing_ok=True)
    log.info("restored a backup; previous DB moved aside")
    return aside
