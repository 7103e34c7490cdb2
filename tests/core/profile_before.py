"""The seller profile as it was computed before issue 23's director-scale work on it (main at
1794622, ``fieldride/insights/progress.py``), kept verbatim (functions renamed ``*_before``) as
the reference the new code must match field for field (tests/core/test_seller_profile_scale.py)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from typing import NamedTuple

from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.i18n import messages
from fieldride.insights.cadence import team_cadence
from fieldride.insights.progress import (
    REGRESSION_MARGIN,
    Regression,
    SellerProfile,
    TimelineEntry,
    Trend,
    TrendPoint,
)
from fieldride.insights.scores import scores_by_ride
from fieldride.insights.shape import ScorecardShape, scorecard_shape, seller_scorecards
from fieldride.insights.training_impact import (
    DAY_RIDE,
    Series,
    series_by_behaviour,
    training_effects,
)
from fieldride.rides import RIDE_TYPES, STATUSES
from fieldride.rides.levels import level_rows
from fieldride.scorecards.store import version_weights
from fieldride.store import Store
from fieldride.store import rows as records
from fieldride.team import training


class _RideRow(NamedTuple):
    id: int
    date: str
    version_id: int
    scorecard_key: str
    title: str
    detail: str
    focus: tuple[str, ...]


def _seller_rides_before(store: Store, seller_id: int) -> list[_RideRow]:
    """The seller's live rides, oldest first (date, then id), with their focus keys in order.

    Two queries: the focus keys in one pass over the seller's rides cost a fraction of a
    correlated ``group_concat`` per ride."""
    focus: dict[int, list[str]] = {}
    for ride_id, key in store.db.execute(
        """SELECT f.ride_id, f.behaviour_key FROM rides r JOIN ride_focus f ON f.ride_id = r.id
           AND f.deleted_at IS NULL
           WHERE r.seller_id = ? ORDER BY f.ride_id, f.position""",
        [seller_id],
    ):
        focus.setdefault(ride_id, []).append(key)
    cursor = store.db.execute(
        """SELECT r.id, r.ride_date, r.ride_type,
                  CASE WHEN r.conflict_of IS NOT NULL THEN 'conflict copy' END AS mark,
                  r.status, r.scorecard_version_id, v.version, sc.key, sc.name
           FROM rides r JOIN scorecard_versions v ON v.id = r.scorecard_version_id
           JOIN scorecards sc ON sc.id = v.scorecard_id
           WHERE r.seller_id = ? AND r.deleted_at IS NULL
           ORDER BY r.ride_date, r.id""",
        [seller_id],
    )
    t = messages()  # the timeline is read on screen: the manager's language

    def detail(status: str, mark: str | None, card_name: str, version: int) -> str:
        label = t.gettext(STATUSES.get(status, status))
        if mark:
            label = t.gettext("{status} (conflict copy)").format(status=label)
        return t.gettext("{status} · {scorecard} v{version}").format(
            status=label, scorecard=card_name, version=version
        )

    return [
        _RideRow(
            int(ride_id),
            day,
            int(version_id),
            card_key,
            t.gettext(RIDE_TYPES.get(ride_type, ride_type)),
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


def _trends_before(
    shape: ScorecardShape, rides: list[_RideRow], series: Series
) -> tuple[Trend, ...]:
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


def _score_trend_before(
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


def _regressions_before(
    store: Store,
    seller_id: int,
    shape: ScorecardShape,
    series: Series,
) -> tuple[Regression, ...]:
    applied = store.db.execute(
        """SELECT c.id, c.behaviour_key, c.text, c.ride_id AS agreed_ride,
                  ra.ride_date AS agreed_on, v.ride_id, v.verified_on
           FROM commitments c
           JOIN commitment_verifications v ON v.commitment_id = c.id AND v.deleted_at IS NULL
           JOIN rides rv ON rv.id = v.ride_id AND rv.deleted_at IS NULL
           JOIN rides ra ON ra.id = c.ride_id AND ra.deleted_at IS NULL
           WHERE c.seller_id = ? AND c.scorecard_id = ? AND c.deleted_at IS NULL
             AND v.outcome = 'applied'
           ORDER BY v.verified_on, v.ride_id""",
        [seller_id, shape.id],
    ).fetchall()
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


def seller_profile_before(
    store: Store,
    seller_id: int,
    scorecard_key: str | None = None,
    today: date | None = None,
) -> SellerProfile:
    """Everything the seller profile shows, for one scorecard's trends (default: the scorecard
    of the seller's most recent ride). Raises DomainError for an unknown seller. A seller with no
    rides gets an empty profile (no trends, follow-through with nothing verified)."""
    seller = records.one(store.db, "SELECT id, name, team FROM sellers WHERE id = ?", [seller_id])
    if seller is None:
        raise DomainError(messages().gettext("That seller no longer exists."))
    cards = seller_scorecards(store, seller_id)
    key = scorecard_key or (cards[0][0] if cards else None)
    shape = scorecard_shape(store, key) if key else None
    rides = _seller_rides_before(store, seller_id)
    live = {r.id for r in rides}
    series = series_by_behaviour(level_rows(store, seller_id, shape.id), live) if shape else {}
    trends = _trends_before(shape, rides, series) if shape else ()
    regressions = _regressions_before(store, seller_id, shape, series) if shape else ()
    score_trend, weighted = (
        _score_trend_before(store, shape, rides, series) if shape else (None, False)
    )
    attended = training.list_trainings(store, seller_id)
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
        rides=len(rides),
        score_trend=score_trend,
        score_weighted=weighted,
    )
