"""Start-up and idle memory, measured from outside the process.

A start is timed from just before ``subprocess.Popen`` to the ``FIELDRIDE_PAINTED`` (first
painted main window), ``FIELDRIDE_DATA`` (first screen showing its data) and ``FIELDRIDE_READY``
(every deferred start-up step on the UI thread done: ready for input) lines the process prints,
and to its exit (it quits at once after the last: start and quit) (the ``FIELDRIDE_EXIT_AFTER_PAINT`` hook of benchmarks/app_probe.py; bare_window.py speaks the
same protocol). Both clocks are the same machine's wall clock, so the difference is the real
process-start-to-paint time, Python start-up included.

Also usable on its own (scripts/build-bundle.sh does)::

    python benchmarks/startup.py --frozen dist/FieldRide/FieldRide --runs 7 [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BARE_WINDOW = HERE / "bare_window.py"
SOURCES = ("fieldride", "ui", "benchmarks")


def compile_sources() -> None:
    """Write the bytecode of our modules next to them, as installing a wheel (pip) does.

    An installed FieldRide (pip, the frozen bundle) runs from compiled bytecode, and so do the
    bare window's PySide6 and the standard library; a source checkout under
    ``PYTHONDONTWRITEBYTECODE=1`` (this machine's environment) would recompile ~110 of our
    modules at every start (~60 ms), which no user pays. ``compileall`` writes the files even
    under that variable.
    """
    import compileall

    for name in SOURCES:
        compileall.compile_dir(str(ROOT / name), quiet=1, workers=0)


class StartupError(RuntimeError):
    """The process did not print its paint lines (crashed, hung, or the hook is missing)."""


@dataclass(frozen=True)
class Start:
    painted_ms: float
    data_ms: float
    rss_kb: int | None
    ready_ms: float = 0.0
    exit_ms: float = 0.0


def app_command(python: str = sys.executable) -> list[str]:
    """The app from source, started the way the ``fieldride`` entry point starts it."""
    return [python, "-m", "benchmarks.app_probe"]


def bare_command(python: str = sys.executable) -> list[str]:
    return [python, str(BARE_WINDOW)]


def start_once(
    cmd: list[str], env: dict[str, str] | None = None, rss: bool = False, timeout: float = 60
) -> Start:
    """Start ``cmd`` once and read its paint timestamps (and RSS when ``rss``)."""
    full_env = {**os.environ, **(env or {})}
    full_env["FIELDRIDE_EXIT_AFTER_PAINT"] = "rss" if rss else "1"
    full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
    t0 = time.time()
    proc = subprocess.run(
        cmd, env=full_env, capture_output=True, text=True, timeout=timeout, cwd=ROOT, check=False
    )
    values: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0].startswith("FIELDRIDE_"):
            values[parts[0]] = float(parts[1])
    if "FIELDRIDE_PAINTED" not in values or "FIELDRIDE_DATA" not in values:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
        raise StartupError(f"{' '.join(cmd[-2:])} exited {proc.returncode}: {' | '.join(tail)}")
    exited = time.time()
    rss_kb = int(values["FIELDRIDE_RSS_KB"]) if "FIELDRIDE_RSS_KB" in values else None
    ready = values.get("FIELDRIDE_READY", values["FIELDRIDE_DATA"])
    return Start(
        painted_ms=(values["FIELDRIDE_PAINTED"] - t0) * 1000,
        data_ms=(values["FIELDRIDE_DATA"] - t0) * 1000,
        rss_kb=rss_kb,
        ready_ms=(max(ready, values["FIELDRIDE_DATA"]) - t0) * 1000,
        exit_ms=(exited - t0) * 1000,
    )


@dataclass(frozen=True)
class StartupFigure:
    painted_ms: float
    data_ms: float
    rss_kb: float | None
    runs: int
    painted_samples: tuple[float, ...] = ()  # every start, in order (for paired ratios)
    data_samples: tuple[float, ...] = ()
    ready_samples: tuple[float, ...] = ()
    exit_samples: tuple[float, ...] = ()

    @property
    def ready_ms(self) -> float:
        return statistics.median(self.ready_samples) if self.ready_samples else self.data_ms

    @property
    def exit_ms(self) -> float:
        return statistics.median(self.exit_samples) if self.exit_samples else self.data_ms


def measure(
    cmd: list[str], runs: int, env: dict[str, str] | None = None, rss: bool = False
) -> StartupFigure:
    """Median over ``runs`` starts after one warm-up start (page cache, font cache)."""
    start_once(cmd, env, rss=rss)
    starts = [start_once(cmd, env, rss=rss) for _ in range(runs)]
    rss_values = [s.rss_kb for s in starts if s.rss_kb is not None and s.rss_kb > 0]
    return StartupFigure(
        painted_ms=statistics.median(s.painted_ms for s in starts),
        data_ms=statistics.median(s.data_ms for s in starts),
        rss_kb=statistics.median(rss_values) if rss_values else None,
        runs=runs,
    )


def measure_interleaved(
    commands: dict[str, list[str]],
    runs: int,
    env: dict[str, str] | None = None,
    rss: bool = False,
) -> dict[str, StartupFigure]:
    """Like :func:`measure` for several commands, alternating them run by run so that machine
    drift hits every command alike (the ratios are what we report)."""
    for cmd in commands.values():
        start_once(cmd, env, rss=rss)
    samples: dict[str, list[Start]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            samples[name].append(start_once(cmd, env, rss=rss))
    out = {}
    for name, starts in samples.items():
        rss_values = [s.rss_kb for s in starts if s.rss_kb is not None and s.rss_kb > 0]
        out[name] = StartupFigure(
            painted_ms=statistics.median(s.painted_ms for s in starts),
            data_ms=statistics.median(s.data_ms for s in starts),
            rss_kb=statistics.median(rss_values) if rss_values else None,
            runs=runs,
            painted_samples=tuple(s.painted_ms for s in starts),
            data_samples=tuple(s.data_ms for s in starts),
            ready_samples=tuple(s.ready_ms for s in starts),
            exit_samples=tuple(s.exit_ms for s in starts),
        )
    return out


def paired_ratios(app: tuple[float, ...], bare: tuple[float, ...]) -> tuple[float, float, float]:
    """(median, lowest, highest) of app/bare taken round by round (each round starts both one
    after the other): how much of a ratio of medians is the machine drifting between rounds."""
    ratios = sorted(a / b for a, b in zip(app, bare, strict=True))
    return statistics.median(ratios), ratios[0], ratios[-1]


def demo_data_dir() -> Path:
    """A small demo data folder (for the bundle check; run.py uses the ten-year dataset)."""
    folder = Path(tempfile.mkdtemp(prefix="fieldride-bench-demo-"))
    subprocess.run(
        [sys.executable, "-m", "fieldride", "--data-dir", str(folder), "demo"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--frozen", help="path of the frozen FieldRide executable to compare")
    parser.add_argument("--data-dir", help="data folder to open (default: a fresh demo team)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", help="write the figures here")
    args = parser.parse_args(argv)
    data = Path(args.data_dir) if args.data_dir else demo_data_dir()
    commands = {
        "bare window (source)": bare_command(),
        "FieldRide (source)": [*app_command(), "--data-dir", str(data)],
    }
    if args.frozen:
        commands["FieldRide (frozen)"] = [args.frozen, "--data-dir", str(data)]
    figures = measure_interleaved(commands, args.runs, rss=True)
    bare = figures["bare window (source)"]
    print(f"{'':24}{'first paint':>12}{'data shown':>12}{'idle RSS':>10}{'paint vs bare':>15}")
    for name, f in figures.items():
        rss = f"{f.rss_kb / 1024:.0f} MiB" if f.rss_kb else "-"
        ratio = f.painted_ms / bare.painted_ms
        print(f"{name:24}{f.painted_ms:>9.0f} ms{f.data_ms:>9.0f} ms{rss:>10}{ratio:>14.2f}x")
    if args.frozen:
        frozen, source = figures["FieldRide (frozen)"], figures["FieldRide (source)"]
        print(f"frozen vs source: first paint {frozen.painted_ms / source.painted_ms:.2f}x")
    if args.json:
        Path(args.json).write_text(
            json.dumps({k: asdict(v) for k, v in figures.items()}, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
