"""Real storage faults for tests, without mocks.

- :func:`fill_store`: SQLite's own "database or disk is full" (SQLITE_FULL) on the store's
  connection: ``PRAGMA max_page_count`` is held at the file's size and the free space inside
  its pages is filled with a filler table, so every write that needs a byte more fails the way
  it fails on a full disk; :func:`free_store` gives the space back.
- :func:`read_only_store`: "attempt to write a readonly database" (SQLITE_READONLY) for every
  write (``PRAGMA query_only``), undone by :func:`writable_store`.
- :class:`SmallDisk`: a real tmpfs of a few MB (needs root, or the test is skipped with the
  reason), filled to the brim with a filler file and freed by deleting it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from fieldride.store import Store

FILLER_TABLE = "test_disk_filler"
NO_LIMIT = 1_073_741_823  # SQLite's default max_page_count


def fill_store(store: Store) -> None:
    """Make the store's file full: no page may be added and no page has room left."""
    conn = store.db.conn
    conn.execute(f"CREATE TABLE IF NOT EXISTS {FILLER_TABLE} (b BLOB)")
    conn.commit()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    size = 4096
    while size >= 1:
        try:
            conn.execute(f"INSERT INTO {FILLER_TABLE} VALUES (zeroblob(?))", [size])
            conn.commit()
        except sqlite3.OperationalError as err:
            assert "full" in str(err), err
            if conn.in_transaction:
                conn.rollback()
            size //= 2


def free_store(store: Store) -> None:
    """Give the space back (the filler rows stay: they only take room already had)."""
    store.db.conn.execute(f"PRAGMA max_page_count = {NO_LIMIT}")


def read_only_store(store: Store) -> None:
    store.db.conn.execute("PRAGMA query_only = 1")


def writable_store(store: Store) -> None:
    store.db.conn.execute("PRAGMA query_only = 0")


class SmallDisk:
    """A tmpfs of ``size`` bytes mounted at ``path`` (root only; skips the test otherwise)."""

    def __init__(self, path: Path, size: int = 4 * 1024 * 1024) -> None:
        self.path = path
        self.size = size
        self.filler = path / "filler.bin"

    def __enter__(self) -> SmallDisk:
        self.path.mkdir(parents=True, exist_ok=True)
        if os.geteuid() != 0 or shutil.which("mount") is None:
            pytest.skip("a small tmpfs needs root and mount(8); the max_page_count tests cover it")
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={self.size},mode=0700", "tmpfs", str(self.path)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
        return self

    def fill(self) -> None:
        """Fill the file system to the last byte with a filler file."""
        chunk = b"\0" * 65536
        with open(self.filler, "ab", buffering=0) as out:
            for size in (65536, 4096, 512, 1):
                with contextlib.suppress(OSError):
                    while True:
                        out.write(chunk[:size])

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)

    def __exit__(self, *exc: object) -> None:
        subprocess.run(["umount", "-l", str(self.path)], check=False, capture_output=True)
