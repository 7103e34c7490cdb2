"""Team server administration: ``fieldride server init | add-manager | add-director |
add-enablement | assign | members`` (issue 21).

Run by the team's admin with the admin role's DSN (``--dsn``; the password from ``~/.pgpass``,
a service file or ``PGPASSWORD``, never on the command line's DSN if it can be helped). A new
member's password is read from standard input (``--password-stdin``) or asked for at a
terminal; it reaches the server only as a SCRAM verifier. Nothing here touches the local store.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from fieldride.cli import CommandError, gettext

_ADD = {
    "add-manager": ("manager", "add a manager (their own PostgreSQL role) to the team"),
    "add-director": ("director", "add a director (reads the managers assigned to them)"),
    "add-enablement": ("enablement", "add an enablement author (publishes scorecards)"),
}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "server",
        help=gettext("set up the team server (PostgreSQL): init, add members"),
        description=gettext(
            "Set up the team's PostgreSQL server. Run by the team's admin role (the "
            "database owner with CREATEROLE; no superuser)."
        ),
    )
    actions = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    q = actions.add_parser("init", help=gettext("create or upgrade the team schema"))
    _dsn(q)
    q.set_defaults(func=cmd_init)
    for name, (kind, help_text) in _ADD.items():
        q = actions.add_parser(name, help=help_text)
        _dsn(q)
        q.add_argument(
            "role", help=gettext("the member's PostgreSQL role (created if it does not exist)")
        )
        q.add_argument("--name", default="", help=gettext("the member's display name"))
        if kind == "manager":
            q.add_argument(
                "--director",
                action="append",
                default=[],
                metavar="ROLE",
                help=gettext("a director who reads this manager (repeatable)"),
            )
        group = q.add_mutually_exclusive_group()
        group.add_argument(
            "--password-stdin",
            action="store_true",
            help=gettext("read the role's password from stdin"),
        )
        group.add_argument(
            "--no-password",
            action="store_true",
            help=gettext(
                "set no password (the role signs in another way, e.g. a client certificate)"
            ),
        )
        q.set_defaults(func=cmd_add, kind=kind)
    q = actions.add_parser("assign", help=gettext("let a director read a manager"))
    _dsn(q)
    q.add_argument("manager")
    q.add_argument("director")
    q.set_defaults(func=cmd_assign)
    q = actions.add_parser("members", help=gettext("list the team's members and who reads whom"))
    _dsn(q)
    q.set_defaults(func=cmd_members)


def _dsn(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--dsn",
        required=True,
        help=gettext(
            "the admin role's connection string, e.g. 'host=db.example.org dbname=fieldride "
            "user=fieldride_admin sslmode=verify-full' (password from ~/.pgpass or a service file)"
        ),
    )


def cmd_init(args: argparse.Namespace) -> int:
    from fieldride.server import connect, init_server, server_schema_version

    with connect(args.dsn) as conn:
        applied = init_server(conn)
        version = server_schema_version(conn)
    if applied:
        print(
            gettext("Team schema at version {version} (applied: {items}).").format(
                version=version, items=", ".join(applied)
            )
        )
    else:
        print(
            gettext("Team schema already at version {version}; nothing to do.").format(
                version=version
            )
        )
    return 0


def _password(args: argparse.Namespace) -> str | None:
    if args.no_password:
        return None
    if args.password_stdin:
        text = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        text = getpass.getpass(f"Password for {args.role}: ")
        if getpass.getpass("Again: ") != text:
            raise CommandError(gettext("the two passwords differ; nothing was changed."))
    else:
        raise CommandError(
            gettext("give --password-stdin or --no-password (no terminal to ask at).")
        )
    if not text:
        raise CommandError(gettext("the password is empty; nothing was changed."))
    return text


def cmd_add(args: argparse.Namespace) -> int:
    from fieldride.server import add_member, connect, kind_name

    password = _password(args)
    with connect(args.dsn) as conn:
        add_member(
            conn,
            args.role,
            args.kind,
            password=password,
            display_name=args.name,
            directors=getattr(args, "director", []),
        )
    print(
        gettext("{role} is a member of the team as {kind}.").format(
            role=args.role, kind=kind_name(args.kind)
        )
    )
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    from fieldride.server import assign_manager, connect

    with connect(args.dsn) as conn:
        assign_manager(conn, args.manager, args.director)
    print(
        gettext("{director} reads {manager}'s rides.").format(
            director=args.director, manager=args.manager
        )
    )
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    from fieldride.server import connect, kind_name, list_members

    with connect(args.dsn) as conn:
        members = list_members(conn)
    if not members:
        print(gettext("No members yet."))
    for role, kind, directors in members:
        read_by = (
            "  " + gettext("(read by {directors})").format(directors=", ".join(directors))
            if directors
            else ""
        )
        print(f"{role:<30} {kind_name(kind)}{read_by}")
    return 0
