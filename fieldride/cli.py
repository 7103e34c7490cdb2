"""The ``fieldride`` command.

``fieldride`` with no command opens the app; ``fieldride <command>`` runs headless. Each area
registers its commands in ``fieldride/commands/<area>.py`` (a ``register(subparsers)`` function);
add a module to ``COMMAND_MODULES`` to add its commands. Command modules import heavy libraries
(reportlab, openpyxl) inside the command, never at import time: start-up stays fast.

Exit codes: 0 success, 1 the command failed (message on stderr), 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

from fieldride import __version__

COMMAND_MODULES = [
    "fieldride.commands.store",
    "fieldride.commands.backup",
    "fieldride.commands.reports",
    "fieldride.commands.review",
    "fieldride.commands.scorecards",
]


class CommandError(Exception):
    """A command failed for a reason the user can act on; printed without a traceback."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldride",
        description="FieldRide: offline field coaching. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"FieldRide {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder holding the FieldRide data (default: FIELDRIDE_HOME, else the user data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run a short end-to-end check in a temporary folder and exit (0 = passed)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


OpenApp = Callable[[str | None, list[str]], int]


def main(argv: Sequence[str] | None = None, open_app: OpenApp | None = None) -> int:
    """Run a command, or with no command call ``open_app(data_dir, qt_args)``.

    The core never imports the UI: the ``fieldride`` entry point (``ui.launch:main``) passes
    ``open_app``; ``python -m fieldride`` without a command prints the help instead.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args, rest = parser.parse_known_args(args_list)
    if args.command is None:
        if args.self_test:
            from fieldride.selftest import run_self_test

            return int(run_self_test())
        if open_app is None:
            parser.print_help()
            return 2
        # Unknown options are passed on to Qt (e.g. -platform offscreen).
        return open_app(args.data_dir, rest)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    try:
        result: int = args.func(args)
        return result
    except CommandError as err:
        print(f"fieldride: {err}", file=sys.stderr)
        return 1
    except Exception as err:  # every domain/store error has a user-facing message
        from fieldride.db import StoreError
        from fieldride.records import DomainError

        if isinstance(err, StoreError | DomainError | OSError):
            print(f"fieldride: {err}", file=sys.stderr)
            return 1
        raise
