"""The seller profile at a director's scale (issue 23, deliver 5): the same answer as before,
field for field, after the work to make it cheaper.

The reference is the code before that work, kept verbatim in ``tests/core/profile_before.py``;
both run on real generated data (``benchmarks.bulkgen``: commitments verified at the next ride,
trainings, two scorecard versions) and on the demo team, with the cases the profile treats apart:
a removed call, a removed ride, a conflict copy, an archived seller, a removed commitment.
"""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks import bulkgen
from fieldride.demo import build_demo
from fieldride.insights import progress
from fieldride.insights.shape import seller_scorecards
from fieldride.rides.calls import list_calls, remove_call
from fieldride.rides.planning import delete_ride
from fieldride.store import Store
from fieldride.team.sellers import archive_seller
from tests.core.profile_before import seller_profile_before

TODAY = date(2026, 6, 1)


def _same_for_every_seller_and_scorecard(store: Store) -> int:
    """Compare every seller (archived ones too) on every scorecard their rides used; the number
    of trend points compared."""
    points = 0
    for (seller_id,) in store.db.execute("SELECT id FROM sellers ORDER BY id").fetchall():
        keys = [None] + [k for k, _ in seller_scorecards(store, seller_id)]
        for key in keys:
            before = seller_profile_before(store, seller_id, key, today=TODAY)
            after = progress.seller_profile(store, seller_id, key, today=TODAY)
            assert after == before, (seller_id, key)
            points += sum(len(t.points) for t in after.trends)
    return points


def _newest_unlocked_rated_ride(store: Store, seller_id: int) -> int:
    return int(
        store.db.execute(
            """SELECT r.id FROM rides r WHERE r.seller_id = ? AND r.deleted_at IS NULL
                 AND NOT r.locked AND EXISTS (SELECT 1 FROM observations o
                   WHERE o.ride_id = r.id AND o.level IS NOT NULL)
               ORDER BY r.ride_date DESC, r.id DESC LIMIT 1""",
            [seller_id],
        ).fetchone()[0]
    )


@pytest.fixture
def generated(store: Store) -> Store:
    bulkgen.generate(store, sellers=4, years=2, seed=4, today=TODAY)
    return store


def test_same_profile_as_before_on_generated_data(generated: Store) -> None:
    store = generated
    assert _same_for_every_seller_and_scorecard(store) > 500
    regressions = 0
    for (seller_id,) in store.db.execute("SELECT id FROM sellers").fetchall():
        profile = progress.seller_profile(store, seller_id, today=TODAY)
        regressions += len(profile.regressions)
        assert profile.training_effects and profile.follow_through.verified
    assert regressions  # the data exercise the regression windows
    sellers = [int(r[0]) for r in store.db.execute("SELECT id FROM sellers ORDER BY id")]
    # a removed call on the newest ride that can still be edited
    ride = _newest_unlocked_rated_ride(store, sellers[0])
    remove_call(store, list_calls(store, ride)[0].id)
    # a removed ride
    delete_ride(store, _newest_unlocked_rated_ride(store, sellers[1]))
    # a conflict copy (made by merges; marked here the way the merge marks it)
    ride = _newest_unlocked_rated_ride(store, sellers[2])
    store.db.execute(
        "UPDATE rides SET conflict_of = (SELECT uuid FROM rides WHERE id = ?) WHERE id = ?",
        [ride - 1, ride],
    )
    # a removed commitment that had been verified
    store.db.execute(
        """UPDATE commitments SET deleted_at = '2026-05-01T00:00:00Z' WHERE id = (
             SELECT c.id FROM commitments c JOIN commitment_verifications v
               ON v.commitment_id = c.id WHERE c.seller_id = ? ORDER BY c.id LIMIT 1)""",
        [sellers[3]],
    )
    archive_seller(store, sellers[3])
    assert _same_for_every_seller_and_scorecard(store) > 500


def test_same_profile_as_before_on_the_demo_team(store: Store) -> None:
    build_demo(store, seed=7, months=9, today=TODAY)
    assert _same_for_every_seller_and_scorecard(store) > 100
