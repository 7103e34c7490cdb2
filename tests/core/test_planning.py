"""Planning context: last ride summary and focus suggestions."""

from __future__ import annotations

from fieldride import debriefs, rides
from fieldride.debriefs import commitments
from fieldride.insights import next_ride as planning
from fieldride.scorecards.store import latest_version
from fieldride.store import Store
from fieldride.team import sellers, training


def _version_id(store: Store) -> int:
    v = latest_version(store, "field-visit")
    assert v is not None
    return v.id


def test_new_seller_has_no_last_ride_and_no_suggestions(store: Store) -> None:
    seller = sellers.add_seller(store, "New Person")
    ctx = planning.plan_context(store, seller.id, _version_id(store))
    assert ctx.last_ride is None
    assert ctx.suggestions == ()
    assert ctx.commitments == ()


def test_suggestions_gap_then_commitments_then_lowest(store: Store) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    first = rides.plan_ride(store, seller.id, "2026-02-01", scorecard_key="field-visit")
    call = rides.add_call(store, first.id, "visit", "Harbour Foods")
    rides.rate(store, call.id, "discovery", 1)
    rides.rate(store, call.id, "opening", 2)
    rides.rate(store, call.id, "preparation", 4)
    rides.mark_no_opportunity(store, call.id, "listening")
    rides.add_note(store, first.id, "Good rapport.")
    debriefs.set_gap(store, first.id, "listening", "Interrupted twice.")
    debriefs.set_strength(store, first.id, "preparation", "Clear objective.")
    commitments.add_commitment(store, first.id, "opening", "Propose an agenda", "2026-02-20")
    planned = rides.plan_ride(store, seller.id, "2026-02-21", scorecard_key="field-visit")

    ctx = planning.plan_context(store, seller.id, _version_id(store), exclude_ride_id=planned.id)
    assert ctx.last_ride is not None
    last = ctx.last_ride
    assert (last.ride_id, last.calls, last.rated, last.no_opportunity, last.notes) == (
        first.id,
        1,
        3,
        1,
        1,
    )
    assert last.gap_title and last.strength_title
    assert [b.behaviour_key for b in last.weakest] == ["discovery", "opening", "preparation"]
    keys = [s.behaviour_key for s in ctx.suggestions]
    # gap first, then the commitment's behaviour, then the lowest rated (not the top level)
    assert keys == ["listening", "opening", "discovery"]
    assert "Gap" in ctx.suggestions[0].reason
    assert "commitment" in ctx.suggestions[1].reason
    assert [c.behaviour_key for c in ctx.commitments] == ["opening"]
    text = " ".join(last.summary_lines())
    assert "1 call," in text and "Lowest rated" in text


def test_planned_rides_do_not_count_as_last_ride(store: Store) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    rides.plan_ride(store, seller.id, "2026-02-01", scorecard_key="field-visit")
    assert planning.last_ride(store, seller.id) is None


def test_trainings_since_last_ride_are_listed(store: Store) -> None:
    seller = sellers.add_seller(store, "Ana Ruiz")
    ride = rides.plan_ride(store, seller.id, "2026-02-01", scorecard_key="field-visit")
    rides.add_call(store, ride.id)
    training.add_training(store, "Old course", "2026-01-10", [], [seller.id])
    training.add_training(store, "Discovery workshop", "2026-02-10", [], [seller.id])
    ctx = planning.plan_context(store, seller.id, _version_id(store))
    assert [t.title for t in ctx.trainings] == ["Discovery workshop"]
