"""The data file deleted, emptied or replaced while a store has it open is recognised, and what
the open connection holds is written to a private rescue file that opens as a FieldRide store
(issue 20, fault 5). A real store in a real folder; the file is changed from outside."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from fieldride.cli import main
from fieldride.store import Store, StoreReplacedError, open_store, write_rescue_copy
from fieldride.team import sellers


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM sellers ORDER BY name")]
    finally:
        conn.close()


def _three_sellers(store: Store) -> None:
    for name in ("Ana", "Ben", "Chloé"):
        sellers.add_seller(store, name)


def test_an_untouched_file_is_intact(store: Store) -> None:
    _three_sellers(store)
    store.check_file()
    assert store.file_is_intact()


def test_a_deleted_file_is_detected_and_every_committed_row_rescued(
    store: Store, tmp_path: Path
) -> None:
    _three_sellers(store)
    store.path.unlink()
    assert not store.file_is_intact()
    with pytest.raises(StoreReplacedError, match="deleted"):
        store.check_file()
    sellers.add_seller(store, "Dana")  # committed into the deleted file: only the rescue has it
    rescue = write_rescue_copy(store)
    assert rescue.parent == store.folder
    assert rescue.name.startswith("fieldride.db.rescued-")
    assert stat.S_IMODE(rescue.stat().st_mode) == 0o600
    assert names(rescue) == ["Ana", "Ben", "Chloé", "Dana"]
    store.close()
    restored = tmp_path / "restored"
    restored.mkdir(mode=0o700)
    shutil.copy(rescue, restored / "fieldride.db")
    with open_store(restored) as reopened:
        assert [s.name for s in sellers.list_sellers(reopened)] == ["Ana", "Ben", "Chloé", "Dana"]


def test_an_emptied_file_is_detected(store: Store) -> None:
    _three_sellers(store)
    os.truncate(store.path, 0)
    with pytest.raises(StoreReplacedError, match="emptied"):
        store.check_file()


def test_a_replaced_file_is_detected_and_the_open_one_rescued(store: Store, tmp_path: Path) -> None:
    _three_sellers(store)
    other = tmp_path / "other.db"
    other.write_bytes(b"another file")
    os.replace(other, store.path)
    with pytest.raises(StoreReplacedError, match="replaced"):
        store.check_file()
    rescue = write_rescue_copy(store)
    assert names(rescue) == ["Ana", "Ben", "Chloé"]


def test_a_rescue_never_overwrites_an_existing_file(store: Store) -> None:
    _three_sellers(store)
    first = write_rescue_copy(store)
    first.write_bytes(b"kept")
    second = write_rescue_copy(store)
    assert second != first
    assert first.read_bytes() == b"kept"
    assert names(second) == ["Ana", "Ben", "Chloé"]


def test_a_rescue_recreates_a_removed_data_folder(store: Store) -> None:
    _three_sellers(store)
    shutil.rmtree(store.folder)
    assert not store.file_is_intact()
    rescue = write_rescue_copy(store)
    assert names(rescue) == ["Ana", "Ben", "Chloé"]


def test_the_rescue_file_is_put_back_with_fieldride_restore(store: Store) -> None:
    """What the message tells the user to run, after the app closed on a deleted file."""
    _three_sellers(store)
    store.path.unlink()
    sellers.add_seller(store, "Dana")
    rescue = write_rescue_copy(store)
    store.close()
    assert main(["--data-dir", str(store.folder), "restore", str(rescue)]) == 0
    assert rescue.exists()  # restore copies it; the rescue file stays
    with open_store(store.folder) as reopened:
        assert [s.name for s in sellers.list_sellers(reopened)] == ["Ana", "Ben", "Chloé", "Dana"]
