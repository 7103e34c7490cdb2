"""The search index keyed by ride date (migration 0015; issue 23, deliver 5): search is newest
first by ride date *exactly*, at any limit, and the index agrees with the data word for word
after every path that writes: capture, edits, a ride's date changed, removals, a bundle import
(the paged merge), a ride taken back by repair, a ride deleted outright, a restore, and the
migration itself on a store built at the step before it. Real store files throughout."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.demo import build_demo
from fieldride.exchange.bundles import export_bundle, import_bundle
from fieldride.search import full_text as search
from fieldride.store import Store, list_backups, make_backup, open_store, restore_backup
from fieldride.store.migrations import applied_names, apply, known_names
from fieldride.store.search_index import FTS_TABLES, differences, search_key
from fieldride.team import sellers

STEP = "0015_search_by_ride_date"
TODAY = date(2026, 11, 21)


def _order(hit: search.SearchHit) -> tuple[str, int, int]:
    return (hit.ride_date, -list(search.KIND_LABELS).index(hit.kind), hit.record_id)


def _assert_exact(store: Store, words: str, **kw: object) -> list[search.SearchHit]:
    """Every match (a limit no store reaches), newest first; each smaller limit is its head."""
    everything = list(search.search(store, words, limit=10**6, **kw).hits)  # type: ignore[arg-type]
    assert everything == sorted(everything, key=_order, reverse=True)
    for limit in (1, 3, 17, len(everything)):
        some = search.search(store, words, limit=limit, **kw)  # type: ignore[arg-type]
        assert list(some.hits) == everything[:limit]
        assert some.truncated == (len(everything) > limit)
    return everything


def test_newest_first_exactly_when_rides_were_written_in_any_order(store: Store) -> None:
    """Rides written in a shuffled date order (as a director's pull of many teams writes them),
    several kinds of text per ride: every limit gives the newest by ride date, and a ride whose
    date changes moves in the results at once."""
    rng = random.Random(5)
    anna = sellers.add_seller(store, "Anna Berg")
    ben = sellers.add_seller(store, "Ben Okafor")
    days = [date(2025, 1, 6) + timedelta(days=rng.randrange(600)) for _ in range(40)]
    made = []
    for i, day in enumerate(days):
        who = anna if i % 3 else ben
        ride = rides.plan_ride(store, who.id, day, scorecard_key="field-visit")
        call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
        rides.set_evidence(store, call.id, "discovery", f"offered a discount on call {i}")
        if i % 4 == 0:
            rides.add_note(store, ride.id, f"discount asked again {i}")
        if i % 5 == 0:
            debriefs.set_gap(store, ride.id, "discovery", "discounted before asking")
        made.append(ride)
    hits = _assert_exact(store, "discount")
    assert len(hits) == 40 + 10 + 8
    assert {h.ride_date for h in hits} == {d.isoformat() for d in days}
    assert _assert_exact(store, "disc", seller_id=ben.id)
    assert all(h.seller_id == ben.id for h in search.search(store, "disc", seller_id=ben.id).hits)
    assert _assert_exact(store, "discount -again")
    oldest = min(made, key=lambda r: r.ride_date)
    rides.edit_ride(store, oldest.id, ride_date="2027-02-01")
    top = search.search(store, "discount", limit=1).hits
    assert [(h.ride_id, h.ride_date) for h in top] == [(oldest.id, "2027-02-01")]
    _assert_exact(store, "discount")
    assert differences(store.db.conn) == []


def test_the_index_agrees_with_the_data_after_every_write(store: Store) -> None:
    seller = sellers.add_seller(store, "Zofia Łukaszewska")
    ride = rides.plan_ride(store, seller.id, date(2026, 3, 2), scorecard_key="field-visit")
    later = rides.plan_ride(store, seller.id, date(2026, 3, 16), scorecard_key="field-visit")
    steps = []

    def same(what: str) -> None:
        steps.append(what)
        assert differences(store.db.conn) == [], what

    call = rides.add_call(store, ride.id, "visit", "Acme")
    rides.rate(store, call.id, "discovery", 2)
    same("a rating without text")
    rides.set_evidence(store, call.id, "discovery", "zebra evidence")
    rides.set_evidence(store, call.id, "listening", "lion evidence")
    same("evidence")
    rides.set_evidence(store, call.id, "discovery", "zebra evidence, reworded")
    rides.set_evidence(store, call.id, "listening", "")
    same("evidence edited and emptied")
    note = rides.add_note(store, ride.id, "zebra note", call.id)
    rides.edit_note(store, note.id, "zebra note edited")
    same("quick note")
    debriefs.set_strength(store, ride.id, "listening", "lion strength")
    debriefs.set_gap(store, ride.id, "discovery", "zebra gap")
    debriefs.set_rehearsal(store, ride.id, "zebra rehearsal", 1, "went well")
    q = debriefs.add_question(store, ride.id, "What would a zebra ask?", "discovery")
    debriefs.update_question(store, q.id, answer="zebra answer")
    debriefs.set_private_note(store, ride.id, "zebra private")
    c = commitments.add_commitment(store, ride.id, "discovery", "zebra commitment", "2026-03-20")
    commitments.edit_commitment(store, c.id, text="zebra commitment, sharper")
    commitments.verify_commitment(store, c.id, later.id, "applied", "zebra verified")
    same("debrief, question, private note, commitment, verification")
    rides.edit_ride(store, ride.id, ride_date="2026-04-30")
    same("a ride's date changed")
    assert search.search(store, "zebra").hits[0].ride_date == "2026-04-30"
    rides.remove_call(store, call.id)
    rides.delete_note(store, note.id)
    debriefs.remove_question(store, q.id)
    rides.delete_ride(store, later.id)
    same("removals")
    assert {h.kind for h in search.search(store, "zebra").hits} == {
        "debrief",
        "private",
        "commitment",
    }
    # a ride deleted outright (repair and merges delete rows; the app removes softly): its
    # rows' keys need its date, so they leave the index before the ride goes
    store.db.execute("DELETE FROM rides WHERE id = ?", [ride.id])
    same("a ride deleted with everything in it")
    assert not search.search(store, "zebra").hits
    # and the comparison sees a write the index missed
    store.db.execute("DROP TRIGGER observations_au")
    third = rides.plan_ride(store, seller.id, date(2026, 5, 4), scorecard_key="field-visit")
    rides.set_evidence(store, rides.add_call(store, third.id, "visit", "B").id, "discovery", "x")
    store.db.execute("UPDATE observations SET evidence = 'okapi' WHERE evidence = 'x'")
    assert differences(store.db.conn) == [
        "observations_fts: 1 word(s) only in the index, 1 missing from it, 0 row(s) on one side only",
        "observations_fts: the prefix index differs from the words for 1 prefix(es): oka",
    ]


def test_a_bundle_import_and_a_restore_keep_the_index_exact(
    tmp_path: Path, store: Store, clock: object
) -> None:
    """A year of demo rides imported (the paged merge) into a store that has its own rides,
    then the same bundle again after edits there (rides merged one by one over existing ones);
    then a restore of a backup."""
    source = open_store(tmp_path / "source")
    try:
        build_demo(source, seed=3, months=12, today=TODAY)
        first = export_bundle(source, tmp_path / "first.json").path
        ride_id = source.db.execute(
            "SELECT id FROM rides WHERE status = 'in_progress' OR status = 'planned' LIMIT 1"
        ).fetchone()
        if ride_id is not None:
            rides.edit_ride(source, int(ride_id[0]), ride_date="2026-11-25")
        second = export_bundle(source, tmp_path / "second.json").path
        assert differences(source.db.conn) == []
    finally:
        source.close()
    own = sellers.add_seller(store, "Anna Berg")
    mine = rides.plan_ride(store, own.id, date(2026, 6, 1), scorecard_key="field-visit")
    rides.set_evidence(
        store, rides.add_call(store, mine.id, "visit", "Acme").id, "discovery", "the customer"
    )
    import_bundle(store, first)
    assert differences(store.db.conn) == []
    backup = make_backup(store)
    import_bundle(store, second)
    assert differences(store.db.conn) == []
    _assert_exact(store, "customer")
    folder = store.folder
    store.close()
    restore_backup(folder, backup)
    with open_store(folder) as again:
        assert differences(again.db.conn) == []
        _assert_exact(again, "the")
    assert list_backups(folder)


def _old_store(folder: Path) -> None:
    """A store at the step before 0015 with a demo team, its rides written out of date order."""
    store = open_store(folder, migrate=False)
    apply(store.db, stop_before=STEP)
    build_demo(store, seed=5, months=6, today=TODAY)
    ride = store.db.execute("SELECT min(id) FROM rides").fetchone()[0]
    store.db.execute("UPDATE rides SET ride_date = '2026-12-24' WHERE id = ?", [ride])
    store.close()


def test_the_step_rebuilds_the_index_from_a_store_of_the_step_before(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    _old_store(folder)
    conn = sqlite3.connect(folder / "fieldride.db")
    words = {
        t: conn.execute(f"SELECT count(*) FROM {t} WHERE {t} MATCH 'the OR customer'").fetchone()[0]
        for t in FTS_TABLES
    }
    conn.close()
    with open_store(folder) as store:
        assert applied_names(store.db.conn) == known_names()
        assert [b.name for b in store.backups_made if "pre-migration" in b.name]
        assert differences(store.db.conn) == []
        # the same rows found, now keyed by their ride's date
        for t in FTS_TABLES:
            found = store.db.execute(
                f"SELECT count(*) FROM {t} WHERE {t} MATCH 'the OR customer'"
            ).fetchone()[0]
            assert found == words[t], t
        hits = _assert_exact(store, "the")
        assert hits[0].ride_date == "2026-12-24"
        top = store.db.execute(
            "SELECT rowid FROM observations_fts WHERE observations_fts MATCH 'the' "
            "ORDER BY rowid DESC LIMIT 1"
        ).fetchone()[0]
        ride = store.db.execute(
            "SELECT ride_date FROM rides r JOIN observations o ON o.ride_id = r.id WHERE o.id = ?",
            [top % 2**36],
        ).fetchone()[0]
        assert top == search_key(ride, top % 2**36) and ride == "2026-12-24"


@pytest.mark.parametrize("kind", ["evidence", "note"])
def test_private_notes_stay_out_when_asked(store: Store, kind: str) -> None:
    seller = sellers.add_seller(store, "Ana Díaz")
    ride = rides.plan_ride(store, seller.id, date(2026, 3, 2), scorecard_key="field-visit")
    debriefs.set_private_note(store, ride.id, "quokka private")
    if kind == "note":
        rides.add_note(store, ride.id, "quokka note")
    else:
        call = rides.add_call(store, ride.id, "visit", "Acme")
        rides.set_evidence(store, call.id, "discovery", "quokka evidence")
    shown = search.search(store, "quokka", include_private=False)
    assert [h.kind for h in shown.hits] == [kind] and not shown.truncated
    assert {h.kind for h in search.search(store, "quokka").hits} == {kind, "private"}
