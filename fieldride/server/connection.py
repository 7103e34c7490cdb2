"""Connecting to the team server (psycopg 3), and the errors a user sees.

psycopg is imported here, inside functions, so nothing in FieldRide loads the driver (or opens
a socket) until a team is configured and a server command runs.

Credentials: the DSN names host, port, database, user and TLS (``sslmode``, ``sslrootcert``...).
The password comes from libpq's own sources, never from FieldRide's store: a 0600 ``~/.pgpass``
(or ``PGPASSFILE``), a ``~/.pg_service.conf`` service (``service=...`` in the DSN), or the
``PGPASSWORD`` variable; :func:`dsn_without_password` strips a password typed into a DSN
before it is stored or shown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from fieldride.errors import DomainError
from fieldride.i18n import messages

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)


class ServerError(DomainError):
    """The team server could not be reached or refused something; the message is for the user
    and never holds a password."""


class RefusedByServerError(ServerError):
    """The server's row-level security or privileges refused a write."""


def dsn_without_password(dsn: str) -> str:
    """``dsn`` (key=value or URI form) with any password removed, as key=value pairs.

    ServerError if it cannot be parsed."""
    from psycopg import conninfo

    try:
        params = conninfo.conninfo_to_dict(dsn)
    except Exception as err:  # psycopg.ProgrammingError: a malformed DSN
        raise ServerError(
            messages()
            .gettext("The connection string cannot be read: {err}")
            .format(err=_first_line(err))
        ) from None
    params.pop("password", None)
    return conninfo.make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})


def dsn_user(dsn: str) -> str:
    """The ``user`` a DSN names ('' if none)."""
    from psycopg import conninfo

    return str(conninfo.conninfo_to_dict(dsn).get("user") or "")


def connect(
    dsn: str, *, autocommit: bool = False, secrets: dict[str, str] | None = None
) -> psycopg.Connection[tuple[Any, ...]]:
    """An open connection to the server; ServerError (without the password) if it fails.
    ``secrets`` (``password`` or ``passfile``, from :mod:`fieldride.server.credentials`) is
    added to the DSN's parameters for this connection only.

    ``connect_timeout`` defaults to 10 s when the DSN sets none, so an unreachable server does
    not hang a sync for libpq's default of forever."""
    import psycopg
    from psycopg import conninfo

    try:
        params = conninfo.conninfo_to_dict(dsn)
    except Exception as err:
        raise ServerError(
            messages()
            .gettext("The connection string cannot be read: {err}")
            .format(err=_first_line(err))
        ) from None
    params.update(secrets or {})
    params.setdefault("connect_timeout", "10")
    params.setdefault("application_name", "fieldride")
    full = conninfo.make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})
    try:
        return psycopg.connect(full, autocommit=autocommit)
    except psycopg.Error as err:
        raise ServerError(
            messages()
            .gettext("Could not connect to the team server: {err}")
            .format(err=_first_line(err))
        ) from None


def _first_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__


def server_message(err: BaseException) -> str:
    """A one-line description of a psycopg error for the user."""
    return _first_line(err)
