"""Roster commands: ``fieldride roster import FILE [--dry-run]`` and ``fieldride roster template
--out FILE``; plus ``fieldride scorecard template`` lives with the scorecard commands.

``import`` prints the plan first, person by person (new, updated, restored, unchanged, possible
duplicate), the columns it leaves out and how the file was read (which sheet, joined name
columns), then writes it in one transaction; with ``--dry-run`` it writes nothing. A refused
file prints every problem (sheet, row, cell, heading, what is wrong, what would be right),
changes nothing and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldride.cli import gettext
from fieldride.cli.arguments import output_file
from fieldride.i18n import N_

# What happens to a person, as the plan says it (translated where printed).
ACTION_WORDS = {
    "added": N_("new"),
    "updated": N_("update"),
    "restored": N_("restore"),
    "unchanged": N_("no change"),
}
# One whole line per shape: keys (with the fields that change, a possible duplicate).
PLAN_LINES = {
    (False, False): N_("row {rows}: {name}: {action}"),
    (True, False): N_("row {rows}: {name}: {action} ({fields})"),
    (False, True): N_("row {rows}: {name}: {action}  POSSIBLE DUPLICATE: {note}"),
    (True, True): N_("row {rows}: {name}: {action} ({fields})  POSSIBLE DUPLICATE: {note}"),
}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "roster", help=gettext("import a seller roster (CSV/XLSX) or save a template")
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "import", help=gettext("show who is new, updated or a duplicate, then import")
    )
    a.add_argument("file", metavar="FILE")
    a.add_argument(
        "--dry-run", action="store_true", help=gettext("show the plan and write nothing")
    )
    a.add_argument(
        "--progress",
        action="store_true",
        help=gettext(
            "print progress as 'progress<TAB>what<TAB>done<TAB>total' lines (for the app)"
        ),
    )
    a.add_argument(
        "--expect",
        metavar="DIGEST",
        default="",
        help=gettext("write only if the plan is still the one the app previewed (for the app)"),
    )
    a.set_defaults(func=cmd_import)
    a = actions.add_parser("template", help=gettext("write a roster template (CSV) to start from"))
    a.add_argument(
        "--out", type=output_file, required=True, metavar="FILE", help=gettext("file to write")
    )
    a.add_argument(
        "--force", action="store_true", help=gettext("replace FILE if it already exists")
    )
    a.set_defaults(func=cmd_template)


def plan_lines(preview: Any) -> list[str]:
    """The plan as lines for a terminal: one per person, then notes and ignored columns."""
    from fieldride.team import field_labels

    lines = []
    for change in preview.changes:
        rows = ", ".join(str(n) for n in change.rows) or str(change.row)
        action = ACTION_WORDS.get(change.action)
        line = gettext(PLAN_LINES[(bool(change.fields), bool(change.note))]).format(
            rows=rows,
            name=change.name,
            action=gettext(action) if action else change.action,
            fields=field_labels(change.fields),
            note=change.note,
        )
        lines.append(f"  {line}")
    lines += [f"  {note}" for note in preview.notes]
    if preview.ignored_columns:
        columns = ", ".join(preview.ignored_columns)
        lines.append("  " + gettext("Columns left out: {columns}.").format(columns=columns))
    return lines


# exit status of ``roster import`` when the storage refused the write (disk full, read-only,
# locked, I/O error: ``fieldride.store.classify``); the app then keeps the write in its queue
STORAGE_REFUSED = 75


def cmd_import(args: argparse.Namespace) -> int:
    from fieldride.store import classify

    try:
        return _import(args)
    except Exception as err:
        kind = classify(err) or (classify(err.__cause__) if err.__cause__ else None)
        if kind is None:
            raise
        print(f"fieldride: {err}", file=sys.stderr)
        return STORAGE_REFUSED


def _import(args: argparse.Namespace) -> int:
    from fieldride.errors import DomainError
    from fieldride.store import open_store
    from fieldride.team import RosterFileError, apply_roster_plan, plan_fingerprint, plan_roster

    sellers_word = gettext("Sellers")  # the app shows it beside its progress bar

    def progress(done: int, total: int) -> None:
        if args.progress:
            print(f"progress\t{sellers_word}\t{done}\t{total}", flush=True)

    with open_store(args.data_dir) as store:
        try:
            plan = plan_roster(store, args.file)
        except RosterFileError as err:
            print(err.report(), file=sys.stderr)
            return 1
        print(
            gettext("{file} ({source}):").format(
                file=Path(args.file).name, source=plan.preview.source
            )
        )
        print("\n".join(plan_lines(plan.preview)))
        if args.dry_run:
            print(
                gettext("Dry run: {summary} Nothing written.").format(
                    summary=plan.preview.summary()
                )
            )
            return 0
        if args.expect and plan_fingerprint(plan) != args.expect:
            raise DomainError(
                gettext(
                    "The roster file or the sellers changed since the preview; nothing was "
                    "imported. Import the file again to see what it would do now."
                )
            )
        result = apply_roster_plan(store, plan, progress)
    print(gettext("Imported: {summary}").format(summary=result.summary()))
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from fieldride.paths import data_dir
    from fieldride.store import check_output_path
    from fieldride.team import write_roster_template

    out = Path(args.out)
    if out.suffix.lower() != ".csv":
        out = out.with_name(out.name + ".csv")
    check_output_path(out, data_dir(args.data_dir), replace=args.force)
    write_roster_template(out)
    print(gettext("Wrote a roster template to {out}").format(out=out))
    return 0
