"""Ride scores in the reviews (issue 22, "weights that count"): per ride, the score of the
per-behaviour levels by the rule of the ride's own scorecard version
(:func:`fieldride.scorecards.scoring.ride_score`: weighted where the version gives weights, the
plain mean otherwise; "no opportunity" and unrated behaviours never count).

- :func:`scores_by_ride`: from level rows already fetched (the seller profile's trend of the
  ride score);
- :func:`scores_of_rides`: each seller's score on their latest ride rated on a scorecard (the
  team review's "Ride score" column), from that ride's levels (:class:`RideLevels`), which the
  team overview has already read for its grid.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from fieldride.rides.levels import LevelRow
from fieldride.scorecards.scoring import RideScore, Weights, ride_score
from fieldride.scorecards.store import version_weights
from fieldride.store import Store


class RideLevels(NamedTuple):
    """One ride's levels: behaviour key → mean level of every behaviour rated on the ride, in the
    order they were read (a plain mean adds them in that order), and the ride's scorecard
    version (whose weights score it)."""

    ride_date: str
    ride_id: int
    version_id: int
    levels: dict[str, float]


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


def scores_of_rides(store: Store, rides: Mapping[int, RideLevels]) -> dict[int, SellerScore]:
    """Seller id → the score of one ride per seller, from that ride's levels (every behaviour
    rated on it, as the team overview reads them for the seller's latest rated ride), without
    reading the ride again. Sellers whose ride has nothing that counts are absent."""
    weights = version_weights(store, (ride.version_id for ride in rides.values()))
    out: dict[int, SellerScore] = {}
    for seller_id, (day, ride_id, version_id, levels) in rides.items():
        score = ride_score(levels, weights.get(version_id))
        if score is not None:
            out[seller_id] = SellerScore(ride_id, day, score)
    return out
