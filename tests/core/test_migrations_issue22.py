"""The schema steps of issue 22 (0007_calibration, 0008_attachments) run on a store built at
the step before them, with a ride in it: the ride is kept, nothing of the new tables is
invented, and its unit (what bundles and sync carry) is still written in format 1."""

from __future__ import annotations

from pathlib import Path

from fieldride import rides
from fieldride.exchange import ride_unit
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import open_store
from fieldride.store.migrations import applied_names, apply, known_names
from fieldride.team import add_seller


def test_a_store_from_before_issue_22_upgrades_with_its_ride_and_its_unit_unchanged(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old"
    store = open_store(folder, migrate=False)
    apply(store.db, stop_before="0007_calibration")
    assert "0007_calibration" not in applied_names(store.db.conn)
    install_defaults(store)
    seller = add_seller(store, "Priya Shah")
    ride = rides.plan_ride(store, seller.id, "2026-11-10", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, account="Hallam Freight")
    rides.rate(store, call.id, "discovery", 3)
    store.close()
    with open_store(folder) as upgraded:
        assert applied_names(upgraded.db.conn) == known_names()
        row = upgraded.db.execute(
            "SELECT co_ride_of FROM rides WHERE uuid = ?", [ride.uuid]
        ).fetchone()
        assert row[0] is None
        for table in ("attachments", "blobs", "calibration_runs", "calibration_ratings"):
            assert upgraded.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
        unit = ride_unit(upgraded, ride.uuid)
        assert unit.to_dict()["format"] == 1
        assert rides.list_attachments(upgraded, ride.id) == []
        assert upgraded.db.execute("PRAGMA foreign_key_check").fetchall() == []
