"""The roster on the team server: sellers keyed by their organisation-wide id (``org_id``).

A manager sends their sellers as the exchange package's seller units (never the manager's own
notes about a seller); everyone receives the sellers they may read (a director: the rosters of
the managers under them), merged by the exchange package (matched by org id, then email), so a
seller known on two laptops is one person everywhere. Same rules as rides (transfer.py): one
record per transaction, idempotent, newer replaces older.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fieldride.server.connection import RefusedByServerError
from fieldride.server.outbox import SyncState, record_state, sync_states
from fieldride.server.transfer import fetch, push_seller, revisions
from fieldride.store import Store

if TYPE_CHECKING:
    import psycopg


def _sellers(store: Store) -> dict[str, tuple[int, str]]:
    """org id -> (seller id, local change stamp) for every local seller."""
    return {
        str(row["org_id"]): (int(row["id"]), str(row["updated_at"]))
        for row in store.db.query(
            "SELECT id, coalesce(org_id, uuid) AS org_id, updated_at FROM sellers"
        )
    }


def push_roster(
    store: Store, conn: psycopg.Connection[tuple[Any, ...]], role: str
) -> tuple[int, dict[str, str]]:
    """Send the sellers changed since they last went out; (sent, {org id: refusal})."""
    from fieldride.exchange import seller_unit

    states = sync_states(store, "seller")
    sent = 0
    refused: dict[str, str] = {}
    for org_id, (seller_id, stamp) in sorted(_sellers(store).items()):
        state = states.get(org_id)
        if state is not None and (state.owner not in ("", role) or state.local_stamp == stamp):
            continue  # someone else's seller, or unchanged since it last went out
        unit = seller_unit(store, seller_id)
        base = state.server_revision if state else 0
        try:
            result = push_seller(conn, org_id, stamp, unit.to_dict(), base_revision=base)
        except RefusedByServerError as err:
            refused[org_id] = str(err)
            continue
        if result.status == "stored":
            sent += 1
        if result.status != "server_newer":
            record_state(
                store,
                "seller",
                SyncState(org_id, role, result.revision, result.content_hash, stamp, ""),
            )
    return sent, refused


def pull_roster(store: Store, conn: psycopg.Connection[tuple[Any, ...]], role: str) -> int:
    """Receive the sellers this role may read that changed on the server; returns how many
    were received."""
    from fieldride.exchange import merge_seller_unit, seller_unit_from_dict

    states = sync_states(store, "seller")
    wanted = [
        key
        for key, (revision, digest) in revisions(conn, "seller").items()
        if key not in states
        or (states[key].server_revision != revision and states[key].content_hash != digest)
    ]
    received = 0
    for record in fetch(conn, "seller", wanted):
        merge_seller_unit(store, seller_unit_from_dict(record.body))
        received += 1
        # Our own sellers keep their stamp (not pending again); others' are never sent.
        stamp = _sellers(store).get(record.key, (0, ""))[1] if record.owner == role else ""
        record_state(
            store,
            "seller",
            SyncState(record.key, record.owner, record.revision, record.content_hash, stamp, ""),
        )
    return received
