"""FieldRide benchmarks: what users feel, against the limits of the stack.

One command builds the data it needs, runs every figure, prints a table and writes JSON::

    python benchmarks/run.py --out benchmarks/out/full.json        # full run (~5-15 min)
    python benchmarks/run.py --quick --out benchmarks/out/quick.json  # CI: proves each runs (< 60 s)
    python benchmarks/run.py --only startup,capture                  # a subset

Each figure is a median over several runs after a warm-up. Comparisons are ratios against the
bare stack (a bare PySide6 window, raw sqlite commits, a minimal reportlab document) measured
in the same run, because absolute times on a shared machine drift. A figure that depends on work
not in this build prints "not available: <reason>" instead of a number. Datasets (the ten-year
one from benchmarks.bulkgen at 1x/4x/16x) are cached in ``--work`` between runs.

Exit status: 0 when every available benchmark ran (a missed target is reported, not an error),
1 when a benchmark crashed. docs/benchmarks.md explains each figure and the latest results.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import (  # noqa: E402 - after the path set-up above
    bench_capture,
    bench_commands,
    bench_import,
    bench_pdf,
    bench_review,
    bench_startup,
    bench_team,
)
from benchmarks.common import (  # noqa: E402
    Context,
    Figure,
    NotAvailableError,
    load_average,
    machine,
)

BENCHMARKS: list[tuple[str, str, Callable[[Context], list[Figure]]]] = [
    ("startup", "start-up and idle memory vs a bare window", bench_startup.run),
    ("capture", "rating keystroke → commit; capture screen open", bench_capture.run),
    (
        "keystroke10y",
        "rating keystroke → commit on the ten-year store, background checkpoints",
        bench_capture.run_tenyear,
    ),
    ("pdf", "coaching summary PDF vs bare reportlab", bench_pdf.run),
    ("review", "seller profile, team overview, search", bench_review.run),
    ("growth", "review queries at 1x / 4x / 16x data", bench_review.run_growth),
    ("director", "review queries on a director's store of 50 teams", bench_review.run_director),
    ("commands", "query commands as processes vs bare sqlite3, every size", bench_commands.run),
    ("import", "200-behaviour XLSX scorecard, 500-seller roster", bench_import.run),
    ("bundle", "frozen bundle: size and start-up", bench_startup.run_bundle),
    (
        "team",
        "team server: push round trip, first push, director pull, merged overview",
        bench_team.run,
    ),
]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "ms" and value < 10:
        return f"{value:.2f} ms"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def print_table(results: list[dict[str, object]]) -> None:
    rows = [("Figure", "Value", "Bare stack", "Ratio", "Target", "")]
    for r in results:
        if r["kind"] != "figure":
            rows.append((f"[{r['benchmark']}] {r['message']}", "", "", "", "", ""))
            continue
        f: Figure = r["figure"]  # type: ignore[assignment]
        rows.append(
            (
                f.name,
                _fmt(f.value, f.unit),
                _fmt(f.baseline, f.unit),
                f"{f.ratio:.2f}x" if f.ratio is not None else "",
                f.target,
                f.status,
            )
        )
    widths = [min(62, max(len(str(row[i])) for row in rows)) for i in range(6)]
    for n, row in enumerate(rows):
        cells = [str(c)[: widths[i]].ljust(widths[i]) for i, c in enumerate(row)]
        print("  ".join(cells).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def print_plans(figures: list[Figure]) -> None:
    for f in figures:
        plans = f.details.get("query_plans")
        if not plans:
            continue
        print(f"\nEXPLAIN QUERY PLAN — {f.name}")
        for sql, lines in plans:
            print(f"  {sql[:150]}{'…' if len(sql) > 150 else ''}")
            for line in lines:
                print(f"      {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="FieldRide benchmarks (see docs/benchmarks.md)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--quick", action="store_true", help="tiny sizes, one run: proves each runs"
    )
    parser.add_argument("--out", help="write the results as JSON to this file")
    parser.add_argument(
        "--only", help=f"comma-separated subset of: {', '.join(b[0] for b in BENCHMARKS)}"
    )
    parser.add_argument("--runs", type=int, default=7, help="repetitions per figure (full mode)")
    parser.add_argument(
        "--work",
        default=str(ROOT / "benchmarks" / "out" / "work"),
        help="scratch folder; datasets are cached here between runs",
    )
    parser.add_argument("--plans", action="store_true", help="print every EXPLAIN QUERY PLAN")
    parser.add_argument(
        "--team-size",
        default="10x10",
        metavar="MxY",
        help="the team-server bench: M managers' stores of Y years each (default 10x10)",
    )
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    unknown = (only or set()) - {b[0] for b in BENCHMARKS}
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    ctx = Context(quick=args.quick, work=work, only=only, runs=args.runs, team_size=args.team_size)
    info = machine()
    mode = "quick" if args.quick else "full"
    print(
        f"FieldRide benchmarks ({mode}) on {info['cpu']}, {info['cores']} cores, "
        f"{info.get('memory_gb')} GB, Python {info['python']}, SQLite {info['sqlite']}"
    )
    results: list[dict[str, object]] = []
    failed = False
    started = time.perf_counter()
    started_utc = time.strftime("%Y-%m-%d %H:%M", time.gmtime())
    load_before = load_average()
    seconds: dict[str, float] = {}

    def save(complete: bool) -> None:
        """The results so far as JSON (after every benchmark: a run cut short keeps them)."""
        if not args.out:
            return
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "mode": mode,
            "complete": complete,
            "machine": info,
            "seconds": round(time.perf_counter() - started, 1),
            "benchmark_seconds": seconds,
            "started": started_utc,
            "finished": time.strftime("%H:%M", time.gmtime()),
            "load_before": load_before,
            "load_after": load_average(),
            "only": sorted(only) if only else None,
            "results": [
                {
                    "benchmark": r["benchmark"],
                    "kind": r["kind"],
                    **(
                        {
                            **asdict(r["figure"]),  # type: ignore[call-overload]
                            "ratio": r["figure"].ratio,  # type: ignore[attr-defined]
                            "status": r["figure"].status,  # type: ignore[attr-defined]
                        }
                        if r["kind"] == "figure"
                        else {"message": r["message"]}
                    ),
                }
                for r in results
            ],
        }
        out.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")

    for name, title, fn in BENCHMARKS:
        if only and name not in only:
            continue
        print(f"- {name}: {title}", flush=True)
        t0 = time.perf_counter()
        try:
            figures = fn(ctx)
        except NotAvailableError as err:
            results.append({"kind": "skip", "benchmark": name, "message": f"not available: {err}"})
            print(f"  not available: {err}")
            continue
        except Exception as err:  # reported, the other benchmarks still run
            failed = True
            traceback.print_exc()
            results.append(
                {
                    "kind": "error",
                    "benchmark": name,
                    "message": f"FAILED: {type(err).__name__}: {err}",
                }
            )
            continue
        for f in figures:
            results.append({"kind": "figure", "benchmark": name, "figure": f})
            ratio = f" ({f.ratio:.2f}x {f.baseline_name})" if f.ratio is not None else ""
            print(f"  {f.name}: {_fmt(f.value, f.unit)}{ratio} {f.status}".rstrip())
        seconds[name] = round(time.perf_counter() - t0, 1)
        print(f"  ({seconds[name]:.1f} s)", flush=True)
        save(complete=False)
    total = time.perf_counter() - started
    print()
    print_table(results)
    figures = [r["figure"] for r in results if r["kind"] == "figure"]
    if args.plans or not args.quick:
        print_plans(figures)  # type: ignore[arg-type]
    misses = [f for f in figures if f.status == "MISS"]  # type: ignore[union-attr]
    print(
        f"\n{len(figures)} figures, {len(misses)} missed targets, "
        f"{sum(r['kind'] == 'skip' for r in results)} not available, "
        f"{sum(r['kind'] == 'error' for r in results)} failed; {total:.1f} s"
    )
    if args.out:
        save(complete=True)
        print(f"wrote {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
