"""A restore killed at any rename leaves the old store or the restored one, each with its journal
(-wal), and a second restore after an interrupted one keeps the data file and its WAL together
(issue 20, fault 8, deliver 7).

The restore runs in a child process whose harness (this test's code) wraps ``os.replace`` and
``os.rename`` and SIGKILLs the child just before, or just after, the Nth call: every N from 1 to
the number of renames a restore makes. The start that undoes an interrupted restore is killed
the same way at each of its renames. No timing is involved: the kill point is a call count.
Real stores, real files."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fieldride.cli import main
from fieldride.store import make_backup, open_store, restore_backup
from fieldride.store.backup import RESTORE_INCOMING, RESTORE_JOURNAL
from fieldride.team import sellers

OLD = {"Ana", "Ben", "Chloé"}  # Chloé only in the WAL
RESTORED = {"Ana"}  # the backup

CHILD = """
import os, signal, sys
from pathlib import Path
from fieldride.store import restore_backup

folder, backup, kill_at, when = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
calls = 0

def wrap(real):
    def renamed(src, dst, *args, **kwargs):
        global calls
        calls += 1
        if calls == kill_at and when == "before":
            os.kill(os.getpid(), signal.SIGKILL)
        real(src, dst, *args, **kwargs)
        if calls == kill_at and when == "after":
            os.kill(os.getpid(), signal.SIGKILL)
    return renamed

os.replace = wrap(os.replace)
os.rename = wrap(os.rename)
if len(sys.argv) > 5:  # the start after an interrupted restore, itself killed
    from fieldride.store import open_store

    open_store(folder).close()
else:
    restore_backup(folder, backup)
print(calls)
"""


def names_in(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sellers")}


def names_in_pair(db_file: Path, scratch: Path) -> set[str]:
    """The sellers in a data file read together with its -wal (copied, so nothing is changed)."""
    scratch.mkdir()
    shutil.copyfile(db_file, scratch / "x.db")
    wal = Path(f"{db_file}-wal")
    if wal.exists():
        shutil.copyfile(wal, scratch / "x.db-wal")
    conn = sqlite3.connect(scratch / "x.db")
    try:
        return names_in(conn)
    finally:
        conn.close()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed store holding Ana and Ben in its data file and Chloé only in its WAL (the app
    killed before a checkpoint), with a backup holding Ana alone."""
    folder = tmp_path_factory.mktemp("pristine") / "data"
    store = open_store(folder)
    sellers.add_seller(store, "Ana")
    make_backup(store)
    sellers.add_seller(store, "Ben")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    sellers.add_seller(store, "Chloé")
    store.abandon()  # no checkpoint: Chloé stays in the WAL
    assert Path(f"{folder}/fieldride.db-wal").stat().st_size > 0
    alone = tmp_path_factory.mktemp("alone")
    shutil.copyfile(folder / "fieldride.db", alone / "x.db")
    conn = sqlite3.connect(alone / "x.db")
    assert names_in(conn) == {"Ana", "Ben"}  # without its WAL the data file lacks Chloé
    conn.close()
    return folder


def fresh(pristine: Path, tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "data"
    shutil.copytree(pristine, folder)
    [backup] = (folder / "backups").iterdir()
    return folder, backup


def run_child(
    folder: Path, backup: Path, kill_at: int, when: str, *then: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), str(backup), str(kill_at), when, *then],
        capture_output=True,
        text=True,
        timeout=120,
    )


def renames_in_a_restore(pristine: Path, tmp_path: Path) -> int:
    folder, backup = fresh(pristine, tmp_path / "count")
    done = run_child(folder, backup, 0, "never")
    assert done.returncode == 0, done.stderr
    return int(done.stdout.strip())


def asides(folder: Path) -> list[Path]:
    return sorted(
        p for p in folder.glob("fieldride.db.replaced-*") if p.name[-4:] not in ("-wal", "-shm")
    )


def assert_every_wal_has_its_data_file(folder: Path) -> None:
    for wal in folder.glob("*-wal"):
        assert Path(str(wal)[: -len("-wal")]).exists(), f"{wal.name} was parted from its data file"


def test_the_harness_sees_every_rename(pristine: Path, tmp_path: Path) -> None:
    # journal into place; data file, -wal, -shm aside; the copy into place (the commit)
    assert renames_in_a_restore(pristine, tmp_path) == 5


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("kill_at", [1, 2, 3, 4, 5])
def test_kill_at_every_rename_leaves_old_or_restored_store_with_its_journal(
    pristine: Path, tmp_path: Path, kill_at: int, when: str
) -> None:
    folder, backup = fresh(pristine, tmp_path)
    killed = run_child(folder, backup, kill_at, when)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    committed = kill_at == 5 and when == "after"
    with open_store(folder) as store:
        found = names_in(store.db.conn)
    assert found == (RESTORED if committed else OLD)
    assert not (folder / RESTORE_JOURNAL).exists()
    assert not (folder / RESTORE_INCOMING).exists()
    assert_every_wal_has_its_data_file(folder)
    if committed:  # the old data file and its WAL were moved aside as a pair
        [aside] = asides(folder)
        assert names_in_pair(aside, tmp_path / "aside") == OLD
    else:
        assert asides(folder) == []


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("kill_at", [1, 2, 3, 4, 5])
def test_second_restore_after_an_interrupted_one_keeps_each_pair_together(
    pristine: Path, tmp_path: Path, kill_at: int, when: str
) -> None:
    folder, backup = fresh(pristine, tmp_path)
    killed = run_child(folder, backup, kill_at, when)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    restore_backup(folder, backup)
    with open_store(folder) as store:
        assert names_in(store.db.conn) == RESTORED
    assert not (folder / RESTORE_JOURNAL).exists()
    assert_every_wal_has_its_data_file(folder)
    held = [names_in_pair(a, tmp_path / f"aside{i}") for i, a in enumerate(asides(folder))]
    assert OLD in held  # the old data file still opens with the edits only its WAL held
    assert all(h in (OLD, RESTORED) for h in held)


def test_check_during_an_interrupted_restore_says_so_and_changes_nothing(
    pristine: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, backup = fresh(pristine, tmp_path)
    killed = run_child(folder, backup, 3, "before")  # the data file is aside, its -wal not yet
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "check"]) == 1
    err = capsys.readouterr().err
    assert "was interrupted" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before
    with open_store(folder) as store:  # the next start undoes it
        assert names_in(store.db.conn) == OLD


@pytest.mark.parametrize("when", ["before", "after"])
@pytest.mark.parametrize("kill_at", [1, 2, 3])
def test_kill_while_an_interrupted_restore_is_undone_is_undone_next_time(
    pristine: Path, tmp_path: Path, kill_at: int, when: str
) -> None:
    folder, backup = fresh(pristine, tmp_path)
    killed = run_child(folder, backup, 5, "before")  # every file aside, the copy not in place
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    killed = run_child(folder, backup, kill_at, when, "open")  # undoing: -shm, -wal, data file
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with open_store(folder) as store:
        assert names_in(store.db.conn) == OLD
    assert not (folder / RESTORE_JOURNAL).exists()
    assert asides(folder) == []
    assert_every_wal_has_its_data_file(folder)


@pytest.mark.parametrize(
    "left", [RESTORE_INCOMING, f"{RESTORE_INCOMING}-journal", f".{RESTORE_JOURNAL}.tmp"]
)
def test_files_of_a_restore_killed_before_its_journal_are_removed_at_opening(
    pristine: Path, tmp_path: Path, left: str
) -> None:
    folder, _backup = fresh(pristine, tmp_path)
    (folder / left).write_bytes(b"half a copy")
    with open_store(folder) as store:
        assert names_in(store.db.conn) == OLD
    assert not (folder / left).exists()


OPENING = """
import sys
from pathlib import Path
from fieldride.store import open_store

open_store(Path(sys.argv[1]), quick_check=False).close()
print(sorted(m for m in sys.modules if m in ("fieldride.store.backup", "fieldride.progress")))
"""


def test_an_opening_with_no_restore_to_finish_leaves_the_backup_module_unloaded(
    pristine: Path, tmp_path: Path
) -> None:
    """The app's start opens the store this way: backups (and their checksums and progress
    reports) are for later, after the background check."""
    folder, _backup = fresh(pristine, tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", OPENING, str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
