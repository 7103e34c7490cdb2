"""The team overview: sellers x behaviours grid of the latest level, cadence and overdue
commitments (:func:`team_overview`), and the scorecards the team's rides used.

Behaviours are followed across scorecard versions by their stable key. A behaviour that did not
exist in the version a ride used is a gap (``None``), never a zero. "No opportunity" and unrated
behaviours never count in any mean. Removed rides and removed calls never count. The grid looks
up the latest rated ride per seller and behaviour by walking ``idx_obs_trend`` backwards.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from fieldride.debriefs import Commitment, commitments
from fieldride.insights.cadence import Cadence, team_cadence
from fieldride.insights.shape import ScorecardShape, scorecard_shape
from fieldride.rides.levels import LIVE_CALL
from fieldride.store import Store


@dataclass(frozen=True)
class LatestLevel:
    """A seller's latest level on a behaviour: the mean on the latest ride (by date, then ride
    id) where the behaviour was rated at least once."""

    level: float
    label: str
    ride_id: int
    ride_date: str
    ratings: int


@dataclass(frozen=True)
class TeamRow:
    cadence: Cadence
    levels: dict[str, LatestLevel]  # behaviour key → latest level; missing = never rated


@dataclass(frozen=True)
class TeamOverview:
    scorecard: ScorecardShape
    rows: tuple[TeamRow, ...]
    overdue: tuple[Commitment, ...]


def scorecards_in_use(store: Store) -> list[tuple[str, str]]:
    """(key, name) of the scorecards of the sellers' latest rides (most recent first), then the
    other active scorecards by name."""
    # Each seller's latest ride through idx_rides_seller_date (rides has no index on the
    # version: a max() over every ride would scan them all).
    used = [
        (r["key"], r["name"])
        for r in store.db.query(
            """SELECT sc.key, sc.name, max(r.ride_date) AS last
               FROM sellers s
               JOIN rides r ON r.id = (SELECT id FROM rides WHERE seller_id = s.id
                                       AND deleted_at IS NULL ORDER BY ride_date DESC LIMIT 1)
               JOIN scorecard_versions v ON v.id = r.scorecard_version_id
               JOIN scorecards sc ON sc.id = v.scorecard_id
               WHERE sc.archived_at IS NULL
               GROUP BY sc.id ORDER BY last DESC"""
        )
    ]
    others = [
        (r["key"], r["name"])
        for r in store.db.query(
            "SELECT key, name FROM scorecards WHERE archived_at IS NULL ORDER BY name COLLATE NOCASE"
        )
        if (r["key"], r["name"]) not in used
    ]
    return used + others


def latest_levels(store: Store, shape: ScorecardShape) -> dict[tuple[int, str], LatestLevel]:
    """(seller id, behaviour key) → latest level, for every active seller (see LatestLevel).

    The latest rated ride per pair comes from walking ``idx_obs_trend`` backwards; the pairs are
    MATERIALIZED and CROSS JOINed so the planner keeps them as the outer loop (flattened, it
    scanned every observation).
    """
    keys = json.dumps([b.key for b in shape.behaviours])
    rows = store.db.query(
        f"""
        WITH pairs AS MATERIALIZED (
            SELECT s.id AS seller_id, k.value AS key,
              (SELECT o.observed_on || char(31) || o.ride_id
                 FROM observations o INDEXED BY idx_obs_trend
                 JOIN rides r ON r.id = o.ride_id AND r.deleted_at IS NULL
                WHERE o.seller_id = s.id AND o.scorecard_id = :card AND o.behaviour_key = k.value
                  AND o.level IS NOT NULL AND {LIVE_CALL}
                ORDER BY o.observed_on DESC, o.ride_id DESC LIMIT 1) AS latest
            FROM sellers s, json_each(:keys) k WHERE s.archived_at IS NULL
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
        {"card": shape.id, "keys": keys},
    )
    out: dict[tuple[int, str], LatestLevel] = {}
    for r in rows:
        level = float(r["mean"])
        out[(int(r["seller_id"]), r["key"])] = LatestLevel(
            level, shape.level_label(level), int(r["ride"]), r["day"], int(r["n"])
        )
    return out


def team_overview(
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
    levels = latest_levels(store, shape)
    rows = tuple(
        TeamRow(
            c,
            {
                b.key: levels[(c.seller_id, b.key)]
                for b in shape.behaviours
                if (c.seller_id, b.key) in levels
            },
        )
        for c in team_cadence(store, today)
    )
    overdue = tuple(commitments.overdue_commitments(store, today))
    return TeamOverview(shape, rows, overdue)
