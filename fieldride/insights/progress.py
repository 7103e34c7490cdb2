"""Seller progress, computed once in the core (the profile screen and the PDF report show it).

:func:`seller_profile` gives, for one seller and one scorecard: the timeline of rides and
trainings, a trend per behaviour (one point per ride, gaps where a behaviour was not rated or not
in the ride's scorecard version — never zeros), the follow-through rate
(``commitments.follow_through``), regressions and the training before/after table. The exact
definitions are on :class:`Regression` and :class:`TrainingEffect`. With ``since`` (the screen's
period, :func:`period_start`), it reads and builds only that period's part of each, the rest
stays whole-history (see :func:`seller_profile`).

Built on :func:`fieldride.rides.levels.level_rows` (per-ride levels grouped in the order of
the covering index ``idx_obs_ride_levels``, no join, no sort). The fetched rows stay plain
tuples and serve the trends, the regressions and the training before/after alike (no second
query, no per-row object but the ``TrendPoint`` the screen needs); removed rides are dropped
against the seller's live rides already loaded. ``tests/core/test_progress.py`` checks every
figure against a straightforward recomputation from the raw tables.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import NamedTuple

from fieldride.debriefs import FollowThrough, commitments
from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.insights.cadence import Cadence, team_cadence
from fieldride.insights.scores import scores_by_ride
from fieldride.insights.shape import ScorecardShape, scorecard_shape, seller_scorecards
from fieldride.insights.training_impact import (
    DAY_RIDE,
    TRAINING_WINDOW_DAYS,
    Series,
    TrainingEffect,
    series_by_behaviour,
    training_effects,
)
from fieldride.rides import RIDE_TYPES, STATUSES
from fieldride.rides.levels import level_rows
from fieldride.scorecards.store import version_weights
from fieldride.store import Store
from fieldride.store import rows as records
from fieldride.team import training

REGRESSION_MARGIN = 0.5


# --- seller profile ----------------------------------------------------------------------------


class TrendPoint(NamedTuple):
    """One ride on a behaviour's trend line.

    ``level`` is the ride's mean level, or None with ``gap`` saying why: ``'not_rated'`` (the
    behaviour was in the ride's scorecard version but not rated, or only "no opportunity") or
    ``'not_in_version'`` (the version the ride used did not have the behaviour). A NamedTuple,
    not a dataclass: a ten-year profile builds ~7,000 of them and this is 2.7x cheaper.
    """

    ride_id: int
    ride_date: str
    level: float | None
    ratings: int
    focus: bool
    gap: str = ""


@dataclass(frozen=True)
class Trend:
    behaviour_key: str
    title: str
    in_latest: bool
    points: tuple[TrendPoint, ...]

    @property
    def rated(self) -> list[TrendPoint]:
        return [p for p in self.points if p.level is not None]

    @property
    def latest_level(self) -> float | None:
        rated = self.rated
        return rated[-1].level if rated else None

    @property
    def mean_level(self) -> float | None:
        """Mean of the ride means (every rated ride weighs the same)."""
        levels = [p.level for p in self.points if p.level is not None]
        return sum(levels) / len(levels) if levels else None


@dataclass(frozen=True)
class TimelineEntry:
    """A ride or a training on the seller's timeline (oldest first)."""

    kind: str  # 'ride' or 'training'
    date: str
    title: str
    detail: str
    ride_id: int | None = None
    training_id: int | None = None
    scorecard_key: str = ""
    focus: tuple[str, ...] = ()


@dataclass(frozen=True)
class Regression:
    """A behaviour whose commitment was verified 'applied' and that later dropped back.

    Definition: for a verification 'applied' of a commitment on behaviour K at ride V, the
    *level at verification* is the mean level of K on ride V (if K was not rated on V: on the
    latest earlier ride after the commitment's own ride where it was rated; if none, nothing is
    tracked). The rides after V — up to the next 'applied' verification of K for the same
    seller, which starts its own window — are watched. The first of them whose mean level of K
    is at least ``REGRESSION_MARGIN`` (half a level) below the level at verification is the
    drop. ``latest_level`` is K's level on the last rated ride of the window; ``recovered`` is
    True when it is back at or above the level at verification.
    """

    behaviour_key: str
    title: str
    scorecard_key: str
    commitment_id: int
    commitment_text: str
    verified_on: str
    verified_ride_id: int
    level_at_verification: float
    dropped_on: str
    dropped_ride_id: int
    dropped_level: float
    latest_level: float

    @property
    def recovered(self) -> bool:
        return self.latest_level >= self.level_at_verification


@dataclass(frozen=True)
class SellerProfile:
    seller_id: int
    seller_name: str
    team: str
    cadence: Cadence | None
    scorecard: ScorecardShape | None  # the scorecard the trends are for
    scorecards: tuple[tuple[str, str], ...]  # every scorecard the seller's rides used
    timeline: tuple[TimelineEntry, ...]
    trends: tuple[Trend, ...]
    follow_through: FollowThrough
    regressions: tuple[Regression, ...]
    training_effects: tuple[TrainingEffect, ...]
    rides: int
    # The ride score per ride of the scorecard (key ''; each point's ``ratings`` is the number of
    # behaviours that counted), by the rule of each ride's scorecard version; None: no scorecard.
    score_trend: Trend | None = None
    score_weighted: bool = False  # the version of the latest ride on the scorecard gives weights
    # The period's first day (ISO) when the profile covers a period, None: the whole history.
    # ``rides`` counts the whole history either way; ``period_rides`` the rides shown.
    since: str | None = None

    @property
    def period_rides(self) -> int:
        """The rides on the timeline (the period's, or all of them)."""
        return sum(1 for e in self.timeline if e.kind == "ride")

    def trend(self, key: str) -> Trend | None:
        return next((t for t in self.trends if t.behaviour_key == key), None)


class _RideRow(NamedTuple):
    id: int
    date: str
    version_id: int
    scorecard_key: str
    title: str
    detail: str
    focus: tuple[str, ...]


def _seller_rides(store: Store, seller_id: int, since: str | None) -> list[_RideRow]:
    """The seller's live rides dated from ``since`` (None: all), oldest first (date, then id),
    with their focus keys in order.

    Two queries, both a range of ``idx_rides_seller_date``: the focus keys in one pass over the
    seller's rides cost a fraction of a correlated ``group_concat`` per ride."""
    from_day = since or ""  # every ISO date sorts after ''
    focus: dict[int, list[str]] = {}
    for ride_id, key in store.db.execute(
        """SELECT f.ride_id, f.behaviour_key FROM rides r JOIN ride_focus f ON f.ride_id = r.id
           AND f.deleted_at IS NULL
           WHERE r.seller_id = ? AND r.ride_date >= ? ORDER BY f.ride_id, f.position""",
        [seller_id, from_day],
    ):
        focus.setdefault(ride_id, []).append(key)
    cursor = store.db.execute(
        """SELECT r.id, r.ride_date, r.ride_type,
                  CASE WHEN r.conflict_of IS NOT NULL THEN 'conflict copy' END AS mark,
                  r.status, r.scorecard_version_id, v.version, sc.key, sc.name
           FROM rides r JOIN scorecard_versions v ON v.id = r.scorecard_version_id
           JOIN scorecards sc ON sc.id = v.scorecard_id
           WHERE r.seller_id = ? AND r.ride_date >= ? AND r.deleted_at IS NULL
           ORDER BY r.ride_date, r.id""",
        [seller_id, from_day],
    )
    t = messages()  # the timeline is read on screen: the manager's language

    # A seller's rides take a handful of distinct titles and details (ride types, statuses,
    # scorecard versions): each is translated and formatted once, not once per ride.
    @cache
    def detail(status: str, mark: str | None, card_name: str, version: int) -> str:
        label = t.gettext(STATUSES.get(status, status))
        if mark:
            label = t.gettext("{status} (conflict copy)").format(status=label)
        return t.gettext("{status} · {scorecard} v{version}").format(
            status=label, scorecard=card_name, version=version
        )

    @cache
    def title(ride_type: str) -> str:
        return t.gettext(RIDE_TYPES.get(ride_type, ride_type))

    return [
        _RideRow(
            int(ride_id),
            day,
            int(version_id),
            card_key,
            title(ride_type),
            detail(status, mark, card_name, version),
            tuple(focus.get(ride_id, ())),
        )
        for (
            ride_id,
            day,
            ride_type,
            mark,
            status,
            version_id,
            version,
            card_key,
            card_name,
        ) in cursor.fetchall()
    ]


def _trends(shape: ScorecardShape, rides: list[_RideRow], series: Series) -> tuple[Trend, ...]:
    versions = shape.keys_by_version_id
    card_rides = [
        (r.id, r.date, versions[r.version_id], r.focus) for r in rides if r.version_id in versions
    ]
    # tuple.__new__ straight: a third of the cost of TrendPoint(...) for ~7,000 points.
    make = tuple.__new__
    trends = []
    for b in shape.behaviours:
        key = b.key
        rated = {row[1]: row for row in series.get(key, ())}.get
        points = [
            make(TrendPoint, (ride_id, day, p[3], p[4], key in focus, ""))
            if (p := rated(ride_id)) is not None
            else make(
                TrendPoint,
                (
                    ride_id,
                    day,
                    None,
                    0,
                    key in focus,
                    "not_rated" if key in keys else "not_in_version",
                ),
            )
            for ride_id, day, keys, focus in card_rides
        ]
        trends.append(Trend(key, b.title, b.in_latest, tuple(points)))
    return tuple(trends)


def _score_trend(
    store: Store, shape: ScorecardShape, rides: list[_RideRow], series: Series
) -> tuple[Trend, bool]:
    """The ride score as a trend line over the scorecard's rides (gaps where nothing counted),
    each ride scored by its own version's rule, and whether the latest ride's version is
    weighted (the line's title says so)."""
    version_of = {r.id: r.version_id for r in rides if r.version_id in shape.keys_by_version_id}
    latest_vid = next(
        (r.version_id for r in reversed(rides) if r.version_id in shape.keys_by_version_id), None
    )
    weights = version_weights(store, version_of.values())
    rows = (row for line in series.values() for row in line)
    scores = scores_by_ride(rows, version_of, weights)
    points = tuple(
        TrendPoint(r.id, r.date, s.value, s.behaviours, False)
        if (s := scores.get(r.id)) is not None
        else TrendPoint(r.id, r.date, None, 0, False, "not_rated")
        for r in rides
        if r.id in version_of
    )
    weighted = latest_vid is not None and weights.get(latest_vid) is not None
    t = messages()
    title = t.gettext("Ride score (weighted)") if weighted else t.gettext("Ride score (unweighted)")
    return Trend("", title, True, points), weighted


class _Applied(NamedTuple):
    """A verification 'applied' of a commitment on the profile's scorecard."""

    commitment_id: int
    behaviour_key: str
    text: str
    agreed_ride: int
    agreed_on: str
    ride_id: int
    verified_on: str


def _applied(
    store: Store, seller_id: int, shape: ScorecardShape, since: str | None
) -> list[_Applied]:
    """The seller's 'applied' verifications on ``shape``'s scorecard verified from ``since``
    (None: all), oldest first: the regressions a period shows are those of what was applied
    in it (each watched up to the next 'applied' verification of its behaviour, also in it)."""
    rows = store.db.execute(
        """SELECT c.id, c.behaviour_key, c.text, c.ride_id AS agreed_ride,
                  ra.ride_date AS agreed_on, v.ride_id, v.verified_on
           FROM commitments c
           JOIN commitment_verifications v ON v.commitment_id = c.id AND v.deleted_at IS NULL
           JOIN rides rv ON rv.id = v.ride_id AND rv.deleted_at IS NULL
           JOIN rides ra ON ra.id = c.ride_id AND ra.deleted_at IS NULL
           WHERE c.seller_id = ? AND c.scorecard_id = ? AND c.deleted_at IS NULL
             AND v.outcome = 'applied' AND v.verified_on >= ?
           ORDER BY v.verified_on, v.ride_id""",
        [seller_id, shape.id, since or ""],
    ).fetchall()
    return [_Applied(int(r[0]), r[1], r[2], int(r[3]), r[4], int(r[5]), r[6]) for r in rows]


def _regressions(
    shape: ScorecardShape, series: Series, applied: list[_Applied]
) -> tuple[Regression, ...]:
    """The regressions of ``applied`` (see :class:`Regression`); ``series`` must hold each
    behaviour's levels from the earliest commitment's ride on."""
    # The next 'applied' verification of the same behaviour closes each one's window.
    following: list[int | None] = [None] * len(applied)
    latest_seen: dict[str, int] = {}
    for i in range(len(applied) - 1, -1, -1):
        following[i] = latest_seen.get(applied[i][1])
        latest_seen[applied[i][1]] = i
    out: list[Regression] = []
    for i, (cid, key, text, agreed_ride, agreed_on, ride_id, verified_on) in enumerate(applied):
        line = series.get(key, [])
        lo = bisect_right(line, (agreed_on, int(agreed_ride)), key=DAY_RIDE)
        hi = bisect_right(line, (verified_on, int(ride_id)), key=DAY_RIDE)
        if hi <= lo:  # not rated between the commitment and its verification
            continue
        level_at = line[hi - 1][3]
        nxt = following[i]
        end = (
            bisect_left(line, (applied[nxt][6], int(applied[nxt][5])), key=DAY_RIDE)
            if nxt is not None
            else len(line)
        )
        window = line[hi:end]
        drop = next((p for p in window if p[3] <= level_at - REGRESSION_MARGIN), None)
        if drop is None:
            continue
        out.append(
            Regression(
                behaviour_key=key,
                title=shape.title(key),
                scorecard_key=shape.key,
                commitment_id=int(cid),
                commitment_text=text,
                verified_on=verified_on,
                verified_ride_id=int(ride_id),
                level_at_verification=level_at,
                dropped_on=drop[0],
                dropped_ride_id=drop[1],
                dropped_level=drop[3],
                latest_level=window[-1][3],
            )
        )
    return tuple(out)


def period_start(months: int | None, today: date | None = None) -> date | None:
    """The first day of the last ``months`` months up to ``today`` (default: today): the same
    day ``months`` months back, clamped to that month's length; None (``months`` None or 0)
    for the whole history."""
    if not months:
        return None
    day = today or records.today()
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def _whole_history_rides(store: Store, seller_id: int) -> int:
    """The seller's live rides, counted through ``idx_rides_seller_date`` (no ride read)."""
    row = store.db.execute(
        "SELECT count(*) FROM rides WHERE seller_id = ? AND deleted_at IS NULL", [seller_id]
    ).fetchone()
    return int(row[0])


def seller_profile(
    store: Store,
    seller_id: int,
    scorecard_key: str | None = None,
    today: date | None = None,
    since: date | None = None,
) -> SellerProfile:
    """Everything the seller profile shows, for one scorecard's trends (default: the scorecard
    of the seller's most recent ride). Raises DomainError for an unknown seller. A seller with no
    rides gets an empty profile (no trends, follow-through with nothing verified).

    With ``since``, the profile covers a period: the timeline, the trends and the ride score
    hold only rides dated from ``since`` (trainings held from it), the regressions only
    'applied' verifications made from it and the training before/after only trainings held
    from it, each exactly as the whole history would show it (their levels before ``since``
    are read as far back as each needs: the commitment's ride, 90 days before the training).
    The rest stays whole-history: ``rides`` (a count, not a read), the follow-through rate,
    the cadence and the scorecards used. The cost is then the period's, not the history's:
    every read is a range of a (seller, date) index."""
    seller = records.one(store.db, "SELECT id, name, team FROM sellers WHERE id = ?", [seller_id])
    if seller is None:
        raise DomainError(messages().gettext("That seller no longer exists."))
    day = since.isoformat() if since is not None else None
    cards = seller_scorecards(store, seller_id)
    key = scorecard_key or (cards[0][0] if cards else None)
    shape = scorecard_shape(store, key) if key else None
    applied = _applied(store, seller_id, shape, day) if shape else []
    attended = training.list_trainings(store, seller_id)
    if day is not None:
        attended = [t for t in attended if t.held_on >= day]
    # How far back the levels are read: the period, and before it what its regressions (from
    # the commitment's ride) and its trainings on this scorecard (their before-window) need.
    read_from = day
    if day is not None and shape is not None:
        window = timedelta(days=TRAINING_WINDOW_DAYS)
        read_from = min(
            [day]
            + [a.agreed_on for a in applied]
            + [
                (date.fromisoformat(t.held_on) - window).isoformat()
                for t in attended
                if any(card == shape.key for card, _ in t.behaviours)
            ]
        )
    read = _seller_rides(store, seller_id, read_from)
    rides = read if day is None or read_from == day else [r for r in read if r.date >= day]
    live = {r.id for r in read}
    series = (
        series_by_behaviour(level_rows(store, seller_id, shape.id, since=read_from), live)
        if shape
        else {}
    )
    trends = _trends(shape, rides, series) if shape else ()
    regressions = _regressions(shape, series, applied) if shape else ()
    score_trend, weighted = _score_trend(store, shape, rides, series) if shape else (None, False)
    effects = training_effects(
        store,
        seller_id,
        today,
        trainings=attended,
        loaded_series={shape.key: series} if shape else None,
        loaded_shapes={shape.key: shape} if shape else None,
    )
    timeline = [
        TimelineEntry(
            "ride",
            r.date,
            r.title,
            r.detail,
            ride_id=r.id,
            scorecard_key=r.scorecard_key,
            focus=r.focus,
        )
        for r in rides
    ]
    for t in attended:
        timeline.append(
            TimelineEntry(
                "training",
                t.held_on,
                t.title,
                ", ".join(b for _, b in t.behaviours),
                training_id=t.id,
            )
        )
    timeline.sort(key=lambda e: (e.date, e.kind != "training", e.ride_id or 0))
    cadence = team_cadence(store, today, seller_id=seller_id)
    return SellerProfile(
        seller_id=seller_id,
        seller_name=seller["name"],
        team=seller["team"],
        cadence=cadence[0] if cadence else None,
        scorecard=shape,
        scorecards=tuple(cards),
        timeline=tuple(timeline),
        trends=trends,
        follow_through=commitments.follow_through(store, seller_id),
        regressions=regressions,
        training_effects=tuple(effects),
        rides=len(rides) if day is None else _whole_history_rides(store, seller_id),
        score_trend=score_trend,
        score_weighted=weighted,
        since=day,
    )
