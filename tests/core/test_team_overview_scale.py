"""The team overview at a director's scale (issue 23, deliver 5): the same answer as before, cell
for cell, and a cost that does not grow with the history.

The reference is the code before the rewrite, kept verbatim in ``tests/core/overview_before.py``;
both run on real generated data (``benchmarks.bulkgen``, the demo team) with the cases the
rewrite treats apart: a removed call, a removed ride, a conflict copy, an archived seller.
"""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks import bulkgen
from fieldride import insights
from fieldride.demo import build_demo
from fieldride.rides.calls import list_calls, remove_call
from fieldride.rides.planning import delete_ride
from fieldride.store import Store
from fieldride.team.sellers import archive_seller
from tests.core.overview_before import team_overview_before

TODAY = date(2026, 6, 1)


def _same_for_every_scorecard(store: Store) -> int:
    cells = 0
    keys = [None] + [k for k, _ in insights.scorecards_in_use(store)]
    for key in keys:
        before = team_overview_before(store, key, today=TODAY)
        after = insights.team_overview(store, key, today=TODAY)
        assert after == before, key
        if after is not None:
            cells += sum(len(row.levels) for row in after.rows)
    return cells


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
    bulkgen.generate(store, sellers=6, years=2, seed=4, today=TODAY)
    return store


def test_same_grid_as_before_on_generated_data(generated: Store) -> None:
    store = generated
    assert _same_for_every_scorecard(store) > 50
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
    archive_seller(store, sellers[3])
    assert _same_for_every_scorecard(store) > 50


def test_same_grid_as_before_on_the_demo_team(store: Store) -> None:
    build_demo(store, seed=7, months=9, today=TODAY)
    assert _same_for_every_scorecard(store) > 20


def test_statements_do_not_grow_with_the_sellers(generated: Store) -> None:
    """The grid reads every seller in the same few statements: archiving sellers changes the
    rows, not the number of statements (before: two statements per seller for the ride
    score)."""
    store = generated

    def statements() -> int:
        seen: list[str] = []
        store.db.conn.set_trace_callback(seen.append)
        try:
            overview = insights.team_overview(store, today=TODAY)
        finally:
            store.db.conn.set_trace_callback(None)
        assert overview is not None and all(row.score for row in overview.rows)
        return len(seen)

    six = statements()
    for seller_id in (2, 3, 4, 5):
        archive_seller(store, seller_id)
    assert statements() == six


def _older_ratings(store: Store, seller_id: int) -> list[tuple[str, int]]:
    """(behaviour key, ride of its latest rating) of the behaviours the seller was rated on
    before, but not on their newest rated ride: what the overview reads pair by pair."""
    newest = store.db.execute(
        """SELECT ride_id FROM observations WHERE seller_id = ? AND level IS NOT NULL
           ORDER BY observed_on DESC, ride_id DESC LIMIT 1""",
        [seller_id],
    ).fetchone()[0]
    return [
        (str(key), int(ride))
        for key, ride in store.db.execute(
            """SELECT o.behaviour_key,
                 (SELECT l.ride_id FROM observations l WHERE l.seller_id = o.seller_id
                    AND l.behaviour_key = o.behaviour_key AND l.level IS NOT NULL
                  ORDER BY l.observed_on DESC, l.ride_id DESC LIMIT 1)
               FROM observations o WHERE o.seller_id = ? AND o.level IS NOT NULL
                 AND o.behaviour_key NOT IN (SELECT behaviour_key FROM observations
                                             WHERE ride_id = ? AND level IS NOT NULL)
               GROUP BY o.behaviour_key ORDER BY o.behaviour_key""",
            [seller_id, newest],
        )
    ]


def test_same_grid_when_an_older_behaviours_latest_rating_no_longer_counts(
    generated: Store,
) -> None:
    """A behaviour missing from a seller's newest ride (one of an older scorecard version) shows
    its latest rating that counts: when the day of its latest rating holds none that counts any
    more (that ride a conflict copy; those calls removed), an older day's, as before."""
    store = generated
    first, second = (_older_ratings(store, seller) for seller in (1, 2))
    assert first and second
    (key, ride), (key2, ride2) = first[0], second[0]
    store.db.execute(
        "UPDATE rides SET conflict_of = (SELECT uuid FROM rides WHERE id = ?) WHERE id = ?",
        [ride - 1, ride],
    )
    store.db.execute(
        """UPDATE calls SET deleted_at = '2026-05-01T00:00:00.000Z' WHERE id IN
             (SELECT call_id FROM observations WHERE ride_id = ? AND behaviour_key = ?)""",
        [ride2, key2],
    )
    assert _same_for_every_scorecard(store) > 50
    shape_key = store.db.execute(
        "SELECT sc.key FROM rides r JOIN scorecard_versions v ON v.id = r.scorecard_version_id "
        "JOIN scorecards sc ON sc.id = v.scorecard_id WHERE r.id = ?",
        [ride],
    ).fetchone()[0]
    overview = insights.team_overview(store, shape_key, today=TODAY)
    assert overview is not None
    levels = {row.cadence.seller_id: row.levels for row in overview.rows}
    # both now come from an older ride (or are gone), not from the ride that no longer counts
    assert levels[1].get(key) is None or levels[1][key].ride_id != ride
    assert levels[2].get(key2) is None or levels[2][key2].ride_id != ride2
