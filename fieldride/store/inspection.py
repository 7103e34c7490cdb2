"""``fieldride check`` without touching the store: every finding comes from a private copy.

Opening the store itself would change it: recovering the journal after a crash writes, the
first write-mode open migrates and backs up, a clean close checkpoints and deletes the journal,
and even a read-only open can create the shared-memory file. So the data file and its journal
(``-wal``) are copied into a private temporary folder and everything is read there; the data
folder is left byte for byte as it was, and nothing is created in it.

Besides SQLite's full ``integrity_check``, the copy tells what recovery would do with the
journal: how many of its frames belong to the current journal and how many of those SQLite
cannot recover (frames after a damaged one, or an unfinished transaction). Frames left over from
before the journal was last restarted carry older salts and are normal.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from fieldride.i18n import messages
from fieldride.paths import db_path
from fieldride.store.backup import RESTORE_JOURNAL, interrupted_restore
from fieldride.store.checks import (
    CANNOT_OPEN,
    CANNOT_READ,
    check_header,
    check_missing_file,
    damaged,
    wal_path,
)
from fieldride.store.checksums import changed_rides
from fieldride.store.errors import StoreError
from fieldride.store.markers import other_processes
from fieldride.store.migrations import applied_names

WAL_HEADER = 32
FRAME_HEADER = 24


@dataclass(frozen=True)
class JournalFrames:
    """The current generation of a WAL file: frames on disk and frames SQLite recovered."""

    current: int = 0
    recovered: int = 0

    @property
    def unrecovered(self) -> int:
        return self.current - self.recovered


@dataclass(frozen=True)
class ChangedRide:
    """An acknowledged ride whose content no longer matches its checksum."""

    ride_id: int
    ride_date: str
    seller: str


@dataclass(frozen=True)
class StoreReport:
    path: Path
    findings: list[str]
    schema: str
    journal_mode: str
    rows: dict[str, int] = field(default_factory=dict)
    journal: JournalFrames = JournalFrames()
    open_in: list[int] = field(default_factory=list)
    changed: list[ChangedRide] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.findings == ["ok"] and self.journal.unrecovered == 0 and not self.changed


def current_frames(wal: Path) -> int:
    """Frames of the WAL's current generation: those whose salts match the header's."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return 0
    if len(data) < WAL_HEADER:
        return 0
    page_size = struct.unpack(">I", data[8:12])[0]
    salts = data[16:24]
    count = 0
    offset = WAL_HEADER
    while offset + FRAME_HEADER + page_size <= len(data):
        if data[offset + 8 : offset + 16] != salts:
            break
        count += 1
        offset += FRAME_HEADER + page_size
    return count


def inspect_store(folder: Path, tables: Sequence[str]) -> StoreReport:
    """Check the store in ``folder`` on a private copy; raise MissingStoreError if there is none.

    Raises :class:`CorruptStoreError` when the file is not a database at all; integrity findings
    are returned in :attr:`StoreReport.findings`.
    """
    db_file = db_path(folder)
    if interrupted_restore(folder):  # the files may be half moved: say so, touch nothing
        raise StoreError(
            messages()
            .gettext(
                "A restore in {folder} was interrupted ({RESTORE_JOURNAL} is there), so the data file may be under another name for now. Nothing was changed. Starting FieldRide, or 'fieldride restore', finishes or undoes that restore first; then check again."
            )
            .format(folder=folder, RESTORE_JOURNAL=RESTORE_JOURNAL)
        )
    check_missing_file(db_file, accept_loss=False)  # gone, with its journal or backups left
    if not db_file.is_file():
        raise StoreError(
            messages()
            .gettext(
                "There is no data file at {db_file}. Nothing was created; FieldRide makes one when it first opens this folder."
            )
            .format(db_file=db_file)
        )
    check_header(db_file)
    if db_file.stat().st_size == 0:
        return StoreReport(
            path=db_file,
            findings=["the data file is empty (0 bytes): its content is gone"],
            schema="empty",
            journal_mode="unknown",
            rows=dict.fromkeys(tables, 0),
            journal=JournalFrames(current_frames(wal_path(db_file)), 0),
            open_in=other_processes(folder),
        )
    journal = current_frames(wal_path(db_file))
    with tempfile.TemporaryDirectory(prefix="fieldride-check-") as tmp:
        copy = Path(tmp) / db_file.name
        shutil.copyfile(db_file, copy)
        if wal_path(db_file).exists():
            shutil.copyfile(wal_path(db_file), wal_path(copy))
        try:
            conn = sqlite3.connect(copy)
        except sqlite3.Error as err:
            raise damaged(db_file, CANNOT_OPEN, str(err)) from err
        try:
            try:
                findings = [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]
                recovered = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[1]
                mode = str(conn.execute("PRAGMA journal_mode").fetchone()[0])
                schema = (applied_names(conn) or ["empty"])[-1]
                rows = {}
                for table in tables:
                    try:
                        rows[table] = int(
                            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                        )
                    except sqlite3.OperationalError:
                        rows[table] = 0  # a table a newer or older schema does not have
                changed = _changed(conn) if findings == ["ok"] else []
            except sqlite3.DatabaseError as err:
                raise damaged(db_file, CANNOT_READ, str(err)) from err
        finally:
            conn.close()
    frames = JournalFrames(journal, max(0, min(journal, int(recovered))) if journal else 0)
    return StoreReport(
        path=db_file,
        findings=findings,
        schema=schema,
        journal_mode=mode,
        rows=rows,
        journal=frames,
        open_in=other_processes(folder),
        changed=changed,
    )


def _changed(conn: sqlite3.Connection) -> list[ChangedRide]:
    """Acknowledged rides whose content fails its checksum, with their date and seller."""
    found = []
    for ride_id in changed_rides(conn):
        row = conn.execute(
            "SELECT r.ride_date, s.name FROM rides r LEFT JOIN sellers s ON s.id = r.seller_id "
            "WHERE r.id = ?",
            [ride_id],
        ).fetchone()
        found.append(ChangedRide(ride_id, str(row[0]) if row else "?", str(row[1]) if row else "?"))
    return found
