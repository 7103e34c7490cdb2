"""Bundle commands (sharing without a server, issue 21): ``bundle export``, ``bundle import``,
``bundle author``."""

from __future__ import annotations

import argparse
from typing import Any

from fieldride.cli import gettext
from fieldride.cli.arguments import output_file


def register(sub: Any) -> None:
    p = sub.add_parser(
        "bundle",
        help=gettext("share rides, sellers and scorecards as one file (no server needed)"),
        description=gettext(
            "Share rides, sellers and scorecards between laptops as one file. Private "
            "notes, drafts and backups never go into a bundle."
        ),
    )
    actions = p.add_subparsers(dest="bundle_action", metavar="ACTION", required=True)
    e = actions.add_parser("export", help=gettext("write a bundle file"))
    e.add_argument(
        "--since", metavar="DATE", help=gettext("only rides changed on or after DATE (YYYY-MM-DD)")
    )
    e.add_argument(
        "--out",
        metavar="FILE",
        type=output_file,
        required=True,
        help=gettext("bundle file to write"),
    )
    e.add_argument("--force", action="store_true", help=gettext("replace FILE if it exists"))
    e.set_defaults(func=cmd_export)
    i = actions.add_parser("import", help=gettext("merge a bundle file (checked whole first)"))
    i.add_argument("file", metavar="FILE", help=gettext("bundle file to merge"))
    i.add_argument(
        "--progress",
        action="store_true",
        help=gettext(
            "print progress as 'progress<TAB>what<TAB>done<TAB>total' lines (for the app)"
        ),
    )
    i.set_defaults(func=cmd_import)
    a = actions.add_parser(
        "author",
        help=gettext("show this data folder's author id, or adopt the one of your other machine"),
    )
    a.add_argument(
        "--adopt", metavar="ID", help=gettext("make ID this folder's author id (your rides follow)")
    )
    a.set_defaults(func=cmd_author)


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from fieldride.exchange import export_bundle
    from fieldride.store import open_store

    with open_store(args.data_dir) as store:
        summary = export_bundle(store, Path(args.out), args.since, replace=args.force)
    print(summary.describe())
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from fieldride.exchange import import_bundle
    from fieldride.store import open_store

    merging = gettext("Merging rides")  # the app shows it beside its progress bar

    def progress(done: int, total: int) -> None:
        if args.progress:
            print(f"progress\t{merging}\t{done}\t{total}", flush=True)

    with open_store(args.data_dir) as store:
        report = import_bundle(store, args.file, progress)
    print(gettext("Imported {file}. {report}").format(file=args.file, report=report.describe()))
    return 0


def cmd_author(args: argparse.Namespace) -> int:
    from fieldride.store import adopt_author_id, author_id, open_store

    with open_store(args.data_dir) as store:
        if args.adopt:
            adopt_author_id(store.db, args.adopt)
            print(
                gettext("This data folder now writes rides as author {db}.").format(
                    db=author_id(store.db)
                )
            )
        else:
            print(author_id(store.db))
    return 0
