"""Conflicts (issue 21, deliver 6) and skewed clocks, on real stores: the same manager on two
machines (the second adopts the first's author id) reopens and edits the same ride.

What wins (also in fieldride/exchange/merging.py and the README):
- an edit built on the version the other machine has replaces it, whatever the clocks say
  (a laptop an hour behind still updates the ride);
- two edits made apart (both machines changed the ride since they last met) keep the version
  whose acknowledgement stamp is later *by the stamps the laptops wrote*; the other is kept as a
  read-only conflict copy. So with a clock an hour behind, the version acknowledged later in
  real time can lose -- and is then the copy: nothing is dropped, and both machines end with
  the same ride and the same copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldride import debriefs, insights, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.exchange import (
    Outcome,
    export_bundle,
    import_bundle,
    ride_unit,
)
from fieldride.scorecards.defaults import install_defaults
from fieldride.store import Store, adopt_author_id, author_id, open_store
from tests.core.exchange_fixtures import Clock, count, make_manager


def _edit(store: Store, ride_uuid: str, evidence: str) -> None:
    """Reopen the acknowledged ride, change the first evidence, acknowledge again."""
    ride = rides.get_ride(store, count(store, "SELECT id FROM rides WHERE uuid = ?", [ride_uuid]))
    debriefs.reopen_ride(store, ride.id, "the seller remembered more")
    call = rides.list_calls(store, ride.id)[0]
    rides.set_evidence(store, call.id, ride.focus[0], evidence)
    debriefs.acknowledge(store, ride.id, ride.seller_name, on=ride.ride_date)


def _evidence(store: Store, ride_uuid: str) -> set[str]:
    ride_id = count(store, "SELECT id FROM rides WHERE uuid = ?", [ride_uuid])
    return {o.evidence for o in rides.observations_for_ride(store, ride_id) if o.evidence}


def _state(store: Store) -> set[tuple[str, str | None, str]]:
    return {
        (r.uuid, r.conflict_of, ride_unit(store, r.uuid).content_hash)
        for r in rides.list_rides(store)
    }


@pytest.fixture
def machines(tmp_path: Path, clock: Clock) -> tuple[Store, Store, str]:
    """Anna's laptop (m1) with one acknowledged ride, and her second machine (m2) that adopted
    m1's author id and merged m1's bundle."""
    m1 = make_manager(tmp_path / "m1", "Anna", [("Ana Ruiz", "ana@north.example")], rides_each=1)
    m2 = open_store(tmp_path / "m2")
    install_defaults(m2)
    adopt_author_id(m2.db, author_id(m1.store.db))
    report = import_bundle(m2, export_bundle(m1.store, tmp_path / "start.json").path)
    assert report.count("ride", Outcome.NEW) == 1, report.describe()
    ride_uuid = rides.list_rides(m1.store)[0].uuid
    assert not rides.list_rides(m2)[0].read_only  # her own ride on her second machine
    yield m1.store, m2, ride_uuid
    m1.store.close()
    m2.close()


def test_an_edit_made_on_a_clock_an_hour_behind_still_replaces_what_it_was_built_on(
    machines: tuple[Store, Store, str], tmp_path: Path, clock: Clock
) -> None:
    m1, m2, uuid = machines
    before = ride_unit(m1, uuid)
    clock.advance(minutes=10)
    with clock.skewed(hours=-1):
        _edit(m2, uuid, "Edited on the machine an hour behind")
    after = ride_unit(m2, uuid)
    newest_m1_stamp = before.updated_at
    edited = [r for r in after.body["observations"] if r["evidence"].startswith("Edited")]
    assert edited and edited[0]["updated_at"] < newest_m1_stamp, (
        f"the edit's stamp {edited[0]['updated_at']} is earlier than m1's {newest_m1_stamp}"
    )
    report = import_bundle(m1, export_bundle(m2, tmp_path / "m2.json").path)
    assert report.count("ride", Outcome.UPDATED) == 1, report.describe()
    assert "Edited on the machine an hour behind" in _evidence(m1, uuid)
    assert ride_unit(m1, uuid).content_hash == after.content_hash
    # And m2 takes m1's bundle of the older version as nothing new.
    again = import_bundle(m2, tmp_path / "start.json")
    assert not again.changed, again.describe()


@pytest.mark.parametrize(
    ("m2_clock_hours", "kept"),
    [(0, "m2"), (-1, "m1")],
    ids=["clocks agree: the later acknowledgement wins", "m2 an hour behind: m1 wins"],
)
def test_a_ride_edited_on_two_machines_keeps_the_later_acknowledged_and_a_conflict_copy(
    machines: tuple[Store, Store, str],
    tmp_path: Path,
    clock: Clock,
    m2_clock_hours: int,
    kept: str,
) -> None:
    m1, m2, uuid = machines
    open_before = [len(commitments.open_commitments(s)) for s in (m1, m2)]
    clock.advance(minutes=10)
    _edit(m1, uuid, "Version of m1")  # acknowledged first, in real time
    clock.advance(minutes=10)
    with clock.skewed(hours=m2_clock_hours):
        _edit(m2, uuid, "Version of m2")  # acknowledged ten minutes later, in real time
    b1 = export_bundle(m1, tmp_path / "m1.json").path
    b2 = export_bundle(m2, tmp_path / "m2.json").path
    r1, r2 = import_bundle(m1, b2), import_bundle(m2, b1)
    for report in (r1, r2):
        assert report.count("ride", Outcome.CONFLICT) == 1, report.describe()
        assert len(report.conflict_copies) == 1, report.describe()
    assert r1.conflict_copies == r2.conflict_copies  # the same copy on both machines
    winner, loser = (
        ("Version of m2", "Version of m1")
        if kept == "m2"
        else (
            "Version of m1",
            "Version of m2",
        )
    )
    copy_uuid = r1.conflict_copies[0]
    for store in (m1, m2):
        assert winner in _evidence(store, uuid) and loser not in _evidence(store, uuid)
        assert loser in _evidence(store, copy_uuid)  # nothing dropped
        listed = {r.uuid: r for r in rides.list_rides(store)}
        copy = listed[copy_uuid]
        assert copy.conflict_of == uuid and copy.read_only
        assert copy.status_label == "Acknowledged (conflict copy)", copy.status_label
        assert not listed[uuid].read_only
        with pytest.raises(DomainError, match="conflict copy"):
            rides.add_call(store, copy.id)
        # The copy's ratings never count twice: the team's latest levels and cadence come
        # from the kept ride alone.
        overview = insights.team_overview(store, "discovery-depth")
        assert overview is not None
        row = overview.rows[0]
        assert {lv.ride_id for lv in row.levels.values()} == {listed[uuid].id}, row
        assert row.cadence.rides_90 <= 1 and row.cadence.last_ride == copy.ride_date
        profile = insights.seller_profile(store, copy.seller_id)
        labelled = [e for e in profile.timeline if e.ride_id == copy.id]
        assert labelled and "(conflict copy)" in labelled[0].detail, labelled
    assert _state(m1) == _state(m2), "the two machines differ after the exchange"
    # The copy's commitment is withdrawn: nothing is open twice.
    open_after = [len(commitments.open_commitments(s)) for s in (m1, m2)]
    assert open_after == open_before, f"open commitments {open_before} -> {open_after}"
    # Exchanging again changes nothing on either machine.
    again = [
        import_bundle(m1, export_bundle(m2, tmp_path / "m2b.json").path),
        import_bundle(m2, export_bundle(m1, tmp_path / "m1b.json").path),
    ]
    assert all(not r.changed for r in again), [r.describe() for r in again]
    print(
        f"kept {kept}'s version; m1: {r1.describe()} | m2: {r2.describe()} | again: "
        + " | ".join(r.describe() for r in again)
    )


def test_a_director_receiving_both_machines_bundles_ends_with_one_ride_and_one_copy(
    machines: tuple[Store, Store, str], tmp_path: Path, clock: Clock
) -> None:
    m1, m2, uuid = machines
    clock.advance(minutes=10)
    _edit(m1, uuid, "Version of m1")
    clock.advance(minutes=10)
    _edit(m2, uuid, "Version of m2")
    with open_store(tmp_path / "director") as director:
        install_defaults(director)
        reports = [
            import_bundle(director, export_bundle(m, tmp_path / f"{i}.json").path)
            for i, m in enumerate((m1, m2))
        ]
        described = [r.describe() for r in reports]
        assert reports[0].count("ride", Outcome.NEW) == 1, described
        # The director never edits Anna's ride: m2's version arrives as an unrelated newer one
        # (its ancestors do not name m1's version), so it replaces by stamp...
        assert reports[1].count("ride", Outcome.UPDATED) == 1, described
        assert "Version of m2" in _evidence(director, uuid)
        assert len(rides.list_rides(director)) == 1, described


def test_a_conflict_winner_never_takes_a_verification_of_another_ride_with_it(
    machines: tuple[Store, Store, str], tmp_path: Path, clock: Clock
) -> None:
    """m2 reopens the ride, agrees one more commitment, and a later ride on m2 verifies it; m1
    edits the same ride apart and acknowledges later, so m1's version (without that commitment)
    wins on m2. The commitment a later ride verified stays with its ride (a deleted commitment
    took the other ride's verification with it through ON DELETE CASCADE), and the sync of the
    two machines converges on the ride with it."""
    m1, m2, uuid = machines
    ride_id = count(m2, "SELECT id FROM rides WHERE uuid = ?", [uuid])
    ride = rides.get_ride(m2, ride_id)
    clock.advance(minutes=10)
    debriefs.reopen_ride(m2, ride_id, "one more commitment")
    extra = commitments.add_commitment(m2, ride_id, ride.focus[0], "Ask for the budget owner")
    debriefs.acknowledge(m2, ride_id, ride.seller_name, on=ride.ride_date)
    later = rides.plan_ride(m2, ride.seller_id, "2026-10-20", scorecard_key=ride.scorecard_key)
    commitments.verify_commitment(m2, extra.id, later.id, "applied", "Asked at once")
    clock.advance(minutes=10)
    _edit(m1, uuid, "Version of m1, acknowledged later")
    verifications = "SELECT count(*) FROM commitment_verifications WHERE deleted_at IS NULL"
    before = count(m2, verifications)
    report = import_bundle(m2, export_bundle(m1, tmp_path / "m1.json").path)
    assert report.count("ride", Outcome.CONFLICT) == 1, report.describe()
    assert "Version of m1, acknowledged later" in _evidence(m2, uuid)  # m1's version won
    assert count(m2, verifications) == before, "a verification of another ride was deleted"
    kept = [c.text for c in commitments.commitments_from_ride(m2, ride_id)]
    assert "Ask for the budget owner" in kept
    # m2's ride (the winner plus the verified commitment) goes to m1 as built on m1's version.
    back = import_bundle(m1, export_bundle(m2, tmp_path / "m2.json").path)
    assert back.count("ride", Outcome.UPDATED) == 1, back.describe()
    assert ride_unit(m1, uuid).content_hash == ride_unit(m2, uuid).content_hash
    m1_ride = count(m1, "SELECT id FROM rides WHERE uuid = ?", [uuid])
    assert "Ask for the budget owner" in {
        c.text for c in commitments.commitments_from_ride(m1, m1_ride)
    }
    assert count(m1, verifications) == count(m2, verifications)
