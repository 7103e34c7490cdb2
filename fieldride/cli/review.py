"""Review commands: ``export``, ``training add``, ``training list``, ``search``.

``export``, ``training list`` and ``search`` only read: they open the data file without the
whole-file check (``fieldride.cli.reading``). ``training add`` writes and keeps it.
"""

from __future__ import annotations

import argparse
from typing import Any

from fieldride.cli import CommandError, gettext, ngettext
from fieldride.cli.arguments import output_file, whole_number
from fieldride.cli.reading import reading_store

EXPORT_EPILOG = """\
CSV writes three files next to each other, named after --out: report.csv gives
report-rides.csv, report-observations.csv and report-commitments.csv (UTF-8, opens in any
spreadsheet). XLSX writes one workbook with a sheet per table. Files are readable by you only;
text that a spreadsheet would run as a formula is neutralised with a leading apostrophe.
Private notes are never exported."""


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help=gettext("export rides, observations and commitments to CSV or XLSX"),
        epilog=EXPORT_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--format", choices=["csv", "xlsx"], help=gettext("default: from the --out extension")
    )
    p.add_argument(
        "--out", type=output_file, required=True, metavar="FILE", help=gettext("file to write")
    )
    p.add_argument("--force", action="store_true", help=gettext("replace files that already exist"))
    p.add_argument("--since", metavar="YYYY-MM-DD", help=gettext("first ride date to include"))
    p.add_argument("--until", metavar="YYYY-MM-DD", help=gettext("last ride date to include"))
    p.add_argument(
        "--seller",
        action="append",
        metavar="ID",
        help=gettext("only this seller (id or exact name); repeat for several; default: all"),
    )
    p.set_defaults(func=cmd_export)

    t = sub.add_parser("training", help=gettext("record and list training events"))
    tsub = t.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    a = tsub.add_parser(
        "add", help=gettext("record a training: title, date, behaviours, attendees")
    )
    a.add_argument("--title", required=True)
    a.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    a.add_argument(
        "--behaviour",
        action="append",
        required=True,
        metavar="SCORECARD:KEY",
        help=gettext("a behaviour covered, as scorecard key and behaviour key; repeat for several"),
    )
    a.add_argument(
        "--seller",
        action="append",
        required=True,
        metavar="ID",
        help=gettext("an attendee (id or exact name); repeat for several"),
    )
    a.add_argument("--description", default="")
    a.set_defaults(func=cmd_training_add)
    ls = tsub.add_parser("list", help=gettext("list trainings, newest first"))
    ls.add_argument("--seller", metavar="ID", help=gettext("only trainings this seller attended"))
    ls.set_defaults(func=cmd_training_list)

    s = sub.add_parser(
        "search", help=gettext("full-text search over evidence, notes and commitments")
    )
    s.add_argument("text", help=gettext('words to find; "a phrase", word*, -word'))
    s.add_argument("--seller", metavar="ID", help=gettext("only this seller (id or exact name)"))
    s.add_argument(
        "--limit",
        type=whole_number(1, 10_000),
        default=50,
        help=gettext("most results shown, 1 to 10000"),
    )
    s.set_defaults(func=cmd_search)


def _seller_ids(store: Any, values: list[str] | None) -> list[int]:
    """Seller ids from ids or exact names (case-insensitive); CommandError names the unknown."""
    if not values:
        return []
    from fieldride.team import sellers

    known = sellers.list_sellers(store, include_archived=True)
    out = []
    for value in values:
        text = value.strip()
        match = [s for s in known if str(s.id) == text] or [
            s for s in known if s.name.casefold() == text.casefold()
        ]
        if not match:
            raise CommandError(gettext("No seller with id or name '{value}'.").format(value=value))
        if len(match) > 1:
            raise CommandError(
                gettext("Several sellers are called '{value}'; use the id instead.").format(
                    value=value
                )
            )
        out.append(match[0].id)
    return out


def cmd_export(args: argparse.Namespace) -> int:
    from fieldride.exports import export

    with reading_store(args.data_dir) as store:
        ids = _seller_ids(store, args.seller)
        written = export(
            store, args.out, args.format, args.since, args.until, ids or None, replace=args.force
        )
    for path in written:
        print(gettext("Wrote {path}").format(path=path))
    return 0


def _behaviours(values: list[str]) -> list[tuple[str, str]]:
    out = []
    for value in values:
        card, sep, key = value.partition(":")
        if not sep or not card.strip() or not key.strip():
            raise CommandError(
                gettext(
                    "--behaviour '{value}' is not SCORECARD:KEY (e.g. field-visit:discovery)."
                ).format(value=value)
            )
        out.append((card.strip(), key.strip()))
    return out


def cmd_training_add(args: argparse.Namespace) -> int:
    from fieldride.store import open_store
    from fieldride.team import training

    behaviours = _behaviours(args.behaviour)
    with open_store(args.data_dir) as store:
        ids = _seller_ids(store, args.seller)
        event = training.add_training(
            store, args.title, args.date, behaviours, ids, description=args.description
        )
    n_behaviours, n_attendees = len(event.behaviours), len(event.seller_ids)
    print(
        gettext("Recorded training {id} on {day}: {behaviours}, {attendees}.").format(
            id=event.id,
            day=event.held_on,
            behaviours=ngettext("{n} behaviour", "{n} behaviours", n_behaviours).format(
                n=n_behaviours
            ),
            attendees=ngettext("{n} attendee", "{n} attendees", n_attendees).format(n=n_attendees),
        )
    )
    return 0


def cmd_training_list(args: argparse.Namespace) -> int:
    from fieldride.team import sellers, training

    with reading_store(args.data_dir) as store:
        seller = _seller_ids(store, [args.seller] if args.seller else None)
        events = training.list_trainings(store, seller[0] if seller else None)
        names = {s.id: s.name for s in sellers.list_sellers(store, include_archived=True)}
    if not events:
        print(gettext("No trainings recorded."))
        return 0
    for e in events:
        print(f"{e.id:>4}  {e.held_on}  {e.title}")
        behaviours = ", ".join(f"{c}:{k}" for c, k in e.behaviours)
        attendees = ", ".join(names.get(s, str(s)) for s in e.seller_ids)
        print("      " + gettext("behaviours: {list}").format(list=behaviours))
        print("      " + gettext("attendees: {list}").format(list=attendees))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from fieldride.search import search

    with reading_store(args.data_dir) as store:
        seller = _seller_ids(store, [args.seller] if args.seller else None)
        results = search(
            store, args.text, seller_id=seller[0] if seller else None, limit=args.limit
        )
    if not results.hits:
        print(gettext("No matches."))
        return 0
    for h in results.hits:
        print(
            gettext("{date}  {seller}  ride {ride}  {where}").format(
                date=h.ride_date, seller=h.seller_name, ride=h.ride_id, where=h.where
            )
        )
        print(f"    {h.snippet_text}")
    if results.truncated:
        print(
            ngettext(
                "(showing the newest match only; narrow the search to see others)",
                "(showing the newest {hits}; narrow the search to see others)",
                len(results.hits),
            ).format(hits=len(results.hits))
        )
    return 0
