"""The coaching summary PDF, in-process and as a command, beside bare reportlab.

The typical ride of the PDF issue (4 calls, the 8 behaviours of the bundled field-visit
scorecard, a full debrief, three earlier rides so the focus trend has points) is built through the
core in the benchmark's own store (``<work>/pdf-typical``, rebuilt each run). The figures:

- warm render: ``build_summary(summary_data(...), options)`` for that ride, median after a
  warm-up (fonts registered, modules imported), beside :func:`benchmarks.bare_pdf.build` with the
  same number of flowables — every Flowable the document lays out, the paragraphs and drawings
  inside its tables included (target ≤ 2x and < 40 ms) — and, for reference, beside a minimal
  document with only as many paragraphs as the summary has top-level flowables (a table of 40
  paragraphs counts once there) and one with as many as pieces of text laid out (the flowables
  plus the plain-text cells the summary draws without a Paragraph).
  ``summary_data`` (the queries) is timed separately.
- a long ride: the same for a debriefed 4-call ride of the ten-year dataset (its bulk scorecard
  has 16 behaviours, two pages), as a secondary row.
- command: ``fieldride report summary RIDE --out F`` as a whole process beside the shared
  reference ``../shared/bench/bare_pdf.py OUT N DejaVuSans.ttf`` (Python start, reportlab
  import, ONE TrueType face registered — the app's regular face — and N paragraphs on A4) with
  N = the paragraphs the summary lays out (every Paragraph, those inside its tables included),
  target ≤ 1.5x (issue 23, deliver 4); paired round by round (``common.paired_runs``), with the
  round-by-round ratio's spread and the CPU-time ratio (user + system, which a loaded machine
  moves less than the wall time); on the typical ride's store and on a copy of the ten-year
  data.

Each figure and its baselines are timed in turn, run by run (as the start-up benchmark does), so
that drift on a shared machine hits both sides of a ratio alike.
"""

from __future__ import annotations

import gc
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import bare_pdf
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
    time_ms,
)
from benchmarks.data import dataset
from benchmarks.startup import compile_sources

FIELD_VISIT = [
    "preparation",
    "opening",
    "discovery",
    "listening",
    "value-message",
    "objections",
    "next-step",
    "call-notes",
]
EVIDENCE = {
    "discovery": [
        "Asked what happens if nothing changes this quarter; followed up twice.",
        "Mostly yes/no questions; moved to the brochure after five minutes.",
        "Got the customer to put a cost on missed deliveries: about £4k a month.",
        "Asked about the rollout plan and who else is involved.",
    ],
    "next-step": [
        "Ended with 'I'll send you some information'.",
        "Agreed a site visit on the 14th with the plant manager.",
        "No date set; customer will 'think about it'.",
        "Customer agreed to send usage data by Friday.",
    ],
    "listening": [
        "Summarised the three problems in the customer's words.",
        "Interrupted twice before the question was finished.",
    ],
}


def _summary_api():  # type: ignore[no-untyped-def]
    try:
        from fieldride.reports.data import render_options, summary_data
        from fieldride.reports.summary import build_summary, summary_story
    except ImportError as err:
        raise NotAvailableError(f"fieldride.reports.summary is not in this build ({err})") from None
    return render_options, summary_data, build_summary, summary_story


def build_typical_ride(folder: Path) -> int:
    """A fresh store at ``folder`` holding the issue's typical ride, made through the core:
    4 calls × 8 behaviours (field-visit) rated, one no-opportunity, evidence on three
    behaviours, strength, gap, three questions with answers, a rehearsal, a new commitment, an
    earlier commitment verified, acknowledged; three earlier rides give the focus trend points.
    Returns the ride id (the store is closed cleanly)."""
    from fieldride import debriefs, rides
    from fieldride.debriefs import commitments
    from fieldride.scorecards.defaults import install_defaults
    from fieldride.store import open_store
    from fieldride.team import sellers

    shutil.rmtree(folder, ignore_errors=True)
    store = open_store(folder)
    try:
        install_defaults(store)
        seller = sellers.add_seller(store, "Maya Okafor", team="North")
        earlier = None
        for n, day in enumerate(("2026-01-14", "2026-01-29", "2026-02-20")):
            past = rides.plan_ride(
                store, seller.id, day, scorecard_key="field-visit", focus=["discovery"]
            )
            call = rides.add_call(store, past.id, "visit", "Harbour Foods", "Ops director")
            for key, level in (("discovery", 1 + n % 3), ("next-step", 1 + (n + 1) % 3)):
                rides.rate(store, call.id, key, level)
            earlier = commitments.add_commitment(
                store, past.id, "discovery", "Ask two follow-up questions before presenting."
            )
        ride = rides.plan_ride(
            store,
            seller.id,
            "2026-03-10",
            "field_ride",
            scorecard_key="field-visit",
            focus=["discovery", "next-step"],
            objective="Watch discovery and next steps on renewal accounts.",
            manager_name="Chris Morgan",
        )
        accounts = [
            ("Harbour Foods", "Operations director"),
            ("Northgate Logistics", "Fleet manager"),
            ("Brightwell Clinics", "Practice manager"),
            ("Medway Plastics", "Plant manager"),
        ]
        for i, (account, role) in enumerate(accounts):
            call = rides.add_call(store, ride.id, "visit", account, role, call_time=f"{9 + i}:30")
            for j, key in enumerate(FIELD_VISIT):
                if key == "objections" and i == 3:
                    rides.mark_no_opportunity(store, call.id, key)
                    continue
                rides.rate(store, call.id, key, 1 + (i + j) % 4)
                if key in ("discovery", "next-step") or (key == "listening" and i < 2):
                    notes = EVIDENCE[key]
                    rides.set_evidence(store, call.id, key, notes[i % len(notes)])
        assert earlier is not None
        commitments.verify_commitment(
            store, earlier.id, ride.id, "partly", "Did it on two calls of four."
        )
        debriefs.set_strength(
            store, ride.id, "listening", "Summarised the customer's three problems in their words."
        )
        debriefs.set_gap(
            store, ride.id, "next-step", "Ended two calls with 'I'll send some information'."
        )
        for text in (
            "What did you want the customer to agree to by the end of the call?",
            "What stopped you from asking for a date?",
            "What would you say differently next time?",
        ):
            q = debriefs.add_question(store, ride.id, text, "next-step", asked=True)
            debriefs.update_question(
                store, q.id, answer="I rushed because the customer looked at the clock."
            )
        debriefs.set_rehearsal(
            store, ride.id, "Re-ran the last two minutes of the Medway call.", 2, "Set a date."
        )
        commitments.add_commitment(
            store,
            ride.id,
            "next-step",
            "End every call with a dated next step the customer acts on.",
            "2026-03-24",
        )
        debriefs.set_private_note(store, ride.id, "private: not in the summary")
        debriefs.finish_debrief(store, ride.id)
        debriefs.acknowledge(store, ride.id, "Maya Okafor", "2026-03-10")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return ride.id
    finally:
        store.close()


def bulk_ride(store) -> int:  # type: ignore[no-untyped-def]
    """A debriefed ride with 4 calls of the ten-year dataset (16 behaviours), newest first."""
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


def nested_count(flowable: Any) -> int:
    """The flowable itself plus every flowable inside it (table cells, KeepTogether)."""
    n = 1
    for row in getattr(flowable, "_cellvalues", None) or []:
        for cell in row:
            for item in cell if isinstance(cell, list | tuple) else [cell]:
                if hasattr(item, "wrap"):
                    n += nested_count(item)
    for item in getattr(flowable, "_content", None) or []:
        n += nested_count(item)
    return n


def plain_cells(flowable: Any) -> int:
    """Table cells holding plain text (drawn by the table, not a flowable) inside ``flowable``:
    labels and short values the documents put in as strings instead of Paragraphs."""
    n = 0
    for row in getattr(flowable, "_cellvalues", None) or []:
        for cell in row:
            if isinstance(cell, str):
                n += bool(cell.strip())
            else:
                for item in cell if isinstance(cell, list | tuple) else [cell]:
                    n += plain_cells(item)
    for item in getattr(flowable, "_content", None) or []:
        n += plain_cells(item)
    return n


SHARED_BARE_PDF = ROOT.parent / "shared" / "bench" / "bare_pdf.py"


def paragraphs(flowable: Any) -> int:
    """The Paragraphs inside ``flowable`` (itself included), in tables and kept-together groups."""
    from reportlab.platypus import Paragraph

    n = int(isinstance(flowable, Paragraph))
    for row in getattr(flowable, "_cellvalues", None) or []:
        for cell in row:
            for item in cell if isinstance(cell, list | tuple) else [cell]:
                n += paragraphs(item)
    for item in getattr(flowable, "_content", None) or []:
        n += paragraphs(item)
    return n


def alternating_ms(
    fns: dict[str, Callable[[], Any]], runs: int, warmup: int = 1
) -> dict[str, float]:
    """Median wall time in ms of each function, calling them in turn run by run (after
    ``warmup`` rounds), so that drift on a shared machine hits the figure and its baseline
    alike."""
    for _ in range(warmup):
        for fn in fns.values():
            fn()
    samples: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(runs):
        for name, fn in fns.items():
            t0 = time.perf_counter()
            fn()
            samples[name].append((time.perf_counter() - t0) * 1000)
    return {name: median(values) for name, values in samples.items()}


def _measure(folder: Path, ride_id: int, runs: int) -> dict[str, Any]:
    """Warm render, data gathering, flowable counts, pages and both baselines for one ride."""
    render_options, summary_data, build_summary, summary_story = _summary_api()
    from fieldride.store import open_store

    store = open_store(folder)
    try:
        options = render_options(store, "a4")
        data_ms, _ = time_ms(lambda: summary_data(store, ride_id), runs)
        data = summary_data(store, ride_id)
    finally:
        store.close()
    story = summary_story(data, options)
    top = len(story)
    nested = sum(nested_count(f) for f in story)
    items = nested + sum(plain_cells(f) for f in story)
    paras = sum(paragraphs(f) for f in story)
    pages = build_summary(data, options).count(b"/Type /Page\n")
    # What earlier benchmarks in this process left alive (the capture benchmark's screens) is
    # moved out of the collector's way, so a collection during a render walks only what the
    # render made, as in the `report` command's own process.
    gc.collect()
    gc.freeze()
    ms = alternating_ms(
        {
            "render_ms": lambda: build_summary(data, options),
            "bare_top_ms": lambda: bare_pdf.build(top),
            "bare_nested_ms": lambda: bare_pdf.build(nested),
            "bare_items_ms": lambda: bare_pdf.build(items),
        },
        runs,
        warmup=2,
    )
    gc.unfreeze()
    return {
        "ride": ride_id,
        "data_ms": data_ms,
        "top": top,
        "nested": nested,
        "items": items,
        "paragraphs": paras,
        "pages": pages,
        **ms,
    }


def _accel() -> str:
    try:
        import _rl_accel  # noqa: F401
    except ImportError:
        return "pure-Python reportlab (rl_accel not installed)"
    return "reportlab C accelerator (rl_accel) in use"


def _command(folder: Path, ride_id: int, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "fieldride",
        "--data-dir",
        str(folder),
        "report",
        "summary",
        str(ride_id),
        "--out",
        str(out),
        "--page-size",
        "a4",
        "--force",  # every round writes the same file again
    ]


def run(ctx: Context) -> list[Figure]:
    _summary_api()
    runs = ctx.reps(ctx.runs * 3, 1)
    accel = _accel()
    typical_dir = ctx.work / "pdf-typical"
    typical_id = build_typical_ride(typical_dir)
    t = _measure(typical_dir, typical_id, runs)
    figures = [
        Figure(
            "pdf.summary_render",
            "Coaching summary PDF, warm render (typical ride: 4 calls, 8 behaviours)",
            t["render_ms"],
            "ms",
            baseline=t["bare_nested_ms"],
            baseline_name=f"minimal reportlab doc, the same {t['nested']} flowables",
            target="≤ 2x and < 40 ms",
            target_ok=t["render_ms"] <= 2 * t["bare_nested_ms"] and t["render_ms"] < 40,
            notes=f"{t['pages']} page(s); {t['nested']} flowables: every Flowable the document "
            f"lays out, {t['top']} of them top-level (tables, a header) holding the others; "
            f"{accel}",
            details=t,
        ),
        Figure(
            "pdf.summary_render_top",
            "Coaching summary PDF, warm render, against its top-level flowables only",
            t["render_ms"],
            "ms",
            baseline=t["bare_top_ms"],
            baseline_name=f"minimal reportlab doc, {t['top']} flowables (top-level)",
            notes="the same render; this baseline counts a table of 40 paragraphs as one "
            "flowable (shown for reference)",
        ),
        Figure(
            "pdf.summary_render_items",
            "Coaching summary PDF, warm render, against every piece of text laid out",
            t["render_ms"],
            "ms",
            baseline=t["bare_items_ms"],
            baseline_name=f"minimal reportlab doc, {t['items']} paragraphs (flowables + "
            "plain-text table cells)",
            notes="the same render; the baseline also counts the labels and short values the "
            "summary draws as plain table cells (one paragraph each in the minimal document)",
        ),
        Figure(
            "pdf.summary_data",
            "Coaching summary: gathering its data (queries, typical ride)",
            t["data_ms"],
            "ms",
            notes="summary_data(store, ride) on the typical ride's store",
        ),
    ]
    ds = dataset(ctx)
    data_name = "bulk data, quick" if ctx.quick else "ten-year data"
    data_desc = f"the bulk dataset ({ds.sellers} sellers, {ds.rides} rides)"
    from fieldride.store import open_store

    store = open_store(ds.folder)
    try:
        bulk_id = bulk_ride(store)
    finally:
        store.close()
    b = _measure(ds.folder, bulk_id, runs)
    figures += [
        Figure(
            "pdf.summary_render_long",
            f"Coaching summary PDF, warm render ({data_name}: 16 behaviours)",
            b["render_ms"],
            "ms",
            baseline=b["bare_top_ms"],
            baseline_name=f"minimal reportlab doc, {b['top']} flowables (top-level)",
            notes=f"{data_desc}, ride {bulk_id}; {b['pages']} page(s); {b['top']} top-level / "
            f"{b['nested']} nested flowables; a minimal doc of {b['nested']}: "
            f"{b['bare_nested_ms']:.1f} ms ({b['render_ms'] / b['bare_nested_ms']:.2f}x)",
            details=b,
        ),
        Figure(
            "pdf.summary_data_long",
            f"Coaching summary: gathering its data ({data_name})",
            b["data_ms"],
            "ms",
            notes=f"summary_data(store, ride) on {data_desc}",
        ),
    ]
    out_dir = ctx.work / "pdf"
    out_dir.mkdir(parents=True, exist_ok=True)
    from benchmarks.data import copy_of

    cmd_runs = ctx.reps(max(ctx.runs, 11), 1)
    compile_sources()  # an installed FieldRide runs from bytecode (see benchmarks/startup.py)
    if not SHARED_BARE_PDF.is_file():
        raise NotAvailableError(f"the shared reference {SHARED_BARE_PDF} is not there")
    # The command marks the ride shared: it works on the benchmark's own store or on a copy of
    # the ten-year data, never on the cached dataset.
    cli_data = copy_of(ds, ctx.work / "cli-data")
    paras = t["paragraphs"]
    font = ROOT / "resources" / "fonts" / "DejaVuSans.ttf"
    load_before = load_average()
    runs = paired_runs(
        {
            "typical": _command(typical_dir, typical_id, out_dir / "summary.pdf"),
            "long": _command(cli_data, bulk_id, out_dir / "summary-long.pdf"),
            "bare": [sys.executable, str(SHARED_BARE_PDF), str(out_dir / "bare.pdf"), str(paras), str(font)],
        },
        cmd_runs,
    )  # fmt: skip
    load_after = load_average()
    bare = [r.ms for r in runs["bare"]]
    bare_cpu = [r.cpu_ms for r in runs["bare"]]
    bare_name = f"../shared/bench/bare_pdf.py, {paras} paragraphs, one TrueType face"

    def command_figure(name: str, label: str, target: bool, note: str) -> Figure:
        app = [r.ms for r in runs[name]]
        cpu = [r.cpu_ms for r in runs[name]]
        spread = ratio_spread(app, bare)
        cpu_spread = ratio_spread(cpu, bare_cpu)
        value, base = median(app), median(bare)
        return Figure(
            f"pdf.summary_command{'' if name == 'typical' else '_long'}",
            label,
            value,
            "ms",
            baseline=base,
            baseline_name=bare_name,
            target="≤ 1.5x bare" if target else "",
            target_ok=(value <= 1.5 * base) if target else None,
            notes=f"{describe_spread(spread)}; CPU time {median(cpu):.0f} ms vs "
            f"{median(bare_cpu):.0f} ms, paired {cpu_spread['median']:.2f}x (IQR "
            f"{cpu_spread['q1']:.2f}-{cpu_spread['q3']:.2f}x); {note}; load average "
            f"{load_before} -> {load_after}",
            details={
                "app_ms": app,
                "bare_ms": bare,
                "app_cpu_ms": cpu,
                "bare_cpu_ms": bare_cpu,
                "spread": spread,
                "cpu_spread": cpu_spread,
                "paragraphs": paras,
                "load_average": [load_before, load_after],
            },
        )

    figures += [
        command_figure(
            "typical",
            "`fieldride report summary` as a whole process (typical ride)",
            True,
            "Python start, imports, store open, render, write",
        ),
        command_figure(
            "long",
            f"`fieldride report summary` as a whole process ({data_name})",
            False,
            f"{data_desc}; a two-page summary against the typical ride's paragraph count",
        ),
    ]
    return figures
