"""Review figures computed once in the core (screens and PDF reports show the same numbers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from fieldride import records
from fieldride.db import Store

CADENCE_ALERT_DAYS = 30


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


def team_cadence(store: Store, today: date | None = None) -> list[Cadence]:
    """Per active seller: days since the last ride (done, not planned), rides in the last 30 and
    90 days, open and overdue commitments. One query."""
    day = today or records.today()
    rows = store.db.query(
        """
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
        FROM sellers s WHERE s.archived_at IS NULL ORDER BY s.name COLLATE NOCASE
        """,
        {
            "today": day.isoformat(),
            "d30": (day - timedelta(days=30)).isoformat(),
            "d90": (day - timedelta(days=90)).isoformat(),
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


def ride_levels(
    store: Store,
    seller_id: int,
    scorecard_key: str,
    behaviour_keys: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[RidePoint]:
    """Per ride and behaviour, the seller's mean level, oldest first. Behaviours are followed by
    their stable key across scorecard versions; a behaviour not rated on a ride has no point
    there (a gap in the line, never a zero). Uses the covering index ``idx_obs_trend``."""
    keys_clause = ""
    params: dict[str, object] = {
        "seller": seller_id,
        "card": scorecard_key,
        "since": since,
        "until": until,
    }
    if behaviour_keys:
        marks = ", ".join(f":k{i}" for i in range(len(behaviour_keys)))
        keys_clause = f"AND o.behaviour_key IN ({marks})"
        params.update({f"k{i}": k for i, k in enumerate(behaviour_keys)})
    rows = store.db.query(
        f"""
        SELECT o.ride_id, o.observed_on, o.behaviour_key, avg(o.level) AS mean, count(*) AS n,
               EXISTS (SELECT 1 FROM ride_focus f WHERE f.ride_id = o.ride_id
                       AND f.behaviour_key = o.behaviour_key) AS focus
        FROM observations o
        JOIN calls c ON c.id = o.call_id AND c.deleted_at IS NULL
        JOIN rides r ON r.id = o.ride_id AND r.deleted_at IS NULL
        WHERE o.seller_id = :seller
          AND o.scorecard_id = (SELECT id FROM scorecards WHERE key = :card)
          AND o.level IS NOT NULL {keys_clause}
          AND (:since IS NULL OR o.observed_on >= :since)
          AND (:until IS NULL OR o.observed_on <= :until)
        GROUP BY o.ride_id, o.behaviour_key
        ORDER BY o.observed_on, o.ride_id
        """,
        params,
    )
    return [
        RidePoint(
            int(r["ride_id"]),
            r["observed_on"],
            r["behaviour_key"],
            float(r["mean"]),
            int(r["n"]),
            bool(r["focus"]),
        )
        for r in rows
    ]
