"""The team server: an organisation's own PostgreSQL (15+), reached with psycopg 3 (issue 21).

Opt-in: nothing here imports psycopg or opens a socket until a server command runs; a store
with no team configured never gets here.

- ``schema``: the server's numbered migrations; who may read and write what, enforced by the
  server's row-level security (:data:`KINDS`);
- ``admin``: ``fieldride server init`` (:func:`init_server`), adding members
  (:func:`add_member`, :func:`assign_manager`);
- ``connection``: :func:`connect`, credentials from libpq's own sources (pgpass, service file),
  :func:`dsn_without_password`, :class:`ServerError`;
- ``transfer``: one record per transaction: :func:`push_ride`, :func:`push_seller` (idempotent,
  newer replaces older, older never replaces newer), :func:`revisions`, :func:`fetch`,
  :func:`publish_scorecard`, :func:`published_scorecards`.
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
from fieldride.server.schema import KINDS, SCHEMA, TEAM_ROLE, latest_version
from fieldride.server.transfer import (
    PublishedScorecard,
    PushResult,
    ServerRecord,
    content_hash,
    fetch,
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
    "PublishedScorecard",
    "PushResult",
    "RefusedByServerError",
    "ServerError",
    "ServerRecord",
    "add_member",
    "assign_manager",
    "connect",
    "content_hash",
    "dsn_user",
    "dsn_without_password",
    "fetch",
    "init_server",
    "latest_version",
    "list_members",
    "my_membership",
    "publish_scorecard",
    "published_scorecards",
    "push_ride",
    "push_seller",
    "revisions",
    "server_schema_version",
]
