"""Building units from a store: :func:`ride_unit`, :func:`seller_unit`, :func:`scorecard_unit`,
and which rides changed since a date (:func:`rides_changed_since`).

Reading only, except :func:`remember_sent`, which records the versions a store sent (a bundle
written, a push made) so a later version it sends names them as its ancestors.
"""

from __future__ import annotations

import json
from typing import Any

from fieldride.errors import DomainError
from fieldride.exchange.units import (
    CHILD_TABLES,
    OPTIONAL_RIDE_COLUMNS,
    RIDE_COLUMNS,
    STAMPS,
    RideUnit,
    ScorecardUnit,
    SellerUnit,
)
from fieldride.i18n import messages
from fieldride.store import Store, author_id
from fieldride.store import rows as records


def seller_unit(store: Store, seller_id: int) -> SellerUnit:
    """The seller with this local id as a unit (DomainError if there is none)."""
    row = records.one(store.db, "SELECT * FROM sellers WHERE id = ?", [seller_id])
    if row is None:
        raise DomainError(messages().gettext("That seller no longer exists."))
    return SellerUnit(
        org_id=row["org_id"] or row["uuid"],
        uuid=row["uuid"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        name=row["name"],
        team=row["team"],
        territory=row["territory"],
        email=row["email"],
        archived_at=row["archived_at"],
        language=row["language"],
    )


def scorecard_unit(store: Store, version_id: int) -> ScorecardUnit:
    """The scorecard version with this local id as a unit (DomainError if there is none)."""
    row = records.one(
        store.db,
        "SELECT v.*, s.key FROM scorecard_versions v JOIN scorecards s ON s.id = v.scorecard_id "
        "WHERE v.id = ?",
        [version_id],
    )
    if row is None:
        raise DomainError(messages().gettext("That scorecard version no longer exists."))
    return ScorecardUnit(
        key=row["key"],
        name=row["name"],
        content_hash=row["content_hash"],
        definition=json.loads(row["definition"]),
        version=int(row["version"]),
        source=row["source"],
        created_at=row["created_at"],
    )


def _ride_row(store: Store, ride_uuid: str) -> dict[str, Any]:
    row = records.one(store.db, "SELECT * FROM rides WHERE uuid = ?", [ride_uuid])
    if row is None:
        raise DomainError(
            messages()
            .gettext("No ride with the id {ride_uuid} in this store.")
            .format(ride_uuid=ride_uuid)
        )
    return row


def _children(store: Store, ride_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row of the ride, per :data:`CHILD_TABLES` key, oldest first (by creation stamp,
    then uuid: the same order on every laptop), references as uuids."""
    out: dict[str, list[dict[str, Any]]] = {}
    for table in CHILD_TABLES:
        columns = [f"t.{c}" for c in (*STAMPS, *table.columns)]
        for ref, (column, target) in table.refs.items():
            columns.append(f"(SELECT x.uuid FROM {target} x WHERE x.id = t.{column}) AS {ref}")
        if table.table == "debrief_questions":
            where = "t.debrief_id IN (SELECT id FROM debriefs WHERE ride_id = ?)"
        else:
            where = "t.ride_id = ?"
        if table.where:
            where += f" AND {table.where}"
        sql = f"SELECT {', '.join(columns)} FROM {table.table} t WHERE {where} "
        out[table.key] = list(store.db.query(sql + "ORDER BY t.created_at, t.uuid", [ride_id]))
    return out


def ride_unit(store: Store, ride_uuid: str) -> RideUnit:
    """The whole ride with this uuid as a unit (see ``fieldride.exchange.units``): never its
    private note, drafts or where capture left off. DomainError if there is no such ride."""
    row = _ride_row(store, ride_uuid)
    ride = {c: row[c] for c in (*STAMPS, *RIDE_COLUMNS, *OPTIONAL_RIDE_COLUMNS)}
    body: dict[str, Any] = {"ride": ride, **_children(store, int(row["id"]))}
    ancestors = [
        str(r["content_hash"])
        for r in store.db.query(
            "SELECT content_hash FROM ride_versions WHERE ride_uuid = ? ORDER BY content_hash",
            [ride_uuid],
        )
    ]
    unit = RideUnit(
        uuid=ride_uuid,
        author_id=row["author_id"] or author_id(store.db),
        conflict_of=row["conflict_of"],
        seller=seller_unit(store, int(row["seller_id"])),
        scorecard=scorecard_unit(store, int(row["scorecard_version_id"])),
        body=body,
    )
    current = unit.content_hash
    return RideUnit(
        uuid=unit.uuid,
        author_id=unit.author_id,
        conflict_of=unit.conflict_of,
        seller=unit.seller,
        scorecard=unit.scorecard,
        body=body,
        ancestors=tuple(a for a in ancestors if a != current),
    )


_CHANGED_TABLES = tuple(t.table for t in CHILD_TABLES if t.table != "debrief_questions")


def rides_changed_since(store: Store, since: str | None = None) -> list[str]:
    """Uuids of the rides (removed ones and conflict copies too) whose ride row or any row in
    them changed on or after ``since`` (an ISO date or UTC stamp; None: every ride), oldest
    ride first (by date, then creation), plus, recursively, the rides whose commitments
    those rides verify (so a bundle never carries a verification without its commitment)."""
    if since is None:
        ids = {int(r["id"]) for r in store.db.query("SELECT id FROM rides")}
    else:
        parts = ["SELECT id FROM rides WHERE updated_at >= :since"]
        parts += [f"SELECT ride_id FROM {t} WHERE updated_at >= :since" for t in _CHANGED_TABLES]
        parts.append(
            "SELECT d.ride_id FROM debrief_questions q JOIN debriefs d ON d.id = q.debrief_id "
            "WHERE q.updated_at >= :since"
        )
        sql = " UNION ".join(parts)
        ids = {int(next(iter(r.values()))) for r in store.db.query(sql, {"since": since})}
    todo = list(ids)
    while todo:
        marks = ",".join("?" for _ in todo)
        found = {
            int(r["ride_id"])
            for r in store.db.query(
                "SELECT DISTINCT c.ride_id FROM commitment_verifications v "
                f"JOIN commitments c ON c.id = v.commitment_id WHERE v.ride_id IN ({marks})",
                todo,
            )
        }
        todo = sorted(found - ids)
        ids |= found
    if not ids:
        return []
    marks = ",".join("?" for _ in ids)
    return [
        str(r["uuid"])
        for r in store.db.query(
            f"SELECT uuid FROM rides WHERE id IN ({marks}) ORDER BY ride_date, created_at, uuid",
            sorted(ids),
        )
    ]


def remember_sent(store: Store, units: list[RideUnit]) -> None:
    """Record that these versions left this store (a bundle written, a push made): a later
    version of the same ride names them as its ancestors, so the receiving store knows it is
    newer whatever the clocks say. Idempotent."""
    stamp = records.now_utc()
    with store.db.atomic():
        for unit in units:
            store.db.execute(
                "INSERT OR IGNORE INTO ride_versions (ride_uuid, content_hash, updated_at, "
                "recorded_at) VALUES (?, ?, ?, ?)",
                [unit.uuid, unit.content_hash, unit.updated_at, stamp],
            )
