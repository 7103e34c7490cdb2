"""A store that was there and is now empty is recognised as lost, not taken as new; restore
picks the newest sound backup that holds data; a backup of nothing never displaces one with the
team in it (issue 20, fault 2). Real stores and backups in a real folder."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from fieldride.cli import main
from fieldride.store import (
    EmptiedStoreError,
    MissingStoreError,
    list_backups,
    make_backup,
    maybe_daily_backup,
    newest_good_backup,
    open_store,
)
from fieldride.store.backup import KEEP
from fieldride.team import sellers


def count(path: Path, table: str = "sellers") -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def team(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with open_store(folder) as store:
        for name in ("Ana", "Ben", "Chloé"):
            sellers.add_seller(store, name)
        make_backup(store, reason="daily")
    return folder


def test_a_zero_length_store_with_backups_is_refused_as_lost(team: Path) -> None:
    db = team / "fieldride.db"
    db.write_bytes(b"")
    backups_before = [b.path for b in list_backups(team)]
    with pytest.raises(EmptiedStoreError) as info:
        open_store(team)
    message = str(info.value)
    assert "empty (0 bytes)" in message and "not a new data file" in message
    assert isinstance(info.value, MissingStoreError)  # the recovery window offers the same choice
    assert db.stat().st_size == 0, "nothing written into the emptied file"
    assert [b.path for b in list_backups(team)] == backups_before, "no backup of the empty store"


def test_starting_over_is_an_explicit_choice(team: Path) -> None:
    (team / "fieldride.db").write_bytes(b"")
    with open_store(team, accept_loss=True) as store:
        assert store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == 0
        assert maybe_daily_backup(store) is None, "an empty store is not backed up"
    assert len(list_backups(team)) == 1


def test_a_new_store_in_an_empty_folder_is_still_new(tmp_path: Path) -> None:
    with open_store(tmp_path / "fresh") as store:
        assert store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == 0


def test_restore_newest_skips_newer_backups_that_hold_nothing(
    team: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = list_backups(team)[0].path
    (team / "fieldride.db").write_bytes(b"")
    with open_store(team, accept_loss=True) as store:  # the user started over once, and backed up
        make_backup(store, reason="manual")
    newest = list_backups(team)[0]
    assert newest.path != good and count(newest.path) == 0
    chosen = newest_good_backup(team)
    assert chosen is not None and chosen.path == good
    assert main(["--data-dir", str(team), "restore", "--newest"]) == 0
    capsys.readouterr()
    with open_store(team) as store:
        names = [r[0] for r in store.db.execute("SELECT name FROM sellers ORDER BY name")]
    assert names == ["Ana", "Ben", "Chloé"]


def test_pruning_never_removes_the_newest_backup_with_data(team: Path) -> None:
    good = list_backups(team)[0].path
    (team / "fieldride.db").write_bytes(b"")
    with open_store(team, accept_loss=True) as store:
        for _ in range(KEEP["daily"] + 2):  # more empty dailies than are kept
            path = make_backup(store, reason="daily")
            os.utime(path)  # distinct files; names carry their own stamps
    dailies = [b for b in list_backups(team) if b.kind == "daily"]
    assert good in [b.path for b in dailies], "the backup with the team survived the pruning"
    assert len(dailies) == KEEP["daily"] + 1
    assert count(good) == 3
