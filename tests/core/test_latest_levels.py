"""The stored latest level per seller and behaviour (issue 23, deliver 5): ``latest_levels``,
kept by triggers, gives the team overview exactly what the former query computed from every
observation, cell by cell, on real stores: a bulk-generated team after every kind of edit the
app makes (rate, clear, no opportunity, remove / restore a call, remove a ride, a new date, a
reopen), a conflict copy, a director's store after bundle imports, a store migrated from the
step before, and a store whose triggers were lost."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from benchmarks import bulkgen
from fieldride import debriefs, insights, rides
from fieldride.exchange import export_bundle, import_bundle
from fieldride.insights.overview import LatestLevel, latest_levels
from fieldride.insights.shape import ScorecardShape, scorecard_shape
from fieldride.rides.levels import LIVE_CALL
from fieldride.store import Store, open_store
from fieldride.store import latest_levels as stored
from fieldride.store.migrations import applied_names, apply, known_names
from tests.core.exchange_fixtures import Clock, make_manager

TODAY = date(2026, 6, 1)


def _old_latest_levels(store: Store, shape: ScorecardShape) -> dict[tuple[int, str], LatestLevel]:
    """The query the team overview ran before the stored table (main at efbce66), kept
    verbatim as the reference: (seller id, behaviour key) → latest level, for every active seller (see LatestLevel).

    In two steps, so that the work per seller is a few index seeks whatever the size of the team
    (a director's store holds hundreds of sellers):

    1. each seller's newest rated ride on the scorecard (one backward seek in
       ``idx_obs_ride_levels``) and the mean of every behaviour rated on it (a range of the same
       index). A behaviour rated on that ride has it as its latest rated ride, since no rated
       ride of the seller is newer;
    2. only for the (seller, behaviour) pairs not rated on that ride (a behaviour of an older
       version, one skipped that day): the latest rated ride of the pair, walking
       ``idx_obs_trend`` backwards, and its mean.

    The CTEs are MATERIALIZED and CROSS JOINed so the planner keeps them as the outer loop
    (flattened, it scanned every observation).
    """
    keys = [b.key for b in shape.behaviours]
    wanted = set(keys)
    # A mean takes few distinct values (levels 1-4 over a few calls): each label is looked up
    # once, not once per cell (a director's grid has ~13,000 cells).
    label = cache(shape.level_label)
    out: dict[tuple[int, str], LatestLevel] = {}

    def add(rows: Iterable[Any]) -> None:
        for r in rows:
            if r["key"] in wanted:
                level = float(r["mean"])
                out[(int(r["seller_id"]), r["key"])] = LatestLevel(
                    level, label(level), int(r["ride"]), r["day"], int(r["n"])
                )

    add(
        store.db.query(
            f"""
            WITH newest AS MATERIALIZED (
                SELECT s.id AS seller_id,
                  (SELECT o.observed_on || char(31) || o.ride_id
                     FROM observations o INDEXED BY idx_obs_ride_levels
                     JOIN rides r ON r.id = o.ride_id AND r.deleted_at IS NULL
                    WHERE o.seller_id = s.id AND o.scorecard_id = :card
                      AND o.level IS NOT NULL AND {LIVE_CALL}
                    ORDER BY o.observed_on DESC, o.ride_id DESC LIMIT 1) AS latest
                FROM sellers s WHERE s.archived_at IS NULL
            )
            , latest AS MATERIALIZED (
                SELECT seller_id,
                       substr(latest, 1, instr(latest, char(31)) - 1) AS day,
                       CAST(substr(latest, instr(latest, char(31)) + 1) AS INTEGER) AS ride
                FROM newest WHERE latest IS NOT NULL
            )
            SELECT p.seller_id, o.behaviour_key AS key, p.day, p.ride,
                   avg(o.level) AS mean, count(o.level) AS n
            FROM latest p CROSS JOIN observations o INDEXED BY idx_obs_ride_levels
              ON o.seller_id = p.seller_id AND o.scorecard_id = :card AND o.observed_on = p.day
             AND o.ride_id = p.ride AND o.level IS NOT NULL
            WHERE {LIVE_CALL}
            GROUP BY p.seller_id, o.behaviour_key
            """,
            {"card": shape.id},
        )
    )
    sellers = [
        int(r[0]) for r in store.db.execute("SELECT id FROM sellers WHERE archived_at IS NULL")
    ]
    missing = [[seller, key] for seller in sellers for key in keys if (seller, key) not in out]
    if not missing:
        return out
    add(
        store.db.query(
            f"""
            WITH pairs AS MATERIALIZED (
                SELECT j.value ->> 0 AS seller_id, j.value ->> 1 AS key,
                  (SELECT o.observed_on || char(31) || o.ride_id
                     FROM observations o INDEXED BY idx_obs_trend
                     JOIN rides r ON r.id = o.ride_id AND r.deleted_at IS NULL
                    WHERE o.seller_id = j.value ->> 0 AND o.scorecard_id = :card
                      AND o.behaviour_key = j.value ->> 1
                      AND o.level IS NOT NULL AND {LIVE_CALL}
                    ORDER BY o.observed_on DESC, o.ride_id DESC LIMIT 1) AS latest
                FROM json_each(:pairs) j
            )
            , latest AS MATERIALIZED (
                SELECT seller_id, key,
                       substr(latest, 1, instr(latest, char(31)) - 1) AS day,
                       CAST(substr(latest, instr(latest, char(31)) + 1) AS INTEGER) AS ride
                FROM pairs WHERE latest IS NOT NULL
            )
            SELECT p.seller_id, p.key, p.day, p.ride, avg(o.level) AS mean, count(o.level) AS n
            FROM latest p CROSS JOIN observations o INDEXED BY idx_obs_ride_levels
              ON o.seller_id = p.seller_id AND o.scorecard_id = :card AND o.observed_on = p.day
             AND o.ride_id = p.ride AND o.behaviour_key = p.key AND o.level IS NOT NULL
            WHERE {LIVE_CALL}
            GROUP BY p.seller_id, p.key
            """,
            {"card": shape.id, "pairs": json.dumps(missing)},
        )
    )
    return out


def _shapes(store: Store) -> list[ScorecardShape]:
    keys = [str(r[0]) for r in store.db.execute("SELECT key FROM scorecards ORDER BY id")]
    return [s for k in keys if (s := scorecard_shape(store, k)) is not None]


def _assert_same(store: Store) -> int:
    """The stored table matches a recomputation, and the overview's grid equals the former
    query's, cell by cell, for every scorecard. Returns the number of cells compared."""
    assert stored.stale_pairs(store.db.conn) == []
    cells = 0
    for shape in _shapes(store):
        new, old = latest_levels(store, shape), _old_latest_levels(store, shape)
        assert new == old, shape.key
        cells += len(new)
    return cells


def _cell(store: Store, seller_id: int, card_key: str, key: str) -> LatestLevel | None:
    shape = scorecard_shape(store, card_key)
    assert shape is not None
    return latest_levels(store, shape).get((seller_id, key))


@pytest.fixture
def team(store: Store) -> Store:
    bulkgen.generate(store, sellers=3, years=1, seed=5, today=TODAY)
    return store


def test_the_grid_is_the_former_querys_after_every_kind_of_edit(team: Store) -> None:
    assert _assert_same(team) > 20
    ride_id, seller_id, card = team.db.execute(
        """SELECT r.id, r.seller_id, sc.key FROM rides r
           JOIN scorecard_versions v ON v.id = r.scorecard_version_id
           JOIN scorecards sc ON sc.id = v.scorecard_id
           WHERE r.deleted_at IS NULL AND EXISTS (SELECT 1 FROM observations o
                 WHERE o.ride_id = r.id AND o.level IS NOT NULL)
           ORDER BY r.ride_date DESC, r.id DESC LIMIT 1"""
    ).fetchone()
    if rides.get_ride(team, ride_id).locked:
        debriefs.reopen_ride(team, ride_id, "a rating was entered on the wrong call")
        _assert_same(team)
    call_id, key, level = team.db.execute(
        "SELECT call_id, behaviour_key, level FROM observations "
        "WHERE ride_id = ? AND level IS NOT NULL ORDER BY id LIMIT 1",
        [ride_id],
    ).fetchone()
    other = 1 if level != 1 else 4
    rides.rate(team, call_id, key, other)
    _assert_same(team)
    cell = _cell(team, seller_id, card, key)
    assert cell is not None and cell.ride_id == ride_id
    rides.clear_rating(team, call_id, key)
    _assert_same(team)
    rides.rate(team, call_id, key, other)
    rides.mark_no_opportunity(team, call_id, key)
    _assert_same(team)
    rides.rate(team, call_id, key, 4)
    rides.remove_call(team, call_id)
    _assert_same(team)
    rides.restore_call(team, call_id)
    _assert_same(team)
    restored = _cell(team, seller_id, card, key)
    assert restored is not None and restored.ride_id == ride_id
    # an older date moves the ride behind the seller's others: the latest becomes another ride
    rides.edit_ride(team, ride_id, ride_date="2020-01-06")
    _assert_same(team)
    moved = _cell(team, seller_id, card, key)
    assert moved is not None and moved.ride_id != ride_id
    rides.edit_ride(team, ride_id, ride_date=TODAY.isoformat())
    _assert_same(team)
    rides.delete_ride(team, ride_id)
    _assert_same(team)
    assert (_cell(team, seller_id, card, key) or moved).ride_id != ride_id
    # a conflict copy (kept after a merge for comparison) never counts, nor its removal
    newest = team.db.execute(
        "SELECT id, uuid FROM rides WHERE seller_id = ? AND deleted_at IS NULL "
        "ORDER BY ride_date DESC, id DESC LIMIT 1",
        [seller_id],
    ).fetchone()
    with team.db.atomic():
        team.db.execute("UPDATE rides SET conflict_of = ? WHERE id = ?", [newest[1], newest[0]])
    _assert_same(team)
    with team.db.atomic():
        team.db.execute("UPDATE rides SET conflict_of = NULL WHERE id = ?", [newest[0]])
    _assert_same(team)


def test_the_check_sees_a_table_left_behind_and_opening_makes_the_triggers_again(
    team: Store, data_dir: Path
) -> None:
    """Without the triggers an edit leaves the table behind (so the comparisons above can
    fail); opening the store makes them again and rebuilds the table."""
    with team.db.atomic():
        for name in ("observations_latest_update", "rides_latest_update"):
            team.db.execute(f"DROP TRIGGER {name}")
    with team.db.atomic():
        team.db.execute("UPDATE observations SET level = 5 - level WHERE level IS NOT NULL")
        team.db.execute("UPDATE rides SET deleted_at = '2026-06-01T00:00:00Z' WHERE id % 5 = 0")
    assert len(stored.stale_pairs(team.db.conn)) > 10
    assert any(latest_levels(team, s) != _old_latest_levels(team, s) for s in _shapes(team))
    team.close()
    with open_store(data_dir) as reopened:
        names = {
            str(r[0])
            for r in reopened.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert {"observations_latest_update", "rides_latest_update"} <= names
        assert _assert_same(reopened) > 20


def test_a_directors_store_after_bundle_imports_and_a_reopened_ride(
    tmp_path: Path, clock: Clock
) -> None:
    anna = make_manager(tmp_path / "anna", "Anna", [("Ana Ruiz", "ana@north.example")], day=2)
    clock.advance(minutes=5)
    ben = make_manager(tmp_path / "ben", "Ben", [("Bo Chen", "bo@south.example")], day=3)
    director = open_store(tmp_path / "director")
    try:
        from fieldride.scorecards.defaults import install_defaults

        install_defaults(director)
        for manager, name in ((anna, "a"), (ben, "b")):
            import_bundle(director, export_bundle(manager.store, tmp_path / f"{name}.json").path)
        assert _assert_same(director) > 0
        # Anna reopens her latest ride, changes a rating and removes a call; the director's
        # next import brings both.
        ride = max(rides.list_rides(anna.store), key=lambda r: (r.ride_date, r.id))
        debriefs.reopen_ride(anna.store, ride.id, "rated the wrong behaviour")
        call = rides.list_calls(anna.store, ride.id)[0]
        key, level = anna.store.db.execute(
            "SELECT behaviour_key, level FROM observations WHERE call_id = ? "
            "AND level IS NOT NULL ORDER BY id LIMIT 1",
            [call.id],
        ).fetchone()
        rides.rate(anna.store, call.id, key, 1 if level != 1 else 2)
        clock.advance(minutes=5)
        import_bundle(director, export_bundle(anna.store, tmp_path / "a2.json").path)
        assert _assert_same(director) > 0
        uuid = ride.uuid
        seller, ride_id = director.db.execute(
            "SELECT seller_id, id FROM rides WHERE uuid = ?", [uuid]
        ).fetchone()
        card = director.db.execute(
            "SELECT sc.key FROM rides r JOIN scorecard_versions v ON v.id = r.scorecard_version_id "
            "JOIN scorecards sc ON sc.id = v.scorecard_id WHERE r.id = ?",
            [ride_id],
        ).fetchone()[0]
        cell = _cell(director, seller, card, key)
        assert cell is not None and cell.ride_id == ride_id
        assert cell.level == float(1 if level != 1 else 2)
        rides.remove_call(anna.store, call.id)
        clock.advance(minutes=5)
        import_bundle(director, export_bundle(anna.store, tmp_path / "a3.json").path)
        assert _assert_same(director) > 0
        overview = insights.team_overview(director, card)
        assert overview is not None and len(overview.rows) == 2
    finally:
        for s in (anna.store, ben.store, director):
            s.close()


def test_a_store_from_the_step_before_gets_the_table_built(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    store = open_store(folder, migrate=False)
    apply(store.db, stop_before="0012_latest_levels")
    from fieldride.scorecards.defaults import install_defaults

    install_defaults(store)
    bulkgen.generate(store, sellers=2, years=1, seed=9, today=TODAY)
    before = {shape.key: _old_latest_levels(store, shape) for shape in _shapes(store)}
    store.close()
    with open_store(folder) as upgraded:
        assert applied_names(upgraded.db.conn) == known_names()
        assert sum(len(v) for v in before.values()) > 10
        assert {s.key: latest_levels(upgraded, s) for s in _shapes(upgraded)} == before
        assert _assert_same(upgraded) > 10
