"""Backups ordered by sequence, not by the clock alone (issue 20, fault 6): a wrong clock never
gets a new backup pruned, and the dailies resume after a jump. Real stores, real backup files;
the clock's reading is passed in as ``now``, as the app's daily job does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldride.store import Store, list_backups, make_backup, maybe_daily_backup, open_store
from fieldride.store.backup import KEEP
from fieldride.team import sellers

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "data")
    sellers.add_seller(s, "Ana")
    yield s
    s.close()


def test_a_backup_taken_with_the_clock_behind_is_the_newest_and_is_kept(store: Store) -> None:
    for day in range(KEEP["daily"]):
        make_backup(store, reason="daily", now=NOW + timedelta(days=day))
    behind = make_backup(store, reason="daily", now=NOW - timedelta(days=365))
    assert behind.exists(), "written and still there (it was pruned at once before)"
    dailies = [b for b in list_backups(store.folder) if b.kind == "daily"]
    assert dailies[0].path == behind, "newest by sequence, whatever its stamp says"
    assert len(dailies) == KEEP["daily"]
    assert dailies[-1].taken_at == NOW + timedelta(days=1), "the oldest by sequence went"


def test_dailies_resume_after_the_clock_ran_ahead(store: Store) -> None:
    ahead = maybe_daily_backup(store, now=NOW + timedelta(days=200))
    assert ahead is not None
    back = maybe_daily_backup(store, now=NOW)
    assert back is not None, "the clock is right again: the daily does not wait 200 days"
    assert maybe_daily_backup(store, now=NOW + timedelta(hours=3)) is None, "still once a day"
    assert maybe_daily_backup(store, now=NOW + timedelta(days=1, minutes=1)) is not None


def test_backups_named_before_sequences_still_list_below_new_ones(store: Store) -> None:
    new = make_backup(store, reason="manual", now=NOW - timedelta(days=10))
    folder = new.parent
    old = folder / "20270101T000000000000Z-pre-migration.fieldride-backup"
    old.write_bytes(new.read_bytes())
    listed = list_backups(store.folder)
    assert [(b.path, b.kind, b.sequence) for b in listed] == [
        (new, "manual", 1),
        (old, "pre-migration", 0),
    ]
