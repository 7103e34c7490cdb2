"""Per-ride levels: a seller's mean level per ride and behaviour, the points of every trend
line.

:func:`level_rows` is the one grouped query behind every per-ride figure (the trend points of
:func:`ride_levels`, the seller profile's trends, regressions and training before/after): per
ride and behaviour, the mean level, straight off the covering index ``idx_obs_ride_levels`` in
index order (no join, no sort). The rating rules live there once: "no opportunity" and unrated
behaviours never count in a mean, observations on removed calls never count. Rows of removed
rides are dropped by the caller against :func:`live_ride_ids`. An unknown scorecard gives an
empty list, never an error.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldride.store import Store
from fieldride.store import rows as records

# The SQL test that an observation ``o`` counts: not on a removed call, not on a conflict copy
# (a version of a ride kept for comparison after a merge, issue 21: its ratings would count
# the ride twice). The partial indexes idx_calls_deleted and idx_rides_conflict_of make both
# tiny lookups.
LIVE_CALL = (
    "o.call_id NOT IN (SELECT id FROM calls WHERE deleted_at IS NOT NULL) "
    "AND o.ride_id NOT IN (SELECT id FROM rides WHERE conflict_of IS NOT NULL)"
)

# (observed_on, ride_id, behaviour_key, mean level, ratings): one per ride and behaviour.
LevelRow = tuple[str, int, str, float, int]


@dataclass(frozen=True)
class RidePoint:
    """One behaviour's level on one ride: the mean of the levels rated on its calls ("no
    opportunity" and unrated calls never count). ``focus`` marks the ride's focus behaviours."""

    ride_id: int
    ride_date: str
    behaviour_key: str
    mean_level: float
    ratings: int
    focus: bool


def scorecard_id(store: Store, scorecard_key: str) -> int | None:
    """The id of the scorecard with this key (across its versions), or None."""
    row = records.one(store.db, "SELECT id FROM scorecards WHERE key = ?", [scorecard_key])
    return int(row["id"]) if row else None


def live_ride_ids(store: Store, seller_id: int) -> set[int]:
    """The ids of the seller's rides that are not removed."""
    return {
        int(r[0])
        for r in store.db.execute(
            "SELECT id FROM rides WHERE seller_id = ? AND deleted_at IS NULL", [seller_id]
        )
    }


def level_rows(
    store: Store,
    seller_id: int,
    scorecard_id: int,
    behaviour_keys: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[LevelRow]:
    """Per ride and behaviour, the seller's mean level on one scorecard as plain tuples, in
    (date, ride id, key) order, optionally only for ``behaviour_keys`` and rides dated from
    ``since`` to ``until`` — INCLUDING rides that were removed: the caller drops them against
    :func:`live_ride_ids` (a join here costs a materialised subquery plus a sort). Removed calls
    and unrated or "no opportunity" observations never count.

    Grouped and ordered in ``idx_obs_ride_levels`` order (no temporary b-tree), no per-row
    Python object beyond the fetched tuple.
    """
    params: dict[str, Any] = {"seller": seller_id, "card": scorecard_id}
    # Only the bounds given: an "(:since IS NULL OR ...)" test costs per index entry, and lets
    # the planner use the date as a range on idx_obs_ride_levels when there is one.
    filters = ""
    if since is not None:
        filters += "AND o.observed_on >= :since "
        params["since"] = since
    if until is not None:
        filters += "AND o.observed_on <= :until "
        params["until"] = until
    if behaviour_keys:
        filters += "AND o.behaviour_key IN (SELECT value FROM json_each(:keys)) "
        params["keys"] = json.dumps(list(behaviour_keys))
    # Most sellers have no removed call at all, which the partial index idx_calls_deleted
    # tells at once; only then is the per-observation test worth its cost.
    any_removed = store.db.execute(
        """SELECT EXISTS (SELECT 1 FROM calls c INDEXED BY idx_calls_deleted
                          JOIN rides r ON r.id = c.ride_id
                          WHERE c.deleted_at IS NOT NULL AND r.seller_id = ?)
               OR EXISTS (SELECT 1 FROM rides r INDEXED BY idx_rides_conflict_of
                          WHERE r.conflict_of IS NOT NULL AND r.seller_id = ?)""",
        [seller_id, seller_id],
    ).fetchone()[0]
    if any_removed:
        filters += f"AND {LIVE_CALL}"
    # Raw cursor rows (tuples): the dict rows of db.query cost as much as the query here.
    cursor = store.db.execute(
        f"""
        SELECT o.observed_on, o.ride_id, o.behaviour_key, avg(o.level), count(o.level)
        FROM observations o INDEXED BY idx_obs_ride_levels
        WHERE o.seller_id = :seller AND o.scorecard_id = :card AND o.level IS NOT NULL
          {filters}
        GROUP BY o.observed_on, o.ride_id, o.behaviour_key
        ORDER BY o.observed_on, o.ride_id, o.behaviour_key
        """,
        params,
    )
    rows: list[LevelRow] = cursor.fetchall()
    return rows


def _focus_of_rides(
    store: Store, seller_id: int, since: str | None, until: str | None
) -> set[tuple[int, str]]:
    rows = store.db.query(
        """SELECT f.ride_id, f.behaviour_key FROM rides r JOIN ride_focus f ON f.ride_id = r.id
           AND f.deleted_at IS NULL
           WHERE r.seller_id = :seller AND (:since IS NULL OR r.ride_date >= :since)
             AND (:until IS NULL OR r.ride_date <= :until)""",
        {"seller": seller_id, "since": since, "until": until},
    )
    return {(int(r["ride_id"]), r["behaviour_key"]) for r in rows}


def ride_levels(
    store: Store,
    seller_id: int,
    scorecard_key: str,
    behaviour_keys: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[RidePoint]:
    """Per ride and behaviour, the seller's mean level, oldest first (by date, then ride id).

    Behaviours are followed by their stable key across scorecard versions; a behaviour not rated
    on a ride has no point there (a gap in the line, never a zero). An unknown scorecard gives
    an empty list. Uses the covering index ``idx_obs_ride_levels``.
    """
    card_id = scorecard_id(store, scorecard_key)
    if card_id is None:
        return []
    rows = level_rows(store, seller_id, card_id, behaviour_keys, since, until)
    live = live_ride_ids(store, seller_id)
    focus = _focus_of_rides(store, seller_id, since, until)
    return [
        RidePoint(ride_id, day, key, mean, ratings, (ride_id, key) in focus)
        for day, ride_id, key, mean, ratings in rows
        if ride_id in live
    ]
