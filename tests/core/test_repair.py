"""``fieldride repair``: the separate, explicit command that writes (issue 20, deliver 4).

Real stores, real damage in the files: a flipped byte in a finished ride's evidence, a damaged
journal frame after a SIGKILLed writer, a page of the data file overwritten so that SQLite's
``integrity_check`` fails. Before this change the command did not exist (``fieldride repair``
was an unknown command: exit 2 from the parser, nothing repaired); each test here fails there.
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from fieldride import rides
from fieldride.cli import main
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import changed_rides, make_backup, open_store
from fieldride.store.search_index import differences
from fieldride.team import sellers
from tests.core.test_check_readonly import crash_after_writes, snapshot
from tests.core.test_ride_checksums import MARKER, finished_ride, flip_marker


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def evidence(folder: Path) -> dict[int, str]:
    """Every observation's evidence by id, read through a read-only connection."""
    conn = sqlite3.connect(f"{(folder / 'fieldride.db').as_uri()}?mode=ro", uri=True)
    try:
        return {int(i): str(e) for i, e in conn.execute("SELECT id, evidence FROM observations")}
    finally:
        conn.close()


def run(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--data-dir", str(folder), "repair"])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture
def flipped(data_dir: Path) -> tuple[Path, int, dict[int, str]]:
    """Three finished rides; a backup after the first two; the first one's evidence then
    changed on disk. Returns the folder, the damaged ride and the evidence before the damage."""
    store = open_store(data_dir)
    install_defaults(store)
    bad = finished_ride(store)
    finished_ride(store, "Ben Okafor", "2026-03-03", "Booked the demo for Tuesday.")
    make_backup(store)
    finished_ride(store, "Chloé Martin", "2026-03-04", "Mapped three stakeholders.")
    store.close()
    before = evidence(data_dir)
    flip_marker(data_dir / "fieldride.db")
    return data_dir, bad, before


def test_a_flipped_byte_is_repaired_from_the_backup_and_check_then_passes(
    flipped: tuple[Path, int, dict[int, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, bad, before = flipped
    assert main(["--data-dir", str(folder), "check"]) == 1  # the damage is seen
    damaged_file = (folder / "fieldride.db").read_bytes()
    code, out, _ = run(folder, capsys)
    assert code == 0, out
    assert f"ride {bad} (2026-03-02, Ana Díaz): from " in out and "manual" in out
    assert evidence(folder) == before  # that ride as acknowledged, the others untouched
    assert MARKER in evidence(folder).values()
    [aside] = (folder / "repairs").iterdir()
    assert f"Copied first:   {aside}" in out
    assert (aside / "fieldride.db").read_bytes() == damaged_file  # the evidence kept, as it was
    assert mode(folder / "repairs") == 0o700 and mode(aside) == 0o700
    assert all(mode(p) == 0o600 for p in aside.rglob("*") if p.is_file())
    assert not list((folder / "repairs").glob(".work-*"))
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "check"]) == 0
    with open_store(folder) as store:  # opens, searches the restored text, backs up again
        assert changed_rides(store.db.conn) == []
        assert differences(store.db.conn) == []  # the search index rebuilt from the rows
        found = store.db.execute(
            "SELECT count(*) FROM observations_fts WHERE observations_fts MATCH 'Q7ZK'"
        ).fetchone()[0]
        assert found == 1
        make_backup(store)
    code, out, _ = run(folder, capsys)  # a second run: nothing to repair
    assert code == 0 and "Nothing to repair" in out


def test_a_ride_no_backup_holds_is_listed_as_not_restored(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(data_dir)
    install_defaults(store)
    bad = finished_ride(store)
    store.close()  # no backup holds it
    flip_marker(data_dir / "fieldride.db")
    code, out, _ = run(data_dir, capsys)
    assert code == 1
    assert "could not be restored" in out and f"ride {bad} (2026-03-02, Ana Díaz)" in out
    capsys.readouterr()
    with open_store(data_dir) as store:  # sealed again as it reads, so backups work again
        make_backup(store)


def test_a_damaged_journal_frame_after_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    open_store(folder).close()
    crash_after_writes(folder)  # an earlier crash: its journal copy is kept at the next start
    open_store(folder).close()
    [earlier] = (folder / "crash-copies").iterdir()
    crash_after_writes(folder)  # 20 sellers committed into the journal, then SIGKILL
    wal = folder / "fieldride.db-wal"
    data = bytearray(wal.read_bytes())
    frame = 24 + 4096
    bad_frame = (len(data) - 32) // frame // 2
    data[32 + bad_frame * frame + 24 + 100] ^= 0x01  # a byte of that frame's page
    wal.write_bytes(bytes(data))
    scratch = tmp_path / "scratch"  # what SQLite itself recovers from this pair
    scratch.mkdir()
    shutil.copyfile(folder / "fieldride.db", scratch / "x.db")
    shutil.copyfile(wal, scratch / "x.db-wal")
    conn = sqlite3.connect(scratch / "x.db")
    recoverable = conn.execute("SELECT count(*) FROM sellers").fetchone()[0]
    conn.close()
    assert 20 < recoverable < 40
    code, out, _ = run(folder, capsys)
    assert code == 1, out
    assert "the first" in out and "journal pages of changes after the damaged one" in out
    [aside] = (folder / "repairs").iterdir()
    assert (aside / "fieldride.db-wal").read_bytes() == bytes(data)  # the evidence, as it was
    kept = aside / "crash-copies" / earlier.name / "fieldride.db-wal"  # the journal copies too
    assert kept.read_bytes() == (earlier / "fieldride.db-wal").read_bytes()
    with open_store(folder) as store:  # no "journal missing" question: it opens
        assert store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] == recoverable


def corrupt_a_page(db_file: Path, table: str) -> int:
    """Overwrite one leaf page of ``table`` in the middle of the tree; return its number."""
    conn = sqlite3.connect(f"{db_file.as_uri()}?mode=ro", uri=True)
    try:
        pages = [
            int(r[0])
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                [table],
            )
        ]
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()
    assert len(pages) > 4
    page = pages[len(pages) // 2]
    with db_file.open("r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\xa5" * size)
    return page


def test_a_corrupted_page_is_salvaged_row_by_row(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(data_dir)
    install_defaults(store)
    acknowledged = [
        finished_ride(store, f"Seller {n}", f"2026-03-{n + 1:02d}", f"Evidence {n} " + "x" * 1500)
        for n in range(20)
    ]
    make_backup(store)
    open_ride = rides.plan_ride(store, 1, "2026-04-01", scorecard_key="field-visit")
    call = rides.add_call(store, open_ride.id, "visit", "Harbour Foods", "Ops director")
    rides.rate(store, call.id, "discovery", 3)
    sellers.add_seller(store, "Added after the backup")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    store.close()
    before = evidence(data_dir)
    corrupt_a_page(data_dir / "fieldride.db", "observations")
    conn = sqlite3.connect(f"{(data_dir / 'fieldride.db').as_uri()}?mode=ro", uri=True)
    try:
        found = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    except sqlite3.DatabaseError as err:  # so damaged that the check itself stops
        found = str(err)
    finally:
        conn.close()
    assert found != "ok"
    code, out, _ = run(data_dir, capsys)
    assert code == 1, out  # rows could not be read: said, even when their rides came back
    assert "integrity check of the data file failed" in out
    assert "built from every row that still reads" in out
    assert "Table observations: the rows with ids" in out
    assert "Rides taken from backups" in out
    assert evidence(data_dir) == before  # every acknowledged ride back; the rest salvaged
    with open_store(data_dir) as store:
        assert changed_rides(store.db.conn) == []
        assert differences(store.db.conn) == []  # the search index rebuilt from the rows
        names = {r[0] for r in store.db.execute("SELECT name FROM sellers")}
        assert "Added after the backup" in names  # not in any backup: salvaged
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            len(acknowledged)
            == store.db.execute(
                "SELECT count(*) FROM rides WHERE status = 'acknowledged'"
            ).fetchone()[0]
        )
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "check"]) == 0


def test_an_emptied_data_file_comes_back_from_the_newest_backup_with_data(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(data_dir)
    install_defaults(store)
    finished_ride(store)
    make_backup(store)
    store.close()
    (data_dir / "fieldride.db").write_bytes(b"")
    code, out, _ = run(data_dir, capsys)
    assert code == 1 and "empty (0 bytes)" in out and "Everything saved after" in out
    assert MARKER in evidence(data_dir).values()


def test_refused_while_another_process_holds_the_lock(
    flipped: tuple[Path, int, dict[int, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _bad, _before = flipped
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\n"
            "from fieldride.store.instance_lock import hold_instance_lock\n"
            "with hold_instance_lock(Path(sys.argv[1])):\n"
            "    print('held', flush=True)\n    time.sleep(60)\n",
            str(folder),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = snapshot(folder)
        code, _out, err = run(folder, capsys)
        assert code == 2 and f"process {holder.pid} holds its lock" in err
        assert snapshot(folder) == before  # nothing copied, nothing changed
    finally:
        holder.kill()
        holder.wait()
    code, _out, _err = run(folder, capsys)  # its lock is stale now: taken over
    assert code == 0


def test_refused_while_another_process_has_the_store_open(
    flipped: tuple[Path, int, dict[int, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _bad, _before = flipped
    with open_store(folder):  # a marker of this process: repair runs in a child
        done = subprocess.run(
            [sys.executable, "-m", "fieldride", "--data-dir", str(folder), "repair"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2 and "still open" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (folder / "repairs").exists()


@pytest.mark.parametrize("content", [None, b"", b"not a database at all" * 100])
def test_no_traceback_without_anything_to_repair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None
) -> None:
    folder = tmp_path / "data"
    if content is not None:
        folder.mkdir(mode=0o700)
        (folder / "fieldride.db").write_bytes(content)
    code, out, err = run(folder, capsys)
    if content is None:
        assert code == 2 and "nothing to repair" in err
    else:  # no backup to take anything from: said, and the file left as it was
        assert code == 1 and "left as it was" in out
        assert (folder / "fieldride.db").read_bytes() == content


CHILD = """
import os, signal, sys
from pathlib import Path
from fieldride.store.repair import repair_store

folder, kill_at = Path(sys.argv[1]), sys.argv[2]
calls = 0

def kill_here(name):
    if name == kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

def wrap(real):
    def renamed(src, dst, *args, **kwargs):
        global calls
        calls += 1
        kill_here(f"before-rename-{calls}")
        real(src, dst, *args, **kwargs)
        kill_here(f"after-rename-{calls}")
    return renamed

os.replace = wrap(os.replace)
os.rename = wrap(os.rename)
repair_store(folder, on_step=kill_here)
print(calls)
"""

STEPS = ["aside", "recovered", "rides"] + [
    f"{when}-rename-{n}" for n in range(1, 6) for when in ("before", "after")
]


@pytest.mark.parametrize("kill_at", STEPS)
def test_a_kill_at_any_step_leaves_the_old_or_the_repaired_store(
    flipped: tuple[Path, int, dict[int, str]],
    capsys: pytest.CaptureFixture[str],
    kill_at: str,
) -> None:
    folder, _bad, before = flipped
    damaged = evidence(folder)
    killed = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), kill_at],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == -9, killed.stderr
    with open_store(folder) as store:  # opens: the old store or the repaired one
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    found = evidence(folder)
    assert found == (before if kill_at == "after-rename-5" else damaged)
    code, out, _ = run(folder, capsys)  # and a repair after the kill finishes the job
    assert code == 0, out
    assert evidence(folder) == before


def test_the_kill_harness_sees_every_rename(
    flipped: tuple[Path, int, dict[int, str]],
) -> None:
    folder, _bad, before = flipped
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), "never"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) == 5  # journal; data file, -wal, -shm aside; the new file
    assert evidence(folder) == before


def test_a_missing_journal_after_a_crash_is_reported_lost_and_the_store_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    open_store(folder).close()
    crash_after_writes(folder)
    (folder / "fieldride.db-wal").unlink()
    code, out, _ = run(folder, capsys)
    assert code == 1 and "journal (-wal) of the data file is missing" in out
    with open_store(folder) as store:  # no "journal missing" refusal any more
        assert not store.was_unclean
