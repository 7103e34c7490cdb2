"""Store commands: ``demo``, ``check``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldride.cli import CommandError, gettext, ngettext
from fieldride.cli.arguments import whole_number
from fieldride.i18n import N_


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

        sellers_word = gettext("Sellers")  # the app shows it beside its progress bar

        def progress(done: int, total: int) -> None:
            if args.progress:
                print(f"progress\t{sellers_word}\t{done}\t{total}", flush=True)

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


# The labels of the check's report, in the order shown; the values start in one column, after
# the longest label in the user's language (computed from the translated text: "Schemaversion:",
# "Versión del esquema:")
LABELS = {
    "file": N_("Data file:"),
    "integrity": N_("Integrity:"),
    "schema": N_("Schema version:"),
    "journal_mode": N_("Journal mode:"),
    "journal": N_("Journal:"),
    "warning": N_("WARNING:"),
    "damaged": N_("DAMAGED:"),
    "backups": N_("Backups:"),
    "open_in": N_("Also open in:"),
}


class Report:
    """Aligned ``label value`` lines: the value column is one space after the longest
    translated label (at least the 16 columns the English report always had)."""

    def __init__(self) -> None:
        self.labels = {key: gettext(text) for key, text in LABELS.items()}
        self.width = max(16, *(len(label) + 1 for label in self.labels.values()))

    def line(self, key: str, value: str) -> None:
        print(f"{self.labels[key]:<{self.width}}{value}")

    def more(self, value: str) -> None:
        """A further line of the value above, in the value column."""
        print(f"{'':<{self.width}}{value}")


def cmd_check(args: argparse.Namespace) -> int:
    """Read-only: the findings come from a private copy (see fieldride.store.inspection)."""
    from fieldride.paths import data_dir
    from fieldride.store import inspect_store

    folder = data_dir(args.data_dir)
    report = inspect_store(folder, COUNTED)
    findings = report.findings
    out = Report()
    out.line("file", str(report.path))
    out.line("integrity", gettext("ok") if findings == ["ok"] else "; ".join(findings))
    out.line("schema", str(report.schema))
    out.line("journal_mode", str(report.journal_mode))
    frames = report.journal
    if frames.current:
        out.line(
            "journal",
            ngettext(
                "{count} frame, {recovered} recoverable",
                "{count} frames, {recovered} recoverable",
                frames.current,
            ).format(count=frames.current, recovered=frames.recovered),
        )
    if frames.unrecovered:
        out.line(
            "warning",
            ngettext(
                "the journal holds {count} frame SQLite cannot recover (damaged, or an "
                "unfinished write): edits in it may be lost. Nothing was changed; keep the "
                "folder as it is; 'fieldride repair' keeps a copy of it, recovers what reads and "
                "lists what is lost.",
                "the journal holds {count} frames SQLite cannot recover (damaged, or an "
                "unfinished write): edits in them may be lost. Nothing was changed; keep the "
                "folder as it is; 'fieldride repair' keeps a copy of it, recovers what reads and "
                "lists what is lost.",
                frames.unrecovered,
            ).format(count=frames.unrecovered),
        )
    if report.changed:
        out.line(
            "damaged",
            ngettext(
                "{count} acknowledged ride no longer matches the checksum taken when the seller "
                "acknowledged it (a byte changed on disk; SQLite's own check cannot see it):",
                "{count} acknowledged rides no longer match the checksum taken when the seller "
                "acknowledged them (a byte changed on disk; SQLite's own check cannot see it):",
                len(report.changed),
            ).format(count=len(report.changed)),
        )
        for ride in report.changed:
            print(
                "  "
                + gettext("ride {ride}: {date}, {seller}").format(
                    ride=ride.ride_id, date=ride.ride_date, seller=ride.seller
                )
            )
        out.more(
            gettext(
                "Backups of this file are refused. 'fieldride backups' lists the older ones; "
                "'fieldride repair' takes each damaged ride back from the newest backup that "
                "holds it intact and keeps everything else."
            )
        )
    _print_safety(folder, report.open_in, out)
    print(gettext("Rows:"))
    for table, n in report.rows.items():
        print(f"  {table:<26}{n:>8}")
    print(gettext("Nothing was changed: the check ran on a private copy."))
    return 0 if report.ok else 1


def _print_safety(folder: Path, open_in: list[int], out: Report) -> None:
    """Backups, other processes and a risky placement (cloud sync, network share)."""
    from fieldride.store import check_placement, list_backups

    backups = list_backups(folder) if folder.is_dir() else []
    if backups:
        newest = backups[0].taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        out.line(
            "backups",
            gettext("{count} (newest: {newest})").format(count=len(backups), newest=newest),
        )
    else:
        out.line("backups", gettext("none"))
    if open_in:
        out.line(
            "open_in",
            ngettext("process {pids}", "processes {pids}", len(open_in)).format(
                pids=", ".join(map(str, open_in))
            ),
        )
    warning = check_placement(folder)
    if warning is not None:
        out.line("warning", warning.message)
