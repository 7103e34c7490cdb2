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
