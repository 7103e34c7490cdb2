"""The coaching summary PDF, in-process and as a command, beside bare reportlab.

- warm render: ``build_summary(summary_data(...), options)`` for a debriefed ride of the ten-year
  dataset, median after a warm-up (fonts registered, modules imported), beside
  :func:`benchmarks.bare_pdf.build` with the same number of top-level flowables. Targets:
  ≤ 2x and < 40 ms. ``summary_data`` (the queries) is timed separately.
- command: ``fieldride report summary RIDE --out F`` as a whole process beside
  ``python benchmarks/bare_pdf.py`` (Python start + reportlab import + the same document).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from benchmarks import bare_pdf
from benchmarks.common import Context, Figure, NotAvailableError, process_ms, time_ms
from benchmarks.data import dataset


def _summary_api():  # type: ignore[no-untyped-def]
    try:
        from fieldride.reports.data import render_options, summary_data
        from fieldride.reports.summary import build_summary, summary_story
    except ImportError as err:
        raise NotAvailableError(f"fieldride.reports.summary is not in this build ({err})") from None
    return render_options, summary_data, build_summary, summary_story


def typical_ride(store) -> int:  # type: ignore[no-untyped-def]
    """A debriefed ride with 4 calls (the "typical ride" of the PDF issue), newest first."""
    row = store.db.execute(
        """SELECT r.id FROM rides r JOIN calls c ON c.ride_id = r.id
           WHERE r.status IN ('debriefed', 'acknowledged')
           GROUP BY r.id HAVING count(c.id) = 4 ORDER BY r.ride_date DESC LIMIT 1"""
    ).fetchone()
    if row is None:
        row = store.db.execute(
            "SELECT id FROM rides WHERE status IN ('debriefed', 'acknowledged') "
            "ORDER BY ride_date DESC LIMIT 1"
        ).fetchone()
    if row is None:
        raise NotAvailableError("the dataset has no debriefed ride")
    return int(row[0])


def _nested_count(flowable: Any) -> int:
    """The flowable itself plus every flowable inside it (table cells, KeepTogether)."""
    n = 1
    for row in getattr(flowable, "_cellvalues", None) or []:
        for cell in row:
            for item in cell if isinstance(cell, list | tuple) else [cell]:
                if hasattr(item, "wrap"):
                    n += _nested_count(item)
    for item in getattr(flowable, "_content", None) or []:
        n += _nested_count(item)
    return n


def run(ctx: Context) -> list[Figure]:
    render_options, summary_data, build_summary, summary_story = _summary_api()
    from fieldride.db import open_store

    ds = dataset(ctx)
    runs = ctx.reps(ctx.runs * 3, 1)
    store = open_store(ds.folder)
    try:
        ride_id = typical_ride(store)
        options = render_options(store, "a4")
        data_ms, _ = time_ms(lambda: summary_data(store, ride_id), runs)
        data = summary_data(store, ride_id)
    finally:
        store.close()
    story = summary_story(data, options)
    flowables = len(story)
    nested = sum(_nested_count(f) for f in story)
    pdf_ms, _ = time_ms(lambda: build_summary(data, options), runs, warmup=2)
    pages = build_summary(data, options).count(b"/Type /Page\n") or None
    bare_ms, _ = time_ms(lambda: bare_pdf.build(flowables), runs, warmup=2)
    bare_nested_ms, _ = time_ms(lambda: bare_pdf.build(nested), runs, warmup=2)
    try:
        import _rl_accel  # noqa: F401

        accel = "reportlab C accelerator (rl_accel) in use"
    except ImportError:
        accel = "pure-Python reportlab (rl_accel not installed)"
    figures = [
        Figure(
            "pdf.summary_render",
            "Coaching summary PDF, warm render",
            pdf_ms,
            "ms",
            baseline=bare_ms,
            baseline_name=f"minimal reportlab doc, {flowables} flowables",
            target="≤ 2x and < 40 ms",
            target_ok=pdf_ms <= 2 * bare_ms and pdf_ms < 40,
            notes=f"ride {ride_id}; {flowables} top-level / {nested} nested flowables"
            + (f"; {pages} page(s)" if pages else "")
            + f"; a minimal doc of {nested} paragraphs: {bare_nested_ms:.1f} ms; {accel}",
            details={"nested_flowables": nested, "bare_nested_ms": bare_nested_ms},
        ),
        Figure(
            "pdf.summary_data",
            "Coaching summary: gathering its data (queries)",
            data_ms,
            "ms",
            notes="summary_data(store, ride) on the ten-year dataset",
        ),
    ]
    out_dir = ctx.work / "pdf"
    out_dir.mkdir(parents=True, exist_ok=True)
    from benchmarks.data import copy_of

    # The command marks the ride shared: it works on a copy, never on the cached dataset.
    cli_data = copy_of(ds, ctx.work / "cli-data")
    cmd_runs = ctx.reps(ctx.runs, 1)
    cli_ms = process_ms(
        [
            sys.executable,
            "-m",
            "fieldride",
            "--data-dir",
            str(cli_data),
            "report",
            "summary",
            str(ride_id),
            "--out",
            str(out_dir / "summary.pdf"),
            "--page-size",
            "a4",
        ],
        cmd_runs,
    )
    bare_cli_ms = process_ms(
        [
            sys.executable,
            str(Path(bare_pdf.__file__)),
            "--flowables",
            str(flowables),
            "--out",
            str(out_dir / "bare.pdf"),
        ],
        cmd_runs,
    )
    figures.append(
        Figure(
            "pdf.summary_command",
            "`fieldride report summary` as a whole process",
            cli_ms,
            "ms",
            baseline=bare_cli_ms,
            baseline_name="python bare_pdf.py (same flowable count)",
            notes=f"median of {cmd_runs}; includes Python start, imports, store open",
        )
    )
    return figures
