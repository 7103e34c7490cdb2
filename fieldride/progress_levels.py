"""Per-ride levels for the seller profile, and the training before/after figures built on them.

Split from ``fieldride.progress`` (which re-exports :class:`TrainingEffect` and
:func:`training_effects`). :func:`_level_rows` is the one grouped query of the profile: per
ride and behaviour, the mean level, straight off the covering index ``idx_obs_ride_levels`` in
index order (no join, no sort). Its rows stay plain tuples — a ten-year profile holds ~6,000 —
and serve the trends, the regressions and the training effects alike.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter

from fieldride import records, training
from fieldride.db import Store
from fieldride.insights import _LIVE_CALL, ScorecardShape, _scorecard_id, scorecard_shape

TRAINING_WINDOW_DAYS = 90


# (observed_on, ride_id, behaviour_key, mean level, ratings): one per ride and behaviour.
LevelRow = tuple[str, int, str, float, int]


def _level_rows(store: Store, seller_id: int, scorecard_id: int) -> list[LevelRow]:
    """Per ride and behaviour, the seller's mean level on one scorecard as plain tuples, in
    (date, ride id, key) order — INCLUDING rides that were removed: the caller drops them
    (the seller profile already holds the seller's live rides, and a join here costs a
    materialised subquery plus a sort). Removed calls and unrated observations never count.

    The fast path of the seller profile: grouped and ordered in ``idx_obs_ride_levels`` order
    (no temporary b-tree), no per-row Python object beyond the fetched tuple.
    """
    # The removed-call test costs ~0.04 us per observation; most sellers have no removed call
    # at all, which the partial index idx_calls_deleted tells in microseconds.
    any_removed = store.db.execute(
        """SELECT EXISTS (SELECT 1 FROM calls c INDEXED BY idx_calls_deleted
                          JOIN rides r ON r.id = c.ride_id
                          WHERE c.deleted_at IS NOT NULL AND r.seller_id = ?)""",
        [seller_id],
    ).fetchone()[0]
    live_call = f"AND {_LIVE_CALL}" if any_removed else ""
    cursor = store.db.execute(
        f"""
        SELECT o.observed_on, o.ride_id, o.behaviour_key, avg(o.level), count(o.level)
        FROM observations o INDEXED BY idx_obs_ride_levels
        WHERE o.seller_id = :seller AND o.scorecard_id = :card AND o.level IS NOT NULL
          {live_call}
        GROUP BY o.observed_on, o.ride_id, o.behaviour_key
        ORDER BY o.observed_on, o.ride_id, o.behaviour_key
        """,
        {"seller": seller_id, "card": scorecard_id},
    )
    rows: list[LevelRow] = cursor.fetchall()
    return rows


# Per behaviour key, the (date, ride id, key, mean, ratings) rows of the live rides that rated
# it, oldest first. Plain tuples: a ten-year profile holds ~6,000 of them.
_Series = dict[str, list[LevelRow]]
_DAY = itemgetter(0)
_DAY_RIDE = itemgetter(0, 1)


def _series(rows: Iterable[LevelRow], live_rides: Container[int]) -> _Series:
    """Level rows grouped by behaviour key, rows of removed rides dropped (order kept)."""
    out: _Series = {}
    for row in rows:
        if row[1] in live_rides:
            try:
                out[row[2]].append(row)
            except KeyError:
                out[row[2]] = [row]
    return out


def _live_ride_ids(store: Store, seller_id: int) -> set[int]:
    return {
        int(r[0])
        for r in store.db.execute(
            "SELECT id FROM rides WHERE seller_id = ? AND deleted_at IS NULL", [seller_id]
        )
    }


@dataclass(frozen=True)
class TrainingEffect:
    """Training-to-execution: a trained behaviour's mean level before vs after a training.

    ``before`` is the mean of the seller's per-ride levels on rides dated in the
    ``window_days`` days before the training day, ``after`` in the ``window_days`` days after
    it (rides on the training day itself count on neither side). Each ride's mean weighs the
    same. None when no ride in the window rated the behaviour. ``after_complete`` is False while
    the after-window is still running (the figure may move).
    """

    training_id: int
    training_title: str
    held_on: str
    scorecard_key: str
    behaviour_key: str
    behaviour_title: str
    before: float | None
    before_rides: int
    after: float | None
    after_rides: int
    window_days: int
    after_complete: bool

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def _mean(values: Iterable[float]) -> tuple[float | None, int]:
    items = list(values)
    return (sum(items) / len(items) if items else None), len(items)


def training_effects(
    store: Store,
    seller_id: int,
    today: date | None = None,
    window_days: int = TRAINING_WINDOW_DAYS,
    trainings: list[training.TrainingEvent] | None = None,
    _series_by_card: dict[str, _Series] | None = None,
    _shapes: dict[str, ScorecardShape | None] | None = None,
) -> list[TrainingEffect]:
    """Before/after means for every behaviour of every training the seller attended, newest
    training first (see :class:`TrainingEffect` for the definition). ``trainings`` may pass the
    seller's trainings already loaded (``_series_by_card`` and ``_shapes``: per-ride levels and
    shapes by scorecard key, already loaded by ``seller_profile``)."""
    day = (today or records.today()).isoformat()
    cache: dict[str, _Series] = dict(_series_by_card or {})
    shapes: dict[str, ScorecardShape | None] = dict(_shapes or {})
    live: set[int] | None = None
    out = []
    for t in trainings if trainings is not None else training.list_trainings(store, seller_id):
        held = date.fromisoformat(t.held_on)
        lo = (held - timedelta(days=window_days)).isoformat()
        hi = (held + timedelta(days=window_days)).isoformat()
        for card_key, key in t.behaviours:
            if card_key not in cache:
                card_id = _scorecard_id(store, card_key)
                if card_id is None:
                    cache[card_key] = {}
                else:
                    live = _live_ride_ids(store, seller_id) if live is None else live
                    cache[card_key] = _series(_level_rows(store, seller_id, card_id), live)
            if card_key not in shapes:
                shapes[card_key] = scorecard_shape(store, card_key)
            shape = shapes[card_key]
            line = cache[card_key].get(key, [])
            i_lo = bisect_left(line, lo, key=_DAY)
            i_held = bisect_left(line, t.held_on, key=_DAY)
            i_after = bisect_right(line, t.held_on, key=_DAY)
            i_hi = bisect_right(line, hi, key=_DAY)
            before, n_before = _mean(p[3] for p in line[i_lo:i_held])
            after, n_after = _mean(p[3] for p in line[i_after:i_hi])
            out.append(
                TrainingEffect(
                    training_id=t.id,
                    training_title=t.title,
                    held_on=t.held_on,
                    scorecard_key=card_key,
                    behaviour_key=key,
                    behaviour_title=shape.title(key) if shape else key,
                    before=before,
                    before_rides=n_before,
                    after=after,
                    after_rides=n_after,
                    window_days=window_days,
                    after_complete=hi <= day,
                )
            )
    return out
