"""This laptop's side of the team sync: the team configuration and the outbox.

The team configuration (:class:`TeamConfig`: the DSN without any password, the member's role and
kind) is a setting in the local store. The outbox is not a queue of its own: a ride is pending
when its change stamp (the latest ``updated_at`` of the ride and of every row that travels with
it) differs from the stamp recorded in ``sync_state`` when it last went out, or when it never
went out. Work done offline is therefore queued by being done; nothing to forget to enqueue.
Private notes are not part of the stamp (they never travel).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldride.i18n import messages
from fieldride.settings import get_setting, set_setting
from fieldride.store import Store
from fieldride.store import rows as records

# Tables whose rows travel inside a ride's unit (everything keyed by ride_id but private_notes),
# and debrief_questions through their debrief.
_RIDE_CHILDREN = (
    "ride_focus",
    "calls",
    "observations",
    "quick_notes",
    "debriefs",
    "commitments",
    "commitment_verifications",
    "acknowledgements",
    "ride_audit",
    "self_ratings",
)


@dataclass(frozen=True)
class TeamConfig:
    """Where this laptop syncs: ``dsn`` never holds a password (see connection.py)."""

    dsn: str
    role: str
    kind: str

    def as_setting(self) -> dict[str, str]:
        return {"dsn": self.dsn, "role": self.role, "kind": self.kind}

    def describe(self) -> str:
        """E.g. "db.example.org:5432, database fieldride" (read from the DSN without loading
        the driver; the DSN never holds a password)."""
        params: dict[str, str] = {}
        for token in self.dsn.split():
            key, _, value = token.partition("=")
            params[key] = value.strip("'")
        t = messages()
        if "service" in params:
            return t.gettext("service {name}").format(name=params["service"])
        place = params.get("host", "localhost") + (f":{params['port']}" if "port" in params else "")
        if "dbname" not in params:
            return place
        return t.gettext("{place}, database {name}").format(place=place, name=params["dbname"])


def team_config(store: Store) -> TeamConfig | None:
    """The configured team, or None (sync off: nothing may open a socket)."""
    value = get_setting(store, "team_server")
    if not value or not value.get("dsn"):
        return None
    return TeamConfig(str(value["dsn"]), str(value.get("role", "")), str(value.get("kind", "")))


def save_team_config(store: Store, config: TeamConfig | None) -> None:
    """Store the team configuration (None: leave the team; the sync state is kept)."""
    set_setting(store, "team_server", config.as_setting() if config else {})


@dataclass(frozen=True)
class SyncState:
    key: str
    owner: str
    server_revision: int
    content_hash: str
    local_stamp: str
    conflict: str


def sync_states(store: Store, kind: str) -> dict[str, SyncState]:
    """Every recorded ``kind`` ('ride' or 'seller') by key."""
    return {
        row["key"]: SyncState(
            row["key"],
            row["owner"],
            int(row["server_revision"]),
            row["content_hash"],
            row["local_stamp"],
            row["conflict"],
        )
        for row in store.db.query(
            "SELECT key, owner, server_revision, content_hash, local_stamp, conflict "
            "FROM sync_state WHERE kind = ?",
            [kind],
        )
    }


def record_state(store: Store, kind: str, state: SyncState) -> None:
    """Remember what was exchanged for one record (one local transaction)."""
    store.db.execute(
        "INSERT INTO sync_state (kind, key, owner, server_revision, content_hash, local_stamp, "
        "synced_at, conflict) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, key) DO UPDATE "
        "SET owner = excluded.owner, server_revision = excluded.server_revision, "
        "content_hash = excluded.content_hash, local_stamp = excluded.local_stamp, "
        "synced_at = excluded.synced_at, conflict = excluded.conflict",
        [
            kind,
            state.key,
            state.owner,
            state.server_revision,
            state.content_hash,
            state.local_stamp,
            records.now_utc(),
            state.conflict,
        ],
    )


def ride_stamps(store: Store, ride_uuid: str | None = None) -> dict[str, str]:
    """ride uuid -> its change stamp (the latest ``updated_at`` of the ride and of the rows that
    travel with it), for every ride or for one."""
    parts = ["SELECT id AS ride_id, updated_at FROM rides"]
    parts += [f"SELECT ride_id, updated_at FROM {t}" for t in _RIDE_CHILDREN]
    parts.append(
        "SELECT d.ride_id, q.updated_at FROM debrief_questions q JOIN debriefs d "
        "ON d.id = q.debrief_id"
    )
    if ride_uuid is not None:  # one ride: filter each part instead of stamping every ride
        ride = records.one(store.db, "SELECT id FROM rides WHERE uuid = ?", [ride_uuid])
        if ride is None:
            return {}
        inner = " UNION ALL ".join(f"SELECT * FROM ({p}) WHERE ride_id = ?" for p in parts)
        row = records.one(
            store.db, f"SELECT max(updated_at) AS stamp FROM ({inner})", [ride["id"]] * len(parts)
        )
        return {ride_uuid: str(row["stamp"])} if row and row["stamp"] else {}
    union = " UNION ALL ".join(parts)
    sql = (
        "SELECT r.uuid AS uuid, max(s.updated_at) AS stamp FROM rides r "
        f"JOIN ({union}) s ON s.ride_id = r.id GROUP BY r.uuid"
    )
    return {row["uuid"]: str(row["stamp"]) for row in store.db.query(sql)}


@dataclass(frozen=True)
class Pending:
    """What the next sync would send (for ``fieldride sync --status`` and the UI)."""

    rides: list[str]  # uuids of rides changed since they last went out (or never sent)
    conflicts: dict[str, str]  # ride uuid -> why the last sync could not settle it


def pending(store: Store, my_role: str) -> Pending:
    """Rides written in this store (its author id) not yet on the server as they are now,
    conflict copies included: a version that lost a conflict goes to the server as its own
    read-only record (``conflict_of`` set), so it reaches the director and the manager's other
    laptops and is never only on the laptop that lost. Rides of other authors (a director's
    copy of their teams) are never pending here."""
    from fieldride.store import author_id

    states = sync_states(store, "ride")
    own = {
        str(row[0])
        for row in store.db.execute(
            "SELECT uuid FROM rides WHERE author_id IS NULL OR author_id = ?",
            [author_id(store.db)],
        )
    }
    out: list[str] = []
    for key, stamp in sorted(ride_stamps(store).items()):
        state = states.get(key)
        if key not in own or (state is not None and state.owner not in ("", my_role)):
            continue
        if state is None or state.local_stamp != stamp or state.conflict:
            out.append(key)
    conflicts = {k: s.conflict for k, s in states.items() if s.conflict}
    return Pending(out, conflicts)


def local_scorecard_hashes(store: Store) -> set[str]:
    return {
        str(r["content_hash"])
        for r in store.db.query("SELECT content_hash FROM scorecard_versions")
    }


def row_count(store: Store, sql: str, params: list[Any] | None = None) -> int:
    row = store.db.execute(sql, params or []).fetchone()
    return int(row[0]) if row else 0


def team_dsn(address: str, database: str, role: str, sslmode: str = "") -> str:
    """The connection string for what a member types in the app: ``address`` is a host name
    (``host`` or ``host:port``) or a whole connection string (``key=value …`` or a
    ``postgresql://`` URI) to which ``database``, ``role`` and ``sslmode`` are added where it
    names none. Never holds a password. Built without the PostgreSQL driver (the app's process
    never loads it); libpq's quoting: each value in single quotes, ``\\`` and ``'`` escaped."""
    address = address.strip()

    def quoted(value: str) -> str:
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"

    if address.startswith(("postgresql://", "postgres://")):
        extra = {"dbname": database, "user": role, "sslmode": sslmode}
        base, _, have = address.partition("?")
        names = {part.split("=", 1)[0] for part in have.split("&") if part}
        place = base.split("://", 1)[1]
        if "@" in place.split("/", 1)[0]:
            names.add("user")
        if "/" in place and place.split("/", 1)[1]:
            names.add("dbname")
        add = "&".join(f"{k}={v}" for k, v in extra.items() if v and k not in names)
        if not add:
            return address
        return address + ("&" if "?" in address else "?") + add
    if "=" in address:
        given = {t.split("=", 1)[0].strip() for t in address.split() if "=" in t}
        parts = [address]
    else:
        host, _, port = address.rpartition(":") if address.count(":") == 1 else (address, "", "")
        given = set()
        parts = [f"host={quoted(host or address)}"]
        if port:
            parts.append(f"port={quoted(port)}")
    for key, value in (("dbname", database), ("user", role), ("sslmode", sslmode)):
        if value.strip() and key not in given:
            parts.append(f"{key}={quoted(value.strip())}")
    return " ".join(parts)
