"""Print a results JSON (from ``run.py --out``) as the Markdown table docs/benchmarks.md shows.

python benchmarks/report.py benchmarks/out/full.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "ms" and value < 10:
        return f"{value:.2f} ms"
    return f"{value:.1f} {unit}" if value < 100 else f"{value:.0f} {unit}"


def markdown(payload: dict[str, object]) -> str:
    m = payload["machine"]
    assert isinstance(m, dict)
    lines = [
        f"Machine: {m.get('cpu')}, {m.get('cores')} cores, {m.get('memory_gb')} GB RAM, "
        f"{m.get('os')}, filesystem {m.get('filesystem', '?')}; Python {m.get('python')}, "
        f"SQLite {m.get('sqlite')}, PySide6 {m.get('pyside6')}, reportlab {m.get('reportlab')}, "
        f"sqlite-utils {m.get('sqlite_utils')}. Mode: {payload['mode']}, "
        f"{payload['seconds']} s.",
        "",
        "| Figure | Value | Bare stack | Ratio | Target | |",
        "|---|---|---|---|---|---|",
    ]
    results = payload["results"]
    assert isinstance(results, list)
    for r in results:
        if r["kind"] != "figure":
            lines.append(f"| [{r['benchmark']}] {r['message']} | | | | | |")
            continue
        ratio = f"{r['ratio']:.2f}x" if r.get("ratio") is not None else ""
        base = _fmt(r.get("baseline"), r["unit"])
        if base and r.get("baseline_name"):
            base += f" ({r['baseline_name']})"
        lines.append(
            f"| {r['name']} | {_fmt(r['value'], r['unit'])} | {base} | {ratio} | "
            f"{r.get('target', '')} | {r.get('status', '')} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(markdown(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))))
