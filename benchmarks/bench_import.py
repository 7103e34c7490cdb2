"""Imports: a 200-behaviour XLSX scorecard and a 500-seller roster, through the real importers.

- scorecard: an XLSX written by the app's own exporter (``scorecards.export.to_xlsx_bytes``, the
  format people fill in), then ``load_scorecard`` (read, validate) + ``save_scorecard`` into a
  store, as an import from the Scorecards screen does.
- roster: an XLSX of 500 sellers (name, team, territory, email) imported by
  ``roster.import_roster`` into an empty store (one transaction).

Each is timed end to end (file → rows committed), median of several runs on fresh stores. No
target is set by the issue: the figure is there to show where the seconds go.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Context, Figure, NotAvailableError, median

SCORECARD_BEHAVIOURS = 200
ROSTER_SELLERS = 500


def _card(behaviours: int) -> Any:
    from fieldride.scorecards.model import Behaviour, Level, Scorecard, Section

    per = 20
    return Scorecard(
        key="bench-200",
        name=f"Benchmark scorecard ({behaviours} behaviours)",
        scale=(
            Level(1, "Not yet", "Did not show."),
            Level(2, "Developing", "Partly there."),
            Level(3, "Proficient", "Our standard."),
            Level(4, "Role model", "Others should watch it."),
        ),
        sections=tuple(
            Section(
                f"Section {s + 1}",
                tuple(
                    Behaviour(
                        f"s{s + 1}-b{i + 1}",
                        f"Behaviour {s * per + i + 1} of section {s + 1}",
                        good="The seller does this on every call, without a prompt.",
                        look_fors=("Says it in the customer's words", "Checks it was understood"),
                        questions=("What made you choose that moment?",),
                        weight=1.0,
                    )
                    for i in range(min(per, behaviours - s * per))
                ),
            )
            for s in range((behaviours + per - 1) // per)
        ),
    )


def _fresh_store(folder: Path) -> Any:
    from fieldride.store import open_store

    shutil.rmtree(folder, ignore_errors=True)
    return open_store(folder)


def run(ctx: Context) -> list[Figure]:
    try:
        from fieldride.scorecards.export import to_xlsx_bytes
        from fieldride.scorecards.loaders import load_scorecard
        from fieldride.scorecards.store import save_scorecard
        from fieldride.team import import_roster
    except ImportError as err:
        raise NotAvailableError(f"an importer is not in this build ({err})") from None
    import openpyxl

    runs = ctx.reps(5, 1)
    folder = ctx.work / "imports"
    folder.mkdir(parents=True, exist_ok=True)
    behaviours = 20 if ctx.quick else SCORECARD_BEHAVIOURS
    sellers = 20 if ctx.quick else ROSTER_SELLERS

    xlsx = folder / "scorecard-200.xlsx"
    xlsx.write_bytes(to_xlsx_bytes(_card(behaviours)))
    card_samples = []
    for i in range(runs + 1):
        store = _fresh_store(folder / f"card-store-{i}")
        try:
            t0 = time.perf_counter()
            card = load_scorecard(xlsx)
            save_scorecard(store, card, source=str(xlsx))
            card_samples.append((time.perf_counter() - t0) * 1000)
            count = sum(len(s.behaviours) for s in card.sections)
            if count != behaviours:
                raise RuntimeError(f"imported {count} behaviours, wrote {behaviours}")
        finally:
            store.close()

    roster = folder / "roster-500.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Team", "Territory", "Email"])
    for i in range(sellers):
        sheet.append(
            [
                f"Seller {i + 1:03d} Example",
                f"Team {i % 12 + 1}",
                f"Area {i % 40 + 1}",
                f"seller{i + 1:03d}@example.com",
            ]
        )
    book.save(roster)
    roster_samples = []
    for i in range(runs + 1):
        store = _fresh_store(folder / f"roster-store-{i}")
        try:
            t0 = time.perf_counter()
            import_roster(store, roster)
            roster_samples.append((time.perf_counter() - t0) * 1000)
            n = store.db.execute("SELECT count(*) FROM sellers").fetchone()[0]
            if n != sellers:
                raise RuntimeError(f"roster import wrote {n} sellers, expected {sellers}")
        finally:
            store.close()
    for i in range(runs + 1):
        shutil.rmtree(folder / f"card-store-{i}", ignore_errors=True)
        shutil.rmtree(folder / f"roster-store-{i}", ignore_errors=True)
    return [
        Figure(
            "import.scorecard_xlsx",
            f"Import a {behaviours}-behaviour XLSX scorecard (read, validate, save)",
            median(card_samples[1:]),
            "ms",
            notes=f"{xlsx.stat().st_size // 1024} kB file; median of {runs} after a warm-up",
        ),
        Figure(
            "import.roster_xlsx",
            f"Import a {sellers}-seller XLSX roster",
            median(roster_samples[1:]),
            "ms",
            notes=f"median of {runs} after a warm-up, fresh store each time",
        ),
    ]
