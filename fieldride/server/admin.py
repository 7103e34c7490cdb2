"""Setting up the team server: ``fieldride server init`` and adding members.

Run by the team's admin role (the database owner with CREATEROLE; never a superuser, never a
member). :func:`init_server` creates or upgrades the schema (fieldride/server/schema.py);
:func:`add_member` creates a member's login role (or adopts an existing one), grants it the
team group role and records its kind; :func:`assign_manager` lets a director read a manager.

A password given to :func:`add_member` is sent as a SCRAM verifier computed on this machine
(libpq's PQencryptPasswordConn), so the clear text never reaches the server or its logs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from fieldride.i18n import messages
from fieldride.server.connection import ServerError, server_message
from fieldride.server.schema import INIT_LOCK_KEY, KINDS, MIGRATIONS, SCHEMA, TEAM_ROLE

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)


def server_schema_version(conn: psycopg.Connection[tuple[Any, ...]]) -> int:
    """The newest applied server schema version (0 if init never ran)."""
    with conn.transaction():
        exists = conn.execute(
            "SELECT to_regclass(%s) IS NOT NULL", [f"{SCHEMA}.schema_version"]
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = conn.execute(
            f"SELECT coalesce(max(version), 0) FROM {SCHEMA}.schema_version"
        ).fetchone()
    return int(row[0]) if row else 0


def init_server(
    conn: psycopg.Connection[tuple[Any, ...]],
    migrations: Sequence[tuple[int, str, str]] = MIGRATIONS,
) -> list[str]:
    """Create or upgrade the team schema; returns the names of the migrations applied now
    (empty when it was up to date). Each migration and its version row commit together.

    ServerError if the role lacks the privileges (CREATE on the database, CREATEROLE) or the
    server's schema is newer than this FieldRide. ``migrations`` (default: all) lets tests build
    a server at an older version."""
    import psycopg

    applied: list[str] = []
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [INIT_LOCK_KEY])
            conn.execute(
                "DO $$ BEGIN "
                f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{TEAM_ROLE}') THEN "
                f"CREATE ROLE {TEAM_ROLE} NOLOGIN; END IF; END $$"
            )
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {SCHEMA}.schema_version ("
                "version integer PRIMARY KEY, name text NOT NULL, "
                "applied_at timestamptz NOT NULL DEFAULT now())"
            )
        for version, name, statements in migrations:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [INIT_LOCK_KEY])
                done = conn.execute(
                    f"SELECT 1 FROM {SCHEMA}.schema_version WHERE version = %s", [version]
                ).fetchone()
                if done:
                    continue
                conn.execute(statements.encode())
                conn.execute(
                    f"INSERT INTO {SCHEMA}.schema_version (version, name) VALUES (%s, %s)",
                    [version, name],
                )
                applied.append(f"{version:04d}_{name}")
                log.info("team server schema: applied %04d_%s", version, name)
    except psycopg.errors.InsufficientPrivilege as err:
        raise ServerError(
            messages()
            .gettext(
                "This role may not set up the team schema (it needs CREATE on the database and CREATEROLE; no superuser): {err}"
            )
            .format(err=server_message(err))
        ) from None
    newest = server_schema_version(conn)
    if newest > MIGRATIONS[-1][0]:
        raise ServerError(
            messages()
            .gettext(
                "The team server's schema is version {newest}, newer than this FieldRide knows ({known}): update FieldRide."
            )
            .format(newest=newest, known=MIGRATIONS[-1][0])
        )
    return applied


def _check_role_name(role: str) -> str:
    if not role or len(role.encode()) > 63 or role != role.strip() or "\x00" in role:
        raise ServerError(
            messages()
            .gettext("'{role}' is not a usable PostgreSQL role name (1 to 63 bytes).")
            .format(role=role)
        )
    return role


def add_member(
    conn: psycopg.Connection[tuple[Any, ...]],
    role: str,
    kind: str,
    *,
    password: str | None = None,
    display_name: str = "",
    directors: Iterable[str] = (),
) -> None:
    """Make ``role`` a member of ``kind`` (manager, director, enablement): create the login
    role if it does not exist (with ``password``, as a SCRAM verifier), grant it the team group
    role, record it, and for a manager record the directors who read them. Idempotent."""
    import psycopg
    from psycopg import sql

    if kind not in KINDS:
        raise ServerError(
            messages()
            .gettext("'{kind}' is not a member kind ({items}).")
            .format(kind=kind, items=", ".join(KINDS))
        )
    _check_role_name(role)
    ident = sql.Identifier(role)
    try:
        with conn.transaction():
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone()
            if not exists:
                conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(ident))
            if password is not None:
                verifier = conn.pgconn.encrypt_password(
                    password.encode(), role.encode(), b"scram-sha-256"
                ).decode()
                conn.execute(
                    sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(verifier))
                )
            conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(TEAM_ROLE), ident))
            conn.execute(
                f"INSERT INTO {SCHEMA}.members (role_name, kind, display_name) "
                "VALUES (%s, %s, %s) ON CONFLICT (role_name) DO UPDATE "
                "SET kind = excluded.kind, display_name = excluded.display_name",
                [role, kind, display_name],
            )
            for director in directors:
                _assign(conn, role, director)
    except psycopg.errors.InsufficientPrivilege as err:
        raise ServerError(
            messages()
            .gettext("This role may not add members (it needs CREATEROLE): {err}")
            .format(err=server_message(err))
        ) from None
    except psycopg.errors.UndefinedTable:
        raise ServerError(
            messages().gettext("The team schema is missing: run 'fieldride server init' first.")
        ) from None
    log.info("team server: member added (%s)", kind)


def assign_manager(conn: psycopg.Connection[tuple[Any, ...]], manager: str, director: str) -> None:
    """Let ``director`` read ``manager``'s rides and roster. Idempotent."""
    with conn.transaction():
        _assign(conn, manager, director)


def _assign(conn: psycopg.Connection[tuple[Any, ...]], manager: str, director: str) -> None:
    kinds = dict(
        conn.execute(
            f"SELECT role_name, kind FROM {SCHEMA}.members WHERE role_name = ANY(%s)",
            [[manager, director]],
        ).fetchall()
    )
    if kinds.get(manager) != "manager":
        raise ServerError(
            messages().gettext("'{manager}' is not a manager of this team.").format(manager=manager)
        )
    if kinds.get(director) != "director":
        raise ServerError(
            messages()
            .gettext("'{director}' is not a director of this team (add-director first).")
            .format(director=director)
        )
    conn.execute(
        f"INSERT INTO {SCHEMA}.reporting (manager, director) VALUES (%s, %s) "
        "ON CONFLICT DO NOTHING",
        [manager, director],
    )


def list_members(conn: psycopg.Connection[tuple[Any, ...]]) -> list[tuple[str, str, list[str]]]:
    """(role, kind, directors) for every member, by role name."""
    with conn.transaction():
        rows = conn.execute(
            f"SELECT m.role_name, m.kind, coalesce(array_agg(r.director ORDER BY r.director) "
            f"FILTER (WHERE r.director IS NOT NULL), '{{}}') FROM {SCHEMA}.members m "
            f"LEFT JOIN {SCHEMA}.reporting r ON r.manager = m.role_name "
            "GROUP BY m.role_name, m.kind ORDER BY m.role_name"
        ).fetchall()
    return [(str(a), str(b), list(c)) for a, b, c in rows]
