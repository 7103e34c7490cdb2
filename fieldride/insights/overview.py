"""The team overview: sellers x behaviours grid of the latest level, cadence and overdue
commitments (:func:`team_overview`), and the scorecards the team's rides used.

Behaviours are followed across scorecard versions by their stable key. A behaviour that did not
exist in the version a ride used is a gap (``None``), never a zero. "No opportunity" and unrated
behaviours never count in any mean. Removed rides and removed calls never count. The grid reads
the latest level per seller and behaviour from the stored ``latest_levels`` table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from fieldride.debriefs import Commitment, commitments
from fieldride.insights.cadence import Cadence, team_cadence
from fieldride.insights.scores import SellerScore, latest_scores
from fieldride.insights.shape import ScorecardShape, scorecard_shape
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


def latest_levels(store: Store, shape: ScorecardShape) -> dict[tuple[int, str], LatestLevel]:
    """(seller id, behaviour key) → latest level, for every active seller (see LatestLevel).

    Read from the stored ``latest_levels`` table (``fieldride.store.latest_levels``: kept
    current by triggers whenever a rating, a call or a ride changes): a few rows per seller
    through its primary key, whatever the length of each seller's history.
    """
    wanted = {b.key for b in shape.behaviours}
    # A mean takes few distinct values (levels 1-4 over a few calls): each label is looked up
    # once, not once per cell (a director's grid has ~13,000 cells).
    label = cache(shape.level_label)
    out: dict[tuple[int, str], LatestLevel] = {}
    for seller_id, key, day, ride_id, mean, ratings in store.db.execute(
        """SELECT l.seller_id, l.behaviour_key, l.observed_on, l.ride_id, l.mean, l.ratings
           FROM sellers s JOIN latest_levels l ON l.seller_id = s.id AND l.scorecard_id = ?
           WHERE s.archived_at IS NULL""",
        [shape.id],
    ):
        if key in wanted:
            level = float(mean)
            out[(int(seller_id), key)] = LatestLevel(
                level, label(level), int(ride_id), day, int(ratings)
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
    newest: dict[int, tuple[str, int]] = {}
    for (seller_id, _key), lv in levels.items():
        newest[seller_id] = max(newest.get(seller_id, ("", 0)), (lv.ride_date, lv.ride_id))
    scores = latest_scores(store, shape.id, newest)
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
