"""A backup taken while this process has the store open keeps the store's SQLite locks (found in
the team-sync walk, issue 21): reading the data file's header through a plain open/close dropped
every POSIX lock of the process on that file, so another process's closing connection believed
it was the last one, checkpointed and deleted the WAL under the open store (the app then read
"database disk image is malformed", and its next writes went to the deleted journal)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fieldride.store import backup_folder, open_store
from fieldride.store.checks import wal_path
from fieldride.team import add_seller, list_sellers

OTHER_PROCESS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM sellers").fetchone()
conn.close()  # the last connection to close checkpoints and deletes the WAL
"""


def test_the_daily_backup_never_makes_another_process_delete_the_open_stores_journal(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    store = open_store(folder, quick_check=False)
    try:
        add_seller(store, "Before the backup")
        backup_folder(folder, reason="daily")  # what the app does in the background at start
        subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(store.path)], check=True)
        assert wal_path(store.path).exists(), "another process deleted the open store's WAL"
        add_seller(store, "After the other process")
        assert {s.name for s in list_sellers(store)} == {
            "Before the backup",
            "After the other process",
        }
    finally:
        store.close()
    with open_store(folder) as again:  # what a later start sees: nothing written was lost
        assert {s.name for s in list_sellers(again)} == {
            "Before the backup",
            "After the other process",
        }
