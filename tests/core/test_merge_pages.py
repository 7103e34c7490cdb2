"""Merging a page of ride units at once (fieldride.exchange.pages, issue 21 deliver 8) gives
exactly the rows of merging them one at a time (``merge_ride_unit``): real demo data (the demo
generator's team, a year of rides), real SQLite files, every table compared row by row, ids
included, with the search index and the checksums. Guards the batched rewrite of the merge
that bundle imports and sync pulls use."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest

from fieldride import debriefs, rides
from fieldride.demo import build_demo
from fieldride.exchange import (
    MergeOutcome,
    RideUnit,
    UnitError,
    export_bundle,
    import_bundle,
    merge_ride_unit,
    merge_ride_units,
    merge_scorecard_unit,
    merge_seller_unit,
    read_bundle,
)
from fieldride.store import Store, changed_rides, open_store
from fieldride.store import rows as store_rows
from tests.core.exchange_fixtures import Clock, dump

Result = MergeOutcome | UnitError


def _ordered(units: Sequence[RideUnit]) -> list[RideUnit]:
    """The order a bundle import merges in (earlier rides' commitments first)."""
    return sorted(
        units, key=lambda r: (r.body["ride"]["ride_date"], r.body["ride"]["created_at"], r.uuid)
    )


def _one_by_one(store: Store, units: Sequence[RideUnit]) -> list[Result]:
    out: list[Result] = []
    for unit in units:
        try:
            out.append(merge_ride_unit(store, unit))
        except UnitError as err:
            out.append(err)
    return out


def _in_pages(size: int) -> Callable[[Store, Sequence[RideUnit]], list[Result]]:
    def merge(store: Store, units: Sequence[RideUnit]) -> list[Result]:
        out: list[Result] = []
        for start in range(0, len(units), size):
            out.extend(merge_ride_units(store, units[start : start + size]))
        return out

    return merge


def _comparable(results: list[Result]) -> list[object]:
    return [r if isinstance(r, MergeOutcome) else f"error: {r}" for r in results]


_MADE_HERE = "00000000-0000-4000-8000-"


def _rows(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (``dump``), the uuids this store made itself (a merged
    scorecard's, see ``_target``) as one placeholder: they are random on every laptop, and a
    ride refused one by one made and rolled back some first."""
    out = {}
    for table, rows in dump(store).items():
        if table == "store_identity":  # each store's own id and birth, made when it is created
            continue
        plain = [
            tuple(
                "<made here>" if isinstance(v, str) and v.startswith(_MADE_HERE) else v for v in row
            )
            for row in rows
        ]
        out[table] = sorted(plain, key=repr)
    return out


def _search_index(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """What the full-text indexes find for words every demo ride uses (the index itself,
    not the table it indexes)."""
    out = {}
    for (table,) in store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_fts' ESCAPE '\\'"
    ).fetchall():
        rows = store.db.execute(
            f"SELECT rowid FROM [{table}] WHERE [{table}] MATCH 'customer OR the OR call' "
            "ORDER BY rowid"
        ).fetchall()
        out[str(table)] = rows
    return out


@pytest.fixture
def demo(tmp_path: Path, clock: Clock) -> tuple[Path, Path]:
    """The demo team's store (a year of rides) exported whole, then two acknowledged rides
    reopened, changed and acknowledged again and the store exported again: (first, second)."""
    source = open_store(tmp_path / "source")
    try:
        build_demo(source, seed=11, months=12, today=date(2026, 11, 21))
        first = export_bundle(source, tmp_path / "first.json").path
        clock.advance(days=1)
        acknowledged = [
            int(r[0])
            for r in source.db.execute(
                "SELECT r.id FROM rides r WHERE r.status = 'acknowledged' AND EXISTS "
                "(SELECT 1 FROM calls c JOIN observations o ON o.call_id = c.id "
                "WHERE c.ride_id = r.id) ORDER BY r.ride_date DESC LIMIT 2"
            )
        ]
        assert len(acknowledged) == 2
        for ride_id in acknowledged:
            debriefs.reopen_ride(source, ride_id, "evidence was unclear")
            call_id, key = source.db.execute(
                "SELECT o.call_id, o.behaviour_key FROM observations o WHERE o.ride_id = ? "
                "ORDER BY o.id LIMIT 1",
                [ride_id],
            ).fetchone()
            rides.set_evidence(source, int(call_id), str(key), "Asked what the customer tried")
            debriefs.finish_debrief(source, ride_id)
            debriefs.acknowledge(source, ride_id, "Seller", on="2026-11-20")
        second = export_bundle(source, tmp_path / "second.json").path
    finally:
        source.close()
    return first, second


def _target(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """An empty store whose new local uuids (a scorecard's, a seller's) come from a counter
    started afresh, so two stores that make the same rows in the same order match."""
    counter = iter(range(1, 1_000_000))
    monkeypatch.setattr(
        store_rows, "new_uuid", lambda: f"00000000-0000-4000-8000-{next(counter):012d}"
    )
    return open_store(folder)


def test_pages_merge_exactly_the_rows_of_one_by_one(
    tmp_path: Path, demo: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = (read_bundle(p) for p in demo)
    units = _ordered(first.rides)
    assert len(units) > 100
    assert any(v for u in units for v in u.body["verifications"])  # commitments across rides
    updated = _ordered(second.rides)
    half = len(units) // 2
    # One clock reading for every stamp a merge writes (ride_versions.recorded_at, a
    # scorecard saved): the two ways read the clock in a different order.
    monkeypatch.setattr(store_rows, "now_utc", lambda: "2026-12-01T00:00:00.000Z")
    stores = {}
    results = {}
    for name, merge in (("one by one", _one_by_one), ("pages", _in_pages(7))):
        store = _target(tmp_path / name, monkeypatch)
        stores[name] = store
        results[name] = [
            # the later half first: its verifications find no commitment yet (refused), then
            # the first half, then the later half again (verifying commitments already here)
            merge(store, units[half:]),
            merge(store, units[:half]),
            merge(store, units[half:]),
            # a newer version of every ride: mostly unchanged, two updated, in the same pages
            merge(store, updated),
            merge(store, updated),  # again: nothing changes
        ]
    try:
        old, new = results["one by one"], results["pages"]
        assert [_comparable(r) for r in new] == [_comparable(r) for r in old]
        assert any(isinstance(r, UnitError) for r in old[0])
        assert sum(r.outcome == "updated" for r in old[3] if isinstance(r, MergeOutcome)) == 2
        a, b = stores["one by one"], stores["pages"]
        table_a, table_b = _rows(a), _rows(b)
        assert table_a.keys() == table_b.keys()
        for table in table_a:
            assert table_b[table] == table_a[table], table
        assert table_b["observations"] and table_b["ride_checksums"]
        assert _search_index(b) == _search_index(a)
        assert changed_rides(b.db.conn) == []
    finally:
        for store in stores.values():
            store.close()


def test_a_bundle_import_gives_the_rows_of_merging_its_rides_one_by_one(
    tmp_path: Path, demo: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _second = demo
    monkeypatch.setattr(store_rows, "now_utc", lambda: "2026-12-01T00:00:00.000Z")
    bundle = read_bundle(first)
    one = _target(tmp_path / "one", monkeypatch)
    try:
        with one.db.atomic():
            for seller in bundle.sellers:
                merge_seller_unit(one, seller)
            for card in bundle.scorecards:
                merge_scorecard_unit(one, card)
            _one_by_one(one, _ordered(bundle.rides))
        imported = _target(tmp_path / "imported", monkeypatch)
        report = import_bundle(imported, first)
        assert report.count("ride", "new") == len(bundle.rides)
        assert _rows(imported) == _rows(one)
        assert import_bundle(imported, first).changed is False
        assert _rows(imported) == _rows(one)
        imported.close()
    finally:
        one.close()
