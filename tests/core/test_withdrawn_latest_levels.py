"""Migration 0012_latest_levels was withdrawn before release (its triggers made every rating and
every bundle import or sync pull write more); 0013 removes what it made. A store made while it
existed (the table and its triggers in place, 0012 recorded) opens, ends without them, and
takes ratings as before. Real store files."""

from __future__ import annotations

from pathlib import Path

from fieldride import rides
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import open_store
from fieldride.store.migrations import applied_names, apply, known_names
from fieldride.team import sellers

# What 0012 made, as it was: the table and one of its triggers (the others had the same shape).
MADE_BY_0012 = (
    """CREATE TABLE latest_levels (
        seller_id INTEGER NOT NULL, scorecard_id INTEGER NOT NULL, behaviour_key TEXT NOT NULL,
        observed_on TEXT NOT NULL, ride_id INTEGER NOT NULL, mean REAL NOT NULL,
        ratings INTEGER NOT NULL, PRIMARY KEY (seller_id, scorecard_id, behaviour_key)
    ) WITHOUT ROWID""",
    """CREATE TRIGGER observations_latest_insert AFTER INSERT ON observations BEGIN
        INSERT OR REPLACE INTO latest_levels VALUES
        (new.seller_id, new.scorecard_id, new.behaviour_key, new.observed_on, new.ride_id,
         coalesce(new.level, 0), 1);
    END""",
)


def test_a_store_made_with_0012_opens_without_its_table_and_triggers(tmp_path: Path) -> None:
    folder = tmp_path / "made-with-0012"
    store = open_store(folder, migrate=False)
    apply(store.db, stop_before="0013_drop_latest_levels")
    for statement in MADE_BY_0012:
        store.db.execute(statement)
    assert "0012_latest_levels" in applied_names(store.db)
    store.close()

    store = open_store(folder)
    assert applied_names(store.db) == known_names()
    left = store.db.execute("SELECT name FROM sqlite_master WHERE name LIKE '%latest%'").fetchall()
    assert left == []
    install_defaults(store)
    seller = sellers.add_seller(store, "Ana Díaz")
    ride = rides.plan_ride(store, seller.id, "2026-11-20", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods", "Ops director").id
    rides.rate(store, call, "discovery", 3)
    level = store.db.execute("SELECT level FROM observations WHERE call_id = ?", [call]).fetchone()
    assert level == (3,)
    store.close()
