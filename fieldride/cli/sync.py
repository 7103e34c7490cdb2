"""``fieldride sync``: join a team server, sync with it, show what is not yet synced (issue 21).

- ``fieldride sync --join --dsn DSN [--password-stdin]``: check the connection and the
  membership, keep the password read from standard input in the platform keyring (or a 0600
  file in the data folder when there is none), store the team configuration (the DSN without
  any password) and, for a manager on a new laptop, adopt the author id of their rides on the
  server (``fieldride.server.joining``). Without ``--password-stdin`` the password comes from
  ``~/.pgpass``, a service file or ``PGPASSWORD``, as libpq reads them;
- ``fieldride sync``: one round (push what is pending, pull what this role may read);
- ``fieldride sync --status``: what is pending and any conflicts, without a network;
- ``fieldride sync --leave``: forget the team and its kept password (nothing else is deleted,
  locally or on the server).

Without a configured team, ``fieldride sync`` says so and opens no connection.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fieldride.cli import CommandError, gettext


def register(sub: Any) -> None:
    p = sub.add_parser(
        "sync",
        help=gettext("sync with the team server: send what is pending, receive what you may read"),
        description=gettext(
            "Sync with the team's PostgreSQL server (opt-in: nothing connects until "
            "'fieldride sync --join' configured a team)."
        ),
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--join", action="store_true", help=gettext("configure the team server (with --dsn)")
    )
    mode.add_argument(
        "--status", action="store_true", help=gettext("show what is not yet synced (offline)")
    )
    mode.add_argument("--leave", action="store_true", help=gettext("stop syncing (keeps all data)"))
    p.add_argument(
        "--progress",
        action="store_true",
        help=gettext(
            "print progress as 'progress<TAB>what<TAB>done<TAB>total' lines (for the app)"
        ),
    )
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help=gettext(
            "with --join: read the password from standard input (one line) and keep it in "
            "the system keyring, or a 0600 file in the data folder without one"
        ),
    )
    p.add_argument(
        "--dsn",
        help=gettext(
            "with --join: your connection string, e.g. 'host=db.example.org dbname=fieldride "
            "user=ana sslmode=verify-full' (password from ~/.pgpass or a service file)"
        ),
    )
    p.set_defaults(func=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from fieldride.server import join_team, kind_name, leave_team, pending, team_config
    from fieldride.store import open_store

    if args.password_stdin and not args.join:
        raise CommandError(gettext("--password-stdin goes with --join."))
    password = None
    if args.join and args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError(gettext("no password was given on standard input."))
    with open_store(args.data_dir) as store:
        if args.join:
            if not args.dsn:
                raise CommandError(gettext("--join needs --dsn."))
            report = join_team(store, args.dsn, password)
            if password is None and "password" in args.dsn:
                print(
                    gettext(
                        "The password in the connection string was not stored: use --password-stdin, or put it in ~/.pgpass (mode 0600) or a service file."
                    ),
                    file=sys.stderr,
                )
            for line in report.lines():
                print(line)
            if sys.stdout.isatty():  # a hint for a person at a terminal, not for the app's window
                print(gettext("Run 'fieldride sync' to sync."))
            return 0
        config = team_config(store)
        if args.leave:
            leave_team(store)
            print(gettext("Left the team: nothing will connect. Local data is kept."))
            return 0
        if config is None:
            raise CommandError(
                gettext("no team server is configured (fieldride sync --join --dsn ...).")
            )
        if args.status:
            waiting = pending(store, config.role)
            kind = kind_name(config.kind)
            print(
                gettext("Team server: {place} as {role} ({kind}).").format(
                    place=config.describe(), role=config.role, kind=kind
                )
            )
            if config.kind != "manager":
                print(gettext("Signed in as {kind}: no rides are sent.").format(kind=kind))
            print(gettext("Rides not yet synced: {rides}.").format(rides=len(waiting.rides)))
            for key, why in sorted(waiting.conflicts.items()):
                print(gettext("  conflict {key}: {why}").format(key=key, why=why))
            return 0
        return _run_sync(store, config, machine_progress=args.progress)


def _run_sync(store: Any, config: Any, machine_progress: bool = False) -> int:
    from fieldride.server import connect, connection_secrets, sync_store

    def progress(what: str, done: int, total: int) -> None:
        if machine_progress:
            print(f"progress\t{what}\t{done}\t{total}", flush=True)
        elif total and (done == total or done % 100 == 0):
            print(f"  {what}: {done}/{total}", file=sys.stderr)

    with connect(config.dsn, secrets=connection_secrets(store.folder, config.dsn)) as conn:
        report = sync_store(store, conn, progress=progress)
    for line in report.lines():
        print(line)
    return 0
