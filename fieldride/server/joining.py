"""Joining a team server and leaving it (issue 21): ``fieldride sync --join`` and the app's
File ▸ Team….

Joining checks the connection and the membership first, then keeps the password (keyring or a
0600 file, :mod:`fieldride.server.credentials`; never the SQLite store), then the team
configuration (the DSN without any password).

**A manager's own rides on a new laptop.** A fresh data folder has an author id of its own, so
rides written on the old laptop would arrive read-only. On joining, the server is asked which
author ids are written in the rides this role owns (:func:`~fieldride.server.transfer.my_author_ids`);
if this folder's id is not among them, the one with the most rides is adopted
(:func:`fieldride.store.adopt_author_id`), so the pulled rides are editable here. What proves the
identity is the server role: the member signed in as that role with its password, and the
server's row-level security lets a role own only the rides it pushed itself (``owner`` defaults
to ``current_user``; no role may insert or update a row owned by another). A bundle or another
member's rides can never make this folder adopt an id.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldride.i18n import messages
from fieldride.server.connection import ServerError, connect, dsn_without_password
from fieldride.server.credentials import Saved, connection_secrets, forget_password, save_password
from fieldride.server.outbox import TeamConfig, save_team_config, team_config
from fieldride.server.schema import kind_name
from fieldride.server.transfer import my_author_ids, my_membership

if TYPE_CHECKING:
    from fieldride.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JoinReport:
    role: str
    kind: str
    saved: Saved | None  # where the password went (None: none was given)
    adopted_author: str  # the author id adopted from the server's rides ('' if none)
    own_rides_on_server: int  # rides of this role on the server written under that id

    def lines(self) -> list[str]:
        """What happened, in the interface language, one sentence a line."""
        t = messages()
        out = [
            t.gettext("Joined the team as {role} ({kind}).").format(
                role=self.role, kind=kind_name(self.kind)
            )
        ]
        if self.saved is not None:
            out.append(self.saved.message)
        if self.adopted_author:
            n = self.own_rides_on_server
            out.append(
                t.ngettext(
                    "The team server holds {n} ride you wrote on another computer; it will be "
                    "yours to edit here after the first sync.",
                    "The team server holds {n} rides you wrote on another computer; they will be "
                    "yours to edit here after the first sync.",
                    n,
                ).format(n=n)
            )
        return out


def join_team(store: Store, dsn: str, password: str | None = None) -> JoinReport:
    """Check ``dsn`` (and ``password``, if given) against the server, keep the password and the
    configuration, and adopt this role's author id (module docstring). Nothing is kept if the
    server cannot be reached or the role is not a member (ServerError)."""
    clean = dsn_without_password(dsn)
    secrets = {"password": password} if password else connection_secrets(store.folder, dsn)
    with connect(dsn, secrets=secrets) as conn:
        role, kind = my_membership(conn)
        if kind is None:
            raise ServerError(
                messages()
                .gettext("{role} is not a member of this team: ask the team's admin to add it.")
                .format(role=role)
            )
        authors = my_author_ids(conn) if kind == "manager" else []
    from psycopg import conninfo

    params = conninfo.conninfo_to_dict(clean)
    params["user"] = role  # the entry is named by the role the server confirmed
    clean = conninfo.make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})
    saved = save_password(store.folder, clean, password) if password else None
    adopted, count = _adopt_own_author(store, authors)
    save_team_config(store, TeamConfig(clean, role, kind))
    log.info("joined a team server as a %s%s", kind, "; author id adopted" if adopted else "")
    return JoinReport(role, kind, saved, adopted, count)


def _adopt_own_author(store: Store, authors: list[tuple[str, int]]) -> tuple[str, int]:
    from fieldride.store import adopt_author_id, author_id

    if not authors:
        return "", 0
    mine = author_id(store.db)
    if any(found == mine for found, _n in authors):
        return "", 0  # this folder already wrote rides for this role: it is the author
    found, count = authors[0]
    adopt_author_id(store.db, found)
    return found, count


def leave_team(store: Store) -> bool:
    """Forget the team and its password (keyring and file). Nothing else is deleted, locally or
    on the server. False if no team was configured."""
    config = team_config(store)
    if config is not None:
        forget_password(store.folder, config.dsn)
    save_team_config(store, None)
    return config is not None
