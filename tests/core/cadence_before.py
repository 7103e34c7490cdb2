"""Team cadence as it was computed before issue 23's director-scale work on it (main at 1794622,
``fieldride/insights/cadence.py``), kept verbatim (renamed ``team_cadence_before``) as the
reference the new code must match row for row (tests/core/test_cadence_scale.py)."""

from __future__ import annotations

from datetime import date, timedelta

from fieldride.insights.cadence import Cadence
from fieldride.settings import cadence_days
from fieldride.store import Store
from fieldride.store import rows as records


def team_cadence_before(
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
