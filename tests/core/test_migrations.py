"""Migrations: every fixture DB from an older schema step upgrades with its data intact; every
migration runs from a DB built at the step before it; a newer DB is refused untouched; a failing
migration is reported plainly and leaves the DB at the last completed step, with a backup.

Fixtures: tests/fixtures/db/schema-<step>.db, made once per shipped step by
tests/fixtures/db/make_fixture.py (see its docstring)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from fieldride import rides
from fieldride.store import (
    NewerSchemaError,
    StoreError,
    applied_migrations,
    list_backups,
    open_store,
)
from fieldride.store.migrations import apply, known_names, migrations
from fieldride.team import sellers

FIXTURES = sorted((Path(__file__).parents[1] / "fixtures" / "db").glob("schema-*.db"))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables excepted), sorted: the data to keep."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%_fts%' "
                "AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: sorted(conn.execute(f"SELECT * FROM [{t}]").fetchall(), key=repr) for t in tables
        }
    finally:
        conn.close()


def columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info([{table}])")]
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_step_but_new_ones() -> None:
    steps = [p.stem.removeprefix("schema-") for p in FIXTURES]
    assert "0001_initial_schema" in steps
    assert all(step in known_names() for step in steps)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_upgrades_with_data_intact(fixture: Path, data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    db_file = data_dir / "fieldride.db"
    shutil.copyfile(fixture, db_file)
    before = snapshot(db_file)
    step = fixture.stem.removeprefix("schema-")
    pending = known_names()[known_names().index(step) + 1 :]
    with open_store(data_dir) as store:
        assert applied_migrations(store.db) == known_names()
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # The core still reads everything the old version wrote.
        names = {s.name for s in sellers.list_sellers(store)}
        assert names == {"Ana Łukasiewicz", "Benoît O'Neil"}
        current = rides.ride_in_progress(store)
        assert current is not None and current.resume_behaviour_key is not None
        evidence = {
            o.evidence
            for r in rides.list_rides(store)
            for o in rides.observations_for_ride(store, r.id)
        }
        assert "A demandé « qu'est-ce qui a changé ? » — excellent" in evidence
        hits = store.db.execute(
            "SELECT count(*) FROM observations_fts WHERE observations_fts MATCH 'excellent'"
        ).fetchone()[0]
        assert hits == 1  # full-text index still in step with its table
    after = snapshot(db_file)
    for table, rows in before.items():
        if table == "_sqlite_migrations":
            continue
        old_cols = columns(fixture, table)
        new_cols = columns(db_file, table)
        keep = [new_cols.index(c) for c in old_cols]
        assert sorted((tuple(r[i] for i in keep) for r in after[table]), key=repr) == rows, table
    backups = [b for b in list_backups(data_dir) if b.kind == "pre-migration"]
    if pending:
        assert len(backups) == 1
        assert snapshot(backups[0].path) == before  # the backup is the DB before the update


@pytest.fixture
def extra_migration() -> Iterator[list[str]]:
    """Register a migration at the end for one test, then take it away again."""
    added: list[str] = []
    yield added
    migrations._migrations[:] = [m for m in migrations._migrations if m.name not in added]


def _register(added: list[str], name: str, body: Any) -> None:
    migrations(name=name)(body)
    added.append(name)


def test_each_migration_runs_from_the_step_before(tmp_path: Path) -> None:
    names = known_names()
    for index, name in enumerate(names):
        folder = tmp_path / name
        store = open_store(folder, migrate=False)
        apply(store.db, stop_before=name)
        assert applied_migrations(store.db) == names[:index]
        store.close()
        with open_store(folder) as upgraded:
            assert applied_migrations(upgraded.db) == names
            assert upgraded.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_new_migration_is_preceded_by_a_backup(store: Any, extra_migration: list[str]) -> None:
    sellers.add_seller(store, "Ana")
    folder = store.folder
    store.close()

    def add_column(db: Database) -> None:
        db.execute("ALTER TABLE sellers ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")

    _register(extra_migration, "9001_test_nickname", add_column)
    with open_store(folder) as upgraded:
        assert applied_migrations(upgraded.db)[-1] == "9001_test_nickname"
        assert [b.kind for b in list_backups(folder)] == ["pre-migration"]
        assert len(upgraded.backups_made) == 1
        assert "nickname" in columns(
            upgraded.backups_made[0].parent.parent / "fieldride.db", "sellers"
        )
        assert "nickname" not in columns(upgraded.backups_made[0], "sellers")


def test_a_failing_migration_is_explained_and_leaves_the_last_good_step(
    store: Any, extra_migration: list[str]
) -> None:
    sellers.add_seller(store, "Ana")
    folder = store.folder
    store.close()

    def half_done(db: Database) -> None:
        db.execute("ALTER TABLE sellers ADD COLUMN half TEXT")
        db.execute("INSERT INTO no_such_table VALUES (1)")

    _register(extra_migration, "9002_test_broken", half_done)
    with pytest.raises(StoreError) as info:
        open_store(folder)
    message = str(info.value)
    assert "9002_test_broken" in message and "backup was taken first" in message
    assert "Traceback" not in message
    extra_migration.remove("9002_test_broken")
    migrations._migrations[:] = [m for m in migrations._migrations if m.name != "9002_test_broken"]
    with open_store(folder) as again:  # the version without the broken step opens it fine
        assert "half" not in [c.name for c in again.db.table("sellers").columns]
        assert applied_migrations(again.db) == known_names()
        assert again.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == 1


def test_newer_database_is_refused_and_left_byte_for_byte(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    db_file = data_dir / "fieldride.db"
    shutil.copyfile(FIXTURES[0], db_file)
    conn = sqlite3.connect(db_file)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('fieldride', '9999_from_the_future', '2030-01-01T00:00:00')"
    )
    conn.commit()
    conn.close()
    before = sha(db_file)
    listing = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(NewerSchemaError) as info:
        open_store(data_dir)
    assert sha(db_file) == before
    assert sorted(p.name for p in data_dir.iterdir()) == listing  # no -wal/-shm, no backup
    message = str(info.value)
    assert "newer version of FieldRide" in message and "9999_from_the_future" in message
    assert "left untouched" in message


def test_newer_database_in_wal_mode_is_refused_untouched(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('fieldride', '9999_from_the_future', '2030-01-01T00:00:00')"
        )
    db_file = data_dir / "fieldride.db"
    before = sha(db_file)
    with pytest.raises(NewerSchemaError):
        open_store(data_dir)
    assert sha(db_file) == before
