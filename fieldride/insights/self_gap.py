"""The gap between how a seller rates themselves and how their manager rated them, per
behaviour over time (issue 22, deliver 1): seller progress and the development report show it.

A point is one ride on which the seller gave themselves a level for the behaviour and the
manager rated it on at least one live call. Its gap is ``self − manager``, where the manager's
level is the mean of the call ratings (as in ``fieldride.debriefs.self_assessment``, which says
why the mean). "No opportunity" on either side, removed rides and calls, and conflict copies
make no point. Behaviours are followed by their key across scorecard versions and titled from
the scorecard's latest version.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldride.debriefs.self_assessment import signed_gap
from fieldride.scorecards.store import latest_version
from fieldride.store import Store

__all__ = ["BehaviourGap", "GapPoint", "self_assessment_gaps", "signed_gap"]


@dataclass(frozen=True)
class GapPoint:
    ride_id: int
    ride_date: str
    self_level: int
    manager_level: float
    entered_on: str  # 'laptop' or 'paper'

    @property
    def gap(self) -> float:
        """``self − manager``: positive when the seller rated themselves higher."""
        return self.self_level - self.manager_level


@dataclass(frozen=True)
class BehaviourGap:
    """One behaviour's self-vs-manager gap over the seller's self-assessed rides, oldest
    first."""

    scorecard_key: str
    key: str
    title: str
    points: tuple[GapPoint, ...]

    @property
    def mean_gap(self) -> float:
        return sum(p.gap for p in self.points) / len(self.points)

    @property
    def latest_gap(self) -> float:
        return self.points[-1].gap


_POINTS_SQL = """
SELECT r.id AS ride_id, r.ride_date, sc.key AS card_key, s.behaviour_key, s.level,
       s.entered_on,
       (SELECT avg(o.level) FROM observations o JOIN calls c ON c.id = o.call_id
        WHERE o.ride_id = r.id AND o.behaviour_key = s.behaviour_key
          AND o.level IS NOT NULL AND c.deleted_at IS NULL) AS manager_level
FROM self_ratings s
JOIN rides r ON r.id = s.ride_id
JOIN scorecard_versions v ON v.id = r.scorecard_version_id
JOIN scorecards sc ON sc.id = v.scorecard_id
WHERE r.seller_id = :seller AND r.deleted_at IS NULL AND r.conflict_of IS NULL
  AND s.deleted_at IS NULL AND s.level IS NOT NULL
  AND (:since IS NULL OR r.ride_date >= :since) AND (:until IS NULL OR r.ride_date <= :until)
ORDER BY r.ride_date, r.id
"""


def self_assessment_gaps(
    store: Store, seller_id: int, since: str | None = None, until: str | None = None
) -> list[BehaviourGap]:
    """Per scorecard and behaviour, the seller's self-vs-manager gap on each self-assessed
    ride dated from ``since`` to ``until`` (ISO dates, inclusive; None: open), oldest first.
    Behaviours in the order of the scorecard's latest version; behaviours without a point are
    left out. An unknown seller gives an empty list."""
    found: dict[tuple[str, str], list[GapPoint]] = {}
    for r in store.db.query(_POINTS_SQL, {"seller": seller_id, "since": since, "until": until}):
        if r["manager_level"] is None:
            continue
        found.setdefault((r["card_key"], r["behaviour_key"]), []).append(
            GapPoint(
                int(r["ride_id"]),
                str(r["ride_date"]),
                int(r["level"]),
                float(r["manager_level"]),
                str(r["entered_on"]),
            )
        )
    out: list[BehaviourGap] = []
    for card_key in dict.fromkeys(k for k, _ in found):
        latest = latest_version(store, card_key)
        order = [b.key for b in latest.card.behaviours()] if latest else []
        keys = sorted(
            (k for c, k in found if c == card_key),
            key=lambda k: (order.index(k) if k in order else len(order), k),
        )
        for key in keys:
            behaviour = latest.card.behaviour(key) if latest else None
            out.append(
                BehaviourGap(
                    card_key,
                    key,
                    behaviour.title if behaviour else key,
                    tuple(found[(card_key, key)]),
                )
            )
    return out
