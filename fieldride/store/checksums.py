"""Checksums of finished rides: content damage that SQLite cannot see (issue 20, fault 13).

SQLite keeps no checksum of its pages: a byte changed inside a text value (a failing disk, a
bad copy, a sync client) passes ``integrity_check``, and the daily backup then copies the
damage and pushes the sound backups out one by one.

What we chose, and why: a SHA-256 per acknowledged ride over the content the seller
acknowledged (the ride, its calls, ratings and evidence, quick notes, focus, debrief, questions,
commitments, verifications and acknowledgement), stored in ``ride_checksums``. SQLite's checksum
VFS (``cksumvfs``, a checksum in every page) would cover every byte, but it is a loadable
extension and this Python's ``sqlite3`` has no ``enable_load_extension``; it cannot be used
here. The per-ride checksum covers what matters most (a finished ride is what a seller signed
and what the reviews read for years) and nothing in progress, whose rows change at every
keystroke.

Legitimate changes never trip it: triggers (made by migration ``0005_ride_checksums``) delete a
ride's checksum whenever SQL inserts, deletes or changes a covered row of that ride (a reopen,
an edit after it, a merge from a bundle or the team server). A changed byte on disk fires no
trigger, so the stored checksum no longer matches. :func:`seal_finished_rides` checksums every
acknowledged ride that has none (called at acknowledgement, after merges, at start);
:func:`changed_rides` recomputes and compares (``fieldride check``, and every backup before it
is kept, :mod:`fieldride.store.backup`).
"""

from __future__ import annotations

import json
import sqlite3
from typing import NamedTuple


class Covered(NamedTuple):
    table: str
    ride: str  # SQL giving the ride id of a row, with {row} for NEW / OLD / the table itself
    columns: tuple[str, ...]


# The content a checksum covers. Left out on purpose: stamps, UI state (resume_*), sync
# bookkeeping (merged_*), shared_at (set when a summary is produced), a commitment's status
# (closed by a later ride's verification) and the audit trail (grows after acknowledgement).
COVERED: tuple[Covered, ...] = (
    Covered(
        "rides",
        "{row}.id",
        (
            "uuid",
            "seller_id",
            "scorecard_version_id",
            "ride_date",
            "ride_type",
            "status",
            "manager_name",
            "objective",
            "deleted_at",
        ),
    ),
    Covered("ride_focus", "{row}.ride_id", ("uuid", "behaviour_key", "position", "deleted_at")),
    Covered(
        "calls",
        "{row}.ride_id",
        (
            "uuid",
            "position",
            "kind",
            "account",
            "contact_role",
            "objective",
            "call_time",
            "deleted_at",
        ),
    ),
    Covered(
        "observations",
        "{row}.ride_id",
        ("uuid", "call_id", "behaviour_key", "observed_on", "level", "no_opportunity", "evidence"),
    ),
    Covered("quick_notes", "{row}.ride_id", ("uuid", "call_id", "noted_at", "text", "deleted_at")),
    Covered(
        "debriefs",
        "{row}.ride_id",
        (
            "uuid",
            "strength_behaviour_key",
            "strength_evidence",
            "gap_behaviour_key",
            "gap_evidence",
            "rehearsal_segment",
            "rehearsal_count",
            "rehearsal_outcome",
        ),
    ),
    Covered(
        "debrief_questions",
        "(SELECT ride_id FROM debriefs WHERE debriefs.id = {row}.debrief_id)",
        (
            "uuid",
            "behaviour_key",
            "text",
            "source",
            "asked",
            "answer",
            "position",
            "deleted_at",
            "withdrawn",
        ),
    ),
    Covered("private_notes", "{row}.ride_id", ("uuid", "text")),
    Covered(
        "commitments",
        "{row}.ride_id",
        ("uuid", "behaviour_key", "text", "due_date", "deleted_at"),
    ),
    Covered(
        "commitment_verifications",
        "{row}.ride_id",
        ("uuid", "commitment_id", "outcome", "evidence", "verified_on", "deleted_at"),
    ),
    Covered(
        "acknowledgements",
        "{row}.ride_id",
        ("uuid", "seller_name", "acknowledged_on", "comment", "superseded_at"),
    ),
)


def trigger_sql() -> list[str]:
    """The triggers that drop a ride's checksum when SQL changes its covered content."""
    statements = []
    for item in COVERED:
        for event, row in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "OLD")):
            columns = f" OF {', '.join(item.columns)}" if event == "UPDATE" else ""
            ride = item.ride.format(row=row)
            also = ""
            if event == "UPDATE":  # a row moved to another ride unseals both
                also = f" OR ride_id = {item.ride.format(row='NEW')}"
            statements.append(
                f"CREATE TRIGGER {item.table}_unseal_{event.lower()} AFTER {event}{columns} "
                f"ON {item.table} BEGIN DELETE FROM ride_checksums WHERE ride_id = {ride}{also}; "
                "END"
            )
    return statements


def _trigger_names() -> set[str]:
    return {
        f"{item.table}_unseal_{event}"
        for item in COVERED
        for event in ("insert", "delete", "update")
    }


def ensure_triggers(conn: sqlite3.Connection) -> bool:
    """Make the triggers again if a schema step lost any (rebuilding a table, as sqlite-utils'
    ``transform`` does, drops its triggers; a checksum that outlived them would later read a
    legitimate edit as damage). Every checksum is then dropped, to be taken again. True when
    something had to be made again."""
    present = {
        str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    if _trigger_names() <= present:
        return False
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for name in _trigger_names() & present:
            conn.execute(f"DROP TRIGGER {name}")
        for statement in trigger_sql():
            conn.execute(statement)
        conn.execute("DELETE FROM ride_checksums")
    except BaseException:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")
    return True


def _read_sql(item: Covered) -> str:
    """The ride's rows of ``item`` through an index (``:ride`` is the ride id): the questions
    through their debrief, the rest (commitments too, since migration 0014) by their ride
    index."""
    columns = ", ".join(f"t.{c}" for c in ("id", *item.columns))
    if item.table == "debrief_questions":
        source = (
            "debrief_questions t JOIN debriefs d ON d.id = t.debrief_id WHERE d.ride_id = :ride"
        )
    else:
        source = f"{item.table} t WHERE {item.ride.format(row='t')} = :ride"
    return f"SELECT {columns} FROM {source} ORDER BY t.id"


_READ_SQL = {item.table: _read_sql(item) for item in COVERED}


def ride_checksum(conn: sqlite3.Connection, ride_id: int) -> str:
    """SHA-256 of the ride's covered content, read through ``conn``."""
    import hashlib  # OpenSSL's bindings: only once a ride is hashed, not at every open

    digest = hashlib.sha256()
    for item in COVERED:
        rows = conn.execute(_READ_SQL[item.table], {"ride": ride_id}).fetchall()
        digest.update(item.table.encode())
        digest.update(json.dumps(rows, ensure_ascii=False, default=repr).encode("utf-8"))
    return digest.hexdigest()


def seal_finished_rides(conn: sqlite3.Connection, only: int | None = None) -> int:
    """Checksum every acknowledged ride that has none (or only ride ``only``); return how many.
    Runs in the caller's transaction when one is open, else in its own."""
    missing = [
        int(row[0])
        for row in conn.execute(
            "SELECT id FROM rides WHERE status = 'acknowledged' "
            "AND id NOT IN (SELECT ride_id FROM ride_checksums)"
            + ("" if only is None else " AND id = ?"),
            [] if only is None else [only],
        )
    ]
    if not missing:
        return 0
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for ride_id in missing:
            conn.execute(
                "INSERT INTO ride_checksums (ride_id, sha256) VALUES (?, ?)",
                [ride_id, ride_checksum(conn, ride_id)],
            )
    except BaseException:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")
    return len(missing)


def changed_rides(conn: sqlite3.Connection) -> list[int]:
    """Ids of sealed rides whose content no longer matches its checksum (damage). An older
    store without checksums has none."""
    try:
        sealed = conn.execute(
            "SELECT ride_id, sha256 FROM ride_checksums ORDER BY ride_id"
        ).fetchall()
    except sqlite3.OperationalError:  # no such table: a store from before checksums
        return []
    return [int(ride_id) for ride_id, sha in sealed if ride_checksum(conn, int(ride_id)) != sha]


def _page_sql(item: Covered) -> str:
    """The rows of ``item`` of every ride in a JSON array of ride ids (``:rides``), each row
    led by its ride id, in the order :func:`ride_checksum` reads them (by ride, then row id);
    through the same indexes as :func:`_read_sql`."""
    columns = ", ".join(f"t.{c}" for c in ("id", *item.columns))
    pick = "SELECT value FROM json_each(:rides)"
    if item.table == "debrief_questions":
        return (
            f"SELECT d.ride_id, {columns} FROM debrief_questions t "
            f"JOIN debriefs d ON d.id = t.debrief_id WHERE d.ride_id IN ({pick}) "
            "ORDER BY d.ride_id, t.id"
        )
    ride = item.ride.format(row="t")
    return (
        f"SELECT {ride}, {columns} FROM {item.table} t WHERE {ride} IN ({pick}) "
        f"ORDER BY {ride}, t.id"
    )


_PAGE_SQL = {item.table: _page_sql(item) for item in COVERED}


def ride_checksums(conn: sqlite3.Connection, ride_ids: list[int]) -> dict[int, str]:
    """:func:`ride_checksum` of each of these rides (the same digests), reading each covered
    table once for all of them instead of once per ride (a merge seals a page of rides)."""
    import hashlib  # as in ride_checksum

    rows: dict[int, dict[str, list[tuple[object, ...]]]] = {r: {} for r in ride_ids}
    wanted = json.dumps(sorted(set(ride_ids)))
    for item in COVERED:
        for row in conn.execute(_PAGE_SQL[item.table], {"rides": wanted}):
            rows[int(row[0])].setdefault(item.table, []).append(tuple(row[1:]))
    out = {}
    for ride_id, tables in rows.items():
        digest = hashlib.sha256()
        for item in COVERED:
            digest.update(item.table.encode())
            found = tables.get(item.table, [])
            digest.update(json.dumps(found, ensure_ascii=False, default=repr).encode("utf-8"))
        out[ride_id] = digest.hexdigest()
    return out


def seal_rides(conn: sqlite3.Connection, ride_ids: list[int]) -> int:
    """:func:`seal_finished_rides` for these rides only (those acknowledged and not sealed),
    in the caller's transaction, checksummed together (:func:`ride_checksums`); how many."""
    if not ride_ids:
        return 0
    missing = [
        int(row[0])
        for row in conn.execute(
            "SELECT id FROM rides WHERE id IN (SELECT value FROM json_each(?)) "
            "AND status = 'acknowledged' AND id NOT IN (SELECT ride_id FROM ride_checksums) "
            "ORDER BY id",
            [json.dumps(sorted(set(ride_ids)))],
        )
    ]
    sums = ride_checksums(conn, missing)
    conn.executemany(
        "INSERT INTO ride_checksums (ride_id, sha256) VALUES (?, ?)",
        [(ride_id, sums[ride_id]) for ride_id in missing],
    )
    return len(missing)
