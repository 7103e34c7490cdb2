"""Training-to-execution: a trained behaviour's mean level before vs after each training
(:func:`training_effects`, :class:`TrainingEffect`), and the per-behaviour series of per-ride
levels (:func:`series_by_behaviour`) the seller profile shares with it.

Built on :func:`fieldride.rides.levels.level_rows`; its rows stay plain tuples (a ten-year
profile holds thousands) and serve the trends, the regressions and the training effects alike.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter

from fieldride.insights.shape import ScorecardShape, scorecard_shape
from fieldride.rides.levels import LevelRow, level_rows, live_ride_ids, scorecard_id
from fieldride.store import Store
from fieldride.store import rows as records
from fieldride.team import training

TRAINING_WINDOW_DAYS = 90


# Per behaviour key, the (date, ride id, key, mean, ratings) rows of the live rides that rated
# it, oldest first. Plain tuples: a ten-year profile holds ~6,000 of them.
Series = dict[str, list[LevelRow]]
_DAY = itemgetter(0)
DAY_RIDE = itemgetter(0, 1)  # (date, ride id): the sort key of a series


def series_by_behaviour(rows: Iterable[LevelRow], live_rides: Container[int]) -> Series:
    """Level rows grouped by behaviour key, rows of removed rides dropped (order kept)."""
    out: Series = {}
    for row in rows:
        if row[1] in live_rides:
            try:
                out[row[2]].append(row)
            except KeyError:
                out[row[2]] = [row]
    return out


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
    loaded_series: dict[str, Series] | None = None,
    loaded_shapes: dict[str, ScorecardShape | None] | None = None,
) -> list[TrainingEffect]:
    """Before/after means for every behaviour of every training the seller attended, newest
    training first (see :class:`TrainingEffect` for the definition). ``trainings`` may pass the
    seller's trainings already loaded (``loaded_series`` and ``loaded_shapes``: per-ride levels and
    shapes by scorecard key, already loaded by ``seller_profile``)."""
    day = (today or records.today()).isoformat()
    cache: dict[str, Series] = dict(loaded_series or {})
    shapes: dict[str, ScorecardShape | None] = dict(loaded_shapes or {})
    live: set[int] | None = None
    attended = trainings if trainings is not None else training.list_trainings(store, seller_id)
    # No before-window reaches further back than the earliest training's: levels are read from
    # there (a period's profile passes only the period's trainings).
    earliest = min((t.held_on for t in attended), default=None)
    read_from = (
        (date.fromisoformat(earliest) - timedelta(days=window_days)).isoformat()
        if earliest
        else None
    )
    out = []
    for t in attended:
        held = date.fromisoformat(t.held_on)
        lo = (held - timedelta(days=window_days)).isoformat()
        hi = (held + timedelta(days=window_days)).isoformat()
        for card_key, key in t.behaviours:
            if card_key not in cache:
                card_id = scorecard_id(store, card_key)
                if card_id is None:
                    cache[card_key] = {}
                else:
                    live = live_ride_ids(store, seller_id) if live is None else live
                    cache[card_key] = series_by_behaviour(
                        level_rows(store, seller_id, card_id, since=read_from), live
                    )
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
