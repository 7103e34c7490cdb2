"""Rolling backups and restore.

A backup is written with the SQLite online backup API to a temporary name in
``<data>/backups``, fsynced, checked with ``quick_check`` and only then renamed into place, so a
crash mid-backup never leaves a half file that looks like a backup. At most ``KEEP`` backups of
each kind are kept (the oldest are removed).

Restore never overwrites: the current DB (and its -wal/-shm) are moved aside with a ``.replaced-``
suffix before the backup is copied in, and it refuses while another FieldRide process has the
store open. ``backup_folder`` backs up through a read-only connection, so ``fieldride backup``
works while the app is open.

Restore is journalled, so a kill at any step leaves either the old store or the restored one,
each with its own journal (-wal), never a data file parted from its WAL:

1. the backup is copied to ``.fieldride.db.restoring``, fsynced and checked (nothing else is
   touched yet);
2. the restore journal ``fieldride.db.restore-journal`` is written (to a temporary name,
   fsynced, renamed, folder fsynced): the restoring process, the backup, and each rename to
   come (``fieldride.db``, then ``-wal``, then ``-shm`` to their ``.replaced-<time>`` names);
3. the renames run in that order; then ``.fieldride.db.restoring`` is renamed to
   ``fieldride.db``: this last rename is the commit point; the folder is fsynced;
4. stale crash markers of the replaced file are removed, then the journal.

:func:`finish_interrupted_restore` runs first in ``open_store`` and in every restore. With a
journal whose process is gone it looks where the files are: if the restored file is in place
(the copy was renamed and every file it moved is at its new name), the restore is finished
(markers, journal removed); otherwise every move is undone in reverse order (never over an
existing file) and the copy removed: the old store is back as it was, with its WAL. Each step
is idempotent, so a kill during this repair is repaired by the next open in the same way.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fieldride import paths
from fieldride.i18n import messages
from fieldride.progress import Progress
from fieldride.store.checks import disk_nearly_full
from fieldride.store.checksums import changed_rides
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


def _quick_check(path: Path, live: bool = False) -> bool:
    """True if ``path`` is a SQLite file that passes ``quick_check`` (read-only, never raises).

    ``live``: the data file, which this process may have open through the store. Then its
    header is not read with a plain open: closing any file descriptor of a file drops every
    POSIX lock this process holds on it, SQLite's own included, and without its shared lock the
    store no longer counts as open: another process's closing connection then checkpoints and
    deletes the WAL under it (the app saw "database disk image is malformed" after a sync or an
    import in a child process, and its next writes would have gone to the deleted journal).
    SQLite refuses a file that is not a database by itself."""
    try:
        if not live:
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


def _changed_rides(path: Path) -> list[int]:
    """Acknowledged rides in the database at ``path`` whose content no longer matches its
    checksum (see fieldride.store.checksums)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return changed_rides(conn)
    finally:
        conn.close()


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


BACKUP_STEP_PAGES = 1024  # pages copied between two progress reports when one is asked for


def _copy_db(source: sqlite3.Connection, target: Path, progress: Progress | None = None) -> None:
    """Copy ``source`` into a fresh self-contained file ``target`` (0600, rollback journal).
    With ``progress``: copied in steps of :data:`BACKUP_STEP_PAGES`, each reported (pages done
    of the total); ``Cancelled`` raised from a report stops the copy."""
    for leftover in (target, Path(f"{target}-journal")):
        leftover.unlink(missing_ok=True)
    paths.create_private_file(target)
    dest = sqlite3.connect(str(target))
    try:
        if progress is None:
            source.backup(dest)
        else:
            step = progress.step

            def report(_status: int, remaining: int, total: int) -> None:
                step(total - remaining, total)

            source.backup(dest, pages=BACKUP_STEP_PAGES, progress=report)
        # A backup must be one self-contained file, not a DB plus a WAL.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")


def _rides_named(ride_ids: list[int]) -> str:
    shown = ", ".join(str(r) for r in ride_ids[:10])
    more = f" and {len(ride_ids) - 10} more" if len(ride_ids) > 10 else ""
    return f"ride {shown}" if len(ride_ids) == 1 else f"rides {shown}{more}"


def _remove_leftovers(folder: Path) -> None:
    """Temporary files of backups interrupted by a crash (never renamed, so never trusted)."""
    for leftover in folder.glob(".*.tmp*"):
        leftover.unlink(missing_ok=True)


def _write_backup(
    source: sqlite3.Connection,
    data_folder: Path,
    reason: str,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    folder = paths.ensure_private_dir(paths.backups_dir(data_folder), inside_data_folder=True)
    _remove_leftovers(folder)
    existing = list_backups(data_folder)
    sequence = (existing[0].sequence if existing else 0) + 1
    final = folder / f"{_stamp(now)}-{sequence:06d}-{reason}{SUFFIX}"
    tmp = folder / f".{final.name}.tmp"
    try:
        _copy_db(source, tmp, progress)
        if progress is not None:
            progress.check()  # the last chance to stop: the rename follows
        _fsync(tmp)
        if not _quick_check(tmp):
            raise BackupError(
                messages()
                .gettext(
                    "The backup written to {tmp} failed its check; it was discarded. The data file itself may be damaged: run 'fieldride check'."
                )
                .format(tmp=tmp)
            )
        changed = _changed_rides(tmp)
        if changed:  # a damaged copy must not push a sound backup out
            log.error("backup refused: %d acknowledged rides fail their checksum", len(changed))
            raise BackupError(
                messages()
                .gettext(
                    "The data file's content is damaged: {changed} no longer match what was "
                    "saved when the seller acknowledged them (the file changed on disk, not "
                    "through FieldRide). No backup was written, so the older backups stay as they "
                    "are. Run 'fieldride check' for the details; 'fieldride repair' takes those "
                    "rides back from the newest backup that holds them intact."
                )
                .format(changed=_rides_named(changed))
            )
        os.replace(tmp, final)
        _fsync(folder)
    except OSError as err:
        raise BackupError(
            messages()
            .gettext("Could not write a backup in {folder}: {strerror}.")
            .format(folder=folder, strerror=err.strerror)
        ) from err
    except sqlite3.Error as err:
        raise BackupError(
            messages()
            .gettext("Could not write a backup in {folder}: {err}.")
            .format(folder=folder, err=err)
        ) from err
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


def backup_folder(
    data_folder: Path, reason: str = "manual", progress: Progress | None = None
) -> Path:
    """Back up the store in ``data_folder`` without opening it for writing.

    Reads through a read-only connection, so it is safe while the app has the store open (it
    never checkpoints, never takes the write lock). Raises :class:`BackupError` when there is no
    data file or it cannot be read. ``progress``: pages copied so far; once cancelled, raises
    ``Cancelled`` and no backup is left (the temporary copy is removed).
    """
    db_file = paths.db_path(data_folder)
    if not db_file.is_file() or db_file.stat().st_size == 0:
        raise BackupError(
            messages()
            .gettext("There is no data file to back up in {data_folder}.")
            .format(data_folder=data_folder)
        )
    if not _quick_check(db_file, live=True):
        if disk_nearly_full(db_file):  # SQLite could not even open it: no space, not damage
            raise BackupError(
                messages()
                .gettext(
                    "The disk that holds {data_folder} is full, so no backup can be written (SQLite cannot even open the data file to read it). The data file is not damaged. Free some space on that disk and try again."
                )
                .format(data_folder=data_folder)
            )
        raise BackupError(
            messages()
            .gettext(
                "The data file {db_file} is damaged (it failed its check), so it was not backed up: a copy of it would only push sound backups out. Restore the newest good backup with 'fieldride restore --newest'."
            )
            .format(db_file=db_file)
        )
    try:
        source = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as err:
        raise BackupError(
            messages().gettext("Could not read {db_file}: {err}.").format(db_file=db_file, err=err)
        ) from err
    try:
        return _write_backup(source, data_folder, reason, progress=progress)
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


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy ``source`` into a new self-contained file ``target`` (0600), as a backup is."""
    _copy_db(source, target)


def fsync_path(path: Path) -> None:
    """Flush a file, or a folder's entries, to disk (as the backups are)."""
    _fsync(path)


RESTORE_JOURNAL = paths.RESTORE_JOURNAL
RESTORE_INCOMING = paths.RESTORE_INCOMING


def _journal_path(data_folder: Path) -> Path:
    return paths.restore_journal_path(data_folder)


def _write_journal(data_folder: Path, intent: dict[str, object]) -> None:
    """Write the restore journal durably: temporary name, fsync, rename, folder fsync."""
    journal = _journal_path(data_folder)
    tmp = journal.with_name(f".{journal.name}.tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, json.dumps(intent).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, journal)
    _fsync(data_folder)


def interrupted_restore(data_folder: Path) -> bool:
    """True if a restore in ``data_folder`` was interrupted (or is under way): its journal is
    there. Reads nothing else and changes nothing (for ``fieldride check``)."""
    return _journal_path(data_folder).exists()


def finish_interrupted_restore(data_folder: Path) -> str | None:
    """Finish or undo a restore that was interrupted (killed, power cut) in ``data_folder``.

    Returns ``"finished"`` (the restored file was already in place), ``"undone"`` (the old
    files were put back under their names) or None (no interrupted restore). Raises
    :class:`BackupError` while the restoring process is still running, or when the journal
    cannot be read or the files cannot be moved back (nothing is lost: the journal stays, and
    the next start tries again). See the module docstring for the steps.
    """
    journal = _journal_path(data_folder)
    journal.with_name(f".{journal.name}.tmp").unlink(missing_ok=True)
    incoming = data_folder / RESTORE_INCOMING
    if not journal.exists():
        # A copy left by a restore killed before its journal was written: never used.
        incoming.unlink(missing_ok=True)
        Path(f"{incoming}-journal").unlink(missing_ok=True)
        return None
    try:
        intent = json.loads(journal.read_text(encoding="utf-8"))
        pid = int(intent["pid"])
        moves = [(data_folder / str(a), data_folder / str(b)) for a, b in intent["moves"]]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise BackupError(
            messages()
            .gettext(
                "A restore in {data_folder} was interrupted and its journal {journal} cannot be read, so FieldRide cannot tell which files to put back. Nothing was changed. Please report this problem."
            )
            .format(data_folder=data_folder, journal=journal)
        ) from err
    if pid != os.getpid() and paths.process_alive(pid):
        raise BackupError(
            messages()
            .gettext(
                "A restore is under way in {data_folder} (process {pid}). Wait until it finishes, then try again."
            )
            .format(data_folder=data_folder, pid=pid)
        )
    db_file = paths.db_path(data_folder)
    try:
        finished = not incoming.exists() and db_file.exists() and all(b.exists() for _, b in moves)
        if finished:
            clear_stale_markers(data_folder)  # they belong to the file that was replaced
            outcome = "finished"
        else:
            for original, aside in reversed(moves):
                if aside.exists() and not original.exists():
                    os.replace(aside, original)
            incoming.unlink(missing_ok=True)
            Path(f"{incoming}-journal").unlink(missing_ok=True)
            outcome = "undone"
        _fsync(data_folder)
        journal.unlink()
        _fsync(data_folder)
    except OSError as err:
        raise BackupError(
            messages()
            .gettext(
                "A restore in {data_folder} was interrupted and could not be completed or undone ({strerror}). Nothing was deleted; FieldRide tries again at the next start."
            )
            .format(data_folder=data_folder, strerror=err.strerror)
        ) from err
    log.info("an interrupted restore was %s", outcome)
    return outcome


def _aside_name(db_file: Path) -> Path:
    """``<db>.replaced-<time>``, unique for the data file and its -wal/-shm."""
    base = f"{db_file.name}.replaced-{_stamp()}"
    name, n = base, 1
    while any(db_file.with_name(f"{name}{ext}").exists() for ext in ("", "-wal", "-shm")):
        n += 1
        name = f"{base}-{n}"
    return db_file.with_name(name)


def restore_backup(data_folder: Path, backup: Path) -> Path:
    """Replace the (closed) store in ``data_folder`` by ``backup``; return where the old DB went.

    Nothing is deleted: the current DB and its -wal/-shm files are renamed together with a
    ``.replaced-<time>`` suffix (they still open as a pair). The backup is first copied to a
    temporary name, fsynced and checked, then renamed into place. The renames are journalled
    (module docstring): a kill at any step leaves the old or the restored store, with its WAL.
    Raises :class:`BackupError` if the backup is missing or fails its check, or if another
    FieldRide process has the store open (restoring under it would lose its edits).
    """
    if not backup.is_file():
        raise BackupError(
            messages().gettext("The backup {backup} does not exist.").format(backup=backup)
        )
    if not _quick_check(backup):
        raise BackupError(
            messages()
            .gettext("The backup {backup} is damaged (it failed its check); choose another.")
            .format(backup=backup)
        )
    others = other_processes(data_folder)
    if others:
        raise BackupError(
            messages()
            .gettext(
                "FieldRide is still open on {data_folder} (process {items}). Close it, then restore."
            )
            .format(data_folder=data_folder, items=", ".join(map(str, others)))
        )
    paths.ensure_private_dir(data_folder)
    finish_interrupted_restore(data_folder)
    db_file = paths.db_path(data_folder)
    aside = _aside_name(db_file)
    tmp = data_folder / RESTORE_INCOMING
    try:
        src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            _copy_db(src, tmp)
        finally:
            src.close()
        _fsync(tmp)
        if not _quick_check(tmp):
            raise BackupError(
                messages()
                .gettext("The copy of {backup} failed its check; nothing was changed.")
                .format(backup=backup)
            )
        moves = [
            (f"{db_file.name}{ext}", f"{aside.name}{ext}")
            for ext in ("", "-wal", "-shm")
            if Path(f"{db_file}{ext}").exists()
        ]
        intent = {"pid": os.getpid(), "backup": str(backup), "moves": moves}
        _write_journal(data_folder, intent)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            messages()
            .gettext("Could not restore into {data_folder}: {strerror}.")
            .format(data_folder=data_folder, strerror=err.strerror)
        ) from err
    except sqlite3.Error as err:
        tmp.unlink(missing_ok=True)
        raise BackupError(
            messages().gettext("Could not restore {backup}: {err}.").format(backup=backup, err=err)
        ) from err
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        Path(f"{tmp}-journal").unlink(missing_ok=True)
    try:
        for original, moved in moves:
            os.replace(data_folder / original, data_folder / moved)
        os.replace(tmp, db_file)  # the commit point
    except OSError as err:
        try:
            finish_interrupted_restore(data_folder)  # puts the old files back
        except BackupError as undo:
            raise undo from err
        raise BackupError(
            messages()
            .gettext(
                "Could not restore into {data_folder}: {strerror}. The data file was left as it was."
            )
            .format(data_folder=data_folder, strerror=err.strerror)
        ) from err
    finish_interrupted_restore(data_folder)  # fsync, markers of the replaced file, journal
    log.info("restored a backup; previous data file moved aside")
    return aside
