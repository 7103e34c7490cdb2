"""Content damage is detectable (issue 20, fault 13, deliver 10).

A byte changed inside a text value of a finished ride passes SQLite's own checks (it keeps no
page checksums). Each acknowledged ride carries a checksum of its content: ``fieldride check``
names the ride whose bytes changed on disk, and the backup job refuses to write a backup of the
damaged file, so it never pushes a good backup out. Real store files; the byte is changed in the
file itself, as a failing disk or a bad copy would.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from fieldride import debriefs, rides
from fieldride.cli import main
from fieldride.debriefs import commitments
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import (
    BackupError,
    Store,
    backup_folder,
    changed_rides,
    list_backups,
    open_store,
)
from fieldride.store.migrations import apply
from fieldride.team import sellers

MARKER = "Quoted the CFO word for word: MARKER-Q7ZK budget frozen until March."


def finished_ride(
    store: Store, name: str = "Ana Díaz", day: str = "2026-03-02", evidence: str = MARKER
) -> int:
    """A ride observed, debriefed and acknowledged by the seller; MARKER is in its evidence."""
    seller = sellers.add_seller(store, name)
    ride = rides.plan_ride(
        store, seller.id, day, scorecard_key="field-visit", focus=["next-step", "discovery"]
    )
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods", "Ops director")
    rides.rate(store, call.id, "discovery", 2)
    rides.set_evidence(store, call.id, "discovery", evidence)
    rides.rate(store, call.id, "next-step", 3)
    debriefs.set_strength(store, ride.id, "next-step", "Booked the site visit.")
    debriefs.set_gap(store, ride.id, "discovery", "Asked only yes/no questions.")
    commitments.add_commitment(store, ride.id, "discovery", "Two follow-up questions per call.")
    debriefs.finish_debrief(store, ride.id)
    debriefs.acknowledge(store, ride.id, name, on=day)
    return ride.id


def flip_marker(db_file: Path) -> None:
    """Change one byte of MARKER where it lies in the data file (Q -> R): the record keeps its
    length, so SQLite reads the row without complaint."""
    data = bytes(db_file.read_bytes())
    assert b"MARKER-Q7ZK" in data
    # every copy: a stale one (space a rewritten row left) is never read, so harmless to change
    db_file.write_bytes(data.replace(b"MARKER-Q7ZK", b"MARKER-R7ZK"))


def folder_hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def damaged(data_dir: Path, store: Store) -> tuple[Path, int, int]:
    """A closed store with two finished rides, the first one's evidence changed on disk."""
    bad = finished_ride(store)
    good = finished_ride(store, "Ben Okafor", "2026-03-03", "Booked the demo for Tuesday.")
    store.close()
    flip_marker(data_dir / "fieldride.db")
    return data_dir, bad, good


def test_sqlite_alone_does_not_see_the_changed_byte(damaged: tuple[Path, int, int]) -> None:
    folder, _bad, _good = damaged
    conn = sqlite3.connect(f"{(folder / 'fieldride.db').as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            conn.execute(
                "SELECT count(*) FROM observations WHERE evidence LIKE '%MARKER-R7ZK%'"
            ).fetchone()[0]
            == 1
        )
    finally:
        conn.close()


def test_check_names_the_damaged_ride_and_changes_nothing(
    damaged: tuple[Path, int, int], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, bad, good = damaged
    before = folder_hashes(folder)
    assert main(["--data-dir", str(folder), "check"]) == 1
    out = capsys.readouterr().out
    assert "Integrity:      ok" in out  # SQLite's own check passes
    assert "DAMAGED:" in out
    assert f"ride {bad}: 2026-03-02, Ana Díaz" in out
    assert f"ride {good}:" not in out
    assert folder_hashes(folder) == before  # read-only, byte for byte


def test_check_of_sound_finished_rides_passes(
    data_dir: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    finished_ride(store)
    store.close()
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert "DAMAGED" not in capsys.readouterr().out


def test_the_backup_job_refuses_to_replace_a_good_backup_with_the_damaged_store(
    data_dir: Path, store: Store
) -> None:
    bad = finished_ride(store)
    store.close()
    for _ in range(7):  # as many dailies as are kept: the next one would push the oldest out
        backup_folder(data_dir, reason="daily")
    kept = folder_hashes(data_dir / "backups")
    assert len(kept) == 7
    flip_marker(data_dir / "fieldride.db")
    with pytest.raises(BackupError, match=rf"damaged: ride {bad} no longer match"):
        backup_folder(data_dir, reason="daily")
    assert folder_hashes(data_dir / "backups") == kept  # every good backup still there, intact
    newest = list_backups(data_dir)[0].path
    conn = sqlite3.connect(f"{newest.as_uri()}?mode=ro", uri=True)
    try:
        assert changed_rides(conn) == []  # and it is the sound content
    finally:
        conn.close()


def test_changes_made_through_fieldride_never_read_as_damage(store: Store) -> None:
    first = finished_ride(store)
    # reopened, edited, acknowledged again
    debriefs.reopen_ride(store, first, "Seller disputes the gap evidence")
    debriefs.set_gap(store, first, "discovery", "Asked three closed questions in a row.")
    debriefs.finish_debrief(store, first)
    debriefs.acknowledge(store, first, "Ana Díaz", on="2026-03-04")
    # a later ride verifies its commitment (which closes it) and the summary is produced
    seller_id = rides.get_ride(store, first).seller_id
    second = rides.plan_ride(store, seller_id, "2026-03-20", scorecard_key="field-visit")
    [open_one] = commitments.open_commitments(store, seller_id)
    commitments.verify_commitment(store, open_one.id, second.id, "applied", "Asked two.")
    debriefs.mark_shared(store, first)
    assert store.db.execute("SELECT count(*) FROM ride_checksums").fetchone()[0] == 1
    assert changed_rides(store.db.conn) == []


def test_the_migration_checksums_rides_finished_before_it(data_dir: Path) -> None:
    store = open_store(data_dir, migrate=False)
    apply(store.db, stop_before="0005_ride_checksums")
    install_defaults(store)
    seller = sellers.add_seller(store, "Ana Díaz")
    ride = rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit")
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.set_evidence(store, call.id, "discovery", MARKER)
    store.db.execute("UPDATE rides SET status = 'acknowledged', locked = 1 WHERE id = ?", [ride.id])
    store.close()
    with open_store(data_dir) as upgraded:
        assert upgraded.db.execute("SELECT ride_id FROM ride_checksums").fetchall() == [(ride.id,)]
    flip_marker(data_dir / "fieldride.db")
    conn = sqlite3.connect(f"{(data_dir / 'fieldride.db').as_uri()}?mode=ro", uri=True)
    try:
        assert changed_rides(conn) == [ride.id]
    finally:
        conn.close()


def test_a_table_rebuilt_without_its_triggers_gets_them_back(data_dir: Path, store: Store) -> None:
    """A later schema step that rebuilds a table (sqlite-utils' transform) drops its triggers;
    the next open makes them again and takes the checksums anew, so a legitimate edit made
    after that never reads as damage."""
    ride = finished_ride(store)
    store.db.execute("DROP TRIGGER observations_unseal_update")
    store.close()
    with open_store(data_dir) as reopened:
        names = {
            r[0]
            for r in reopened.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert "observations_unseal_update" in names
        assert reopened.db.execute("SELECT ride_id FROM ride_checksums").fetchall() == [(ride,)]
        reopened.db.execute("UPDATE observations SET evidence = 'edited' WHERE ride_id = ?", [ride])
        assert changed_rides(reopened.db.conn) == []  # unsealed by the trigger, not damage


def test_commitments_are_read_by_ride_and_checksums_stay_the_same(data_dir: Path) -> None:
    """Migration 0014 indexes commitments by ride: a ride's checksum reads its own commitments
    by one seek, not every commitment of its seller; a ride sealed before the migration still
    checks as sound after it (the checksum covers the same rows)."""
    from fieldride.store.checksums import ride_checksum

    store = open_store(data_dir, migrate=False)
    apply(store.db, stop_before="0014_commitments_by_ride")
    install_defaults(store)
    # Three finished rides, each with its commitment (finished_ride adds a seller each).
    ids = [
        finished_ride(store, name=name, day=day)
        for name, day in (
            ("Ana Díaz", "2026-03-02"),
            ("Ben Ode", "2026-03-09"),
            ("Cy Lam", "2026-03-16"),
        )
    ]
    first = ids[0]
    sealed = dict(store.db.execute("SELECT ride_id, sha256 FROM ride_checksums").fetchall())
    assert sorted(sealed) == ids
    store.close()
    with open_store(data_dir) as upgraded:
        conn = upgraded.db.conn
        assert all(ride_checksum(conn, ride) == sealed[ride] for ride in ids)
        assert changed_rides(conn) == []
        plan = " ".join(
            str(row[-1])
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM commitments WHERE ride_id = ?", [first]
            )
        )
    assert "idx_commitments_ride" in plan, plan
