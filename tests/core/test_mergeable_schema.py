"""The local schema made mergeable (issue 21, deliver 4): tombstones instead of hard deletes,
organisation-wide seller ids, authorship (rides by another author are read-only), through a
migration that keeps the data of a store at the step before it."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.store import Store, author_id, open_store
from fieldride.team import add_seller, find_by_identity, import_roster, list_sellers

FIXTURE = Path(__file__).parents[1] / "fixtures" / "db" / "schema-0002_review_indexes.db"
ROOT = Path(__file__).parents[2]


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def test_a_store_at_0002_keeps_every_row_and_gets_identities(data_dir: Path) -> None:
    data_dir.mkdir(mode=0o700)
    shutil.copyfile(FIXTURE, data_dir / "fieldride.db")
    tables = ["sellers", "rides", "ride_focus", "calls", "observations", "debrief_questions"]
    tables += ["commitments", "commitment_verifications", "acknowledgements", "private_notes"]
    before = {t: _count(FIXTURE, f"SELECT count(*) FROM {t}") for t in tables}
    with open_store(data_dir) as store:
        after = {
            t: int(store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in tables
        }
        assert after == before, f"rows before {before}, after {after}"
        people = list_sellers(store, include_archived=True)
        assert people and all(s.org_id == s.uuid for s in people)  # org id taken from the uuid
        assert re.fullmatch(r"[0-9a-f-]{36}", author_id(store.db))
        # Rides written before the step are this store's: editable, not read-only.
        assert all(not r.read_only for r in rides.list_rides(store))
        live = store.db.execute(
            "SELECT count(*) FROM ride_focus WHERE deleted_at IS NULL"
        ).fetchone()[0]
        assert live == before["ride_focus"]
        current = rides.ride_in_progress(store)
        assert current is not None
        # The migrated focus trigger still holds two at most, and a replaced focus is a tombstone.
        rides.set_focus(store, current.id, [current.focus[0]])
        rows = store.db.execute(
            "SELECT behaviour_key, deleted_at FROM ride_focus WHERE ride_id = ?", [current.id]
        ).fetchall()
        assert sorted(d is None for _k, d in rows) == [False, True], rows


def _two_rides(store: Store) -> tuple[rides.Ride, rides.Ride, list[str]]:
    ana = add_seller(store, "Ana Ruiz", email="ana@example.com")
    first = rides.plan_ride(store, ana.id, "2026-03-02", scorecard_key="discovery-depth")
    keys = [b.key for b in rides.ride_sheet(store, first.id).behaviours]
    call = rides.add_call(store, first.id, account="Acme")
    rides.rate(store, call.id, keys[0], 3)
    debriefs.set_strength(store, first.id, keys[0], "Opened on goals")
    debriefs.set_gap(store, first.id, keys[1], "No next step")
    commitments.add_commitment(store, first.id, keys[1], "Date every next step")
    debriefs.finish_debrief(store, first.id)
    second = rides.plan_ride(store, ana.id, "2026-03-16", scorecard_key="discovery-depth")
    rides.add_call(store, second.id, account="Acme")
    return first, second, keys


def test_focus_removed_is_a_tombstone_and_comes_back_as_the_same_row(store: Store) -> None:
    ana = add_seller(store, "Ana")
    ride = rides.plan_ride(store, ana.id, "2026-03-02", scorecard_key="discovery-depth")
    keys = [b.key for b in rides.ride_sheet(store, ride.id).behaviours]
    rides.set_focus(store, ride.id, keys[:2])
    first_uuids = dict(
        store.db.execute("SELECT behaviour_key, uuid FROM ride_focus WHERE ride_id = ?", [ride.id])
    )
    assert rides.set_focus(store, ride.id, [keys[2]]).focus == (keys[2],)
    rows = store.db.execute(
        "SELECT behaviour_key, deleted_at, updated_at FROM ride_focus WHERE ride_id = ?",
        [ride.id],
    ).fetchall()
    assert len(rows) == 3 and sum(1 for r in rows if r[1] is not None) == 2, rows
    assert all(r[2] >= r[1] for r in rows if r[1] is not None)
    again = rides.set_focus(store, ride.id, [keys[1], keys[0]])
    assert again.focus == (keys[1], keys[0])
    uuids = dict(
        store.db.execute(
            "SELECT behaviour_key, uuid FROM ride_focus WHERE ride_id = ? AND deleted_at IS NULL",
            [ride.id],
        )
    )
    assert uuids == {k: first_uuids[k] for k in keys[:2]}  # brought back, not re-inserted
    with pytest.raises(DomainError):
        rides.set_focus(store, ride.id, keys[:3])
    with pytest.raises(sqlite3.IntegrityError, match="at most two"):
        store.db.execute(
            "UPDATE ride_focus SET deleted_at = NULL WHERE ride_id = ? AND behaviour_key = ?",
            [ride.id, keys[2]],
        )


def test_a_cleared_verification_is_a_tombstone_and_reverifying_revives_it(store: Store) -> None:
    first, second, _keys = _two_rides(store)
    c = commitments.commitments_from_ride(store, first.id)[0]
    commitments.verify_commitment(store, c.id, second.id, "applied", "Did it")
    uuid = store.db.execute("SELECT uuid FROM commitment_verifications").fetchone()[0]
    cleared = commitments.clear_verification(store, c.id, second.id)
    assert cleared.is_open and cleared.verifications == ()
    row = store.db.execute("SELECT deleted_at, updated_at FROM commitment_verifications").fetchone()
    assert row[0] is not None and row[1] >= row[0]
    assert commitments.follow_through(store, c.seller_id).verified == 0
    assert [x.id for x in commitments.due_for_verification(store, second.id)] == [c.id]
    again = commitments.verify_commitment(store, c.id, second.id, "partly")
    assert not again.is_open and again.verifications[0].outcome == "partly"
    rows = store.db.execute("SELECT uuid, deleted_at FROM commitment_verifications").fetchall()
    assert rows == [(uuid, None)]


def test_withdrawn_scorecard_questions_are_tombstones_offered_again(store: Store) -> None:
    _first, second, keys = _two_rides(store)
    debriefs.set_gap(store, second.id, keys[0], "x")
    offered = debriefs.offer_scorecard_questions(store, second.id).questions
    assert offered, "the scorecard offers questions for the gap"
    removed = offered[0]
    debriefs.remove_question(store, removed.id)  # the manager's choice: never offered again
    debriefs.set_gap(store, second.id, keys[1], "y")
    swapped = debriefs.offer_scorecard_questions(store, second.id).questions
    assert {q.behaviour_key for q in swapped} == {keys[1]}
    total = store.db.execute("SELECT count(*) FROM debrief_questions").fetchone()[0]
    withdrawn = store.db.execute(
        "SELECT count(*) FROM debrief_questions WHERE withdrawn = 1 AND deleted_at IS NOT NULL"
    ).fetchone()[0]
    assert withdrawn == len(offered) - 1, (total, withdrawn)
    debriefs.set_gap(store, second.id, keys[0], "z")
    back = debriefs.offer_scorecard_questions(store, second.id).questions
    assert {q.id for q in back if q.behaviour_key == keys[0]} == {q.id for q in offered[1:]}
    assert removed.id not in {q.id for q in back}
    after = store.db.execute("SELECT count(*) FROM debrief_questions").fetchone()[0]
    assert after == total, f"{total} question rows before the swap back, {after} after"


def test_the_core_hard_deletes_nothing_a_merge_carries() -> None:
    """Every ``DELETE`` in the core is on local-only data (settings: drafts, preferences;
    ride_checksums: derived from the ride, dropped when it changes, never sent; blobs: the bytes
    of a file no live attachment names any more -- the removal itself travels as a tombstone on
    the attachment row)."""
    found = []
    for path in sorted((ROOT / "fieldride").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() == "fieldride/exchange/merging.py":
            # A merge makes a replica row match the version it keeps (the other version is
            # kept whole in a conflict copy); never a user's removal.
            continue
        if path.relative_to(ROOT).as_posix() in (
            "fieldride/store/repair.py",
            "fieldride/store/salvage.py",
        ):
            # Repair puts back a damaged acknowledged ride's rows as a backup holds them (the
            # same rows, the same uuids; the damaged file is kept aside); salvage fills a new
            # file's sqlite_sequence. Neither removes anything a user made.
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if re.search(r"DELETE\s+FROM", line, re.IGNORECASE):
                found.append((path.relative_to(ROOT).as_posix(), number, line.strip()))
    tables = {re.search(r"DELETE\s+FROM\s+(\w+)", f[2], re.IGNORECASE).group(1) for f in found}  # type: ignore[union-attr]
    assert tables <= {"settings", "ride_versions", "ride_checksums", "blobs"}, found


def test_sellers_get_an_org_id_and_are_found_by_it_then_by_email(store: Store) -> None:
    ana = add_seller(store, "Ana", email="Ana.Ruiz@Example.com")
    assert ana.org_id and ana.org_id != ana.uuid
    assert find_by_identity(store, ana.org_id) == ana
    assert find_by_identity(store, "", " ana.ruiz@EXAMPLE.com ") == ana
    assert find_by_identity(store, "00000000-0000-4000-8000-000000000000", "nobody@x.org") is None


def test_roster_matches_on_org_id_first_and_adopts_it(store: Store, tmp_path: Path) -> None:
    ana = add_seller(store, "Ana Ruiz", email="ana@example.com")
    org = "6f1c1f0e-8d4b-4c1e-9a55-0d3c2b1a0f99"
    roster = tmp_path / "roster.csv"
    roster.write_text(f"name,email,org id\nAna Ruiz,ANA@example.com,{org}\n", encoding="utf-8")
    result = import_roster(store, roster)
    assert (result.added, result.updated) == (0, 1), result.summary()
    assert list_sellers(store)[0].org_id == org
    # Renamed and a new email: the org id still names the same person.
    roster.write_text(f"name,email,org id\nAna Ruiz-Paz,ana.paz@example.com,{org}\n")
    result = import_roster(store, roster)
    assert (result.added, result.updated) == (0, 1), result.summary()
    assert [(s.id, s.name) for s in list_sellers(store)] == [(ana.id, "Ana Ruiz-Paz")]
    roster.write_text("name,org id\nBen,not-a-uuid\n")
    with pytest.raises(Exception, match="not an organisation id"):
        import_roster(store, roster)


def test_rides_by_another_author_refuse_every_edit_with_a_plain_message(store: Store) -> None:
    first, second, keys = _two_rides(store)
    store.db.execute(
        "UPDATE rides SET author_id = ? WHERE id = ?",
        ["11111111-2222-4333-8444-555555555555", second.id],
    )
    ride = rides.get_ride(store, second.id)
    assert ride.read_only and ride.status_label.endswith("(read-only)")
    call = rides.list_calls(store, second.id)[0]
    c = commitments.commitments_from_ride(store, first.id)[0]
    attempts = {
        "rate": lambda: rides.rate(store, call.id, keys[0], 2),
        "add call": lambda: rides.add_call(store, second.id),
        "focus": lambda: rides.set_focus(store, second.id, keys[:1]),
        "strength": lambda: debriefs.set_strength(store, second.id, keys[0], "x"),
        "verify": lambda: commitments.verify_commitment(store, c.id, second.id, "applied"),
        "finish": lambda: debriefs.finish_debrief(store, second.id),
        "delete": lambda: rides.delete_ride(store, second.id),
    }
    for name, attempt in attempts.items():
        with pytest.raises(DomainError, match="another manager") as info:
            attempt()
        assert "Traceback" not in str(info.value), name
    # The author's own ride stays editable.
    debriefs.set_rehearsal(store, first.id, "Next step close", 1)
