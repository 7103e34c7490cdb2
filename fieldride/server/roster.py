"""The roster on the team server: sellers keyed by their organisation-wide id (``org_id``).

A manager sends their sellers (name, team, territory, email, archived; never the manager's own
notes about a seller); everyone receives the sellers they may read (a director: the rosters of
the managers under them), matched by org id, then by email (``fieldride.team``), so a seller
known on two laptops is one person everywhere. Same rules as rides (transfer.py): one record per
transaction, idempotent, newer replaces older.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fieldride.server.connection import RefusedByServerError
from fieldride.server.outbox import SyncState, record_state, sync_states
from fieldride.server.transfer import fetch, push_seller, revisions
from fieldride.store import Store

if TYPE_CHECKING:
    import psycopg

# The seller fields that travel (not ``notes``: the manager's own words about a person).
FIELDS = ("name", "team", "territory", "email")


def _records(store: Store) -> dict[str, tuple[str, dict[str, Any]]]:
    """org id -> (local change stamp, the record that travels) for every local seller."""
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for row in store.db.query(
        "SELECT coalesce(org_id, uuid) AS org_id, name, team, territory, email, archived_at, "
        "updated_at FROM sellers"
    ):
        record = {k: row[k] for k in FIELDS}
        record["org_id"] = row["org_id"]
        record["archived"] = row["archived_at"] is not None
        out[str(row["org_id"])] = (str(row["updated_at"]), record)
    return out


def push_roster(
    store: Store, conn: psycopg.Connection[tuple[Any, ...]], role: str
) -> tuple[int, dict[str, str]]:
    """Send the sellers changed since they last went out; (sent, {org id: refusal})."""
    states = sync_states(store, "seller")
    sent = 0
    refused: dict[str, str] = {}
    for org_id, (stamp, record) in sorted(_records(store).items()):
        state = states.get(org_id)
        if state is not None and (state.owner not in ("", role) or state.local_stamp == stamp):
            continue  # someone else's seller, or unchanged since it last went out
        base = state.server_revision if state else 0
        try:
            result = push_seller(conn, org_id, stamp, record, base_revision=base)
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


def pull_roster(store: Store, conn: psycopg.Connection[tuple[Any, ...]]) -> int:
    """Receive the sellers this role may read that changed on the server; returns how many
    were added or updated here."""
    from fieldride.team import add_seller, archive_seller, edit_seller, find_by_identity, set_org_id

    states = sync_states(store, "seller")
    local = _records(store)
    wanted = [
        key
        for key, (revision, digest) in revisions(conn, "seller").items()
        if key not in states
        or (states[key].server_revision != revision and states[key].content_hash != digest)
    ]
    changed = 0
    for record in fetch(conn, "seller", wanted):
        body = record.body
        fields = {k: str(body.get(k) or "") for k in FIELDS}
        seller = find_by_identity(store, record.key, fields["email"])
        with store.db.atomic():
            if seller is None:
                name = fields.pop("name")
                seller = add_seller(store, name, **fields)
                seller = set_org_id(store, seller.id, record.key)
                changed += 1
            else:
                if seller.org_id != record.key:
                    seller = set_org_id(store, seller.id, record.key)
                mine = local.get(record.key, ("", {}))[1]
                if {k: mine.get(k) for k in FIELDS} != {k: body.get(k) for k in FIELDS}:
                    seller = edit_seller(store, seller.id, **fields)
                    changed += 1
            if bool(body.get("archived")) != seller.archived:
                archive_seller(store, seller.id, bool(body.get("archived")))
            stamp = store.db.execute(
                "SELECT updated_at FROM sellers WHERE id = ?", [seller.id]
            ).fetchone()[0]
            record_state(
                store,
                "seller",
                SyncState(
                    record.key, record.owner, record.revision, record.content_hash, stamp, ""
                ),
            )
    return changed
