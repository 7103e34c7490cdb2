"""Commitments: default due date, verification at the next ride, carry-over, overdue,
follow-through rate, locking and audit."""

from __future__ import annotations

from datetime import date

import pytest

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.errors import DomainError
from fieldride.store import Store
from fieldride.team import sellers


def observed(store: Store, seller_id: int, day: str) -> rides.Ride:
    ride = rides.plan_ride(store, seller_id, day, scorecard_key="field-visit", focus=["discovery"])
    call = rides.add_call(store, ride.id, "visit", "Harbour Foods")
    rides.rate(store, call.id, "discovery", 2)
    return rides.get_ride(store, ride.id)


def finish(store: Store, ride_id: int) -> None:
    debriefs.set_strength(store, ride_id, "opening", "Clear agenda.")
    debriefs.set_gap(store, ride_id, "discovery", "Closed questions.")
    if not commitments.commitments_from_ride(store, ride_id):
        commitments.add_commitment(store, ride_id, "discovery", "Ask two follow-ups.")
    debriefs.finish_debrief(store, ride_id)


@pytest.fixture
def seller(store: Store) -> sellers.Seller:
    return sellers.add_seller(store, "Zofia Łukaszewska")


def test_due_date_defaults_to_next_planned_ride_else_two_weeks(
    store: Store, seller: sellers.Seller
) -> None:
    ride = observed(store, seller.id, "2026-03-02")
    assert commitments.default_due_date(store, ride.id) == "2026-03-16"
    rides.plan_ride(store, seller.id, "2026-03-10", scorecard_key="field-visit")
    rides.plan_ride(store, seller.id, "2026-03-20", scorecard_key="field-visit")
    c = commitments.add_commitment(store, ride.id, "discovery", "  Ask two follow-ups.  ")
    assert (c.due_date, c.text, c.status) == ("2026-03-10", "Ask two follow-ups.", "open")
    assert c.seller_name == "Zofia Łukaszewska" and c.ride_date == "2026-03-02"


def test_add_and_edit_are_validated(store: Store, seller: sellers.Seller) -> None:
    ride = observed(store, seller.id, "2026-03-02")
    with pytest.raises(DomainError, match="Write what"):
        commitments.add_commitment(store, ride.id, "discovery", " ")
    with pytest.raises(DomainError, match="not a behaviour"):
        commitments.add_commitment(store, ride.id, "juggling", "x")
    with pytest.raises(DomainError, match="before the ride"):
        commitments.add_commitment(store, ride.id, "discovery", "x", "2026-03-01")
    with pytest.raises(DomainError, match="not a date"):
        commitments.add_commitment(store, ride.id, "discovery", "x", "31/03/2026")
    planned = rides.plan_ride(store, seller.id, "2026-04-01", scorecard_key="field-visit")
    with pytest.raises(DomainError, match="still planned"):
        commitments.add_commitment(store, planned.id, "discovery", "x")
    c = commitments.add_commitment(store, ride.id, "discovery", "x", date(2026, 3, 9))
    c = commitments.edit_commitment(store, c.id, text="Summarise first", behaviour_key="listening")
    assert (c.text, c.behaviour_key, c.due_date) == ("Summarise first", "listening", "2026-03-09")
    with pytest.raises(DomainError):
        commitments.edit_commitment(store, c.id, behaviour_key="juggling")
    with pytest.raises(DomainError):
        commitments.edit_commitment(store, c.id, seller_id=2)
    commitments.remove_commitment(store, c.id)
    assert commitments.commitments_from_ride(store, ride.id) == []
    commitments.remove_commitment(store, c.id, removed=False)
    assert len(commitments.commitments_from_ride(store, ride.id)) == 1


def test_two_rides_verify_and_follow_through(store: Store, seller: sellers.Seller) -> None:
    first = observed(store, seller.id, "2026-03-02")
    a = commitments.add_commitment(store, first.id, "discovery", "Two follow-ups per call.")
    b = commitments.add_commitment(store, first.id, "listening", "Summarise before proposing.")
    c = commitments.add_commitment(store, first.id, "next-step", "Dated next step.")
    finish(store, first.id)
    assert commitments.follow_through(store, seller.id).rate is None  # nothing verified: not 0

    second = observed(store, seller.id, "2026-03-16")
    due = commitments.due_for_verification(store, second.id)
    assert [x.id for x in due] == [a.id, b.id, c.id]
    commitments.verify_commitment(store, a.id, second.id, "applied", "Asked 'what else?' twice.")
    commitments.verify_commitment(store, b.id, second.id, "not_yet")
    commitments.verify_commitment(store, c.id, second.id, "no_opportunity")
    ft = commitments.follow_through(store, seller.id)
    assert (ft.applied, ft.verified, ft.rate) == (1, 2, 0.5)
    assert commitments.get_commitment(store, a.id).status == "closed"
    assert commitments.get_commitment(store, c.id).is_open  # carries over
    # still listed on the ride where they were answered
    assert {x.id for x in commitments.due_for_verification(store, second.id)} == {a.id, b.id, c.id}
    # re-answering on the same ride replaces, never double counts
    commitments.verify_commitment(store, b.id, second.id, "applied")
    assert commitments.follow_through(store, seller.id).rate == 1.0
    assert len(commitments.get_commitment(store, b.id).verifications) == 1
    finish(store, second.id)

    third = observed(store, seller.id, "2026-03-30")
    due3 = commitments.due_for_verification(store, third.id)
    carried = next(x for x in due3 if x.id == c.id)
    assert carried.carried_over == 1 and carried.last_verification
    assert carried.last_verification.outcome_label == "No opportunity"
    # the next ride's own commitment is there too, a closed one is not
    assert a.id not in {x.id for x in due3}
    with pytest.raises(DomainError, match="already verified"):
        commitments.verify_commitment(store, a.id, third.id, "not_yet")
    commitments.verify_commitment(store, c.id, third.id, "partly")
    ft = commitments.follow_through(store, seller.id)
    assert (ft.applied, ft.verified) == (2, 3)
    assert commitments.follow_through(store, seller.id, since="2026-03-20").verified == 1
    assert commitments.follow_through(store, seller.id, until="2026-03-20").verified == 2


def test_clear_verification_reopens(store: Store, seller: sellers.Seller) -> None:
    first = observed(store, seller.id, "2026-03-02")
    c = commitments.add_commitment(store, first.id, "discovery", "x")
    second = observed(store, seller.id, "2026-03-16")
    commitments.verify_commitment(store, c.id, second.id, "applied")
    c2 = commitments.clear_verification(store, c.id, second.id)
    assert c2.is_open and c2.verifications == ()
    assert commitments.follow_through(store, seller.id).verified == 0


def test_verification_rules(store: Store, seller: sellers.Seller) -> None:
    first = observed(store, seller.id, "2026-03-02")
    c = commitments.add_commitment(store, first.id, "discovery", "x")
    other = sellers.add_seller(store, "Other")
    with pytest.raises(DomainError, match="same seller"):
        commitments.verify_commitment(
            store, c.id, observed(store, other.id, "2026-03-10").id, "applied"
        )
    with pytest.raises(DomainError, match="later ride"):
        commitments.verify_commitment(store, c.id, first.id, "applied")
    earlier = observed(store, seller.id, "2026-02-20")
    with pytest.raises(DomainError, match="before the ride"):
        commitments.verify_commitment(store, c.id, earlier.id, "applied")
    later = observed(store, seller.id, "2026-03-16")
    with pytest.raises(DomainError, match="not one of"):
        commitments.verify_commitment(store, c.id, later.id, "maybe")
    assert commitments.get_commitment(store, c.id).verifications == ()


def test_open_and_overdue_across_sellers(store: Store, seller: sellers.Seller) -> None:
    other = sellers.add_seller(store, "Bo")
    r1 = observed(store, seller.id, "2026-03-02")
    r2 = observed(store, other.id, "2026-03-05")
    late = commitments.add_commitment(store, r1.id, "discovery", "late", "2026-03-09")
    soon = commitments.add_commitment(store, r2.id, "discovery", "soon", "2026-03-20")
    done = commitments.add_commitment(store, r2.id, "listening", "done", "2026-03-06")
    r3 = observed(store, other.id, "2026-03-07")
    commitments.verify_commitment(store, done.id, r3.id, "applied")
    today = date(2026, 3, 12)
    assert [c.id for c in commitments.open_commitments(store)] == [late.id, soon.id]
    assert [c.id for c in commitments.open_commitments(store, other.id)] == [soon.id]
    assert [c.id for c in commitments.overdue_commitments(store, today)] == [late.id]
    assert commitments.get_commitment(store, late.id).is_overdue(today)
    assert not commitments.get_commitment(store, soon.id).is_overdue(today)
    rides.delete_ride(store, r1.id)
    assert commitments.overdue_commitments(store, today) == []


def test_locked_ride_keeps_its_commitments_and_verifications(
    store: Store, seller: sellers.Seller
) -> None:
    first = observed(store, seller.id, "2026-03-02")
    c = commitments.add_commitment(store, first.id, "discovery", "x")
    finish(store, first.id)
    debriefs.acknowledge(store, first.id, "Zofia")
    for attempt in (
        lambda: commitments.edit_commitment(store, c.id, text="y"),
        lambda: commitments.remove_commitment(store, c.id),
        lambda: commitments.add_commitment(store, first.id, "discovery", "z"),
    ):
        with pytest.raises(DomainError, match="locked"):
            attempt()
    # verifying at the next ride is allowed: the first ride's content does not change
    second = observed(store, seller.id, "2026-03-16")
    commitments.verify_commitment(store, c.id, second.id, "applied")
    finish(store, second.id)
    debriefs.acknowledge(store, second.id, "Zofia")
    with pytest.raises(DomainError, match="locked"):
        commitments.verify_commitment(store, c.id, second.id, "partly")
    with pytest.raises(DomainError, match="locked"):
        commitments.clear_verification(store, c.id, second.id)
    # after a reopen, changes to verifications and commitments are audited
    debriefs.reopen_ride(store, second.id, "Wrong outcome recorded")
    commitments.verify_commitment(store, c.id, second.id, "partly", "Only on one call")
    trail = debriefs.audit_trail(store, second.id)
    assert trail[-1].action == "changed" and trail[-1].reason == "verification"
    assert "'Applied' → 'Partly'" in trail[-1].detail
