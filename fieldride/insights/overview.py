"""The team overview: sellers x behaviours grid of the latest level, cadence and overdue
commitments (:func:`team_overview`), and the scorecards the team's rides used.

Behaviours are followed across scorecard versions by their stable key. A behaviour that did not
exist in the version a ride used is a gap (``None``), never a zero. "No opportunity" and unrated
behaviours never count in any mean. Removed rides and removed calls never count. The grid looks
up the latest rated ride per seller and behaviour by walking ``idx_obs_trend`` backwards.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from typing import Any, NamedTuple

from fieldride.debriefs import Commitment, commitments
from fieldride.insights.cadence import Cadence, team_cadence
from fieldride.insights.scores import SellerScore, scores_of_rides
from fieldride.insights.shape import ScorecardShape, scorecard_shape
from fieldride.rides.levels import LIVE_CALL, LevelRow
from fieldride.store import Store


class LatestLevel(NamedTuple):
    """A seller's latest level on a behaviour: the mean on the latest ride (by date, then ride
    id) where the behaviour was rated at least once. A NamedTuple, not a dataclass: a
    director's grid builds ~13,000 of them, and this is several times cheaper."""

    level: float
    label: str
    ride_id: int
    ride_date: str
    ratings: int


@dataclass(frozen=True)
class TeamRow:
    cadence: Cadence
    levels: dict[str, LatestLevel]  # behaviour key → latest level; missing = never rated
    # The ride score of the seller's latest ride rated on the scorecard (weighted where that
    # ride's scorecard version gives weights; fieldride.scorecards.scoring); None: none yet.
    score: SellerScore | None = None


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


# An observation on a removed call never counts. Only sellers with a removed call pay for this
# test on every observation read (most have none; the partial index idx_calls_deleted says who).
_NOT_REMOVED = "o.call_id NOT IN (SELECT id FROM calls WHERE deleted_at IS NOT NULL)"


# The sellers a restricted overview computes, each read by its id (the json array :only).
_ONLY = "s.id IN (SELECT value FROM json_each(:only)) AND"


def _sellers_with_removed_calls(store: Store) -> list[int]:
    """Sellers with at least one removed call (read through the partial index of removed calls:
    the cost grows with the removed calls, not with the team)."""
    return [
        int(r[0])
        for r in store.db.execute(
            """SELECT DISTINCT r.seller_id FROM calls c INDEXED BY idx_calls_deleted
               JOIN rides r ON r.id = c.ride_id WHERE c.deleted_at IS NOT NULL"""
        )
    ]


def _newest_ride_rows(
    store: Store, card: int, sellers: list[int], removed: bool, only: list[int] | None
) -> list[tuple[int, str, str, int, float, int]]:
    """(seller, behaviour key, day, ride, mean, ratings) for every behaviour rated on each active
    seller's newest rated ride on the scorecard (by date, then ride id; removed rides,
    conflict copies and removed calls never count). ``removed``: only the sellers in
    ``sellers`` (those with a removed call), testing every observation; otherwise every other
    active seller, without that test. ``only``: of those, only these sellers (read by id).

    Per seller: two backward seeks in ``idx_obs_ride_levels`` (the ride's day and id) and one
    range of it (that ride's observations, in behaviour order). Sellers are the outer loop in id
    order, so the grouping follows the index and needs no sort."""
    check = _NOT_REMOVED if removed else "1"
    newest = f"""(SELECT n.{{col}} FROM observations n INDEXED BY idx_obs_ride_levels
                   JOIN rides r ON r.id = n.ride_id AND r.deleted_at IS NULL
                    AND r.conflict_of IS NULL
                  WHERE n.seller_id = s.id AND n.scorecard_id = :card AND n.level IS NOT NULL
                    AND {check.replace("o.", "n.")}
                  ORDER BY n.observed_on DESC, n.ride_id DESC LIMIT 1)"""
    rows: list[tuple[int, str, str, int, float, int]] = store.db.execute(
        f"""
        SELECT s.id, o.behaviour_key, o.observed_on, o.ride_id, avg(o.level), count(o.level)
        FROM sellers s CROSS JOIN observations o INDEXED BY idx_obs_ride_levels
          ON o.seller_id = s.id AND o.scorecard_id = :card
         AND o.observed_on = {newest.format(col="observed_on")}
         AND o.ride_id = {newest.format(col="ride_id")}
         AND o.level IS NOT NULL AND {check}
        WHERE {_ONLY if only is not None else ""} s.archived_at IS NULL
          AND s.id {"" if removed else "NOT"} IN (SELECT value FROM json_each(:sellers))
        GROUP BY s.id, o.behaviour_key
        """,
        {"card": card, "sellers": json.dumps(sellers), "only": json.dumps(only)},
    ).fetchall()
    return rows


def _latest_of_pairs(
    store: Store, card: int, pairs: list[list[Any]]
) -> list[tuple[int, str, str, int, float, int]]:
    """The same rows for (seller, behaviour key) pairs not rated on the seller's newest ride: the
    pair's latest rated ride, walking ``idx_obs_trend`` backwards, and its mean."""
    rows: list[tuple[int, str, str, int, float, int]] = store.db.execute(
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
        SELECT p.seller_id, p.key, p.day, p.ride, avg(o.level), count(o.level)
        FROM latest p CROSS JOIN observations o INDEXED BY idx_obs_ride_levels
          ON o.seller_id = p.seller_id AND o.scorecard_id = :card AND o.observed_on = p.day
         AND o.ride_id = p.ride AND o.behaviour_key = p.key AND o.level IS NOT NULL
        WHERE {LIVE_CALL}
        GROUP BY p.seller_id, p.key
        """,
        {"card": card, "pairs": json.dumps(pairs)},
    ).fetchall()
    return rows


def _latest(
    store: Store, shape: ScorecardShape, only: list[int] | None = None
) -> tuple[dict[tuple[int, str], LatestLevel], dict[int, list[LevelRow]]]:
    """The latest levels (see :func:`latest_levels`) and, per seller, the level rows of their
    newest rated ride on the scorecard (every behaviour rated on it: the ride score's input);
    with ``only``, of those sellers alone."""
    keys = [b.key for b in shape.behaviours]
    wanted = set(keys)
    # A mean takes few distinct values (levels 1-4 over a few calls): each label is looked up
    # once, not once per cell (a director's grid has ~13,000 cells).
    label = cache(shape.level_label)
    # tuple.__new__ straight: the cheapest way to build ~13,000 of them.
    make = partial(tuple.__new__, LatestLevel)
    out: dict[tuple[int, str], LatestLevel] = {}
    newest: dict[int, list[LevelRow]] = {}
    removed = _sellers_with_removed_calls(store)
    rows = _newest_ride_rows(store, shape.id, removed, False, only)
    if removed:
        rows += _newest_ride_rows(store, shape.id, removed, True, only)
    for seller, key, day, ride, mean, n in rows:
        newest.setdefault(seller, []).append((day, ride, key, mean, n))
        if key in wanted:
            level = float(mean)
            out[(seller, key)] = make((level, label(level), ride, day, n))
    active = store.db.execute(
        f"SELECT id FROM sellers s WHERE {_ONLY if only is not None else ''} s.archived_at IS NULL",
        {"only": json.dumps(only)},
    )
    missing = [
        [seller, key]
        for seller in (int(r[0]) for r in active)
        for key in keys
        if (seller, key) not in out
    ]
    if missing:
        for seller, key, day, ride, mean, n in _latest_of_pairs(store, shape.id, missing):
            if key in wanted:
                level = float(mean)
                out[(int(seller), key)] = make((level, label(level), int(ride), day, int(n)))
    return out, newest


def latest_levels(store: Store, shape: ScorecardShape) -> dict[tuple[int, str], LatestLevel]:
    """(seller id, behaviour key) → latest level, for every active seller (see LatestLevel).

    In two steps, so that the work per seller is a few index seeks and the observations of one
    ride, whatever the length of the history and the size of the team (a director's store holds
    hundreds of sellers over ten years):

    1. each seller's newest rated ride on the scorecard (backward seeks in
       ``idx_obs_ride_levels``) and the mean of every behaviour rated on it (a range of the same
       index, grouped in its order). A behaviour rated on that ride has it as its latest rated
       ride, since no rated ride of the seller is newer;
    2. only for the (seller, behaviour) pairs not rated on that ride (a behaviour of an older
       version, one skipped that day): the latest rated ride of the pair, walking
       ``idx_obs_trend`` backwards, and its mean.
    """
    return _latest(store, shape)[0]


def team_overview(
    store: Store,
    scorecard_key: str | None = None,
    today: date | None = None,
    sellers: Collection[int] | None = None,
) -> TeamOverview | None:
    """The team grid for one scorecard (default: the most recently used one), with cadence and
    overdue commitments. None when the store has no scorecard at all.

    ``sellers`` (ids): only those sellers are computed (the active ones among them): their rows
    and their overdue commitments, the same figures as the whole team's rows for them, each
    seller read by its id through the same index seeks. A director's review shows one
    manager's team of a whole organisation's store (``seller_managers``): the work then grows
    with that team, not with the organisation. None (the default): every active seller."""
    key = scorecard_key
    if key is None:
        used = scorecards_in_use(store)
        key = used[0][0] if used else None
    shape = scorecard_shape(store, key) if key else None
    if shape is None:
        return None
    only = sorted(set(sellers)) if sellers is not None else None
    levels, newest = _latest(store, shape, only)
    scores = scores_of_rides(store, newest)
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
        for c in team_cadence(store, today, sellers=only)
    )
    overdue = tuple(commitments.overdue_commitments(store, today, only))
    return TeamOverview(shape, rows, overdue)
