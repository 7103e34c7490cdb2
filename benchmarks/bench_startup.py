"""Start-up, idle memory and the frozen bundle, each beside a bare PySide6 window.

- start-up: process start → first painted main window, and → first screen showing data, on the
  ten-year dataset; the bare window (benchmarks/bare_window.py) is started the same way
  (a fresh ``python`` process, offscreen), alternating run by run. Targets: ≤ 1.3x and ≤ 1.8x.
  The dataset has rides in progress, so the app opens on the capture screen of the latest; the
  same start on a copy without them (deleted through the core) opens on Today.
- ready for input: the same starts, to the end of the app's deferred start-up work on the UI
  thread (menus, theme check, fallback fonts, the background check started; the probe's
  ``FIELDRIDE_READY``); target ≤ 1.8x the bare window's first paint (issue 23). Start and quit:
  to the process's exit, quitting at once when ready (the background check is cancelled),
  beside the bare window's own start and quit.
- memory: idle RSS one second after the data is on screen; target ≤ 1.5x the bare window.
- bundle: size of dist/FieldRide (target < 150 MB) and the frozen start-up on the ten-year data,
  from dist/FieldRide-probe (the same spec started through benchmarks/app_probe.py, built by
  ``scripts/build-bundle.sh --probe``), interleaved with the bare window and the app from source:
  first paint ≤ 1.3x the bare window (issue 23), ready for input beside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks import startup
from benchmarks.common import (
    ROOT,
    Context,
    Figure,
    NotAvailableError,
    describe_spread,
    load_average,
    median,
    paired_runs,
    ratio_spread,
)
from benchmarks.data import Dataset, copy_of, dataset

# The one-folder bundle scripts/build-bundle.sh makes; FIELDRIDE_BUNDLE_DIR points elsewhere.
BUNDLE = Path(os.environ.get("FIELDRIDE_BUNDLE_DIR") or ROOT / "dist" / "FieldRide")
# The same bundle started through the benchmarks' probe (scripts/build-bundle.sh --probe).
PROBE_BUNDLE = BUNDLE.parent / "FieldRide-probe"
STARTUP_RUNS = 15
RSS_RUNS = 5


def _commands(folder: Path) -> dict[str, list[str]]:
    return {
        "bare": startup.bare_command(),
        "app": [*startup.app_command(), "--data-dir", str(folder)],
    }


def without_rides_in_progress(ds: Dataset, work: Path) -> Path:
    """A copy of the dataset (``benchmarks.data.copy_of``) whose rides in progress are deleted
    as the user deletes a ride (``rides.delete_ride``), so the app opens on Today. Made again
    when the dataset is rebuilt (its ``dataset.json`` changes)."""
    from fieldride import rides
    from fieldride.store import open_store

    copy = work / f"{ds.folder.name}-no-ride-in-progress"
    stamp = (ds.folder / "dataset.json").read_text(encoding="utf-8")
    marker = copy / "copied-from.json"
    if marker.is_file() and marker.read_text(encoding="utf-8") == stamp:
        return copy
    copy_of(ds, copy)
    store = open_store(copy)
    try:
        while (ride := rides.ride_in_progress(store)) is not None:
            rides.delete_ride(store, ride.id)
    finally:
        store.close()
    marker.write_text(stamp, encoding="utf-8")
    return copy


SHARED_BARE_WINDOW = ROOT.parent / "shared" / "bench" / "bare_window.py"


def _shared_bare_window(rounds: int) -> Figure | None:
    """The shared reference ``../shared/bench/bare_window.py`` (start → first paint → exit) as a
    process, paired round by round with our own bare window started and quit the same way: the
    baseline every start-up ratio uses is checked against the one every helper measures."""
    if not SHARED_BARE_WINDOW.is_file():
        return None
    before = os.environ.get("FIELDRIDE_EXIT_AFTER_PAINT")
    os.environ["FIELDRIDE_EXIT_AFTER_PAINT"] = "1"  # ours quits after its first paint too
    try:
        load_before = load_average()
        runs = paired_runs(
            {
                "shared": [sys.executable, str(SHARED_BARE_WINDOW)],
                "ours": startup.bare_command(),
            },
            rounds,
        )
    finally:
        if before is None:
            os.environ.pop("FIELDRIDE_EXIT_AFTER_PAINT", None)
        else:
            os.environ["FIELDRIDE_EXIT_AFTER_PAINT"] = before
    shared_ms = [r.ms for r in runs["shared"]]
    ours_ms = [r.ms for r in runs["ours"]]
    return Figure(
        "startup.shared_bare_window",
        "Reference: ../shared/bench/bare_window.py, process start → first paint → exit",
        median(shared_ms),
        "ms",
        baseline=median(ours_ms),
        baseline_name="benchmarks/bare_window.py started and quit the same way",
        notes=f"{describe_spread(ratio_spread(shared_ms, ours_ms))}; load average "
        f"{load_before} -> {load_average()}",
    )


def _quick_check_ms(db: Path) -> float:
    """``PRAGMA quick_check`` over the whole file, read-only, median of 3 (after one warm-up):
    the work the app's background check does, which quitting used to wait for."""
    import sqlite3
    import time

    samples = []
    for n in range(4):
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
        try:
            t0 = time.perf_counter()
            conn.execute("PRAGMA quick_check").fetchall()
            if n:
                samples.append((time.perf_counter() - t0) * 1000)
        finally:
            conn.close()
    return median(samples)


def run(ctx: Context) -> list[Figure]:
    ds = dataset(ctx)
    startup.compile_sources()  # as installed: from bytecode (see startup.compile_sources)
    today_folder = without_rides_in_progress(ds, ctx.work)
    # One start outside the measurement: the first start of the day takes the daily backup.
    for folder in (ds.folder, today_folder):
        startup.start_once([*startup.app_command(), "--data-dir", str(folder)], timeout=300)
    # Start-up times drift with the machine by ±20 %: 15 alternating rounds (a start takes
    # ~0.3 s); the idle RSS, which needs a second of idling per start, from 5 more.
    runs = ctx.reps(STARTUP_RUNS)
    commands = {
        **_commands(ds.folder),
        "today": [*startup.app_command(), "--data-dir", str(today_folder)],
        "bare_qt": [*startup.bare_command(), "--qt-namespace"],
    }
    figures = startup.measure_interleaved(commands, runs)
    bare, app, bare_qt = figures["bare"], figures["app"], figures["bare_qt"]
    today = figures["today"]
    memory = startup.measure_interleaved(_commands(ds.folder), ctx.reps(RSS_RUNS), rss=True)
    size = f"{ds.rides} rides / {ds.observations} observations"

    def spread(samples: tuple[float, ...]) -> str:
        mid, low, high = startup.paired_ratios(samples, bare.painted_samples)
        return f"round by round {mid:.2f}x (range {low:.2f}x–{high:.2f}x)"

    def against_bare(key: str, name: str, ms: float, limit: float, notes: str) -> Figure:
        return Figure(
            key,
            name,
            ms,
            "ms",
            baseline=bare.painted_ms,
            baseline_name="bare PySide6 window (first paint)",
            target=f"≤ {limit}x bare",
            target_ok=ms <= limit * bare.painted_ms,
            notes=f"{notes}; median of {runs}",
        )

    quit_ms = [e - r for e, r in zip(app.exit_samples, app.ready_samples, strict=True)]
    bare_quit_ms = [e - p for e, p in zip(bare.exit_samples, bare.painted_samples, strict=True)]
    check_ms = _quick_check_ms(ds.folder / "fieldride.db")
    out = [
        against_bare(
            "startup.paint",
            "Start-up: process start → first painted main window",
            app.painted_ms,
            1.3,
            f"{size}; offscreen; {spread(app.painted_samples)}",
        ),
        against_bare(
            "startup.data",
            "Start-up: process start → first screen showing data",
            app.data_ms,
            1.8,
            f"{size}; the capture screen of the ride in progress; {spread(app.data_samples)}",
        ),
        against_bare(
            "startup.data_today",
            "Start-up: process start → Today showing data (no ride in progress)",
            today.data_ms,
            1.8,
            f"the same data, its rides in progress deleted; first paint "
            f"{today.painted_ms:.0f} ms; {spread(today.data_samples)}",
        ),
        against_bare(
            "startup.ready",
            "Start-up: process start → ready for input (deferred UI-thread work done)",
            app.ready_ms,
            1.8,
            f"{size}; after menus, theme check, fonts, background check started; "
            f"{spread(app.ready_samples)}",
        ),
        Figure(
            "startup.quit",
            "Start and quit: process start → exit, quitting as soon as ready",
            app.exit_ms,
            "ms",
            baseline=bare.exit_ms,
            baseline_name="bare PySide6 window, start and quit",
            notes=f"{size}; the background check is cancelled at quit; round by round "
            + "{:.2f}x (range {:.2f}x–{:.2f}x); median of {}".format(
                *startup.paired_ratios(app.exit_samples, bare.exit_samples), runs
            ),
        ),
        Figure(
            "startup.quit_wait",
            "Quitting as soon as ready: ready for input → process exit",
            median(quit_ms),
            "ms",
            baseline=median(bare_quit_ms),
            baseline_name="bare PySide6 window, first paint → exit",
            target=f"extra over bare < the whole-file check ({check_ms:.0f} ms)",
            target_ok=median(quit_ms) - median(bare_quit_ms) < check_ms,
            notes=f"{size}; the background check is cancelled at quit; "
            f"range {min(quit_ms):.0f}–{max(quit_ms):.0f} ms over {runs} starts; the check "
            "(PRAGMA quick_check, what quitting used to wait for) timed in-process on the same "
            "file, median of 3",
        ),
        Figure(
            "startup.bare_qt",
            "Reference: the bare window that also uses PySide6's Qt namespace once",
            bare_qt.painted_ms,
            "ms",
            baseline=bare.painted_ms,
            baseline_name="bare PySide6 window",
            notes="what any window that aligns a label or reads the colour scheme pays on top "
            f"of the bare window (PySide6 builds ~90 Python enums); median of {runs}",
        ),
    ]
    shared = _shared_bare_window(runs)
    if shared is not None:
        out.append(shared)
    app_rss, bare_rss = memory["app"].rss_kb, memory["bare"].rss_kb
    if app_rss and bare_rss:
        out.append(
            Figure(
                "memory.idle_rss",
                "Idle RSS after start-up (ten-year data on screen)",
                app_rss / 1024,
                "MiB",
                baseline=bare_rss / 1024,
                baseline_name="bare PySide6 window",
                target="≤ 1.5x bare",
                target_ok=app_rss <= 1.5 * bare_rss,
                notes=f"VmRSS one second after the data is shown; median of {memory['app'].runs}",
            )
        )
    return out


def run_bundle(ctx: Context) -> list[Figure]:
    exe = BUNDLE / "FieldRide"
    if not exe.is_file():
        raise NotAvailableError(f"no bundle at {BUNDLE} (run scripts/build-bundle.sh)")
    size_bytes = int(
        subprocess.run(
            ["du", "-sb", str(BUNDLE)], capture_output=True, text=True, check=True
        ).stdout.split()[0]
    )
    out = [
        Figure(
            "bundle.size",
            "Frozen bundle size (dist/FieldRide)",
            size_bytes / 1e6,
            "MB",
            target="< 150 MB",
            target_ok=size_bytes < 150e6,
            notes=f"{size_bytes / 1024**2:.0f} MiB; {size_bytes} bytes",
        )
    ]
    # The product carries no probe; the benchmark build beside it (scripts/build-bundle.sh
    # --probe: the same spec, started through benchmarks/app_probe.py) prints the marks.
    probe = PROBE_BUNDLE / "FieldRide-probe"
    if not probe.is_file():
        out.append(
            Figure(
                "bundle.startup",
                "Frozen bundle: process start → first painted main window",
                None,
                "ms",
                target="≤ 1.3x bare window",
                notes=f"not measured: no benchmark build at {PROBE_BUNDLE} "
                "(scripts/build-bundle.sh --probe)",
            )
        )
        return out
    ds = dataset(ctx)
    runs = ctx.reps(STARTUP_RUNS)
    load_before = load_average()
    figures = startup.measure_interleaved(
        {
            "bare": startup.bare_command(),
            "frozen": [str(probe), "--data-dir", str(ds.folder)],
            "source": [*startup.app_command(), "--data-dir", str(ds.folder)],
        },
        runs,
    )
    bare, frozen, source = figures["bare"], figures["frozen"], figures["source"]
    mid, low, high = startup.paired_ratios(frozen.painted_samples, bare.painted_samples)
    r_mid, r_low, r_high = startup.paired_ratios(frozen.ready_samples, bare.painted_samples)
    s_mid, s_low, s_high = startup.paired_ratios(frozen.painted_samples, source.painted_samples)
    notes = (
        f"{ds.rides} rides; offscreen; {runs} interleaved rounds; load average {load_before} -> "
        f"{load_average()}"
    )
    out += [
        Figure(
            "bundle.startup",
            "Frozen bundle: process start → first painted main window",
            frozen.painted_ms,
            "ms",
            baseline=bare.painted_ms,
            baseline_name="bare PySide6 window (first paint)",
            target="≤ 1.3x bare window",
            target_ok=frozen.painted_ms <= 1.3 * bare.painted_ms,
            notes=f"round by round {mid:.2f}x (range {low:.2f}x–{high:.2f}x); the app from "
            f"source {source.painted_ms:.0f} ms, frozen ÷ source round by round {s_mid:.2f}x "
            f"({s_low:.2f}x–{s_high:.2f}x); {notes}",
        ),
        Figure(
            "bundle.ready",
            "Frozen bundle: process start → ready for input",
            frozen.ready_ms,
            "ms",
            baseline=bare.painted_ms,
            baseline_name="bare PySide6 window (first paint)",
            target="≤ 1.8x bare window",
            target_ok=frozen.ready_ms <= 1.8 * bare.painted_ms,
            notes=f"round by round {r_mid:.2f}x (range {r_low:.2f}x–{r_high:.2f}x); data on "
            f"screen {frozen.data_ms:.0f} ms; {notes}",
        ),
    ]
    return out
