"""The team server: an organisation's own PostgreSQL (15+), reached with psycopg 3 (issue 21).

Opt-in: nothing here imports psycopg or opens a socket until a server command runs; a store
with no team configured never gets here.

- ``schema``: the server's numbered migrations; who may read and write what, enforced by the
  server's row-level security (:data:`KINDS`);
- ``admin``: ``fieldride server init`` (:func:`init_server`), adding members
  (:func:`add_member`, :func:`assign_manager`);
- ``connection``: :func:`connect`, :func:`dsn_without_password`, :class:`ServerError`;
- ``credentials``: the password in the platform keyring or a 0600 file in the data folder
  (:func:`save_password`, :func:`connection_secrets`, :func:`forget_password`), never in the
  store;
- ``joining``: :func:`join_team` (adopts this role's author id on a new laptop),
  :func:`leave_team`;
- ``transfer``: one record per transaction: :func:`push_ride`, :func:`push_seller` (idempotent,
  newer replaces older, older never replaces newer), :func:`revisions`, :func:`fetch`,
  :func:`publish_scorecard`, :func:`published_scorecards`;
- ``outbox``: this laptop's side: the team configuration in the local settings
  (:func:`team_config`), what is not yet synced (:func:`pending`), ``sync_state``;
- ``sync``: one round, push then pull (:func:`sync_store`), used by ``fieldride sync``.
"""

from __future__ import annotations

from fieldride.server.admin import (
    add_member,
    assign_manager,
    init_server,
    list_members,
    server_schema_version,
)
from fieldride.server.connection import (
    RefusedByServerError,
    ServerError,
    connect,
    dsn_user,
    dsn_without_password,
)
from fieldride.server.credentials import (
    Saved,
    connection_secrets,
    forget_password,
    save_password,
)
from fieldride.server.joining import JoinReport, join_team, leave_team
from fieldride.server.outbox import (
    Pending,
    SyncState,
    TeamConfig,
    pending,
    ride_stamps,
    save_team_config,
    sync_states,
    team_config,
    team_dsn,
)
from fieldride.server.schema import KINDS, SCHEMA, TEAM_ROLE, kind_name, latest_version
from fieldride.server.sync import SyncReport, sync_store
from fieldride.server.transfer import (
    PublishedScorecard,
    PushResult,
    ServerRecord,
    content_hash,
    fetch,
    my_author_ids,
    my_membership,
    publish_scorecard,
    published_scorecards,
    push_ride,
    push_seller,
    revisions,
)

__all__ = [
    "KINDS",
    "SCHEMA",
    "TEAM_ROLE",
    "JoinReport",
    "Pending",
    "PublishedScorecard",
    "PushResult",
    "RefusedByServerError",
    "Saved",
    "ServerError",
    "ServerRecord",
    "SyncReport",
    "SyncState",
    "TeamConfig",
    "add_member",
    "assign_manager",
    "connect",
    "connection_secrets",
    "content_hash",
    "dsn_user",
    "dsn_without_password",
    "fetch",
    "forget_password",
    "init_server",
    "join_team",
    "kind_name",
    "latest_version",
    "leave_team",
    "list_members",
    "my_author_ids",
    "my_membership",
    "pending",
    "publish_scorecard",
    "published_scorecards",
    "push_ride",
    "push_seller",
    "revisions",
    "ride_stamps",
    "save_password",
    "save_team_config",
    "server_schema_version",
    "sync_states",
    "sync_store",
    "team_config",
    "team_dsn",
]
