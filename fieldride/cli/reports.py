"""Report commands: ``fieldride report summary|brief|scorecard|seller ... --out FILE.pdf``.

reportlab is imported inside the command (start-up speed). The PDF is written 0600 (personal
data) through a temporary file, so a failure never leaves half a file. ``report summary`` marks
the ride as shared, like producing it in the app.

Opening the data file: like every command that reads, report commands skip the whole-file
``quick_check`` and keep the checks that guard against a wrong or damaged file
(``fieldride.cli.reading``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldride.cli import CommandError, gettext
from fieldride.cli.arguments import MAX_ID, output_file, record_id, whole_number
from fieldride.cli.reading import reading_store


def register(sub: Any) -> None:
    report = sub.add_parser(
        "report",
        help=gettext("write a PDF: coaching summary, brief, scorecard, seller"),
        description=gettext(
            "Write a PDF document. Report commands open the data file with the quick "
            "checks only (header, schema, version; the full integrity check after an unclean "
            "shutdown), not the whole-file check: run 'fieldride check' for that."
        ),
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--out",
            type=output_file,
            required=True,
            metavar="FILE.pdf",
            help=gettext("where to write the PDF"),
        )
        p.add_argument(
            "--force", action="store_true", help=gettext("replace FILE.pdf if it already exists")
        )
        p.add_argument(
            "--page-size",
            choices=["a4", "letter"],
            help=gettext("paper size (default: the output setting, else from the system locale)"),
        )

    p = kinds.add_parser(
        "summary", help=gettext("the seller's coaching summary of a ride (marks it shared)")
    )
    p.add_argument("ride_id", type=record_id, metavar="RIDE_ID")
    common(p)
    p.set_defaults(func=cmd_summary)
    p = kinds.add_parser("brief", help=gettext("the manager's one-page brief before a ride"))
    p.add_argument("ride_id", type=record_id, metavar="RIDE_ID")
    common(p)
    p.set_defaults(func=cmd_brief)
    p = kinds.add_parser("scorecard", help=gettext("a blank scorecard for paper capture"))
    p.add_argument("key", metavar="KEY", help=gettext("the scorecard's key, e.g. field-visit"))
    p.add_argument(
        "--version",
        type=whole_number(1, MAX_ID),
        help=gettext("scorecard version (default: the latest)"),
    )
    p.add_argument(
        "--calls",
        type=whole_number(1, 6),
        default=4,
        help=gettext("call columns, 1 to 6 (default 4)"),
    )
    common(p)
    p.set_defaults(func=cmd_scorecard)
    p = kinds.add_parser("seller", help=gettext("a seller's development report over a period"))
    p.add_argument("seller_id", type=record_id, metavar="SELLER_ID")
    p.add_argument("--since", metavar="YYYY-MM-DD", help=gettext("first day of the period"))
    p.add_argument("--until", metavar="YYYY-MM-DD", help=gettext("last day of the period"))
    common(p)
    p.set_defaults(func=cmd_seller)


def _out(args: argparse.Namespace) -> Path:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CommandError(gettext("--out {out}: give a file name ending in .pdf.").format(out=out))
    if out.is_dir():
        raise CommandError(
            gettext("--out {out} is a folder; give a file name ending in .pdf.").format(out=out)
        )
    if not out.parent.exists():
        raise CommandError(
            gettext("--out {out}: the folder {folder} does not exist.").format(
                out=out, folder=out.parent
            )
        )
    from fieldride.paths import data_dir
    from fieldride.store import check_output_path

    check_output_path(out, data_dir(args.data_dir), replace=args.force)
    return out


def _write(out: Path, pdf: bytes) -> None:
    from fieldride.reports.layout import write_private

    try:
        write_private(out, pdf)
    except OSError as err:
        problem = err.strerror or err
        raise CommandError(
            gettext("Cannot write {out}: {problem}.").format(out=out, problem=problem)
        ) from err
    print(gettext("Wrote {path}").format(path=out))


def cmd_summary(args: argparse.Namespace) -> int:
    """Refuses a ride whose debrief is not finished before anything is written; warns (one
    line on stderr, exit 0) when the handout runs past one page."""
    import sys

    from fieldride.debriefs import mark_shared
    from fieldride.reports.data import render_options, require_shareable, summary_data
    from fieldride.reports.summary import over_one_page, summary_pdf

    out = _out(args)
    with reading_store(args.data_dir, records=True) as store:  # marks the ride shared
        data = summary_data(store, args.ride_id)
        require_shareable(store, args.ride_id)
        built = summary_pdf(data, render_options(store, args.page_size))
        _write(out, built.pdf)
        mark_shared(store, args.ride_id, detail="coaching summary PDF (command line)")
    if built.pages > 1:
        warning = gettext("Warning: {problem}").format(problem=over_one_page(data, built.pages))
        print(warning, file=sys.stderr)
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from fieldride.reports.brief import build_brief
    from fieldride.reports.data import brief_data, render_options

    out = _out(args)
    with reading_store(args.data_dir) as store:
        pdf = build_brief(brief_data(store, args.ride_id), render_options(store, args.page_size))
    _write(out, pdf)
    return 0


def cmd_scorecard(args: argparse.Namespace) -> int:
    from fieldride.reports.blank_scorecard import build_blank_scorecard
    from fieldride.reports.data import blank_scorecard_data, render_options

    out = _out(args)
    with reading_store(args.data_dir) as store:
        data = blank_scorecard_data(store, args.key, args.version, args.calls)
        pdf = build_blank_scorecard(data, render_options(store, args.page_size))
    _write(out, pdf)
    return 0


def cmd_seller(args: argparse.Namespace) -> int:
    from fieldride.reports.data import render_options, seller_report_data
    from fieldride.reports.seller_report import build_seller_report

    out = _out(args)
    with reading_store(args.data_dir) as store:
        data = seller_report_data(store, args.seller_id, args.since, args.until)
        pdf = build_seller_report(data, render_options(store, args.page_size))
    _write(out, pdf)
    return 0
