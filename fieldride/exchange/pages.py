"""Merging a page of ride units at once (a bundle import, a page of a sync pull): the same rows
as merging them one by one with :func:`~fieldride.exchange.merging.merge_ride_unit`, with far
fewer statements.

Why: a director's first pull of ten managers x ten years is ~58,000 rides and ~3 million rows.
One SQLite statement per row, a look-up per reference and a checksum read per acknowledged
ride were ~60 % of the pull (issue 21, deliver 8). Here the rides that are new to this store
(every ride of a first pull or a first bundle) are written a page at a time:

- the ids they get are known before they are written: an ``INTEGER PRIMARY KEY`` takes
  ``max(id) + 1``, so each row is given that id explicitly, in the order the one-by-one merge
  would insert it -- the same ids, so references inside the page need no look-up, and each
  table's rows go in with one ``executemany``;
- a verification of a commitment agreed on an earlier ride finds it among the page's rides or
  in one look-up for the page;
- the acknowledged rides are sealed together (:func:`fieldride.store.seal_rides`, one read per
  table for the page, the same checksums).

Everything that is not a plain addition -- a ride already here (unchanged, updated, a
conflict), the same ride twice in a page, a row whose reference the page cannot resolve --
goes through ``merge_ride_unit`` itself, in order, after the rides before it were written, so
the rules of ``merging`` decide every such case exactly as before. Should writing a page break
a rule of the data file (``sqlite3.IntegrityError``), the page is merged again one ride at a
time, so the same ride raises the same error as before.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from fieldride.exchange.merging import (
    PARENT_COLUMNS,
    MergeOutcome,
    Outcome,
    merge_ride_unit,
    merge_scorecard_unit,
    merge_seller_unit,
)
from fieldride.exchange.units import (
    CHILD_TABLES,
    OPTIONAL_RIDE_COLUMNS,
    RIDE_COLUMNS,
    STAMPS,
    RideUnit,
    SellerUnit,
    UnitError,
)
from fieldride.i18n import messages
from fieldride.store import Store, seal_rides
from fieldride.store import rows as records

Result = MergeOutcome | UnitError

# The page cache while merging many rides (KiB, as PRAGMA cache_size takes it when negative):
# a director's ten-year merge writes millions of rows into indexed tables (STACK-NOTES: bulk
# loads); SQLite's default is 2 MB.
MERGE_CACHE_KIB = 65536


@contextmanager
def larger_cache(store: Store) -> Iterator[None]:
    """A larger page cache for a bulk merge (a bundle import, a sync pull), put back after."""
    cache = int(store.db.execute("PRAGMA cache_size").fetchone()[0])
    store.db.execute(f"PRAGMA cache_size = -{MERGE_CACHE_KIB}")
    try:
        yield
    finally:
        store.db.execute(f"PRAGMA cache_size = {cache}")


@dataclass(frozen=True)
class _New:
    """A ride new to this store, waiting in the page to be written."""

    index: int
    unit: RideUnit
    seller_id: int
    version_id: int


def merge_ride_units(store: Store, units: Sequence[RideUnit]) -> list[Result]:
    """Merge ``units`` in order, as ``merge_ride_unit`` would one after another (the same rows,
    ids included; see the module docstring), in one transaction (a savepoint inside the
    caller's). Returns, per unit, its :class:`MergeOutcome` or the :class:`UnitError` that
    kept it out (nothing of that unit written; the others are merged). A ride's seller and
    scorecard are merged first, as one by one."""
    results: list[Result | None] = [None] * len(units)
    with store.db.atomic():
        page = _Page(store, units)
        for index, unit in enumerate(units):
            if unit.uuid in page.here or not _plain(unit):
                page.flush(results)
                results[index] = page.one_by_one(unit)
                continue
            problem = page.unresolved(unit, index)
            if problem is not None:
                results[index] = problem
                continue
            page.add(index, unit)
        page.flush(results)
    out = [r for r in results if r is not None]
    assert len(out) == len(units)
    return out


def _plain(unit: RideUnit) -> bool:
    """The unit's rows refer only to rows of the unit (verifications excepted: a commitment may
    be an earlier ride's), and it has at most one debrief, which its questions belong to."""
    body = unit.body
    debriefs = len(body["debriefs"])
    if debriefs > 1 or (body["questions"] and not debriefs):
        return False
    own = {r["uuid"] for table in CHILD_TABLES for r in body[table.key]}
    for table in CHILD_TABLES:
        for ref, (_column, target) in table.refs.items():
            if target == "commitments":
                continue
            if any(r[ref] is not None and r[ref] not in own for r in body[table.key]):
                return False
    return True


def _external_commitments(unit: RideUnit) -> set[str]:
    own = {r["uuid"] for r in unit.body["commitments"]}
    return {
        str(r["commitment_uuid"])
        for r in unit.body["verifications"]
        if r["commitment_uuid"] is not None and r["commitment_uuid"] not in own
    }


def _in_chunks(
    store: Store, sql: str, values: Sequence[str]
) -> list[tuple[Any, ...]]:  # sql has one {marks}
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(values), 500):
        chunk = list(values[start : start + 500])
        marks = ",".join("?" for _ in chunk)
        out.extend(store.db.execute(sql.format(marks=marks), chunk).fetchall())
    return out


class _Page:
    def __init__(self, store: Store, units: Sequence[RideUnit]) -> None:
        self.store = store
        self.units = units
        # Rides here already, and rides this page made (new ones, conflict copies).
        self.here: set[str] = {
            str(r[0])
            for r in _in_chunks(
                store, "SELECT uuid FROM rides WHERE uuid IN ({marks})", [u.uuid for u in units]
            )
        }
        self.waiting: list[_New] = []
        self.waiting_commitments: set[str] = set()  # uuids of commitments of waiting rides
        self.stored_commitments: dict[str, int] | None = None  # looked up once, see below
        self.sellers: dict[SellerUnit, int] = {}
        self.cards: dict[str, int] = {}

    # --- deciding ---------------------------------------------------------------------------

    def one_by_one(self, unit: RideUnit) -> Result:
        try:
            outcome = merge_ride_unit(self.store, unit)
        except UnitError as err:
            return err
        finally:
            # That merge may have added or removed commitments: look them up again.
            self.stored_commitments = None
        self.here.add(unit.uuid)
        if outcome.conflict_copy:
            self.here.add(outcome.conflict_copy)
        return outcome

    def _stored(self, index: int) -> dict[str, int]:
        """Commitments here that the page's rides from ``index`` on verify (uuid -> id)."""
        if self.stored_commitments is None:
            wanted = sorted(set().union(*(_external_commitments(u) for u in self.units[index:])))
            self.stored_commitments = {
                str(u): int(i)
                for u, i in _in_chunks(
                    self.store, "SELECT uuid, id FROM commitments WHERE uuid IN ({marks})", wanted
                )
            }
        return self.stored_commitments

    def unresolved(self, unit: RideUnit, index: int) -> UnitError | None:
        """The error ``merge_ride_unit`` raises when a verification's commitment is neither in
        the unit, nor merged before it, nor here."""
        outside = _external_commitments(unit) - self.waiting_commitments
        if not outside or outside <= self._stored(index).keys():
            return None
        return UnitError(
            messages()
            .gettext(
                "The ride of {ride_date} refers to a {what} that is neither in this store nor in what is merged; export the bundle again with an earlier --since."
            )
            .format(ride_date=unit.body["ride"]["ride_date"], what="commitment")
        )

    def add(self, index: int, unit: RideUnit) -> None:
        seller_id = self.sellers.get(unit.seller)
        if seller_id is None:
            seller_id = merge_seller_unit(self.store, unit.seller).local_id
            self.sellers[unit.seller] = seller_id
        version_id = self.cards.get(unit.scorecard.content_hash)
        if version_id is None:
            version_id = merge_scorecard_unit(self.store, unit.scorecard).local_id
            self.cards[unit.scorecard.content_hash] = version_id
        self.waiting.append(_New(index, unit, seller_id, version_id))
        self.waiting_commitments |= {r["uuid"] for r in unit.body["commitments"]}
        self.here.add(unit.uuid)

    # --- writing ----------------------------------------------------------------------------

    def flush(self, results: list[Result | None]) -> None:
        """Write the waiting rides (one executemany per table and set of columns)."""
        waiting, self.waiting = self.waiting, []
        self.waiting_commitments = set()
        if not waiting:
            return
        try:
            with self.store.db.atomic():
                ids = _write_new(self.store, waiting, self._stored(waiting[0].index))
        except sqlite3.IntegrityError:
            # Merged again one at a time: the ride that breaks the rule raises, as before.
            for item in waiting:
                results[item.index] = self.one_by_one(item.unit)
            return
        for item, ride_id in zip(waiting, ids, strict=True):
            results[item.index] = MergeOutcome("ride", item.unit.uuid, Outcome.NEW, ride_id)


def _next_ids(conn: sqlite3.Connection) -> dict[str, int]:
    tables = ("rides", *(t.table for t in CHILD_TABLES))
    return {t: int(conn.execute(f"SELECT max(id) FROM {t}").fetchone()[0] or 0) + 1 for t in tables}


class _Rows:
    """Rows to insert, per table and set of columns, in insert order."""

    def __init__(self) -> None:
        self.by_table: dict[str, dict[tuple[str, ...], list[list[Any]]]] = {}

    def add(self, table: str, values: dict[str, Any]) -> None:
        group = self.by_table.setdefault(table, {}).setdefault(tuple(values), [])
        group.append(list(values.values()))

    def write(self, conn: sqlite3.Connection, order: Sequence[str]) -> None:
        for table in order:
            for columns, rows in self.by_table.get(table, {}).items():
                cols = ", ".join(columns)
                marks = ", ".join("?" for _ in columns)
                conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)


def _write_new(store: Store, waiting: list[_New], stored: dict[str, int]) -> list[int]:
    """Insert the waiting rides and their rows (the values ``merging._write`` writes for a
    new ride, with the ids it would get), remember their versions, seal the acknowledged
    ones. Returns the rides' ids."""
    conn = store.db.conn
    next_id = _next_ids(conn)
    versions = sorted({w.version_id for w in waiting})
    scorecard_of = {
        int(v): int(s)
        for v, s in conn.execute(
            "SELECT id, scorecard_id FROM scorecard_versions WHERE id IN "
            "(SELECT value FROM json_each(?))",
            [json.dumps(versions)],
        )
    }
    rows = _Rows()
    commitments: dict[str, int] = {}  # commitments of the page's rides: uuid -> id
    ride_ids: list[int] = []
    remembered: list[tuple[str, str, str, str]] = []
    for item in waiting:
        unit = item.unit
        ride = unit.body["ride"]
        ride_id = next_id["rides"]
        next_id["rides"] += 1
        values: dict[str, Any] = {"id": ride_id}
        values |= {c: ride[c] for c in (*STAMPS, *RIDE_COLUMNS)}
        values |= {c: ride.get(c) for c in OPTIONAL_RIDE_COLUMNS}
        values |= {
            "seller_id": item.seller_id,
            "scorecard_version_id": item.version_id,
            "author_id": unit.author_id,
            "conflict_of": unit.conflict_of,
            "merged_hash": unit.content_hash,
            "merged_updated_at": unit.updated_at,
        }
        rows.add("rides", values)
        ride_ids.append(ride_id)
        derived: dict[str, Any] = {
            "ride_id": ride_id,
            "seller_id": item.seller_id,
            "scorecard_id": scorecard_of[item.version_id],
            "observed_on": ride["ride_date"],
        }
        written: dict[str, int] = {}  # uuid -> id of this ride's rows
        for table in CHILD_TABLES:
            # Tombstones first, as merging._write (the at-most-two focus trigger).
            ordered = sorted(unit.body[table.key], key=lambda r: r.get("deleted_at") is None)
            for r in ordered:
                row = {k: v for k, v in r.items() if k not in table.refs}
                for ref, (column, _target) in table.refs.items():
                    if r[ref] is None:
                        row[column] = None
                        continue
                    found = written.get(r[ref])
                    if found is None:  # a verification of an earlier ride's commitment
                        found = commitments.get(r[ref]) or stored[r[ref]]
                    row[column] = found
                if table.table == "debrief_questions":
                    row["debrief_id"] = derived["debrief_id"]
                else:
                    for column in PARENT_COLUMNS.get(table.table, ("ride_id",)):
                        row[column] = derived[column]
                row_id = next_id[table.table]
                next_id[table.table] += 1
                written[r["uuid"]] = row_id
                rows.add(
                    table.table,
                    {"id": row_id}
                    | {
                        k: records.without_nul(v) if isinstance(v, str) else v
                        for k, v in row.items()
                    },
                )
            if table.table == "debriefs" and ordered:
                derived["debrief_id"] = written[ordered[0]["uuid"]]
        commitments |= {r["uuid"]: written[r["uuid"]] for r in unit.body["commitments"]}
        remembered.append((unit.uuid, unit.content_hash, unit.updated_at, records.now_utc()))
    rows.write(conn, ("rides", *(t.table for t in CHILD_TABLES)))
    conn.executemany(
        "INSERT OR IGNORE INTO ride_versions (ride_uuid, content_hash, updated_at, recorded_at) "
        "VALUES (?, ?, ?, ?)",
        remembered,
    )
    acknowledged = [
        ride_id
        for item, ride_id in zip(waiting, ride_ids, strict=True)
        if item.unit.body["ride"]["status"] == "acknowledged"
    ]
    seal_rides(conn, acknowledged)
    return ride_ids
