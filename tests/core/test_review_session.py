"""The seller's own review session (``insights.seller_review``): their trends, commitments and how
each held, their finished rides' summaries — and nothing private, nothing of anyone else.

The fixture is built by hand and every figure below is worked out from it:

    ride 1 (03-02) discovery 2, 2 -> mean 2.0   commitment A on discovery, debriefed, acknowledged
    ride 2 (03-16) discovery 3    -> 3.0        A verified "applied" (level at verification 3.0);
                                                 commitment B on listening, debriefed
    ride 3 (03-30) discovery 2    -> 2.0        1.0 below 3.0 (>= half a level): A dropped back;
                                                 B verified "not yet"; commitment C, due 04-06,
                                                 debriefed
    ride 4 (04-13) planned only                 not shared: no summary yet
    today 2026-04-20: C is overdue.
"""

from __future__ import annotations

from datetime import date

from fieldride import debriefs, rides
from fieldride.insights import seller_review
from fieldride.store import Store
from fieldride.team import sellers

TODAY = date(2026, 4, 20)
SECRET = "Worried about the divorce; go easy"


def _finish(store: Store, ride_id: int, commitment: str, key: str, due: str) -> int:
    debriefs.set_strength(store, ride_id, "opening", "Opened with the customer's own numbers.")
    debriefs.set_gap(store, ride_id, "discovery", "Moved to the demo after one question.")
    c = debriefs.add_commitment(store, ride_id, key, commitment, due)
    debriefs.finish_debrief(store, ride_id)
    return c.id


def _ride(store: Store, seller_id: int, day: date, levels: list[int]) -> rides.Ride:
    ride = rides.plan_ride(store, seller_id, day, scorecard_key="field-visit")
    for n, level in enumerate(levels):
        call = rides.add_call(store, ride.id, "visit", f"Account {n}")
        rides.rate(store, call.id, "discovery", level)
    return ride


def test_trends_commitments_and_summaries_as_worked_out_by_hand(store: Store) -> None:
    priya = sellers.add_seller(store, "Priya Raman")
    other = sellers.add_seller(store, "Tomás Ortega")
    r1 = _ride(store, priya.id, date(2026, 3, 2), [2, 2])
    a = _finish(store, r1.id, "Ask two questions before any demo", "discovery", "2026-03-16")
    debriefs.set_private_note(store, r1.id, SECRET)
    debriefs.acknowledge(store, r1.id, "Priya Raman", "2026-03-02")
    r2 = _ride(store, priya.id, date(2026, 3, 16), [3])
    debriefs.verify_commitment(store, a, r2.id, "applied")
    b = _finish(store, r2.id, "Repeat back the customer's need", "listening", "2026-03-30")
    r3 = _ride(store, priya.id, date(2026, 3, 30), [2])
    debriefs.verify_commitment(store, b, r3.id, "not_yet", "Talked over the buyer twice.")
    _finish(store, r3.id, "Summarise the next step in writing", "next-step", "2026-04-06")
    rides.plan_ride(store, priya.id, date(2026, 4, 13), scorecard_key="field-visit")
    theirs = _ride(store, other.id, date(2026, 3, 9), [1])
    _finish(store, theirs.id, "Tomás's own commitment", "discovery", "2026-03-23")

    review = seller_review(store, priya.id, today=TODAY)

    assert review.seller_name == "Priya Raman"
    discovery = next(t for t in review.trends if t.behaviour_key == "discovery")
    assert [(p.ride_date, p.level) for p in discovery.rated] == [
        ("2026-03-02", 2.0),
        ("2026-03-16", 3.0),
        ("2026-03-30", 2.0),
    ]
    assert [(c.text, c.held) for c in review.commitments] == [
        ("Summarise the next step in writing", "overdue"),
        ("Repeat back the customer's need", "not applied"),
        ("Ask two questions before any demo", "applied, dropped back"),
    ]
    assert review.commitments[2].checks == (("2026-03-16", "applied"),)
    assert review.commitments[1].checks == (("2026-03-30", "not_yet"),)
    assert [(s.ride_date, s.acknowledged) for s in review.rides] == [
        ("2026-03-30", False),
        ("2026-03-16", False),
        ("2026-03-02", True),
    ]
    everything = repr(review)
    assert SECRET not in everything
    assert (
        "Talked over the buyer" not in everything
    )  # outcomes only; the note is on ride 3's handout
    assert "Tomás" not in everything and str(theirs.id) not in {
        str(s.ride_id) for s in review.rides
    }


def test_a_commitment_that_held_and_one_that_recovered(store: Store) -> None:
    """Applied and never half a level below since: held; dropped and back up: recovered."""
    seller = sellers.add_seller(store, "Ben Carter")
    r1 = _ride(store, seller.id, date(2026, 1, 5), [2])
    a = _finish(store, r1.id, "Ask about the budget owner", "discovery", "2026-01-19")
    r2 = _ride(store, seller.id, date(2026, 1, 19), [3])
    debriefs.verify_commitment(store, a, r2.id, "applied")
    _finish(store, r2.id, "Keep asking", "discovery", "2026-02-02")
    r3 = _ride(store, seller.id, date(2026, 2, 2), [3])
    _finish(store, r3.id, "Third", "discovery", "2026-02-16")
    held = seller_review(store, seller.id, today=TODAY)
    first = next(c for c in held.commitments if c.text == "Ask about the budget owner")
    assert first.held == "applied, held"

    r4 = _ride(store, seller.id, date(2026, 2, 16), [2])  # 1.0 below 3.0: dropped
    _finish(store, r4.id, "Fourth", "discovery", "2026-03-02")
    dropped = seller_review(store, seller.id, today=TODAY)
    assert next(c for c in dropped.commitments if c.text == first.text).held == (
        "applied, dropped back"
    )
    r5 = _ride(store, seller.id, date(2026, 3, 2), [3, 4])  # 3.5, back above 3.0
    _finish(store, r5.id, "Fifth", "discovery", "2026-03-16")
    back = seller_review(store, seller.id, today=TODAY)
    assert next(c for c in back.commitments if c.text == first.text).held == (
        "applied, dropped back, recovered"
    )


def test_a_seller_with_no_rides_has_an_empty_review(store: Store) -> None:
    seller = sellers.add_seller(store, "New Starter")
    review = seller_review(store, seller.id, today=TODAY)
    assert (review.trends, review.commitments, review.rides, review.scorecard_name) == (
        (),
        (),
        (),
        "",
    )
