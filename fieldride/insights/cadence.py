"""Team cadence: days since each seller's last ride, rides in 30/90 days, open and overdue
commitments (:func:`team_cadence`, :class:`Cadence`).

Part of :mod:`fieldride.insights`. One query; removed
rides and planned rides never count. Nothing here raises for an empty store (an empty list).
"""

from __future__ import annotations

import json
from collections.abc import Collection
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
    store: Store,
    today: date | None = None,
    seller_id: int | None = None,
    sellers: Collection[int] | None = None,
) -> list[Cadence]:
    """Per active seller (or only ``seller_id``; or only the active ones of ``sellers``, each
    read by its id): days since the last ride (done, not planned), rides in the last 30 and 90
    days, open and overdue commitments. One query."""
    day = today or records.today()
    if seller_id is not None:
        where = "s.id = :seller"
    elif sellers is not None:
        where = "s.id IN (SELECT value FROM json_each(:sellers)) AND s.archived_at IS NULL"
    else:
        where = "s.archived_at IS NULL"
    done = """r.seller_id = s.id AND r.deleted_at IS NULL AND r.conflict_of IS NULL
             AND r.status != 'planned' AND r.ride_date <= :today"""
    # Three index seeks per seller, not five (a director's store has hundreds of sellers): the
    # rides of the last 90 days are read once for both counts, and the open commitments once for
    # both of theirs, each pair packed as 'a,b' (a scalar subquery gives one value). The seeks
    # go in seller id order, the order of the indexes they read (consecutive sellers share
    # index pages: in name order each seek lands on pages read long before, which costs a
    # director's store about half again the time), and only the results are sorted by name
    # (then id: the order of idx_sellers_name).
    rows = store.db.execute(
        f"""
        WITH figures AS MATERIALIZED (
          SELECT s.id, s.name, s.team,
            (SELECT max(r.ride_date) FROM rides r WHERE {done}) AS last_ride,
            (SELECT count(*) || ',' || count(CASE WHEN r.ride_date > :d30 THEN 1 END)
               FROM rides r WHERE {done} AND r.ride_date > :d90) AS recent,
            (SELECT count(*) || ',' || count(CASE WHEN c.due_date < :today THEN 1 END)
               FROM commitments c WHERE c.seller_id = s.id AND c.status = 'open'
               AND c.deleted_at IS NULL) AS open_c
          FROM sellers s WHERE {where} ORDER BY s.id
        )
        SELECT * FROM figures ORDER BY name COLLATE NOCASE, id
        """,
        {
            "today": day.isoformat(),
            "d30": (day - timedelta(days=30)).isoformat(),
            "d90": (day - timedelta(days=90)).isoformat(),
            "seller": seller_id,
            "sellers": json.dumps(sorted(sellers or ())),
        },
    ).fetchall()
    target = cadence_days(store)
    out = []
    for sid, name, team, last, recent, open_c in rows:
        r90, r30 = recent.split(",")
        n_open, n_overdue = open_c.split(",")
        out.append(
            Cadence(
                seller_id=int(sid),
                seller_name=name,
                team=team,
                last_ride=last,
                days_since=(day - date.fromisoformat(last)).days if last else None,
                rides_30=int(r30),
                rides_90=int(r90),
                open_commitments=int(n_open),
                overdue_commitments=int(n_overdue),
                target_days=target,
            )
        )
    return out
