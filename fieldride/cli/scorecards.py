"""Scorecard commands: ``fieldride scorecard import | export | list | validate``.

``validate FILE`` needs no data folder: it prints every problem and exits 1, or prints a short
summary and exits 0. ``import FILE`` stores the file (new scorecard, new version or unchanged)
in one transaction; a refused file prints every problem, changes nothing and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fieldride.cli import CommandError, gettext, ngettext
from fieldride.cli.arguments import MAX_ID, output_file, whole_number
from fieldride.cli.reading import reading_store


def register(sub: Any) -> None:
    p = sub.add_parser("scorecard", help=gettext("import, export, list and check scorecard files"))
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser(
        "import", help=gettext("import a scorecard file (YAML, JSON, CSV, XLSX)")
    )
    a.add_argument("file", metavar="FILE")
    a.add_argument(
        "--dry-run",
        action="store_true",
        help=gettext(
            "say what the import would do (new version, which behaviours keep their trends) "
            "and write nothing"
        ),
    )
    a.set_defaults(func=cmd_import)
    a = actions.add_parser("export", help=gettext("write a scorecard to a YAML, JSON or XLSX file"))
    a.add_argument(
        "key", metavar="KEY", help=gettext("the scorecard key (see 'fieldride scorecard list')")
    )
    a.add_argument(
        "--format", choices=["yaml", "json", "xlsx"], help=gettext("default: from --out")
    )
    a.add_argument(
        "--out", type=output_file, required=True, metavar="FILE", help=gettext("file to write")
    )
    a.add_argument(
        "--force", action="store_true", help=gettext("replace FILE if it already exists")
    )
    a.add_argument(
        "--version",
        type=whole_number(1, MAX_ID),
        metavar="N",
        help=gettext("version number (default: latest)"),
    )
    a.set_defaults(func=cmd_export)
    a = actions.add_parser("list", help=gettext("list the scorecards in the data folder"))
    a.add_argument("--all", action="store_true", help=gettext("include archived scorecards"))
    a.set_defaults(func=cmd_list)
    a = actions.add_parser("template", help=gettext("write a scorecard template (CSV or XLSX)"))
    a.add_argument(
        "--out", type=output_file, required=True, metavar="FILE", help=gettext("file to write")
    )
    a.add_argument(
        "--format", choices=["csv", "xlsx"], help=gettext("default: from --out, else xlsx")
    )
    a.add_argument(
        "--force", action="store_true", help=gettext("replace FILE if it already exists")
    )
    a.set_defaults(func=cmd_template)
    a = actions.add_parser(
        "validate", help=gettext("check a scorecard file and print every problem")
    )
    a.add_argument("file", metavar="FILE")
    a.set_defaults(func=cmd_validate)


def _open(data_dir: str | None) -> Any:
    """Open the store with the bundled scorecards installed (as the app does on first run)."""
    from fieldride.scorecards.defaults import install_defaults
    from fieldride.store import open_store

    store = open_store(data_dir)
    try:
        install_defaults(store)
    except BaseException:
        store.close()
        raise
    return store


@contextmanager
def _reading(data_dir: str | None) -> Iterator[Any]:
    """The store for ``list`` and ``export``, opened without the whole-file check
    (``fieldride.cli.reading``). The bundled scorecards are installed only into a file that
    needs no check (a new one): never written into a file whose check was skipped (the app
    installs them after its background check, ``import`` after the full one)."""
    from fieldride.scorecards.defaults import install_defaults

    with reading_store(data_dir) as store:
        if not store.check_pending:
            install_defaults(store)
        yield store


def _print_problems(err: Exception) -> None:
    from fieldride.tabular import ImportFileError

    if isinstance(err, ImportFileError):
        print(err.report(), file=sys.stderr)
    else:
        print(f"fieldride: {err}", file=sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    from fieldride.scorecards.file_errors import ScorecardFileError
    from fieldride.scorecards.loaders import read_scorecard_file

    try:
        loaded = read_scorecard_file(args.file)
    except ScorecardFileError as err:
        _print_problems(err)
        return 1
    card = loaded.card
    n = len(card.behaviours())
    sections = len(card.sections)
    print(
        gettext(
            "{file}: OK. '{name}' ({key}): {sections}, {behaviours}, scale {low}-{high}."
        ).format(
            file=args.file,
            name=card.name,
            key=card.key,
            sections=ngettext("{n} section", "{n} sections", sections).format(n=sections),
            behaviours=ngettext("{n} behaviour", "{n} behaviours", n).format(n=n),
            low=card.scale[0].value,
            high=card.scale[-1].value,
        )
    )
    for note in loaded.notes:
        print(f"  {note}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Read the file, say what importing it means for the trends, then store it (one
    transaction) unless ``--dry-run``."""
    from pathlib import Path

    from fieldride.scorecards.file_errors import ScorecardFileError
    from fieldride.scorecards.import_plan import plan_scorecard_import
    from fieldride.scorecards.loaders import read_scorecard_file
    from fieldride.scorecards.store import save_scorecard_reporting

    try:
        loaded = read_scorecard_file(args.file)
    except ScorecardFileError as err:
        _print_problems(err)
        return 1
    for note in loaded.notes:
        print(note)
    with _open(args.data_dir) as store:
        plan = plan_scorecard_import(store, loaded.card)
        if plan.renamed_from:
            print(
                gettext(
                    "The file has no key; its name matches the stored scorecard '{name}' ({key}), so it is read as a new version of it."
                ).format(name=plan.card.name, key=plan.card.key)
            )
        if plan.consequences():
            print(plan.consequences())
        if args.dry_run:
            print(_would(plan))
            return 0
        result = save_scorecard_reporting(store, plan.card, source=Path(args.file).name)
    print(result.describe())
    return 0


def _would(plan: Any) -> str:
    card = plan.card
    if plan.previous is None:
        return f"Dry run: would add the new scorecard '{card.name}' ({card.key}). Nothing written."
    if plan.unchanged:
        return f"Dry run: '{card.name}' ({card.key}) is unchanged. Nothing written."
    return (
        f"Dry run: would add version {plan.previous.version + 1} of '{card.name}' ({card.key}). "
        "Nothing written."
    )


def cmd_template(args: argparse.Namespace) -> int:
    from fieldride.paths import data_dir
    from fieldride.scorecards.templates import write_scorecard_template
    from fieldride.store import check_output_path

    out = Path(args.out)
    fmt = args.format or (
        out.suffix.lower().lstrip(".") if out.suffix.lower() == ".csv" else "xlsx"
    )
    if out.suffix.lower() != f".{fmt}":
        out = out.with_name(out.name + f".{fmt}")
    check_output_path(out, data_dir(args.data_dir), replace=args.force)
    write_scorecard_template(out, fmt)
    print(gettext("Wrote a scorecard template to {out}").format(out=out))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from fieldride.scorecards.export import export_scorecard
    from fieldride.scorecards.store import versions_of

    with _reading(args.data_dir) as store:
        versions = versions_of(store, args.key)
    if not versions:
        raise CommandError(
            gettext("No scorecard with key '{key}'. See 'fieldride scorecard list'.").format(
                key=args.key
            )
        )
    if args.version is None:
        version = versions[0]
    else:
        found = [v for v in versions if v.version == args.version]
        if not found:
            have = ", ".join(str(v.version) for v in reversed(versions))
            raise CommandError(
                gettext("'{key}' has no version {version} (versions: {have}).").format(
                    key=args.key, version=args.version, have=have
                )
            )
        version = found[0]
    fmt = args.format
    if fmt is None and not args.out.lower().endswith((".yaml", ".yml", ".json", ".xlsx")):
        raise CommandError(
            gettext("Give --format yaml|json|xlsx or an --out file ending in one of them.")
        )
    comment = f"{version.name}, version {version.version}, exported from FieldRide"
    from fieldride.paths import data_dir
    from fieldride.store import check_output_path

    check_output_path(Path(args.out), data_dir(args.data_dir), replace=args.force)
    try:
        path = export_scorecard(version.card, args.out, fmt, comment=comment)
    except ValueError as err:
        raise CommandError(str(err)) from err
    print(
        gettext("Wrote '{name}' version {version} to {path}").format(
            name=version.name, version=version.version, path=path
        )
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from fieldride.scorecards.store import list_latest

    with _reading(args.data_dir) as store:
        versions = list_latest(store, include_archived=args.all)
    if not versions:
        print(gettext("No scorecards."))
        return 0
    key, version, behaviours, name = (
        gettext("KEY"),
        gettext("VERSION"),
        gettext("BEHAVIOURS"),
        gettext("NAME"),
    )
    width = max(len(key), *(len(v.key) for v in versions))
    archived = gettext("(archived)")
    print(f"{key:<{width}}  {version}  {behaviours}  {name}")
    for v in versions:
        flag = f"  {archived}" if v.archived else ""
        print(
            f"{v.key:<{width}}  {v.version:>{len(version)}}  "
            f"{len(v.card.behaviours()):>{len(behaviours)}}  {v.name}{flag}"
        )
    return 0
