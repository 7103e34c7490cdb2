"""What travels to and from the team server, one record per transaction.

A ride travels as one whole-ride unit (a JSON-compatible dict made by the exchange package),
keyed by its UUID. :func:`push_ride` is idempotent and ordered:

- the same content twice changes nothing (the content hash is compared first);
- a unit replaces the server's copy when the laptop last saw that very revision (``base``: a
  fast-forward, whatever the laptops' clocks say);
- otherwise (the laptop did not see the server's current revision: the same ride edited on two
  laptops) the later ``updated_at`` wins: newer replaces older, and an older unit never replaces
  a newer one (the answer is ``server_newer``, nothing changes, the laptop keeps its version as
  a conflict). The row records ``based_on``, the revision the pusher had seen, so the laptop
  whose version was replaced unseen recognises it at its next pull instead of losing it.

Each push is one transaction: a connection dropped or a server killed mid-push leaves either
the old row or the new one, never half a ride; the retry then finds the unit stored
(``unchanged``) or stores it. Sellers travel the same way, keyed by their organisation-wide id.
Scorecards are published once by enablement, keyed by content hash (immutable).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from fieldride.i18n import messages
from fieldride.server.connection import RefusedByServerError, server_message
from fieldride.server.schema import SCHEMA

if TYPE_CHECKING:
    import psycopg

PushStatus = Literal["stored", "unchanged", "server_newer"]


def _one_statement(conn: psycopg.Connection[tuple[Any, ...]]) -> AbstractContextManager[Any]:
    """Around one statement: nothing in autocommit mode (the statement is its own transaction,
    one round trip), else a transaction block (committed, or rolled back on error)."""
    return contextlib.nullcontext() if conn.autocommit else conn.transaction()


def content_hash(record: Mapping[str, Any]) -> str:
    """SHA-256 of the record's canonical JSON (sorted keys, no spaces): equal content, equal
    hash, on every laptop."""
    text = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class PushResult:
    status: PushStatus
    revision: int  # the server's revision of the record after the push
    content_hash: str


@dataclass(frozen=True)
class ServerRecord:
    """One ride or seller as the server holds it."""

    key: str  # ride uuid or seller org id
    owner: str
    revision: int
    content_hash: str
    updated_at: str
    body: dict[str, Any]
    based_on: int = 0  # the revision the pusher had seen (see schema.py)


_TABLES = {"ride": ("rides", "uuid", "unit"), "seller": ("sellers", "org_id", "record")}


def push_ride(
    conn: psycopg.Connection[tuple[Any, ...]],
    key: str,
    updated_at: str,
    unit: Mapping[str, Any],
    base_revision: int = 0,
    *,
    digest: str | None = None,
    ride_date: str = "",
) -> PushResult:
    """Store one whole-ride unit (one transaction). ``digest`` is the unit's own content hash
    (default: :func:`content_hash` of ``unit``); ``ride_date`` orders merges on the receiving
    laptops. RefusedByServerError if the server's row-level security refuses (another manager's
    ride, or the role is not a manager)."""
    return _push(conn, "ride", key, updated_at, unit, base_revision, digest, ride_date)


def push_seller(
    conn: psycopg.Connection[tuple[Any, ...]],
    org_id: str,
    updated_at: str,
    record: Mapping[str, Any],
    base_revision: int = 0,
    *,
    digest: str | None = None,
) -> PushResult:
    """Store one roster entry (one transaction), with the same rules as :func:`push_ride`."""
    return _push(conn, "seller", org_id, updated_at, record, base_revision, digest, None)


def _push(
    conn: psycopg.Connection[tuple[Any, ...]],
    kind: str,
    key: str,
    updated_at: str,
    body: Mapping[str, Any],
    base_revision: int,
    digest: str | None,
    ride_date: str | None,
) -> PushResult:
    import psycopg
    from psycopg.types.json import Jsonb

    table, key_col, body_col = _TABLES[kind]
    digest = digest or content_hash(body)
    extra_col, extra_val, extra_set = "", "", ""
    params: list[Any] = [key, updated_at, digest, Jsonb(dict(body)), base_revision]
    if ride_date is not None:
        extra_col, extra_val, extra_set = ", ride_date", ", %s", ", ride_date = excluded.ride_date"
        params.append(ride_date)
    # One statement: the upsert, and the row as it stands when the upsert changed nothing.
    # In autocommit mode (sync_store) that is one round trip and one transaction per record.
    sql = (
        f"WITH up AS (INSERT INTO {SCHEMA}.{table} AS t "
        f"({key_col}, updated_at, content_hash, {body_col}, based_on{extra_col}) "
        f"VALUES (%s, %s::timestamptz, %s, %s, %s{extra_val}) "
        f"ON CONFLICT ({key_col}) DO UPDATE SET updated_at = excluded.updated_at, "
        f"content_hash = excluded.content_hash, {body_col} = excluded.{body_col}, "
        f"based_on = excluded.based_on{extra_set} "
        "WHERE t.content_hash <> excluded.content_hash "
        "AND (t.revision = excluded.based_on OR t.updated_at < excluded.updated_at) "
        "RETURNING t.revision, t.content_hash) "
        "SELECT revision, content_hash, true FROM up UNION ALL "
        f"SELECT revision, content_hash, false FROM {SCHEMA}.{table} "
        f"WHERE {key_col} = %s AND NOT EXISTS (SELECT 1 FROM up)"
    )
    try:
        with _one_statement(conn):
            row = conn.execute(sql, [*params, key]).fetchone()
        if row is not None and row[2]:
            return PushResult("stored", int(row[0]), digest)
        if row is None:
            # The row was committed by a concurrent push after this statement's snapshot was
            # taken (the upsert waited for it and saw it; the plain read could not): read again.
            with _one_statement(conn):
                row = conn.execute(
                    f"SELECT revision, content_hash, false FROM {SCHEMA}.{table} "
                    f"WHERE {key_col} = %s",
                    [key],
                ).fetchone()
        current = row
    except (psycopg.errors.InsufficientPrivilege, psycopg.errors.CheckViolation) as err:
        raise RefusedByServerError(
            messages()
            .gettext("The team server refused this {kind}: {err}")
            .format(kind=kind, err=server_message(err))
        ) from None
    if current is None:  # the conflicting row exists but this role may not read it
        raise RefusedByServerError(
            messages()
            .gettext("The team server refused this {kind}: it belongs to someone else.")
            .format(kind=kind)
        )
    status: PushStatus = "unchanged" if current[1] == digest else "server_newer"
    return PushResult(status, int(current[0]), str(current[1]))


def revisions(conn: psycopg.Connection[tuple[Any, ...]], kind: str) -> dict[str, tuple[int, str]]:
    """key -> (revision, content hash) of every ride or seller this role may read (the server's
    row-level security decides which); rides in the order to merge them (by ride date)."""
    table, key_col, _ = _TABLES[kind]
    order = "ride_date, uuid" if kind == "ride" else key_col
    with _one_statement(conn):
        rows = conn.execute(
            f"SELECT {key_col}::text, revision, content_hash FROM {SCHEMA}.{table} ORDER BY {order}"
        ).fetchall()
    return {str(k): (int(r), str(h)) for k, r, h in rows}


def fetch(
    conn: psycopg.Connection[tuple[Any, ...]], kind: str, keys: Iterable[str]
) -> list[ServerRecord]:
    """The records with these keys that this role may read (rides by ride date, else by key)."""
    table, key_col, body_col = _TABLES[kind]
    order = "ride_date, uuid" if kind == "ride" else key_col
    wanted = sorted(set(keys))
    if not wanted:
        return []
    with _one_statement(conn):
        rows = conn.execute(
            f"SELECT {key_col}::text, owner, revision, content_hash, "
            f"to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
            f"{body_col}, based_on FROM {SCHEMA}.{table} WHERE {key_col} = ANY(%s::uuid[]) "
            f"ORDER BY {order}",
            [wanted],
        ).fetchall()
    return [
        ServerRecord(str(k), str(o), int(r), str(h), str(u), dict(b), int(based))
        for k, o, r, h, u, b, based in rows
    ]


def replaced_versions(conn: psycopg.Connection[tuple[Any, ...]]) -> list[tuple[str, str]]:
    """(ride uuid, content hash) of every ride version the server kept when a push replaced it
    unseen (schema.py, ``replaced_rides``) that this role may read, oldest ride first."""
    with _one_statement(conn):
        rows = conn.execute(
            f"SELECT uuid::text, content_hash FROM {SCHEMA}.replaced_rides "
            "ORDER BY ride_date, uuid, revision"
        ).fetchall()
    return [(str(u), str(h)) for u, h in rows]


def fetch_replaced(
    conn: psycopg.Connection[tuple[Any, ...]], versions: Iterable[tuple[str, str]]
) -> list[ServerRecord]:
    """The kept versions named by (ride uuid, content hash), oldest ride first."""
    wanted = sorted(set(versions))
    if not wanted:
        return []
    with _one_statement(conn):
        rows = conn.execute(
            "SELECT k.uuid::text, k.owner, k.revision, k.content_hash, "
            "to_char(k.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
            f"k.unit FROM {SCHEMA}.replaced_rides k "
            "JOIN unnest(%s::uuid[], %s::text[]) AS w(uuid, content_hash) "
            "ON w.uuid = k.uuid AND w.content_hash = k.content_hash "
            "ORDER BY k.ride_date, k.uuid, k.revision",
            [[u for u, _ in wanted], [h for _, h in wanted]],
        ).fetchall()
    return [
        ServerRecord(str(k), str(o), int(r), str(h), str(u), dict(b)) for k, o, r, h, u, b in rows
    ]


@dataclass(frozen=True)
class PublishedScorecard:
    content_hash: str
    key: str
    name: str
    definition: dict[str, Any]
    published_by: str


def publish_scorecard(
    conn: psycopg.Connection[tuple[Any, ...]],
    digest: str,
    key: str,
    name: str,
    definition: Mapping[str, Any],
) -> bool:
    """Publish one scorecard version (enablement only; one transaction). True if new, False if
    the same content was already published. RefusedByServerError for any other role."""
    import psycopg
    from psycopg.types.json import Jsonb

    try:
        with _one_statement(conn):
            row = conn.execute(
                f"INSERT INTO {SCHEMA}.scorecards (content_hash, key, name, definition) "
                "VALUES (%s, %s, %s, %s) ON CONFLICT (content_hash) DO NOTHING RETURNING 1",
                [digest, key, name, Jsonb(dict(definition))],
            ).fetchone()
    except psycopg.errors.InsufficientPrivilege as err:
        raise RefusedByServerError(
            messages()
            .gettext("The team server refused to publish the scorecard: {err}")
            .format(err=server_message(err))
        ) from None
    return row is not None


def published_scorecards(
    conn: psycopg.Connection[tuple[Any, ...]], known: Iterable[str] = ()
) -> list[PublishedScorecard]:
    """Every published scorecard version whose content hash is not in ``known``, oldest first."""
    with _one_statement(conn):
        rows = conn.execute(
            f"SELECT content_hash, key, name, definition, published_by FROM {SCHEMA}.scorecards "
            "WHERE NOT (content_hash = ANY(%s)) ORDER BY published_at, content_hash",
            [sorted(set(known))],
        ).fetchall()
    return [PublishedScorecard(str(h), str(k), str(n), dict(d), str(p)) for h, k, n, d, p in rows]


def my_membership(conn: psycopg.Connection[tuple[Any, ...]]) -> tuple[str, str | None]:
    """(this connection's role, its kind or None if it is not a member of the team)."""
    with _one_statement(conn):
        row = conn.execute(
            f"SELECT current_user::text, (SELECT kind FROM {SCHEMA}.members "
            "WHERE role_name = current_user::text)"
        ).fetchone()
    assert row is not None
    return str(row[0]), (str(row[1]) if row[1] is not None else None)


# --- attachment bytes (issue 22) ---------------------------------------------------------------


def missing_blobs(conn: psycopg.Connection[tuple[Any, ...]], hashes: Iterable[str]) -> set[str]:
    """Of ``hashes``, those this role has not stored on the server yet."""
    wanted = sorted(set(hashes))
    if not wanted:
        return set()
    rows = conn.execute(
        f"SELECT content_hash FROM {SCHEMA}.blobs WHERE owner = current_user "
        "AND content_hash = ANY(%s)",
        [wanted],
    ).fetchall()
    return set(wanted) - {str(r[0]) for r in rows}


def push_blob(conn: psycopg.Connection[tuple[Any, ...]], data: bytes) -> None:
    """Store the bytes of one attached file under this role (one statement; the same bytes
    again change nothing). RefusedByServerError if the role may not (not a manager)."""
    import psycopg

    digest = hashlib.sha256(data).hexdigest()
    try:
        with _one_statement(conn):
            conn.execute(
                f"INSERT INTO {SCHEMA}.blobs (content_hash, size, data) VALUES (%s, %s, %s) "
                "ON CONFLICT (owner, content_hash) DO NOTHING",
                [digest, len(data), data],
            )
    except psycopg.errors.InsufficientPrivilege as err:
        raise RefusedByServerError(
            messages()
            .gettext("The team server refused a file: {err}")
            .format(err=server_message(err))
        ) from None


def fetch_blobs(
    conn: psycopg.Connection[tuple[Any, ...]], hashes: Iterable[str]
) -> list[tuple[str, bytes]]:
    """The bytes of the files in ``hashes`` that this role may read (row-level security:
    its own, and a director those of the managers under them)."""
    wanted = sorted(set(hashes))
    if not wanted:
        return []
    rows = conn.execute(
        f"SELECT DISTINCT ON (content_hash) content_hash, data FROM {SCHEMA}.blobs "
        "WHERE content_hash = ANY(%s) ORDER BY content_hash",
        [wanted],
    ).fetchall()
    return [(str(h), bytes(d)) for h, d in rows]


def my_author_ids(conn: psycopg.Connection[tuple[Any, ...]]) -> list[tuple[str, int]]:
    """The author ids written in the rides this role owns on the server, with how many rides
    each, most rides first. The server's row-level security and its ``owner DEFAULT
    current_user`` (which no client can set for another role) make these the rides pushed by
    whoever signed in as this role: that is what proves them this member's own."""
    with _one_statement(conn):
        rows = conn.execute(
            f"SELECT unit->>'author_id', count(*) FROM {SCHEMA}.rides "
            "WHERE owner = current_user::text AND unit->>'author_id' IS NOT NULL "
            "GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
    return [(str(a), int(n)) for a, n in rows]
