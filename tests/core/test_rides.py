"""Rides, calls, observations and notes through the core API (no Qt)."""

from __future__ import annotations

import pytest

from fieldride import rides
from fieldride.errors import DomainError
from fieldride.rides import FOCUS_LIMIT_MESSAGE
from fieldride.store import Store
from fieldride.team import sellers


def _ride(store: Store, focus: tuple[str, ...] = ()) -> rides.Ride:
    seller = sellers.add_seller(store, "Ana Ruiz")
    return rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit", focus=focus)


def test_plan_ride_uses_latest_version_and_keeps_focus_order(store: Store) -> None:
    ride = _ride(store, ("discovery", "preparation"))
    assert ride.status == "planned"
    assert ride.focus == ("discovery", "preparation")
    assert ride.scorecard_key == "field-visit"


def test_third_focus_behaviour_is_refused_and_nothing_is_left(store: Store) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    with pytest.raises(DomainError, match="At most two"):
        rides.plan_ride(
            store,
            seller.id,
            "2026-03-02",
            scorecard_key="field-visit",
            focus=["discovery", "preparation", "opening"],
        )
    assert rides.list_rides(store) == []
    assert FOCUS_LIMIT_MESSAGE.startswith("At most two")


def test_bad_plan_inputs_have_plain_messages(store: Store) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    with pytest.raises(DomainError, match="not a date"):
        rides.plan_ride(store, seller.id, "02/03/2026", scorecard_key="field-visit")
    with pytest.raises(DomainError, match="not a behaviour"):
        rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="field-visit", focus=["x"])
    with pytest.raises(DomainError, match="No scorecard"):
        rides.plan_ride(store, seller.id, "2026-03-02", scorecard_key="nope")


def test_calls_add_reorder_remove_restore(store: Store) -> None:
    ride = _ride(store)
    a = rides.add_call(store, ride.id, "visit", "Harbour Foods", "Buyer", "Agree a pilot", "09:30")
    b = rides.add_call(store, ride.id, "phone_call", "Medway Plastics")
    c = rides.add_call(store, ride.id, "email")
    assert rides.get_ride(store, ride.id).status == "in_progress"
    assert [x.id for x in rides.move_call(store, c.id, 0)] == [c.id, a.id, b.id]
    rides.rate(store, a.id, "discovery", 3)
    rides.remove_call(store, a.id)
    assert [x.id for x in rides.list_calls(store, ride.id)] == [c.id, b.id]
    assert rides.observations_for_ride(store, ride.id) == []
    rides.restore_call(store, a.id)
    assert [o.level for o in rides.observations_for_ride(store, ride.id)] == [3]
    with pytest.raises(DomainError, match="Unknown kind"):
        rides.add_call(store, ride.id, "fax")


def test_rating_no_opportunity_evidence_and_restore(store: Store) -> None:
    ride = _ride(store)
    call = rides.add_call(store, ride.id)
    rides.rate(store, call.id, "discovery", 2)
    rides.set_evidence(store, call.id, "discovery", "Asked three open questions.")
    obs = rides.rate(store, call.id, "discovery", 4)
    assert (obs.level, obs.evidence) == (4, "Asked three open questions.")
    before = rides.get_observation(store, call.id, "discovery")
    obs = rides.mark_no_opportunity(store, call.id, "discovery")
    assert obs.level is None and obs.no_opportunity
    assert obs.evidence == "Asked three open questions."
    obs = rides.restore_observation(store, call.id, "discovery", before)
    assert (obs.level, obs.no_opportunity) == (4, False)
    obs = rides.restore_observation(store, call.id, "opening", None)
    assert (obs.level, obs.no_opportunity, obs.evidence) == (None, False, "")
    with pytest.raises(DomainError, match="not a level"):
        rides.rate(store, call.id, "discovery", 9)
    with pytest.raises(DomainError, match="not a behaviour"):
        rides.rate(store, call.id, "juggling", 2)


def test_ride_sheet_puts_focus_first(store: Store) -> None:
    ride = _ride(store, ("listening", "discovery"))
    call = rides.add_call(store, ride.id)
    rides.rate(store, call.id, "preparation", 3)
    rides.add_note(store, ride.id, "Customer mentioned a tender in May.", call.id)
    sheet = rides.ride_sheet(store, ride.id)
    keys = [b.key for b in sheet.behaviours]
    assert keys[:2] == ["listening", "discovery"]
    assert sorted(keys) == sorted(b.key for b in sheet.version.card.behaviours())
    assert sheet.observations[(call.id, "preparation")].level == 3
    assert [n.text for n in sheet.notes] == ["Customer mentioned a tender in May."]
    assert sheet.sections["preparation"]


def test_position_is_saved_and_in_progress_ride_found(store: Store) -> None:
    ride = _ride(store)
    assert rides.ride_in_progress(store) is None
    call = rides.add_call(store, ride.id)
    rides.save_position(store, ride.id, call.id, "opening")
    found = rides.ride_in_progress(store)
    assert found is not None
    assert (found.id, found.resume_call_id, found.resume_behaviour_key) == (
        ride.id,
        call.id,
        "opening",
    )


def test_notes_edit_delete_and_bring_back(store: Store) -> None:
    ride = _ride(store)
    note = rides.add_note(store, ride.id, "Parking at the back.")
    rides.edit_note(store, note.id, "Parking at the back, gate B.")
    assert [n.text for n in rides.list_notes(store, ride.id)] == ["Parking at the back, gate B."]
    rides.delete_note(store, note.id)
    assert rides.list_notes(store, ride.id) == []
    rides.delete_note(store, note.id, deleted=False)
    assert len(rides.list_notes(store, ride.id)) == 1
    with pytest.raises(DomainError, match="needs some text"):
        rides.add_note(store, ride.id, "   ")


def test_locked_ride_refuses_edits(store: Store) -> None:
    ride = _ride(store)
    call = rides.add_call(store, ride.id)
    store.db.execute("UPDATE rides SET locked = 1 WHERE id = ?", [ride.id])
    with pytest.raises(DomainError, match="locked"):
        rides.rate(store, call.id, "discovery", 2)
    with pytest.raises(DomainError, match="locked"):
        rides.add_note(store, ride.id, "x")


def test_a_page_of_rides_is_the_head_of_the_full_list(demo_store: Store) -> None:
    """``limit`` picks the newest rides first and joins only those (Today's list): the same
    rides, order, focus and names as the head of the unlimited list, per seller too, and a
    deleted ride is in neither."""
    full = rides.list_rides(demo_store)
    assert len(full) > 30 and any(r.focus for r in full[:25])
    assert rides.list_rides(demo_store, limit=25) == full[:25]
    seller_id = full[0].seller_id
    own = rides.list_rides(demo_store, seller_id)
    assert rides.list_rides(demo_store, seller_id, limit=5) == own[:5]
    assert all(r.seller_id == seller_id for r in own)
    rides.delete_ride(demo_store, full[0].id)
    assert rides.list_rides(demo_store, limit=25) == full[1:26]
