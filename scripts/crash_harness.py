"""Crash-safety harness: SIGKILL the real app mid-capture, again and again, and prove nothing
acknowledged as saved is ever lost.

    python scripts/crash_harness.py --kills 100            # the full run (documented figures)
    python scripts/crash_harness.py --kills 10 --seed 3    # what CI runs (tests/crash/)

One data folder holds a ride in progress. Each round starts the real app process
(``python -m tests.harness.drive_app --data-dir D``, offscreen Qt) with ``FIELDRIDE_DRIVE`` pointing at a script
that ``tests/harness/crash_driver.py`` plays against the capture screen with key presses: open the ride in
progress, add a call, then a burst of ratings, "no opportunity" marks, typed evidence (with
non-ASCII text) and quick notes. The driver prints ``ACK`` only after the screen reported the
edit saved. At a random moment (mostly during the burst, sometimes during start-up) the harness
sends SIGKILL. Then, reading the files through a read-only connection (a pure observer: no
checkpoint, no write), it checks:

1. ``PRAGMA integrity_check`` is ``ok``;
2. every ACKed edit of every round so far is in the DB exactly (ratings, no-opportunity marks,
   evidence text, notes, calls);
3. at the next start the app reopens on the ride in progress (the driver's ``OPENED`` line).

In some rounds the harness also copies ``fieldride.db`` and ``fieldride.db-wal`` while the app
writes (the way a file copier or sync tool would) and checks that the copy opens cleanly
(integrity ok) with at least the edits ACKed before the copy began.

With ``--disk-full`` (root: it mounts a tmpfs) the data folder lives on a small tmpfs and in each
capture round the harness fills that file system to the last byte with a filler file at a
random moment early in the burst, deletes the filler a random 0.5–3 s later, and kills the app
at a random moment up to 6 s after that (while the disk is full, or after space returned and the
app's 3 s retry wrote what waited, or not yet). The checks are the same:
every edit the screen reported saved is in the file after the kill; edits made while the disk
was full wait (the driver prints NOACK after 5 s) and must not be reported saved unless they
committed. It also counts the rounds whose stderr holds a Python traceback (there must be none).

``--mode`` chooses what each round does (``--disk-full`` is ``--mode disk-full``):

- ``capture`` (default): the burst above, with Ctrl+Z / Ctrl+Shift+Z right after some ratings;
- ``debrief``: a few ratings on a new call, then the debrief page: the earlier ride's
  commitment checked (applied / partly / not yet), strength and gap typed, two commitments
  added, "Finish debrief", and the seller's acknowledgement in the seller view. When the ride
  was finished, the harness plans and starts the next one (through the core, between rounds);
- ``disk-full``: as described above;
- ``eio``: the app runs with ``tests/harness/eio_shim.c`` preloaded (``LD_PRELOAD``; built with
  ``cc``): while a flag file exists, every write and fsync on the data file and its journal
  fails with EIO. The flag is set early in the burst and removed 0.5-3 s later, like the filler;
- ``deleted``: the data file is deleted at a random moment of the burst (the app is expected to
  notice at its next commit, write a rescue copy and stop taking edits); the kill follows 0.5-4 s
  later. Every edit acknowledged must then be in the rescue copy; when the app was killed before
  any commit after the deletion, no rescue exists and the edits acknowledged before the deletion
  went with the deleted file (counted apart: the user deleted them, the app never claimed them
  after). The harness then puts the rescue copy back (``fieldride restore PATH``), or a copy it
  took through SQLite's backup API just before deleting.

An edit is checked as the last state acknowledged for its field (a rating undone is checked as
the state the undo left); an edit the driver SENT after that but that was not ACKed before the
kill may or may not be on disk, so either state passes.

Exit code 0 only if every check of every round passed. ``--json`` writes the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODES = ("capture", "debrief", "disk-full", "eio", "deleted")
SELLER = "Harness Seller"
CALLS_PER_ROUND = 2
EVIDENCE_SAMPLES = [
    "Asked three open questions before any pitch",
    "Opened with the client's own words: «on fait quoi maintenant ?»",
    "Summarised Łukasz's concern about delivery times — then paused",
    "Named the next step: pilot in Zürich, 3 weeks",
    "Μίλησε για τιμή πολύ νωρίς",  # Greek
    "Handled the price objection by going back to the cost of doing nothing",
]
NOTE_SAMPLES = [
    "Client late 10 min",
    "Good rapport with the buyer",
    "Check pricing sheet 2026",
    "Café stop ☕",
]


@dataclass
class Round:
    number: int
    killed_after_s: float
    phase: str
    acks: int
    opened_ok: bool | None
    integrity: str
    missing: list[str] = field(default_factory=list)
    copy_checked: bool = False
    copy_ok: bool | None = None
    copy_problem: str = ""


@dataclass
class Totals:
    kills: int = 0
    rounds_ok: int = 0
    acked_edits: int = 0
    acked_edits_checked: int = 0
    edits_lost: int = 0
    integrity_failures: int = 0
    reopen_checked: int = 0
    reopen_ok: int = 0
    reopen_auto: int = 0
    reopen_via: dict[str, int] = field(default_factory=dict)
    copies_taken: int = 0
    copies_ok: int = 0
    disk_full_rounds: int = 0  # --disk-full: rounds in which the disk was filled
    killed_while_full: int = 0
    not_acked_edits: int = 0  # NOACK: not reported saved within 5 s (waiting for the disk)
    acked_after_free: int = 0  # ACKs of rounds with a full disk (made before, during or after)
    write_failures_logged: int = 0  # "write failed, kept to try again" in the app's log
    recoveries_logged: int = 0  # "writes commit again" in the app's log (space came back)
    tracebacks: int = 0  # rounds whose stderr held a Python traceback
    mode: str = "capture"
    seed: int = 0
    load_average: list[str] = field(default_factory=list)  # at start, every 25 rounds, end
    undo_redo_acked: int = 0
    debrief_acked: dict[str, int] = field(default_factory=dict)  # per operation
    rides_finished: int = 0  # debrief mode: rides acknowledged by the seller and replaced
    io_error_rounds: int = 0  # eio: rounds with writes failing
    killed_while_failing: int = 0
    deleted_rounds: int = 0
    rescues_found: int = 0
    gone_with_deleted_file: int = 0  # deleted before any later commit: no rescue (see above)
    path: str = ""
    seconds: float = 0.0
    rounds: list[dict[str, Any]] = field(default_factory=list)


def prepare(data_dir: Path) -> tuple[int, list[str], list[int], str]:
    """A store with the bundled scorecard and one ride in progress; returns ride, keys, scale
    and the scorecard's key."""
    sys.path.insert(0, str(ROOT))
    from fieldride import rides
    from fieldride.scorecards.defaults import install_defaults
    from fieldride.store import open_store
    from fieldride.team import sellers

    with open_store(data_dir) as store:
        version = install_defaults(store)[0]
        seller = sellers.add_seller(store, SELLER)
        ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key=version.key)
        rides.start_ride(store, ride.id)
        keys = [b.key for b in version.card.behaviours()]
        scale = [level.value for level in version.card.scale]
    return ride.id, keys, scale, version.key


def next_ride(data_dir: Path, card_key: str) -> int:
    """The ride in progress, or a new one planned and started when the last was finished
    (debrief mode, between rounds: what the manager would do with the plan dialog)."""
    from fieldride import rides
    from fieldride.store import open_store
    from fieldride.team import sellers

    with open_store(data_dir) as store:
        current = rides.ride_in_progress(store)
        if current is not None:
            return current.id
        seller = next(s for s in sellers.list_sellers(store) if s.name == SELLER)
        last = store.db.execute("SELECT max(ride_date) FROM rides").fetchone()[0]
        # a day later each time: the seller acknowledges on today's date, never before the ride
        day = (date.fromisoformat(last) + timedelta(days=1)).isoformat()
        ride = rides.plan_ride(store, seller.id, day, scorecard_key=card_key)
        rides.start_ride(store, ride.id)
        return ride.id


def make_debrief_script(
    rng: random.Random, round_no: int, keys: list[str], scale: list[int]
) -> list[dict[str, Any]]:
    """A few ratings on a new call, then the debrief to the seller's acknowledgement."""
    steps: list[dict[str, Any]] = [{"op": "open"}, {"op": "add_call"}]
    rated = rng.sample(keys, 5)
    for key in rated:
        steps.append({"op": "rate", "key": key, "level": rng.choice(scale)})
        if rng.random() < 0.3:
            steps.append({"op": "undo"})
            if rng.random() < 0.5:
                steps.append({"op": "redo"})
    tag = f"[r{round_no}]"
    steps += [
        {"op": "debrief"},
        {"op": "verify", "outcome": rng.choice(["applied", "partly", "not_yet"])},
        {"op": "verify", "outcome": rng.choice(["applied", "partly", "not_yet"])},
        {
            "op": "point",
            "role": "strength",
            "key": rated[0],
            "text": f"{rng.choice(EVIDENCE_SAMPLES)} {tag}",
        },
        {
            "op": "point",
            "role": "gap",
            "key": rated[1],
            "text": f"{rng.choice(EVIDENCE_SAMPLES)} — gap {tag}",
        },
        {"op": "commitment", "text": f"Two open questions per call {tag}"},
        {"op": "commitment", "text": f"Confirm the next step in writing {tag}"},
        {"op": "finish"},
        {"op": "acknowledge", "name": SELLER},
    ]
    return steps


def make_script(
    rng: random.Random, round_no: int, keys: list[str], scale: list[int]
) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = [{"op": "open"}]
    for _call in range(CALLS_PER_ROUND):
        steps.append({"op": "add_call"})
        for key in rng.sample(keys, len(keys)):
            if rng.random() < 0.15:
                steps.append({"op": "no_opportunity", "key": key})
            else:
                steps.append({"op": "rate", "key": key, "level": rng.choice(scale)})
            if rng.random() < 0.1:  # Ctrl+Z right after it, sometimes Ctrl+Shift+Z after that
                steps.append({"op": "undo"})
                if rng.random() < 0.5:
                    steps.append({"op": "redo"})
            if rng.random() < 0.6:
                text = f"{rng.choice(EVIDENCE_SAMPLES)} [r{round_no}-{len(steps)}]"
                steps.append({"op": "evidence", "key": key, "text": text})
            if rng.random() < 0.3:
                note = f"{rng.choice(NOTE_SAMPLES)} [r{round_no}-{len(steps)}]"
                steps.append({"op": "note", "text": note})
    return steps


class AppRun:
    """One app process with its stdout read line by line (with arrival times)."""

    def __init__(
        self, data_dir: Path, script: Path, extra_env: dict[str, str] | None = None
    ) -> None:
        env = {**os.environ, "FIELDRIDE_DRIVE": str(script), "QT_QPA_PLATFORM": "offscreen"}
        env.update(extra_env or {})
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        self.started = time.monotonic()
        self.proc = subprocess.Popen(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "tests.harness.drive_app", "--data-dir", str(data_dir)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: list[tuple[float, str, dict[str, Any]]] = []
        self.lock = threading.Lock()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        self.stderr = ""

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            tag, _, rest = raw.strip().partition(" ")
            if tag in ("OPENED", "ACK", "NOACK", "SENT", "SKIP", "DONE", "FAIL", "QUIT"):
                with self.lock:
                    self.lines.append((time.monotonic() - self.started, tag, json.loads(rest)))

    def seen(self, tag: str) -> list[dict[str, Any]]:
        with self.lock:
            return [payload for _, t, payload in self.lines if t == tag]

    def events(self) -> list[tuple[str, dict[str, Any]]]:
        """ACK and SENT lines in the order they came."""
        with self.lock:
            return [(t, payload) for _, t, payload in self.lines if t in ("ACK", "SENT")]

    def wait_for(self, tag: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.seen(tag) or self.proc.poll() is not None:
                return bool(self.seen(tag))
            time.sleep(0.005)
        return False

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
        self.finish()

    def finish(self, timeout: float = 30) -> None:
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.reader.join(timeout=5)
        assert self.proc.stderr is not None
        self.stderr = self.proc.stderr.read()


def observe(db_file: Path) -> tuple[str, dict[tuple[Any, ...], Any]]:
    """Read the store as a pure observer (read-only, no checkpoint): its integrity and the
    value of every field an edit can set, keyed as :func:`field_of` keys them."""
    conn = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        integrity = "; ".join(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))
        found: dict[tuple[Any, ...], Any] = {}
        for c, k, lvl, no, ev in conn.execute(
            "SELECT call_id, behaviour_key, level, no_opportunity, evidence FROM observations"
        ):
            found[("level", int(c), str(k))] = (lvl, int(no))
            found[("evidence", int(c), str(k))] = str(ev)
        for r, t in conn.execute("SELECT ride_id, text FROM quick_notes WHERE deleted_at IS NULL"):
            found[("note", int(r), str(t))] = True
        for (c,) in conn.execute("SELECT id FROM calls WHERE deleted_at IS NULL"):
            found[("call", int(c))] = True
        for r, sk, se, gk, ge in conn.execute(
            "SELECT ride_id, strength_behaviour_key, strength_evidence, gap_behaviour_key, "
            "gap_evidence FROM debriefs"
        ):
            found[("point", int(r), "strength")] = (sk, se)
            found[("point", int(r), "gap")] = (gk, ge)
        for r, t in conn.execute("SELECT ride_id, text FROM commitments WHERE deleted_at IS NULL"):
            found[("commitment", int(r), str(t))] = True
        for c, r, o in conn.execute(
            "SELECT commitment_id, ride_id, outcome FROM commitment_verifications "
            "WHERE deleted_at IS NULL"
        ):
            found[("verify", int(c), int(r))] = str(o)
        acked = {
            int(r)
            for (r,) in conn.execute(
                "SELECT ride_id FROM acknowledgements WHERE superseded_at IS NULL"
            )
        }
        for r, status in conn.execute("SELECT id, status FROM rides"):
            found[("finished", int(r))] = status in ("debriefed", "acknowledged")
            found[("acknowledged", int(r))] = status == "acknowledged" and int(r) in acked
    finally:
        conn.close()
    return integrity, found


def field_of(payload: dict[str, Any]) -> tuple[tuple[Any, ...], Any] | None:
    """The field an ACKed or SENT edit sets and the value it leaves there."""
    op = payload.get("op")
    if op == "add_call":
        return (("call", payload["call"]), True) if payload.get("call") else None
    if op == "rate":
        return ("level", payload["call"], payload["key"]), (payload["level"], 0)
    if op == "no_opportunity":
        return ("level", payload["call"], payload["key"]), (None, 1)
    if op == "level":  # an undo or a redo: the state it leaves
        return ("level", payload["call"], payload["key"]), (payload["level"], payload["no"])
    if op == "evidence":
        return ("evidence", payload["call"], payload["key"]), payload["text"]
    if op == "note":
        return ("note", payload["ride"], payload["text"]), True
    if op == "point":
        return ("point", payload["ride"], payload["role"]), (payload["key"], payload["text"])
    if op == "commitment":
        return ("commitment", payload["ride"], payload["text"]), True
    if op == "verify":
        return ("verify", payload["commitment"], payload["ride"]), payload["outcome"]
    if op == "finish":
        return ("finished", payload["ride"]), True
    if op == "acknowledge":
        return ("acknowledged", payload["ride"]), True
    return None


def missing_edits(events: list[tuple[str, dict[str, Any]]], db_file: Path) -> tuple[str, list[str]]:
    """Which acknowledged edits are not in the DB: for each field, the last ACKed value must be
    there, or the value of an edit SENT after it (not ACKed before the kill: it may have
    committed). A rating with no row reads as unrated."""
    integrity, found = observe(db_file)
    wanted: dict[tuple[Any, ...], tuple[dict[str, Any], list[Any]]] = {}
    for tag, payload in events:
        got = field_of(payload)
        if got is None:
            continue
        key, value = got
        if tag == "ACK":
            wanted[key] = (payload, [value])
        elif key in wanted:
            wanted[key][1].append(value)
    missing: list[str] = []
    for key, (payload, allowed) in wanted.items():
        default: Any = (None, 0) if key[0] == "level" else ("" if key[0] == "evidence" else None)
        if key[0] in ("finished", "acknowledged", "call", "note", "commitment"):
            default = False
        if found.get(key, default) not in allowed:
            missing.append(json.dumps(payload, ensure_ascii=False))
    return integrity, missing


def copy_mid_write(data_dir: Path, target: Path) -> None:
    """Copy the DB then its WAL while the app writes, as a file copier would (no locks)."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("fieldride.db", "fieldride.db-wal"):
        src = data_dir / name
        if src.exists():
            shutil.copyfile(src, target / name)


class DiskFiller:
    """Fills the file system of ``folder`` to the last byte with a filler file, and frees it."""

    def __init__(self, folder: Path) -> None:
        self.filler = folder / "harness-filler.bin"
        self.full = threading.Event()

    def fill(self) -> None:
        chunk = b"\0" * 65536
        with open(self.filler, "ab", buffering=0) as out:
            for size in (65536, 4096, 512, 1):
                try:
                    while True:
                        out.write(chunk[:size])
                except OSError:
                    continue
        self.full.set()

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)
        self.full.clear()


def mount_small_disk(path: Path, size_mb: int) -> None:
    path.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(  # noqa: S603 - fixed arguments
        ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0700", "tmpfs", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"--disk-full needs to mount a tmpfs (root): {done.stderr.strip()}")


def build_shim(work: Path) -> Path:
    """Compile the I/O-error shim (tests/harness/eio_shim.c) for ``--mode eio``."""
    out = work / "eio_shim.so"
    compiler = shutil.which("cc") or "cc"
    done = subprocess.run(  # noqa: S603 - fixed arguments
        [
            compiler,
            "-shared",
            "-fPIC",
            "-O2",
            "-o",
            str(out),
            str(ROOT / "tests" / "harness" / "eio_shim.c"),
            "-ldl",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"--mode eio needs a C compiler (cc): {done.stderr.strip()}")
    return out


def snapshot_store(db_file: Path, target: Path) -> None:
    """A consistent copy of the store through SQLite's backup API from a read-only connection
    (it never writes the source): what the harness puts back if no rescue copy was written."""
    source = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


def put_back(data_dir: Path, source: Path) -> None:
    """Put ``source`` (a rescue copy, or the harness's own copy) back as the data file with
    ``fieldride restore PATH``, the way the app tells the user to."""
    for suffix in ("-wal", "-shm"):  # what the killed app left of the deleted file
        (data_dir / f"fieldride.db{suffix}").unlink(missing_ok=True)
    done = subprocess.run(  # noqa: S603 - our own interpreter and CLI
        [sys.executable, "-m", "fieldride", "--data-dir", str(data_dir), "restore", str(source)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    if done.returncode != 0 or not (data_dir / "fieldride.db").is_file():
        raise SystemExit(f"could not put the store back from {source}: {done.stdout}{done.stderr}")


def rescue_copies(data_dir: Path) -> set[Path]:
    """The rescue copies the app wrote (``fieldride.db.rescued-<time>``), not their journals."""
    return {
        p
        for p in data_dir.glob("fieldride.db.rescued-*")
        if not p.name.endswith(("-wal", "-shm", "-journal"))
    }


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def run(
    kills: int,
    seed: int,
    work: Path,
    copy_every: int,
    verbose: bool,
    disk_full: bool = False,
    mode: str = "capture",
    progress: Path | None = None,
) -> Totals:
    if disk_full:
        mode = "disk-full"
    rng = random.Random(seed)  # noqa: S311 - reproducible moments, not secrets
    filler: DiskFiller | None = None
    env: dict[str, str] = {}
    eio_flag = work / "eio-on"
    if mode == "disk-full":
        mount_small_disk(work / "disk", 16)
        data_dir = work / "disk" / "data"
        filler = DiskFiller(work / "disk")
        copy_every = 0  # copies would need space on the full disk
    else:
        data_dir = work / "data"
    if mode == "eio":
        env = {"LD_PRELOAD": str(build_shim(work)), "FIELDRIDE_EIO_FLAG": str(eio_flag)}
        copy_every = 0
    if mode in ("debrief", "deleted"):
        copy_every = 0
    ride_id, keys, scale, card_key = prepare(data_dir)
    totals = Totals(mode=mode, seed=seed, load_average=[load_average()])
    all_events: list[tuple[str, dict[str, Any]]] = []
    started = time.monotonic()
    burst = 1.0  # seconds from OPENED to DONE; calibrated by a first uninterrupted round
    scripts = make_debrief_script if mode == "debrief" else make_script
    calib = work / "calibrate.jsonl"
    calib.write_text(
        "\n".join(json.dumps(s) for s in scripts(rng, 0, keys, scale)), encoding="utf-8"
    )
    app = AppRun(data_dir, calib, env)
    app.wait_for("DONE", 90)
    app.kill()  # the calibration round ends with a kill too, after everything was ACKed
    all_events += app.events()
    opened = app.seen("OPENED")
    done_at = [t for t, tag, _ in app.lines if tag == "DONE"]
    open_at = [t for t, tag, _ in app.lines if tag == "OPENED"]
    if done_at and open_at:
        burst = max(0.2, done_at[0] - open_at[0])
    totals.path = opened[0]["path"] if opened else "?"
    if not opened:
        raise SystemExit(f"the app did not start under the driver:\n{app.stderr[-3000:]}")
    for number in range(1, kills + 1):
        if mode == "debrief":
            ride_now = next_ride(data_dir, card_key)
            totals.rides_finished += int(ride_now != ride_id)
            ride_id = ride_now
        script = work / f"round-{number}.jsonl"
        steps = scripts(rng, number, keys, scale)
        script.write_text(
            "\n".join(json.dumps(s, ensure_ascii=False) for s in steps), encoding="utf-8"
        )
        app = AppRun(data_dir, script, env)
        phase = "capture" if mode != "debrief" else "debrief"
        deleted_at: float | None = None
        rescue_before = rescue_copies(data_dir)
        kept_copy = work / f"kept-{number}.db"
        if rng.random() < 0.1:
            phase = "start-up"
            delay = rng.uniform(0.0, 0.8)
            time.sleep(delay)
        else:
            if not app.wait_for("OPENED", 60):
                app.kill()
                raise SystemExit(f"round {number}: the app did not reopen:\n{app.stderr[-3000:]}")
            delay = rng.uniform(0.0, burst * 1.1)  # a few land after the burst
            copy_round = copy_every > 0 and number % copy_every == 0
            acked_before_copy: list[tuple[str, dict[str, Any]]] = []
            if filler is not None or mode == "eio":
                # fill (or break) at a random moment of the burst, free 0.5-3 s later, kill
                # around that; early: the bursts after the first (calibrating) start are quicker
                fill_at = rng.uniform(0.0, min(burst, 1.0) / 2)
                full_for = rng.uniform(0.5, 3.0)
                # the app retries every 3 s: some kills come after it wrote what waited
                delay = fill_at + rng.uniform(0.0, full_for + 6.0)
                time.sleep(fill_at)
                if filler is not None:
                    filler.fill()
                    totals.disk_full_rounds += 1
                else:
                    eio_flag.write_text("", encoding="utf-8")
                    totals.io_error_rounds += 1
                time.sleep(min(full_for, delay - fill_at))
                if delay - fill_at > full_for:
                    if filler is not None:
                        filler.free()
                    else:
                        eio_flag.unlink(missing_ok=True)
                    time.sleep(delay - fill_at - full_for)
                if filler is not None:
                    phase = "disk full" if filler.full.is_set() else "disk freed"
                    totals.killed_while_full += int(filler.full.is_set())
                else:
                    phase = "I/O errors" if eio_flag.exists() else "I/O back"
                    totals.killed_while_failing += int(eio_flag.exists())
            elif mode == "deleted":
                delete_at = rng.uniform(0.0, burst * 0.8)
                time.sleep(delete_at)
                snapshot_store(data_dir / "fieldride.db", kept_copy)
                (data_dir / "fieldride.db").unlink()
                deleted_at = time.monotonic() - app.started
                totals.deleted_rounds += 1
                time.sleep(rng.uniform(0.5, 4.0))
                phase = "deleted"
            elif copy_round:
                time.sleep(delay / 2)
                acked_before_copy = app.events()
                copy_mid_write(data_dir, work / f"copy-{number}")
                time.sleep(delay / 2)
            else:
                time.sleep(delay)
        killed_after = time.monotonic() - app.started
        app.kill()
        if filler is not None:
            filler.free()  # the next start and the observer get the space back
        eio_flag.unlink(missing_ok=True)
        events = app.events()
        acks = app.seen("ACK")
        totals.not_acked_edits += len(app.seen("NOACK"))
        totals.tracebacks += int("Traceback (most recent call last)" in app.stderr)
        totals.undo_redo_acked += sum(1 for a in acks if a.get("op") == "level")
        for a in acks:
            if a.get("op") in ("point", "commitment", "verify", "finish", "acknowledge"):
                name = str(a["op"])
                totals.debrief_acked[name] = totals.debrief_acked.get(name, 0) + 1
        if phase in ("disk full", "disk freed", "I/O errors", "I/O back"):
            totals.acked_after_free += len(acks)
        opened = app.seen("OPENED")
        opened_ok: bool | None = None
        if opened:
            opened_ok = opened[0]["ride"] == ride_id
            totals.reopen_checked += 1
            totals.reopen_ok += int(opened_ok)
            totals.reopen_auto += int(bool(opened[0].get("auto")))
            via = str(opened[0].get("via", "?"))
            totals.reopen_via[via] = totals.reopen_via.get(via, 0) + 1
        checked_file = data_dir / "fieldride.db"
        gone = 0
        if deleted_at is not None:
            rescues = sorted(rescue_copies(data_dir) - rescue_before)
            if rescues:
                totals.rescues_found += 1
                checked_file = rescues[-1]
                all_events += events
                integrity, missing = missing_edits(all_events, checked_file)
                put_back(data_dir, checked_file)
            else:
                # no commit after the deletion: what was acknowledged before went with the
                # file (the copy taken just before may lack the last of it); an edit ACKed
                # after the deletion without a rescue would be a false "Saved": lost
                after = {
                    json.dumps(p, ensure_ascii=False)
                    for when, tag, p in app.lines
                    if tag == "ACK" and when > deleted_at
                }
                put_back(data_dir, kept_copy)
                all_events += events
                integrity, missing = missing_edits(all_events, data_dir / "fieldride.db")
                went = {m for m in missing if m not in after}
                gone = len(went)
                missing = [m for m in missing if m in after]
                totals.gone_with_deleted_file += gone
                all_events = [  # from now on only what is in the file can be checked
                    (t, p) for t, p in all_events if json.dumps(p, ensure_ascii=False) not in went
                ]
            kept_copy.unlink(missing_ok=True)
        else:
            all_events += events
            integrity, missing = missing_edits(all_events, checked_file)
        result = Round(
            number, round(killed_after, 3), phase, len(acks), opened_ok, integrity, missing
        )
        if phase == "capture" and copy_every > 0 and number % copy_every == 0:
            copy_dir = work / f"copy-{number}"
            result.copy_checked = True
            totals.copies_taken += 1
            try:
                copy_integrity, copy_missing = missing_edits(
                    [*all_events[: len(all_events) - len(events)], *acked_before_copy],
                    copy_dir / "fieldride.db",
                )
                result.copy_ok = copy_integrity == "ok" and not copy_missing
                result.copy_problem = (
                    "" if result.copy_ok else f"{copy_integrity}; missing {len(copy_missing)}"
                )
            except sqlite3.Error as err:
                result.copy_ok, result.copy_problem = False, str(err)
            totals.copies_ok += int(bool(result.copy_ok))
            shutil.rmtree(copy_dir, ignore_errors=True)
        totals.kills += 1
        totals.acked_edits += len(acks)
        totals.acked_edits_checked += len(all_events)
        totals.edits_lost += len(missing)
        totals.integrity_failures += int(integrity != "ok")
        good = (
            integrity == "ok"
            and not missing
            and opened_ok is not False
            and "Traceback (most recent call last)" not in app.stderr
        )
        totals.rounds_ok += int(good)
        totals.rounds.append(asdict(result))
        if number % 25 == 0:
            totals.load_average.append(load_average())
        if progress is not None:  # the figures so far, for a run stopped before its end
            totals.seconds = round(time.monotonic() - started, 1)
            progress.write_text(json.dumps(asdict(totals), ensure_ascii=False), encoding="utf-8")
        if verbose or not good:
            status = "ok " if good else "BAD"
            print(
                f"{status} round {number:>3}: killed at {killed_after:5.2f}s ({phase}), "
                f"{len(acks):>2} ACKed this round, {len(all_events):>4} checked, "
                f"integrity {integrity}"
                + (f", {len(app.seen('NOACK'))} not ACKed" if app.seen("NOACK") else "")
                + (f", {gone} gone with the deleted file" if gone else "")
                + (f", MISSING {missing[:3]}" if missing else "")
                + ("" if opened_ok is not False else ", did not reopen on the ride")
                + (
                    f", copy {'ok' if result.copy_ok else 'BAD: ' + result.copy_problem}"
                    if result.copy_checked
                    else ""
                ),
                flush=True,
            )
            if not good and app.stderr.strip():
                print(app.stderr[-2000:], flush=True)
    # A last, clean start: the app must still open on the ride and everything must be there.
    if mode == "debrief":
        ride_id = next_ride(data_dir, card_key)
    final = work / "final.jsonl"
    final.write_text('{"op": "open"}\n{"op": "quit"}\n', encoding="utf-8")
    app = AppRun(data_dir, final, env)
    app.finish(60)
    opened = app.seen("OPENED")
    totals.reopen_checked += 1
    totals.reopen_ok += int(bool(opened) and opened[0]["ride"] == ride_id)
    integrity, missing = missing_edits(all_events, data_dir / "fieldride.db")
    totals.edits_lost = max(totals.edits_lost, len(missing))
    totals.integrity_failures += int(integrity != "ok")
    totals.seconds = round(time.monotonic() - started, 1)
    totals.load_average.append(load_average())
    if mode in ("disk-full", "eio"):
        after_dir = work / "data-after"
        shutil.copytree(data_dir, after_dir, dirs_exist_ok=True)  # kept for a look
        for log_file in (after_dir / "logs").glob("fieldride.log*"):
            text = log_file.read_text(encoding="utf-8", errors="replace")
            totals.write_failures_logged += text.count("write failed, kept to try again")
            totals.recoveries_logged += text.count("writes commit again")
    if mode == "disk-full":
        subprocess.run(["umount", "-l", str(work / "disk")], check=False)  # noqa: S603, S607
    return totals


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=100, help="how many SIGKILLs (default 100)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same moments)")
    parser.add_argument(
        "--copy-every", type=int, default=5, help="copy DB+WAL mid-write every N rounds (0: never)"
    )
    parser.add_argument(
        "--work", type=Path, help="working folder (default: a temporary one, removed)"
    )
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--verbose", action="store_true", help="one line per round")
    parser.add_argument(
        "--disk-full",
        action="store_true",
        help="data on a 16 MB tmpfs, filled to the last byte and freed in every round (root)",
    )
    parser.add_argument(
        "--mode", choices=MODES, default="capture", help="what each round does (see above)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fieldride-crash-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        totals = run(
            args.kills,
            args.seed,
            work,
            args.copy_every,
            args.verbose,
            disk_full=args.disk_full,
            mode=args.mode,
            progress=args.json.with_suffix(".partial.json") if args.json else None,
        )
    summary = {k: v for k, v in asdict(totals).items() if k != "rounds"}
    print(json.dumps(summary, indent=2))
    if args.json:
        args.json.write_text(
            json.dumps(asdict(totals), indent=2, ensure_ascii=False), encoding="utf-8"
        )
    passed = (
        totals.rounds_ok == totals.kills
        and totals.edits_lost == 0
        and totals.integrity_failures == 0
        and totals.reopen_ok == totals.reopen_checked
        and totals.copies_ok == totals.copies_taken
        and totals.tracebacks == 0
    )
    print("PASSED: nothing acknowledged was lost" if passed else "FAILED")
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
