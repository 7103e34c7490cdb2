"""A bundle's preview (issue 21, bundles from the app): it tells what an import would merge,
exactly as the import then does it, and writes nothing, through a read-only connection."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from fieldride import debriefs, rides
from fieldride.exchange import BundleError, Outcome, export_bundle, import_bundle, preview_bundle
from fieldride.store import Store, StoreDb, open_store
from tests.core.exchange_fixtures import Clock, digest, make_manager

TEAM = [("Ana Ruiz", "ana@north.example"), ("Bo Chen", "bo@north.example")]


def _read_only(store: Store) -> Store:
    conn = sqlite3.connect(f"{store.path.resolve().as_uri()}?mode=ro", uri=True)
    return Store(db=StoreDb(conn), folder=store.folder, path=store.path)


def _rides(report_counts: dict[str, Counter[str]]) -> Counter[str]:
    return Counter({k: v for k, v in report_counts.get("ride", Counter()).items() if v})


def test_the_preview_tells_what_the_import_then_does_and_writes_nothing(
    tmp_path: Path, clock: Clock
) -> None:
    anna = make_manager(tmp_path / "anna", "Anna", TEAM, day=2)
    director = open_store(tmp_path / "director")
    try:
        first = export_bundle(anna.store, tmp_path / "first.json").path
        before = digest(director)
        reader = _read_only(director)
        try:
            seen = preview_bundle(reader, first)
        finally:
            reader.db.close()
        assert digest(director) == before
        assert +seen.rides == Counter({"new": 4}) and seen.sellers_new == 2
        assert seen.scorecards_new > 0 and seen.changes_anything
        assert seen.manifest["counts"]["rides"] == 4
        report = import_bundle(director, first)
        assert _rides(report.counts) == +seen.rides
        assert report.count("scorecard", Outcome.NEW) == seen.scorecards_new
        assert report.count("seller", Outcome.NEW) == seen.sellers_new
        # Imported already: the preview says nothing would change.
        again = preview_bundle(director, first)
        assert +again.rides == Counter({"unchanged": 4}) and not again.changes_anything
        assert again.sellers_new == 0 and again.sellers_known == 2
        # One ride reopened and changed on Anna's laptop: one update, three unchanged.
        ride = rides.list_rides(anna.store)[0]
        clock.advance(hours=1)
        debriefs.reopen_ride(anna.store, ride.id, "one more call")
        rides.add_call(anna.store, ride.id, account="Later call")
        newer = export_bundle(anna.store, tmp_path / "newer.json").path
        seen = preview_bundle(director, newer)
        assert +seen.rides == Counter({"unchanged": 3, "updated": 1})
        report = import_bundle(director, newer)
        assert _rides(report.counts) == +seen.rides
        assert report.count("ride", Outcome.UPDATED) == 1
    finally:
        anna.store.close()
        director.close()


def test_a_bad_bundle_is_refused_by_the_preview(tmp_path: Path, clock: Clock) -> None:
    anna = make_manager(tmp_path / "anna", "Anna", TEAM, day=2)
    try:
        good = export_bundle(anna.store, tmp_path / "b.json").path
        good.write_bytes(good.read_bytes()[:-40])
        with pytest.raises(BundleError, match=r"b\.json"):
            preview_bundle(anna.store, good)
    finally:
        anna.store.close()
