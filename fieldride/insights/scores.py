"""Ride scores in the reviews (issue 22, "weights that count"): per ride, the score of the
per-behaviour levels by the rule of the ride's own scorecard version
(:func:`fieldride.scorecards.scoring.ride_score`: weighted where the version gives weights, the
plain mean otherwise; "no opportunity" and unrated behaviours never count).

- :func:`scores_by_ride`: from level rows already fetched (the seller profile's trend of the
  ride score);
- :func:`latest_scores`: each seller's score on their latest ride rated on a scorecard (the
  team review's "Ride score" column).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from fieldride.rides.levels import LevelRow, level_rows
from fieldride.scorecards.scoring import RideScore, Weights, ride_score
from fieldride.scorecards.store import version_weights
from fieldride.store import Store


class SellerScore(NamedTuple):
    """A seller's ride score on their latest ride rated on a scorecard."""

    ride_id: int
    ride_date: str
    score: RideScore


def scores_by_ride(
    rows: Iterable[LevelRow],
    version_of: Mapping[int, int],
    weights: Mapping[int, Weights],
) -> dict[int, RideScore]:
    """Ride id → score, from (date, ride, key, mean, ratings) level rows of live rides;
    ``version_of`` maps a ride to its scorecard version, ``weights`` a version to its weights.
    Rides with nothing that counts are absent."""
    levels: dict[int, dict[str, float]] = {}
    for _day, ride_id, key, mean, _n in rows:
        levels.setdefault(ride_id, {})[key] = float(mean)
    out: dict[int, RideScore] = {}
    for ride_id, per_key in levels.items():
        vid = version_of.get(ride_id)
        score = ride_score(per_key, weights.get(vid) if vid is not None else None)
        if score is not None:
            out[ride_id] = score
    return out


def latest_scores(
    store: Store, scorecard_id: int, latest_rides: Mapping[int, tuple[str, int]]
) -> dict[int, SellerScore]:
    """Seller id → the score of ``latest_rides[seller]`` ((date, ride id): the seller's latest
    ride where a behaviour of the scorecard was rated). One small grouped read per seller, on
    that day only (``idx_obs_ride_levels``)."""
    if not latest_rides:
        return {}
    version_of = {
        int(rid): int(vid)
        for rid, vid in store.db.execute(
            "SELECT id, scorecard_version_id FROM rides WHERE id IN (SELECT value FROM json_each(?))",
            [str([ride for _, ride in latest_rides.values()])],
        )
    }
    weights = version_weights(store, version_of.values())
    out: dict[int, SellerScore] = {}
    for seller_id, (day, ride_id) in latest_rides.items():
        # The ride comes from latest_levels, which already leaves out removed rides.
        rows = [
            r
            for r in level_rows(store, seller_id, scorecard_id, since=day, until=day)
            if r[1] == ride_id
        ]
        score = scores_by_ride(rows, version_of, weights).get(ride_id)
        if score is not None:
            out[seller_id] = SellerScore(ride_id, day, score)
    return out
