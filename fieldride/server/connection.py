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
from fieldride.i18n import N_, messages

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
        raise ServerError(_connect_failure(err)) from None


# What libpq's words for a failed connection mean for the person at the laptop, and what to do
# (in the order tried; the first whose words are in libpq's message is said). psycopg's wheels
# carry a libpq without translations, so its messages are English; a libpq that speaks another
# language matches none and its own words are shown.
_CONNECT_PROBLEMS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("server does not support SSL",),
        N_(
            "The server does not offer encryption (TLS) and this connection requires it: ask "
            "your team's admin which encryption setting to choose."
        ),
    ),
    (
        ("certificate", "SSL error"),  # "certificate verify failed" and its kin
        N_(
            "The server's certificate could not be checked: ask your team's admin, and check "
            "the encryption setting."
        ),
    ),
    (
        ("password authentication failed", "no password supplied"),
        N_("The role name or the password was not accepted: check both with your team's admin."),
    ),
    (
        ("does not exist",),
        N_("The server has no such database or role: check the database and role names."),
    ),
    (
        ("no pg_hba.conf entry",),
        N_(
            "The server does not let this laptop in with this role: ask your team's admin to "
            "allow it."
        ),
    ),
    (
        ("Connection refused",),
        N_(
            "Nothing answers at that address and port: the server is not running there, or the "
            "address or port is wrong."
        ),
    ),
    (
        ("could not translate host name", "Name or service not known", "nodename nor servname"),
        N_("The server's name was not found: check the address and that this laptop is online."),
    ),
    (
        ("timeout expired", "No route to host", "Network is unreachable"),
        N_(
            "The server did not answer: check that this laptop is online and that the address "
            "is right."
        ),
    ),
)


def _connect_failure(err: BaseException) -> str:
    """The user's message for a connection that could not be opened: what it means and what to
    do, with libpq's own line after it for the admin (never a password: libpq does not repeat
    one)."""
    detail = _first_line(err)
    t = messages()
    for words, meaning in _CONNECT_PROBLEMS:
        if any(w in detail for w in words):
            return t.gettext("Could not connect to the team server. {meaning} ({detail})").format(
                meaning=t.gettext(meaning), detail=detail
            )
    return t.gettext("Could not connect to the team server: {err}").format(err=detail)


def _first_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return text[0] if text else type(err).__name__


def server_message(err: BaseException) -> str:
    """A one-line description of a psycopg error for the user."""
    return _first_line(err)
