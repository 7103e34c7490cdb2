"""The ``fieldride`` command.

``fieldride`` with no command opens the app; ``fieldride <command>`` runs headless. Each area
registers its commands in ``fieldride/cli/<area>.py`` (a ``register(subparsers)`` function); this
module is the parser and ``main``, and imports no command module at import time.
To add commands: add the module to ``COMMAND_MODULES`` and each command's name and one-line help
to ``COMMANDS`` (``tests/core/test_cli.py`` checks that the two agree with what the modules
register). Command modules import heavy libraries (reportlab, openpyxl) inside the command, never
at import time.

Start-up: ``main`` first parses with a cheap parser that knows only the command names and their
one-line help (enough for ``fieldride --help``, unknown commands and the app's launch), then
imports the one module of the command that runs and parses again with that module's full
parser. ``fieldride`` with no command (the app) imports no command module at all. A module in
``COMMAND_MODULES`` whose commands are missing from ``COMMANDS`` still works, imported eagerly.
When the arguments have the everyday shape, ``[--data-dir DIR] COMMAND ...`` with a known
COMMAND (:func:`named_command`), that command is what the cheap parser would find, so it is
skipped: building it (a parser per command) took a query command ~2.5 ms of its start.

Exit codes: 0 success, 1 the command failed (message on stderr), 2 bad usage. ``repair`` has its
own: 0 nothing to repair or repaired fully, 1 repaired with losses, 2 refused.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Iterable, Sequence

from fieldride import __version__
from fieldride.collector import resume_collector
from fieldride.i18n import N_, environment_locale, messages, set_interface_language

COMMAND_MODULES = [
    "fieldride.cli.store",
    "fieldride.cli.backup",
    "fieldride.cli.repair",
    "fieldride.cli.reports",
    "fieldride.cli.review",
    "fieldride.cli.scorecards",
    "fieldride.cli.roster",
    "fieldride.cli.server",
    "fieldride.cli.bundle",
    "fieldride.cli.sync",
    "fieldride.cli.desktop",
    "fieldride.cli.verify",
]

# Command name -> (module that registers it, its one-line help), in COMMAND_MODULES order.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": (
        "fieldride.cli.store",
        N_("fill an empty data folder with a realistic demo team"),
    ),
    "check": (
        "fieldride.cli.store",
        N_("check the data file: integrity, schema version, row counts"),
    ),
    "backup": (
        "fieldride.cli.backup",
        N_("write a backup of the data file now (safe while the app is open)"),
    ),
    "backups": (
        "fieldride.cli.backup",
        N_("list the backups, newest first, with their check result"),
    ),
    "restore": (
        "fieldride.cli.backup",
        N_("replace the data file by a backup (the current file is moved aside, not deleted)"),
    ),
    "repair": (
        "fieldride.cli.repair",
        N_("repair the data file: recover what reads, take damaged rides from backups"),
    ),
    "report": (
        "fieldride.cli.reports",
        N_("write a PDF: coaching summary, brief, scorecard, seller"),
    ),
    "export": (
        "fieldride.cli.review",
        N_("export rides, observations and commitments to CSV or XLSX"),
    ),
    "training": ("fieldride.cli.review", N_("record and list training events")),
    "search": (
        "fieldride.cli.review",
        N_("full-text search over evidence, notes and commitments"),
    ),
    "scorecard": (
        "fieldride.cli.scorecards",
        N_("import, export, list and check scorecard files"),
    ),
    "roster": (
        "fieldride.cli.roster",
        N_("import a seller roster (CSV/XLSX) or save a template"),
    ),
    "server": (
        "fieldride.cli.server",
        N_("set up the team server (PostgreSQL): init, add members"),
    ),
    "bundle": (
        "fieldride.cli.bundle",
        N_("share rides, sellers and scorecards as one file (no server needed)"),
    ),
    "sync": (
        "fieldride.cli.sync",
        N_("sync with the team server: send what is pending, receive what you may read"),
    ),
    "desktop": (
        "fieldride.cli.desktop",
        N_("add FieldRide to the desktop's application menu (Linux)"),
    ),
    "verify": (
        "fieldride.cli.verify",
        N_("say whether a ride changed since the seller acknowledged it"),
    ),
}


class CommandError(Exception):
    """A command failed for a reason the user can act on; printed without a traceback."""


def gettext(message: str) -> str:
    """``message`` in the language of the person at the keyboard (fieldride.i18n.messages: the
    environment's locale for a command, see :func:`main`)."""
    return messages().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """:func:`gettext` with the plural form for ``n``."""
    return messages().ngettext(singular, plural, n)


# argparse's own words (its gettext domain has no German or Spanish catalogue of its own):
# marked here for our catalogue; main() points argparse's translation function at it.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)


def _translate_argparse() -> None:
    """argparse's usage, headings and errors in the interface language."""
    t = messages()
    argparse._ = t.gettext  # type: ignore[attr-defined]  # its module-level gettext
    argparse.ngettext = t.ngettext  # type: ignore[attr-defined]


def _base_parser() -> tuple[
    argparse.ArgumentParser, argparse._SubParsersAction[argparse.ArgumentParser]
]:
    parser = argparse.ArgumentParser(
        prog="fieldride",
        description=gettext("FieldRide: offline field coaching. Without a command, opens the app."),
    )
    parser.add_argument("--version", action="version", version=f"FieldRide {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=gettext(
            "folder holding the FieldRide data (default: FIELDRIDE_HOME, else the user data folder)"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=gettext("run a short end-to-end check in a temporary folder and exit (0 = passed)"),
    )
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND")


def build_parser(modules: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The full parser with the commands of ``modules`` (default: every command module)."""
    parser, sub = _base_parser()
    for name in COMMAND_MODULES if modules is None else modules:
        importlib.import_module(name).register(sub)
    return parser


def _cheap_parser() -> argparse.ArgumentParser:
    """Top-level options and every command's name and one-line help, importing no command
    module (except one missing from ``COMMANDS``). A command's own arguments, including its
    ``--help``, are left unparsed for its module's full parser."""
    parser, sub = _base_parser()
    indexed = {module for module, _ in COMMANDS.values()}
    for module in COMMAND_MODULES:
        if module not in indexed:  # not in the index: registered for real (slower, still works)
            importlib.import_module(module).register(sub)
    for name, (_, help_text) in COMMANDS.items():
        if name not in sub.choices:
            sub.add_parser(name, help=gettext(help_text), add_help=False)
    return parser


def named_command(args: Sequence[str]) -> str | None:
    """The command ``args`` run when they are ``[--data-dir DIR] COMMAND ...`` (``--data-dir=DIR``
    too) and COMMAND is in :data:`COMMANDS`: with nothing else before it, the command is the
    first word after the data folder, as the cheap parser would find it. None for any other
    shape (other options first, no command, an unknown one), which the cheap parser reads."""
    skip = (
        2
        if args[:1] == ["--data-dir"]
        else 1
        if args[:1] and args[0].startswith("--data-dir=")
        else 0
    )
    command = args[skip] if len(args) > skip else None
    return command if command in COMMANDS else None


OpenApp = Callable[[str | None, list[str]], int]


def main(argv: Sequence[str] | None = None, open_app: OpenApp | None = None) -> int:
    """Run a command, or with no command call ``open_app(data_dir, qt_args)``.

    The core never imports the UI: the ``fieldride`` entry point (``ui.launch:main``) passes
    ``open_app``; ``python -m fieldride`` without a command prints the help instead.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    # The language of the help and messages: the environment's (LANGUAGE, LC_ALL, LC_MESSAGES,
    # LANG), English by default; the app sets the manager's own choice when it starts.
    set_interface_language(environment_locale())
    _translate_argparse()
    command = named_command(args_list)
    if command is not None:  # the everyday shape: no need to look for the command
        parser = build_parser([COMMANDS[command][0]])
        args, rest = parser.parse_known_args(args_list)
    else:
        parser = _cheap_parser()
        args, rest = parser.parse_known_args(args_list)
        if args.command in COMMANDS:
            # Parse again with the full parser of the one module that defines the command.
            parser = build_parser([COMMANDS[args.command][0]])
            args, rest = parser.parse_known_args(args_list)
    # Start-up ends here: the entry point paused the garbage collector before its imports
    # (fieldride.collector); the command's own work runs with it.
    resume_collector()
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
        parser.error(gettext("unrecognized arguments: %s") % " ".join(rest))
    try:
        result: int = args.func(args)
        sys.stdout.flush()  # here, not at exit: a closed pipe is then answered below
        return result
    except BrokenPipeError:
        # The reader of the output went away (`fieldride search price | head`): stop quietly, as
        # other command-line tools do. What is still buffered goes nowhere, so that Python does
        # not report the failed flush of standard output at exit either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE: what a shell reports for a program a closed pipe stopped
    except KeyboardInterrupt:  # Ctrl+C: a plain line, not a traceback
        print(gettext("fieldride: interrupted"), file=sys.stderr)
        return 130
    except CommandError as err:
        print(f"fieldride: {err}", file=sys.stderr)
        return 1
    except Exception as err:  # every domain/store error has a user-facing message
        from fieldride.errors import DomainError
        from fieldride.store import StoreError

        if isinstance(err, StoreError | DomainError | OSError):
            print(f"fieldride: {err}", file=sys.stderr)
            return 1
        raise
