"""A rating keystroke no longer rewrites the search index (migration
0011_search_index_on_text_change; issue 20, deliver 9): sqlite-utils' update triggers re-indexed
a row on every update, so each rating deleted and re-inserted its evidence's words in
``observations_fts`` inside the COMMIT. Now only a change of searchable text does, and search
finds exactly what it found before. Real store files; run from a store built at the step before.
"""

from __future__ import annotations

from pathlib import Path

from fieldride import rides
from fieldride.scorecards.defaults import install_defaults
from fieldride.search import search
from fieldride.store import Store, open_store
from fieldride.store.migrations import applied_names, apply, known_names
from fieldride.team import sellers

STEP = "0011_search_index_on_text_change"


def _index_writes(store: Store, write: object) -> int:
    """How many statements the write ran that write the search index's tables (reads of its
    configuration, when SQLite first opens the index after a schema change, are not writes)."""
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    try:
        write()  # type: ignore[operator]
    finally:
        store.db.conn.set_trace_callback(None)
    writes = ("INSERT", "REPLACE", "DELETE", "UPDATE")
    return sum("observations_fts" in s and s.lstrip("- ").upper().startswith(writes) for s in seen)


def _rated_call(store: Store) -> int:
    install_defaults(store)
    seller = sellers.add_seller(store, "Ana Díaz")
    ride = rides.plan_ride(store, seller.id, "2026-11-20", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods", "Ops director").id
    rides.rate(store, call, "discovery", 2)
    rides.set_evidence(store, call, "discovery", "Asked about the frozen budget twice.")
    return call


def test_before_the_step_every_rating_rewrote_the_index(tmp_path: Path) -> None:
    store = open_store(tmp_path / "old", migrate=False)
    apply(store.db, stop_before=STEP)
    call = _rated_call(store)
    assert _index_writes(store, lambda: rides.rate(store, call, "discovery", 3)) > 0
    store.close()


def test_after_the_step_a_rating_leaves_the_index_alone_and_search_still_finds(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old"
    store = open_store(folder, migrate=False)
    apply(store.db, stop_before=STEP)
    call = _rated_call(store)
    store.close()
    with open_store(folder) as store:  # the step runs on a store from the step before it
        assert applied_names(store.db.conn) == known_names()
        assert _index_writes(store, lambda: rides.rate(store, call, "discovery", 4)) == 0
        assert (
            _index_writes(store, lambda: rides.mark_no_opportunity(store, call, "discovery")) == 0
        )
        assert search(store, "budget").hits  # the old words still found
        writes = _index_writes(
            store, lambda: rides.set_evidence(store, call, "discovery", "Named the CFO's deadline.")
        )
        assert writes > 0  # a text change is indexed
        assert not search(store, "budget").hits and search(store, "deadline").hits
        # FTS5 raises here when the index disagrees with its table
        store.db.execute("INSERT INTO observations_fts(observations_fts) VALUES('integrity-check')")
