"""Team cadence after the director-scale work (issue 23, deliver 5): three index seeks per seller
instead of five, and the same rows as before.

The reference is the code before, kept verbatim in ``tests/core/cadence_before.py``; both run on
real generated data (``benchmarks.bulkgen``) and the demo team, at several "today"s so that the
30- and 90-day windows hold rides and open commitments fall due, with the rides the cadence
leaves out (planned, removed, conflict copies) and commitments open, overdue and removed.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from benchmarks import bulkgen
from fieldride.debriefs.commitments import add_commitment, remove_commitment
from fieldride.demo import build_demo
from fieldride.insights.cadence import team_cadence
from fieldride.rides.planning import delete_ride, plan_ride
from fieldride.store import Store
from fieldride.team.sellers import archive_seller
from tests.core.cadence_before import team_cadence_before

TODAY = date(2026, 6, 1)
DAYS = [TODAY + timedelta(days=d) for d in (-400, -95, -31, -1, 0, 1, 29, 31, 89, 91, 400)]


def _same_every_day(store: Store) -> int:
    """Every day in DAYS, all sellers and each seller alone; the number of rows compared."""
    rows = 0
    sellers = [int(r[0]) for r in store.db.execute("SELECT id FROM sellers ORDER BY id")]
    for day in DAYS:
        after = team_cadence(store, day)
        assert after == team_cadence_before(store, day), day
        rows += len(after)
        for seller in sellers:
            assert team_cadence(store, day, seller) == team_cadence_before(store, day, seller)
    return rows


@pytest.fixture
def generated(store: Store) -> Store:
    bulkgen.generate(store, sellers=5, years=2, seed=4, today=TODAY)
    return store


def test_same_cadence_as_before_on_generated_data(generated: Store) -> None:
    store = generated
    sellers = [int(r[0]) for r in store.db.execute("SELECT id FROM sellers ORDER BY id")]
    before_changes = team_cadence(store, TODAY)
    assert any(c.rides_30 for c in before_changes) and any(c.rides_90 for c in before_changes)
    # planned rides (never counted), in the past and to come
    card = store.db.execute("SELECT key FROM scorecards ORDER BY id LIMIT 1").fetchone()[0]
    for seller in sellers[:2]:
        plan_ride(store, seller, TODAY - timedelta(days=3), scorecard_key=card)
        plan_ride(store, seller, TODAY + timedelta(days=5), scorecard_key=card)
    # the newest ride of one seller removed, another's marked as a conflict copy
    newest = (
        "SELECT id FROM rides WHERE seller_id = ? AND deleted_at IS NULL "
        "AND status != 'planned' ORDER BY ride_date DESC, id DESC LIMIT 1"
    )
    store.db.execute("UPDATE rides SET locked = 0 WHERE seller_id = ?", [sellers[2]])
    delete_ride(store, int(store.db.execute(newest, [sellers[2]]).fetchone()[0]))
    ride = int(store.db.execute(newest, [sellers[3]]).fetchone()[0])
    store.db.execute(
        "UPDATE rides SET conflict_of = (SELECT uuid FROM rides WHERE id = ?) WHERE id = ?",
        [ride - 1, ride],
    )
    # open commitments: one overdue, one due later, one removed
    ride = int(store.db.execute(newest, [sellers[4]]).fetchone()[0])
    store.db.execute("UPDATE rides SET locked = 0, status = 'debriefed' WHERE id = ?", [ride])
    key = store.db.execute(
        "SELECT behaviour_key FROM observations WHERE ride_id = ? LIMIT 1", [ride]
    ).fetchone()[0]
    ride_day = date.fromisoformat(
        store.db.execute("SELECT ride_date FROM rides WHERE id = ?", [ride]).fetchone()[0]
    )
    add_commitment(store, ride, key, "Overdue by now", ride_day + timedelta(days=1))
    add_commitment(store, ride, key, "Due later", TODAY + timedelta(days=60))
    removed = add_commitment(store, ride, key, "Removed", TODAY + timedelta(days=2))
    remove_commitment(store, removed.id)
    archive_seller(store, sellers[0])
    after = team_cadence(store, TODAY)
    assert sum(c.open_commitments for c in after) >= 2
    assert sum(c.overdue_commitments for c in after) >= 1
    assert _same_every_day(store) > 30


def test_same_cadence_as_before_on_the_demo_team(store: Store) -> None:
    build_demo(store, seed=7, months=9, today=TODAY)
    assert _same_every_day(store) > 30
