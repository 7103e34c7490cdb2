"""Review figures computed once in the core (screens and PDF reports show the same numbers).

- :func:`team_cadence` — days since each seller's last ride, rides in 30/90 days, commitments.
- :func:`ride_levels` — per ride, a seller's mean level on each behaviour (the trend points).
- :func:`scorecard_shape` — a scorecard's behaviours across all its versions.
  (The seller profile — trends, regressions, training before/after — is in
  ``fieldride.progress``, built on the functions here.)
- :func:`team_overview` — sellers x behaviours grid of the latest level, cadence, overdue
  commitments.

Behaviours are followed across scorecard versions by their stable key. A behaviour that did not
exist in the version a ride used is a gap (``None``), never a zero. "No opportunity" and unrated
behaviours never count in any mean. Removed rides and removed calls never count.

Speed (ten-year dataset: ~6,000 rides, ~300,000 observations; measured with
``fieldride.bulkgen``): the per-ride levels come from the covering index
``idx_obs_ride_levels`` (migration 0002) grouped in index order; the team grid looks up the
latest rated ride per seller and behaviour by walking ``idx_obs_trend`` backwards.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from fieldride import commitments, records
from fieldride.commitments import Commitment
from fieldride.db import Store
from fieldride.scorecards.model import Level

CADENCE_ALERT_DAYS = 30

# Observations on removed calls never count; the partial index makes this a tiny lookup.
_LIVE_CALL = "o.call_id NOT IN (SELECT id FROM calls WHERE deleted_at IS NOT NULL)"


# --- cadence -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cadence:
    seller_id: int
    seller_name: str
    team: str
    last_ride: str | None
    days_since: int | None
    rides_30: int
    rides_90: int
    open_commitments: int
    overdue_commitments: int

    @property
    def needs_ride(self) -> bool:
        """Not ridden with in the last 30 days (or never)."""
        return self.days_since is None or self.days_since > CADENCE_ALERT_DAYS


def team_cadence(
    store: Store, today: date | None = None, seller_id: int | None = None
) -> list[Cadence]:
    """Per active seller (or only ``seller_id``): days since the last ride (done, not planned),
    rides in the last 30 and 90 days, open and overdue commitments. One query."""
    day = today or records.today()
    where = "s.archived_at IS NULL" if seller_id is None else "s.id = :seller"
    rows = store.db.query(
        f"""
        SELECT s.id, s.name, s.team,
          (SELECT max(ride_date) FROM rides r WHERE r.seller_id = s.id AND r.deleted_at IS NULL
             AND r.status != 'planned' AND r.ride_date <= :today) AS last_ride,
          (SELECT count(*) FROM rides r WHERE r.seller_id = s.id AND r.deleted_at IS NULL
             AND r.status != 'planned' AND r.ride_date > :d30 AND r.ride_date <= :today) AS r30,
          (SELECT count(*) FROM rides r WHERE r.seller_id = s.id AND r.deleted_at IS NULL
             AND r.status != 'planned' AND r.ride_date > :d90 AND r.ride_date <= :today) AS r90,
          (SELECT count(*) FROM commitments c WHERE c.seller_id = s.id AND c.status = 'open'
             AND c.deleted_at IS NULL) AS open_c,
          (SELECT count(*) FROM commitments c WHERE c.seller_id = s.id AND c.status = 'open'
             AND c.deleted_at IS NULL AND c.due_date < :today) AS overdue_c
        FROM sellers s WHERE {where} ORDER BY s.name COLLATE NOCASE
        """,
        {
            "today": day.isoformat(),
            "d30": (day - timedelta(days=30)).isoformat(),
            "d90": (day - timedelta(days=90)).isoformat(),
            "seller": seller_id,
        },
    )
    out = []
    for r in rows:
        last = r["last_ride"]
        out.append(
            Cadence(
                seller_id=int(r["id"]),
                seller_name=r["name"],
                team=r["team"],
                last_ride=last,
                days_since=(day - date.fromisoformat(last)).days if last else None,
                rides_30=int(r["r30"]),
                rides_90=int(r["r90"]),
                open_commitments=int(r["open_c"]),
                overdue_commitments=int(r["overdue_c"]),
            )
        )
    return out


# --- per-ride levels ---------------------------------------------------------------------------


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


# --- scorecard behaviours across versions ------------------------------------------------------


@dataclass(frozen=True)
class BehaviourInfo:
    """A behaviour of a scorecard, followed by key over all its versions.

    ``title`` comes from the newest version holding the key; ``versions`` lists the version
    numbers that contain it; ``in_latest`` is False for a behaviour later versions dropped.
    """

    key: str
    title: str
    versions: tuple[int, ...]
    in_latest: bool


@dataclass(frozen=True)
class ScorecardShape:
    id: int
    key: str
    name: str
    latest_version: int
    scale: tuple[Level, ...]
    behaviours: tuple[BehaviourInfo, ...]
    keys_by_version_id: dict[int, frozenset[str]] = field(default_factory=dict)

    def title(self, key: str) -> str:
        return next((b.title for b in self.behaviours if b.key == key), key)

    def level_label(self, value: float | None) -> str:
        """Label of the scale level nearest to ``value`` ('' for None)."""
        if value is None or not self.scale:
            return ""
        nearest = min(self.scale, key=lambda lv: abs(lv.value - value))
        return nearest.label


def scorecard_shape(store: Store, scorecard_key: str) -> ScorecardShape | None:
    """Behaviours of every version of a scorecard (latest version's order first, then dropped
    behaviours) and the latest scale; None for an unknown key."""
    card = records.one(
        store.db, "SELECT id, key, name FROM scorecards WHERE key = ?", [scorecard_key]
    )
    if card is None:
        return None
    rows = list(
        store.db.query(
            """SELECT v.id AS vid, v.version, b.key, b.title, b.position
               FROM scorecard_versions v JOIN behaviours b ON b.version_id = v.id
               WHERE v.scorecard_id = ? ORDER BY v.version DESC, b.position""",
            [card["id"]],
        )
    )
    latest = records.one(
        store.db,
        "SELECT id, version FROM scorecard_versions WHERE scorecard_id = ? "
        "ORDER BY version DESC LIMIT 1",
        [card["id"]],
    )
    latest_version = int(latest["version"]) if latest else 0
    scale = tuple(
        Level(int(r["value"]), r["label"], r["description"])
        for r in store.db.query(
            "SELECT value, label, description FROM scale_levels WHERE version_id = ? ORDER BY value",
            [latest["id"] if latest else -1],
        )
    )
    titles: dict[str, str] = {}
    versions: dict[str, list[int]] = {}
    by_vid: dict[int, set[str]] = {}
    for r in rows:  # newest version first: the first title seen is the newest
        titles.setdefault(r["key"], r["title"])
        versions.setdefault(r["key"], []).append(int(r["version"]))
        by_vid.setdefault(int(r["vid"]), set()).add(r["key"])
    behaviours = tuple(
        BehaviourInfo(k, titles[k], tuple(sorted(versions[k])), latest_version in versions[k])
        for k in titles
    )
    ordered = tuple(b for b in behaviours if b.in_latest) + tuple(
        b for b in behaviours if not b.in_latest
    )
    return ScorecardShape(
        id=int(card["id"]),
        key=card["key"],
        name=card["name"],
        latest_version=latest_version,
        scale=scale,
        behaviours=ordered,
        keys_by_version_id={vid: frozenset(keys) for vid, keys in by_vid.items()},
    )


def seller_scorecards(store: Store, seller_id: int) -> list[tuple[str, str]]:
    """(key, name) of the scorecards the seller's rides used, most recently used first."""
    rows = store.db.query(
        """SELECT sc.key, sc.name, max(r.ride_date) AS last FROM rides r
           JOIN scorecard_versions v ON v.id = r.scorecard_version_id
           JOIN scorecards sc ON sc.id = v.scorecard_id
           WHERE r.seller_id = ? AND r.deleted_at IS NULL
           GROUP BY sc.id ORDER BY last DESC""",
        [seller_id],
    )
    return [(r["key"], r["name"]) for r in rows]


# --- team overview -----------------------------------------------------------------------------


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
    scanned every observation: 16 s instead of 8 ms on the ten-year dataset).
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
                  AND o.level IS NOT NULL AND {_LIVE_CALL}
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
        WHERE {_LIVE_CALL}
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
