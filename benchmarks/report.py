"""Print a results JSON (from ``run.py --out``) as Markdown, or write it into the README.

    python benchmarks/report.py benchmarks/out/full.json                   # print the tables
    python benchmarks/report.py benchmarks/out/full.json --readme README.md # replace the README's

The README's benchmark section lies between ``<!-- benchmarks:begin -->`` and
``<!-- benchmarks:end -->``: every figure of the one run with what it is compared with, the ratio
and its spread (paired rounds, from the figure's notes), the target and the verdict, then the
growth table (demo, 1x, 4x, 16x, the director's store). Nothing in it is typed by hand, so the
table cannot mix runs; what a run did not measure says "not measured" with the reason.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

BEGIN, END = "<!-- benchmarks:begin -->", "<!-- benchmarks:end -->"
SIZES = ("demo", "1x", "4x", "16x", "director")


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "ms" and value < 10:
        return f"{value:.2f} ms"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _verdict(r: dict[str, Any]) -> str:
    status = r.get("status", "")
    return {"ok": "met", "MISS": "**missed**", "n/a": "not measured"}.get(status, status or "—")


def markdown(payload: dict[str, Any]) -> str:
    """Every figure of the run, one row each."""
    m = payload["machine"]
    lines = [
        f"One run: `benchmarks/run.py` ({payload['mode']}), {payload['seconds']:,.0f} s"
        + (f", {payload['started']} → {payload['finished']} UTC" if payload.get("started") else "")
        + (
            f", load average {payload['load_before']} before and {payload['load_after']} after"
            if payload.get("load_before")
            else ""
        )
        + f". Machine: {m.get('cpu')}, {m.get('cores')} cores, {m.get('memory_gb')} GB RAM, "
        f"{m.get('os')}, filesystem {m.get('filesystem', '?')}; Python {m.get('python')}, "
        f"SQLite {m.get('sqlite')}, PySide6 {m.get('pyside6')}, reportlab {m.get('reportlab')}. "
        "Ratios are app ÷ bare stack measured in the same run (paired, interleaved rounds where "
        "the notes give a spread); MiB = 1,048,576 bytes, MB = 1,000,000 bytes.",
        "",
        "| Figure | Measured | Compared with | Ratio | Target | Verdict | How, spread, load |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in payload["results"]:
        if r["kind"] != "figure":
            lines.append(f"| [{r['benchmark']}] {_cell(r['message'])} | | | | | not measured | |")
            continue
        ratio = f"{r['ratio']:.2f}x" if r.get("ratio") is not None else ""
        base = _fmt(r.get("baseline"), r["unit"])
        if r.get("baseline_name"):
            base = f"{base} ({r['baseline_name']})" if base else r["baseline_name"]
        lines.append(
            f"| {_cell(r['name'])} | {_fmt(r['value'], r['unit'])} | {_cell(base)} | {ratio} | "
            f"{_cell(r.get('target') or '—')} | {_verdict(r)} | {_cell(r.get('notes', ''))} |"
        )
    return "\n".join(lines)


def _by_id(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in payload["results"] if r["kind"] == "figure"}


def _spread(r: dict[str, Any]) -> str:
    match = re.search(r"paired ratio ([\d.]+x) \(IQR ([\d.]+-[\d.]+x)", r.get("notes", ""))
    return f" ({match.group(1)}, IQR {match.group(2)})" if match else ""


def _iqr(r: dict[str, Any]) -> str:
    match = re.search(r"IQR ([\d.]+-[\d.]+ ms)", r.get("notes", ""))
    return f" (IQR {match.group(1)})" if match else _spread(r)


def _rss(r: dict[str, Any]) -> str:
    match = re.search(r"peak RSS ([\d.]+ MiB)", r.get("notes", ""))
    return match.group(1) if match else "?"


def growth(payload: dict[str, Any]) -> str:
    """One row per figure that grows with the data, one column per size."""
    f = _by_id(payload)
    rows: list[tuple[str, list[str]]] = []

    def row(label: str, cells: dict[str, str]) -> None:
        rows.append((label, [cells.get(size, "—") for size in SIZES]))

    def mark(r: dict[str, Any]) -> str:
        return "" if r.get("status") in ("", None) else (" ✓" if r["status"] == "ok" else " ✗")

    obs: dict[str, str] = {}
    search: dict[str, str] = {}
    for size in SIZES[:4]:
        r = f.get(f"commands.search_{size}")
        if r:
            search[size] = f"{_fmt(r['value'], 'ms')}{_iqr(r)}{mark(r)}"
            count = r.get("details", {}).get("observations")
            if count:
                obs[size] = f"{count:,}"
    review: dict[str, dict[str, str]] = {
        "profile": {},
        "profile_whole": {},
        "team": {},
        "search": {},
    }
    for name in review:
        one = f.get(f"review.{name}")
        if one:
            review[name]["1x"] = f"{_fmt(one['value'], 'ms')}{mark(one)}"
        grown = f.get(f"growth.{name}")
        if grown:
            per = 3 if name == "search" else 1
            for scale, ms in grown.get("details", {}).get("series_ms", {}).items():
                if scale != "1":
                    review[name][f"{scale}x"] = _fmt(ms / per, "ms")
        boss = f.get(f"director.{name}")
        if boss:
            review[name]["director"] = f"{_fmt(boss['value'], 'ms')}{mark(boss)}"
            obs.setdefault("director", f"{boss.get('details', {}).get('observations', 0):,}")
    row("Observations", obs)
    row("`fieldride search`: process time minus result time (< 50 ms)", search)
    for fmt in ("csv", "xlsx"):
        times: dict[str, str] = {}
        rss: dict[str, str] = {}
        for size in SIZES[:4]:
            r = f.get(f"commands.export_{fmt}_{size}")
            if r:
                times[size] = f"{_fmt(r['value'], 'ms')}{_spread(r)}{mark(r)}"
                rss[size] = _rss(r)
        row(f"`fieldride export --format {fmt}` (ratio to bare script)", times)
        row("… its peak RSS (< 100 MiB)", rss)
    row(
        "Seller profile, last 12 months (the screen's default), in-process "
        "(< 50 ms; growth < 100 ms)",
        review["profile"],
    )
    row(
        "Seller profile, whole history (on request; no target), in-process", review["profile_whole"]
    )
    # On the director's store: what Review opens on (one manager's team); all managers below.
    row("Team overview, in-process (< 100 ms; director: one manager's team)", review["team"])
    everyone = f.get("director.team_all")
    if everyone:
        row(
            "… director's store, all managers (< 100 ms)",
            {"director": f"{_fmt(everyone['value'], 'ms')}{mark(everyone)}"},
        )
    row("Search, in-process, per term (< 30 ms)", review["search"])
    one_seller = f.get("director.search_seller")
    if one_seller:
        row(
            "… director's store: search filtered to one seller (< 30 ms)",
            {"director": f"{_fmt(one_seller['value'], 'ms')}{mark(one_seller)}"},
        )
    lines = [
        "| Grows with the data | " + " | ".join(SIZES) + " |",
        "|---|" + "---|" * len(SIZES),
    ]
    lines += [f"| {label} | " + " | ".join(cells) + " |" for label, cells in rows]
    return "\n".join(lines)


def readme_section(payload: dict[str, Any]) -> str:
    return f"{BEGIN}\n{markdown(payload)}\n\n{growth(payload)}\n{END}"


def write_readme(payload: dict[str, Any], readme: Path) -> None:
    text = readme.read_text(encoding="utf-8")
    if BEGIN not in text or END not in text:
        raise SystemExit(f"{readme} has no {BEGIN} … {END} section")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    readme.write_text(head + readme_section(payload) + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", type=Path)
    parser.add_argument("--readme", type=Path, help="replace this file's benchmark section")
    args = parser.parse_args(argv)
    payload = json.loads(args.results.read_text(encoding="utf-8"))
    if args.readme:
        write_readme(payload, args.readme)
        print(f"wrote the benchmark section of {args.readme}")
    else:
        sys.stdout.write(markdown(payload) + "\n\n" + growth(payload) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
