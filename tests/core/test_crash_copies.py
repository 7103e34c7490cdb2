"""After an unclean shutdown the data file and its journal are copied aside, privately, before
anything opens them (issue 20, deliver 4). A real SIGKILLed writer, real files."""

from __future__ import annotations

import stat
from pathlib import Path

from fieldride.store import open_store
from tests.core.test_check_readonly import crash_after_writes


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_journal_is_copied_aside_before_recovery(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_store(folder).close()
    crash_after_writes(folder)
    wal = folder / "fieldride.db-wal"
    db = folder / "fieldride.db"
    journal_before, data_before = wal.read_bytes(), db.read_bytes()
    assert journal_before
    with open_store(folder) as store:
        assert store.was_unclean
        assert store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == 20
    copies = sorted((folder / "crash-copies").iterdir())
    assert len(copies) == 1
    kept = copies[0]
    assert (kept / "fieldride.db-wal").read_bytes() == journal_before, "the journal as it was"
    assert (kept / "fieldride.db").read_bytes() == data_before, "with its data file, as a pair"
    assert mode(folder / "crash-copies") == 0o700 and mode(kept) == 0o700
    assert mode(kept / "fieldride.db-wal") == 0o600 and mode(kept / "fieldride.db") == 0o600


def test_a_damaged_journal_is_kept_as_evidence(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_store(folder).close()
    crash_after_writes(folder)
    wal = folder / "fieldride.db-wal"
    data = bytearray(wal.read_bytes())
    data[len(data) // 2] ^= 0x01
    wal.write_bytes(bytes(data))
    with open_store(folder):
        pass
    kept = next((folder / "crash-copies").iterdir())
    assert (kept / "fieldride.db-wal").read_bytes() == bytes(data)


def test_a_clean_start_copies_nothing_and_only_three_pairs_are_kept(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_store(folder).close()
    open_store(folder).close()
    assert not (folder / "crash-copies").exists()
    for _ in range(4):
        crash_after_writes(folder)
        open_store(folder).close()
    assert len(list((folder / "crash-copies").iterdir())) == 3
