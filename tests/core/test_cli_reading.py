"""Commands that only read open the data file without the whole-file check (issue 23, deliver 1).

Observed, not assumed: a store with a damaged index on a table the command does not read still
answers (the whole-file ``quick_check`` would refuse it), ``fieldride check`` reports the damage,
and after an unclean shutdown the same command checks the whole file first and refuses.
The damage is fixed bytes (no randomness): the root page of an index of the training tables.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from fieldride import rides
from fieldride.cli import main
from fieldride.store import UNCLEAN_MARKER, Store
from fieldride.team import sellers, training

UNTOUCHED_INDEX = "sqlite_autoindex_training_events_1"  # search and export never read it


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damage_index(db_file: Path, index: str) -> None:
    """Overwrite the root page of ``index`` with fixed bytes: the header and schema still read,
    ``quick_check`` fails."""
    conn = sqlite3.connect(db_file)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with db_file.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * (page_size - 1))


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def damaged_folder(store: Store) -> Path:
    """A closed store with one ride whose evidence says 'discount', a training, and then a
    damaged index on the training table."""
    seller = sellers.add_seller(store, "Ada Example")
    ride = rides.plan_ride(store, seller.id, date(2026, 1, 10), scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Acme")
    rides.rate(store, call.id, "discovery", 3)
    rides.set_evidence(store, call.id, "discovery", "asked why the discount mattered")
    training.add_training(
        store, "Discovery workshop", "2026-01-05", [("field-visit", "discovery")], [seller.id]
    )
    folder = store.folder
    store.close()
    _damage_index(folder / "fieldride.db", UNTOUCHED_INDEX)
    return folder


def test_read_only_commands_answer_without_the_whole_file_check(
    damaged_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(damaged_folder)
    db_file = damaged_folder / "fieldride.db"
    before = _sha(db_file)
    assert main(["--data-dir", folder, "search", "discount"]) == 0
    out = capsys.readouterr().out
    assert "Ada Example" in out and "discount" in out
    assert main(["--data-dir", folder, "export", "--out", str(tmp_path / "x.csv")]) == 0
    capsys.readouterr()
    assert "discount" in (tmp_path / "x-observations.csv").read_text(encoding="utf-8-sig")
    assert main(["--data-dir", folder, "scorecard", "list"]) == 0
    assert "field-visit" in capsys.readouterr().out
    assert _sha(db_file) == before  # read, never written (the commands checkpoint nothing new)
    # The whole-file check does see the damage.
    assert main(["--data-dir", folder, "check"]) == 1
    assert "is damaged" in capsys.readouterr().err
    # A command that writes keeps the whole-file check: it refuses before any write.
    args = ["training", "add", "--title", "W", "--date", "2026-02-01", "--seller", "1"]
    assert main(["--data-dir", folder, *args, "--behaviour", "field-visit:discovery"]) == 1
    assert "damaged" in capsys.readouterr().err
    assert _sha(db_file) == before


def test_after_an_unclean_shutdown_a_read_only_command_checks_first(
    damaged_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_file = damaged_folder / "fieldride.db"
    (damaged_folder / f"{UNCLEAN_MARKER}.{_dead_pid()}").touch()  # a process died with it open
    Path(f"{db_file}-wal").touch()  # the journal it left (empty: everything was checkpointed)
    before = _sha(db_file)
    for args in (["search", "discount"], ["training", "list"], ["scorecard", "list"]):
        assert main(["--data-dir", str(damaged_folder), *args]) == 1, args
        err = capsys.readouterr().err
        assert "is damaged" in err and "Nothing was changed" in err and "Traceback" not in err
    assert _sha(db_file) == before


def test_damage_a_read_only_command_meets_is_a_message_not_a_traceback(
    damaged_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The skipped check's damage shows when a command reads the damaged page: a plain
    message naming the file and what to do."""
    conn = sqlite3.connect(damaged_folder / "fieldride.db")
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'training_events'"
    ).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with (damaged_folder / "fieldride.db").open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x0d" + b"\xff" * (page_size - 1))
    assert main(["--data-dir", str(damaged_folder), "training", "list"]) == 1
    err = capsys.readouterr().err
    assert "could not be read" in err and "fieldride check" in err


# What only writing needs, and what a query never uses: none of it is imported by a command
# that only reads (each was imported by `fieldride search` before).
HEAVY_FOR_READING = (
    "fieldride.store.backup",
    "fieldride.store.checkpoints",
    "fieldride.store.pending",
    "hashlib",  # OpenSSL, for ride checksums
    "platformdirs",  # only without --data-dir / FIELDRIDE_HOME
    "tempfile",  # a partial file is made without it (it brings random and SHA-512)
    "babel",  # dates and numbers come from fieldride.cldr
    "fieldride.store.opening",  # the full opening: crash copies, backups, migration runs
    "fieldride.store.checksums",  # and json with it: only a migration step writes checksums
)
# Issue 23, deliver 1 and 2 at the small end: what `search` and `export` paid for at start-up
# and never used (each was imported by both before). The team's records (training list) are
# still dataclasses.
UNUSED_BY_SEARCH_AND_EXPORT = (
    "logging",  # nothing either does is logged (the command line keeps no log)
    "dataclasses",  # and inspect with it: the records on these paths are named tuples
    "inspect",
)
# What `export` needs from the rides and debriefs is their labels, not their records.
UNUSED_BY_EXPORT = ("fieldride.debriefs.commitments", "fieldride.rides.model", "threading")


# Runs `python -m fieldride ARGS` as it is (runpy, as `-m` does) and then prints the names
# of the modules it imported on a last line of stderr.
CHILD = """
import json, runpy, sys
sys.argv = ["fieldride", *sys.argv[1:]]
try:
    runpy.run_module("fieldride", run_name="__main__", alter_sys=True)
except SystemExit as exit:
    code = exit.code
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""


def _imported_by(folder: Path, *args: str) -> tuple[set[str], str]:
    """The modules ``python -m fieldride --data-dir FOLDER ARGS`` imported (a real process,
    nothing patched; read from its ``sys.modules`` when it ends), and its output."""
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    modules: list[str] = json.loads(proc.stderr.splitlines()[-1])
    return set(modules), proc.stdout


@pytest.mark.parametrize(
    "args",
    [("search", "discount"), ("training", "list"), ("export", "--format", "csv", "--out", "OUT")],
)
def test_a_query_command_imports_nothing_that_only_writing_needs(
    damaged_folder: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    """Issue 23, deliver 1: the fixed cost of a query command. Opening for reading takes a
    read-only connection after the cheap checks; the backup, checkpoint and write-queue modules,
    OpenSSL, platformdirs, tempfile and Babel stay unloaded. On the code before, `search`
    imported the first three and hashlib, platformdirs and tempfile; and, until the second
    round, the full opening (with the checksums and json), logging and dataclasses (with
    inspect), and `export` the commitments' and rides' records for their labels."""
    args = tuple(str(tmp_path / "x.csv") if a == "OUT" else a for a in args)
    db_file = damaged_folder / "fieldride.db"
    before = _sha(db_file)
    modules, out = _imported_by(damaged_folder, *args)
    assert "fieldride.store.reading" in modules and "sqlite3" in modules  # the list is real
    heavy = set(HEAVY_FOR_READING)
    if args[0] != "training":
        heavy |= set(UNUSED_BY_SEARCH_AND_EXPORT)
    if args[0] == "export":
        heavy |= set(UNUSED_BY_EXPORT)
    assert not modules & heavy, sorted(modules & heavy)
    assert ("Ada Example" in out) if args[0] == "search" else out
    assert not list(damaged_folder.glob(f"{UNCLEAN_MARKER}*"))  # no writer was opened
    assert _sha(db_file) == before


# Runs a command through an entry point and prints, on a last line of stderr, whether the
# garbage collector was on when start-up imported the command line's modules, and after the run.
COLLECTOR = """
import gc, json, runpy, sys
entry, args = sys.argv[1], sys.argv[2:]
seen = {}
WATCHED = ("fieldride.i18n", "fieldride.cli.arguments", "fieldride.search")
def audit(event, details):
    if event == "import" and details[0] in WATCHED:
        seen.setdefault(details[0], gc.isenabled())
sys.addaudithook(audit)
sys.argv = ["fieldride", *args]
try:
    if entry == "module":
        runpy.run_module("fieldride", run_name="__main__", alter_sys=True)
    else:
        from ui.launch import main
        sys.exit(main(args))
except SystemExit as exit:
    code = exit.code
seen.update(enabled=gc.isenabled(), frozen=gc.get_freeze_count())
print(json.dumps(seen), file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.parametrize("entry", ["module", "launcher"])
def test_a_commands_start_up_runs_without_the_garbage_collector(
    demo_store: Store, entry: str
) -> None:
    """Issue 23: a command's start-up (its imports, its parser) creates objects that live as
    long as the process, and about fifteen collections walked them again (~2.5 ms of a query
    command). Both entry points pause the collector before their imports; the command's work
    (here importing the search) runs with it, the start-up objects frozen. Before: the
    collector on throughout, nothing frozen."""
    folder = demo_store.folder
    demo_store.close()
    proc = subprocess.run(
        [sys.executable, "-c", COLLECTOR, entry, "--data-dir", str(folder), "search", "price"],
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(proc.stderr.splitlines()[-1])
    assert proc.stdout.count("ride ") > 3  # the search ran
    assert seen["fieldride.i18n"] is False and seen["fieldride.cli.arguments"] is False, seen
    assert seen["fieldride.search"] is True, seen  # the command's own work
    assert seen["enabled"] is True and seen["frozen"] > 10_000, seen


def test_a_reader_that_stops_early_ends_the_command_quietly(demo_store: Store) -> None:
    """`fieldride search price | head -1`: the reader closes the pipe before the command has
    written everything. The command stops without a message or a traceback (before:
    "fieldride: [Errno 32] Broken pipe" on stderr and exit code 1, or, when the output fit in
    one buffer, "Exception ignored ... BrokenPipeError" at exit and code 120)."""
    folder = demo_store.folder
    demo_store.close()
    for limit in ("3", "10000"):  # a few lines (flushed at the end) and many (flushed as written)
        cmd = [sys.executable, "-m", "fieldride", "--data-dir", str(folder)]
        cmd += ["search", "seller", "--limit", limit]
        full = subprocess.run(cmd, capture_output=True, check=True)
        assert full.stdout.count(b"\n") >= 3  # it has results to write
        command = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert command.stdout is not None and command.stderr is not None
        command.stdout.close()  # the reader is gone before the first line is written
        err = command.stderr.read().decode()
        code = command.wait(timeout=60)
        assert (err, code) == ("", 141), limit
