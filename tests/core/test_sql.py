"""fieldride.sql.Database: sqlite-utils' execute/query/atomic meaning on the standard sqlite3
module, on a real file; and the sqlite-utils view of the same connection."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldride.store import StoreDb as Database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(sqlite3.connect(tmp_path / "t.db"))
    database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    yield database
    database.close()


def other_reader(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT name FROM t ORDER BY id")]
    finally:
        conn.close()


def path_of(db: Database) -> Path:
    return Path(db.conn.execute("PRAGMA database_list").fetchone()[2])


def test_a_write_outside_a_transaction_is_committed_at_once(db: Database) -> None:
    cursor = db.execute("INSERT INTO t (name) VALUES (?)", ["Ana"])
    assert cursor.lastrowid == 1
    assert not db.conn.in_transaction
    assert other_reader(path_of(db)) == ["Ana"]  # another connection sees it: committed


def test_a_failed_write_leaves_no_transaction_open(db: Database) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (name) VALUES (NULL)")
    assert not db.conn.in_transaction


def test_query_yields_dicts_and_refuses_statements_without_rows(db: Database) -> None:
    db.execute("INSERT INTO t (name) VALUES (:n)", {"n": "Ana"})
    assert list(db.query("SELECT id, name FROM t")) == [{"id": 1, "name": "Ana"}]
    with pytest.raises(ValueError, match="execute"):
        db.query("UPDATE t SET name = 'Bo'")
    assert not db.conn.in_transaction
    assert other_reader(path_of(db)) == ["Ana"]  # the refused statement changed nothing


def test_atomic_commits_together_or_not_at_all(db: Database) -> None:
    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('Ana')")
        assert db.conn.in_transaction
        assert other_reader(path_of(db)) == []  # not visible before the commit
    assert other_reader(path_of(db)) == ["Ana"]
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('Bo')")
        raise RuntimeError("stop")
    assert not db.conn.in_transaction
    assert other_reader(path_of(db)) == ["Ana"]


def test_a_nested_block_rolls_back_alone(db: Database) -> None:
    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('Ana')")
        with pytest.raises(sqlite3.IntegrityError), db.atomic():
            db.execute("INSERT INTO t (name) VALUES ('Bo')")
            db.execute("INSERT INTO t (name) VALUES (NULL)")
    assert other_reader(path_of(db)) == ["Ana"]


def test_the_outermost_block_takes_the_write_lock_first(db: Database) -> None:
    """BEGIN IMMEDIATE: a second writer cannot even start while the block is open."""
    path = path_of(db)
    with db.atomic():
        other = sqlite3.connect(path, timeout=0.05)
        try:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()


def test_recursive_triggers_are_on_as_sqlite_utils_sets_them(db: Database) -> None:
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1


def test_the_sqlite_utils_view_shares_the_connection(db: Database) -> None:
    db.execute("INSERT INTO t (name) VALUES ('Ana')")
    assert db.table_names() == ["t"]
    assert [c.name for c in db.table("t").columns] == ["id", "name"]
    with db.utils().atomic():  # sqlite-utils' atomic, also BEGIN IMMEDIATE, same connection
        db.execute("INSERT INTO t (name) VALUES ('Bo')")
        assert db.conn.in_transaction
    assert other_reader(path_of(db)) == ["Ana", "Bo"]


def test_opening_the_store_does_not_import_sqlite_utils(tmp_path: Path) -> None:
    """Issue 8: sqlite-utils (60-100 ms, ~14 MB) stays off the path of an up-to-date store; a
    new store (the schema steps run) does use it."""
    folder = str(tmp_path / "data")

    def imported_after(work: str) -> str:
        code = (
            "import sys\n"
            "from fieldride import rides\n"
            "from fieldride.team import sellers\n"
            "from fieldride.store import open_store\n"
            f"store = open_store({folder!r})\n"
            f"{work}\n"
            "store.close()\n"
            "print('sqlite_utils' in sys.modules)\n"
        )
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        return run.stdout.strip()

    assert imported_after("pass") == "True"  # created and migrated
    assert imported_after("sellers.add_seller(store, 'Ana'); rides.ride_in_progress(store)") == (
        "False"
    )
