"""Store commands: ``demo``, ``check``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldride.cli import CommandError, gettext
from fieldride.cli.arguments import whole_number


def register(sub: Any) -> None:
    p = sub.add_parser("demo", help=gettext("fill an empty data folder with a realistic demo team"))
    p.add_argument(
        "--seed",
        type=whole_number(0, 2**32 - 1),
        default=7,
        help=gettext("random seed (same seed, same data)"),
    )
    p.add_argument(
        "--months",
        type=whole_number(1, 240),
        default=9,
        help=gettext("months of history to generate"),
    )
    p.add_argument(
        "--force", action="store_true", help=gettext("add demo data even if sellers exist")
    )
    p.add_argument(
        "--progress",
        action="store_true",
        help=gettext(
            "print progress as 'progress<TAB>what<TAB>done<TAB>total' lines (for the app)"
        ),
    )
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser(
        "check", help=gettext("check the data file: integrity, schema version, row counts")
    )
    p.set_defaults(func=cmd_check)


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldride.demo import build_demo
    from fieldride.store import open_store

    with open_store(args.data_dir) as store:
        if store.db.execute("SELECT count(*) FROM sellers").fetchone()[0] and not args.force:
            raise CommandError(
                gettext(
                    "{path} already has sellers; use an empty --data-dir or pass --force."
                ).format(path=store.path)
            )

        def progress(done: int, total: int) -> None:
            if args.progress:
                print(f"progress\tSellers\t{done}\t{total}", flush=True)

        summary = build_demo(store, seed=args.seed, months=args.months, progress=progress)
    print(gettext("Demo data written to {path}").format(path=store.path))
    for key, value in summary.items():
        print(f"  {key}: {value}")
    return 0


COUNTED = [
    "sellers",
    "scorecards",
    "scorecard_versions",
    "behaviours",
    "rides",
    "calls",
    "observations",
    "quick_notes",
    "debriefs",
    "commitments",
    "commitment_verifications",
    "acknowledgements",
    "training_events",
]


def cmd_check(args: argparse.Namespace) -> int:
    """Read-only: the findings come from a private copy (see fieldride.store.inspection)."""
    from fieldride.paths import data_dir
    from fieldride.store import inspect_store

    folder = data_dir(args.data_dir)
    report = inspect_store(folder, COUNTED)
    findings = report.findings
    print(f"Data file:      {report.path}")
    print(f"Integrity:      {'ok' if findings == ['ok'] else '; '.join(findings)}")
    print(f"Schema version: {report.schema}")
    print(f"Journal mode:   {report.journal_mode}")
    frames = report.journal
    if frames.current:
        print(f"Journal:        {frames.current} frames, {frames.recovered} recoverable")
    if frames.unrecovered:
        print(
            f"WARNING:        the journal holds {frames.unrecovered} frames SQLite cannot recover "
            "(damaged, or an unfinished write): edits in them may be lost. Nothing was changed; "
            "keep the folder as it is; 'fieldride repair' keeps a copy of it, recovers what "
            "reads and lists what is lost."
        )
    if report.changed:
        print(
            f"DAMAGED:        {len(report.changed)} acknowledged rides no longer match the "
            "checksum taken when the seller acknowledged them (a byte changed on disk; SQLite's "
            "own check cannot see it):"
        )
        for ride in report.changed:
            print(f"  ride {ride.ride_id}: {ride.ride_date}, {ride.seller}")
        print(
            "                Backups of this file are refused. 'fieldride backups' lists the "
            "older ones; 'fieldride repair' takes each damaged ride back from the newest backup "
            "that holds it intact and keeps everything else."
        )
    _print_safety(folder, report.open_in)
    print("Rows:")
    for table, n in report.rows.items():
        print(f"  {table:<26}{n:>8}")
    print(gettext("Nothing was changed: the check ran on a private copy."))
    return 0 if report.ok else 1


def _print_safety(folder: Path, open_in: list[int]) -> None:
    """Backups, other processes and a risky placement (cloud sync, network share)."""
    from fieldride.store import check_placement, list_backups

    backups = list_backups(folder) if folder.is_dir() else []
    newest = backups[0].taken_at.astimezone().strftime("%Y-%m-%d %H:%M") if backups else "none"
    print(f"Backups:        {len(backups)} (newest: {newest})")
    if open_in:
        print(f"Also open in:   process {', '.join(map(str, open_in))}")
    warning = check_placement(folder)
    if warning is not None:
        print(f"WARNING:        {warning.message}")
