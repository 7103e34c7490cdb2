"""The team overview: sellers x behaviours grid of the latest level, cadence and overdue
commitments (:func:`team_overview`), and the scorecards the team's rides used.

Behaviours are followed across scorecard versions by their stable key. A behaviour that did not
exist in the version a ride used is a gap (``None``), never a zero. "No opportunity" and unrated
behaviours never count in any mean. Removed rides and removed calls never count. The grid reads
each seller's newest rated ride, then the latest rated ride of each behaviour not rated on it,
from covering indexes only (see :func:`latest_levels`). Every statement that seeks per seller
walks the sellers in id order, the order of the indexes it seeks in.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from itertools import chain
from typing import Any, NamedTuple

from fieldride.debriefs import Commitment, commitments
from fieldride.insights.cadence import Cadence, team_cadence
from fieldride.insights.scores import RideLevels, SellerScore, scores_of_rides
from fieldride.insights.shape import ScorecardShape, scorecard_shape
from fieldride.rides.levels import LIVE_CALL
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


def _newest(check: str) -> str:
    """The SQL of the seller ``s``'s newest rated ride on the scorecard ``:card`` (by date, then
    ride id; removed rides and conflict copies never count; ``check``: a test every observation
    read must pass): one backward seek in ``idx_obs_ride_levels``. Selects ``{cols}`` of the
    observation ``n`` and the ride ``r`` (``str.format`` fills them in)."""
    return f"""(SELECT {{cols}} FROM observations n INDEXED BY idx_obs_ride_levels
                  JOIN rides r ON r.id = n.ride_id AND r.deleted_at IS NULL
                   AND r.conflict_of IS NULL
                 WHERE n.seller_id = s.id AND n.scorecard_id = :card AND n.level IS NOT NULL
                   AND {check.replace("o.", "n.")}
                 ORDER BY n.observed_on DESC, n.ride_id DESC LIMIT 1)"""


def _newest_rides(
    store: Store, card: int, removed: list[int], only: list[int] | None
) -> dict[int, tuple[int, RideLevels]]:
    """Ride id → (seller, the ride's day, id and scorecard version, with no levels yet) of each
    active seller's newest rated ride on the scorecard (see :func:`_newest`; removed calls
    never count: tested only for the sellers in ``removed``). ``only``: of those sellers
    alone. One seek per seller; the three values come packed in one string (a scalar subquery
    gives one value)."""
    packed = "n.observed_on || char(31) || n.ride_id || char(31) || r.scorecard_version_id"
    rows = store.db.execute(
        f"""SELECT s.id, CASE WHEN s.id IN (SELECT value FROM json_each(:removed))
                              THEN {_newest(_NOT_REMOVED).format(cols=packed)}
                              ELSE {_newest("1").format(cols=packed)} END
            FROM sellers s
            WHERE {_ONLY if only is not None else ""} s.archived_at IS NULL""",
        {"card": card, "removed": json.dumps(removed), "only": json.dumps(only)},
    )
    out: dict[int, tuple[int, RideLevels]] = {}
    for seller, newest in rows:
        if newest is not None:
            day, ride, version = str(newest).split("\x1f")
            out[int(ride)] = (int(seller), RideLevels(day, int(ride), int(version), {}))
    return out


def _newest_ride_rows(
    store: Store, card: int, sellers: list[int], removed: bool, only: list[int] | None
) -> Iterator[tuple[int, str, float, int]]:
    """(ride, behaviour key, mean, ratings) for every behaviour rated on each active seller's
    newest rated ride on the scorecard (see :func:`_newest`; removed calls never count).
    ``removed``: only the sellers in ``sellers`` (those with a removed call), testing every
    observation; otherwise every other active seller, without that test. ``only``: of those,
    only these sellers (read by id).

    Per seller: one backward seek in ``idx_obs_ride_levels`` (the ride's day and id, compared as
    a row value: the subquery runs once for both) and one range of it (that ride's
    observations, in behaviour order). Sellers are the outer loop in id order, so the grouping
    follows the index and needs no sort. The ride's day and version are not repeated on every
    row (:func:`_newest_rides` reads them once per seller), and the rows are read as they are
    used (the cursor, not a list of them all: ~12,000 rows on a director's store, each freed
    once read, so the garbage collector runs less often)."""
    check = _NOT_REMOVED if removed else "1"
    rows: Iterator[tuple[int, str, float, int]] = store.db.execute(
        f"""
        SELECT o.ride_id, o.behaviour_key, avg(o.level), count(*)
        FROM sellers s CROSS JOIN observations o INDEXED BY idx_obs_ride_levels
          ON o.seller_id = s.id AND o.scorecard_id = :card
         AND (o.observed_on, o.ride_id) = {_newest(check).format(cols="n.observed_on, n.ride_id")}
         AND o.level IS NOT NULL AND {check}
        WHERE {_ONLY if only is not None else ""} s.archived_at IS NULL
          AND s.id {"" if removed else "NOT"} IN (SELECT value FROM json_each(:sellers))
        GROUP BY s.id, o.behaviour_key
        """,
        {"card": card, "sellers": json.dumps(sellers), "only": json.dumps(only)},
    )
    return rows


def _live_ratings_on(alias: str, day: str) -> str:
    """``FROM ... WHERE ...`` of the live ratings of the pair ``p`` (its seller and behaviour
    key) on ``day`` (an SQL expression), as observations ``alias``: one range of
    ``idx_obs_ride_levels``, the seller's observations of that day. Removed rides, removed
    calls and conflict copies never count."""
    return f"""observations {alias} INDEXED BY idx_obs_ride_levels
        JOIN rides {alias}_ride ON {alias}_ride.id = {alias}.ride_id
         AND {alias}_ride.deleted_at IS NULL
       WHERE {alias}.seller_id = p.seller_id AND {alias}.scorecard_id = :card
         AND {alias}.observed_on = {day} AND {alias}.behaviour_key = p.key
         AND {alias}.level IS NOT NULL AND {LIVE_CALL.replace("o.", alias + ".")}"""


def _latest_of_pairs(
    store: Store, card: int, pairs: list[list[Any]]
) -> list[tuple[int, str, str, int, float, int]]:
    """The same rows for (seller, behaviour key) pairs not rated on the seller's newest ride: the
    pair's latest rated ride and the pair's mean on it.

    Per pair, covering indexes only (the observations themselves, ~15 M rows on a director's
    store, are never read): the pair's rated days newest first, walking ``idx_obs_team``
    backwards (the pairs of one behaviour are neighbours there), down to the first with a live
    rating of it (nearly always the first: a removed ride or call can make it an older one);
    the newest live ride rating it that day, and the mean of those ratings, from the seller's
    observations of the day in ``idx_obs_ride_levels`` (the same pages each time)."""
    latest_day = f"""(SELECT t.observed_on FROM observations t INDEXED BY idx_obs_team
                       WHERE t.scorecard_id = :card AND t.behaviour_key = p.key
                         AND t.seller_id = p.seller_id AND t.level IS NOT NULL
                         AND EXISTS (SELECT 1 FROM {_live_ratings_on("e", "t.observed_on")})
                       ORDER BY t.observed_on DESC LIMIT 1)"""
    rows: list[tuple[int, str, str, int, float, int]] = store.db.execute(
        f"""
        WITH pairs AS MATERIALIZED (
            SELECT j.value ->> 0 AS seller_id, j.value ->> 1 AS key FROM json_each(:pairs) j
        )
        SELECT p.seller_id, p.key, x.observed_on, x.ride_id, avg(x.level), count(*)
        FROM pairs p CROSS JOIN observations x INDEXED BY idx_obs_ride_levels
          ON x.seller_id = p.seller_id AND x.scorecard_id = :card
         AND (x.observed_on, x.ride_id) = (
               SELECT o.observed_on, o.ride_id FROM {_live_ratings_on("o", latest_day)}
                ORDER BY o.ride_id DESC LIMIT 1)
         AND x.behaviour_key = p.key AND x.level IS NOT NULL
        WHERE {LIVE_CALL.replace("o.", "x.")}
        GROUP BY p.seller_id, p.key
        """,
        {"card": card, "pairs": json.dumps(pairs)},
    ).fetchall()
    return rows


def _latest(
    store: Store, shape: ScorecardShape, only: list[int] | None = None
) -> tuple[dict[int, dict[str, LatestLevel]], dict[int, RideLevels]]:
    """Per seller, the latest levels (see :func:`latest_levels`: behaviour key → level, in no
    particular order) and the levels of their newest rated ride on the scorecard (every
    behaviour rated on it: the ride score's input); with ``only``, of those sellers alone."""
    keys = [b.key for b in shape.behaviours]
    wanted = set(keys)
    # A mean takes few distinct values (levels 1-4 over a few calls): each label is looked up
    # once, not once per cell (a director's grid has ~13,000 cells).
    label = cache(shape.level_label)
    # tuple.__new__ straight: the cheapest way to build ~13,000 of them.
    make = partial(tuple.__new__, LatestLevel)
    out: dict[int, dict[str, LatestLevel]] = {}
    removed = _sellers_with_removed_calls(store)
    rides = _newest_rides(store, shape.id, removed, only)
    newest = {seller: ride for seller, ride in rides.values()}
    rows = _newest_ride_rows(store, shape.id, removed, False, only)
    if removed:
        rows = chain(rows, _newest_ride_rows(store, shape.id, removed, True, only))
    # The rows come ride by ride (one ride per seller): the seller's dicts are looked up once
    # per ride, not once per row (a director's store gives ~12,000 rows).
    last = None
    cells: dict[str, LatestLevel] = {}
    means: dict[str, float] = {}
    day = ""
    for ride, key, mean, n in rows:
        if ride != last:
            last = ride
            found = rides.get(ride)
            if found is None:
                # Another connection wrote between the two reads: the seller's newest ride
                # changed. Its rows are dropped here; the pairs below read what is left.
                cells, means = {}, {}
                continue
            seller, newest_ride = found
            cells, means, day = (
                out.setdefault(seller, {}),
                newest_ride.levels,
                newest_ride.ride_date,
            )
        means[key] = mean
        if key in wanted:
            cells[key] = make((mean, label(mean), ride, day, n))
    active = [
        (seller, out.setdefault(seller, {}))
        for (seller,) in store.db.execute(
            f"SELECT id FROM sellers s WHERE {_ONLY if only is not None else ''} "
            "s.archived_at IS NULL",
            {"only": json.dumps(only)},
        )
    ]
    # behaviour by behaviour: a behaviour's sellers are neighbours in idx_obs_team
    missing: list[list[Any]] = [
        [seller, key] for key in keys for seller, cells in active if key not in cells
    ]
    if missing:
        for seller, key, day, ride, mean, n in _latest_of_pairs(store, shape.id, missing):
            if key in wanted:
                level = float(mean)
                out[int(seller)][key] = make((level, label(level), int(ride), day, int(n)))
    return out, newest


def latest_levels(store: Store, shape: ScorecardShape) -> dict[tuple[int, str], LatestLevel]:
    """(seller id, behaviour key) → latest level, for every active seller (see LatestLevel).

    In two steps, so that the work per seller is a few index seeks and the observations of one
    ride, whatever the length of the history and the size of the team (a director's store holds
    hundreds of sellers over ten years):

    1. each seller's newest rated ride on the scorecard (a backward seek in
       ``idx_obs_ride_levels``) and the mean of every behaviour rated on it (a range of the same
       index, grouped in its order). A behaviour rated on that ride has it as its latest rated
       ride, since no rated ride of the seller is newer;
    2. only for the (seller, behaviour) pairs not rated on that ride (a behaviour of an older
       version, one skipped that day): the pair's latest rated day, walking ``idx_obs_team``
       backwards, and the newest ride rating it that day and its mean, from the seller's
       observations of that day in ``idx_obs_ride_levels`` (:func:`_latest_of_pairs`).
    """
    levels = _latest(store, shape)[0]
    keys = [b.key for b in shape.behaviours]
    return {
        (seller, key): cells[key]
        for seller, cells in levels.items()
        for key in keys
        if key in cells
    }


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
    keys = [b.key for b in shape.behaviours]
    none: dict[str, LatestLevel] = {}
    rows = []
    for c in team_cadence(store, today, sellers=only):
        cells = levels.get(c.seller_id, none)
        # in the scorecard's order of behaviours
        rows.append(TeamRow(c, {k: cells[k] for k in keys if k in cells}, scores.get(c.seller_id)))
    overdue = tuple(commitments.overdue_commitments(store, today, only))
    return TeamOverview(shape, tuple(rows), overdue)
