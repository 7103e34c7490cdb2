"""The manager's day (:func:`day_overview`, :class:`DayOverview`): rides dated today and in the
rest of the week that are still to ride (planned or in progress), planned rides whose day has
passed without being started, open commitments overdue and due this week, and the active sellers
due a ride (no ride within the manager's cadence target, ``fieldride.settings.cadence_days``, 30
days unless set, and none planned for today or later: a planned ride whose day has passed does
not stand for a ride).

Part of :mod:`fieldride.insights`. One query, each part on an index (rides by status, commitments
by status and due date, rides by seller and date), so Today stays quick on years of data; removed
rides, commitments and archived sellers never count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from fieldride.insights.cadence import CADENCE_ALERT_DAYS
from fieldride.settings import cadence_days
from fieldride.store import Store
from fieldride.store import rows as records
from fieldride.team import get_seller, name_key, told_apart

WEEK_DAYS = 7

DAY_SQL = """
SELECT
  (SELECT count(*) FROM rides r WHERE r.status IN ('planned', 'in_progress')
     AND r.deleted_at IS NULL AND r.ride_date = :today) AS rides_today,
  (SELECT count(*) FROM rides r WHERE r.status IN ('planned', 'in_progress')
     AND r.deleted_at IS NULL AND r.ride_date > :today AND r.ride_date <= :week_end)
     AS rides_week,
  (SELECT count(*) FROM rides r WHERE r.status = 'planned'
     AND r.deleted_at IS NULL AND r.ride_date < :today) AS rides_missed,
  (SELECT count(*) FROM commitments c JOIN rides r ON r.id = c.ride_id AND r.deleted_at IS NULL
     WHERE c.status = 'open' AND c.deleted_at IS NULL AND c.due_date < :today)
     AS commitments_overdue,
  (SELECT count(*) FROM commitments c JOIN rides r ON r.id = c.ride_id AND r.deleted_at IS NULL
     WHERE c.status = 'open' AND c.deleted_at IS NULL
       AND c.due_date >= :today AND c.due_date <= :week_end) AS commitments_due
"""

DUE_SQL = """
SELECT s.id, s.name FROM sellers s
WHERE s.archived_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM rides r WHERE r.seller_id = s.id AND r.deleted_at IS NULL
     AND (r.status != 'planned' AND r.ride_date > :since AND r.ride_date <= :today
       OR r.status = 'planned' AND r.ride_date >= :today))
"""  # sorted in Python: ORDER BY name would read the name index on Today's first paint, before
# the start-up check has looked at the file (tests/ui/test_startup.py damages that index)

ACTIVE_NAMES_SQL = "SELECT name FROM sellers WHERE archived_at IS NULL"


@dataclass(frozen=True)
class DayOverview:
    day: str
    rides_today: int
    rides_this_week: int  # after today, up to six days ahead
    rides_missed: int  # still planned, dated before today: never started
    commitments_overdue: int
    commitments_due: int  # due today or in the next six days
    # names, not ridden with within the cadence target, none planned; two of the same name each
    # with what tells them apart ("Maya Okafor (North)"), as the plan dialog shows them
    sellers_due: list[str]
    cadence_days: int = CADENCE_ALERT_DAYS


def day_overview(store: Store, today: date | None = None) -> DayOverview:
    """What the manager's day holds (see the module)."""
    day = today or records.today()
    target = cadence_days(store)
    params = {
        "today": day.isoformat(),
        "week_end": (day + timedelta(days=WEEK_DAYS - 1)).isoformat(),
        "since": (day - timedelta(days=target)).isoformat(),
    }
    row = next(iter(store.db.query(DAY_SQL, params)), None)
    due = sorted(_due_names(store, params), key=str.casefold)
    return DayOverview(
        day=day.isoformat(),
        rides_today=int(row["rides_today"]) if row else 0,
        rides_this_week=int(row["rides_week"]) if row else 0,
        rides_missed=int(row["rides_missed"]) if row else 0,
        commitments_overdue=int(row["commitments_overdue"]) if row else 0,
        commitments_due=int(row["commitments_due"]) if row else 0,
        sellers_due=due,
        cadence_days=target,
    )


def _due_names(store: Store, params: dict[str, str]) -> list[str]:
    """The names of the sellers due a ride; a name another active seller shares (due or not)
    gets what tells it apart (``sellers.told_apart``; only those sellers are read again, by
    id). Every active seller's name is read in table order: no index on Today's first paint."""
    counts = Counter(name_key(str(r["name"])) for r in store.db.query(ACTIVE_NAMES_SQL))
    return [
        told_apart(get_seller(store, int(r["id"])))
        if counts[name_key(str(r["name"]))] > 1
        else str(r["name"])
        for r in store.db.query(DUE_SQL, params)
    ]
