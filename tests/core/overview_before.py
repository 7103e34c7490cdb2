"""The team overview as it was computed before issue 23's director-scale rewrite (main at
c40bac1, ``fieldride/insights/overview.py`` and ``scores.latest_scores``), kept verbatim as the
reference the new code must match cell for cell (tests/core/test_team_overview_scale.py)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from typing import Any

from fieldride.debriefs import commitments
from fieldride.insights.cadence import team_cadence
from fieldride.insights.overview import LatestLevel, TeamOverview, TeamRow, scorecards_in_use
from fieldride.insights.scores import SellerScore, scores_by_ride
from fieldride.insights.shape import ScorecardShape, scorecard_shape
from fieldride.rides.levels import LIVE_CALL, level_rows
from fieldride.scorecards.store import version_weights
from fieldride.store import Store


def latest_levels_before(store: Store, shape: ScorecardShape) -> dict[tuple[int, str], LatestLevel]:
    """(seller id, behaviour key) → latest level, for every active seller (see LatestLevel).

    In two steps, so that the work per seller is a few index seeks whatever the size of the team
    (a director's store holds hundreds of sellers):

    1. each seller's newest rated ride on the scorecard (one backward seek in
       ``idx_obs_ride_levels``) and the mean of every behaviour rated on it (a range of the same
       index). A behaviour rated on that ride has it as its latest rated ride, since no rated
       ride of the seller is newer;
    2. only for the (seller, behaviour) pairs not rated on that ride (a behaviour of an older
       version, one skipped that day): the latest rated ride of the pair, walking
       ``idx_obs_trend`` backwards, and its mean.

    The CTEs are MATERIALIZED and CROSS JOINed so the planner keeps them as the outer loop
    (flattened, it scanned every observation).
    """
    keys = [b.key for b in shape.behaviours]
    wanted = set(keys)
    # A mean takes few distinct values (levels 1-4 over a few calls): each label is looked up
    # once, not once per cell (a director's grid has ~13,000 cells).
    label = cache(shape.level_label)
    out: dict[tuple[int, str], LatestLevel] = {}

    def add(rows: Iterable[Any]) -> None:
        for r in rows:
            if r["key"] in wanted:
                level = float(r["mean"])
                out[(int(r["seller_id"]), r["key"])] = LatestLevel(
                    level, label(level), int(r["ride"]), r["day"], int(r["n"])
                )

    add(
        store.db.query(
            f"""
            WITH newest AS MATERIALIZED (
                SELECT s.id AS seller_id,
                  (SELECT o.observed_on || char(31) || o.ride_id
                     FROM observations o INDEXED BY idx_obs_ride_levels
                     JOIN rides r ON r.id = o.ride_id AND r.deleted_at IS NULL
                    WHERE o.seller_id = s.id AND o.scorecard_id = :card
                      AND o.level IS NOT NULL AND {LIVE_CALL}
                    ORDER BY o.observed_on DESC, o.ride_id DESC LIMIT 1) AS latest
                FROM sellers s WHERE s.archived_at IS NULL
            )
            , latest AS MATERIALIZED (
                SELECT seller_id,
                       substr(latest, 1, instr(latest, char(31)) - 1) AS day,
                       CAST(substr(latest, instr(latest, char(31)) + 1) AS INTEGER) AS ride
                FROM newest WHERE latest IS NOT NULL
            )
            SELECT p.seller_id, o.behaviour_key AS key, p.day, p.ride,
                   avg(o.level) AS mean, count(o.level) AS n
            FROM latest p CROSS JOIN observations o INDEXED BY idx_obs_ride_levels
              ON o.seller_id = p.seller_id AND o.scorecard_id = :card AND o.observed_on = p.day
             AND o.ride_id = p.ride AND o.level IS NOT NULL
            WHERE {LIVE_CALL}
            GROUP BY p.seller_id, o.behaviour_key
            """,
            {"card": shape.id},
        )
    )
    sellers = [
        int(r[0]) for r in store.db.execute("SELECT id FROM sellers WHERE archived_at IS NULL")
    ]
    missing = [[seller, key] for seller in sellers for key in keys if (seller, key) not in out]
    if not missing:
        return out
    add(
        store.db.query(
            f"""
            WITH pairs AS MATERIALIZED (
                SELECT j.value ->> 0 AS seller_id, j.value ->> 1 AS key,
                  (SELECT o.observed_on || char(31) || o.ride_id
                     FROM observations o INDEXED BY idx_obs_trend
                     JOIN rides r ON r.id = o.ride_id AND r.deleted_at IS NULL
                    WHERE o.seller_id = j.value ->> 0 AND o.scorecard_id = :card
                      AND o.behaviour_key = j.value ->> 1
                      AND o.level IS NOT NULL AND {LIVE_CALL}
                    ORDER BY o.observed_on DESC, o.ride_id DESC LIMIT 1) AS latest
                FROM json_each(:pairs) j
            )
            , latest AS MATERIALIZED (
                SELECT seller_id, key,
                       substr(latest, 1, instr(latest, char(31)) - 1) AS day,
                       CAST(substr(latest, instr(latest, char(31)) + 1) AS INTEGER) AS ride
                FROM pairs WHERE latest IS NOT NULL
            )
            SELECT p.seller_id, p.key, p.day, p.ride, avg(o.level) AS mean, count(o.level) AS n
            FROM latest p CROSS JOIN observations o INDEXED BY idx_obs_ride_levels
              ON o.seller_id = p.seller_id AND o.scorecard_id = :card AND o.observed_on = p.day
             AND o.ride_id = p.ride AND o.behaviour_key = p.key AND o.level IS NOT NULL
            WHERE {LIVE_CALL}
            GROUP BY p.seller_id, p.key
            """,
            {"card": shape.id, "pairs": json.dumps(missing)},
        )
    )
    return out


def latest_scores_before(
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


def team_overview_before(
    store: Store, scorecard_key: str | None = None, today: date | None = None
) -> TeamOverview | None:
    """The team grid for one scorecard (default: the most recently used one), with cadence and
    overdue commitments. None when the store has no scorecard at all."""
    key = scorecard_key
    if key is None:
        used = scorecards_in_use(store)
        key = used[0][0] if used else None
    shape = scorecard_shape(store, key) if key else None
    if shape is None:
        return None
    levels = latest_levels_before(store, shape)
    newest: dict[int, tuple[str, int]] = {}
    for (seller_id, _key), lv in levels.items():
        newest[seller_id] = max(newest.get(seller_id, ("", 0)), (lv.ride_date, lv.ride_id))
    scores = latest_scores_before(store, shape.id, newest)
    rows = tuple(
        TeamRow(
            c,
            {
                b.key: levels[(c.seller_id, b.key)]
                for b in shape.behaviours
                if (c.seller_id, b.key) in levels
            },
            scores.get(c.seller_id),
        )
        for c in team_cadence(store, today)
    )
    overdue = tuple(commitments.overdue_commitments(store, today))
    return TeamOverview(shape, rows, overdue)
