"""Per-ride levels: a seller's mean level per ride and behaviour, the points of every trend
line (:func:`ride_levels`, :class:`RidePoint`).

Split out of :mod:`fieldride.insights` (which re-exports the public names, and ``_LIVE_CALL``
and ``_scorecard_id`` for :mod:`fieldride.progress_levels`). "No opportunity" and unrated
behaviours never count in a mean; removed rides and removed calls never count. The levels come
from the covering index ``idx_obs_ride_levels`` grouped in index order. An unknown scorecard
gives an empty list, never an error.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from fieldride import records
from fieldride.db import Store

# Observations on removed calls never count; the partial index makes this a tiny lookup.
_LIVE_CALL = "o.call_id NOT IN (SELECT id FROM calls WHERE deleted_at IS NOT NULL)"


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


class _Lv(NamedTuple):
    """A per-ride level without the focus flag (cheap to build: the profile makes thousands)."""

    ride_id: int
    ride_date: str
    behaviour_key: str
    mean_level: float
    ratings: int


def _scorecard_id(store: Store, scorecard_key: str) -> int | None:
    row = records.one(store.db, "SELECT id FROM scorecards WHERE key = ?", [scorecard_key])
    return int(row["id"]) if row else None


def _focus_of_rides(
    store: Store, seller_id: int, since: str | None, until: str | None
) -> set[tuple[int, str]]:
    rows = store.db.query(
        """SELECT f.ride_id, f.behaviour_key FROM rides r JOIN ride_focus f ON f.ride_id = r.id
           WHERE r.seller_id = :seller AND (:since IS NULL OR r.ride_date >= :since)
             AND (:until IS NULL OR r.ride_date <= :until)""",
        {"seller": seller_id, "since": since, "until": until},
    )
    return {(int(r["ride_id"]), r["behaviour_key"]) for r in rows}


def _raw_levels(
    store: Store,
    seller_id: int,
    scorecard_id: int,
    behaviour_keys: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[_Lv]:
    params: dict[str, Any] = {
        "seller": seller_id,
        "card": scorecard_id,
        "since": since,
        "until": until,
    }
    keys_clause = ""
    # Only the bounds given: an "(:since IS NULL OR ...)" test costs per index entry, and lets
    # the planner use the date as a range on idx_obs_ride_levels when there is one.
    period_clause = "".join(
        clause
        for value, clause in (
            (since, "AND o.observed_on >= :since "),
            (until, "AND o.observed_on <= :until "),
        )
        if value is not None
    )
    if behaviour_keys:
        keys_clause = "AND o.behaviour_key IN (SELECT value FROM json_each(:keys))"
        params["keys"] = json.dumps(list(behaviour_keys))
    # Raw cursor rows (tuples): the dict rows of db.query cost as much as the query here.
    cursor = store.db.execute(
        f"""
        SELECT g.ride_id, g.observed_on, g.behaviour_key, g.mean, g.n FROM (
            SELECT o.ride_id, o.observed_on, o.behaviour_key, avg(o.level) AS mean,
                   count(o.level) AS n
            FROM observations o INDEXED BY idx_obs_ride_levels
            WHERE o.seller_id = :seller AND o.scorecard_id = :card AND o.level IS NOT NULL
              {period_clause} {keys_clause} AND {_LIVE_CALL}
            GROUP BY o.observed_on, o.ride_id, o.behaviour_key
        ) g JOIN rides r ON r.id = g.ride_id AND r.deleted_at IS NULL
        ORDER BY g.observed_on, g.ride_id
        """,
        params,
    )
    return [_Lv._make(row) for row in cursor.fetchall()]


def _ride_levels_by_id(
    store: Store,
    seller_id: int,
    scorecard_id: int,
    behaviour_keys: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[RidePoint]:
    raw = _raw_levels(store, seller_id, scorecard_id, behaviour_keys, since, until)
    focus = _focus_of_rides(store, seller_id, since, until)
    return [
        RidePoint(
            p.ride_id,
            p.ride_date,
            p.behaviour_key,
            p.mean_level,
            p.ratings,
            (p.ride_id, p.behaviour_key) in focus,
        )
        for p in raw
    ]


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
    card_id = _scorecard_id(store, scorecard_key)
    if card_id is None:
        return []
    return _ride_levels_by_id(store, seller_id, card_id, behaviour_keys, since, until)
