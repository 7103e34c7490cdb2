"""Merging units into a store: idempotent by UUID, newer replaces older, older never replaces
newer, a concurrent edit kept as a visible conflict copy.

How a ride unit meets the ride already here (same uuid):

1. none here: it is added (``new``);
2. the same content hash as here, or a version this store already held (sent, merged or set
   aside, ``ride_versions``): nothing changes (``unchanged``) -- the same unit twice, or an
   older one, changes nothing;
3. the unit names the version here among its ancestors (it was built on top of ours): it
   replaces ours (``updated``), whatever the two clocks say;
4. ours was not edited here since it was merged (always so for another manager's ride, which
   is read-only here): the newer by ``updated_at`` wins (ties: by content hash, so every
   laptop decides the same);
5. otherwise both sides edited the ride since they last met (the same manager on two
   machines): a conflict. The version acknowledged later by the seller is kept (then the one
   changed later, then the higher hash: every laptop picks the same one); the other becomes a
   *conflict copy*: a new ride (uuid derived from the ride and the version, so merging it again
   makes nothing twice) marked ``conflict_of``, read-only, shown with a label. In the copy the
   commitments and verifications are kept as withdrawn rows (tombstones), so a commitment is
   never open or counted twice. Nothing is dropped.

Clocks: ancestry (rule 3) does not depend on clocks, so an edit made on a laptop whose clock is
behind still replaces the version it was built on. Clocks decide only between versions with no
known ancestry (rule 4, the same author's machine, so the same clock) and the winner of a
conflict (rule 5, where the loser is kept as a copy).

Sellers meet by organisation id, then by normalised email (``fieldride.team.find_by_identity``);
a seller matched by email keeps this store's org id. A newer seller unit updates the name, team,
territory, email and archive state. Scorecards meet by content hash: the same content maps to
the version here, never a second copy; new content is saved as a new version under the
scorecard's key, numbered by this store and placed among its versions by when it was made, so
older content never becomes the latest version.

Every merge writes in one transaction (inside the caller's, if one is open: a bundle import
merges everything in one).
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from fieldride.exchange.reading import ride_unit
from fieldride.exchange.units import (
    CHILD_TABLES,
    OPTIONAL_RIDE_COLUMNS,
    RIDE_COLUMNS,
    STAMPS,
    ChildTable,
    RideUnit,
    ScorecardUnit,
    SellerUnit,
    UnitError,
)
from fieldride.i18n import messages
from fieldride.scorecards.model import Scorecard
from fieldride.scorecards.store import save_scorecard_reporting
from fieldride.store import Store, author_id, seal_finished_rides
from fieldride.store import rows as records
from fieldride.team import find_by_identity

# Conflict copies get uuids derived from the ride and the version (uuid5), so two laptops that
# set the same version aside make the same copy, and merging it twice makes it once.
_CONFLICT_NAMESPACE = uuidlib.UUID("6b1f4c52-2f3e-5a51-9d0e-3c8f1f2e7a10")


class Outcome(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class MergeOutcome:
    """What merging one unit did. ``local_id`` is the row it maps to here (ride, seller or
    scorecard version id); for a conflict, ``conflict_copy`` is the uuid of the copy made."""

    kind: str  # 'ride', 'seller', 'scorecard'
    uuid: str  # the ride's uuid, the seller's org id, the scorecard's content hash
    outcome: Outcome
    local_id: int
    conflict_copy: str | None = None


# --- sellers ----------------------------------------------------------------------------------


def merge_seller_unit(store: Store, unit: SellerUnit) -> MergeOutcome:
    """Find or add the seller (see the module docstring); a newer unit updates the fields."""
    with store.db.atomic():
        found = find_by_identity(store, unit.org_id, unit.email)
        if found is None:
            taken = records.one(store.db, "SELECT id FROM sellers WHERE uuid = ?", [unit.uuid])
            store.db.execute(
                "INSERT INTO sellers (uuid, created_at, updated_at, org_id, name, team, "
                "territory, email, archived_at, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    records.new_uuid() if taken else unit.uuid,
                    unit.created_at,
                    unit.updated_at,
                    unit.org_id,
                    records.without_nul(unit.name),
                    unit.team,
                    unit.territory,
                    unit.email,
                    unit.archived_at,
                    unit.language,
                ],
            )
            row = records.one(store.db, "SELECT id FROM sellers WHERE org_id = ?", [unit.org_id])
            assert row is not None
            return MergeOutcome("seller", unit.org_id, Outcome.NEW, int(row["id"]))
        local = records.one(store.db, "SELECT * FROM sellers WHERE id = ?", [found.id])
        assert local is not None
        fields: dict[str, str | None] = {
            "name": unit.name,
            "team": unit.team,
            "territory": unit.territory,
            "email": unit.email,
            "archived_at": unit.archived_at,
            "language": unit.language,
        }
        changed = {k: v for k, v in fields.items() if local[k] != v}
        if not changed or unit.updated_at <= local["updated_at"]:
            return MergeOutcome("seller", unit.org_id, Outcome.UNCHANGED, found.id)
        sets = ", ".join(f"{k} = ?" for k in changed)
        store.db.execute(
            f"UPDATE sellers SET {sets}, updated_at = ? WHERE id = ?",
            [*changed.values(), unit.updated_at, found.id],
        )
        return MergeOutcome("seller", unit.org_id, Outcome.UPDATED, found.id)


# --- scorecards -------------------------------------------------------------------------------


def merge_scorecard_unit(store: Store, unit: ScorecardUnit) -> MergeOutcome:
    """The version here with the same content, or a new version saved under the key, placed
    among the versions here by when it was made (older content never becomes the latest)."""
    row = records.one(
        store.db,
        "SELECT id FROM scorecard_versions WHERE content_hash = ? ORDER BY id LIMIT 1",
        [unit.content_hash],
    )
    if row is not None:
        return MergeOutcome("scorecard", unit.content_hash, Outcome.UNCHANGED, int(row["id"]))
    card = Scorecard.from_dict(unit.definition)
    if card.content_hash() != unit.content_hash:
        raise UnitError(
            messages()
            .gettext("The scorecard '{key}' does not match its content hash.")
            .format(key=unit.key)
        )
    source = f"merged ({unit.source})" if unit.source else "merged"
    with store.db.atomic():
        saved = save_scorecard_reporting(store, card, source=source)
        if unit.created_at:
            _place_by_age(store, saved.version.id, unit.created_at)
    return MergeOutcome("scorecard", unit.content_hash, Outcome.NEW, saved.version.id)


_RENUMBER = 1_000_000  # versions are moved out of the way through this offset (CHECK >= 1)


def _place_by_age(store: Store, version_id: int, created_at: str) -> None:
    """Give a merged scorecard version its place among this store's versions of the scorecard
    by when it was made (the sender's ``created_at``, kept as its own): content older than the
    versions here is numbered below them instead of becoming the latest (what new rides and the
    reviews use). Version numbers are this store's own (units never compare them), so the newer
    versions move up by one; rides refer to versions by id and keep theirs."""
    db = store.db
    row = records.one(
        db, "SELECT scorecard_id, version FROM scorecard_versions WHERE id = ?", [version_id]
    )
    assert row is not None
    scorecard_id = int(row["scorecard_id"])
    db.execute(
        "UPDATE scorecard_versions SET created_at = ? WHERE id = ?", [created_at, version_id]
    )
    first_newer = records.one(
        db,
        "SELECT min(version) AS v FROM scorecard_versions WHERE scorecard_id = ? AND id != ? "
        "AND created_at > ?",
        [scorecard_id, version_id, created_at],
    )
    if first_newer is None or first_newer["v"] is None:
        return
    target = int(first_newer["v"])
    db.execute(
        "UPDATE scorecard_versions SET version = version + ? WHERE scorecard_id = ? "
        "AND version >= ?",
        [_RENUMBER, scorecard_id, target],
    )
    db.execute("UPDATE scorecard_versions SET version = ? WHERE id = ?", [target, version_id])
    db.execute(
        "UPDATE scorecard_versions SET version = version - ? + 1 WHERE scorecard_id = ? "
        "AND version >= ?",
        [_RENUMBER, scorecard_id, _RENUMBER],
    )
    db.execute(
        "UPDATE scorecards SET name = (SELECT name FROM scorecard_versions WHERE scorecard_id = "
        "scorecards.id ORDER BY version DESC LIMIT 1) WHERE id = ?",
        [scorecard_id],
    )


# --- rides ------------------------------------------------------------------------------------


def conflict_copy_uuid(ride_uuid: str, content_hash: str) -> str:
    """The uuid of the conflict copy of the version of ride ``ride_uuid`` whose content hash
    is ``content_hash``: the same on every laptop, so a copy made twice is one record."""
    return str(uuidlib.uuid5(_CONFLICT_NAMESPACE, f"{ride_uuid}/{content_hash}"))


def conflict_copy(unit: RideUnit) -> RideUnit:
    """The unit as a conflict copy: a new ride (uuid derived from ``unit``'s uuid and content
    hash), every row with a derived uuid, ``conflict_of`` naming the ride, commitments and
    verifications withdrawn (tombstoned at the version's own stamp). Pure: the same unit gives
    the same copy on every laptop."""
    copy_uuid = conflict_copy_uuid(unit.uuid, unit.content_hash)
    stamp = unit.updated_at

    def derived(old: str) -> str:
        return str(uuidlib.uuid5(_CONFLICT_NAMESPACE, f"{copy_uuid}/{old}"))

    own = {r["uuid"] for t in CHILD_TABLES for r in unit.body[t.key]}
    body: dict[str, Any] = {"ride": {**unit.body["ride"], "uuid": copy_uuid}}
    for table in CHILD_TABLES:
        rows = []
        for r in unit.body[table.key]:
            new = {**r, "uuid": derived(r["uuid"])}
            for ref in table.refs:
                if new[ref] is not None and new[ref] in own:
                    new[ref] = derived(new[ref])
            if table.key in ("commitments", "verifications") and new["deleted_at"] is None:
                new["deleted_at"] = stamp
                new["updated_at"] = max(new["updated_at"], stamp)
            rows.append(new)
        body[table.key] = rows
    return RideUnit(
        uuid=copy_uuid,
        author_id=unit.author_id,
        conflict_of=unit.conflict_of or unit.uuid,
        seller=unit.seller,
        scorecard=unit.scorecard,
        body=body,
    )


def _known_versions(store: Store, ride_uuid: str) -> set[str]:
    return {
        str(r["content_hash"])
        for r in store.db.query(
            "SELECT content_hash FROM ride_versions WHERE ride_uuid = ?", [ride_uuid]
        )
    }


def _remember(store: Store, unit: RideUnit) -> None:
    store.db.execute(
        "INSERT OR IGNORE INTO ride_versions (ride_uuid, content_hash, updated_at, recorded_at) "
        "VALUES (?, ?, ?, ?)",
        [unit.uuid, unit.content_hash, unit.updated_at, records.now_utc()],
    )


def _rank(unit: RideUnit) -> tuple[str, str, str]:
    """Which version a conflict keeps: acknowledged later, then changed later, then hash."""
    return (unit.acknowledged_at, unit.updated_at, unit.content_hash)


@dataclass(frozen=True)
class _Decision:
    """What merging a ride unit would do (:func:`_decide`); nothing written yet."""

    outcome: Outcome
    ride_id: int | None = None
    local: RideUnit | None = None  # the version here, when it had to be built
    remember: bool = False  # record the incoming version as known (unchanged cases)
    incoming_wins: bool = True  # for a conflict: the unit replaces ours (ours is copied)


def _decide(store: Store, unit: RideUnit) -> _Decision:
    """The rules of the module docstring, reading only (a preview asks the same question)."""
    row = records.one(
        store.db,
        "SELECT id, author_id, merged_hash, merged_updated_at FROM rides WHERE uuid = ?",
        [unit.uuid],
    )
    if row is None:
        return _Decision(Outcome.NEW)
    ride_id = int(row["id"])
    incoming = unit.content_hash
    # A version this store already held (the one merged last included) changes nothing:
    # checked before building the local unit, the common case of a bundle imported again.
    known = _known_versions(store, unit.uuid) | {row["merged_hash"]}
    if incoming in known:
        return _Decision(Outcome.UNCHANGED, ride_id)
    local = ride_unit(store, unit.uuid)
    mine = (row["author_id"] or author_id(store.db)) == author_id(store.db)
    here = local.content_hash
    edited = mine and here != row["merged_hash"]
    if not mine and row["merged_hash"]:
        here = row["merged_hash"]  # another manager's ride is never edited here
    if incoming == here:
        return _Decision(Outcome.UNCHANGED, ride_id, local, remember=True)
    local_updated = row["merged_updated_at"] if not mine else local.updated_at
    if here in unit.ancestors or (
        not edited and (unit.updated_at, incoming) > (local_updated or "", here)
    ):
        return _Decision(Outcome.UPDATED, ride_id, local)
    if not edited:  # older than the version here
        return _Decision(Outcome.UNCHANGED, ride_id, local, remember=True)
    # Both sides changed the ride since they last met: keep one, copy the other.
    return _Decision(Outcome.CONFLICT, ride_id, local, incoming_wins=_rank(unit) > _rank(local))


def ride_merge_outcome(store: Store, unit: RideUnit) -> Outcome:
    """What :func:`merge_ride_unit` would do with ``unit`` here (new, updated, unchanged or a
    conflict), without writing anything: for a bundle's preview. Works on a read-only
    connection."""
    return _decide(store, unit).outcome


def merge_ride_unit(store: Store, unit: RideUnit) -> MergeOutcome:
    """Merge one ride unit (rules in the module docstring), its seller and scorecard first; an
    acknowledged ride gets its checksum in the same transaction.

    Raises UnitError (nothing written) when a verification names a commitment this store does
    not have (merge the ride it was agreed on first; a bundle carries it)."""
    with store.db.atomic():
        outcome = _merge_ride_unit(store, unit)
        seal_finished_rides(store.db.conn, only=outcome.local_id)
    return outcome


def _merge_ride_unit(store: Store, unit: RideUnit) -> MergeOutcome:
    with store.db.atomic():
        seller_id = merge_seller_unit(store, unit.seller).local_id
        version_id = merge_scorecard_unit(store, unit.scorecard).local_id
        decision = _decide(store, unit)
        ride_id = decision.ride_id
        if decision.outcome == Outcome.NEW:
            ride_id = _write(store, unit, seller_id, version_id, None)
            _remember(store, unit)
            return MergeOutcome("ride", unit.uuid, Outcome.NEW, ride_id)
        assert ride_id is not None
        if decision.outcome == Outcome.UNCHANGED:
            if decision.remember:
                _remember(store, unit)
            return MergeOutcome("ride", unit.uuid, Outcome.UNCHANGED, ride_id)
        local = decision.local
        assert local is not None
        if decision.outcome == Outcome.UPDATED:
            _remember(store, local)
            _write(store, unit, seller_id, version_id, ride_id)
            _remember(store, unit)
            return MergeOutcome("ride", unit.uuid, Outcome.UPDATED, ride_id)
        if decision.incoming_wins:
            loser = conflict_copy(local)
            _remember(store, local)
            _write(store, unit, seller_id, version_id, ride_id)
        else:
            loser = conflict_copy(unit)
        _remember(store, unit)
        if records.one(store.db, "SELECT id FROM rides WHERE uuid = ?", [loser.uuid]) is None:
            _write(store, loser, seller_id, version_id, None)
            _remember(store, loser)
        return MergeOutcome("ride", unit.uuid, Outcome.CONFLICT, ride_id, loser.uuid)


def _write(
    store: Store, unit: RideUnit, seller_id: int, version_id: int, ride_id: int | None
) -> int:
    """Make the ride here exactly the unit's version: the ride row, then each kind of row
    (upserted by uuid; rows of the ride that the version does not have are removed, they are
    kept in a conflict copy when one is made). Returns the ride's id."""
    db = store.db
    ride = unit.body["ride"]
    values: dict[str, Any] = {c: ride[c] for c in (*STAMPS, *RIDE_COLUMNS)}
    values |= {c: ride.get(c) for c in OPTIONAL_RIDE_COLUMNS}
    values |= {
        "seller_id": seller_id,
        "scorecard_version_id": version_id,
        "author_id": unit.author_id,
        "conflict_of": unit.conflict_of,
        "merged_hash": unit.content_hash,
        "merged_updated_at": unit.updated_at,
    }
    existed = ride_id is not None
    if ride_id is None:
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = db.execute(f"INSERT INTO rides ({cols}) VALUES ({marks})", list(values.values()))
        ride_id = int(cursor.lastrowid or 0)
    else:
        sets = ", ".join(f"{c} = ?" for c in values)
        db.execute(f"UPDATE rides SET {sets} WHERE id = ?", [*values.values(), ride_id])
    sc = db.execute(
        "SELECT scorecard_id FROM scorecard_versions WHERE id = ?", [version_id]
    ).fetchone()
    derived: dict[str, Any] = {
        "ride_date": ride["ride_date"],
        "ride_id": ride_id,
        "seller_id": seller_id,
        "scorecard_id": int(sc[0]),
        "observed_on": ride["ride_date"],
    }
    fresh = not existed
    if not fresh:
        _remove_absent(store, unit, ride_id)
    written: dict[str, int] = {}  # uuid -> id of the rows written here, for references
    for table in CHILD_TABLES:
        # Tombstones first: a focus removed in this version frees its place before another
        # comes back (the at-most-two trigger counts live rows).
        rows = sorted(unit.body[table.key], key=lambda r: r.get("deleted_at") is None)
        for r in rows:
            written[r["uuid"]] = _upsert(store, table, r, derived, written, fresh)
        if table.table == "debriefs" and rows:
            derived["debrief_id"] = written[rows[0]["uuid"]]
    return ride_id


PARENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "observations": ("ride_id", "seller_id", "scorecard_id", "observed_on"),
    "commitments": ("ride_id", "seller_id", "scorecard_id"),
    "debrief_questions": (),
}


def _remove_absent(store: Store, unit: RideUnit, ride_id: int) -> None:
    """Remove rows of the ride here that the unit's version does not have (first, so a row
    coming in never meets a stale one on a unique key).

    Except a commitment that another ride verified: deleting it would delete that ride's
    verification too (ON DELETE CASCADE), a real event on another ride. It happens when a
    conflict's winner lacks a commitment agreed on the losing side and verified since; the
    commitment then stays with its ride, so this ride differs from the unit (it is sent on as a
    newer version built on the unit's, and the other laptops converge on it)."""
    for table in reversed(CHILD_TABLES):
        keep = {r["uuid"] for r in unit.body[table.key]}
        if table.table == "debrief_questions":
            where = "debrief_id IN (SELECT id FROM debriefs WHERE ride_id = ?)"
        else:
            where = "ride_id = ?"
        if table.where:
            where += f" AND {table.where}"
        if table.table == "commitments":
            where += (
                " AND NOT EXISTS (SELECT 1 FROM commitment_verifications v WHERE "
                "v.commitment_id = commitments.id AND v.ride_id != commitments.ride_id)"
            )
        for r in list(
            store.db.query(f"SELECT id, uuid FROM {table.table} WHERE {where}", [ride_id])
        ):
            if r["uuid"] not in keep:
                # A replica row the kept version does not have (see _write), not a user's delete.
                store.db.execute(f"DELETE FROM {table.table} WHERE id = ?", [r["id"]])


def _upsert(
    store: Store,
    table: ChildTable,
    row: dict[str, Any],
    derived: dict[str, Any],
    written: dict[str, int],
    fresh: bool,
) -> int:
    """Write one row of the ride (insert, or update the row with its uuid); return its id.
    ``fresh``: the ride is new here, so none of its rows can exist yet (no look-up)."""
    db = store.db
    values = {k: v for k, v in row.items() if k not in table.refs}
    for ref, (column, target) in table.refs.items():
        if row[ref] is None:
            values[column] = None
            continue
        found = written.get(row[ref])
        if found is None:
            hit = db.execute(f"SELECT id FROM {target} WHERE uuid = ?", [row[ref]]).fetchone()
            if hit is None:
                what = "commitment" if target == "commitments" else "call"
                raise UnitError(
                    messages()
                    .gettext(
                        "The ride of {ride_date} refers to a {what} that is neither in this store nor in what is merged; export the bundle again with an earlier --since."
                    )
                    .format(ride_date=derived["ride_date"], what=what)
                )
            found = int(hit[0])
        values[column] = found
    if table.table == "debrief_questions":
        values["debrief_id"] = derived["debrief_id"]
    else:
        for column in PARENT_COLUMNS.get(table.table, ("ride_id",)):
            values[column] = derived[column]
    values = {k: records.without_nul(v) if isinstance(v, str) else v for k, v in values.items()}
    existing = None
    if not fresh:
        existing = db.execute(
            f"SELECT id FROM {table.table} WHERE uuid = ?", [values["uuid"]]
        ).fetchone()
    if existing is None:
        cols = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = db.execute(
            f"INSERT INTO {table.table} ({cols}) VALUES ({marks})", list(values.values())
        )
        return int(cursor.lastrowid or 0)
    sets = ", ".join(f"{c} = ?" for c in values if c != "uuid")
    params = [v for c, v in values.items() if c != "uuid"]
    db.execute(f"UPDATE {table.table} SET {sets} WHERE id = ?", [*params, int(existing[0])])
    return int(existing[0])
