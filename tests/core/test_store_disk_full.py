"""A store on a full disk is not a damaged store (issue 20, fault 1): SQLite needs space for its
-shm/-wal files even to read, and failed with 'disk I/O error', which opening, checking and
backing up reported as damage (the app then offered the recovery window over a sound file).
A real full tmpfs (root, else skipped)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldride.scorecards.defaults import install_defaults
from fieldride.store import (
    BackupError,
    CorruptStoreError,
    NoSpaceError,
    backup_folder,
    open_store,
)
from tests.storage_faults import SmallDisk


def test_a_full_disk_is_said_to_be_full_not_damaged(tmp_path: Path) -> None:
    with SmallDisk(tmp_path / "disk", size=2 * 1024 * 1024) as disk:
        folder = disk.path / "data"
        store = open_store(folder)
        install_defaults(store)
        store.close()
        before = (folder / "fieldride.db").read_bytes()
        disk.fill()
        with pytest.raises(NoSpaceError) as raised:
            open_store(folder)
        assert not isinstance(raised.value, CorruptStoreError)
        assert "is full" in str(raised.value) and "not damaged" in str(raised.value)
        with pytest.raises(BackupError, match="is full") as refused:
            backup_folder(folder)
        assert "damaged (" not in str(refused.value)
        assert (folder / "fieldride.db").read_bytes() == before
        disk.free()
        open_store(folder).close()
