"""``fieldride sync``: join a team server, sync with it, show what is not yet synced (issue 21).

- ``fieldride sync --join --dsn DSN``: check the connection and the membership, then store the
  team configuration in the local store (the DSN without any password; the password stays in
  ``~/.pgpass``, a service file or ``PGPASSWORD``);
- ``fieldride sync``: one round (push what is pending, pull what this role may read);
- ``fieldride sync --status``: what is pending and any conflicts, without a network;
- ``fieldride sync --leave``: forget the team (nothing is deleted locally or on the server).

Without a configured team, ``fieldride sync`` says so and opens no connection.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fieldride.cli import CommandError


def register(sub: Any) -> None:
    p = sub.add_parser(
        "sync",
        help="sync with the team server: send what is pending, receive what you may read",
        description="Sync with the team's PostgreSQL server (opt-in: nothing connects until "
        "'fieldride sync --join' configured a team).",
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--join", action="store_true", help="configure the team server (with --dsn)")
    mode.add_argument("--status", action="store_true", help="show what is not yet synced (offline)")
    mode.add_argument("--leave", action="store_true", help="stop syncing (keeps all data)")
    p.add_argument(
        "--progress",
        action="store_true",
        help="print progress as 'progress<TAB>what<TAB>done<TAB>total' lines (for the app)",
    )
    p.add_argument(
        "--dsn",
        help="with --join: your connection string, e.g. 'host=db.example.org dbname=fieldride "
        "user=ana sslmode=verify-full' (password from ~/.pgpass or a service file)",
    )
    p.set_defaults(func=cmd_sync)


def cmd_sync(args: argparse.Namespace) -> int:
    from fieldride.server import (
        TeamConfig,
        connect,
        dsn_without_password,
        pending,
        save_team_config,
        team_config,
    )
    from fieldride.store import open_store

    with open_store(args.data_dir) as store:
        if args.join:
            if not args.dsn:
                raise CommandError("--join needs --dsn.")
            from fieldride.server import my_membership

            with connect(args.dsn) as conn:
                role, kind = my_membership(conn)
            if kind is None:
                raise CommandError(
                    f"{role} is not a member of this team: ask the team's admin to add it."
                )
            clean = dsn_without_password(args.dsn)
            save_team_config(store, TeamConfig(clean, role, kind))
            if clean != args.dsn and "password" in args.dsn:
                print(
                    "The password was not stored: put it in ~/.pgpass (mode 0600) or a "
                    "service file.",
                    file=sys.stderr,
                )
            print(f"Joined the team as {role} ({kind}). Run 'fieldride sync' to sync.")
            return 0
        config = team_config(store)
        if args.leave:
            save_team_config(store, None)
            print("Left the team: nothing will connect. Local data is kept.")
            return 0
        if config is None:
            raise CommandError("no team server is configured (fieldride sync --join --dsn ...).")
        if args.status:
            waiting = pending(store, config.role)
            print(f"Team server: {config.describe()} as {config.role} ({config.kind}).")
            if config.kind != "manager":
                print(f"A {config.kind} sends no rides.")
            print(f"Rides not yet synced: {len(waiting.rides)}.")
            for key, why in sorted(waiting.conflicts.items()):
                print(f"  conflict {key}: {why}")
            return 0
        return _run_sync(store, config, machine_progress=args.progress)


def _run_sync(store: Any, config: Any, machine_progress: bool = False) -> int:
    from fieldride.server import connect, sync_store

    def progress(what: str, done: int, total: int) -> None:
        if machine_progress:
            print(f"progress\t{what}\t{done}\t{total}", flush=True)
        elif total and (done == total or done % 100 == 0):
            print(f"  {what}: {done}/{total}", file=sys.stderr)

    with connect(config.dsn) as conn:
        report = sync_store(store, conn, progress=progress)
    for line in report.lines():
        print(line)
    return 0
