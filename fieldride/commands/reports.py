"""Report commands: ``fieldride report summary|brief|scorecard|seller ... --out FILE.pdf``.

reportlab is imported inside the command (start-up speed). The PDF is written 0600 (personal
data) through a temporary file, so a failure never leaves half a file. ``report summary`` marks
the ride as shared, like producing it in the app.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from fieldride.cli import CommandError


def register(sub: Any) -> None:
    report = sub.add_parser(
        "report", help="write a PDF: coaching summary, brief, scorecard, seller"
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
        p.add_argument(
            "--page-size",
            choices=["a4", "letter"],
            help="paper size (default: the output setting, else from the system locale)",
        )

    p = kinds.add_parser(
        "summary", help="the seller's coaching summary of a ride (marks it shared)"
    )
    p.add_argument("ride_id", type=int, metavar="RIDE_ID")
    common(p)
    p.set_defaults(func=cmd_summary)
    p = kinds.add_parser("brief", help="the manager's one-page brief before a ride")
    p.add_argument("ride_id", type=int, metavar="RIDE_ID")
    common(p)
    p.set_defaults(func=cmd_brief)
    p = kinds.add_parser("scorecard", help="a blank scorecard for paper capture")
    p.add_argument("key", metavar="KEY", help="the scorecard's key, e.g. field-visit")
    p.add_argument("--version", type=int, help="scorecard version (default: the latest)")
    p.add_argument("--calls", type=int, default=4, help="call columns, 1 to 6 (default 4)")
    common(p)
    p.set_defaults(func=cmd_scorecard)
    p = kinds.add_parser("seller", help="a seller's development report over a period")
    p.add_argument("seller_id", type=int, metavar="SELLER_ID")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="first day of the period")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="last day of the period")
    common(p)
    p.set_defaults(func=cmd_seller)


def _out(args: argparse.Namespace) -> Path:
    out = Path(args.out)
    if out.suffix.lower() != ".pdf":
        raise CommandError(f"--out {out}: give a file name ending in .pdf.")
    if out.is_dir():
        raise CommandError(f"--out {out} is a folder; give a file name ending in .pdf.")
    if not out.parent.exists():
        raise CommandError(f"--out {out}: the folder {out.parent} does not exist.")
    return out


def _write(out: Path, pdf: bytes) -> None:
    from fieldride.reports.layout import write_private

    try:
        write_private(out, pdf)
    except OSError as err:
        raise CommandError(f"Cannot write {out}: {err.strerror or err}.") from err
    print(f"Wrote {out}")


def cmd_summary(args: argparse.Namespace) -> int:
    from fieldride.db import open_store
    from fieldride.debriefs import mark_shared
    from fieldride.reports.data import render_options, summary_data
    from fieldride.reports.summary import build_summary

    out = _out(args)
    with open_store(args.data_dir) as store:
        pdf = build_summary(
            summary_data(store, args.ride_id), render_options(store, args.page_size)
        )
        _write(out, pdf)
        mark_shared(store, args.ride_id, detail="coaching summary PDF (command line)")
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    from fieldride.db import open_store
    from fieldride.reports.brief import build_brief
    from fieldride.reports.data import brief_data, render_options

    out = _out(args)
    with open_store(args.data_dir) as store:
        pdf = build_brief(brief_data(store, args.ride_id), render_options(store, args.page_size))
    _write(out, pdf)
    return 0


def cmd_scorecard(args: argparse.Namespace) -> int:
    from fieldride.db import open_store
    from fieldride.reports.blank_scorecard import build_blank_scorecard
    from fieldride.reports.data import blank_scorecard_data, render_options

    out = _out(args)
    with open_store(args.data_dir) as store:
        data = blank_scorecard_data(store, args.key, args.version, args.calls)
        pdf = build_blank_scorecard(data, render_options(store, args.page_size))
    _write(out, pdf)
    return 0


def cmd_seller(args: argparse.Namespace) -> int:
    from fieldride.db import open_store
    from fieldride.reports.data import render_options, seller_report_data
    from fieldride.reports.seller_report import build_seller_report

    out = _out(args)
    with open_store(args.data_dir) as store:
        data = seller_report_data(store, args.seller_id, args.since, args.until)
        pdf = build_seller_report(data, render_options(store, args.page_size))
    _write(out, pdf)
    return 0
