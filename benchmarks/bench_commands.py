"""Query commands as whole processes at every size, beside a bare sqlite3 script doing the same
work (issue 23).

Export: ``fieldride export --format csv|xlsx`` against ``benchmarks/bare_export.py``, which runs
the very SELECT statements the export ran (captured the same way) and writes their rows with
``csv.writer`` / an openpyxl write-only workbook. Besides the time, each process's own peak RSS
(``os.wait4``'s rusage): target < 100 MiB, time <= 1.5x the bare script (deliver 2). XLSX only
where every table fits one sheet (1,048,575 rows): the 4x and 16x data have more observations,
which the app refuses to write as XLSX (an Excel sheet cannot hold them).

``fieldride search`` (``python -m fieldride --data-dir D search discount``) against
``benchmarks/bare_search.py``, which runs the very SELECT statements the command's search runs
(captured with sqlite3's trace callback, parameters bound in) on a read-only connection and
prints the rows. Sizes: the demo team, the ten-year data (1x), 4x and 16x the sellers
(``benchmarks.data``). The two processes alternate round by round (the order flips every
round), so the machine's drift hits both alike; each figure gives the ratio of the medians and
the round-by-round ratio's median, interquartile range and range.

Target (issue 23, deliver 1): the command < 50 ms plus its result time. The search figure is
that difference itself: round by round, the command's process time minus the result time, the
result time being the statements' own time in the same round's bare script (``query_ms``); the
figure is its median, against 50 ms. Beside it, the bare script's process time minus the same
result time (what Python, sqlite3 and opening the file cost a script that does nothing else).
"""

from __future__ import annotations

import json
import re
import statistics
import sys
from pathlib import Path
from typing import Any

from benchmarks.common import (
    Context,
    Figure,
    NotAvailableError,
    describe_spread,
    load_average,
    median,
    paired_runs,
    ratio_spread,
)
from benchmarks.data import Dataset, dataset, demo_dataset
from benchmarks.startup import compile_sources

HERE = Path(__file__).resolve().parent
SEARCH_TERM = "discount"
SEARCH_LIMIT = 50  # the command's default
OVERHEAD_TARGET_MS = 50.0


def sizes(ctx: Context) -> list[tuple[str, Dataset]]:
    """(label, dataset) for every size the issue names; quick mode: demo and one tiny set."""
    out = [("demo", demo_dataset(ctx))]
    for scale in (1,) if ctx.quick else (1, 4, 16):
        out.append((f"{scale}x" if not ctx.quick else "quick", dataset(ctx, scale)))
    return out


def search_statements(folder: Path, term: str, limit: int) -> list[str]:
    """The statements ``search`` runs for ``term``, parameters bound in (trace): its SELECTs,
    and the word lists it reads prefixes from (``fts5vocab`` tables it makes in the connection's
    temporary schema, which a fresh connection in the bare script must make too)."""
    try:
        from fieldride import search as text_search
        from fieldride.store import open_store
    except ImportError as err:
        raise NotAvailableError(f"search core missing ({err})") from None
    seen: list[str] = []

    def trace(sql: str) -> None:
        if (
            sql.lstrip()
            .upper()
            .startswith(("SELECT", "WITH", "CREATE VIRTUAL TABLE IF NOT EXISTS TEMP."))
        ):
            seen.append(sql)

    with open_store(folder, quick_check=False) as store:
        store.db.conn.set_trace_callback(trace)
        try:
            text_search.search(store, term, limit=limit)
        finally:
            store.db.conn.set_trace_callback(None)
    if not seen:
        raise NotAvailableError("search ran no SELECT")
    return seen


def _query_ms(stderr: str) -> float:
    match = re.search(r"\{.*\}", stderr)
    if match is None:
        raise RuntimeError(f"bare_search printed no result line: {stderr[-500:]}")
    return float(json.loads(match.group(0))["query_ms"])


def _search_figure(ctx: Context, label: str, ds: Dataset, rounds: int) -> Figure:
    statements = search_statements(ds.folder, SEARCH_TERM, SEARCH_LIMIT)
    stmt_file = ctx.work / f"search-statements-{label}.json"
    stmt_file.write_text(json.dumps(statements), encoding="utf-8")
    cmds = {
        "app": [
            sys.executable, "-m", "fieldride", "--data-dir", str(ds.folder),
            "search", SEARCH_TERM, "--limit", str(SEARCH_LIMIT),
        ],
        "bare": [
            sys.executable, str(HERE / "bare_search.py"),
            str(ds.folder / "fieldride.db"), str(stmt_file),
        ],
    }  # fmt: skip
    load_before = load_average()
    runs = paired_runs(cmds, rounds)
    app = [r.ms for r in runs["app"]]
    bare = [r.ms for r in runs["bare"]]
    # The result time of each round: the statements' own time in that round's bare script.
    query_each = [_query_ms(r.stderr) for r in runs["bare"]]
    query = median(query_each)
    # What deliver 1 bounds: the command's time minus its result time, round by round.
    fixed = [a - q for a, q in zip(app, query_each, strict=True)]
    bare_fixed = [b - q for b, q in zip(bare, query_each, strict=True)]
    spread = ratio_spread(app, bare)
    value = median(fixed)
    quartiles = statistics.quantiles(fixed, n=4) if len(fixed) > 1 else [value] * 3
    details: dict[str, Any] = {
        "app_ms": app,
        "bare_ms": bare,
        "query_ms": query,
        "query_ms_each": query_each,
        "fixed_ms": fixed,
        "bare_fixed_ms": bare_fixed,
        "process_ms": median(app),
        "spread": spread,
        "load_average": [load_before, load_average()],
        "observations": ds.observations,
        "db_bytes": (ds.folder / "fieldride.db").stat().st_size,
    }
    return Figure(
        f"commands.search_{label}",
        f"`fieldride search {SEARCH_TERM}`: process time minus result time ({label}: "
        f"{ds.observations} obs)",
        value,
        "ms",
        baseline=median(bare_fixed),
        baseline_name="the bare sqlite3 script's process time minus the same result time",
        target=f"< {OVERHEAD_TARGET_MS:.0f} ms",
        target_ok=value < OVERHEAD_TARGET_MS,
        notes=f"{describe_fixed(quartiles, fixed)}; process {median(app):.1f} ms, bare script "
        f"{median(bare):.1f} ms, result time {query:.1f} ms (the statements in the bare script, "
        f"median); {describe_spread(spread)}; load average {load_before} -> "
        f"{details['load_average'][1]}",
        details=details,
    )


def describe_fixed(quartiles: list[float], fixed: list[float]) -> str:
    return (
        f"IQR {quartiles[0]:.1f}-{quartiles[2]:.1f} ms, range {min(fixed):.1f}-{max(fixed):.1f} "
        f"ms over {len(fixed)} rounds"
    )


def export_statements(folder: Path) -> dict[str, dict[str, Any]]:
    """Each table's column titles and the SELECT statement the export runs for it (trace)."""
    try:
        from fieldride.exports import data_export
        from fieldride.store import open_store
    except ImportError as err:
        raise NotAvailableError(f"export core missing ({err})") from None
    if not hasattr(data_export, "rows"):
        raise NotAvailableError("the export does not stream in this build")
    tables: dict[str, dict[str, Any]] = {}
    with open_store(folder, quick_check=False) as store:
        selection = data_export.select(store)
        for name in data_export.TABLES:
            seen: list[str] = []
            store.db.conn.set_trace_callback(seen.append)
            try:
                next(data_export.rows(store, selection, name), None)
            finally:
                store.db.conn.set_trace_callback(None)
            sql = [q for q in seen if q.lstrip().upper().startswith("SELECT")][-1]
            tables[name] = {"columns": list(data_export.COLUMNS[name]), "sql": sql}
    return tables


XLSX_SHEET_ROWS = 1_048_575


def _export_figure(
    ctx: Context, label: str, ds: Dataset, fmt: str, rounds: int, stmt_file: Path
) -> Figure:
    out_dir = ctx.work / "export-out"
    out_dir.mkdir(parents=True, exist_ok=True)
    app_out, bare_out = out_dir / f"app-{label}.{fmt}", out_dir / f"bare-{label}"
    if fmt == "xlsx":
        bare_out = bare_out.with_suffix(".xlsx")
    cmds = {
        "app": [
            sys.executable, "-m", "fieldride", "--data-dir", str(ds.folder),
            "export", "--format", fmt, "--out", str(app_out), "--force",
        ],
        "bare": [
            sys.executable, str(HERE / "bare_export.py"), fmt,
            str(ds.folder / "fieldride.db"), str(stmt_file), str(bare_out),
        ],
    }  # fmt: skip
    load_before = load_average()
    runs = paired_runs(cmds, rounds, warmup=0 if rounds < 5 else 1)
    app = [r.ms for r in runs["app"]]
    bare = [r.ms for r in runs["bare"]]
    rss = max(r.peak_rss_mib for r in runs["app"])
    bare_rss = max(r.peak_rss_mib for r in runs["bare"])
    spread = ratio_spread(app, bare)
    value, base = median(app), median(bare)
    ok = value <= 1.5 * base and rss < 100
    return Figure(
        f"commands.export_{fmt}_{label}",
        f"`fieldride export --format {fmt}` ({label}: {ds.observations} obs)",
        value,
        "ms",
        baseline=base,
        baseline_name=f"bare sqlite3 + {'csv' if fmt == 'csv' else 'openpyxl write-only'}",
        target="≤ 1.5x bare, peak RSS < 100 MiB",
        target_ok=ok,
        notes=f"{describe_spread(spread)}; peak RSS {rss:.1f} MiB (bare {bare_rss:.1f} MiB); "
        f"load average {load_before} -> {load_average()}",
        details={
            "app_ms": app,
            "bare_ms": bare,
            "app_peak_rss_mib": [r.peak_rss_mib for r in runs["app"]],
            "bare_peak_rss_mib": [r.peak_rss_mib for r in runs["bare"]],
            "spread": spread,
            "observations": ds.observations,
        },
    )


def _export_rounds(ctx: Context, ds: Dataset) -> int:
    """An export of the 16x data takes minutes a process: fewer rounds as the data grows."""
    if ctx.quick:
        return 1
    if ds.observations < 100_000:
        return ctx.runs
    return 3 if ds.observations < 2_000_000 else 2


def run(ctx: Context) -> list[Figure]:
    compile_sources()  # an installed FieldRide runs from bytecode (see benchmarks/startup.py)
    rounds = ctx.reps(max(ctx.runs, 9), 1)
    data = sizes(ctx)
    figures = [_search_figure(ctx, label, ds, rounds) for label, ds in data]
    # The statements do not depend on the data (no filter): captured once, on the small set
    # (capturing runs the statement, and the observations' sort takes long at 16x).
    stmt_file = ctx.work / "export-statements.json"
    stmt_file.write_text(json.dumps(export_statements(data[0][1].folder)), encoding="utf-8")
    for fmt in ("csv", "xlsx"):
        for label, ds in data:
            if fmt == "xlsx" and ds.observations > XLSX_SHEET_ROWS:
                continue
            rounds = _export_rounds(ctx, ds)
            figures.append(_export_figure(ctx, label, ds, fmt, rounds, stmt_file))
    return figures
