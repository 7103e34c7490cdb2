"""``fieldride repair``: recover what can be recovered, explicitly, and say exactly what.

``fieldride check`` only reads (on a private copy). Repair is the separate command that writes,
run only when the user asks (the command line, or "Repair…" in the recovery window). In order:

1. **Refuse** while anything else has the store: it takes the app's single-instance lock
   (:mod:`fieldride.store.instance_lock`; the app passes ``lock_held=True``, as it holds it) and
   refuses while another process has the store open (its marker). An interrupted restore is
   finished or undone first (:func:`finish_interrupted_restore`).
2. **Copy aside** the data file, its ``-wal`` and ``-shm`` and the journal copies kept after
   unclean shutdowns (``crash-copies``) into ``repairs/<time>/`` (folder 0700, files 0600),
   fsynced, before anything opens them. Nothing there is ever changed or removed by FieldRide.
3. **Recover** on a working copy: opened with its journal, SQLite recovers every journal frame
   before the first bad one (the frames it cannot recover are counted, as ``check`` does). If
   ``integrity_check`` passes, that is the new store; if it fails, a new store is built from every
   row that still reads (:mod:`fieldride.store.salvage`). A data file with nothing readable (0
   bytes, not SQLite, its schema unreadable) is replaced by the newest sound backup that holds
   data.
4. **Rides**: each acknowledged ride whose checksum (``ride_checksums``) no longer matches is
   taken, all its covered rows, from the newest sound backup in which it matches that checksum.
   A ride no backup holds as acknowledged is kept as it reads now and sealed again (so backups
   resume), and listed as not restored.
5. **Write** the result through the journalled restore (:func:`restore_backup`): the current
   files are renamed ``.replaced-<time>`` and the new store renamed into place; a kill at any
   step leaves the old or the new store openable with its own journal.

The :class:`RepairReport` says what was damaged, what was recovered, what came from which
backup and what is lost. Exit codes of the command: 0 nothing to repair, or repaired with
nothing lost; 1 repaired, with losses listed; 2 refused (nothing was changed).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fieldride import paths
from fieldride.i18n import messages
from fieldride.store import search_index
from fieldride.store.backup import (
    BackupError,
    check_backup,
    copy_database,
    finish_interrupted_restore,
    fsync_path,
    holds_data,
    interrupted_restore,
    list_backups,
    newest_good_backup,
    restore_backup,
)
from fieldride.store.checks import SQLITE_HEADER, check_missing_journal, wal_path
from fieldride.store.checksums import COVERED, changed_rides, ride_checksum
from fieldride.store.errors import MissingJournalError, StoreError
from fieldride.store.inspection import current_frames
from fieldride.store.instance_lock import hold_instance_lock
from fieldride.store.markers import other_processes, stale_all_checkpointed, stale_markers
from fieldride.store.salvage import SalvageError, salvage_database

log = logging.getLogger(__name__)

REPAIRS = "repairs"
Step = Callable[[str], None]


class RepairRefusedError(StoreError):
    """Repair did not run (the store is in use, there is nothing to repair); nothing changed."""


@dataclass(frozen=True)
class RideOutcome:
    """An acknowledged ride that failed its checksum: where it came from, or why it did not."""

    ride_id: int
    ride_date: str
    seller: str
    backup: Path | None = None  # the backup it was taken from; None: not restored


@dataclass
class RepairReport:
    folder: Path
    aside: Path
    damage: list[str] = field(default_factory=list)
    recovered: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    rides: list[RideOutcome] = field(default_factory=list)
    replaced: Path | None = None  # where the old data file went; None: the store was left as is
    # rowid ranges salvage could not read: (table, first id, last id or None = to the end)
    unreadable: list[tuple[str, int, int | None]] = field(default_factory=list)

    @property
    def restored_rides(self) -> list[RideOutcome]:
        return [r for r in self.rides if r.backup is not None]

    @property
    def lost_rides(self) -> list[RideOutcome]:
        return [r for r in self.rides if r.backup is None]

    @property
    def exit_code(self) -> int:
        return 1 if self.lost or self.lost_rides or self.unreadable else 0

    def lines(self) -> list[str]:
        """The plain report, one line each (``fieldride repair`` prints it; the recovery window
        shows it), in the interface language (:func:`fieldride.i18n.messages`); the two labelled
        lines' values start one space after the longer translated label."""
        t = messages()
        heads = (t.gettext("Data folder:"), t.gettext("Copied first:"))
        width = max(16, *(len(h) + 1 for h in heads))
        lines = [
            f"{heads[0]:<{width}}{self.folder}",
            f"{heads[1]:<{width}}" + t.gettext("{path} (kept, private)").format(path=self.aside),
        ]
        if self.replaced is None and self.exit_code == 0:
            lines.append(
                t.gettext(
                    "Nothing to repair: the data file is sound and every acknowledged ride "
                    "matches its checksum. Nothing was changed."
                )
            )
            return lines
        for title, items in (
            (t.gettext("Damaged:"), self.damage),
            (t.gettext("Recovered:"), self.recovered),
        ):
            if items:
                lines.append(title)
                lines.extend(f"  - {item}" for item in items)
        if self.restored_rides:
            lines.append(t.gettext("Rides taken from backups (as the seller acknowledged them):"))
            lines.extend(
                "  - "
                + t.gettext("ride {ride} ({date}, {seller}): from {backup}").format(
                    ride=r.ride_id, date=r.ride_date, seller=r.seller, backup=r.backup.name
                )
                for r in self.restored_rides
                if r.backup is not None
            )
        if self.lost_rides:
            lines.append(
                t.gettext(
                    "Rides that could not be restored (no sound backup holds them as "
                    "acknowledged; kept as they read now and checksummed again, so backups work "
                    "again):"
                )
            )
            lines.extend(
                "  - "
                + t.gettext("ride {ride} ({date}, {seller})").format(
                    ride=r.ride_id, date=r.ride_date, seller=r.seller
                )
                for r in self.lost_rides
            )
        if self.lost or self.unreadable:
            lines.append(t.gettext("Lost:"))
            lines.extend(f"  - {item}" for item in self.lost)
            lines.extend(f"  - {_unreadable(*item)}" for item in self.unreadable)
        if self.replaced is not None:
            lines.append(
                t.gettext(
                    "The data file was replaced by the repaired one; the old one is kept as {path}."
                ).format(path=self.replaced)
            )
            lines.append(
                t.gettext("Repaired, with the losses listed above.")
                if self.exit_code
                else t.gettext("Repaired; nothing was lost.")
            )
        else:
            lines.append(
                t.gettext("The data file was left as it was: nothing better could be made of it.")
            )
        return lines


def _unreadable(table: str, start: int, end: int | None) -> str:
    t = messages()
    if end is None:
        text = t.gettext(
            "Table {table}: the rows from id {start} on could not be read (some of these ids may "
            "never have held a row; acknowledged rides among them are taken from the backups, as "
            "listed above)."
        )
    elif start == end:
        text = t.gettext(
            "Table {table}: the row with id {start} could not be read (the id may never have "
            "held a row; an acknowledged ride among them is taken from the backups, as listed "
            "above)."
        )
    else:
        text = t.gettext(
            "Table {table}: the rows with ids {start}–{end} could not be read (some of these ids "
            "may never have held a row; acknowledged rides among them are taken from the "
            "backups, as listed above)."
        )
    return text.format(table=table, start=start, end=end)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def repairs_dir(folder: Path) -> Path:
    return folder / REPAIRS


def _copy_private(source: Path, target: Path) -> None:
    paths.create_private_file(target)
    shutil.copyfile(source, target)
    fsync_path(target)


def _copy_aside(folder: Path, db_file: Path) -> Path:
    """Step 2: the data file, its -wal/-shm and the crash copies into ``repairs/<time>/``."""
    parent = paths.ensure_private_dir(repairs_dir(folder), inside_data_folder=True)
    aside = parent / _stamp()
    aside.mkdir(mode=0o700)
    for ext in ("", "-wal", "-shm"):
        source = Path(f"{db_file}{ext}")
        if source.is_file():
            _copy_private(source, aside / source.name)
    crash = paths.crash_copies_dir(folder)
    if crash.is_dir():
        target = aside / crash.name
        target.mkdir(mode=0o700)
        for pair in sorted(p for p in crash.iterdir() if p.is_dir()):
            (target / pair.name).mkdir(mode=0o700)
            for item in pair.iterdir():
                if item.is_file():
                    _copy_private(item, target / pair.name / item.name)
    fsync_path(aside)
    fsync_path(parent)
    return aside


def _describe_ride(conn: sqlite3.Connection, ride_id: int) -> tuple[str, str]:
    try:
        row = conn.execute(
            "SELECT r.ride_date, s.name FROM rides r LEFT JOIN sellers s ON s.id = r.seller_id "
            "WHERE r.id = ?",
            [ride_id],
        ).fetchone()
    except sqlite3.Error:
        row = None
    return (str(row[0]), str(row[1])) if row else ("date unknown", "seller unknown")


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def _recover(source: Path, wal_frames: int, target: Path, report: RepairReport) -> bool:
    """Step 3 on the working copy ``source`` (with its -wal). True when ``target`` was written."""
    try:
        with open(source, "rb") as fh:
            header = fh.read(16)
    except OSError:
        header = b""
    t = messages()
    if source.stat().st_size == 0:
        report.damage.append(t.gettext("The data file is empty (0 bytes): its content is gone."))
        return False
    if header != SQLITE_HEADER:
        report.damage.append(
            t.gettext("The data file is not a SQLite database (it was overwritten).")
        )
        return False
    findings: list[str] = []
    recovered = 0
    try:
        conn = sqlite3.connect(str(source))
        try:
            findings = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
            recovered = int(conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1])
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        findings = [t.gettext("SQLite cannot read it: {error}").format(error=err)]
    if wal_frames:
        kept = max(0, min(wal_frames, recovered))
        if kept < wal_frames:
            report.damage.append(
                t.ngettext(
                    "The journal (-wal) held {count} page of changes; SQLite can recover only "
                    "the first {kept} (the rest follow a damaged or unfinished write).",
                    "The journal (-wal) held {count} pages of changes; SQLite can recover only "
                    "the first {kept} (the rest follow a damaged or unfinished write).",
                    wal_frames,
                ).format(count=wal_frames, kept=kept)
            )
            report.lost.append(
                t.ngettext(
                    "{count} journal page of changes after the damaged one (the edits in it). "
                    "The journal as it was is kept in {path}.",
                    "{count} journal pages of changes after the damaged one (the edits in "
                    "them). The journal as it was is kept in {path}.",
                    wal_frames - kept,
                ).format(count=wal_frames - kept, path=report.aside)
            )
        if kept:
            report.recovered.append(
                t.ngettext(
                    "{count} journal page of changes, folded into the data file.",
                    "{count} journal pages of changes, folded into the data file.",
                    kept,
                ).format(count=kept)
            )
    if findings == ["ok"]:
        with _read_only(source) as conn:
            copy_database(conn, target)
        return True
    shown = "; ".join(findings[:3]) + (" …" if len(findings) > 3 else "")
    report.damage.append(
        t.ngettext(
            "SQLite's integrity check of the data file failed ({count} finding: {shown}).",
            "SQLite's integrity check of the data file failed ({count} findings: {shown}).",
            len(findings),
        ).format(count=len(findings), shown=shown)
    )
    try:
        salvage = salvage_database(source, target)
    except SalvageError as err:
        report.damage.append(
            t.gettext("Nothing could be read from the data file: {error}.").format(error=err)
        )
        target.unlink(missing_ok=True)
        return False
    copied = sum(t.copied for t in salvage.tables.values())
    report.recovered.append(
        t.gettext(
            "A new data file was built from every row that still reads: {rows} rows in "
            "{tables} tables."
        ).format(rows=copied, tables=len(salvage.tables))
    )
    for name, table in salvage.damaged_tables.items():
        if not table.whole:
            report.lost.append(
                t.gettext("Table {table}: it could not be read at all.").format(table=name)
            )
        report.unreadable.extend((name, start, end) for start, end in table.unreadable)
    for problem in salvage.problems:
        report.lost.append(t.gettext("Not made again: {problem}.").format(problem=problem))
    return True


def _from_backup(folder: Path, target: Path, report: RepairReport) -> bool:
    """The data file held nothing readable: the newest sound backup that holds data, whole."""
    t = messages()
    good = newest_good_backup(folder)
    if good is None or not _backup_holds_data(good.path):
        report.lost.append(
            t.gettext("Everything in the data file: there is no sound backup that holds data.")
        )
        return False
    with _read_only(good.path) as conn:
        copy_database(conn, target)
    taken = good.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
    report.recovered.append(
        t.gettext("The newest sound backup that holds data ({taken}, {name}).").format(
            taken=taken, name=good.path.name
        )
    )
    report.lost.append(
        t.gettext("Everything saved after that backup was taken ({taken}).").format(taken=taken)
    )
    return True


def _backup_holds_data(path: Path) -> bool:
    try:
        with _read_only(path) as conn:
            return holds_data(conn)
    except sqlite3.Error:
        return False


def _ride_rows(conn: sqlite3.Connection, table: str, ride_id: int) -> list[int]:
    """Ids of ``table``'s rows of ``ride_id`` (read by the ride column, without the indexes the
    checksum's own reads rely on: a salvaged ride may have lost its ride row)."""
    if table == "rides":
        sql = "SELECT id FROM rides WHERE id = ?"
    elif table == "debrief_questions":
        sql = (
            "SELECT id FROM debrief_questions WHERE debrief_id IN "
            "(SELECT id FROM debriefs WHERE ride_id = ?)"
        )
    else:
        sql = f"SELECT id FROM {table} WHERE ride_id = ?"
    return [int(r[0]) for r in conn.execute(sql, [ride_id])]


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]


def _take_ride(conn: sqlite3.Connection, backup: sqlite3.Connection, ride_id: int) -> None:
    """Replace every covered row of ``ride_id`` in ``conn`` by the backup's (same ids)."""
    for item in reversed(COVERED):  # children before the rows they point at
        ours = set(_ride_rows(conn, item.table, ride_id))
        for row_id in set(_ride_rows(backup, item.table, ride_id)) - ours:
            # a row of this ride the damage detached from it (its debrief lost, say): the same
            # row only if it is the same uuid; a row of something else is never taken over
            here = conn.execute(f"SELECT uuid FROM {item.table} WHERE id = ?", [row_id]).fetchone()
            there = backup.execute(
                f"SELECT uuid FROM {item.table} WHERE id = ?", [row_id]
            ).fetchone()
            if here is not None and here != there:
                raise sqlite3.IntegrityError(f"{item.table} {row_id} is another row here")
            ours.add(row_id)
        conn.executemany(f"DELETE FROM {item.table} WHERE id = ?", [[i] for i in sorted(ours)])
    for item in COVERED:
        columns = _columns(conn, item.table)
        names = ", ".join(columns)
        marks = ", ".join("?" for _ in columns)
        for row_id in _ride_rows(backup, item.table, ride_id):
            row = backup.execute(
                f"SELECT {names} FROM {item.table} WHERE id = ?", [row_id]
            ).fetchone()
            conn.execute(f"INSERT INTO {item.table} ({names}) VALUES ({marks})", row)


def _restore_rides(folder: Path, target: Path, report: RepairReport) -> bool:
    """Step 4. True when something changed in ``target``."""
    conn = sqlite3.connect(str(target), isolation_level=None)
    changed_any = False
    try:
        changed = changed_rides(conn)
        if not changed:
            return False
        sealed = dict(conn.execute("SELECT ride_id, sha256 FROM ride_checksums").fetchall())
        report.damage.append(
            messages()
            .ngettext(
                "{count} acknowledged ride no longer matches the checksum taken when the seller "
                "acknowledged it.",
                "{count} acknowledged rides no longer match the checksum taken when the seller "
                "acknowledged them.",
                len(changed),
            )
            .format(count=len(changed))
        )
        backups = [b for b in list_backups(folder) if check_backup(b.path)]
        for ride_id in changed:
            expected = sealed[ride_id]
            source = None
            for info in backups:
                try:
                    with _read_only(info.path) as bconn:
                        if ride_checksum(bconn, ride_id) != expected:
                            continue
                        conn.execute("SAVEPOINT ride")
                        try:
                            _take_ride(conn, bconn, ride_id)
                            conn.execute(
                                "INSERT OR REPLACE INTO ride_checksums (ride_id, sha256) "
                                "VALUES (?, ?)",
                                [ride_id, expected],
                            )
                            if ride_checksum(conn, ride_id) != expected:
                                raise sqlite3.IntegrityError("the copied ride does not match")
                        except sqlite3.Error:
                            conn.execute("ROLLBACK TO ride")
                            conn.execute("RELEASE ride")
                            continue
                        conn.execute("RELEASE ride")
                        source = info.path
                        break
                except sqlite3.Error:
                    continue  # a backup from another schema, or unreadable: try the next
            if source is None:  # kept as it reads now, sealed again so backups can resume
                conn.execute(
                    "INSERT OR REPLACE INTO ride_checksums (ride_id, sha256) VALUES (?, ?)",
                    [ride_id, ride_checksum(conn, ride_id)],
                )
            date, seller = _describe_ride(conn, ride_id)
            report.rides.append(RideOutcome(ride_id, date, seller, source))
            changed_any = True
    finally:
        conn.close()
    return changed_any


def _finish_candidate(target: Path, report: RepairReport) -> None:
    """Search indexes rebuilt from their tables (a replaced ride's old index entries were
    removed with its damaged text), then the whole file checked."""
    conn = sqlite3.connect(str(target), isolation_level=None)
    try:
        search_index.rebuild_every_index(conn)
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            report.lost.append(
                messages()
                .ngettext(
                    "{count} row points at rows that could not be recovered (kept; FieldRide "
                    "shows what it can of it).",
                    "{count} rows point at rows that could not be recovered (kept; FieldRide "
                    "shows what it can of them).",
                    len(orphans),
                )
                .format(count=len(orphans))
            )
        findings = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()
    if findings != ["ok"]:
        raise RepairRefusedError(
            messages()
            .gettext(
                "The repaired copy failed its own check, so the data file was left as it was "
                "({findings}). The copy taken first is in {path}."
            )
            .format(findings="; ".join(findings[:2]), path=report.aside)
        )


def repair_store(
    folder: Path, *, lock_held: bool = False, on_step: Step | None = None
) -> RepairReport:
    """Repair the store in ``folder`` (see the module docstring); return what was done.

    ``lock_held``: the caller (the app's recovery window) holds the single-instance lock.
    ``on_step(name)`` is called after each step ("aside", "recovered", "rides", "written"),
    for tests that stop the process there. Raises :class:`RepairRefusedError` when it did not
    run or wrote nothing (the message says why); never leaves a half-written store.
    """
    step = on_step or (lambda _name: None)
    if not folder.is_dir():
        raise RepairRefusedError(
            messages()
            .gettext("There is no data folder {folder}; nothing to repair.")
            .format(folder=folder)
        )
    lock = contextlib.nullcontext() if lock_held else hold_instance_lock(folder)
    with lock:
        others = other_processes(folder)
        if others:
            raise RepairRefusedError(
                messages()
                .ngettext(
                    "FieldRide is still open on {folder} (process {pids}). Close it, then "
                    "repair. Nothing was changed.",
                    "FieldRide is still open on {folder} (processes {pids}). Close it, then "
                    "repair. Nothing was changed.",
                    len(others),
                )
                .format(folder=folder, pids=", ".join(map(str, others)))
            )
        try:
            undone = finish_interrupted_restore(folder) if interrupted_restore(folder) else None
        except BackupError as err:
            raise RepairRefusedError(str(err)) from err
        db_file = paths.db_path(folder)
        if not db_file.is_file() and not list_backups(folder):
            raise RepairRefusedError(
                messages()
                .gettext("There is no data file in {folder} and no backup: nothing to repair.")
                .format(folder=folder)
            )
        aside = _copy_aside(folder, db_file)
        report = RepairReport(folder=folder, aside=aside)
        if undone:
            report.recovered.append(
                messages().gettext("An interrupted restore was finished first.")
                if undone == "finished"
                else messages().gettext("An interrupted restore was undone first.")
            )
        step("aside")
        for leftover in repairs_dir(folder).glob(".work-*"):  # of a repair that was killed
            shutil.rmtree(leftover, ignore_errors=True)
        work = repairs_dir(folder) / f".work-{aside.name}"
        work.mkdir(mode=0o700)
        try:
            _repair_into(folder, db_file, work, report, step)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    log.info(
        "repair: %d restored rides, %d not restored, losses: %s",
        len(report.restored_rides),
        len(report.lost_rides),
        bool(report.lost),
    )
    return report


def _repair_into(folder: Path, db_file: Path, work: Path, report: RepairReport, step: Step) -> None:
    candidate = work / "repaired.db"
    source = work / "source.db"
    wal_frames = 0
    if db_file.is_file():
        stale = stale_markers(folder)
        try:
            check_missing_journal(db_file, bool(stale) and not stale_all_checkpointed(stale))
        except MissingJournalError:
            report.damage.append(
                messages().gettext(
                    "FieldRide was not closed cleanly last time and the journal (-wal) of the "
                    "data file is missing."
                )
            )
            report.lost.append(
                messages().gettext(
                    "The edits that were only in the missing journal (the data file itself is "
                    "kept as it is)."
                )
            )
        _copy_private(report.aside / db_file.name, source)
        wal_copy = report.aside / wal_path(db_file).name
        if wal_copy.is_file():
            wal_frames = current_frames(wal_copy)
            _copy_private(wal_copy, wal_path(source))
        ok = _recover(source, wal_frames, candidate, report)
    else:
        report.damage.append(messages().gettext("The data file is missing."))
        ok = False
    whole_backup = not ok
    if whole_backup and not _from_backup(folder, candidate, report):
        return  # nothing better than what is there: the store is left as it was
    step("recovered")
    rides_changed = _restore_rides(folder, candidate, report)
    step("rides")
    if not report.damage and not rides_changed:
        report.recovered.clear()  # a sound journal: the next open folds it in, as always
        return  # nothing to repair: the store is left as it was
    _finish_candidate(candidate, report)
    fsync_path(candidate)
    try:
        report.replaced = restore_backup(folder, candidate)
    except BackupError as err:
        raise RepairRefusedError(str(err)) from err
    step("written")
