"""Team cadence: days since each seller's last ride, rides in 30/90 days, open and overdue
commitments (:func:`team_cadence`, :class:`Cadence`).

Part of :mod:`fieldride.insights`. One query; removed
rides and planned rides never count. Nothing here raises for an empty store (an empty list).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from fieldride.settings import cadence_days
from fieldride.store import Store
from fieldride.store import rows as records

CADENCE_ALERT_DAYS = 30  # the default target; the manager's own is fieldride.settings.cadence_days


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
    target_days: int = CADENCE_ALERT_DAYS  # the manager's cadence target when it was read

    @property
    def needs_ride(self) -> bool:
        """Not ridden with within the manager's cadence target (or never)."""
        return self.days_since is None or self.days_since > self.target_days


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
             AND r.conflict_of IS NULL
             AND r.status != 'planned' AND r.ride_date <= :today) AS last_ride,
          (SELECT count(*) FROM rides r WHERE r.seller_id = s.id AND r.deleted_at IS NULL
             AND r.conflict_of IS NULL
             AND r.status != 'planned' AND r.ride_date > :d30 AND r.ride_date <= :today) AS r30,
          (SELECT count(*) FROM rides r WHERE r.seller_id = s.id AND r.deleted_at IS NULL
             AND r.conflict_of IS NULL
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
    target = cadence_days(store)
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
                target_days=target,
            )
        )
    return out
