"""What every benchmark shares: the result record, timing helpers, the machine description.

A benchmark module exposes ``run(ctx) -> list[Figure]``. A figure that depends on work not in
this build raises :class:`NotAvailableError` with the reason; the harness prints it as
"not available: <reason>" instead of a number (never a fake one).
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


class NotAvailableError(Exception):
    """This figure cannot be measured in this build (the reason is the message)."""


@dataclass
class Figure:
    """One measured figure. ``value`` and ``baseline`` are in ``unit``; ``ratio`` = value /
    baseline when a bare-stack baseline was measured in the same run. ``target`` is a text
    ("<= 1.3x", "< 100 ms") and ``target_ok`` whether it was met (None: no target)."""

    id: str
    name: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_name: str = ""
    target: str = ""
    target_ok: bool | None = None
    notes: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    @property
    def status(self) -> str:
        if self.value is None:
            return "n/a"
        if self.target_ok is None:
            return ""
        return "ok" if self.target_ok else "MISS"


@dataclass
class Context:
    """What the run was asked for. ``quick`` proves every benchmark runs (tiny sizes, one
    repetition); a full run uses the sizes of the issue."""

    quick: bool
    work: Path  # scratch folder for datasets and files
    only: set[str] | None = None
    runs: int = 7
    log: Callable[[str], None] = print
    team_size: str = "10x10"  # the team-server bench: managers x years

    def reps(self, full: int, quick: int = 1) -> int:
        return quick if self.quick else full


def median(values: Iterable[float]) -> float:
    return float(statistics.median(list(values)))


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (p99 of 1,000 samples is the 990th smallest)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no samples")
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def time_ms(fn: Callable[[], Any], runs: int, warmup: int = 1) -> tuple[float, list[float]]:
    """Median wall time of ``fn()`` in ms over ``runs`` calls after ``warmup`` calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return median(samples), samples


def process_ms(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    """Median wall time in ms of running ``cmd`` to completion (after one warm-up run)."""
    full_env = {**os.environ, **(env or {})}

    def once() -> None:
        subprocess.run(cmd, env=full_env, cwd=ROOT, check=True, capture_output=True, timeout=120)

    return time_ms(once, runs)[0]


def machine() -> dict[str, Any]:
    """Describe the machine and the stack the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    info: dict[str, Any] = {
        "os": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": mem_gb,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }
    try:
        from importlib.metadata import version

        info["pyside6"] = version("PySide6-Essentials")
        info["reportlab"] = version("reportlab")
        info["sqlite_utils"] = version("sqlite-utils")
    except Exception:  # a missing package only leaves a field out of the description
        pass
    try:
        out = subprocess.run(
            ["df", "-T", str(ROOT)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[-1]
        info["filesystem"] = out.split()[1]
    except (OSError, subprocess.CalledProcessError, IndexError):
        pass
    info["executable"] = sys.executable
    return info


@dataclass(frozen=True)
class ProcessRun:
    """One run of a command: wall time, the child's own peak RSS and CPU time (user + system,
    ``os.wait4``: on a loaded machine it moves less than the wall time), its output."""

    ms: float
    peak_rss_mib: float
    stdout: str
    stderr: str
    cpu_ms: float = 0.0


def run_process(cmd: list[str], timeout: float = 1800) -> ProcessRun:
    """Run ``cmd`` to completion from the project folder; raise if it fails. Started through
    ``benchmarks/child_usage.py``, which times it and reads its own peak RSS (``wait4``): a
    child of this harness would report at least the harness's size (Linux keeps the peak
    across fork and exec)."""
    import json
    import tempfile

    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.TemporaryDirectory() as folder,
    ):
        result = Path(folder) / "usage.json"
        wrapped = [sys.executable, str(HERE / "child_usage.py"), str(result), *cmd]
        proc = subprocess.run(wrapped, cwd=ROOT, stdout=out, stderr=err, timeout=timeout)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {stderr[-2000:]}")
        usage = json.loads(result.read_text(encoding="utf-8"))
    return ProcessRun(
        float(usage["ms"]),
        usage["peak_rss_kib"] / 1024,
        stdout,
        stderr,
        float(usage.get("cpu_ms", 0.0)),
    )


def paired_runs(
    cmds: dict[str, list[str]], rounds: int, warmup: int = 1
) -> dict[str, list[ProcessRun]]:
    """Run the commands in turn, round by round (after ``warmup`` rounds), so that drift on a
    shared machine hits each alike; the order alternates every round."""
    names = list(cmds)
    for _ in range(warmup):
        for name in names:
            run_process(cmds[name])
    runs: dict[str, list[ProcessRun]] = {name: [] for name in names}
    for n in range(rounds):
        for name in names if n % 2 == 0 else reversed(names):
            runs[name].append(run_process(cmds[name]))
    return runs


def ratio_spread(values: list[float], baselines: list[float]) -> dict[str, float]:
    """The round-by-round ratios of paired runs: median, quartiles, min and max."""
    ratios = sorted(v / b for v, b in zip(values, baselines, strict=True))
    quartiles = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else [ratios[0]] * 3
    return {
        "median": float(statistics.median(ratios)),
        "q1": float(quartiles[0]),
        "q3": float(quartiles[2]),
        "min": ratios[0],
        "max": ratios[-1],
        "rounds": len(ratios),
    }


def describe_spread(s: dict[str, float]) -> str:
    return (
        f"paired ratio {s['median']:.2f}x (IQR {s['q1']:.2f}-{s['q3']:.2f}x, "
        f"range {s['min']:.2f}-{s['max']:.2f}x, {int(s['rounds'])} rounds)"
    )


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"
