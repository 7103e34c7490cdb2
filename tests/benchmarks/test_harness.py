"""The benchmark harness's own pieces (the figures themselves run in CI's quick mode)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchmarks import startup  # noqa: E402
from benchmarks.bench_capture import raw_sqlite_commits  # noqa: E402
from benchmarks.common import Figure, percentile  # noqa: E402


def test_percentile_is_nearest_rank() -> None:
    samples = [float(i) for i in range(1, 1001)]
    assert percentile(samples, 50) == 500.0
    assert percentile(samples, 99) == 990.0
    assert percentile([3.0], 99) == 3.0
    with pytest.raises(ValueError):
        percentile([], 50)


def test_figure_ratio_and_status() -> None:
    f = Figure("x", "X", 13.0, "ms", baseline=10.0, target="≤ 1.3x", target_ok=True)
    assert f.ratio == pytest.approx(1.3)
    assert f.status == "ok"
    assert Figure("y", "Y", 5.0, "ms", target_ok=False).status == "MISS"
    assert Figure("z", "Z", None, "ms").status == "n/a"
    assert Figure("w", "W", 1.0, "ms").ratio is None


def test_raw_sqlite_commits_are_real_commits(tmp_path: Path) -> None:
    samples = raw_sqlite_commits(tmp_path, 30)
    assert len(samples) == 30 and all(s > 0 for s in samples)
    import sqlite3

    conn = sqlite3.connect(tmp_path / "raw.db")
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 50  # 20 warm-up + 30
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_bare_window_speaks_the_paint_protocol() -> None:
    start = startup.start_once(startup.bare_command(), rss=True)
    assert 0 < start.painted_ms <= start.data_ms < 30_000
    assert start.rss_kb is not None and start.rss_kb > 10_000


def test_a_process_that_never_paints_is_an_error() -> None:
    with pytest.raises(startup.StartupError, match="exited 3"):
        startup.start_once([sys.executable, "-c", "raise SystemExit(3)"])


def test_run_reports_unavailable_and_writes_json(tmp_path: Path) -> None:
    """--only bundle without a bundle: a clear "not available" line, exit 0, JSON written."""
    import os
    import subprocess

    out = tmp_path / "r.json"
    no_bundle = tmp_path / "no-bundle"
    no_bundle.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--quick",
            "--only",
            "bundle",
            "--out",
            str(out),
            "--work",
            str(tmp_path / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        env={**os.environ, "FIELDRIDE_BUNDLE_DIR": str(no_bundle)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    payload = json.loads(out.read_text(encoding="utf-8"))
    assert payload["mode"] == "quick"
    assert {"cpu", "cores", "python", "sqlite"} <= set(payload["machine"])
    [skip] = payload["results"]
    assert skip["kind"] == "skip"
    assert skip["message"].startswith("not available: no bundle at"), skip
    assert "not available: no bundle at" in result.stdout


def test_unknown_benchmark_name_is_a_usage_error() -> None:
    import subprocess

    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--only", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "unknown benchmark" in result.stderr
